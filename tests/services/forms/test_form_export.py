"""Printing a teaching's forms to a folder: file names, per-observer forms, and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services.form_export import FormExportOptions, export_forms
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObserverGroup
from tests.forms_support import RESEARCH_TEACHING, print_forms
from tests.printing.pdfcheck import page_count, pdf_text


def test_per_observer_forms_are_named_after_group_and_observer(
    demo_library: Library, tmp_path: Path
) -> None:
    progress: list[tuple[int, int]] = []
    result = export_forms(
        demo_library,
        RESEARCH_TEACHING,
        tmp_path,
        FormExportOptions(per_observer=True, invariant=True),
        progress=lambda done, total: progress.append((done, total)),
    )
    names = [p.name for p in result.files]
    assert result.forms == len(names) == len(set(names)) == 24
    assert names[0] == "01-Group-A-01-Dr-Anna-Leung-梁安娜.pdf"
    assert names[-1].startswith("03-Group-C-08-")
    assert all(p.exists() and page_count(p) == 6 for p in result.files[:3])
    assert result.pages == 24 * 6
    assert progress[-1] == (24, 24)


def test_chinese_and_unsafe_group_names_make_safe_file_names(
    demo_library: Library, tmp_path: Path
) -> None:
    with demo_library.unit_of_work() as session:
        group = session.query(ObserverGroup).filter_by(name="Group B").one()
        group.name = "乙組 B/C: 策略?"
    result = print_forms(demo_library, tmp_path)
    assert result.files[1].name == "02-乙組-B-C-策略.pdf"
    assert "乙組 B/C: 策略?" in pdf_text(result.files[1])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (FormExportOptions(combined=True, fillable=True), "cannot be fillable"),
        (FormExportOptions(paper="a3"), "Unknown paper size 'a3'"),
    ],
)
def test_impossible_options_are_refused(
    demo_library: Library, tmp_path: Path, options: FormExportOptions, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        export_forms(demo_library, RESEARCH_TEACHING, tmp_path / "out", options)
    assert not (tmp_path / "out").exists()


def test_a_file_where_the_folder_should_be_is_refused(
    demo_library: Library, tmp_path: Path
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("keep me")
    with pytest.raises(ValidationError, match="is a file; give a folder"):
        export_forms(demo_library, RESEARCH_TEACHING, target)
    assert target.read_text() == "keep me"


def test_a_teaching_without_groups_or_an_unknown_one_has_no_forms(
    demo_library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "forms"
    with pytest.raises(ValidationError, match="no observer groups"):
        export_forms(demo_library, 1, out)  # the rehearsal
    with pytest.raises(NotFoundError, match="No teaching"):
        export_forms(demo_library, 99, out)
    assert not out.exists()
