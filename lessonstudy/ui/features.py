"""Feature modules that add tabs, menus or actions; each has ``register(window)``."""

from __future__ import annotations

FEATURE_MODULES: tuple[str, ...] = (
    "lessonstudy.ui.summary_pages",
    "lessonstudy.ui.planning",
    "lessonstudy.ui.conference",
    "lessonstudy.ui.live",
    "lessonstudy.ui.forms",
    "lessonstudy.ui.observers",
    "lessonstudy.ui.exchange",
    "lessonstudy.ui.department",
    "lessonstudy.ui.photos",
    "lessonstudy.ui.library_switch",
    "lessonstudy.ui.open_files",
    "lessonstudy.ui.classroom",
    "lessonstudy.ui.search",
)
