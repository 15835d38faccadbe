"""The observation page's words: every text the page uses exists in every language it offers."""

from __future__ import annotations

import re
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "web"


def catalogues() -> dict[str, dict[str, str]]:
    """strings.js parsed: language tag → key → text."""
    source = (RESOURCES / "strings.js").read_text(encoding="utf-8")
    found: dict[str, dict[str, str]] = {}
    for block in re.finditer(r'"([A-Za-z-]+)": \{(.*?)\n  \}', source, re.S):
        found[block.group(1)] = dict(re.findall(r'^\s+(\w+): "((?:[^"\\]|\\.)*)",?$',
                                                block.group(2), re.M))
    return found


def used_keys() -> set[str]:
    script = (RESOURCES / "app.js").read_text(encoding="utf-8")
    page = (RESOURCES / "index.html").read_text(encoding="utf-8")
    return (set(re.findall(r'\bt\("(\w+)"', script))
            | set(re.findall(r'data-tp?="(\w+)"', page))
            | set(re.findall(r"\b(\w+): \"\1\"", script)))  # phase names mapped to keys


def test_every_language_has_every_text_and_the_same_placeholders() -> None:
    found = catalogues()
    assert set(found) == {"en", "zh-Hant", "zh-Hans", "ja"}
    english = found["en"]
    for language, texts in found.items():
        assert set(texts) == set(english), language
        for key, text in texts.items():
            assert text.strip(), (language, key)
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", english[key])), \
                (language, key)


def test_every_text_the_page_uses_is_in_the_catalogue() -> None:
    assert used_keys() - set(catalogues()["en"]) == set()


def test_the_language_switch_offers_every_language() -> None:
    page = (RESOURCES / "index.html").read_text(encoding="utf-8")
    offered = set(re.findall(r'<option value="([A-Za-z-]+)"', page))
    assert offered >= set(catalogues())
