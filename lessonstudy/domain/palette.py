"""The colours that mean something in Lesson Study, shared by screens and prints.

A segment kind or a feedback type has one colour everywhere: the Qt timeline,
the printed lesson plan and the conference report. Colours are ``#RRGGBB``
strings so this module stays free of Qt and ReportLab.

Segment kinds use Paul Tol's "muted" qualitative scheme (ten colours chosen to
stay distinct for common colour-vision deficiencies); feedback types use the
Okabe-Ito colours. Prints that may be photocopied in grey should also print
the kind's name, not rely on colour alone.
"""

from __future__ import annotations

from lessonstudy.domain.enums import FeedbackType, SegmentKind

SEGMENT_COLOURS: dict[SegmentKind, str] = {
    SegmentKind.PRESENTATION: "#332288",  # indigo: the teacher talks
    SegmentKind.WHOLE_CLASS_QA: "#88CCEE",  # cyan
    SegmentKind.PAIR_WORK: "#44AA99",  # teal
    SegmentKind.GROUP_WORK: "#117733",  # green
    SegmentKind.IBOARD_WRITING: "#DDCC77",  # sand
    SegmentKind.PEER_FEEDBACK: "#CC6677",  # rose
    SegmentKind.STUDENT_PRESENTATION: "#AA4499",  # purple
    SegmentKind.INDIVIDUAL_WORK: "#999933",  # olive
    SegmentKind.TRANSITION: "#DDDDDD",  # pale grey: nothing to see
    SegmentKind.OTHER: "#882255",  # wine
}

FEEDBACK_COLOURS: dict[FeedbackType, str] = {
    FeedbackType.STRENGTH: "#009E73",  # bluish green
    FeedbackType.QUESTION: "#0072B2",  # blue
    FeedbackType.SUGGESTION: "#E69F00",  # orange
    FeedbackType.CONCERN: "#D55E00",  # vermillion
}

INK = "#000000"
PAPER = "#FFFFFF"


def segment_colour(kind: SegmentKind) -> str:
    """Fill colour for a segment of this kind."""
    return SEGMENT_COLOURS[kind]


def feedback_colour(kind: FeedbackType) -> str:
    """Accent colour for a feedback item of this type."""
    return FEEDBACK_COLOURS[kind]


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    """``"#RRGGBB"`` as three floats from 0 to 1."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        if channel <= 0.04045:
            return channel / 12.92
        return float(((channel + 0.055) / 1.055) ** 2.4)

    red, green, blue = (linear(c) for c in hex_to_rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    if contrast_ratio(background, INK) >= contrast_ratio(background, PAPER):
        return INK
    return PAPER
