"""Write a debrief packet: read the selection, lay it out, and only then put the file in place.

``lessonstudy packet`` and the department view's "Print packet…" both call
:func:`write_packet`. The PDF is written to a temporary file next to the
target and renamed over it at the very end, so a cancelled or failed build
leaves no half-written packet (and an older packet of the same name stays
intact until the new one is complete). ReportLab is imported only here, at
print time, so the command line and the window start fast.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lessonstudy.domain.errors import LessonStudyError, ValidationError
from lessonstudy.domain.packet import PacketOptions
from lessonstudy.i18n import N_, print_language
from lessonstudy.services.packet_data import load_packet, thumbnail_source
from lessonstudy.storage.library import Library


@dataclass(frozen=True)
class PacketResult:
    """Where the packet went and how big it is."""

    path: Path
    lessons: int
    pages: int
    size_bytes: int


def check_target(out: str | Path) -> Path:
    """The output path, or a clear error if it is a folder or its folder is missing."""
    target = Path(out).expanduser()
    if target.is_dir():
        raise ValidationError(N_("{path} is a folder; give a file name such as packet.pdf."),
                              path=target)
    if not target.parent.is_dir():
        raise ValidationError(N_("Cannot write {path}: the folder {folder} does not exist."),
                              path=target, folder=target.parent)
    return target


def _new_partial_file(folder: Path) -> Path:
    """An empty, uniquely named file with the user's usual permissions (0644 by default).

    ``tempfile.mkstemp`` makes 0600 files; renamed into place, the packet was the
    one output colleagues on a shared folder could not open.
    """
    while True:
        path = folder / f".packet-{secrets.token_hex(8)}.pdf.part"
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return path


def write_packet(library: Library, teaching_ids: Sequence[int], out: str | Path,
                 options: PacketOptions | None = None, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None,
                 language: str | None = None) -> PacketResult:
    """Build the packet of the given debriefed teachings into ``out``; all or nothing.

    ``language`` is the print language; None keeps the one in force (the CLI's ``--lang``).
    """
    with print_language(language):
        return _write(library, teaching_ids, out, options, progress, cancel)


def _write(library: Library, teaching_ids: Sequence[int], out: str | Path,
           options: PacketOptions | None, progress: Callable[[int, int], None] | None,
           cancel: threading.Event | None) -> PacketResult:
    target = check_target(out)
    data = load_packet(library, teaching_ids)
    from lessonstudy.printing.packet import build_packet  # ReportLab only when printing

    temp = _new_partial_file(target.parent)
    try:
        built = build_packet(data, temp, thumbnail_source(library), options,
                             progress=progress, cancel=cancel)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise LessonStudyError(N_("Cannot write {path}: {why}."), path=target,
                               why=error.strerror or error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return PacketResult(target, len(data.lessons), built.pages, target.stat().st_size)
