"""Phones' notes are written in batches: each keeps its own outcome, none lost or doubled."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from lessonstudy.domain.errors import ValidationError
from lessonstudy.services import live, notes
from lessonstudy.services.phone_observation import (
    DuplicateNoteError,
    PhoneNote,
    SegmentEndedError,
    add_notes,
)
from tests.web.conftest import Observation


def test_one_batch_stores_the_good_notes_and_refuses_the_bad_ones(
        observation: Observation) -> None:
    library, teaching = observation.library, observation.teaching_id
    lesson = live.start_lesson(library, teaching, datetime.now(UTC))
    me = observation.observer_id()
    batch = [PhoneNote(me, "a", "first"), PhoneNote(me, "b", "   "),
             PhoneNote(me, "c", "third", kind="gossip"), PhoneNote(me, "a", "first again"),
             PhoneNote(me, "d", "old clock", seen_segment_id=lesson.segments[1].id),
             PhoneNote(me, "e" * 65, "bad id"), PhoneNote(me, "f", "last", kind="question")]
    outcomes = add_notes(library, teaching, batch, datetime.now(UTC))
    kinds = [type(o).__name__ for o in outcomes]
    assert kinds == ["Note", "ValidationError", "ValidationError", "DuplicateNoteError",
                     "SegmentEndedError", "ValidationError", "Note"]
    assert isinstance(outcomes[3], DuplicateNoteError)
    assert isinstance(outcomes[4], SegmentEndedError) and isinstance(outcomes[1], ValidationError)
    stored = notes.list_notes(library, teaching)
    assert sorted(n.text for n in stored) == ["first", "last"]
    assert {n.segment_id for n in stored} == {lesson.segments[0].id}
    again = add_notes(library, teaching, [PhoneNote(me, "f", "last")], datetime.now(UTC))
    assert isinstance(again[0], DuplicateNoteError)


def test_thirty_phones_at_once_lose_and_double_nothing(observation: Observation) -> None:
    phones = [observation.joined() for _ in range(30)]
    answers: list[int] = []

    def send(index: int) -> None:
        for n in range(4):
            answers.append(phones[index].note(f"phone {index} note {n}", f"p{index}n{n}").status)
        answers.append(phones[index].note(f"phone {index} note 0", f"p{index}n0").status)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    texts = [n.text for n in notes.list_notes(observation.library, observation.teaching_id)]
    assert len(texts) == 120 == len(set(texts))
    assert sorted(set(answers)) == [201, 409]
    assert answers.count(409) == 30
