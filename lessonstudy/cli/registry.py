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


COMMAND_NAMES: dict[str, str] = {
    "list": "lessonstudy.cli.commands.library_cmds",
    "check": "lessonstudy.cli.commands.library_cmds",
    "backup": "lessonstudy.cli.commands.library_cmds",
    "demo": "lessonstudy.cli.commands.library_cmds",
    "plan": "lessonstudy.cli.commands.plan_cmd",
    "report": "lessonstudy.cli.commands.report_cmd",
    "notes": "lessonstudy.cli.commands.evidence_cmds",
    "keyideas": "lessonstudy.cli.commands.evidence_cmds",
    "assign": "lessonstudy.cli.commands.observer_cmds",
    "groups": "lessonstudy.cli.commands.observer_cmds",
    "roster": "lessonstudy.cli.commands.observer_cmds",
    "forms": "lessonstudy.cli.commands.forms_cmd",
    "export": "lessonstudy.cli.commands.exchange_cmds",
    "import": "lessonstudy.cli.commands.exchange_cmds",
    "photos": "lessonstudy.cli.commands.photo_cmds",
    "packet": "lessonstudy.cli.commands.packet_cmd",
    "restore": "lessonstudy.cli.commands.restore_cmd",
    "serve": "lessonstudy.cli.commands.serve_cmd",
    "about": "lessonstudy.cli.commands.about_cmd",
    "search": "lessonstudy.cli.commands.search_cmd",
    "print-language": "lessonstudy.cli.commands.language_cmd",
}
"""Which module registers each command word, so one command builds only its own parser.

Registering all fourteen modules (imports plus argparse's texts) was about a third of
``lessonstudy list``; a test checks this table against what the modules register.
"""
