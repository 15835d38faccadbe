"""Connections from long-lived broadcasters to short-lived views, cut when the view goes.

The library context and a teaching's live controller outlive the tabs that
show them: the detail pane rebuilds its tabs on every selection. A lambda
connected to a broadcaster keeps calling into a view after Qt deleted it
("Internal C++ object already deleted"). Views subscribe through
:func:`follow`, which disconnects when the view is destroyed and never
calls a view whose C++ side is gone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, SignalInstance


def follow(signal: SignalInstance, owner: QObject, slot: Callable[..., Any]) -> None:
    """Connect ``slot`` to ``signal`` for as long as ``owner`` lives."""

    def deliver(*args: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*args)

    signal.connect(deliver)

    def cut(*_args: Any) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # the broadcaster went first
            signal.disconnect(deliver)

    owner.destroyed.connect(cut)
