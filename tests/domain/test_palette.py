"""The shared colours of segment kinds and feedback types."""

from __future__ import annotations

import re

import pytest

from lessonstudy.domain.enums import FeedbackType, SegmentKind
from lessonstudy.domain.palette import (
    FEEDBACK_COLOURS,
    SEGMENT_COLOURS,
    contrast_ratio,
    feedback_colour,
    hex_to_rgb,
    segment_colour,
    text_colour_on,
)

HEX = re.compile(r"^#[0-9A-F]{6}$")


def test_every_segment_kind_has_its_own_colour() -> None:
    colours = [segment_colour(kind) for kind in SegmentKind]
    assert all(HEX.match(c) for c in colours)
    assert len(set(colours)) == len(SegmentKind)


def test_every_feedback_type_has_its_own_colour() -> None:
    colours = [feedback_colour(kind) for kind in FeedbackType]
    assert all(HEX.match(c) for c in colours)
    assert len(set(colours)) == len(FeedbackType)


@pytest.mark.parametrize("colour", [*SEGMENT_COLOURS.values(), *FEEDBACK_COLOURS.values()])
def test_labels_on_each_colour_stay_readable(colour: str) -> None:
    assert contrast_ratio(colour, text_colour_on(colour)) >= 4.5  # WCAG AA for small text


def test_contrast_and_conversion_have_the_known_extremes() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert hex_to_rgb("#FF0080") == (1.0, 0.0, 128 / 255)
    with pytest.raises(ValueError):
        hex_to_rgb("red")
