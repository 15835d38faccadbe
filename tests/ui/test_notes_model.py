"""The notes tree at scale: rows arrive a screenful at a time and a saved note moves one row."""

from __future__ import annotations

import dataclasses
from typing import Any

from lessonstudy.services.note_records import Note, NoteChoices, NoteFields
from lessonstudy.ui.live.notes_model import SCREENFUL, NotesModel

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
