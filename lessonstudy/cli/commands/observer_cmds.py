"""``roster import``, ``assign`` and ``groups``: observer groups from the command line.

A facilitator with a registration spreadsheet can import it, split everyone
into groups and print the group list in three commands, e.g. from a script
the evening before the open class. Services do the work; this module only
reads files, prints results and names the teaching in every message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import LessonStudyError, NotFoundError
from lessonstudy.i18n import N_, _, ngettext, separated
from lessonstudy.i18n.vocabulary import role_name


def register(subparsers: Any) -> None:
    roster = subparsers.add_parser("roster", help=N_("observer rosters of a teaching"))
    actions = roster.add_subparsers(dest="roster_action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help=N_("add the observers in a CSV roster to a teaching"))
    imp.add_argument("teaching", help=N_("teaching id, or the title of a lesson taught once"))
    imp.add_argument("file", help=N_("CSV file with columns name, school, role, group"))
    imp.set_defaults(handler=run_roster_import)
    assign = subparsers.add_parser("assign", help=N_("split a teaching's observers into groups"))
    assign.add_argument("teaching", help=N_("teaching id, or the title of a lesson taught once"))
    assign.add_argument("--groups", type=int, metavar="N",
                        help=N_("number of groups (default: groups of about ten)"))
    assign.add_argument("--seed", type=int, default=0, metavar="S",
                        help=N_("another seed gives another, equally balanced split (default 0)"))
    assign.add_argument("--focus", action="append", default=[], metavar="NAME",
                        help=N_("a library focus area for the new groups (repeat for several; "
                        "default: the foci the teaching's groups already watch)"))
    assign.set_defaults(handler=run_assign)
    groups = subparsers.add_parser("groups", help=N_("list or print a teaching's observer groups"))
    groups.add_argument("teaching", help=N_("teaching id, or the title of a lesson taught once"))
    groups.add_argument("--out", metavar="FILE.pdf", help=N_("write the printable group list here"))
    add_language_option(groups)
    groups.set_defaults(handler=printing(run_groups))


def run_roster_import(ctx: CommandContext) -> int:
    from lessonstudy.services.roster_import import import_roster

    path = Path(ctx.args.file)
    result = import_roster(ctx.library(), ctx.args.teaching, _read(path), path.name)
    ctx.say(ngettext("Imported {n} observer from {file} into teaching {teaching}; {placed} "
                     "placed in a group from the file.",
                     "Imported {n} observers from {file} into teaching {teaching}; {placed} "
                     "placed in a group from the file.", result.added).format(
        n=result.added, file=path.name, teaching=result.teaching_id, placed=result.placed))
    if result.created_groups:
        ctx.say(_("Created groups: {groups}.").format(groups=separated(result.created_groups)))
    for note in result.notes:
        ctx.say("  " + _("note: {note}").format(note=note))
    return 0


def run_assign(ctx: CommandContext) -> int:
    from lessonstudy.services.assignment import assign_automatically

    result = assign_automatically(ctx.library(), ctx.args.teaching, groups=ctx.args.groups,
                                  seed=ctx.args.seed, foci=ctx.args.focus)
    ctx.say(ngettext("Assigned the observers of teaching {teaching} to {n} group (seed {seed}); "
                     "{moved} moved.",
                     "Assigned the observers of teaching {teaching} to {n} groups (seed "
                     "{seed}); {moved} moved.", len(result.sizes)).format(
        teaching=result.teaching_id, n=len(result.sizes), seed=result.seed, moved=result.moved))
    if result.created_groups:
        ctx.say(_("Created groups: {groups}.").format(groups=separated(result.created_groups)))
    for name, size in result.sizes:
        ctx.say(f"  {name}: {size}")
    for note in result.notes:
        ctx.say("  " + _("note: {note}").format(note=note))
    for note in result.unmet:
        ctx.say("  " + _("not met: {note}").format(note=note))
    return 0


def run_groups(ctx: CommandContext) -> int:
    from lessonstudy.services.observers import load_board

    board = load_board(ctx.library(reads_only=True), ctx.args.teaching)
    if ctx.args.out:
        from lessonstudy.printing.group_list import build_group_list

        out = Path(ctx.args.out)
        try:
            result = build_group_list(out, board)
        except OSError as error:
            raise LessonStudyError(N_("The group list cannot be written to {path}: {why}."),
                                   path=out, why=error.strerror or error) from error
        ctx.say(ngettext("Wrote {path} ({n} page).", "Wrote {path} ({n} pages).", result.pages)
                .format(path=result.path, n=result.pages))
        return 0
    for group in board.groups:
        members = board.members(group.id)
        focus = group.focus or _("no focus")
        ctx.say(f"[{group.id}] {group.name} — {focus} ({len(members)})")
        for person in members:
            ctx.say(_person_line(person))
    unassigned = board.members(None)
    if unassigned:
        ctx.say(_("Not yet in a group ({n})").format(n=len(unassigned)))
        for person in unassigned:
            ctx.say(_person_line(person))
    if not board.groups and not unassigned:
        ctx.say(_("Teaching {teaching} has no observers yet; use 'lessonstudy roster import'.")
                .format(teaching=board.teaching_id))
    return 0


def _person_line(person: Any) -> str:
    marks = ("★ " if person.is_critical_friend else "") + ("(pinned) " if person.pinned else "")
    school = f", {person.school}" if person.school else ""
    return f"    {marks}{person.name}{school} — {role_name(ObserverRole(person.role)).lower()}"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise NotFoundError(N_("There is no file {path}."), path=path) from error
    except OSError as error:
        raise LessonStudyError(N_("{path} cannot be read: {why}."), path=path,
                               why=error.strerror or error) from error
