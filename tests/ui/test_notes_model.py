"""The notes tree at scale: rows arrive a screenful at a time and a saved note moves one row."""

from __future__ import annotations

import dataclasses
from typing import Any

from lessonstudy.services.note_records import Note, NoteChoices, NoteFields
from lessonstudy.ui.live.notes_model import FIRST_ROWS, SCREENFUL, NotesModel

CHOICES = NoteChoices(segments=((10, "Launch"), (11, "Group work"), (12, "Summary")),
                      groups=((1, "Group A"),), observers=(), case_pupils=())


def _note(note_id: int, segment_id: int | None, elapsed: int | None, text: str = "") -> Note:
    fields = NoteFields(text=text or f"note {note_id}", segment_id=segment_id,
                        elapsed_seconds=elapsed)
    return Note(id=note_id, uuid=f"u{note_id}", teaching_id=1, fields=fields,
                segment_title="", group_name="", observer_name="", case_pupil_label="",
                photo_id=None, source="app", row_version=1)


def _loaded(count: int) -> NotesModel:
    model = NotesModel()
    model.set_notes([_note(n, 11, n) for n in range(1, count + 1)], CHOICES)
    return model


class _Signals:
    """What the model told the views: inserts, removals and resets."""

    def __init__(self, model: NotesModel) -> None:
        self.seen: list[tuple[Any, ...]] = []
        model.rowsInserted.connect(lambda parent, first, last: self.seen.append(
            ("inserted", parent.isValid(), first, last)))
        model.rowsRemoved.connect(lambda parent, first, last: self.seen.append(
            ("removed", parent.isValid(), first, last)))
        model.modelReset.connect(lambda: self.seen.append(("reset",)))


def test_a_big_segment_is_handed_to_the_view_a_screenful_at_a_time(qtmodeltester) -> None:
    model = _loaded(SCREENFUL * 2 + 10)
    segment = model.index(0, 0)
    assert model.rowCount(segment) == SCREENFUL and model.has_more(segment)
    model.show_more(segment)
    model.show_more(segment)
    assert model.rowCount(segment) == SCREENFUL * 2 + 10 and not model.has_more(segment)
    assert model.index(0, 0).data() == f"Group work ({SCREENFUL * 2 + 10})"
    qtmodeltester.check(model)


def test_a_saved_note_inserts_one_row_in_lesson_order_without_a_reset(qtmodeltester) -> None:
    model = _loaded(50)
    signals = _Signals(model)
    index = model.put_note(_note(900, 11, 20, "just typed"))
    assert signals.seen == [("inserted", True, 20, 20)]
    assert model.note_at(index).text == "just typed" and index.row() == 20
    assert model.index(0, 0).data() == "Group work (51)"
    qtmodeltester.check(model)


def test_a_note_in_a_segment_with_no_notes_yet_adds_the_segment_in_plan_order() -> None:
    model = _loaded(3)
    signals = _Signals(model)
    model.put_note(_note(901, 10, 5))
    model.put_note(_note(902, None, None))
    model.put_note(_note(903, 12, 2000))
    titles = [model.index(g, 0).data() for g in range(model.rowCount())]
    assert titles == ["Launch (1)", "Group work (3)", "Summary (1)", "Not in a segment (1)"]
    assert ("reset",) not in signals.seen


def test_an_edit_moves_the_note_and_a_delete_removes_only_its_row(qtmodeltester) -> None:
    model = _loaded(30)
    signals = _Signals(model)
    moved = dataclasses.replace(_note(5, 12, 2500), fields=NoteFields(
        text="moved to the summary", segment_id=12, elapsed_seconds=2500))
    model.put_note(moved)
    assert [g.title for g in model.groups] == ["Group work", "Summary"]
    assert model.note_at(model.index_of(5)).text == "moved to the summary"
    assert model.remove_note(5)  # the summary's only note: the segment row goes too
    assert [g.title for g in model.groups] == ["Group work"]
    assert model.remove_note(6) and not model.remove_note(6)
    assert model.index(0, 0).data() == "Group work (28)"
    assert ("reset",) not in signals.seen
    qtmodeltester.check(model)


