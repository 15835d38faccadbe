"""Copying a library in tests: its database and the photo files beside it.

Since 0005_photo_store a SQLite library is ``library.db`` plus ``photos/``; a test that copies
only the database gets a library whose photos are missing (``check`` says so).
"""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_photos(source_folder: Path, target_folder: Path) -> None:
    """Copy ``photos/`` of one library folder into another (real copies, never links)."""
    source = Path(source_folder) / "photos"
    if source.is_dir():
        shutil.copytree(source, Path(target_folder) / "photos", dirs_exist_ok=True)
