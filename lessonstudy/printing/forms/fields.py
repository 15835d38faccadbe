"""AcroForm fields of the fillable form: writing boxes and the hidden identity fields.

AcroForm fields can only use the standard 14 fonts (DESIGN §8), so every
label stays printed in the embedded fonts on the page and only the empty
writing area becomes a field: transparent, borderless, multi-line, with no
length limit, laid over the printed cell. Chinese typed into a field is kept
in the field's value (which is what import reads); how it looks while typing
depends on the viewer.

The hidden fields say which form this is (format, teaching, group, observer)
so that an import can refuse a form from another teaching or library.
"""

from __future__ import annotations

from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfgen.canvas import Canvas

from lessonstudy.domain.observation_form import (
    FORM_FORMAT,
    FORMAT_FIELD,
    GROUP_FIELD,
    OBSERVER_FIELD,
    TEACHING_FIELD,
)

FIELD_FONT = "Helvetica"
FIELD_FONT_SIZE = 9
INSET = 1.5


def writing_field(
    canvas: Canvas, name: str, x: float, y: float, width: float, height: float, tooltip: str
) -> None:
    """A multi-line text field over the writing area whose bottom-left is (x, y)."""
    canvas.acroForm.textfield(
        name=name,
        tooltip=tooltip,
        x=x + INSET,
        y=y + INSET,
        width=width - 2 * INSET,
        height=height - 2 * INSET,
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        fontName=FIELD_FONT,
        fontSize=FIELD_FONT_SIZE,
        fieldFlags="multiline doNotSpellCheck",
        annotationFlags="print",
        maxlen=0,
        value="",
    )


def identity_fields(canvas: Canvas, teaching: str, group: str, observer: str) -> None:
    """The hidden, read-only fields naming the form's teaching, group and observer.

    Also asks viewers to redraw field appearances themselves (``NeedAppearances``):
    most have a font for Chinese, while our stored appearances can only use Helvetica.
    """
    canvas.acroForm.extras["NeedAppearances"] = PDFFromString("true")
    for name, value in (
        (FORMAT_FIELD, FORM_FORMAT),
        (TEACHING_FIELD, teaching),
        (GROUP_FIELD, group),
        (OBSERVER_FIELD, observer),
    ):
        canvas.acroForm.textfield(
            name=name,
            value=value,
            x=0,
            y=0,
            width=1,
            height=1,
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            fontName=FIELD_FONT,
            fontSize=FIELD_FONT_SIZE,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            maxlen=0,
        )
