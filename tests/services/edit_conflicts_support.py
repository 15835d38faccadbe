"""Two machines editing one record: the cases every edit service must pass, and the check.

Each :class:`EditCase` knows how to read a record's editable value with its
``row_version`` (what a form is built from), save a new value with an
expected version, and read the value back. :func:`check_two_machines` plays
"machine A opens the form, machine B saves, A saves its stale copy": A gets a
ConflictError naming B, nothing of B's is lost, and A's "keep mine" (resubmit
with the current version) then succeeds. ``updated_by`` comes from
``lessonstudy.storage.base.CURRENT_AUTHOR``, set per machine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from lessonstudy.domain.errors import ConflictError
from lessonstudy.services import (
    actions,
    conference,
    feedback,
    lessons,
    notes,
    observer_groups,
    observers,
    photos,
    plans,
    teachings,
    versions,
)
from lessonstudy.services.observer_records import GroupInput, ObserverInput
from lessonstudy.storage import base
from lessonstudy.storage.library import Library

TEACHING = 2  # the demo's open class (research lesson with notes, feedback and photos)
MACHINE_A, MACHINE_B = "mr.chan@staffroom-1", "ms.wong@staffroom-2"


@dataclass(frozen=True)
class EditCase:
    """How to read (value, row_version), save (value, expected) and re-read one record."""

    name: str
    load: Callable[[Library], tuple[str, int]]
    save: Callable[[Library, str, int | None], object]


def as_machine(monkeypatch: pytest.MonkeyPatch, who: str) -> None:
    """Make the next saves look as if made on ``who``'s computer."""
    monkeypatch.setattr(base, "CURRENT_AUTHOR", who)


def check_two_machines(mine: Library, theirs: Library, monkeypatch: pytest.MonkeyPatch,
                       case: EditCase) -> None:
    """A opens, B saves, A's stale save is refused naming B; A's "keep mine" then wins."""
    as_machine(monkeypatch, MACHINE_A)
    _before, opened_at = case.load(mine)  # machine A opens the form
    as_machine(monkeypatch, MACHINE_B)
    case.save(theirs, "Their change 他們的修改", case.load(theirs)[1])
    as_machine(monkeypatch, MACHINE_A)
    with pytest.raises(ConflictError) as caught:
        case.save(mine, "My change 我的修改", opened_at)
    error = caught.value
    assert error.changed_by == MACHINE_B and MACHINE_B in error.message
    assert error.changed_at.startswith("20")
    assert case.load(mine)[0] == "Their change 他們的修改"  # no silent overwrite
    assert error.current_version is not None and error.current_version != opened_at
    case.save(mine, "My change 我的修改", error.current_version)  # "keep mine"
    value, version = case.load(theirs)
    assert value == "My change 我的修改" and version != error.current_version


def _lesson_load(library: Library) -> tuple[str, int]:
    details = lessons.load_lesson(library, 1)
    return details.goals, details.row_version


def _lesson_save(library: Library, value: str, expected: int | None) -> object:
    details = dataclasses.replace(lessons.load_lesson(library, 1), goals=value)
    return lessons.update_lesson(library, 1, details, expected_version=expected)


def _draft_version(library: Library) -> int:
    """The demo's latest version is taught; segments are edited in a new draft version."""
    plan = plans.load_plan(library, 1)
    drafts = [v for v in plan.versions if not v.frozen]
    if drafts:
        return drafts[-1].id
    return versions.new_version(library, plan.version.id, change_summary="Draft").id


def _segments_load(library: Library) -> tuple[str, int]:
    plan = plans.load_version_plan(library, _draft_version(library))
    return plan.segments[0].activity, plan.version.row_version


def _segments_save(library: Library, value: str, expected: int | None) -> object:
    version_id = _draft_version(library)
    drafts = list(plans.load_version_plan(library, version_id).drafts())
    drafts[0] = dataclasses.replace(drafts[0], activity=value)
    return versions.save_segments(library, version_id, drafts, expected_version=expected)


def _note_load(library: Library) -> tuple[str, int]:
    note = notes.list_notes(library, TEACHING)[0]
    return note.text, note.row_version


def _note_save(library: Library, value: str, expected: int | None) -> object:
    note = notes.list_notes(library, TEACHING)[0]
    fields = dataclasses.replace(note.fields, text=value)
    return notes.update_note(library, note.id, fields, expected_version=expected)