def test_a_note_beyond_the_fetched_rows_arrives_with_the_rest() -> None:
    model = _loaded(SCREENFUL + 50)
    signals = _Signals(model)
    model.put_note(_note(990, 11, SCREENFUL + 20))
    assert signals.seen == [] and model.rowCount(model.index(0, 0)) == SCREENFUL
    index = model.index_of(990)  # selecting it fetches up to it
    assert index.isValid() and model.note_at(index).id == 990


def _texts_in_view(model: NotesModel, g: int = 0) -> list[str]:
    top = model.index(g, 0)
    return [model.index(row, 2, top).data() for row in range(model.rowCount(top))]


def test_opening_builds_about_a_screenful_in_all_the_rest_as_segments_scroll_in() -> None:
    model = NotesModel()
    model.set_notes([_note(n, 10 + n % 3, n) for n in range(1, 301)], CHOICES)
    rows = [model.rowCount(model.index(g, 0)) for g in range(model.rowCount())]
    assert rows == [SCREENFUL, FIRST_ROWS - SCREENFUL, 0]
    assert [model.index(g, 0).data() for g in range(3)] == [
        "Launch (100)", "Group work (100)", "Summary (100)"]
    last = model.index(2, 0)
    assert model.has_more(last) and model.shown_rows(last) == 0
    model.show_more(last)
    assert model.rowCount(last) == SCREENFUL
    assert model.note_at(model.index(0, 0, last)).id == 2  # the summary's first note


def test_a_note_saved_past_thousands_not_built_yet_builds_one_row(qtmodeltester) -> None:
    model = _loaded(2000)
    signals = _Signals(model)
    typed = _note(5000, 11, 2500, "typed late in the lesson")
    assert not model.put_note(typed).isValid()  # among the notes not built: counted only
    index = model.index_of(5000)  # the panel selects it: one tail row, not 1,976
    assert signals.seen == [("inserted", True, SCREENFUL, SCREENFUL)]
    assert model.note_at(index).text == "typed late in the lesson"
    assert model.index(0, 0).data() == "Group work (2001)"
    later = model.put_note(_note(5001, 11, 2600, "and the next one"))  # joins the tail
    assert later.row() == SCREENFUL + 1 and model.note_at(later).id == 5001
    between = model.put_note(_note(5002, 11, 1500))  # among those not built: counted
    assert not between.isValid()
    beside = model.put_note(_note(5003, 11, 2400))  # just before the tail: joins it
    assert beside.row() == SCREENFUL
    assert _texts_in_view(model)[SCREENFUL:] == [
        "note 5003", "typed late in the lesson", "and the next one"]
    qtmodeltester.check(model)


def test_head_and_tail_meet_in_lesson_order_and_deletes_keep_them_apart(qtmodeltester) -> None:
    model = _loaded(SCREENFUL * 3)
    model.put_note(_note(900, 11, 10_000, "last"))
    model.index_of(900)
    near_end = model.index_of(SCREENFUL * 3 - 2)  # nearer the tail: the tail grows back to it
    assert model.note_at(near_end).id == SCREENFUL * 3 - 2
    group = model.groups[0]
    assert (group.shown, group.tail) == (SCREENFUL, 4)
    assert model.remove_note(900) and model.remove_note(1) and model.remove_note(40)
    assert (group.shown, group.tail) == (SCREENFUL - 1, 3)
    top = model.index(0, 0)
    while model.has_more(top):
        model.show_more(top)
    ids = [model.note_at(model.index(row, 0, top)).id for row in range(model.rowCount(top))]
    assert ids == [n for n in range(2, SCREENFUL * 3 + 1) if n != 40]
    assert model.index(0, 0).data() == f"Group work ({SCREENFUL * 3 - 2})"
    qtmodeltester.check(model)
