"""Lesson Study: plan, teach, observe and debrief lessons together, offline."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Lesson Study"
