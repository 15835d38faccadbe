"""Dates, times and numbers written the way each language writes them (Babel's CLDR data).

"6 December 2026" in English, "2026年12月6日" in Chinese and Japanese: printed documents
never spell month names by hand. Bilingual prints give the Chinese form and the English one.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_time as babel_format_time
from babel.numbers import format_decimal

from lessonstudy.i18n import BILINGUAL, BILINGUAL_PRIMARY, current_language
from lessonstudy.i18n.languages import BILINGUAL_SEPARATOR

#: Babel's locale for each language; English prints day-month-year as Hong Kong schools do.
BABEL_LOCALES = {"en": "en_GB", "zh-HK": "zh_Hant_HK", "zh-CN": "zh_Hans_CN", "ja": "ja_JP"}


@cache
def babel_locale(code: str) -> Locale:
    return Locale.parse(BABEL_LOCALES[code])


def _each(code: str | None) -> list[str]:
    chosen = code or current_language()
    return [BILINGUAL_PRIMARY, "en"] if chosen == BILINGUAL else [chosen]


def _join(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return BILINGUAL_SEPARATOR.join(unique)


def format_date(value: dt.date, width: str = "long", code: str | None = None) -> str:
    """A date: ``long`` "6 December 2026" / "2026年12月6日", ``medium``, ``short``."""
    return _join([babel_format_date(value, width, locale=babel_locale(c)) for c in _each(code)])


def format_time(value: dt.time | dt.datetime, code: str | None = None) -> str:
    """A clock time to the minute ("14:05"; Japanese and Chinese keep 24-hour clocks)."""
    return _join([babel_format_time(value, "HH:mm", locale=babel_locale(c)) for c in _each(code)])


def format_datetime(value: dt.datetime, code: str | None = None) -> str:
    """A date with its time, e.g. a print's "printed on" line."""
    return _join([babel_format_datetime(value, "medium", locale=babel_locale(c))
                  for c in _each(code)])


def format_number(value: float, code: str | None = None) -> str:
    """A number with the language's grouping and decimal signs ("12,345.6")."""
    chosen = code or current_language()
    primary = BILINGUAL_PRIMARY if chosen == BILINGUAL else chosen
    return format_decimal(value, locale=babel_locale(primary))


__all__ = ["BILINGUAL", "format_date", "format_datetime", "format_number", "format_time"]
