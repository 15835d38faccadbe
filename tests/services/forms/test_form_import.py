"""Filled fillable forms come back as notes and key ideas: all of it, once, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.paths import resolve_location
from lessonstudy.services.demo import load_demo
from lessonstudy.services.form_import import FORM_SOURCE, import_filled_form
from lessonstudy.services.forms import TeachingForms, load_forms
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObservationNote, ObserverGroup
from tests.forms_support import (
    RESEARCH_TEACHING,
    fill_form,
    names_ending,
    print_one,
    stored_counts,
)


@pytest.fixture
def forms(demo_library: Library) -> TeachingForms:
    return load_forms(demo_library, RESEARCH_TEACHING)


@pytest.fixture
def observer_form(demo_library: Library, tmp_path: Path) -> Path:
    """Group A's critical friend's own fillable form, empty."""
    return print_one(demo_library, tmp_path / "blank.pdf", observer=0, fillable=True)


def _typed(form: Path) -> dict[str, str]:
    """Writing in three cells (one Chinese, one in case pupil B's column) and two key ideas."""
    objectives = names_ending(form, ".objectives")
    wonder = names_ending(form, ".wonder")
    pupils = [n for n in names_ending(form, "") if ".pupil" in n]
    return {
        objectives[0]: "Objectives on the board; 3 students read them aloud",
        wonder[3]: "表格會不會太小？\nWhy three triangles?",
        pupils[3 * 3 + 1]: "B counted 24 squares, then 25 after checking",
        names_ending(form, "keyidea1")[0]: "Clear objectives 目標清晰",
        names_ending(form, "keyidea4")[0]: "More time for objective 3",
    }


def _form_notes(library: Library) -> list[ObservationNote]:
    with library.unit_of_work() as session:
        return list(
            session.scalars(
                select(ObservationNote)
                .where(ObservationNote.source == FORM_SOURCE)
                .order_by(ObservationNote.id)
            )
        )


def _key_ideas(library: Library, group_id: int) -> dict[int, str]:
    with library.unit_of_work() as session:
        rows = session.scalars(
            select(KeyIdea).where(KeyIdea.group_id == group_id, KeyIdea.photo_id.is_(None))
        )
        return {k.position: k.text for k in rows}


def test_a_filled_form_becomes_notes_and_key_ideas(
    demo_library: Library, forms: TeachingForms, observer_form: Path, tmp_path: Path
) -> None:
    filled = fill_form(observer_form, tmp_path / "filled.pdf", _typed(observer_form))
    result = import_filled_form(demo_library, filled)
    group, observer = forms.groups[0], forms.groups[0].observers[0]
    assert (result.notes_added, result.key_ideas, result.observer_name) == (3, 2, observer.name)
    notes = {n.text: n for n in _form_notes(demo_library)}
    seg = [s.id for s in forms.segments]
    first = notes["Objectives on the board; 3 students read them aloud"]
    assert (first.segment_id, first.kind, first.case_pupil_id) == (seg[0], "evidence", None)
    question = notes["表格會不會太小？\nWhy three triangles?"]
    assert (question.segment_id, question.kind) == (seg[3], "question")
    pupil = notes["B counted 24 squares, then 25 after checking"]
    assert (pupil.segment_id, pupil.case_pupil_id) == (seg[3], forms.case_pupils[1].id)
    assert all(
        n.group_id == group.id
        and n.observer_id == observer.id
        and n.teaching_id == forms.teaching_id
        for n in notes.values()
    )
    assert _key_ideas(demo_library, group.id) == {
        1: "Clear objectives 目標清晰",
        4: "More time for objective 3",
    }
    assert "3 new notes" in result.summary()


def test_importing_the_same_form_twice_adds_nothing(
    demo_library: Library, observer_form: Path, tmp_path: Path
) -> None:
    filled = fill_form(observer_form, tmp_path / "filled.pdf", _typed(observer_form))
    import_filled_form(demo_library, filled)
    before = stored_counts(demo_library)
    again = import_filled_form(demo_library, filled)
    assert (again.notes_added, again.notes_kept, again.notes_removed) == (0, 3, 0)
    assert stored_counts(demo_library) == before


def test_a_corrected_observer_form_replaces_that_observers_earlier_notes(
    demo_library: Library, observer_form: Path, tmp_path: Path
) -> None:
    typed = _typed(observer_form)
    import_filled_form(demo_library, fill_form(observer_form, tmp_path / "1.pdf", typed))
    first_cell = next(iter(typed))
    corrected = {**typed, first_cell: "Objectives read aloud by 5 students"}
    result = import_filled_form(
        demo_library, fill_form(observer_form, tmp_path / "2.pdf", corrected)
    )
    assert (result.notes_added, result.notes_kept, result.notes_removed) == (1, 2, 1)
    texts = [n.text for n in _form_notes(demo_library)]
    assert "Objectives read aloud by 5 students" in texts
    assert "Objectives on the board; 3 students read them aloud" not in texts


def test_copies_of_a_group_form_from_two_observers_both_count(
    demo_library: Library, forms: TeachingForms, tmp_path: Path
) -> None:
    blank = print_one(demo_library, tmp_path / "group.pdf", group=1, fillable=True)
    cell = names_ending(blank, ".participation")[2]
    one = fill_form(blank, tmp_path / "one.pdf", {cell: "Every pair talked"})
    two = fill_form(blank, tmp_path / "two.pdf", {cell: "Two pairs switched to Cantonese"})
    import_filled_form(demo_library, one)
    import_filled_form(demo_library, two)
    import_filled_form(demo_library, one)
    notes = _form_notes(demo_library)
    assert sorted(n.text for n in notes) == ["Every pair talked", "Two pairs switched to Cantonese"]
    assert all(n.group_id == forms.groups[1].id and n.observer_id is None for n in notes)


def _refused(library: Library, path: Path, **kwargs: object) -> str:
    before = stored_counts(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_filled_form(library, path, **kwargs)  # type: ignore[arg-type]
    assert stored_counts(library) == before, "a refused form changed the library"
    return str(caught.value)


def test_a_form_of_another_teaching_is_refused_and_nothing_changes(
    demo_library: Library, observer_form: Path, tmp_path: Path
) -> None:
    filled = fill_form(observer_form, tmp_path / "filled.pdf", _typed(observer_form))
    message = _refused(demo_library, filled, teaching_ref=1)
    assert "belongs to another teaching" in message and "not teaching 1" in message


def test_a_form_from_another_library_is_refused(demo_library: Library, tmp_path: Path) -> None:
    library = Library.open(resolve_location(tmp_path / "elsewhere"))
    try:
        load_demo(library)  # the same demo lesson, but its own teaching with its own identity
        other = print_one(library, tmp_path / "other.pdf", fillable=True)
    finally:
        library.close()
    filled = fill_form(other, tmp_path / "filled.pdf", {names_ending(other, "keyidea2")[0]: "x"})
    assert "not in this library" in _refused(demo_library, filled)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Group A notes, typed in Word", "is not a PDF file"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R", "damaged or incomplete"),
    ],
)
def test_files_that_are_not_readable_pdfs_are_refused(
    demo_library: Library, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(content)
    assert expected in _refused(demo_library, path)


def test_a_truncated_form_is_refused(
    demo_library: Library, observer_form: Path, tmp_path: Path
) -> None:
    filled = fill_form(observer_form, tmp_path / "filled.pdf", _typed(observer_form))
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(filled.read_bytes()[: filled.stat().st_size // 3])
    assert "damaged or incomplete" in _refused(demo_library, cut)


def test_printed_forms_blank_forms_and_missing_files_are_refused(
    demo_library: Library, observer_form: Path, tmp_path: Path
) -> None:
    printed = print_one(demo_library, tmp_path / "printed.pdf")
    assert "has no form fields" in _refused(demo_library, printed)
    assert "is blank" in _refused(demo_library, observer_form)
    assert "There is no file" in _refused(demo_library, tmp_path / "nowhere.pdf")


def test_a_pdf_form_that_is_not_ours_is_refused(demo_library: Library, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "survey.pdf"
    canvas = Canvas(str(path))
    canvas.acroForm.textfield(name="Name", value="Ms Chan", x=50, y=700)
    canvas.showPage()
    canvas.save()
    assert "not a Lesson Study observation form" in _refused(demo_library, path)


def test_a_form_whose_group_was_deleted_is_refused(
    demo_library: Library, forms: TeachingForms, observer_form: Path, tmp_path: Path
) -> None:
    filled = fill_form(observer_form, tmp_path / "filled.pdf", _typed(observer_form))
    with demo_library.unit_of_work() as session:
        session.delete(session.get(ObserverGroup, forms.groups[0].id))
    assert "no longer exists" in _refused(demo_library, filled)
