"""kill -9 during every write command: the library stays whole, and each change is all or nothing.

Each trial copies a library, starts the command in its own process (forked from
a server that has already imported the command line, so the random moment falls
in the command's work rather than in Python's imports: tests/reliability/cli_process.py),
kills it with SIGKILL after a random moment within the command's usual run time, and
then checks the file: SQLite's integrity and foreign-key checks pass, and every
table is either exactly as before or exactly as after a complete run (``photos
add`` stores one photo per transaction, so there each photo is whole instead).
CI runs a sample of three commands; the heavy run the other six; ``LS_KILL_TRIALS=100``
runs about a hundred trials over all nine (several minutes: not part of the suite's budget).
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from lessonstudy.exchange.bundle import export_bundle
from lessonstudy.paths import resolve_location
from lessonstudy.storage.library import Library
from tests.forms_support import field_values, fill_form, print_one
from tests.photo_files import copy_photos
from tests.photo_support import phone_photo
from tests.reliability.cli_process import cli_process
from tests.reliability.test_hostile_files import table_hashes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


@dataclass(frozen=True)
class Write:
    """A write command and whether it starts from the demo or from an empty library."""

    name: str
    args: Callable[[Path], list[str]]
    demo: bool = True
    per_item: bool = False  # several transactions (photos add): check each item is whole


@pytest.fixture(scope="module")
def files(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kill-inputs")
    library = Library.open(resolve_location(demo_template))
    try:
        bundle = export_bundle(library, "1", folder / "demo.lsb").path
        blank = print_one(library, folder / "blank.pdf", fillable=True)
    finally:
        library.close()
    cells = [n for n in field_values(blank) if n.endswith((".wonder", ".notice"))][:6]
    form = fill_form(blank, folder / "filled.pdf", {c: f"Note {i}" for i, c in enumerate(cells)})
    lesson = folder / "lesson"
    lesson.mkdir()
    for item in EXAMPLE_DIR.iterdir():
        (lesson / item.name).write_bytes(item.read_bytes())
    roster = folder / "roster.csv"
    roster.write_text("name,school\n" + "".join(f"Visitor {i},School {i % 40}\n"
                                                for i in range(800)), encoding="utf-8")
    photos = folder / "photos"
    photos.mkdir()
    for i in range(6):
        phone_photo(photos, f"IMG_{i}.jpg", size=(1600, 1200), shade=i)
    return {"bundle": bundle, "form": form, "json": lesson / "lesson.json", "roster": roster,
            "photos": photos}


def writes(files: dict[str, Path]) -> list[Write]:
    return [
        Write("demo", lambda _d: ["demo"], demo=False),
        Write("import bundle", lambda _d: ["import", str(files["bundle"])], demo=False),
        Write("import lesson json", lambda _d: ["import", str(files["json"])], demo=False),
        Write("import filled form", lambda _d: ["import", str(files["form"])]),
        Write("roster import", lambda _d: ["roster", "import", "2", str(files["roster"])]),
        Write("assign", lambda _d: ["assign", "2", "--groups", "5", "--seed", "7"]),
        Write("photos add", lambda _d: ["photos", "add", "2", "--workers", "2",
                                        *map(str, sorted(files["photos"].iterdir()))],
              per_item=True),
        Write("print-language", lambda _d: ["print-language", "zh-HK"]),
        Write("backup", lambda _d: ["backup"]),
    ]


def _library(template: Path, folder: Path, demo: bool) -> Path:
    folder.mkdir(parents=True)
    if demo:
        src, dst = sqlite3.connect(template / "library.db"), sqlite3.connect(folder / "library.db")
        src.backup(dst)
        dst.close()
        src.close()
        copy_photos(template, folder)
    else:
        Library.open(resolve_location(folder)).close()
    return folder


def _command(folder: Path, args: list[str]) -> list[str]:
    """The arguments after ``lessonstudy`` (run in a process of its own, see cli_process)."""
    return ["--data-dir", str(folder), *args]


def _counts(db: Path) -> dict[str, int]:
    """Rows per table: a complete run's new rows have their own ids and times, not its counts."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in names}
    finally:
        conn.close()


def _complete(write: Write, template: Path, folder: Path) -> tuple[dict[str, int], float]:
    library = _library(template, folder, write.demo)
    started = time.monotonic()
    proc = cli_process(_command(library, write.args(library)))
    proc.start()
    proc.join(timeout=120)
    if proc.exitcode is None:
        proc.kill()
        proc.join()
    assert proc.exitcode == 0, f"{write.name} failed on its own (exit {proc.exitcode})"
    return _counts(library / "library.db"), time.monotonic() - started


def _whole(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        problems = [str(r) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"broken link {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        conn.close()


def _trial(write: Write, template: Path, folder: Path, after: dict[str, int], run_time: float,
           rng: random.Random, seen: Counter[str]) -> str:
    """"" when the library is whole and all-or-nothing, else what is wrong.

    ``seen`` counts what the kill left: nothing stored (killed before or during the
    transaction), the whole change, or (``photos add``, one transaction per photo) some
    photos, each whole.
    """
    library = _library(template, folder, write.demo)
    before = table_hashes(library / "library.db")
    proc = cli_process(_command(library, write.args(library)))
    proc.start()
    time.sleep(rng.uniform(0.2, max(0.3, run_time)))
    proc.kill()  # SIGKILL
    proc.join()
    problems = _whole(library / "library.db")
    if problems:
        return "; ".join(problems[:3])
    now = table_hashes(library / "library.db")
    counts = _counts(library / "library.db")
    seen["nothing" if now == before else "whole" if counts == after else "per item"] += 1
    if write.per_item:
        return "" if now.keys() == before.keys() else "tables appeared or vanished"
    if now != before and counts != after:  # neither untouched nor a whole run
        changed = [t for t in counts if counts[t] != after.get(t)]
        return f"half a change in {', '.join(changed)}"
    return ""


def _run_trials(chosen: list[Write], template: Path, tmp_path: Path, rounds: int) -> None:
    rng = random.Random(20)
    failures = []
    tried = 0
    seen: Counter[str] = Counter()
    for write in chosen:
        after, run_time = _complete(write, template, tmp_path / f"{write.name}-complete")
        for number in range(rounds):
            tried += 1
            why = _trial(write, template, tmp_path / f"{write.name}-{number}", after, run_time,
                         rng, seen)
            if why:
                failures.append(f"{write.name} #{number}: {why}")
    print(f"\nkill -9 trials: {tried} (nothing stored {seen['nothing']}, the whole change "
          f"stored {seen['whole']}, some photos stored whole {seen['per item']}), "
          f"damaged or half-changed libraries {len(failures)}")
    assert not failures, "\n".join(failures)


SAMPLE = ("import bundle", "roster import", "assign")


def test_kill_during_write_commands_sample(files: dict[str, Path], demo_template: Path,
                                           tmp_path: Path) -> None:
    chosen = [w for w in writes(files) if w.name in SAMPLE]
    _run_trials(chosen, demo_template, tmp_path, rounds=1)


@pytest.mark.heavy
def test_kill_during_every_write_command(files: dict[str, Path], demo_template: Path,
                                         tmp_path: Path) -> None:
    """Each write command the sample leaves out, once; ``LS_KILL_TRIALS=100``: all, 100 in all."""
    total = int(os.environ.get("LS_KILL_TRIALS", "0"))
    chosen = [w for w in writes(files) if total or w.name not in SAMPLE]
    _run_trials(chosen, demo_template, tmp_path, rounds=max(1, total // len(chosen)))
