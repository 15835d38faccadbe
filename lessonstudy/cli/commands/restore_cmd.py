"""``restore BACKUP``: put a backup back as the library, keeping the current one first.

It never opens the current library (it may be the damaged file one restores
over); the storage layer checks the backup before anything is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _, ngettext
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    restore = subparsers.add_parser(
        "restore",
            help=N_("replace the library with a backup (the current one is backed up first)"))
    restore.add_argument("backup", metavar="BACKUP", help=N_("a backup file, e.g. from backups/"))
    restore.set_defaults(handler=run_restore)


def run_restore(ctx: CommandContext) -> int:
    from lessonstudy.storage.restore import restore_backup

    result = restore_backup(ctx.location, Path(ctx.args.backup))
    restored = result.restored
    lessons, teachings = restored.lessons, restored.teachings
    ctx.say(_("Restored {name} ({lessons}, {teachings}) into {path}.").format(
        name=restored.path.name,
        lessons=ngettext("{n} lesson", "{n} lessons", lessons).format(n=lessons),
        teachings=ngettext("{n} teaching", "{n} teachings", teachings).format(n=teachings),
        path=ctx.location.db_path))
    if result.kept_backup is not None:
        ctx.say(_("The library it replaced was kept as {path}.").format(path=result.kept_backup))
    if result.missing_photos:
        ctx.say(ngettext(
            "{count} photo file it names is missing from the photos folder; 'lessonstudy "
            "check' lists it.", "{count} photo files it names are missing from the photos "
            "folder; 'lessonstudy check' lists them.", result.missing_photos,
        ).format(count=result.missing_photos))
    return 0
