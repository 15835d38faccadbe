"""The tallies chart paints with the palette: a white block once glared in the dark theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lessonstudy.ui.classroom.tally_chart import TallyChart
from tools.window_screenshots import dark_palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())  # type: ignore[arg-type]
    yield
    qapp.setPalette(before)


def test_the_chart_background_follows_a_dark_palette(dark: None, qtbot: QtBot) -> None:
    chart = TallyChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_data(["Warm-up", "Pair work"], [("Q", [3, 1])])
    image = chart.grab().toImage()
    corner = image.pixelColor(image.width() - 2, image.height() - 2)
    assert corner == chart.palette().color(QPalette.ColorRole.Base)
    assert corner.lightness() < 80
