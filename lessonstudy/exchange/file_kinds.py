"""Which files Lesson Study can open: the one rule for the CLI, the window and drops.

``lessonstudy FILE``, a double-click through the file association, a file dropped
on the window and ``lessonstudy import FILE`` all ask this module, so they accept
and refuse the same files with the same words.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import _


class FileKind(Enum):
    """A kind of file the import understands."""

    BUNDLE = "bundle"  # .lsb, a lesson with its photos from another computer
    LESSON_JSON = "lesson"  # .json, one lesson as JSON
    FILLED_FORM = "form"  # .pdf, a filled observation form


SUFFIXES: dict[str, FileKind] = {
    ".lsb": FileKind.BUNDLE,
    ".json": FileKind.LESSON_JSON,
    ".pdf": FileKind.FILLED_FORM,
}


class UnknownFileKindError(LessonStudyError):
    """A file that is none of the kinds Lesson Study opens."""


def kind_of(path: Path) -> FileKind:
    """The kind of ``path`` by its extension; refuses any other file in one sentence."""
    kind = SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise UnknownFileKindError(_(
            "Cannot open {name}: Lesson Study opens lesson bundles (.lsb), lessons (.json) "
            "and filled observation forms (.pdf)."
        ).format(name=Path(path).name))
    return kind


def openable(path: Path) -> FileKind:
    """``kind_of`` plus: the file must exist (checked before a window opens for it)."""
    kind = kind_of(path)
    if not Path(path).is_file():
        raise LessonStudyError(_("Cannot open {path}: there is no such file.").format(path=path))
    return kind


def looks_like_a_file(argument: str) -> bool:
    """True for ``lessonstudy lesson.lsb`` (not for a mistyped command such as ``lsit``)."""
    return bool(Path(argument).suffix) or Path(argument).is_file()
