"""A fresh teaching of the demo's version 2 (ten segments, three groups), with no timings yet.

The demo's own teachings already carry recorded timings; live lesson tests
need a teaching whose clock has never run, so they add one the way a team
would before the open class: same plan, same observer groups and observers.
"""

from __future__ import annotations

from sqlalchemy import select

from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Observer, ObserverGroup, Segment, SegmentTiming, Teaching


def add_fresh_teaching(library: Library) -> int:
    """A research teaching of version 2 with copies of the demo's groups and observers."""
    with library.unit_of_work() as session:
        demo = session.get_one(Teaching, 2)
        teaching = Teaching(version_id=demo.version_id, kind="reteach", class_name="2B",
                            teacher="Chan Wai Man", room="Room 204")
        session.add(teaching)
        session.flush()
        for group in demo.groups:
            copy = ObserverGroup(teaching_id=teaching.id, position=group.position,
                                 name=group.name, focus=group.focus)
            session.add(copy)
            session.flush()
            for observer in group.observers:
                session.add(Observer(teaching_id=teaching.id, group_id=copy.id,
                                     position=observer.position, name=observer.name,
                                     school=observer.school, role=observer.role))
        return teaching.id


def planned_seconds(library: Library, teaching_id: int) -> list[int]:
    with library.unit_of_work() as session:
        teaching = session.get_one(Teaching, teaching_id)
        return list(session.scalars(select(Segment.planned_seconds)
                                    .where(Segment.version_id == teaching.version_id)
                                    .order_by(Segment.position)))


def stored_timings(library: Library, teaching_id: int) -> list[tuple[int, int, int | None]]:
    """(segment position, actual start, actual end) straight from the table."""
    with library.unit_of_work() as session:
        rows = session.execute(
            select(Segment.position, SegmentTiming.actual_start, SegmentTiming.actual_end)
            .join(Segment, Segment.id == SegmentTiming.segment_id)
            .where(SegmentTiming.teaching_id == teaching_id)
            .order_by(SegmentTiming.actual_start))
        return [(p, s, e) for p, s, e in rows]
