"""Words seen in the Japanese and Chinese screenshots at 1024×768 that were wrong or cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.ui import settings
from lessonstudy.ui.application import install_translations


@pytest.fixture(params=["ja", "zh_HK"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    settings.LANGUAGE.set(request.param)
    translators = install_translations(qapp)
    yield str(request.param)
    for translator in translators:
        qapp.removeTranslator(translator)
    settings.LANGUAGE.set("")


def _first_label(form: QFormLayout) -> str:
    item = form.itemAt(0, QFormLayout.ItemRole.LabelRole)
    assert item is not None
    label = item.widget()
    assert isinstance(label, QLabel)
    return label.text()


def test_a_group_has_a_name_not_a_persons_name(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from lessonstudy.ui.observers.dialogs import GroupDialog, ObserverDialog

    group = GroupDialog([], [], GroupInput("Group A"))
    person = ObserverDialog(ObserverInput("Ms Wendy Choi"))
    qtbot.addWidget(group)
    qtbot.addWidget(person)
    words = {"ja": ("名前", "氏名"), "zh_HK": ("名稱", "姓名")}[language]
    assert _first_label(group.layout()) == words[0]  # type: ignore[arg-type]
    assert _first_label(person.layout()) == words[1]  # type: ignore[arg-type]
