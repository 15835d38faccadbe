"""Refresh the interface translations (zh_HK, zh_CN, ja): extract, merge, compile.

Run it after changing user-visible strings in ``lessonstudy/ui/``::

    .venv/bin/python tools/update_translations.py

It rewrites ``resources/translations/lessonstudy_<language>.ts`` for every language in
:data:`LANGUAGES` (the reviewable tables a teacher corrects, by hand or in Qt Linguist) and
compiles each into ``lessonstudy_<language>.qm`` with ``lrelease``. The ``.qm`` is a build
product, but it is committed on purpose: school laptops then need no Qt build tools and no
build step, and the PyInstaller spec ships it as it is.

Why not ``lupdate`` alone: its Python parser files every call to a module-level helper such as
``def tr(text): return QCoreApplication.translate("Photos", text)`` under an *empty* context,
files ``parent.tr("…")`` under a context named after the variable (``parent``), and cannot see
texts that reach ``translate`` through a variable (column headers, enum labels). At run time
those lookups use "Photos", the widget's class (PySide walks the MRO) and the real context, so
a ``.ts`` from ``lupdate`` would leave most of the interface in English. We therefore read the
sources with :mod:`ast`, resolve every call the way PySide does at run time, and write the
``.ts`` ourselves; ``lupdate`` still runs, as a cross-check that we found every text it found.

Existing translations (and translator comments) are kept; new texts arrive marked
``unfinished``, prefilled with the translation of the same English text elsewhere when there
is one; texts no longer in the sources are kept as ``vanished`` (``lrelease`` skips them) so a
reworded string can reuse its old translation. ``--check`` changes nothing and exits 1 when the
``.ts`` is out of date or unfinished.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

if __package__:  # imported, e.g. by the tests (pytest puts the project root on sys.path)
    from tools.translation_sources import ROOT, Extraction, Key, Message, extract, source_files
else:  # run as ``python tools/update_translations.py``: this folder is on sys.path
    from translation_sources import ROOT, Extraction, Key, Message, extract, source_files

TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGE = "zh_HK"
#: Every interface translation; new ones are added here (and to ui/language.py).
LANGUAGES = ("zh_HK", "zh_CN", "ja")


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"lessonstudy_{language}.ts"


TS_PATH = ts_path(LANGUAGE)
QM_PATH = TS_PATH.with_suffix(".qm")
ENGLISH_TS = TRANSLATIONS_DIR / "lessonstudy_en.ts"
ENGLISH_QM = ENGLISH_TS.with_suffix(".qm")


# -- the .ts file ------------------------------------------------------------------------------


@dataclass
class Translation:
    """What the .ts holds for one message: the text(s), the state, a translator's note."""

    forms: list[str]
    kind: str = ""  # "", "unfinished", "vanished" or "obsolete"
    note: str = ""

    @property
    def finished(self) -> bool:
        return self.kind == "" and any(form.strip() for form in self.forms)


