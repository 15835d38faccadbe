"""``lessonstudy forms`` and ``lessonstudy import FORM.pdf``, as users run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.forms_support import fill_form, names_ending, print_one
from tests.printing.pdfcheck import pdf_text


@pytest.fixture
def demo_dir(demo_library: Library, data_dir: Path) -> Path:
    """The library folder of a private copy of the demo (quicker than running ``demo``)."""
    return data_dir


def test_forms_prints_one_pdf_per_group(demo_dir: Path, tmp_path: Path) -> None:
    data_dir = demo_dir
    out = tmp_path / "forms"
    result = run_cli(
        "--data-dir",
        data_dir,
        "forms",
        "Discovering Pythagoras' theorem 發現畢氏定理",
        "--out",
        out,
        "--paper",
        "letter",
    )
    assert result.code == 0, result.err
    assert "Printed 3 observation forms, 18 pages" in result.out
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == ["01-Group-A.pdf", "02-Group-B.pdf", "03-Group-C.pdf"]
    assert "Focus: Teaching strategies and student participation" in pdf_text(files[1])


def test_forms_of_an_unknown_teaching_fails_with_one_line(demo_dir: Path, tmp_path: Path) -> None:
    data_dir = demo_dir
    result = run_cli("--data-dir", data_dir, "forms", "99", "--out", tmp_path / "forms")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert result.err.startswith("lessonstudy: error: No teaching with id or lesson title '99'")
    assert not (tmp_path / "forms").exists()


def test_a_filled_form_imports_once_and_a_printed_one_is_refused(
    demo_library: Library, demo_dir: Path, tmp_path: Path
) -> None:
    blank = print_one(demo_library, tmp_path / "blank.pdf", group=1, observer=1, fillable=True)
    filled = fill_form(
        blank,
        tmp_path / "filled.pdf",
        {
            names_ending(blank, ".participation")[1]: "4 of 6 answers came from boys in front 前排",
            names_ending(blank, "keyidea1")[0]: "Pair work got every student talking",
        },
    )
    first = run_cli("--data-dir", demo_dir, "import", filled)
    assert first.code == 0, first.err
    assert "Group B" in first.out and "1 new note," in first.out and "1 key idea." in first.out
    again = run_cli("--data-dir", demo_dir, "import", filled)
    assert again.code == 0 and "0 new notes, 1 already imported" in again.out
    refused = run_cli("--data-dir", demo_dir, "import", print_one(demo_library, tmp_path / "p.pdf"))
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "has no form fields" in refused.err


def test_an_out_name_ending_in_pdf_prints_one_combined_file(demo_dir: Path,
                                                           tmp_path: Path) -> None:
    """``--out forms.pdf`` once made a folder called forms.pdf; it now writes that one PDF."""
    out = tmp_path / "forms.pdf"
    result = run_cli("--data-dir", demo_dir, "forms", "2", "--out", out)
    assert result.code == 0, result.err
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert "Focus: Teaching strategies and student participation" in pdf_text(out)
