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


# Refusals the page explains with the server's own sentence (a service's translated reason,
# in the laptop's language) or never meets from its own requests.
EXPLAINED_BY_THE_SERVER = {"invalid", "refused", "gone", "clock"}
NEVER_SENT_TO_THE_PAGE = {"cross_origin", "not_allowed"}
HANDLED_WITHOUT_TEXT = {"duplicate"}


def test_every_refusal_a_phone_can_meet_has_words_in_every_language() -> None:
    """A code without ``err_<code>`` showed "Not saved: <English sentence>" on a ja/zh phone."""
    sources = (RESOURCES.parents[1] / "lessonstudy" / "web").glob("*.py")
    codes = {code for path in sources
             for code in re.findall(r'Refusal\(\s*\d+,\s*"(\w+)"', path.read_text("utf-8"))}
    assert {"empty", "busy", "not_found", "wrong_secret"} <= codes  # the scan finds them
    wanted = codes - EXPLAINED_BY_THE_SERVER - NEVER_SENT_TO_THE_PAGE - HANDLED_WITHOUT_TEXT
    for language, texts in catalogues().items():
        assert {c for c in wanted if f"err_{c}" not in texts} == set(), language
