"""Words on paper, in error messages and on the command line, in the team's language.

The window translates itself with Qt's catalogues (``resources/translations/*.ts``);
everything that must work without Qt — printing, the services' errors, the CLI —
translates through this module instead, with gettext catalogues
(``resources/translations/print/<language>.po``, compiled to ``.mo``). It is Qt-free:

- ``_("English text")`` returns the text in the language in force; ``{name}``
  placeholders are filled by the caller with ``str.format`` *after* translation.
- ``N_("English text")`` only marks a text for extraction (module-level constants);
  translate it with ``_(CONSTANT)`` where it is used.
- ``ngettext(singular, plural, n)`` picks the plural form (Chinese and Japanese have one).
- ``pgettext(context, text)`` for a short text that needs a hint to translate.
- ``using_language(code)`` sets the language for a print, a command or a thread
  (a context variable, so concurrent builds do not step on each other).

Language codes: ``en``, ``zh-HK``, ``zh-CN``, ``ja`` and ``bilingual``, which prints
every label in Traditional Chinese first and English after it ("課後會議報告 / Post-lesson
conference report"). See docs/translations.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lessonstudy.i18n.catalogues import catalogue
from lessonstudy.i18n.languages import (
    BILINGUAL,
    BILINGUAL_PRIMARY,
    BILINGUAL_SEPARATOR,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    UnknownLanguageError,
    language_from_environment,
    language_name,
    parse_language,
)
from lessonstudy.i18n.marks import N_

__all__ = [
    "BILINGUAL",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "UnknownLanguageError",
    "_",
    "current_language",
    "language_from_environment",
    "language_name",
    "ngettext",
    "parse_language",
    "pgettext",
    "primary_language",
    "print_language",
    "sentence_end",
    "separated",
    "set_default_language",
    "stacked",
    "using_language",
]

_language: ContextVar[str | None] = ContextVar("lessonstudy_language", default=None)
_default = DEFAULT_LANGUAGE


def set_default_language(code: str) -> None:
    """The language of everything not inside :func:`using_language` (the GUI's or the CLI's).

    Set once at start-up: the window's interface language, the CLI's ``--lang``/``LANG``.
    Threads and tasks see it too, unlike a context variable set on the main thread.
    """
    global _default
    _default = parse_language(code)


def current_language() -> str:
    """The language code in force for this thread or task."""
    return _language.get() or _default


def primary_language() -> str:
    """The one language (never ``bilingual``) of dates, numbers and default data now."""
    code = current_language()
    return BILINGUAL_PRIMARY if code == BILINGUAL else code


@contextmanager
def using_language(code: str) -> Iterator[None]:
    """Print, render errors or run a command in ``code`` for the duration of the block.

    ``code`` may be any spelling :func:`parse_language` accepts ("zh_HK", "zh-hk").
    """
    token = _language.set(parse_language(code))
    try:
        yield
    finally:
        _language.reset(token)


def _bilingual(primary: str, english: str) -> str:
    return english if primary == english else f"{primary}{BILINGUAL_SEPARATOR}{english}"


def _(message: str) -> str:
    """``message`` (English source text) in the language in force."""
    code = current_language()
    if code == DEFAULT_LANGUAGE or not message:
        return message
    if code == BILINGUAL:
        return _bilingual(catalogue(BILINGUAL_PRIMARY).gettext(message), message)
    return catalogue(code).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a counted text, in the language in force."""
    code = current_language()
    english = singular if n == 1 else plural
    if code == DEFAULT_LANGUAGE:
        return english
    if code == BILINGUAL:
        return _bilingual(catalogue(BILINGUAL_PRIMARY).ngettext(singular, plural, n), english)
    return catalogue(code).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` translated with a hint (``context``) for the translator."""
    code = current_language()
    if code == DEFAULT_LANGUAGE:
        return message
    if code == BILINGUAL:
        return _bilingual(catalogue(BILINGUAL_PRIMARY).pgettext(context, message), message)
    return catalogue(code).pgettext(context, message)


@contextmanager
def print_language(code: str | None) -> Iterator[str]:
    """The block runs in ``code``, or in the language already in force when ``code`` is None.

    Builders take ``language=None`` and wrap their work in this, because a print built on a
    worker thread does not inherit the caller's context variables.
    """
    if code is None:
        yield current_language()
        return
    with using_language(code):
        yield current_language()


def separated(items: Iterable[str]) -> str:
    """Items joined for a sentence: "A, B" in English, "A、B" in Chinese and Japanese."""
    english = current_language() == BILINGUAL  # bilingual text keeps the English marks
    return (", " if english else pgettext("list separator", ", ")).join(items)


def sentence_end() -> str:
    """The full stop after a sentence built in parts: "." or "。"."""
    return "." if current_language() == BILINGUAL else pgettext("end of a sentence", ".")


def stacked(label: str) -> str:
    """A bilingual label on two lines ("小組\\nGroup") for narrow table headings; others as is.

    "小組 / Group" in a 14 mm column breaks inside the English word; one language per line
    keeps both whole.
    """
    return label.replace(BILINGUAL_SEPARATOR, "\n") if current_language() == BILINGUAL else label
