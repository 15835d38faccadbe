"""Records that are new by UUID but already here by meaning, found before inserting.

Two laptops can create "the same" thing independently: the same photo file
added to a teaching on both, the conference of a teaching, the timing of a
segment, or each a "version 3". The database has unique rules for these;
rather than fail, the import maps the first three onto the row already here
(and compares them like any other record) and gives an incoming version whose
number is taken the next free number, with a remark for the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from lessonstudy.exchange.lesson_records import Record
from lessonstudy.exchange.lesson_spec import Entity
from lessonstudy.storage.models import (
    CasePupilPrediction,
    ClassroomMap,
    Conference,
    LessonVersion,
    Photo,
    SegmentTiming,
    TallyCounter,
)

if TYPE_CHECKING:
    from lessonstudy.exchange.lesson_merge import Merger


def match(merger: Merger, entity: Entity, rec: Record) -> Any | None:
    """The row here that ``rec`` stands for, or None to insert it (maybe renumbered)."""
    finder = _FINDERS.get(entity.name)
    if finder is None:
        return None
    parent = rec.values[_PARENT[entity.name]]
    if parent in merger.fresh:
        return None  # its parent was just added: nothing here can clash with it
    return finder(merger, rec, merger.ids[parent])


def _photo(merger: Merger, rec: Record, teaching_id: int) -> Any | None:
    row = merger.session.scalar(select(Photo).where(
        Photo.teaching_id == teaching_id, Photo.sha256 == rec.values["sha256"]))
    if row is not None:
        merger.tally.remarks.append(
            f"Photo '{rec.values.get('original_name') or rec.path}' was already in this "
            "teaching; the one here is kept.")
    return row


def _conference(merger: Merger, _rec: Record, teaching_id: int) -> Any | None:
    return merger.session.scalar(select(Conference).where(Conference.teaching_id == teaching_id))


def _timing(merger: Merger, rec: Record, teaching_id: int) -> Any | None:
    segment = rec.values["segment_id"]
    segment_id = merger.ids.get(segment) if segment else None
    return merger.session.scalar(select(SegmentTiming).where(
        SegmentTiming.teaching_id == teaching_id, SegmentTiming.segment_id == segment_id))


def _version(merger: Merger, rec: Record, lesson_id: int) -> None:
    taken = merger.session.scalar(select(LessonVersion.id).where(
        LessonVersion.lesson_id == lesson_id, LessonVersion.number == rec.values["number"]))
    if taken is None:
        return None
    highest = merger.session.scalar(
        select(func.max(LessonVersion.number)).where(LessonVersion.lesson_id == lesson_id))
    wanted = rec.values["number"]
    rec.import_fp = rec.fingerprint
    rec.values["number"] = max(highest or 0, merger.renumbered_up_to) + 1
    merger.renumbered_up_to = rec.values["number"]
    merger.tally.remarks.append(
        f"Their version {wanted} was made apart from the version {wanted} here; "
        f"it was added as version {rec.values['number']}.")
    return None


def _teaching_map(merger: Merger, _rec: Record, teaching_id: int) -> Any | None:
    return merger.session.scalar(select(ClassroomMap).where(
        ClassroomMap.teaching_id == teaching_id))


def _lesson_map(merger: Merger, _rec: Record, lesson_id: int) -> Any | None:
    return merger.session.scalar(select(ClassroomMap).where(ClassroomMap.lesson_id == lesson_id))


def _prediction(merger: Merger, rec: Record, segment_id: int) -> Any | None:
    case = merger.ids.get(rec.values["case_pupil_id"])
    return merger.session.scalar(select(CasePupilPrediction).where(
        CasePupilPrediction.segment_id == segment_id, CasePupilPrediction.case_pupil_id == case))


def _counter(merger: Merger, rec: Record, group_id: int) -> Any | None:
    return merger.session.scalar(select(TallyCounter).where(
        TallyCounter.group_id == group_id, TallyCounter.key == rec.values["key"]))


_FINDERS = {"photo": _photo, "conference": _conference, "timing": _timing,
            "version": _version, "classroom": _teaching_map, "default_classroom": _lesson_map,
            "prediction": _prediction, "counter": _counter}
_PARENT = {"photo": "teaching_id", "conference": "teaching_id", "timing": "teaching_id",
           "version": "lesson_id", "classroom": "teaching_id", "default_classroom": "lesson_id",
           "prediction": "segment_id", "counter": "group_id"}
