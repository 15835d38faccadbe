"""``plan LESSON [--version N] --out FILE.pdf``: print a lesson plan without opening the window.

Scripts and the department office print plans in batches; the lesson is
named by id or unique title (``lessonstudy list`` shows both), the latest
version unless ``--version`` says otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.domain.errors import LessonStudyError, ValidationError
from lessonstudy.i18n import N_, _, ngettext


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser("plan", help=N_("print a lesson plan to a PDF file"))
    plan.add_argument("lesson", metavar="LESSON", help=N_("lesson id or unique title"))
    plan.add_argument("--version", type=int, metavar="N",
        help=N_("version number (default: latest)"))
    plan.add_argument("--out", required=True, metavar="FILE.pdf", help=N_("where to write the PDF"))
    add_language_option(plan)
    plan.set_defaults(handler=printing(run_plan))


def run_plan(ctx: CommandContext) -> int:
    from lessonstudy.services.plans import load_plan

    out = Path(ctx.args.out).expanduser()
    if not out.parent.is_dir():
        raise ValidationError(N_("Cannot write {path}: the folder {folder} does not exist."),
                              path=out, folder=out.parent)
    lesson_plan = load_plan(ctx.library(reads_only=True), ctx.args.lesson, ctx.args.version)
    from lessonstudy.printing.plan import build_plan_pdf  # ReportLab only when printing

    try:
        result = build_plan_pdf(lesson_plan, out)
    except OSError as error:
        raise LessonStudyError(N_("Cannot write {path}: {why}."), path=out,
                               why=error.strerror or error) from error
    count = len(lesson_plan.segments)
    ctx.say(_("Wrote the plan of '{title}' version {number} ({segments}, {pages}) to {path}")
            .format(title=lesson_plan.title, number=lesson_plan.version.number,
                    segments=ngettext("{n} segment", "{n} segments", count).format(n=count),
                    pages=ngettext("{n} page", "{n} pages", result.pages).format(
                        n=result.pages), path=out))
    return 0
