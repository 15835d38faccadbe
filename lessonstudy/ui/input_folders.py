"""Where the open dialogs start: one remembered folder per kind of file the app reads.

Photos come off the iBoard's USB stick, rosters from the school office's share,
filled forms from the scanner's folder, bundles from a colleague's email. Each
kind remembers the folder it was last picked from, so the dialog opens there
instead of wherever the last dialog of any kind happened to be (the save
dialogs do the same per kind of output: :mod:`lessonstudy.ui.outputs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from lessonstudy.ui import settings

PHOTOS = "photos"  # photo import and a photo attached to a note
ROSTER = "roster"
FILLED_FORMS = "filled_forms"
BUNDLE = "bundle"  # lesson bundles and lesson files


def start_folder(kind: str) -> str:
    """The folder this kind of file was last picked from, or Documents."""
    folder = settings.input_folder_setting(kind).get()
    if folder and Path(folder).is_dir():
        return folder
    return (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home()))


def remember_picked(kind: str, picked: str | Sequence[str]) -> None:
    """Remember the folder of the file(s) just picked (nothing when the dialog was cancelled)."""
    first = picked if isinstance(picked, str) else (picked[0] if picked else "")
    if first:
        settings.input_folder_setting(kind).set(str(Path(first).parent))
