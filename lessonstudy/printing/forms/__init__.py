"""Observation forms for an open class: one per observer group or per observer.

Import lazily (from the CLI or a GUI worker), after loading the data with
:func:`lessonstudy.services.forms.load_forms`::

    from lessonstudy.printing.forms import FormBook, FormCopy
    book = FormBook(forms, Paper.A4)
    book.write(path, FormCopy(group), fillable=True)

Most callers want :func:`lessonstudy.services.form_export.export_forms`,
which also names the files.
"""

from __future__ import annotations

import lessonstudy.printing  # noqa: F401 - switches ReportLab to binary streams first
from lessonstudy.printing.forms.book import FormBook, FormCopy

__all__ = ["FormBook", "FormCopy"]
