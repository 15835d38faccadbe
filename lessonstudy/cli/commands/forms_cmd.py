"""``lessonstudy forms TEACHING --out DIR``: print observation forms from the command line.

A facilitator preparing an open class runs this the evening before: one PDF
per observer group (or per observer, with names printed), optionally fillable
for observers who type, on A4 or Letter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    forms = subparsers.add_parser(
        "forms",
        help=N_("print observation forms for a teaching's observer groups"),
        description=N_("Print one observation form per observer group (or per observer) into a "
        "folder. TEACHING is a teaching id or the title of a lesson taught once."),
    )
    forms.add_argument("teaching", metavar="TEACHING", help=N_("teaching id or lesson title"))
    forms.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR",
        help=N_("folder for the PDFs (a name ending in .pdf, or --combined: one PDF file)"),
    )
    forms.add_argument(
        "--per-observer",
        action="store_true",
        help=N_("one form per observer, with their name and role printed"),
    )
    forms.add_argument(
        "--fillable",
        action="store_true",
        help=N_("add form fields so observers can type; import them back with "
        "'lessonstudy import FORM.pdf'"),
    )
    forms.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=N_("paper size (default: a4)")
    )
    forms.add_argument(
        "--combined",
        action="store_true",
        help=N_("all forms in one PDF, for printing (not with --fillable)"),
    )
    add_language_option(forms)
    forms.set_defaults(handler=printing(run_forms))


def run_forms(ctx: CommandContext) -> int:
    from lessonstudy.services.form_export import FormExportOptions, export_forms

    args = ctx.args
    # "--out forms.pdf" once made a folder named forms.pdf: a file name ending in .pdf means
    # one PDF for printing (fillable forms stay one file per form, in a folder)
    out = Path(args.out)
    combined = args.combined or (not args.fillable and out.suffix.lower() == ".pdf"
                                 and not out.is_dir())
    options = FormExportOptions(
        per_observer=args.per_observer,
        fillable=args.fillable,
        paper=args.paper,
        combined=combined,
    )
    result = export_forms(ctx.library(reads_only=True), args.teaching, args.out, options)
    ctx.say(result.summary())
    for path in result.files:
        ctx.say(f"  {path}")
    return 0
