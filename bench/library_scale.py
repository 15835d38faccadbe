"""A school's ten years: import, backup and check on a 200-lesson library with its photos.

    .venv/bin/python bench/library_scale.py --folder /tmp/ls-200 [--lessons 200] [--photos 24]

Builds (once; kept in ``--folder`` for the next run) a library of ``--lessons`` lessons x 3
teachings x 30 observers x 200 notes x ``--photos`` iBoard photos per teaching, each photo a
distinct ~300 KB 2560 px JPEG (the issue's 4.5 GB library), then measures what a teacher waits
for, each as the command line runs it (start-up included), median of ``--rounds``:

- ``lessonstudy import lesson.json`` of the one-lesson example, under a new lesson id each
  time so that every import adds a lesson and keeps its before-import backup (goal <= 2 s),
- ``lessonstudy backup`` (goal <= 2 s),
- ``lessonstudy check --full``, which also reads and hashes every photo file, and
  ``lessonstudy check``, which hashes only files not found intact before or changed since
  (goal <= 10 s),

each with its baseline from the same run: the same command on the demo library; wall and
CPU seconds (the machine may be shared: the load average is printed), and with
``--compare TREE`` the import and the backup run by another copy of the source tree (e.g. a
``git archive`` of the commit before a change) for a before/after pair. Then the old
layout: a copy of the library is migrated down to the revision before the photo store (every
photo back into ``library.db`` as a BLOB), and the backup that every import and every day made
of that file, and its integrity check, are timed; the copy is migrated up again (timed), which
is what a school's first start of this version does. Sizes are printed before and after.

``--dedup`` (also on by default) imports the 200-teaching lesson JSON of issue #20 (one photo
named by 200 teachings) and reports time, peak memory and how much the library grew, against
the same file with one teaching.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from make_library import generate as generate_lessons  # noqa: E402
from packet_library import board_photo  # noqa: E402

from lessonstudy.paths import resolve_location  # noqa: E402
from lessonstudy.storage.library import Library  # noqa: E402
from lessonstudy.storage.models import Photo, PhotoData, Teaching  # noqa: E402
from lessonstudy.storage.photo_store import FileStore, digest  # noqa: E402

EXAMPLE = ROOT / "docs" / "lesson-example"


def build(folder: Path, lessons: int, photos: int) -> None:
    """The library, written fast: rows with Core inserts, photo files without fsync."""
    start = time.perf_counter()
    library = Library.open(resolve_location(folder))
    try:
        generate_lessons(library, lessons)
        store = library.photo_store
        assert isinstance(store, FileStore)
        full, thumb = board_photo(15)
        with library.reading() as session:
            teachings = list(session.scalars(select(Teaching.id).order_by(Teaching.id)))
        serial = 0
        for chunk in range(0, len(teachings), 30):
            photo_rows: list[dict[str, Any]] = []
            data_rows: list[dict[str, Any]] = []
            for teaching in teachings[chunk:chunk + 30]:
                for p in range(photos):
                    serial += 1
                    image = full + serial.to_bytes(8, "big")  # distinct bytes after the EOI
                    name = digest(image)
                    target = store.path(name)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(image)
                    photo_rows.append({"id": serial, "teaching_id": teaching,
                                       "caption": f"iBoard {p + 1}", "width": 2560,
                                       "height": 1920, "sha256": name,
                                       "original_name": f"IMG_{serial:05d}.jpg",
                                       "group_label": ""})
                    data_rows.append({"photo_id": serial, "image_sha256": name,
                                      "thumbnail": thumb})
            with library.unit_of_work() as session:
                session.execute(insert(Photo), photo_rows)
                session.execute(insert(PhotoData), data_rows)
    finally:
        library.close()
    print(f"built {lessons} lessons, {serial:,} photos in {time.perf_counter() - start:.0f} s")


def cli(folder: Path, *args: str, code: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one command, as the command line runs it."""
    seconds, _peak, cpu = run_cli(folder, *args, code=code)
    return seconds, cpu


def cli_with_peak(folder: Path, *args: str) -> tuple[float, int]:
    seconds, peak, _cpu = run_cli(folder, *args)
    return seconds, peak


