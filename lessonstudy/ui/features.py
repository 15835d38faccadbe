"""Feature modules that add tabs, menus or actions; each has ``register(window)``."""

from __future__ import annotations

# A teaching's tabs appear in this order, the order of the cycle: plan (overview, timings)
# → observer groups → forms → live lesson → photos → conference.
FEATURE_MODULES: tuple[str, ...] = (
    "lessonstudy.ui.summary_pages",
    "lessonstudy.ui.planning",
    "lessonstudy.ui.observers",
    "lessonstudy.ui.forms",
    "lessonstudy.ui.live",
    "lessonstudy.ui.photos",
    "lessonstudy.ui.conference",
    "lessonstudy.ui.exchange",
    "lessonstudy.ui.department",
    "lessonstudy.ui.library_switch",
    "lessonstudy.ui.open_files",
    "lessonstudy.ui.classroom",
    "lessonstudy.ui.search",
)
