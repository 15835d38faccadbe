"""PDF printing with ReportLab: fonts, styles, the shared document frame, charts, photos.

Importing this package switches ReportLab to binary (not ASCII85) streams:
ASCII85 made a 24-photo report 20x slower and 25 % bigger (DESIGN §8); and it
makes table cells default to the embedded Latin font instead of Helvetica.

The API other documents build on::

    from lessonstudy.printing import DocumentMeta, Section, build_pdf, para, get_styles
    build_pdf(path, [Section("Lesson plan 教案", [para(text)])], DocumentMeta(title="..."))
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.platypus import tables

from lessonstudy.printing.fonts import LATIN, register_fonts

rl_config.useA85 = 0
# Tables select their cell font (default Helvetica, never embedded) before every
# cell, even cells holding paragraphs; that put Helvetica in every PDF with a table.
tables.CellStyle.fontname = LATIN

from lessonstudy.printing.document import (  # noqa: E402
    BuildResult,
    DocumentMeta,
    Margins,
    build_pdf,
)
from lessonstudy.printing.photos import PhotoFiles, photo_image  # noqa: E402
from lessonstudy.printing.sections import (  # noqa: E402
    Heading,
    Section,
    contents_section,
    heading,
    page_start,
)
from lessonstudy.printing.styles import Ink, Paper, get_styles, para  # noqa: E402

__all__ = [
    "BuildResult",
    "DocumentMeta",
    "Heading",
    "Ink",
    "Margins",
    "Paper",
    "PhotoFiles",
    "Section",
    "build_pdf",
    "contents_section",
    "get_styles",
    "heading",
    "page_start",
    "para",
    "photo_image",
    "register_fonts",
]
