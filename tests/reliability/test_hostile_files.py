"""Every hostile file is one clear line, changes nothing, writes nowhere else, and is quick.

The files come from :mod:`tests.reliability.hostile` (at least 120, across bundles,
lesson JSON, rosters, photos and filled forms). Each runs through the real
command line against a fresh copy of the demo library. A refusal must be
exactly one stderr line with exit code 1 and leave every table as it was; a
file that is fine must be imported (exit 0). Nothing may appear outside the
library folder; no case may take more than 30 s. The figures (tried, refused
cleanly, accepted, crashes, hangs, partial changes) are printed at the end.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from lessonstudy.cli.main import main
from lessonstudy.exchange.bundle import export_bundle
from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library
from tests.forms_support import print_one
from tests.photo_files import copy_photos
from tests.reliability.hostile import Case, make_cases

SLOW_SECONDS = 30
MAX_RSS_MB = 2048


def table_hashes(db: Path) -> dict[str, str]:
    """Each table's content hashed, so a change is reported by table.

    SQLite renders every value (``quote()``, in C) and the rows are sorted, so the
    digest does not depend on the order rows are read in; this is several times
    quicker than ``repr`` of every row in Python, which mattered at 140 cases.
    """
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        hashes = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            row = " || ',' || ".join(f'quote("{c}")' for c in columns)
            rows = sorted(r[0] for r in conn.execute(f'SELECT {row} FROM "{name}"'))
            hashes[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return hashes
    finally:
        conn.close()


def _files(root: Path, skip: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if skip not in p.parents}


@pytest.fixture(scope="module")
def inputs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    library = Library.open(resolve_location(demo_template))
    folder = tmp_path_factory.mktemp("hostile-inputs")
    try:
        bundle = export_bundle(library, "1", folder / "good.lsb").path
        form = print_one(library, folder / "blank.pdf", fillable=True)
    finally:
        library.close()
    return make_cases(bundle, form)


_CLEAN: dict[Path, tuple[Path, dict[str, str]]] = {}


def _clean_copy(template: Path, spare: Path) -> tuple[Path, dict[str, str]]:
    """One self-contained copy of the template's database (backup API) and its table hashes.

    Every case starts from a byte copy of it, and a refused case must leave exactly
    these hashes, so both are made once per template rather than once per case.
    """
    if template not in _CLEAN:
        spare.mkdir(parents=True, exist_ok=True)
        clean = spare / "library.db"
        src, dst = sqlite3.connect(template / "library.db"), sqlite3.connect(clean)
        src.backup(dst)
        dst.close()
        src.close()
        _CLEAN[template] = (clean, table_hashes(clean))
    return _CLEAN[template]


def _fresh_library(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    clean, _hashes = _clean_copy(template, folder.parent.parent / "clean-template")
    shutil.copyfile(clean, folder / "library.db")
    copy_photos(template, folder)
    return folder


def run_case(case: Case, template: Path, root: Path,
             capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """("refused"|"accepted"|"crash"|"hang"|"partial"|"two lines"|"leak"|"wrong", detail)."""
    library = _fresh_library(template, root / "library")
    incoming = root / "in"
    incoming.mkdir()
    path = incoming / case.file
    case.write(path)
    before_tables = _CLEAN[template][1]  # the fresh copy is byte for byte the clean one
    before_files = _files(root, library)
    outside_before = set(root.parent.iterdir())
    argv = {"import": ["import", str(path)],
            "roster": ["roster", "import", "2", str(path)],
            "photos": ["photos", "add", "2", str(path), "--workers", "1"]}[case.command]
    capsys.readouterr()
    started = time.monotonic()
    code = main(["--data-dir", str(library), *argv])
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    if set(root.parent.iterdir()) != outside_before or _files(root, library) != before_files:
        return "leak", "a file appeared outside the library folder"
    if took > SLOW_SECONDS:
        return "hang", f"{took:.0f} s"
    if code == 2:
        return "crash", err[-300:]
    if code == 0:
        return ("accepted", out.strip()[:120]) if case.accepted else (
            "wrong", f"accepted, but should be refused: {out.strip()[:200]}")
    lines = err.strip().splitlines()
    if len(lines) != 1:
        return "two lines", err[:400]
    changed = [name for name, digest in table_hashes(library / "library.db").items()
               if before_tables.get(name) != digest]
    if changed:
        return "partial", f"refused but changed {', '.join(changed)}"
    if case.accepted:
        return "wrong", f"refused, but is fine: {lines[0][:200]}"
    return "refused", lines[0][:200]


SAMPLE_EVERY = 4
"""CI runs every fourth case quickly; the heavy run covers the rest."""


def _run_all(cases: list[Case], template: Path, tmp_path: Path,
             capsys: pytest.CaptureFixture[str], label: str) -> None:
    figures: Counter[str] = Counter()
    failures = []
    for number, case in enumerate(cases):
        started = time.monotonic()
        outcome, detail = run_case(case, template, tmp_path / f"case-{number:03d}", capsys)
        if os.environ.get("HOSTILE_TIMES"):
            with capsys.disabled():
                print(f"{time.monotonic() - started:6.2f} {case.name}")
        figures[outcome] += 1
        if outcome not in ("refused", "accepted"):
            failures.append(f"{case.name}: {outcome}: {detail}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with capsys.disabled():
        print(f"\nhostile files ({label}): tried {len(cases)}, refused cleanly "
              f"{figures['refused']}, accepted {figures['accepted']}, crashes {figures['crash']}, "
              f"hangs {figures['hang']}, partial changes {figures['partial']}, other "
              f"{sum(figures.values()) - figures['refused'] - figures['accepted']}; "
              f"peak memory {peak_mb:.0f} MB")
    assert not failures, "\n".join(failures)
    assert peak_mb < MAX_RSS_MB


def test_the_generator_covers_every_importer(inputs: list[Case]) -> None:
    assert len(inputs) >= 120
    kinds = Counter(case.name.split(":")[0] for case in inputs)
    assert set(kinds) == {"bundle", "json", "roster", "photo", "form"}, kinds
    assert min(kinds.values()) >= 12, kinds


def test_hostile_files_sample_is_one_clear_line_and_changes_nothing(
        inputs: list[Case], demo_template: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _run_all(inputs[::SAMPLE_EVERY], demo_template, tmp_path, capsys, "CI sample")


@pytest.mark.heavy
def test_every_other_hostile_file_is_one_clear_line_and_changes_nothing(
        inputs: list[Case], demo_template: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    rest = [case for number, case in enumerate(inputs) if number % SAMPLE_EVERY]
    _run_all(rest, demo_template, tmp_path, capsys, "the rest")
