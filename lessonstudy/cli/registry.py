"""The list of subcommand modules; each has ``register(subparsers)`` and ``run(ctx)``.

Adding a command means adding a module here, not editing a central if-chain.
Modules must stay cheap to import: heavy imports go inside ``run``.
"""

from __future__ import annotations

COMMAND_MODULES: tuple[str, ...] = (
    "lessonstudy.cli.commands.library_cmds",
    "lessonstudy.cli.commands.plan_cmd",
    "lessonstudy.cli.commands.report_cmd",
    "lessonstudy.cli.commands.evidence_cmds",
    "lessonstudy.cli.commands.observer_cmds",
    "lessonstudy.cli.commands.forms_cmd",
    "lessonstudy.cli.commands.exchange_cmds",
    "lessonstudy.cli.commands.photo_cmds",
    "lessonstudy.cli.commands.packet_cmd",
    "lessonstudy.cli.commands.restore_cmd",
    "lessonstudy.cli.commands.serve_cmd",
    "lessonstudy.cli.commands.about_cmd",
    "lessonstudy.cli.commands.search_cmd",
    "lessonstudy.cli.commands.language_cmd",
)
