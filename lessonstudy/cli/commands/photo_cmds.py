"""``photos add`` and ``photos list``: iBoard photos from the command line.

A recorder with a folder of phone photos can import them without opening
the window: ``lessonstudy photos add 2 ~/DCIM/*.jpg --group "Group B"``.
Every file gets one line; bad files go to stderr and make the exit code 1,
while the good files of the same run are still imported. When no file could be
imported, those lines are all that is printed (one clear line per bad file, no
summary repeating them). An unknown teaching, group or segment stops before any
file is read.
"""

from __future__ import annotations

import sys
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _, ngettext
from lessonstudy.i18n.marks import N_

EXIT_SOME_FAILED = 1


def register(subparsers: Any) -> None:
    photos = subparsers.add_parser("photos", help=N_("import and list iBoard photos of a teaching"))
    actions = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help=N_("import photos (JPEG, PNG, WebP, HEIC) into a teaching"),
        description=N_("Import photos into a teaching: stored upright, downscaled, without "
        "location or camera metadata. Photos already imported are skipped."),
    )
    add.add_argument("teaching", metavar="TEACHING", help=N_("teaching id or unique lesson title"))
    add.add_argument("files", metavar="FILE", nargs="+", help=N_("photo files"))
    add.add_argument("--group", metavar="G", help=N_("observer group name or id"))
    add.add_argument(
        "--segment",
        metavar="S",
        help=N_("segment: its number in the plan (1 = first), id:N, or its title"),
    )
    add.add_argument(
        "--label", metavar="TEXT", default="", help=N_("pupils' group label, e.g. 'Table 3'")
    )
    add.add_argument(
        "--workers", type=int, metavar="N", help=N_("processes to use (default: all cores)")
    )
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help=N_("list the photos of a teaching"))
    listing.add_argument("teaching", metavar="TEACHING",
        help=N_("teaching id or unique lesson title"))
    listing.set_defaults(handler=run_list)


def run_add(ctx: CommandContext) -> int:
    from lessonstudy.imaging.batch import PhotoBatch

    args = ctx.args
    # Several files go to worker processes: start them first, so they get ready while
    # this process imports the services and opens the library (about half a second).
    batch = PhotoBatch(workers=args.workers) if len(args.files) > 1 else None
    if batch is not None:
        batch.warm_up()
    try:
        report = _add(ctx, batch)
    finally:
        if batch is not None:
            batch.close()
    for outcome in report.imported + report.duplicates:
        ctx.say(outcome.message + (" " + _("(photo {id})").format(id=outcome.photo_id)
                                   if outcome.photo_id else ""))
    for outcome in report.failures:
        print(outcome.message, file=sys.stderr)
    if report.imported or report.duplicates:  # a run of only bad files: their lines suffice
        ctx.say(_summary(len(report.imported), len(report.duplicates), len(report.failures)))
    return EXIT_SOME_FAILED if report.failures else 0


def _add(ctx: CommandContext, batch: Any) -> Any:
    from lessonstudy.imaging import PhotoSettings
    from lessonstudy.services.photo_import import import_photos, resolve_target

    args = ctx.args
    library = ctx.library()
    target = resolve_target(
        library, args.teaching, group=args.group, segment=args.segment, group_label=args.label
    )
    return import_photos(library, target, args.files, settings=PhotoSettings(),
                         workers=args.workers, batch=batch)


def run_list(ctx: CommandContext) -> int:
    from lessonstudy.services.lookup import find_teaching
    from lessonstudy.services.photos import list_photos

    library = ctx.library(reads_only=True)
    with library.unit_of_work() as session:
        teaching_id = find_teaching(session, ctx.args.teaching).id
    photos = list_photos(library, teaching_id)
    if not photos:
        ctx.say(_("This teaching has no photos yet. Add some with 'lessonstudy photos add'."))
    for photo in photos:
        when = photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else _("no date")
        where = " · ".join(p for p in (photo.group_text, photo.segment_text) if p)
        ideas = sum(1 for idea in photo.key_ideas if idea)
        ctx.say(
            f"[{photo.id}] {photo.title} — {when}, {photo.width}x{photo.height}"
            + (f", {where}" if where else "")
            + ", " + _("{n}/4 key ideas").format(n=ideas)
        )
    return 0


def _summary(imported: int, duplicates: int, failed: int) -> str:
    parts = [ngettext("Imported {n} photo", "Imported {n} photos", imported).format(n=imported)]
    if duplicates:
        parts.append(_("{n} already imported").format(n=duplicates))
    if failed:
        parts.append(_("{n} could not be imported (see the messages above)").format(n=failed))
    from lessonstudy.services.photo_records import summary_sentence

    return summary_sentence(parts)
