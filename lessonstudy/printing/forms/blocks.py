"""Laid-out-once blocks of paragraphs that can be drawn on many forms.

Thirty observers of one teaching get thirty forms that share almost all of
their text. Wrapping paragraphs (measuring Latin and CJK runs, finding line
breaks) is the expensive part of drawing them, so a :class:`Stack` wraps its
flowables once, remembers their heights, and then draws the same wrapped
flowables onto any number of canvases. A stack taller than the room it is
given is scaled down as a whole rather than cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from lessonstudy.printing.fonts import LATIN, LATIN_BOLD
from lessonstudy.printing.styles import Ink, get_styles, para, style_for
from lessonstudy.printing.textruns import draw_string, fit_text, markup

_MUTED_HEX = "#" + Ink.MUTED.hexval()[2:]


@dataclass
class Stack:
    """Flowables one under another in a fixed width, wrapped once, drawn many times."""

    width: float
    flowables: Sequence[Flowable]
    gaps: list[float] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.gaps = [f.getSpaceBefore() if i else 0.0 for i, f in enumerate(self.flowables)]
        self.heights = [f.wrap(self.width, 10_000)[1] for f in self.flowables]

    @property
    def height(self) -> float:
        return sum(self.heights) + sum(self.gaps)

    def draw(self, canvas: Canvas, x: float, top: float, room: float | None = None) -> float:
        """Draw with the top-left corner at (x, top); returns the height used."""
        if room is not None and self.height > room:
            return self._draw_scaled(canvas, x, top, room / self.height)
        y = top
        for flowable, gap, height in zip(self.flowables, self.gaps, self.heights, strict=True):
            y -= gap + height
            flowable.drawOn(canvas, x, y)
        return self.height

    def _draw_scaled(self, canvas: Canvas, x: float, top: float, scale: float) -> float:
        canvas.saveState()
        canvas.translate(x, top)
        canvas.scale(scale, scale)
        self.draw(canvas, 0, 0)
        canvas.restoreState()
        return self.height * scale


class Panel(Flowable):
    """A box (shaded and/or bordered) around a stack, drawn without re-wrapping.

    ReportLab tables re-measure their cells on every draw; a panel measures
    its content once, which matters when the same panel goes on 30 forms.
    """

    def __init__(
        self,
        width: float,
        story: Sequence[Flowable],
        *,
        fill: Color | None = None,
        border: Color | None = None,
        pad: float = 7,
        space_before: float = 0,
    ) -> None:
        super().__init__()
        self.inner = Stack(width - 2 * pad, story)
        self.pad, self.fill, self.border, self.space_before = pad, fill, border, space_before
        self.width = width
        self.height = self.inner.height + 2 * pad - 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.space_before

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.saveState()
        if self.fill is not None:
            canvas.setFillColor(self.fill)
        if self.border is not None:
            canvas.setStrokeColor(self.border)
            canvas.setLineWidth(0.8)
        if self.fill is not None or self.border is not None:
            canvas.rect(
                x,
                y,
                self.width,
                self.height,
                stroke=int(self.border is not None),
                fill=int(self.fill is not None),
            )
        canvas.restoreState()
        self.inner.draw(canvas, x + self.pad, y + self.height - self.pad + 2)


class Label(Flowable):
    """One line of short text (cut with "…" if too long), cheaper to draw than a paragraph."""

    def __init__(self, value: str, width: float, size: float, colour: Color) -> None:
        super().__init__()
        self.text = fit_text(value, width, size)
        self.size, self.colour = size, colour
        self.width, self.height = width, size * 1.25

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.setFillColor(self.colour)
        draw_string(canvas, x, y + self.size * 0.3, self.text, self.size)


class FormStyles:
    """Paragraph styles of the forms, derived once from the shared house styles."""

    def __init__(self) -> None:
        base = get_styles()
        self.title = ParagraphStyle(
            "ls-form-title", parent=base.title, fontSize=17, leading=22, spaceAfter=2
        )
        self.kicker = ParagraphStyle(
            "ls-form-kicker",
            parent=base.small,
            fontName=LATIN_BOLD,
            textColor=Ink.ACCENT,
            fontSize=8,
        )
        self.heading = ParagraphStyle(
            "ls-form-h",
            parent=base.heading2,
            fontSize=10.5,
            leading=13,
            spaceBefore=7,
            spaceAfter=2,
        )
        self.group = ParagraphStyle(
            "ls-form-group",
            parent=base.heading1,
            fontSize=14,
            leading=18,
            spaceBefore=0,
            spaceAfter=2,
        )
        self.body = ParagraphStyle(
            "ls-form-body",
            parent=base.body,
            fontSize=9.5,
            leading=12.5,
            spaceAfter=0,
            spaceBefore=2,
        )
        self.bullet = ParagraphStyle(
            "ls-form-bullet",
            parent=self.body,
            leftIndent=11,
            bulletFontName=LATIN,
            bulletFontSize=9.5,
            bulletIndent=1,
            spaceBefore=1.5,
        )
        self.muted = ParagraphStyle(
            "ls-form-muted", parent=self.body, fontSize=8, leading=10, textColor=Ink.MUTED
        )
        self.cell = ParagraphStyle(
            "ls-form-cell", parent=base.table_cell, fontSize=8.5, leading=10.5
        )
        self.cell_bold = ParagraphStyle("ls-form-cell-b", parent=self.cell, fontName=LATIN_BOLD)
        self.cell_muted = ParagraphStyle(
            "ls-form-cell-m", parent=self.cell, fontSize=7.5, leading=9, textColor=Ink.MUTED
        )
        self.column = ParagraphStyle(
            "ls-form-col", parent=self.cell, fontName=LATIN_BOLD, fontSize=8.5, leading=10
        )
        self.plain = ParagraphStyle("ls-form-plain", parent=self.body, fontName=LATIN)


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped, font runs, CJK wrap)."""
    return para(value, style)


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """ "<b>Label:</b> user text" with the user text escaped and font-split."""
    return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", style_for(label + value, style))


def bullet(value: str, style: ParagraphStyle, symbol: str = "•") -> Paragraph:
    """A bulleted line of user text."""
    return Paragraph(markup(value), style_for(value, style), bulletText=symbol)


def rich(markup_text: str, plain: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ready markup; ``plain`` (the user text in it) decides CJK wrapping."""
    return Paragraph(markup_text, style_for(plain, style))


def muted(value: str, size: float) -> str:
    """Markup for user text in the muted ink at ``size`` points, inside a richer paragraph."""
    return f'<font size="{size}" color="{_MUTED_HEX}">{markup(value)}</font>'
