"""Settings declared once, with type and default, over QSettings.

Widgets never call ``QSettings()`` inline; they read and write the declared
settings here, so names, types and defaults live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One persisted preference."""

    key: str
    type: type[T]
    default: T

    def get(self) -> T:
        value = _store().value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return value if isinstance(value, self.type) else self.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        _store().setValue(self.key, value)


def _store() -> QSettings:
    return QSettings("LessonStudy", "LessonStudy")


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
TREE_WIDTH = Setting("window/tree_width", int, 0)  # px; 0: a share of the window
LAST_DATA_DIR = Setting("library/last_data_dir", str, "")
SERVER_URL = Setting("library/server_url", str, "")  # a shared PostgreSQL library, if any
PHOTO_MAX_EDGE = Setting("photos/max_edge", int, 2560)
PAPER = Setting("printing/paper", str, "a4")
LANGUAGE = Setting("ui/language", str, "")  # "" follows the system; else e.g. "en" or "zh_HK"
RECENT_LIBRARIES = Setting("library/recent", str, "")  # library folders, newest first, one a line


def output_folder_setting(kind: str) -> Setting[str]:
    """Where the last file of one kind of output (plan, report, packet…) was saved."""
    return Setting(f"outputs/{kind}", str, "")


def input_folder_setting(kind: str) -> Setting[str]:
    """Where the last file of one kind of input (photos, roster, filled forms…) was picked."""
    return Setting(f"inputs/{kind}", str, "")
