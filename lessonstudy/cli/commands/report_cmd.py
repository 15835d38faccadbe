"""``report TEACHING --out FILE.pdf``: the post-lesson conference report of one teaching."""

from __future__ import annotations

from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    report = subparsers.add_parser(
        "report", help=N_("print the post-lesson conference report of a teaching as a PDF"))
    report.add_argument("teaching", metavar="TEACHING",
                        help=N_("teaching id, or the title of a lesson taught once (or with one "
                        "research lesson)"))
    report.add_argument("--out", metavar="FILE.pdf", required=True,
        help=N_("where to write the PDF"))
    add_language_option(report)
    report.set_defaults(handler=printing(run_report))


def run_report(ctx: CommandContext) -> int:
    from lessonstudy.services.report import write_conference_report

    result = write_conference_report(ctx.library(reads_only=True), ctx.args.teaching, ctx.args.out)
    ctx.say(_("Wrote {path} ({pages} pages, {size} MB).").format(
        path=result.path, pages=result.pages, size=f"{result.size_bytes / 1e6:.1f}"))
    return 0
