"""Quick notes: stored at once on the running segment, editable, searchable, refusals safe."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from lessonstudy.domain.errors import ImageError, NotFoundError, ValidationError
from lessonstudy.domain.lesson_clock import ManualClock
from lessonstudy.services import live, notes
from lessonstudy.services.note_photos import attach_photo, photo_thumbnail
from lessonstudy.services.notes import QuickNote
from lessonstudy.storage.library import Library
from tests.live_support import add_fresh_teaching


@pytest.fixture
def teaching(demo_library: Library) -> int:
    return add_fresh_teaching(demo_library)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_a_note_lands_on_the_running_segment_with_its_time(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    live.start_lesson(demo_library, teaching, clock.now())
    clock.advance(200)
    live.next_segment(demo_library, teaching, clock.now())
    clock.advance(65)
    note = notes.add_quick_note(demo_library, teaching,
                                QuickNote("  Teacher asked 3 girls by name.  ", kind="evidence",
                                          flagged=True), clock.now())
    assert (note.text, note.elapsed_seconds, note.flagged) == (
        "Teacher asked 3 girls by name.", 265, True)
    assert note.segment_title == "Which triangle is right-angled?"
    assert notes.list_notes(demo_library, teaching) == [note]


def test_a_note_before_the_lesson_starts_has_no_time_or_segment(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("Room is very warm"),
                                clock.now())
    assert (note.elapsed_seconds, note.segment_id) == (None, None)


def test_observer_group_and_case_pupil_are_kept_with_their_names(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    choices = notes.note_choices(demo_library, teaching)
    assert len(choices.segments) == 10 and len(choices.groups) == 3
    observer_id, observer_name, group_id = choices.observers[0]
    pupil_id, pupil_label = choices.case_pupils[2]
    note = notes.add_quick_note(demo_library, teaching, QuickNote(
        "C 組學生數錯格子", kind="interpretation", group_id=group_id, observer_id=observer_id,
        case_pupil_id=pupil_id), clock.now())
    assert (note.observer_name, note.case_pupil_label) == (observer_name, pupil_label)
    assert note.group_name == dict(choices.groups)[group_id]


def test_edits_replace_fields_and_can_be_reverted(demo_library: Library, teaching: int,
                                                  clock: ManualClock) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("first"), clock.now())
    segment_id = notes.note_choices(demo_library, teaching).segments[3][0]
    changed = dataclasses.replace(note.fields, text="second", kind="question",
                                  segment_id=segment_id, elapsed_seconds=600)
    edited = notes.update_note(demo_library, note.id, changed)
    assert (edited.text, edited.kind, edited.segment_title) == (
        "second", "question", "Group work: measure the squares")
    reverted = notes.update_note(demo_library, note.id, note.fields)
    assert reverted.fields == note.fields


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"text": "   "}, "A note needs some text."),
        ({"kind": "gossip"}, "'gossip' is not a kind of note"),
        ({"elapsed_seconds": -5}, "A note's time must lie between 0:00 and 6:00:00"),
        ({"segment_id": 1}, "That segment is not part of the plan this teaching used."),
        ({"group_id": 1}, "That observer group does not belong to this teaching."),
        ({"observer_id": 1}, "That observer is not at this teaching."),
        ({"case_pupil_id": 999}, "That case pupil belongs to another lesson."),
    ],
)
def test_refused_edits_leave_the_note_untouched(demo_library: Library, teaching: int,
                                                clock: ManualClock, change: dict[str, object],
                                                problem: str) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("keep me"), clock.now())
    with pytest.raises(ValidationError) as caught:
        notes.update_note(demo_library, note.id, dataclasses.replace(note.fields, **change))
    assert str(caught.value).startswith("This note cannot be saved")
    assert any(p.startswith(problem) for p in caught.value.problems)
    assert notes.list_notes(demo_library, teaching) == [note]


def test_an_empty_quick_note_is_refused_and_nothing_is_stored(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    with pytest.raises(ValidationError, match="A note needs some text"):
        notes.add_quick_note(demo_library, teaching, QuickNote(""), clock.now())
    assert notes.list_notes(demo_library, teaching) == []


def test_delete_then_restore_brings_back_the_same_note(demo_library: Library, teaching: int,
                                                       clock: ManualClock) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("oops"), clock.now())
    gone = notes.delete_note(demo_library, note.id)
    assert notes.list_notes(demo_library, teaching) == []
    assert notes.restore_note(demo_library, gone) == note
    with pytest.raises(ValidationError, match="already there"):
        notes.restore_note(demo_library, gone)
    with pytest.raises(NotFoundError, match="no longer exists"):
        notes.update_note(demo_library, 99999, note.fields)


def test_search_matches_every_word_in_text_group_and_segment(demo_library: Library) -> None:
    found = notes.list_notes(demo_library, 2, "pupil b")
    assert [n.elapsed_seconds for n in found] == [1650]
    by_group_and_segment = notes.list_notes(demo_library, 2, "PRESENTATIONS  group c")
    assert [n.elapsed_seconds for n in by_group_and_segment] == [2160]
    assert [n.text[:3] for n in notes.list_notes(demo_library, 2, "正方形")] == ["B 組"]
    elapsed = [n.elapsed_seconds for n in notes.list_notes(demo_library, 2)]
    assert elapsed == sorted(elapsed) and len(elapsed) == 9


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_photo_attached_to_a_note_is_stored_once(demo_library: Library, teaching: int,
                                                   clock: ManualClock) -> None:
    first = notes.add_quick_note(demo_library, teaching, QuickNote("iBoard of group 2"),
                                 clock.now())
    second = notes.add_quick_note(demo_library, teaching, QuickNote("same board"), clock.now())
    with_photo = attach_photo(demo_library, first.id, _png(), name="board.png")
    again = attach_photo(demo_library, second.id, _png(), name="board.png")
    assert with_photo.photo_id is not None and again.photo_id == with_photo.photo_id
    assert photo_thumbnail(demo_library, with_photo.photo_id).startswith(b"\xff\xd8")


def test_a_broken_photo_is_refused_and_the_note_keeps_none(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("board"), clock.now())
    with pytest.raises(ImageError, match=r"board\.jpg"):
        attach_photo(demo_library, note.id, b"not a picture", name="board.jpg")
    assert notes.list_notes(demo_library, teaching)[0].photo_id is None


def test_a_restored_note_whose_id_was_taken_keeps_its_uuid(
        demo_library: Library, teaching: int, clock: ManualClock) -> None:
    note = notes.add_quick_note(demo_library, teaching, QuickNote("last one"), clock.now())
    gone = notes.delete_note(demo_library, note.id)
    newer = notes.add_quick_note(demo_library, teaching, QuickNote("typed after"), clock.now())
    back = notes.restore_note(demo_library, gone)
    assert back.uuid == note.uuid and back.fields == note.fields
    assert back.id != newer.id and notes.note_id_for(demo_library, note.uuid) == back.id
    assert {n.text for n in notes.list_notes(demo_library, teaching)} == {"last one",
                                                                         "typed after"}
