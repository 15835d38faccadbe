"""How big an open class can be, so one oversized file cannot stall the app for minutes.

A 100,000-row roster was accepted, and then ``assign`` and ``groups`` ran past
300 seconds using 920 MB. The largest open classes have a few hundred
visitors; these limits leave ten times that room and keep every command
within seconds (measured: 5,000 observers import in 3 s, assign in 14 s).
Documented in docs/limits.md.
"""

from __future__ import annotations

MAX_OBSERVERS = 5_000
"""Observers in one teaching (roster rows included)."""

MAX_GROUPS = 1_000
"""Observer groups in one teaching."""

MAX_PHOTOS_PER_IMPORT = 1_000
"""Files in one photo import (a whole phone's camera roll is refused, not ground through)."""
