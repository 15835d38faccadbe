"""The print and message languages Lesson Study knows, and how people spell them.

A language code is what ``--lang`` takes and what a library stores: ``en``, ``zh-HK``
(Traditional, Hong Kong), ``zh-CN`` (Simplified, mainland), ``ja`` and ``bilingual``
(Traditional Chinese first, then English, as Hong Kong schools print for mixed panels).
The interface's Qt codes (``zh_HK``) and the environment's (``zh_TW.UTF-8``) map onto them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n.marks import N_

DEFAULT_LANGUAGE = "en"
BILINGUAL = "bilingual"
BILINGUAL_PRIMARY = "zh-HK"
BILINGUAL_SEPARATOR = " / "
LANGUAGES: tuple[str, ...] = ("en", "zh-HK", "zh-CN", "ja", BILINGUAL)
#: Languages with a catalogue (English is the source text).
TRANSLATED: tuple[str, ...] = ("zh-HK", "zh-CN", "ja")

#: Each language's name in itself, so anyone can find theirs in a list.
_NAMES = {
    "en": "English",
    "zh-HK": "繁體中文 (香港)",
    "zh-CN": "简体中文",
    "ja": "日本語",
    BILINGUAL: "中文 / English",
}

_ALIASES: Mapping[str, str] = {
    "en": "en", "english": "en",
    "zh-hk": "zh-HK", "zh-tw": "zh-HK", "zh-mo": "zh-HK", "zh-hant": "zh-HK",
    "zh-hant-hk": "zh-HK", "zh-hant-tw": "zh-HK",
    "zh-cn": "zh-CN", "zh-sg": "zh-CN", "zh-hans": "zh-CN", "zh-hans-cn": "zh-CN",
    "zh": "zh-CN",
    "ja": "ja", "ja-jp": "ja",
    "bilingual": BILINGUAL,
}


class UnknownLanguageError(ValidationError):
    """A language code Lesson Study cannot print in."""


def language_name(code: str) -> str:
    """The language's own name, e.g. "简体中文" for ``zh-CN``."""
    return _NAMES[parse_language(code)]


def _normalise(text: str) -> str:
    return text.strip().split(".")[0].split("@")[0].replace("_", "-").lower()


def parse_language(text: str) -> str:
    """The language code for ``text`` ("zh_HK", "ZH-hk", "en-GB" → "en"), or an error.

    The error is one line that lists the languages, for ``--lang`` and the library setting.
    """
    key = _normalise(text)
    found = _ALIASES.get(key) or _ALIASES.get(key.split("-")[0] if key.startswith("en") else "")
    if found is None:
        raise UnknownLanguageError(N_("Unknown language {text!r}: choose one of {languages}."),
                                   text=text, languages=", ".join(LANGUAGES))
    return found


def match_locale(tag: str) -> str | None:
    """The language for a system locale tag ("zh_TW.UTF-8" → "zh-HK"), or None if none fits."""
    key = _normalise(tag)
    if not key or key in ("c", "posix"):
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    parts = key.split("-")
    if parts[0] == "zh":
        traditional = {"hk", "tw", "mo", "hant"} & set(parts[1:])
        return "zh-HK" if traditional else "zh-CN"
    return _ALIASES.get(parts[0])


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the command line: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.

    The first one set decides (as gettext does); a language we have no catalogue for is English.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for tag in value.split(":"):
            found = match_locale(tag)
            if found is not None:
                return found
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
