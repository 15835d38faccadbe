"""Words on paper, in error messages and on the command line, in the team's language.

The window translates itself with Qt's catalogues (``resources/translations/*.ts``);
everything that must work without Qt — printing, the services' errors, the CLI —
translates through this module instead. It is deliberately tiny and Qt-free:

- ``_("English text")`` returns the text in the language in force (English until a
  catalogue for that language says otherwise); ``{name}`` placeholders are filled by
  the caller with ``str.format`` after translation.
- ``N_("English text")`` only marks a text for extraction (module-level constants).
- ``ngettext(singular, plural, n)`` picks the plural form.
- ``using_language(code)`` sets the language for a print, a command or a thread
  (a context variable, so concurrent builds do not step on each other).

Language codes: ``en``, ``zh-HK``, ``zh-CN``, ``ja`` and ``bilingual`` (see docs/).
The catalogues behind ``_`` are filled in by the print-language work (issue 16).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("lessonstudy_language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language code in force for this thread or task."""
    return _language.get()


@contextmanager
def using_language(code: str) -> Iterator[None]:
    """Print, render errors or run a command in ``code`` for the duration of the block."""
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def _(message: str) -> str:
    """``message`` (English source text) in the language in force."""
    return message


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it now."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a counted text, in the language in force."""
    return singular if n == 1 else plural