def run_cli(folder: Path, *args: str, code: Path | None = None) -> tuple[float, int, float]:
    """Seconds, the command's own peak memory (bytes) and its CPU seconds.

    ``code``: run another copy of the source tree instead (``--compare``, e.g. a
    ``git archive`` of an older commit), for a before/after pair in one run.
    """
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once, not per run
    if code is not None:
        env["PYTHONPATH"] = str(code)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "lessonstudy", "--data-dir", str(folder),
                              *args], cwd=code or ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=env)
    assert child.stdout is not None
    output = child.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"lessonstudy {' '.join(args)} failed: {output}")
    return seconds, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime


def median(values: list[tuple[float, float]]) -> str:
    """Median wall and median CPU seconds, "1.23 s (cpu 0.45)"."""
    wall = statistics.median(v[0] for v in values)
    cpu = statistics.median(v[1] for v in values)
    return f"{wall:.2f} s (cpu {cpu:.2f})"


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def load() -> str:
    return "load average " + " ".join(f"{v:.1f}" for v in os.getloadavg())


_ROUND = iter(range(1, 10**6))


def new_lesson(scratch: Path) -> str:
    """The example lesson under a new id: every import adds a lesson (and keeps its backup).

    Importing the same file again changes nothing, and an import that changes nothing
    keeps no before-import backup: timing that would flatter the figure.
    """
    folder = scratch / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    for picture in EXAMPLE.glob("*.png"):
        shutil.copy(picture, folder / picture.name)
    doc = json.loads((EXAMPLE / "lesson.json").read_text(encoding="utf-8"))
    number = next(_ROUND)
    doc["id"] = f"{doc['id']}-bench-{os.getpid()}-{number}"
    path = folder / f"lesson-{number}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def timed_commands(big: Path, demo: Path, scratch: Path, rounds: int,
                   compare: Path | None, checks: bool = True) -> None:
    figures = (("import of a one-lesson JSON", lambda: ("import", new_lesson(scratch))),
               ("backup", lambda: ("backup",)),
               ("check --full (hash every photo)", lambda: ("check", "--full")),
               ("check (files unchanged since)", lambda: ("check",)))[:4 if checks else 2]
    codes: list[tuple[str, Path | None]] = [("", None)]
    if compare is not None:
        codes.append((" [--compare]", compare))
    for _tag, code in codes:  # write each tree's bytecode cache first, as an install does
        subprocess.run([sys.executable, "-m", "compileall", "-q", str((code or ROOT) /
                        "lessonstudy")], check=True, stdout=subprocess.DEVNULL)
    print(f"{'figure':44} {'200 lessons':>20} {'demo (baseline)':>20}   ({load()})")
    for number, (label, args) in enumerate(figures):
        for tag, code in codes[:2 if number < 2 else 1]:  # compare import and backup
            measured = [cli(big, *args(), code=code) for _ in range(rounds)]
            baseline = [cli(demo, *args(), code=code) for _ in range(rounds)]
            print(f"{label + tag:44} {median(measured):>20} {median(baseline):>20}", flush=True)
    print(f"({load()})")


def old_layout(big: Path, scratch: Path) -> None:
    """The same library as it was before the photo store, measured the old way."""
    from alembic import command
    from alembic.config import Config

    from lessonstudy.storage import backup, health, migrate
    from lessonstudy.storage.engine import make_engine
    from lessonstudy.storage.schema import KNOWN_REVISIONS

    old = scratch / "old-layout"
    shutil.rmtree(old, ignore_errors=True)
    old.mkdir(parents=True)
    src, dst = sqlite3.connect(big / "library.db"), sqlite3.connect(old / "library.db")
    src.backup(dst)
    src.close()
    dst.close()
    shutil.copytree(big / "photos", old / "photos", copy_function=os.link)  # immutable
    previous = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0005_photo_store") - 1]
    engine = make_engine(f"sqlite:///{old / 'library.db'}")
    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    start = time.perf_counter()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, previous)
        conn.commit()
    down = time.perf_counter() - start
    shutil.rmtree(old / "photos")  # the old layout has no photo files
    print(f"old layout: library.db {mb(size(old / 'library.db'))} "
          f"(migrated down in {down:.0f} s)")
    start = time.perf_counter()
    copy_path = backup.make_backup(old / "library.db", old / "backups", "bench")
    print(f"old layout: backup copy of library.db (every import and every day did this) "
          f"{time.perf_counter() - start:.1f} s")
    copy_path.unlink()
    start = time.perf_counter()
    health.full_check(engine)
    print(f"old layout: integrity and link check {time.perf_counter() - start:.1f} s")
    engine.dispose()
    start = time.perf_counter()
    Library.open(resolve_location(old)).close()  # 0005_photo_store: BLOBs out to files
    print(f"upgrade to the photo store (first start of this version): "
          f"{time.perf_counter() - start:.0f} s; library.db {mb(size(old / 'library.db'))}, "
          f"photos/ {mb(size(old / 'photos'))}")
    shutil.rmtree(old)


