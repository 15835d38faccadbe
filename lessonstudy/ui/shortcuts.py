"""Shortcuts shown where teachers look for them: in tooltips, the way menus show them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def with_keys(text: str, keys: QKeySequence) -> str:
    """A tooltip naming the action and its keys, e.g. "Add segment (Ctrl+Shift+N)"."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
    shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain} ({shown})" if shown else plain
