"""The print and message catalogues (gettext): complete, current, compiled, placeholders kept.

A new ``_()`` text anywhere outside ``lessonstudy/ui/`` fails here until it is translated into
Traditional Chinese, Simplified Chinese and Japanese, so no print falls back to English
silently. Run ``tools/update_print_catalogues.py`` and translate what it lists.
"""

from __future__ import annotations

import gettext
import re

import pytest

from tools import update_print_catalogues as updater

PLACEHOLDER = re.compile(r"\{(\w*)\}|(%(?:\(\w+\))?[sr%])")
"""``{name}`` (our texts) and ``%s``/``%(name)s`` (argparse's texts, command help)."""


@pytest.fixture(scope="module")
def template():
    return updater.extract()


def test_the_sources_have_texts_to_translate(template) -> None:
    assert len(template) > 50


@pytest.mark.parametrize("locale", updater.LOCALES)
def test_every_text_is_translated_and_nothing_is_obsolete(template, locale: str) -> None:
    problems = list(updater.problems(template, locale))
    assert not problems, (
        "Run tools/update_print_catalogues.py and translate:\n" + "\n".join(problems))


@pytest.mark.parametrize("locale", updater.LOCALES)
def test_translations_keep_their_placeholders(locale: str) -> None:
    wrong = []
    for message in updater.read_catalogue(locale):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (
            message.string,)
        wanted = sorted(PLACEHOLDER.findall(sources[-1]))
        for text in strings:
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{sources[0]!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("locale", updater.LOCALES)
def test_the_compiled_catalogue_matches_its_table(locale: str) -> None:
    with updater.mo_path(locale).open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)
    stale = []
    for message in updater.read_catalogue(locale):
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            got = compiled.ngettext(message.id[0], message.id[1], 2)
            if message.context:
                got = compiled.npgettext(message.context, message.id[0], message.id[1], 2)
            want = message.string[0]
        else:
            got = (compiled.pgettext(message.context, message.id) if message.context
                   else compiled.gettext(message.id))
            want = message.string
        if got != want:
            stale.append(f"{message.id!r}: .mo has {got!r}, .po has {want!r}")
    assert not stale, "Run tools/update_print_catalogues.py to compile:\n" + "\n".join(stale)


def test_no_text_is_translated_inside_an_f_string() -> None:
    """The extractor cannot see ``f"{_('Text')}"``: such a text would never be translated."""
    import ast

    hidden = []
    for path in updater.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                        and inner.func.id in updater.KEYWORDS and inner.args
                        and isinstance(inner.args[0], ast.Constant)):
                    hidden.append(f"{path.relative_to(updater.ROOT)}:{inner.lineno}")
    assert not hidden, "Translate before formatting, outside the f-string:\n" + "\n".join(hidden)
