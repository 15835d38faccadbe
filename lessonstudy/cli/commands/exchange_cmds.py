"""``export LESSON --out FILE.lsb`` and ``import FILE``: lessons between machines.

``import`` picks the importer by the file's extension: a ``.lsb`` bundle, a
``.json`` lesson, or a filled observation form ``.pdf`` (handled by the
observation-forms feature when it is installed).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import N_, _
from lessonstudy.storage import safety_copy

FORM_IMPORT_MODULE = "lessonstudy.services.form_import"


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export",
        help=N_("write a lesson with its photos to a .lsb bundle"))
    export.add_argument("lesson", help=N_("lesson id or unique title"))
    export.add_argument("--out", required=True, metavar="FILE.lsb", help=N_("bundle to write"))
    export.set_defaults(handler=run_export)
    imp = subparsers.add_parser(
        "import", help=N_("import a bundle (.lsb), a lesson (.json) or a filled form (.pdf)"))
    imp.add_argument("file", help=N_("the file to import"))
    imp.set_defaults(handler=run_import)


def run_export(ctx: CommandContext) -> int:
    from lessonstudy.exchange.bundle import export_bundle

    out = Path(ctx.args.out)
    if out.suffix.lower() != ".lsb":
        raise LessonStudyError(N_("The bundle name must end in .lsb (got {name})."), name=out.name)
    summary = export_bundle(ctx.library(reads_only=True), ctx.args.lesson, out)
    ctx.say(_("Exported lesson {id} '{title}' ({records} records, {photos} photos) to {path}")
            .format(id=summary.lesson_id, title=summary.title, records=summary.records,
                    photos=summary.photos, path=summary.path))
    return 0


def run_import(ctx: CommandContext) -> int:
    from lessonstudy.exchange.file_kinds import FileKind, kind_of

    path = Path(ctx.args.file)
    kind = kind_of(path)
    if kind is FileKind.FILLED_FORM:
        return _import_form(ctx, path)
    # The backup from before the import is copied while the importer loads and reads the
    # file (storage/safety_copy.py); the import keeps it only if it changes the library.
    location = ctx.location
    safety_copy.start_early(location.db_path, location.backup_dir, "before-import")
    try:
        if kind is FileKind.BUNDLE:
            from lessonstudy.exchange.bundle import import_bundle as importer
        else:
            from lessonstudy.exchange.lesson_json import import_lesson_json as importer
        result = importer(ctx.library(), path)
    finally:
        safety_copy.discard_early(location.db_path)
    ctx.say(result.summary())
    for remark in result.remarks:
        ctx.say("  " + _("note: {note}").format(note=remark))
    for conflict in result.conflicts:
        ctx.say("  " + _("review: {what}").format(what=conflict.describe()))
    return 0


def _import_form(ctx: CommandContext, path: Path) -> int:
    try:
        module = importlib.import_module(FORM_IMPORT_MODULE)
        importer = module.import_filled_form
    except (ImportError, AttributeError):
        raise LessonStudyError(
            N_("Importing filled observation forms (.pdf) is not available in this build of "
               "Lesson Study.")) from None
    result = importer(ctx.library(), path)
    summary = getattr(result, "summary", None)
    ctx.say(summary() if callable(summary) else str(result))
    return 0
