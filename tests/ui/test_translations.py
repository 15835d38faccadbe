"""The interface translations (zh_HK, zh_CN, ja): complete, up to date, and actually used.

A new ``tr()`` text, a placeholder dropped in translation, a text left unfinished or obsolete in
any catalogue, or a context lupdate would file wrongly fails here with a list, so the interface
never silently falls back to English. Translators are
installed on the shared QApplication and removed again, so other tests stay in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from lessonstudy.ui import settings
from lessonstudy.ui.application import build_window, install_translations
from lessonstudy.ui.language import button_text, chosen_language
from lessonstudy.ui.main_window import open_library
from tools import update_translations as updater
from tools.translation_sources import extract

PLACEHOLDER = re.compile(r"\{(\w*)\}")
ACCELERATOR = re.compile(r"&(?=[^&\s])")
#: "&" that is part of the text, not a keyboard accelerator.
LITERAL_AMPERSANDS = {"Whole-class Q&A"}


@pytest.fixture
def language() -> Iterator[None]:
    """Leave the saved language as we found it (the setting store outlives one test)."""
    yield
    settings.LANGUAGE.set("")


@pytest.fixture
def zh_hk(qapp: QApplication, language: None) -> Iterator[list[QTranslator]]:
    """Traditional Chinese chosen and installed the way start-up does it; removed afterwards."""
    settings.LANGUAGE.set("zh_HK")
    translators = install_translations(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def _current(language: str = updater.LANGUAGE) -> dict[tuple[str, str, str], updater.Translation]:
    table = updater.read_ts(updater.ts_path(language))
    return {k: t for k, t in table.items() if t.kind not in ("vanished", "obsolete")}


def test_the_compiled_catalogue_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(updater.QM_PATH))
    assert translator.translate("MainWindow", "&File") == "檔案(&F)"
    assert translator.translate("Photos", "%n photo(s)", None, 3) == "%n 張相片"  # the app fills %n


def test_a_fresh_main_window_speaks_chinese(
    qtbot, data_dir: Path, zh_hk: list[QTranslator]
) -> None:
    assert len(zh_hk) == 2  # Qt's own (standard buttons) and ours
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    assert open_library(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["檔案(&F)", "編輯(&E)", "檢視(&V)"]
    assert "檔案" in window.menu("file").title()
    assert window.windowTitle() == "課堂研習"
    assert window._status_label.text().startswith("0 個課堂")
    language_menu = window.menu("view").findChild(type(window.menu("view")), "languageMenu")
    assert language_menu is not None and language_menu.title() == "語言(&L)"
    buttons = [action.iconText() for action in window.toolbar.actions()]
    assert buttons[:2] == ["復原", "重做"]  # not "復原(U)": Qt strips only the "&"


def test_toolbar_buttons_drop_bracketed_accelerators() -> None:
    assert button_text("匯出課堂套件(&X)…") == "匯出課堂套件"
    assert button_text("&Back up library now") == "Back up library now"
    assert button_text("復原(&U) 刪除「暖身」") == "復原 刪除「暖身」"


def test_without_a_choice_english_systems_stay_english(qapp: QApplication, language: None) -> None:
    settings.LANGUAGE.set("en")
    plurals = install_translations(qapp)
    try:
        assert len(plurals) == 1  # only the English plural forms
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert QCoreApplication.translate("MainWindow", "%n lesson(s)", "", 1) == "1 lesson"
        assert QCoreApplication.translate("MainWindow", "%n lesson(s)", "", 3) == "3 lessons"
    finally:
        for translator in plurals:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("saved", "system", "expected"),
    [
        ("", "zh_HK", "zh_HK"),
        ("", "zh_TW", "zh_HK"),
        ("", "zh_MO", "zh_HK"),
        ("", "zh_Hant", "zh_HK"),
        ("", "zh_CN", "zh_CN"),
        ("", "zh_SG", "zh_CN"),
        ("", "ja_JP", "ja"),
        ("ja", "en_GB", "ja"),
        ("zh_CN", "en_GB", "zh_CN"),
        ("", "en_HK", None),
        ("", "en_US", None),
        ("en", "zh_HK", None),
        ("zh_HK", "en_GB", "zh_HK"),
        ("zh_TW", "en_GB", "zh_HK"),
    ],
)
def test_language_choice(saved: str, system: str, expected: str | None) -> None:
    assert chosen_language(saved, QLocale(system)) == expected


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, language: None
) -> None:
    shown: list[str] = []
    buttons: list[str] = []

    def record(box: QMessageBox) -> int:  # "Later": the test must not restart itself
        shown.append(box.text())
        buttons.extend(b.text() for b in box.buttons())
        later = next(b for b in box.buttons() if "Later" in b.text())
        monkeypatch.setattr(box, "clickedButton", lambda: later)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    window = build_window(str(data_dir))
    qtbot.addWidget(window)
    menu = window.findChild(type(window.menu("view")), "languageMenu")
    names = [action.objectName() for action in menu.actions()]
    assert names == ["language_system", "language_en", "language_zh_HK", "language_zh_CN",
                     "language_ja"]
    assert menu.actions()[4].text() == "日本語"
    assert menu.actions()[0].isChecked()
    assert menu.actions()[2].text() == "繁體中文 (香港)"
    menu.actions()[2].trigger()
    assert settings.LANGUAGE.get() == "zh_HK"
    # said in the window's language and in the one chosen, with a restart offered
    assert shown[0].startswith("The new language applies after you restart Lesson Study.\n")
    assert shown[0].splitlines()[1] != shown[0].splitlines()[0]
    assert buttons[0].startswith("Restart now / ") and buttons[1].startswith("Later / ")


@pytest.mark.parametrize("language", updater.LANGUAGES)
def test_every_text_has_a_translation(language: str) -> None:
    unfinished = [f"[{c}] {s!r}" for (c, s, _), t in _current(language).items()
                  if not t.finished]
    assert not unfinished, (
        f"Translate these in lessonstudy_{language}.ts (tools/update_translations.py first):\n"
        + "\n".join(unfinished))


@pytest.mark.parametrize("language", [*updater.LANGUAGES, "en"])
def test_no_catalogue_keeps_obsolete_texts(language: str) -> None:
    """A reworded or removed text leaves a "vanished" entry; reuse its translation, then drop it."""
    path = updater.ENGLISH_TS if language == "en" else updater.ts_path(language)
    stale = [f"[{c}] {s!r}" for (c, s, _), t in updater.read_ts(path).items()
             if t.kind in ("vanished", "obsolete")]
    assert not stale, (
        f"{path.name} keeps texts no longer in the sources; copy what you can reuse, then run "
        "tools/update_translations.py --drop-vanished:\n" + "\n".join(stale))


@pytest.mark.parametrize("language", updater.LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for (context, source, _), translation in _current(language).items():
        for form in translation.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                wrong.append(f"[{context}] {source!r} → {form!r}: {{placeholders}}")
            if ("%n" in source) != ("%n" in form):
                wrong.append(f"[{context}] {source!r} → {form!r}: %n")
            keys = len(ACCELERATOR.findall(source)) if source not in LITERAL_AMPERSANDS else 0
            if len(ACCELERATOR.findall(form)) != keys:
                wrong.append(f"[{context}] {source!r} → {form!r}: & accelerator")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", updater.LANGUAGES)
def test_the_ts_is_up_to_date_with_the_sources(language: str) -> None:
    extraction = extract()
    assert not extraction.problems, "Texts the extraction cannot resolve:\n" + "\n".join(
        extraction.problems
    )
    found = {(c, s, d) for c, s, d in extraction.messages}
    stored = set(_current(language))
    missing = sorted(found - stored)
    stale = sorted(stored - found)
    assert not missing and not stale, (
        "Run .venv/bin/python tools/update_translations.py and translate what is new.\n"
        + "".join(f"new:  [{c}] {s!r}\n" for c, s, _ in missing)
        + "".join(f"gone: [{c}] {s!r}\n" for c, s, _ in stale)
    )
    numerus = {key for key, message in extraction.messages.items() if message.numerus}
    assert all(len(_current(language)[key].forms) == 1 for key in numerus)


@pytest.mark.parametrize("language", updater.LANGUAGES)
def test_the_compiled_catalogue_matches_the_ts(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(updater.ts_path(language).with_suffix(".qm")))
    stale = [
        f"[{c}] {s!r}"
        for (c, s, d), t in _current(language).items()
        if "%n" not in s and translator.translate(c, s, d or None) != t.forms[0]
    ]
    assert not stale, "Recompile with tools/update_translations.py:\n" + "\n".join(stale)


def test_merging_keeps_work_and_marks_what_needs_a_translator() -> None:
    from tools.translation_sources import Extraction

    extraction = Extraction()
    for key in [("A", "Date", ""), ("B", "Date", ""), ("B", "Brand new", "")]:
        extraction.add(key, False, ("x.py", 1))
    old = {
        ("A", "Date", ""): updater.Translation(["日期"], "", "checked by Ms Chan"),
        ("A", "Old wording", ""): updater.Translation(["舊字眼"]),
    }
    merged = updater.merge(extraction, old)
    assert merged[("A", "Date", "")] == old[("A", "Date", "")]
    assert merged[("B", "Date", "")] == updater.Translation(["日期"], "unfinished")
    assert merged[("B", "Brand new", "")] == updater.Translation([""], "unfinished")
    assert merged[("A", "Old wording", "")].kind == "vanished"
    rendered = updater.render_ts(extraction, merged)
    assert "<translatorcomment>checked by Ms Chan</translatorcomment>" in rendered


def test_english_plural_catalogue_is_up_to_date() -> None:
    expected = updater.english_plurals(extract(updater.source_files()))
    assert updater.ENGLISH_TS.read_text(encoding="utf-8") == expected, (
        "Run .venv/bin/python tools/update_translations.py")
    assert "<numerusform>%n photo</numerusform>" in expected


def test_the_simplified_chinese_catalogue_is_complete_and_loads(
        qapp: QApplication, language: None) -> None:
    table = updater.read_ts(updater.ts_path("zh_CN"))
    current = {k: t for k, t in table.items() if t.kind not in ("vanished", "obsolete")}
    assert set(current) == set(_current())
    unfinished = [k[1] for k, t in current.items() if not t.finished]
    assert not unfinished, unfinished[:20]
    wrong = [k[1] for k, t in current.items()
             if set(PLACEHOLDER.findall(k[1])) != set(PLACEHOLDER.findall(t.forms[0]))]
    assert not wrong, wrong[:20]
    settings.LANGUAGE.set("zh_CN")
    translators = install_translations(qapp)
    try:
        assert len(translators) == 2  # Qt's own Simplified catalogue and ours
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_japanese_catalogue_speaks_lesson_study_and_loads(
        qtbot, qapp: QApplication, data_dir: Path, language: None) -> None:
    """Japanese teams read 授業研究's own words: 指導案, 授業者, 参観者, 協議会, 抽出児…"""
    table = _current("ja")
    words = {source: t.forms[0] for (_, source, _), t in table.items()}
    assert words["Lesson Study"] == "授業研究"
    assert words["Research lesson"] == "研究授業"
    assert words["Conference"] == "協議会"
    assert words["Observer groups"] == "参観グループ"
    assert words["Case pupil"] == "抽出児"
    assert words["Knowledgeable other"] == "指導助言者"
    assert "指導案" in words["Export lesson plan"]
    assert words["&Teacher"] == "授業者(&T)"
    assert words["Teacher support"] == "指導上の留意点"
    settings.LANGUAGE.set("ja")
    translators = install_translations(qapp)
    try:
        assert len(translators) == 2  # Qt's own Japanese catalogue (qtbase_ja) and ours
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        window = build_window(str(data_dir))
        qtbot.addWidget(window)
        assert open_library(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[:3] == ["ファイル(&F)", "編集(&E)", "表示(&V)"]
        assert window.windowTitle() == "授業研究"
        assert window._status_label.text().startswith("授業 0 件")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
