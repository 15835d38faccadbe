"""GUI bootstrap, kept import-light: Qt is imported only when the window is wanted."""

from __future__ import annotations

from pathlib import Path


def run_gui(data_dir: str | None = None, db_url: str | None = None,
            open_file: Path | None = None) -> int:
    """Open the main window on the chosen library (then import ``open_file``); the exit code."""
    from lessonstudy.ui.application import run

    return run(data_dir=data_dir, db_url=db_url, open_file=open_file)
