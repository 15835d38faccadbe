"""The About dialog: what this is and the versions of everything it runs on."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from lessonstudy import __version__


def component_versions() -> list[tuple[str, str]]:
    """Name and version of each component (read from package metadata, no heavy imports)."""
    rows = [
        ("Lesson Study", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for dist in ("SQLAlchemy", "alembic", "reportlab", "pillow", "pi-heif"):
        try:
            rows.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            rows.append((dist, "not installed"))
    rows.append(("Platform", f"{platform.system()} {platform.release()} ({sys.platform})"))
    return rows


def show_about(parent: QWidget | None) -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{v}</td></tr>" for n, v in component_versions())
    text = parent.tr(  # type: ignore[union-attr]
        "<h3>Lesson Study {version}</h3>"
        "<p>Plan, teach, observe and debrief lessons together.<br>"
        "No one is perfect but the team can be.</p>"
    ).format(version=__version__)
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(parent.tr("About Lesson Study"))  # type: ignore[union-attr]
    box.setText(text + f"<table>{rows}</table>")
    box.exec()
