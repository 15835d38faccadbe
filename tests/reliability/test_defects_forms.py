"""Filled forms: invisible characters refused, pypdf's repair notes kept off stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.services.form_import import import_filled_form
from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli_process
from tests.forms_support import field_values, fill_form, print_one, stored_counts


def _form_with(demo_library: Library, tmp_path: Path, text: str) -> Path:
    blank = print_one(demo_library, tmp_path / "blank.pdf", fillable=True)
    cell = next(name for name in field_values(blank) if name.endswith(".wonder"))
    return fill_form(blank, tmp_path / "filled.pdf", {cell: text})


@pytest.mark.parametrize("text", ["pupils\x00 measured", "look \x1b[2J here"])
def test_nul_and_escape_codes_in_filled_forms_are_refused(
        demo_library: Library, tmp_path: Path, text: str) -> None:
    """They were stored on SQLite and raised a traceback on PostgreSQL."""
    filled = _form_with(demo_library, tmp_path, text)
    before = stored_counts(demo_library)
    with pytest.raises(ImportRejectedError) as caught:
        import_filled_form(demo_library, filled)
    assert "control character" in caught.value.problems[0]
    assert stored_counts(demo_library) == before


def test_pypdf_warnings_do_not_add_a_second_stderr_line(demo_library: Library,
                                                        tmp_path: Path) -> None:
    """A form with a wrong cross-reference offset made pypdf log 'incorrect startxref'."""
    filled = _form_with(demo_library, tmp_path, "Pupils measured the squares.")
    data = filled.read_bytes()
    at = data.rindex(b"startxref")
    broken = data[:at] + b"startxref\n12\n%%EOF\n"
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(broken)
    demo_library.close()
    assert demo_library.location.db_path is not None
    result = run_cli_process("--data-dir", demo_library.location.db_path.parent, "import", damaged)
    assert result.code == 0, result.err
    assert result.err == ""  # pypdf's notes went to stderr through logging's last resort
