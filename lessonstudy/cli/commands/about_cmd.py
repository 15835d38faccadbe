"""``about``: what this install includes (ReportLab accelerator, HEIC, PostgreSQL, …).

School IT checks an installed laptop with it; the frozen smoke test reads it to
prove a bundle is complete. Exit 1 when a required part is missing, so scripts notice.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    about = subparsers.add_parser(
        "about", help=N_("show the version and which parts this install includes"))
    about.set_defaults(handler=run_about)


def run_about(ctx: CommandContext) -> int:
    from lessonstudy.install_info import components

    found = components()
    for part in found:
        mark = _("yes") if part.present else _("MISSING")
        ctx.say(f"{part.name}: {mark} {part.detail}".rstrip())
    return 0 if all(part.present or not part.required for part in found) else 1
