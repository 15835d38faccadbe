"""Merging a bundle from another laptop: one-sided edits win, two-sided edits keep both."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.exchange.merge_rules import Outcome, decide
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import LessonVersion, ObservationNote, Segment
from tests.exchange.exchange_helpers import dump_hash, empty_library

__all__ = ["empty_library"]  # a fixture


@pytest.fixture
def laptops(demo_library: Library, empty_library: Library,
            tmp_path: Path) -> tuple[Library, Library]:
    """Laptop A has the demo; laptop B received it as a bundle."""
    import_bundle(empty_library, export_bundle(demo_library, "1", tmp_path / "a.lsb").path)
    return demo_library, empty_library


def _send(source: Library, target: Library, tmp_path: Path, name: str):
    return import_bundle(target, export_bundle(source, "1", tmp_path / name).path)


def _edit_note(library: Library, text: str, who: str) -> str:
    with library.unit_of_work() as session:
        note = session.scalars(select(ObservationNote).order_by(ObservationNote.uuid)).first()
        note.text, note.updated_by = text, who
        return note.uuid


def _edit_segment(library: Library, title: str, who: str) -> str:
    with library.unit_of_work() as session:
        segment = session.scalars(select(Segment).order_by(Segment.uuid)).first()
        segment.title, segment.updated_by = title, who
        return segment.uuid


def _note_texts(library: Library) -> list[str]:
    with library.unit_of_work() as session:
        return list(session.scalars(select(ObservationNote.text)))


def test_decide_rule_table() -> None:
    assert decide("x", "x", None, None) is Outcome.SAME
    assert decide("new", "base", "base", None) is Outcome.TAKE
    assert decide("new", "base", None, "base") is Outcome.TAKE
    assert decide("base", "mine", "base", None) is Outcome.KEEP
    assert decide("theirs", "mine", None, "theirs") is Outcome.KEEP
    assert decide("theirs", "mine", "base", "base") is Outcome.CONFLICT
    assert decide("theirs", "mine", None, None) is Outcome.CONFLICT


def test_change_made_on_one_side_is_taken(laptops, tmp_path: Path) -> None:
    a, b = laptops
    uuid = _edit_note(b, "B saw pupil A fold the strip twice.", "lee@laptop-b")

    result = _send(b, a, tmp_path, "b.lsb")

    assert result.updated == 1 and not result.conflicts
    with a.unit_of_work() as session:
        note = session.scalar(select(ObservationNote).where(ObservationNote.uuid == uuid))
        assert note.text == "B saw pupil A fold the strip twice."
        assert note.updated_by == "lee@laptop-b"  # who changed it travels with the change


def test_change_made_here_is_kept_when_they_did_not_touch_it(laptops, tmp_path: Path) -> None:
    a, b = laptops
    uuid = _edit_segment(a, "Warm-up (shortened)", "chan@laptop-a")

    result = _send(b, a, tmp_path, "b.lsb")

    assert result.updated == 0 and not result.conflicts
    with a.unit_of_work() as session:
        assert session.scalar(select(Segment.title).where(Segment.uuid == uuid)) == (
            "Warm-up (shortened)")
    back = _send(a, b, tmp_path, "a2.lsb")  # and B, which did not touch it, takes A's edit
    assert back.updated == 1
    with b.unit_of_work() as session:
        assert session.scalar(select(Segment.title).where(Segment.uuid == uuid)) == (
            "Warm-up (shortened)")


def test_note_edited_on_both_sides_keeps_both_texts(laptops, tmp_path: Path) -> None:
    a, b = laptops
    _edit_note(a, "A's reading of the evidence", "chan@laptop-a")
    _edit_note(b, "B's reading of the evidence", "lee@laptop-b")

    result = _send(b, a, tmp_path, "b.lsb")

    texts = _note_texts(a)
    assert "A's reading of the evidence" in texts and "B's reading of the evidence" in texts
    [conflict] = result.conflicts
    assert conflict.kept_copy and conflict.kind == "note"
    assert conflict.yours_by == "chan@laptop-a" and conflict.theirs_by == "lee@laptop-b"
    assert [f.field for f in conflict.fields] == ["text"]
    before = dump_hash(a)
    again = _send(b, a, tmp_path, "b-again.lsb")  # no second copy
    assert again.added == 0 and dump_hash(a) == before


def test_segment_edited_on_both_sides_keeps_ours_and_lists_theirs(laptops, tmp_path: Path) -> None:
    a, b = laptops
    uuid = _edit_segment(a, "Warm-up A", "chan@laptop-a")
    _edit_segment(b, "Warm-up B", "lee@laptop-b")

    result = _send(b, a, tmp_path, "b.lsb")

    [conflict] = result.conflicts
    assert not conflict.kept_copy and conflict.kind == "segment"
    assert (conflict.fields[0].yours, conflict.fields[0].theirs) == ("Warm-up A", "Warm-up B")
    with a.unit_of_work() as session:
        assert session.scalar(select(Segment.title).where(Segment.uuid == uuid)) == "Warm-up A"
        assert session.scalar(select(func.count(Segment.id)).where(
            Segment.title == "Warm-up B")) == 0


def test_new_records_and_clashing_version_numbers(laptops, tmp_path: Path) -> None:
    a, b = laptops
    for lib, author in ((a, "A"), (b, "B")):
        with lib.unit_of_work() as session:
            version = session.scalars(select(LessonVersion).order_by(LessonVersion.id)).first()
            session.add(LessonVersion(lesson_id=version.lesson_id, number=3, author=author))
            note = session.scalars(select(ObservationNote)).first()
            session.add(ObservationNote(teaching_id=note.teaching_id, text=f"new note by {author}"))

    result = _send(b, a, tmp_path, "b.lsb")

    assert result.added == 2
    assert any("added as version 4" in r for r in result.remarks)
    with a.unit_of_work() as session:
        numbers = dict(session.execute(select(LessonVersion.author, LessonVersion.number)
                                       .where(LessonVersion.number > 2)).all())
    assert numbers == {"A": 3, "B": 4}
    assert {"new note by A", "new note by B"} <= set(_note_texts(a))
    before = dump_hash(a)
    assert _send(b, a, tmp_path, "b2.lsb").added == 0 and dump_hash(a) == before
