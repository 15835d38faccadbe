"""``lessonstudy notes`` and ``lessonstudy keyideas``, run by the command's ``main``.

The export is read back with the csv module and openpyxl and compared with the
database, including a note written to look like a spreadsheet formula.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from lessonstudy.services.evidence_notes import read_evidence_notes
from lessonstudy.services.key_ideas import teaching_key_ideas
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObservationNote
from tests.cli.clirun import run_cli

RESEARCH = 2
HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3 pupils", "@SUM(A1)",
           "\tindented", "\rreturn"]


def _add_hostile_notes(library: Library) -> None:
    with library.unit_of_work() as session:
        session.add_all(ObservationNote(teaching_id=RESEARCH, text=text, elapsed_seconds=60 + i)
                        for i, text in enumerate(HOSTILE))


def _expected(library: Library) -> list[tuple[str, ...]]:
    with library.reading() as session:
        notes = read_evidence_notes(session, [RESEARCH])[RESEARCH]
    return [(str(n.id), n.text, n.group_name, n.observer, n.case_pupil, n.kind,
             "yes" if n.flagged else "", " ".join(map(str, n.feedback_ids))) for n in notes]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_notes_export_reads_back_like_the_database(
        demo_library: Library, data_dir: Path, tmp_path: Path, suffix: str) -> None:
    _add_hostile_notes(demo_library)
    expected = _expected(demo_library)
    out = tmp_path / f"課堂 notes{suffix}"
    done = run_cli("--data-dir", data_dir, "notes", str(RESEARCH), "--out", out)
    assert done.code == 0, done.err
    assert done.out.strip() == f"Wrote {len(expected)} notes to {out}."
    if suffix == ".csv":
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        with out.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
    else:
        book = openpyxl.load_workbook(out)
        sheet = book.active
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["N"].width == 70
        assert sheet["A1"].font.bold
        rows = [["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(values_only=True)]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Teaching", "Date", "Segment no.", "Segment"]
    assert len(body) == len(expected) == 9 + len(HOSTILE)
    col = {name: header.index(name) for name in header}
    texts = sorted(row[col["Text"]] for row in body)
    wanted = sorted(("'" + t if t[0] in "=+-@\t\r" else t) for _id, t, *_ in expected)
    if suffix == ".xlsx":  # XML keeps no carriage returns: line ends are newlines in a cell
        wanted = sorted(t.replace("\r", "\n") for t in wanted)
    assert texts == wanted
    for text in HOSTILE[:-1]:
        assert "'" + text in texts
    groups = sorted(row[col["Group"]] for row in body)
    assert groups == sorted(g for _i, _t, g, *_ in expected)
    assert all(row[col["Date"]] == "2026-11-03" for row in body)
    assert sum(1 for row in body if row[col["Flagged"]] == "yes") == sum(
        1 for e in expected if e[6] == "yes")


def test_notes_export_refuses_bad_targets_and_writes_nothing(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for target, message in ((tmp_path / "missing" / "n.csv", "does not exist"),
                            (blocker / "n.xlsx", "does not exist"),
                            (tmp_path / "n.txt", ".csv or .xlsx"),
                            (tmp_path, ".csv or .xlsx")):
        done = run_cli("--data-dir", data_dir, "notes", str(RESEARCH), "--out", target)
        assert done.code == 1 and message in done.err, done.err
        assert len(done.err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_notes_export_into_a_read_only_folder_is_one_line(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        done = run_cli("--data-dir", data_dir, "notes", str(RESEARCH), "--out",
                       locked / "n.csv")
        if done.code == 0:
            pytest.skip("root may write to read-only folders")
        assert done.code == 1 and "permission denied" in done.err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def _key_idea_rows(data_dir: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "library.db") as conn:
        return conn.execute("SELECT id, photo_id, group_id, position, text, row_version "
                            "FROM key_ideas ORDER BY id").fetchall()


def test_keyideas_types_a_groups_set_and_lists_typed_and_photo_ideas(
        demo_library: Library, data_dir: Path) -> None:
    done = run_cli("--data-dir", data_dir, "keyideas", str(RESEARCH), "--group", "group b",
                   "Pair work got everyone talking", "小組匯報要更短")
    assert done.code == 0, done.err
    assert done.out.strip() == "Stored 2 key ideas for Group B."
    again = run_cli("--data-dir", data_dir, "keyideas", str(RESEARCH), "--group", "Group B",
                    "Only one now")
    assert again.code == 0, again.err
    sets = teaching_key_ideas(demo_library, RESEARCH)
    typed = [s for s in sets if s.typed]
    assert [(s.group_name, s.ideas) for s in typed] == [("Group B", ("Only one now",))]
    listed = run_cli("--data-dir", data_dir, "keyideas", str(RESEARCH), "--list")
    assert listed.code == 0, listed.err
    assert "Group B (typed):\n  1. Only one now" in listed.out
    assert listed.out.count("(photo ") == 3


def test_keyideas_on_a_photo_replaces_that_photos_ideas(
        demo_library: Library, data_dir: Path) -> None:
    photo = next(s for s in teaching_key_ideas(demo_library, RESEARCH) if s.group_name ==
                 "Group A")
    done = run_cli("--data-dir", data_dir, "keyideas", str(RESEARCH), "--group", "Group A",
                   "--photo", str(photo.photo_id), "Objectives were clear", "Table too small")
    assert done.code == 0, done.err
    after = next(s for s in teaching_key_ideas(demo_library, RESEARCH)
                 if s.photo_id == photo.photo_id)
    assert after.ideas == ("Objectives were clear", "Table too small")


@pytest.mark.parametrize(("args", "message"), [
    (["--group", "Group Z", "x"], "No observer group 'Group Z'"),
    (["--group", "Group A", "1", "2", "3", "4", "5"], "at most 4 key ideas, not 5"),
    (["--group", "Group A", "--photo", "999", "x"], "No photo '999'"),
    (["--group", "Group A", "--photo", "iboard-2.png", "x"], "is not Group A's"),
    (["--group", "Group A"], "Give the key ideas"),
    (["x"], "--group"),
    (["--group", "Group A", "x" * 1001], "longer than 1000 characters"),
])
def test_keyideas_bad_input_is_one_line_and_changes_nothing(
        demo_library: Library, data_dir: Path, args: list[str], message: str) -> None:
    before = _key_idea_rows(data_dir)
    done = run_cli("--data-dir", data_dir, "keyideas", str(RESEARCH), *args)
    assert done.code == 1, (done.out, done.err)
    assert message in done.err and len(done.err.strip().splitlines()) == 1
    assert _key_idea_rows(data_dir) == before


def test_bilingual_xlsx_export_names_its_sheet_without_a_slash(
        demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    """The bilingual sheet title "筆記 / Notes" once crashed openpyxl (no '/' in sheet names)."""
    out = tmp_path / "notes.xlsx"
    done = run_cli("--data-dir", data_dir, "notes", str(RESEARCH), "--out", out,
                   "--lang", "bilingual")
    assert done.code == 0, done.err
    title = openpyxl.load_workbook(out).active.title
    assert "/" not in title and "Notes" in title and len(title) <= 31
