"""``packet [--team T] [--cycle C] [--from DATE] [--to DATE] … --out FILE.pdf``: a debrief packet.

Department heads print one PDF across the debriefed lessons of a team, a
cycle or a term. Filters combine (all must hold); with none, every lesson
that had a post-lesson conference goes in. Dates are ISO (YYYY-MM-DD) and
inclusive. A filter that matches nothing is an error, not an empty packet.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.i18n import ngettext
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    packet = subparsers.add_parser(
        "packet", help=N_("print a debrief packet across lessons (filters combine) as a PDF"),
        description=N_("Print a debrief packet of every lesson that had a post-lesson conference "
        "and matches all the filters given."))
    packet.add_argument("--team", metavar="T", help=N_("team id or name (or a unique part of it)"))
    packet.add_argument("--cycle", metavar="C",
                        help=N_("cycle id or research theme (or a unique part of it)"))
    packet.add_argument("--from", dest="date_from", metavar="DATE",
                        help=N_("first teaching date, YYYY-MM-DD (inclusive)"))
    packet.add_argument("--to", dest="date_to", metavar="DATE",
                        help=N_("last teaching date, YYYY-MM-DD (inclusive)"))
    packet.add_argument("--school", metavar="S", default="",
                        help=N_("school name on the cover (default: the teams' schools)"))
    packet.add_argument("--title", metavar="T", default="", help=N_("title on the cover"))
    packet.add_argument("--odd-pages", action="store_true",
                        help=N_("start every section on a right-hand page, for duplex printing"))
    packet.add_argument("--out", metavar="FILE.pdf", required=True,
        help=N_("where to write the PDF"))
    add_language_option(packet)
    packet.set_defaults(handler=printing(run_packet))


def run_packet(ctx: CommandContext) -> int:
    from lessonstudy.domain.packet import PacketOptions
    from lessonstudy.services.department import select_for_packet
    from lessonstudy.services.packet import check_target, write_packet

    args = ctx.args
    target = check_target(args.out)
    rows = select_for_packet(ctx.library(reads_only=True), team=args.team, cycle=args.cycle,
                             date_from=args.date_from, date_to=args.date_to)
    defaults = PacketOptions()
    options = PacketOptions(title=args.title.strip() or defaults.title, school=args.school,
                            odd_pages=args.odd_pages)
    result = write_packet(ctx.library(reads_only=True), [r.teaching_id for r in rows], target,
                          options)
    # One counted sentence: a count translated apart nested "1 節課 / 1 lesson" inside the
    # English half of a bilingual line.
    ctx.say(ngettext("Wrote {path} ({n} lesson, {pages} pages, {size} MB).",
                     "Wrote {path} ({n} lessons, {pages} pages, {size} MB).", result.lessons)
            .format(path=result.path, n=result.lessons, pages=result.pages,
                    size=f"{result.size_bytes / 1e6:.1f}"))
    return 0
