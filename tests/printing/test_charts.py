"""The planned-vs-actual timeline chart."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.printing import DocumentMeta, Section, build_pdf, para
from lessonstudy.printing.charts import (
    Timeline,
    TimelineBlock,
    TimelineLook,
    TimelineRow,
    _label_step,
    _span,
)
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_count, pdf_text


def test_timeline_prints_rows_blocks_axis_and_end(out_pdf: Path,
                                                  planned_and_actual: list[TimelineRow]) -> None:
    story = [Section("Timing 時間", [para("Planned vs actual"), Timeline(planned_and_actual)])]
    build_pdf(out_pdf, story, DocumentMeta(title="Timing"))
    text = pdf_text(out_pdf)
    for label in ("Planned", "Actual 實際", "Warm-up 熱身", "Presentation", "Group work 小組"):
        assert label in text
    assert "50:00" in text  # the lesson-end marker
    assert "55" in text  # the axis runs on past the end because the lesson ran over
    assert page_count(out_pdf) == 1
    assert_all_fonts_embedded(out_pdf)


def test_timeline_takes_the_width_it_is_given(planned_and_actual: list[TimelineRow]) -> None:
    chart = Timeline(planned_and_actual)
    narrow = chart.wrap(200, 500)
    wide = chart.wrap(500, 500)
    assert narrow[0] == 200
    assert wide[0] == 500
    assert narrow[1] == wide[1] > 2 * TimelineLook().row_height


def test_narrow_blocks_drop_labels_that_do_not_fit(out_pdf: Path) -> None:
    rows = [TimelineRow("Plan", [
        TimelineBlock("Transition between tasks", SegmentKind.TRANSITION, 0, 10),
        TimelineBlock("Long enough block", SegmentKind.GROUP_WORK, 10, 3000),
    ])]
    build_pdf(out_pdf, [Timeline(rows)], DocumentMeta(title="t"))
    text = pdf_text(out_pdf)
    assert "Long enough block" in text
    assert "Transition" not in text


def test_span_covers_overtime_in_whole_minutes() -> None:
    rows = [TimelineRow("Actual", [TimelineBlock("x", SegmentKind.OTHER, 0, 3130)])]
    assert _span(rows, 3000) == 3180
    assert _span([], 3000) == 3000
    assert _span([], 0) == 60


def test_axis_labels_thin_out_when_minutes_are_narrow() -> None:
    assert _label_step(points_per_second=1.0, min_spacing=22) == 1
    assert _label_step(points_per_second=0.15, min_spacing=22) == 5  # 9 pt per minute
    # one hour is 3.6 pt here: labels every hour overprinted each other; every 12 hours do not
    assert _label_step(points_per_second=0.001, min_spacing=22) == 12 * 60
    assert _label_step(points_per_second=1e-9, min_spacing=22) * 60 * 1e-9 >= 22


def test_a_timeline_of_years_draws_a_few_ticks_at_once(tmp_path: Path) -> None:
    """A 10**12-second lesson (from a hostile lesson file) hung the plan PDF for minutes."""
    import time

    rows = [TimelineRow("Planned", [TimelineBlock("x", SegmentKind.OTHER, 0, 10**12)])]
    canvas = Canvas(str(tmp_path / "huge.pdf"))
    chart = Timeline(rows, lesson_end_s=10**12)
    chart.wrapOn(canvas, 400, 300)
    started = time.perf_counter()
    chart.drawOn(canvas, 50, 500)
    assert time.perf_counter() - started < 1.0


def test_chart_draws_on_a_bare_canvas(tmp_path: Path,
                                      planned_and_actual: list[TimelineRow]) -> None:
    canvas = Canvas(str(tmp_path / "bare.pdf"))
    chart = Timeline(planned_and_actual, lesson_end_s=2400)
    width, height = chart.wrapOn(canvas, 400, 300)
    chart.drawOn(canvas, 50, 500)
    canvas.save()
    assert (width, height) == (400, chart.height)
    assert "40:00" in pdf_text(tmp_path / "bare.pdf")