def dedup(scratch: Path) -> None:
    """Issue #20: one photo named by 200 teachings in one lesson JSON."""
    doc = json.loads((EXAMPLE / "lesson.json").read_text(encoding="utf-8"))
    print(f"{'lesson JSON':34} {'seconds':>8} {'peak RSS':>9} {'library grew':>13}")
    for teachings in (1, 200):
        many = copy.deepcopy(doc)
        first = many["teachings"][0]
        for number in range(1, teachings):
            teaching = copy.deepcopy(first)
            teaching["id"] = f"teaching-{number}"
            for kind in ("groups", "observers", "photos", "notes", "timings"):
                for item in teaching.get(kind, []):
                    if "id" in item:
                        item["id"] = f"{item['id']}-{number}"
            teaching.pop("conference", None)
            teaching.pop("classroom", None)
            for photo in teaching["photos"]:
                photo["group"] = f"{photo['group']}-{number}"
                photo["key_ideas"] = []
            teaching["notes"] = []
            teaching["observers"] = []
            many["teachings"].append(teaching)
        folder = scratch / f"json-{teachings}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for photo in EXAMPLE.glob("*.png"):
            shutil.copy(photo, folder / photo.name)
        (folder / "lesson.json").write_text(json.dumps(many), encoding="utf-8")
        library = scratch / f"library-{teachings}"
        shutil.rmtree(library, ignore_errors=True)
        Library.open(resolve_location(library)).close()
        before = size(library / "library.db") + size(library / "photos")
        seconds, peak = cli_with_peak(library, "import", str(folder / "lesson.json"))
        grew = size(library / "library.db") + size(library / "photos") - before
        files = len(list((library / "photos").rglob("*.jpg")))
        print(f"{teachings:>3} teaching(s) naming one photo   {seconds:>8.1f} {mb(peak):>9} "
              f"{mb(grew):>13}  ({files} photo file)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--lessons", type=int, default=200)
    parser.add_argument("--photos", type=int, default=24, help="per teaching")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-old", action="store_true", help="skip the old-layout figures")
    parser.add_argument("--skip-dedup", action="store_true")
    parser.add_argument("--skip-check", action="store_true", help="time import and backup only")
    parser.add_argument("--compare", type=Path, metavar="TREE",
                        help="also time the commands with this copy of the source tree")
    args = parser.parse_args(argv)
    big, scratch = args.folder / "library", args.folder / "scratch"
    if not (big / "library.db").exists():
        build(big, args.lessons, args.photos)
    demo = scratch / "demo"
    shutil.rmtree(demo, ignore_errors=True)
    cli(demo, "demo")
    print(f"library.db {mb(size(big / 'library.db'))}, photos/ {mb(size(big / 'photos'))} "
          f"({len(list((big / 'photos').rglob('*.jpg'))):,} files)")
    random.seed(15)
    timed_commands(big, demo, scratch, args.rounds, args.compare, not args.skip_check)
    for kept in (big / "backups").glob("library-*.db"):  # the bench's backups
        kept.unlink()
    if not args.skip_dedup:
        dedup(scratch)
    if not args.skip_old:
        old_layout(big, scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