def _feedback_first(library: Library) -> feedback.FeedbackRecord:
    info = conference.load_conference(library, TEACHING)
    assert info is not None
    return feedback.list_feedback(library, info.id)[0]


def _feedback_load(library: Library) -> tuple[str, int]:
    item = _feedback_first(library)
    return item.text, item.row_version


def _feedback_save(library: Library, value: str, expected: int | None) -> object:
    item = _feedback_first(library)
    draft = dataclasses.replace(item.draft(), text=value)
    return feedback.update_feedback(library, item.id, draft, expected_version=expected)


def _action_load(library: Library) -> tuple[str, int]:
    action = actions.list_actions(library, TEACHING)[0]
    return action.text, action.row_version


def _action_save(library: Library, value: str, expected: int | None) -> object:
    action = actions.list_actions(library, TEACHING)[0]
    draft = dataclasses.replace(action.draft(), text=value)
    return actions.update_action(library, action.id, draft, expected_version=expected)


def _observer_load(library: Library) -> tuple[str, int]:
    person = observers.load_board(library, TEACHING).observers[0]
    return person.school, person.row_version


def _observer_save(library: Library, value: str, expected: int | None) -> object:
    person = observers.load_board(library, TEACHING).observers[0]
    details = ObserverInput(person.name, value, person.role)
    return observers.update_observer(library, person.id, details, expected_version=expected)


def _group_load(library: Library) -> tuple[str, int]:
    group = observers.load_board(library, TEACHING).groups[0]
    return group.focus, group.row_version


def _group_save(library: Library, value: str, expected: int | None) -> object:
    group = observers.load_board(library, TEACHING).groups[0]
    details = GroupInput(group.name, value, group.prompts, group.convenor, group.capacity,
                         group.focus_area_id)
    return observer_groups.update_group(library, TEACHING, group.id, details,
                                        expected_version=expected)


def _photo_load(library: Library) -> tuple[str, int]:
    photo = photos.list_photos(library, TEACHING)[0]
    return photo.caption, photo.row_version


def _photo_save(library: Library, value: str, expected: int | None) -> object:
    photo = photos.list_photos(library, TEACHING)[0]
    fields = dataclasses.replace(photo.fields, caption=value)
    return photos.update_photo(library, photo.id, fields, expected_version=expected)


def _key_ideas_load(library: Library) -> tuple[str, int]:
    photo = photos.list_photos(library, TEACHING)[0]
    return photo.key_ideas[0], photo.row_version


def _key_ideas_save(library: Library, value: str, expected: int | None) -> object:
    photo = photos.list_photos(library, TEACHING)[0]
    ideas = (value, *photo.key_ideas[1:])
    return photos.set_key_ideas(library, photo.id, ideas, expected_version=expected)


def _conference_load(library: Library) -> tuple[str, int]:
    info = conference.load_conference(library, TEACHING)
    assert info is not None
    return info.recorder, info.row_version


def _conference_save(library: Library, value: str, expected: int | None) -> object:
    info = conference.load_conference(library, TEACHING)
    assert info is not None
    return conference.update_details(library, info.id, facilitator=info.facilitator,
                                     recorder=value, principles=info.principles,
                                     expected_version=expected)


def _teaching_load(library: Library) -> tuple[str, int]:
    timings = teachings.load_timings(library, TEACHING)
    return timings.details.room, timings.row_version


def _teaching_save(library: Library, value: str, expected: int | None) -> object:
    details = dataclasses.replace(teachings.load_timings(library, TEACHING).details, room=value)
    return teachings.update_teaching(library, TEACHING, details, expected_version=expected)


LESSON = EditCase("lesson details", _lesson_load, _lesson_save)
SEGMENTS = EditCase("segments", _segments_load, _segments_save)
NOTE = EditCase("note", _note_load, _note_save)
CASES = (
    LESSON, SEGMENTS, NOTE,
    EditCase("feedback item", _feedback_load, _feedback_save),
    EditCase("action item", _action_load, _action_save),
    EditCase("observer", _observer_load, _observer_save),
    EditCase("observer group", _group_load, _group_save),
    EditCase("photo details", _photo_load, _photo_save),
    EditCase("photo key ideas", _key_ideas_load, _key_ideas_save),
    EditCase("conference details", _conference_load, _conference_save),
    EditCase("teaching details", _teaching_load, _teaching_save),
)
KEY_CASES = (LESSON, NOTE, SEGMENTS)
