"""``demo``, ``list``, ``check`` and ``backup``: the library as a whole."""

from __future__ import annotations

import json
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _, ngettext, separated
from lessonstudy.i18n.marks import N_

EXIT_PROBLEMS = 1


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help=N_("load the demo open class into the library"))
    demo.set_defaults(handler=run_demo)
    listing = subparsers.add_parser("list",
        help=N_("list lessons with their versions and teachings"))
    listing.add_argument("--json", action="store_true", help=N_("print a JSON array for scripts"))
    listing.set_defaults(handler=run_list)
    check = subparsers.add_parser(
        "check", help=N_("check the library file and its photo files for damage"))
    check.add_argument("--repair", action="store_true",
                       help=N_("first remove photo files that no photo and no kept backup names"))
    check.add_argument("--full", action="store_true",
                       help=N_("hash every photo file again, even those found intact before"))
    check.set_defaults(handler=run_check)
    backup = subparsers.add_parser("backup", help=N_("make a backup of the library now"))
    backup.set_defaults(handler=run_backup)


def run_demo(ctx: CommandContext) -> int:
    from lessonstudy.services.demo import load_demo

    result = load_demo(ctx.library())
    if result.already_loaded:
        ctx.say(_("The demo open class is already in this library (lesson {id}).")
                .format(id=result.lesson_id))
    else:
        ctx.say(_("Loaded the demo open class as lesson {id} into {where}.").format(
            id=result.lesson_id, where=ctx.location.db_path or ctx.location.db_url))
    return 0


def run_list(ctx: CommandContext) -> int:
    from lessonstudy.domain.timing import format_duration
    from lessonstudy.i18n.vocabulary import teaching_kind_name, version_status_name
    from lessonstudy.services.records import lesson_listing

    tree = _tree(ctx)
    rows = [(team, lesson) for team in tree for cycle in team.cycles for lesson in cycle.lessons]
    if ctx.args.json:
        listing = [lesson_listing(team, lesson) for team, lesson in rows]
        ctx.say(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        ctx.say(_("The library is empty. Run 'lessonstudy demo' to load an example open class."))
    for team, lesson in rows:
        ctx.say(
            f"[{lesson.id}] {lesson.title} — {team.name} "
            f"({format_duration(lesson.duration_seconds)})"
        )
        for v in lesson.versions:
            ctx.say("    " + _("version {number} ({status}): {segments} segments, {planned} "
                              "planned").format(number=v.number,
                                                status=version_status_name(v.status),
                                                segments=v.segment_count,
                                                planned=format_duration(v.planned_seconds)))
        for t in lesson.teachings:
            when = t.date.isoformat() if t.date else _("no date")
            ctx.say("    " + _("teaching [{id}] {kind} of v{version}, {when}, class {cls}, "
                              "{teacher}").format(id=t.id, kind=teaching_kind_name(t.kind),
                                                  version=t.version_number,
                                                  when=when, cls=t.class_name or "-",
                                                  teacher=t.teacher or "-"))
    return 0


def _tree(ctx: CommandContext) -> list[Any]:
    """The library tree: read with sqlite3 alone when the file allows it (no SQLAlchemy import)."""
    from lessonstudy.storage.quick_read import reading_connection

    connection = reading_connection(ctx.location)
    if connection is not None:
        from lessonstudy.services.quick_catalogue import tree_from_sqlite

        try:
            return tree_from_sqlite(connection)
        finally:
            connection.close()
    from lessonstudy.services.catalogue import load_tree

    return load_tree(ctx.library(reads_only=True))


def run_check(ctx: CommandContext) -> int:
    if getattr(ctx.args, "repair", False):
        removed = ctx.library().remove_unused_photos()
        ctx.say(ngettext("Removed {count} unused photo file.", "Removed {count} unused photo "
                         "files.", removed).format(count=removed))
    report = ctx.library(reads_only=True).check(full=getattr(ctx.args, "full", False))
    if report.ok:
        ctx.say(_("The library is healthy: checked {what}.").format(
            what=separated(report.checked)))
        return 0
    ctx.say(ngettext("Found {n} problem:", "Found {n} problems:", len(report.problems))
            .format(n=len(report.problems)))
    for problem in report.problems:
        ctx.say(f"  - {problem}")
    for advice in report.advice:
        ctx.say(advice)
    if len(report.problems) > report.photo_problems:
        ctx.say(_("Restore a recent file from the backups folder, or ask for help before "
                  "editing."))
    return EXIT_PROBLEMS


def run_backup(ctx: CommandContext) -> int:
    from lessonstudy.storage import backup
    from lessonstudy.storage.quick_read import reading_connection

    location = ctx.location
    current = reading_connection(location)  # a SQLite file at this build's schema
    if current is not None and location.db_path is not None:
        # Copying needs only sqlite3: no SQLAlchemy, models or migrations to import.
        current.close()
        path = backup.make_backup(location.db_path, location.backup_dir, "manual")
    else:  # a server, or a library to upgrade first: the full way explains or upgrades
        path = ctx.library(reads_only=True).backup("manual")
    ctx.say(_("Backup written: {path}").format(path=path))
    return 0
