"""The report's paragraphs: the shared wrap-once paragraph under the name the sections import.

Every print now uses :class:`lessonstudy.printing.styles.WrapOnceParagraph`
(see there for why); this module keeps the report's imports short.
"""

from __future__ import annotations

from lessonstudy.printing.styles import TOO_NARROW, WrapOnceParagraph, para

__all__ = ["TOO_NARROW", "WrapOnceParagraph", "para"]
