"""Words and small formatting the photo screens share: one tr() context, one way to say things.

The gallery, the viewer, the import dialogs and the tooltips all name a
photo's group, segment and time; keeping that here stops them drifting apart.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from lessonstudy.services.photo_records import PhotoSummary

#: Suffixes the file dialog offers; the imaging pipeline sniffs contents anyway.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    """``widget`` with an object name, for tests and style sheets to find it."""
    widget.setObjectName(name)
    return widget


def tr(text: str) -> str:
    return QCoreApplication.translate("Photos", text)


def trn(text: str, count: int) -> str:
    """A translated text with a plural count (``%n``)."""
    return QCoreApplication.translate("Photos", text, None, count)


def file_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)
    return tr("Photos") + f" ({patterns});;" + tr("All files") + " (*)"


def taken_text(photo: PhotoSummary) -> str:
    return photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else tr("time unknown")


def where_text(photo: PhotoSummary) -> str:
    """"Group B · segment 5" — or "no group" when the photo is not linked yet."""
    group = photo.group_text or tr("no group")
    if photo.segment_number is None:
        return group
    return group + " · " + tr("segment {n}").format(n=photo.segment_number)


def tooltip(photo: PhotoSummary) -> str:
    lines = [photo.title, where_text(photo), taken_text(photo)]
    if photo.segment_title:
        lines[1] += f" ({photo.segment_title})"
    ideas = [f"{n}. {text}" for n, text in enumerate(photo.key_ideas, start=1) if text]
    if ideas:
        lines += ["", tr("Key ideas:"), *ideas]
    return "\n".join(lines)
