"""One word per lesson-study idea in each language, in the window and on paper alike.

The glossary is docs/translations.md ("Words used in prints and in the interface"). This test
scans every translation of the interface catalogues (``.ts``) and the print and message
catalogues (``.po``) for the variants the glossary rejects (来校者/参観者 for a visitor, 班 for
an observer group, 关键想法 for key ideas, 紀錄 beside 記錄 …), and checks that a text about a
glossary idea uses the chosen word. Fix a failure in the catalogue, not here, unless the
glossary itself changes (then change docs/translations.md too).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY_DOC = ROOT / "docs" / "translations.md"

REJECTED: dict[str, dict[str, str]] = {
    "ja": {
        r"観察者": "参観者",
        r"授業観察": "参観",
        r"観察シート": "参観シート",
        r"(?<!評価の)観点": "参観の視点",
        r"焦点": "視点",
        r"バンドル": "パッケージ",
        r"アクション": "改善事項",
        r"フィードバック": "意見",
        r"キーアイデア": "要点",
        r"セグメント": "場面",
        r"リハーサル": "事前授業",
        r"ライブラリー": "ライブラリ",
        r"クリティカルフレンド": "クリティカル・フレンド",
        r"検討会|反省会|研究協議": "協議会",
        r"記録係|書記": "記録者",
        r"メモ": "記録",
        r"子ども": "児童生徒",
        r"(?<![小中高大])学生": "児童生徒",
        r"参観班|観察班": "参観グループ",
        r"まとめ資料": "協議記録集",
    },
    "zh_HK": {
        r"聽課": "觀課",
        r"觀察者": "觀課者",
        r"關鍵意念": "重點",
        r"焦點": "觀察重點",
        r"觀察重點範疇|觀課重點": "觀察重點",
        r"觀課表": "觀課記錄表",
        r"總結資料冊": "議課資料匯編",
        r"照片": "相片",
        r"打印": "列印",
        r"導入": "匯入",
        r"導出": "匯出",
        r"反饋": "回饋",
        r"改進事項": "跟進事項",
        r"紀錄": "記錄",
        r"課後研討": "課後會議",
        r"研究周期": "研習循環",
        r"指導專家": "專家顧問",
        r"軟體": "軟件",
        r"網路": "網絡",
        r"老師": "教師",
    },
    "zh_CN": {
        r"听课": "观课",
        r"共同备课": "集体备课",
        r"课堂研习": "课例研究",
        r"观课者": "观课教师",
        r"关键想法|关键意念": "要点",
        r"焦点": "观察重点",
        r"观察重点范畴|观察维度|观课重点": "观察重点",
        r"观课表": "观课记录表",
        r"总结资料册": "议课资料汇编",
        r"资料库": "课例库",
        r"相片": "照片",
        r"档案": "文件",
        r"列印": "打印",
        r"汇入": "导入",
        r"汇出": "导出",
        r"回馈": "反馈",
        r"跟进事项": "改进事项",
        r"个案学生": "重点观察学生",
        r"来宾": "来访教师",
        r"纪录": "记录",
        r"评课": "议课",
        r"教案": "教学设计",
        r"研习循环": "研究周期",
        r"召集人": "组长",
        r"专家顾问": "指导专家",
        r"课后会议": "课后研讨",
        r"套件": "课例包",
        r"资讯": "信息",
        r"视窗": "窗口",
        r"储存": "保存",
        r"网路": "网络",
        r"软体": "软件",
        r"预设(?!学生反应|反应)": "默认",
        r"老师": "教师",
    },
}
"""Per language: a rejected variant (regular expression) → the glossary's word."""

REQUIRED: dict[str, dict[str, str]] = {
    "ja": {
        r"\bkey ideas?\b": "要点",
        r"\bobserver groups?\b": "グループ",
        r"\bfocus areas?\b": "視点",
        r"\bcase pupils?\b": "抽出児",
        r"\bdebrief packets?\b": "協議記録集",
        r"\bcritical friends?\b": "クリティカル・フレンド",
        r"\bobservation forms?\b": "参観シート",
        r"\bvisitors?\b": "来校者",
        r"\bknowledgeable other\b": "指導助言者",
    },
    "zh_HK": {
        r"\bkey ideas?\b": "重點",
        r"\bobserver groups?\b": "觀課小組",
        r"\bfocus areas?\b": "觀察重點",
        r"\bcase pupils?\b": "個案學生",
        r"\bdebrief packets?\b": "議課資料匯編",
        r"\bcritical friends?\b": "諍友",
        r"\bobservation forms?\b": "觀課記錄表",
        r"\bvisitors?\b": "來賓",
    },
    "zh_CN": {
        r"\bkey ideas?\b": "要点",
        r"\bobserver groups?\b": "观课小组",
        r"\bfocus areas?\b": "观察重点",
        r"\bcase pupils?\b": "重点观察学生",
        r"\bdebrief packets?\b": "议课资料汇编",
        r"\bcritical friends?\b": "诤友",
        r"\bobservation forms?\b": "观课记录表",
        r"\bvisitors?\b": "来访教师",
    },
}
"""Per language: an English source about a glossary idea → the word its translation uses."""