def read_ts(path: Path = TS_PATH) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    table: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if (
                translation is not None and message.get("numerus") == "yes") else [
                (translation.text or "") if translation is not None else ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            table[key] = Translation(
                forms,
                translation.get("type", "") if translation is not None else "unfinished",
                message.findtext("translatorcomment") or "",
            )
    return table


def merge(extraction: Extraction, old: dict[Key, Translation]) -> dict[Key, Translation]:
    """Translations for the current messages: kept, suggested from elsewhere, or empty."""
    by_source = {(k[1], k[2]): t for k, t in old.items() if t.finished}
    merged: dict[Key, Translation] = {}
    for key, message in extraction.messages.items():
        previous = old.get(key)
        if previous is not None and previous.kind in ("vanished", "obsolete"):
            previous = Translation(previous.forms, "unfinished", previous.note)
        if previous is None:
            suggestion = by_source.get((message.source, message.comment))
            previous = Translation(list(suggestion.forms) if suggestion else [""], "unfinished")
        merged[key] = previous
    for key, translation in old.items():
        if key not in merged and any(form.strip() for form in translation.forms):
            merged[key] = Translation(translation.forms, "vanished", translation.note)
    return merged


def render_ts(extraction: Extraction, table: dict[Key, Translation],
              language: str = LANGUAGE) -> str:
    root = ET.Element("TS", version="2.1", language=language)
    for context in sorted({key[0] for key in table}):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for key in sorted((k for k in table if k[0] == context), key=_order(extraction)):
            _message(element, extraction.messages.get(key), key, table[key])
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def _order(extraction: Extraction) -> Callable[[Key], tuple[int, str, int, str]]:
    def key(k: Key) -> tuple[int, str, int, str]:
        message = extraction.messages.get(k)
        if message is None:
            return (1, "", 0, k[1])
        file, line = message.locations[0]
        return (0, file, line, k[1])

    return key


def _message(parent: ET.Element, message: Message | None, key: Key, tr: Translation) -> None:
    element = ET.SubElement(parent, "message")
    numerus = message.numerus if message else len(tr.forms) > 1 or "%n" in key[1]
    if numerus:
        element.set("numerus", "yes")
    for file, line in message.locations if message else []:
        ET.SubElement(element, "location", filename=_relative(file), line=str(line))
    ET.SubElement(element, "source").text = key[1]
    if key[2]:
        ET.SubElement(element, "comment").text = key[2]
    if tr.note:
        ET.SubElement(element, "translatorcomment").text = tr.note
    translation = ET.SubElement(element, "translation")
    if tr.kind:
        translation.set("type", tr.kind)
    if numerus:
        for form in tr.forms[:1] or [""]:  # Chinese and Japanese have a single plural form
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = tr.forms[0] if tr.forms else ""


def _relative(file: str) -> str:
    return Path("..", "..", file).as_posix()


# -- Qt's tools ----------------------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """``lupdate``/``lrelease`` as shipped inside the PySide6 wheel (no Qt install needed)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("PySide6 is not installed in this Python; use the project's .venv")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} not found next to PySide6 in {folder}")


def lupdate_sources(files: list[Path]) -> set[str]:
    """The texts ``lupdate`` itself finds (whatever context it files them under)."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "lupdate.ts"
        subprocess.run([str(qt_tool("lupdate")), "-silent", *map(str, files), "-ts", str(ts)],
                       check=True)
        return {source for _context, source, _comment in read_ts(ts)}


def lrelease(ts: Path = TS_PATH, qm: Path = QM_PATH) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)


# -- the command ----------------------------------------------------------------------------------


def current_problems(extraction: Extraction, table: dict[Key, Translation]) -> Iterator[str]:
    for key in extraction.messages:
        if key not in table:
            yield f"missing from the .ts: [{key[0]}] {key[1]!r}"
        elif not table[key].finished:
            yield f"not translated yet: [{key[0]}] {key[1]!r}"


def english_plurals(extraction: Extraction) -> str:
    """An English catalogue holding only the plural texts: "%n lesson(s)" → 1 lesson, 2 lessons.

    Every plural source is written "thing(s)", so the singular drops "(s)" and the plural
    keeps the "s"; the English interface loads only this small catalogue.
    """
    root = ET.Element("TS", version="2.1", language="en")
    by_context: dict[str, ET.Element] = {}
    for message in sorted(extraction.messages.values(), key=lambda m: (m.context, m.source)):
        if not message.numerus:
            continue
        context = by_context.get(message.context)
        if context is None:
            context = by_context[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        entry = ET.SubElement(context, "message", numerus="yes")
        ET.SubElement(entry, "source").text = message.source
        if message.comment:
            ET.SubElement(entry, "comment").text = message.comment
        forms = ET.SubElement(entry, "translation")
        for ending in ("", "s"):
            ET.SubElement(forms, "numerusform").text = message.source.replace("(s)", ending)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        root, encoding="unicode") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; change nothing")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="forget translations of texts no longer in the sources")
    args = parser.parse_args(argv)
    files = source_files()
    extraction = extract(files)
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    missed = lupdate_sources(files) - {key[1] for key in extraction.messages}
    for source in sorted(missed):
        print(f"warning: lupdate found {source!r} but the extraction did not", file=sys.stderr)
    if args.check:
        problems = [f"{language}: {problem}" for language in LANGUAGES
                    for problem in current_problems(extraction, read_ts(ts_path(language)))]
        print("\n".join(problems) or "The translations are up to date.")
        return 1 if problems else 0
    for language in LANGUAGES:
        path = ts_path(language)
        table = merge(extraction, read_ts(path))
        if args.drop_vanished:
            table = {k: t for k, t in table.items() if t.kind != "vanished"}
        path.write_text(render_ts(extraction, table, language), encoding="utf-8")
        lrelease(path, path.with_suffix(".qm"))
        todo = sum(1 for key in extraction.messages if not table[key].finished)
        print(f"{language}: {len(extraction.messages)} texts, {todo} to translate; wrote "
              f"{path.name} and {path.with_suffix('.qm').name}")
    ENGLISH_TS.write_text(english_plurals(extraction), encoding="utf-8")
    lrelease(ENGLISH_TS, ENGLISH_QM)
    return 0


if __name__ == "__main__":
    sys.exit(main())
