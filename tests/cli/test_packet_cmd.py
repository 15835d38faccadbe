"""``lessonstudy packet``: a PDF on success, one line on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.department_support import DENSITY, FLOATING, SOURCES, build_small_library
from tests.printing.pdfcheck import outline_entries, page_count


@pytest.fixture
def small_dir(library: Library, data_dir: Path) -> Path:
    build_small_library(library)
    return data_dir


def test_packet_for_one_team_and_term(small_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "科學 packet.pdf"
    done = run_cli("--data-dir", small_dir, "packet", "--team", "science", "--from",
                   "2026-01-01", "--to", "2026-06-30", "--title", "Science debriefs",
                   "--odd-pages", "--out", out)
    assert done.code == 0, done.err
    assert done.err == ""
    size = f"{out.stat().st_size / 1e6:.1f}"
    assert done.out.strip() == f"Wrote {out} (2 lessons, {page_count(out)} pages, {size} MB)."
    lessons = [e for e in outline_entries(out) if e.level == 0 and e.title in
               (FLOATING, SOURCES, DENSITY)]
    assert [e.title for e in lessons] == [FLOATING, DENSITY]
    assert all(e.page % 2 == 1 for e in lessons)


def test_bad_date_exits_1_with_one_line(small_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    done = run_cli("--data-dir", small_dir, "packet", "--to", "2026-02-30", "--out", out)
    assert done.code == 1
    assert done.out == ""
    assert done.err.splitlines() == [
        "lessonstudy: error: '2026-02-30' is not a valid end date (--to): use the form "
        "YYYY-MM-DD, e.g. 2026-11-03."]
    assert not out.exists()


def test_filter_matching_nothing_exits_1(small_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    done = run_cli("--data-dir", small_dir, "packet", "--team", "history", "--from",
                   "2026-05-01", "--out", out)
    assert done.code == 1
    assert done.err.splitlines() == [
        "lessonstudy: error: No debriefed lessons match team 'history', from 2026-05-01. "
        "Run 'lessonstudy list' to see lessons and their dates."]
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_missing_output_folder_exits_1(small_dir: Path, tmp_path: Path) -> None:
    done = run_cli("--data-dir", small_dir, "packet", "--out", tmp_path / "nowhere" / "p.pdf")
    assert done.code == 1
    assert len(done.err.splitlines()) == 1 and "does not exist" in done.err


def test_the_bilingual_line_counts_lessons_once_in_each_half(small_dir: Path,
                                                             tmp_path: Path) -> None:
    """It read "Wrote … (1 節課 / 1 lesson, …)" in the English half (audit D18)."""
    out = tmp_path / "one.pdf"
    done = run_cli("--data-dir", small_dir, "packet", "--team", "science", "--from",
                   "2026-01-01", "--to", "2026-06-30", "--lang", "bilingual", "--out", out)
    assert done.code == 0, done.err
    chinese, english = done.out.strip().split(" / Wrote ")
    assert chinese.startswith("已寫入") and "2 節課" in chinese and "lesson" not in chinese
    assert "(2 lessons, " in english and "節課" not in english