JAPANESE_PUPIL_GROUP = re.compile(r"\b(tables?|pupils' group|group label|group \{n\})", re.I)


def translations(locale: str) -> Iterator[tuple[str, str, str]]:
    """(catalogue, English source, translation) for every translated text of ``locale``."""
    tree = ET.parse(TRANSLATIONS / f"lessonstudy_{locale}.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        for text in forms:
            yield "ts", message.findtext("source") or "", text
    with (TRANSLATIONS / "print" / f"{locale}.po").open("rb") as stream:
        catalogue = read_po(stream, locale=locale)
    for entry in catalogue:
        if not entry.id:
            continue
        source = entry.id if isinstance(entry.id, str) else entry.id[0]
        strings = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
        for text in strings:
            yield "po", source, text or ""


@pytest.mark.parametrize("locale", sorted(REJECTED))
def test_no_catalogue_uses_a_rejected_variant(locale: str) -> None:
    found = [f"[{kind}] {variant!r} (use {word}) in {text!r} ← {source[:60]!r}"
             for kind, source, text in translations(locale)
             for variant, word in REJECTED[locale].items() if re.search(variant, text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("locale", sorted(REQUIRED))
def test_a_text_about_a_glossary_idea_uses_its_word(locale: str) -> None:
    found = [f"[{kind}] {source[:60]!r} → {text[:60]!r} lacks {word}"
             for kind, source, text in translations(locale)
             for idea, word in REQUIRED[locale].items()
             if re.search(idea, source, re.I) and word not in text]
    assert found == [], "\n".join(found)


def test_japanese_ban_is_only_a_group_of_pupils() -> None:
    """班 is the pupils' table group in a Japanese classroom; observers form グループ."""
    found = [f"[{kind}] {source[:60]!r} → {text!r}" for kind, source, text in translations("ja")
             if "班" in text and not JAPANESE_PUPIL_GROUP.search(source)]
    assert found == [], "\n".join(found)


def test_the_glossary_in_the_docs_names_every_chosen_word() -> None:
    glossary = GLOSSARY_DOC.read_text(encoding="utf-8")
    words = {word for rules in (*REJECTED.values(), *REQUIRED.values()) for word in rules.values()}
    missing = sorted(word for word in words if word not in glossary)
    assert missing == [], f"add to docs/translations.md: {missing}"


def test_the_scan_finds_a_planted_variant() -> None:
    """The rules match what they should (a rule that matches nothing guards nothing)."""
    assert re.search(next(iter(REJECTED["ja"])), "その観察者は")
    assert not re.search(r"(?<!評価の)観点", "評価の観点")
    assert re.search(r"預設(?!學生反應|反應)".replace("預設", "预设"), "预设值")
    assert not re.search(r"预设(?!学生反应|反应)", "预设学生反应")
    assert re.search(r"(?<![小中高大])学生", "学生の反応") and not re.search(
        r"(?<![小中高大])学生", "中学生")


GUIDE_EXCEPTIONS = {"zh_HK": {r"打印": r"打印機"}}
"""Words a guide may use in running text: a Hong Kong 打印機 is the printer itself."""


@pytest.mark.parametrize("locale", sorted(REJECTED))
def test_the_help_guides_use_the_glossary_words(locale: str) -> None:
    """The teachers' guides (docs/<language>/) quote the window; they use its words too."""
    found = []
    for guide in sorted((ROOT / "docs" / locale).glob("*.md")):
        text = guide.read_text(encoding="utf-8")
        for variant, word in REJECTED[locale].items():
            allowed = GUIDE_EXCEPTIONS.get(locale, {}).get(variant)
            for match in re.finditer(variant, text):
                if allowed and re.match(allowed, text[match.start():]):
                    continue
                found.append(f"{guide.name}: {match.group()!r} (use {word}) in "
                             f"{text[max(0, match.start() - 15):match.end() + 15]!r}")
    assert found == [], "\n".join(found)
