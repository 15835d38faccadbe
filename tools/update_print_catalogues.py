"""Refresh the print and message catalogues (gettext): extract, merge, compile.

Run it after adding or changing ``_()``, ``N_()``, ``ngettext()`` or ``pgettext()`` texts
anywhere in ``lessonstudy/`` outside ``lessonstudy/ui/`` (the window uses Qt's ``.ts``)::

    .venv/bin/python tools/update_print_catalogues.py            # extract, merge, compile
    .venv/bin/python tools/update_print_catalogues.py --check    # report only (exit 1 if not done)
    .venv/bin/python tools/update_print_catalogues.py --drop-obsolete

It rewrites ``resources/translations/print/<lang>.po`` for zh_HK, zh_CN and ja (the tables a
teacher corrects in any text editor or Poedit) and compiles each into ``<lang>.mo``, which is
committed so an install needs no build step. New texts arrive empty (no fuzzy guessing: a
wrong guess would print silently); texts no longer in the sources are kept as obsolete
(``#~``) so a reworded text can reuse its translation, until ``--drop-obsolete``. The
catalogue test (tests/test_print_catalogues.py) fails while anything is empty, fuzzy or
obsolete.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = ROOT / "lessonstudy"
CATALOGUE_DIR = ROOT / "resources" / "translations" / "print"
LOCALES = ("zh_HK", "zh_CN", "ja")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
PROJECT = "Lesson Study"


def source_files() -> list[Path]:
    """Every Python file that may print or raise: all of lessonstudy/ except the window."""
    return sorted(p for p in SOURCE_ROOT.rglob("*.py") if "ui" not in p.relative_to(
        SOURCE_ROOT).parts[:1])


def extract(files: list[Path] | None = None) -> Catalog:
    """A template catalogue of every marked text, with where it is used."""
    template = Catalog(project=PROJECT, fuzzy=False)
    for path in files or source_files():
        for line, text, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True,
        ):
            where = (path.relative_to(ROOT).as_posix(), line)
            template.add(text, locations=[where], auto_comments=comments, context=context)
    return template


def po_path(locale: str) -> Path:
    return CATALOGUE_DIR / f"{locale}.po"


def mo_path(locale: str) -> Path:
    return CATALOGUE_DIR / f"{locale}.mo"


def read_catalogue(locale: str) -> Catalog:
    path = po_path(locale)
    if not path.exists():
        return Catalog(locale=locale, project=PROJECT, fuzzy=False)
    with path.open("rb") as stream:
        return read_po(stream, locale=locale)


def merged(template: Catalog, locale: str, drop_obsolete: bool) -> Catalog:
    catalogue = read_catalogue(locale)
    catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
    if drop_obsolete:
        catalogue.obsolete.clear()
    catalogue.fuzzy = False
    return catalogue


def write_catalogue(catalogue: Catalog, locale: str) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=100, sort_output=False, omit_header=False,
             include_previous=False)
    po_path(locale).write_bytes(_without_dates(buffer.getvalue()))
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    mo_path(locale).write_bytes(buffer.getvalue())


def _without_dates(text: bytes) -> bytes:
    """Drop the creation/revision dates Babel stamps, so reruns change nothing."""
    lines = [line for line in text.split(b"\n")
             if not line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))]
    return b"\n".join(lines)


def _missing(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return not all(s and s.strip() for s in strings)


def problems(template: Catalog, locale: str) -> Iterator[str]:
    """What keeps one catalogue from being complete and current."""
    catalogue = read_catalogue(locale)
    for message in template:
        if not message.id:
            continue
        found = catalogue.get(message.id, context=message.context)
        if found is None:
            yield f"{locale}: missing from the .po: {_show(message)}"
        elif found.fuzzy:
            yield f"{locale}: fuzzy (check and remove the flag): {_show(message)}"
        elif _missing(found):
            yield f"{locale}: not translated yet: {_show(message)}"
    for message in catalogue.obsolete.values():
        yield f"{locale}: obsolete (run with --drop-obsolete): {_show(message)}"


def _show(message: Message) -> str:
    text = message.id[0] if isinstance(message.id, tuple | list) else message.id
    where = ", ".join(f"{f}:{n}" for f, n in message.locations[:2])
    return f"{text!r}" + (f" ({where})" if where else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; change nothing")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="forget translations of texts no longer in the sources")
    args = parser.parse_args(argv)
    template = extract()
    if args.check:
        found = [p for locale in LOCALES for p in problems(template, locale)]
        print("\n".join(found) or "The print catalogues are up to date.")
        return 1 if found else 0
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    for locale in LOCALES:
        catalogue = merged(template, locale, args.drop_obsolete)
        write_catalogue(catalogue, locale)
        todo = sum(1 for m in catalogue if m.id and _missing(m))
        print(f"{locale}: {len(template)} texts, {todo} to translate, "
              f"{len(catalogue.obsolete)} obsolete; wrote {po_path(locale).name} and "
              f"{mo_path(locale).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
