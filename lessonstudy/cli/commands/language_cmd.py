"""``print-language [LANG | --interface]``: show or set the library's print language.

The team's choice travels with the library: every laptop (and the command line) then prints
plans, forms, group lists, reports and packets in it unless a print asks for another
(``--lang``). ``--interface`` forgets the choice, so prints follow the interface language.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _, language_name
from lessonstudy.i18n.marks import N_


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "print-language", help=N_("show or set the library's print language"),
        description=N_("Show or set the language the library prints in: en, zh-HK, zh-CN, ja "
                       "or bilingual. Without one, prints follow the interface language."))
    command.add_argument("language", nargs="?", metavar="LANG",
                         help=N_("one of en, zh-HK, zh-CN, ja, bilingual"))
    command.add_argument("--interface", action="store_true",
                         help=N_("forget the choice: print in the interface language"))
    command.set_defaults(handler=run_print_language)


def run_print_language(ctx: CommandContext) -> int:
    from lessonstudy.services.library_settings import set_print_language, stored_print_language

    library = ctx.library()
    if ctx.args.interface:
        set_print_language(library, None)
        ctx.say(_("The library prints in the interface language."))
        return 0
    if ctx.args.language:
        code = set_print_language(library, ctx.args.language)
        assert code is not None
        ctx.say(_("The library now prints in {language} ({code}).").format(
            language=language_name(code), code=code))
        return 0
    stored = stored_print_language(library)
    if stored is None:
        ctx.say(_("The library prints in the interface language."))
    else:
        ctx.say(_("The library prints in {language} ({code}).").format(
            language=language_name(stored), code=stored))
    return 0
