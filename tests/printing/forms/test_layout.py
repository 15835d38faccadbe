"""Row heights grow with the segment's length, within bounds; rows are never split."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.forms.layout import (
    ROW_MAX,
    ROW_MIN,
    grid_columns,
    paginate,
    row_height,
)
from lessonstudy.printing.styles import Paper


def test_a_twenty_second_segment_still_gets_a_usable_row() -> None:
    assert row_height(20) >= 15 * mm  # two handwritten lines and the segment label
    assert row_height(0) == ROW_MIN < row_height(20) < ROW_MIN + 2 * mm


def test_longer_segments_get_more_room_but_never_a_page() -> None:
    heights = [row_height(s) for s in (20, 60, 180, 300, 600)]
    assert heights == sorted(heights) and len(set(heights)) == len(heights)
    page = Sheet.for_paper(Paper.A4).body_height
    assert row_height(600) <= ROW_MAX < page / 3
    assert row_height(3600) == ROW_MAX


def test_a_long_segment_label_makes_its_row_taller() -> None:
    assert row_height(20, label_height=30 * mm) == 30 * mm


def test_paginate_keeps_rows_whole_and_in_order() -> None:
    heights = [40.0, 50.0, 30.0, 90.0, 10.0]
    pages = paginate(heights, 100.0)
    assert pages == [[0, 1], [2], [3, 4]]
    assert [i for page in pages for i in page] == list(range(len(heights)))
    assert paginate([150.0], 100.0) == [[0]]  # an oversized row still gets a page


def test_columns_fill_the_width_and_case_pupils_are_narrower() -> None:
    width = landscape(A4)[0] - 24 * mm
    cols = grid_columns(12 * mm, width, 3, 3)
    assert abs(cols.width - width) < 0.01
    assert cols.writing_widths[3] < cols.writing_widths[0]
    assert len(cols.edges) == 1 + 1 + 6
