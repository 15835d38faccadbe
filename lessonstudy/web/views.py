"""The JSON shapes the observation page reads: plain dicts from the services' dataclasses.

Only what a phone needs leaves the server: names, focus and prompts, the
clock, and the observer's own notes. No school, role or other group's notes.
"""

from __future__ import annotations

from typing import Any

from lessonstudy.services.note_records import Note
from lessonstudy.services.observer_records import GroupBoard, split_prompts
from lessonstudy.services.phone_observation import ClockView, PhoneRoster
from lessonstudy.web.access import Limits


def roster(found: PhoneRoster, limits: Limits) -> dict[str, Any]:
    board = found.board
    return {
        "lesson": board.lesson_title,
        "class": board.class_name,
        "teacher": board.teacher,
        "allow_new_names": limits.allow_new_names,
        "note_chars": limits.note_chars,
        "photo_bytes": limits.photo_bytes,
        "groups": [
            {"id": g.id, "name": g.name, "focus": g.focus,
             "prompts": list(split_prompts(g.prompts)), "convenor": g.convenor}
            for g in board.groups
        ],
        "observers": [{"id": o.id, "name": o.name, "group_id": o.group_id}
                      for o in board.observers],
        "case_pupils": [{"id": pid, "label": label} for pid, label in found.case_pupils],
        "seats": [{"id": s.id, "table": s.table, "label": s.label,
                   "case_pupil_id": s.case_pupil_id} for s in found.seats],
    }


def me(board: GroupBoard, observer_id: int) -> dict[str, Any]:
    person = next(o for o in board.observers if o.id == observer_id)
    group = next((g for g in board.groups if g.id == person.group_id), None)
    return {
        "observer_id": person.id,
        "name": person.name,
        "group_id": person.group_id,
        "is_convenor": bool(group and group.convenor.strip() == person.name.strip()),
    }


def clock(view: ClockView) -> dict[str, Any]:
    return {
        "phase": view.phase,
        "elapsed": view.elapsed,
        "segment_id": view.segment_id,
        "segment_title": view.segment_title,
        "segment_number": view.segment_number,
        "seconds_left": view.seconds_left,
        "next_title": view.next_title,
    }


def note(found: Note) -> dict[str, Any]:
    return {
        "id": found.id,
        "text": found.text,
        "kind": found.kind,
        "segment_id": found.segment_id,
        "segment_title": found.segment_title,
        "elapsed": found.elapsed_seconds,
        "observer": found.observer_name,
        "case_pupil": found.case_pupil_label,
        "flagged": found.fields.flagged,
    }
