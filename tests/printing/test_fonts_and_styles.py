"""Font registration and the shared paragraph styles."""

from __future__ import annotations

import threading

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics

from lessonstudy.domain.enums import FeedbackType, SegmentKind
from lessonstudy.printing import Paper, get_styles, para, register_fonts
from lessonstudy.printing.fonts import CJK, FACES, LATIN, LATIN_BOLD
from lessonstudy.printing.styles import feedback_ink, kind_colour, kind_text_colour, style_for


def test_registering_twice_and_from_threads_is_harmless() -> None:
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(register_fonts())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [FACES] * 4
    assert register_fonts() is FACES
    for name in (LATIN, LATIN_BOLD, CJK):
        assert pdfmetrics.getFont(name).fontName == name


def test_all_styles_use_the_embedded_fonts() -> None:
    styles = get_styles()
    for style in (styles.title, styles.heading1, styles.heading2, styles.body, styles.small,
                  styles.table_cell, styles.table_header):
        assert style.fontName in (LATIN, LATIN_BOLD)
    assert styles.heading1.fontName == LATIN_BOLD
    assert styles.heading(0) is styles.heading1 and styles.heading(3) is styles.heading2


def test_cjk_text_gets_cjk_wrapping_and_latin_text_does_not() -> None:
    body = get_styles().body
    assert style_for("觀課 notes", body).wordWrap == "CJK"
    assert style_for("观课", body).fontSize == body.fontSize
    assert style_for("Observation notes", body) is body
    assert style_for("觀課", body) is style_for("第二組", body)  # cached variant


def test_para_wraps_long_chinese_text_to_the_width() -> None:
    paragraph = para("觀課" * 60, get_styles().body)
    _, height = paragraph.wrap(200, 1000)
    assert len(paragraph.blPara.lines) > 3
    assert height >= len(paragraph.blPara.lines) * get_styles().body.leading - 0.01


def test_paper_sizes() -> None:
    assert Paper.A4.size == A4
    assert Paper.LETTER.size == LETTER


def test_colour_helpers_follow_the_shared_palette() -> None:
    assert kind_colour(SegmentKind.GROUP_WORK).hexval() == "0x117733"
    assert kind_text_colour(SegmentKind.PRESENTATION).hexval() == "0xffffff"
    assert kind_text_colour(SegmentKind.TRANSITION).hexval() == "0x000000"
    assert feedback_ink(FeedbackType.CONCERN).hexval() == "0xd55e00"
