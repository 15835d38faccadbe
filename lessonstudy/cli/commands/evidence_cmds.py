"""``notes TEACHING --out FILE`` and ``keyideas TEACHING …``: the evidence from the command line.

``notes`` exports every observation note, one row per note, as ``.csv``
(UTF-8 with BOM, for Excel) or ``.xlsx``. ``keyideas`` types a group's key
ideas (or a photo's, with ``--photo``), replacing that set, and ``--list``
prints them all, typed and on photos.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.cli.language import add_language_option, printing
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_

if TYPE_CHECKING:
    from lessonstudy.services.key_ideas import KeyIdeaSet


def register(subparsers: Any) -> None:
    notes = subparsers.add_parser(
        "notes", help=N_("export a teaching's observation notes, one row per note (.csv or .xlsx)"))
    notes.add_argument("teaching", metavar="TEACHING", help=N_("teaching id or lesson title"))
    notes.add_argument("--out", metavar="FILE", required=True,
                       help=N_("notes.csv (UTF-8 with BOM) or notes.xlsx"))
    add_language_option(notes)
    notes.set_defaults(handler=printing(run_notes))

    ideas = subparsers.add_parser(
        "keyideas", help=N_("type a group's key ideas (replacing its set), or list them all"))
    ideas.add_argument("teaching", metavar="TEACHING", help=N_("teaching id or lesson title"))
    ideas.add_argument("ideas", nargs="*", metavar="IDEA",
                       help=N_("up to 4 key ideas, in order"))
    ideas.add_argument("--group", metavar="G", help=N_("the observer group (name or id)"))
    ideas.add_argument("--photo", metavar="P",
                       help=N_("store them as the ideas on this iBoard photo (id or file name)"))
    ideas.add_argument("--list", action="store_true",
                       help=N_("print every group's key ideas, typed and on photos"))
    ideas.set_defaults(handler=run_keyideas, trailing="ideas")


def run_notes(ctx: CommandContext) -> int:
    from lessonstudy.services.notes_export import export_notes

    result = export_notes(ctx.library(reads_only=True), ctx.args.teaching, ctx.args.out)
    ctx.say(_("Wrote {count} notes to {path}.").format(count=result.notes, path=result.path))
    return 0


def run_keyideas(ctx: CommandContext) -> int:
    from lessonstudy.services import key_ideas

    args = ctx.args
    if args.list:
        if args.ideas or args.group or args.photo:
            raise ValidationError(_("--list prints the key ideas; give no group, photo or "
                                    "ideas with it."))
        for idea_set in key_ideas.teaching_key_ideas(ctx.library(reads_only=True),
                                                     args.teaching):
            ctx.say(_set_heading(idea_set))
            for n, text in enumerate(idea_set.ideas, start=1):
                ctx.say(f"  {n}. {text}")
        return 0
    if not args.group:
        raise ValidationError(_("Name the group with --group (or use --list)."))
    if not args.ideas:
        raise ValidationError(_("Give the key ideas to store, in order (or use --list)."))
    stored = key_ideas.set_group_key_ideas(ctx.library(), args.teaching, args.group, args.ideas,
                                           photo=args.photo)
    ctx.say(_("Stored {count} key ideas for {group}.").format(count=len(stored.ideas),
                                                             group=stored.group_name))
    return 0


def _set_heading(idea_set: KeyIdeaSet) -> str:
    group = idea_set.group_name or _("No group")
    if idea_set.typed:
        return _("{group} (typed):").format(group=group)
    return _("{group} (photo {photo}):").format(group=group, photo=idea_set.photo_id)
