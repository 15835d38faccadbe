"""``lessonstudy report``: a PDF on success, one line on failure."""

from __future__ import annotations

from pathlib import Path

from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli as _run
from tests.printing.pdfcheck import page_count, pdf_text


def test_report_writes_the_pdf(demo_library: Library, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "會議 report.pdf"
    done = _run("--data-dir", str(data_dir), "report", "2", "--out", str(out))
    assert done.code == 0, done.err
    pages = page_count(out)
    assert done.out.strip().startswith(f"Wrote {out} ({pages} pages, ")
    assert done.err == ""
    assert "Post-lesson conference report" in pdf_text(out)


def test_report_by_lesson_title_picks_the_research_lesson(demo_library: Library, data_dir: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    title = "Discovering Pythagoras' theorem 發現畢氏定理"
    done = _run("--data-dir", str(data_dir), "report", title,
                "--out", str(out))
    assert done.code == 0, done.err
    assert "Hall B (open class)" in pdf_text(out)


def test_unknown_teaching_exits_1_with_one_line(demo_library: Library, data_dir: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    done = _run("--data-dir", str(data_dir), "report", "42", "--out", str(out))
    assert done.code == 1
    assert done.out == ""
    assert done.err.splitlines() == [
        "lessonstudy: error: No teaching with id or lesson title '42'. "
        "Run 'lessonstudy list' to see them."]
    assert not out.exists()


def test_missing_output_folder_exits_1(demo_library: Library, data_dir: Path,
                                       tmp_path: Path) -> None:
    done = _run("--data-dir", str(data_dir), "report", "2", "--out",
                str(tmp_path / "nowhere" / "r.pdf"))
    assert done.code == 1
    assert len(done.err.splitlines()) == 1 and "does not exist" in done.err
