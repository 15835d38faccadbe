"""Read a whole packet selection in a handful of queries, photo bytes excepted.

A packet of twenty lessons must not cost twenty times a lesson's worth of
queries: each kind of record (versions, segments, timings, groups, feedback,
photos, key ideas, notes, actions) is read once for the whole selection with an
``IN`` list and grouped in Python. Photo bytes are not read here at all:
:func:`thumbnail_source` gives thumbnails for one lesson's photos at a time,
as the printer reaches that lesson.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.actuals import (
    PlannedSegment,
    PlanVersusActual,
    RecordedTiming,
    SegmentKey,
    compare_to_plan,
)
from lessonstudy.domain.department import DepartmentRow, packet_order
from lessonstudy.domain.diff import diff_versions
from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.packet import (
    PacketAgendaRecord,
    PacketData,
    PacketFeedback,
    PacketKeyIdeas,
    PacketLesson,
    PacketPhoto,
    PacketVersion,
    ThumbnailSource,
)
from lessonstudy.domain.segments import SegmentDraft, parse_kind
from lessonstudy.i18n import N_
from lessonstudy.services.department import department_rows
from lessonstudy.services.evidence_notes import read_evidence_notes
from lessonstudy.services.key_ideas import KeyIdeaSet, key_idea_sets
from lessonstudy.services.packet_actions import actions_by_lesson
from lessonstudy.services.photos import photo_thumbnails
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    AgendaItem,
    Conference,
    FeedbackItem,
    Lesson,
    LessonVersion,
    ObserverGroup,
    Photo,
    Segment,
    SegmentTiming,
    Teaching,
)

CHUNK = 20
"""Lessons read at a time for a longer packet (each read is a handful of queries).

Twenty lessons with 300 notes each are about 6 MB of records; 600 read at
once were about 450 MB at the peak of reading.
"""


def load_packet(library: Library, teaching_ids: Sequence[int], *,
                today: date | None = None, chunk: int = CHUNK) -> PacketData:
    """The selected debriefed teachings, in packet order, ready to print.

    Up to ``chunk`` lessons are read at once; a longer selection's lessons
    are read ``chunk`` at a time as the printer reaches them (:class:`LessonChunks`).
    """
    if not teaching_ids:
        raise ValidationError(N_("Select at least one lesson to put in the packet."))
    with library.reading() as session:
        rows = packet_order(department_rows(session, teaching_ids))
        if len(rows) != len(set(teaching_ids)):
            raise ValidationError(_GONE)
        photos = session.scalar(select(func.count(Photo.id)).where(
            Photo.teaching_id.in_([r.teaching_id for r in rows]))) or 0
        lessons: Sequence[PacketLesson] = (
            tuple(_Reader(session, rows).lessons()) if len(rows) <= chunk
            else LessonChunks(library, rows, chunk))
    return PacketData(
        lessons=lessons, printed_on=today or date.today(),
        schools=tuple(dict.fromkeys(r.school for r in rows if r.school)),
        subjects=tuple(dict.fromkeys(r.subject for r in rows if r.subject)),
        rows=tuple(rows), photo_count=photos)


_GONE = N_("Some selected teachings have no conference (or were deleted); refresh the "
           "department view and select again.")


class LessonChunks(Sequence[PacketLesson]):
    """A long packet's lessons, read ``size`` at a time when first asked for.

    Only the chunk last read is kept, so reading lesson 1 to 600 in order holds
    one chunk in memory. Each chunk is read in its own short transaction; a
    teaching deleted in the meantime stops the packet with a clear message.
    """

    def __init__(self, library: Library, rows: Sequence[DepartmentRow], size: int) -> None:
        self.library = library
        self.rows = list(rows)
        self.size = max(1, size)
        self._start = -1
        self._chunk: list[PacketLesson] = []

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> PacketLesson: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PacketLesson]: ...

    def __getitem__(self, index: int | slice) -> PacketLesson | Sequence[PacketLesson]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.rows)
        if not 0 <= index < len(self.rows):
            raise IndexError(index)
        start = index - index % self.size
        if start != self._start:
            self._chunk = []  # let the previous chunk go before reading the next
            with self.library.reading() as session:
                try:
                    self._chunk = _Reader(session, self.rows[start:start + self.size]).lessons()
                except KeyError as missing:
                    raise ValidationError(_GONE) from missing
            self._start = start
        return self._chunk[index - start]


class _Reader:
    """Reads each kind of record once for all selected teachings, then assembles lessons."""

    def __init__(self, session: Session, rows: Sequence[DepartmentRow]) -> None:
        self.session = session
        self.rows = rows
        self.teaching_ids = [r.teaching_id for r in rows]
        self.lesson_ids = sorted({r.lesson_id for r in rows})

    def lessons(self) -> list[PacketLesson]:
        session = self.session
        teachings = {t.id: t for t in session.scalars(
            select(Teaching).where(Teaching.id.in_(self.teaching_ids)))}
        conferences = {c.teaching_id: c for c in session.scalars(
            select(Conference).where(Conference.teaching_id.in_(self.teaching_ids)))}
        lessons = {lesson.id: lesson for lesson in session.scalars(
            select(Lesson).where(Lesson.id.in_(self.lesson_ids)))}
        versions, segments = self._versions_and_segments()
        timings = self._timings()
        groups = self._groups()
        feedback = self._feedback(groups)
        records = self._agenda_records()
        idea_sets = key_idea_sets(session, self.teaching_ids)
        photos = self._photos(groups, idea_sets)
        notes = read_evidence_notes(session, self.teaching_ids)
        actions = actions_by_lesson(session, self.lesson_ids, versions, segments)
        result = []
        for row in self.rows:
            teaching, lesson = teachings[row.teaching_id], lessons[row.lesson_id]
            conference = conferences.get(row.teaching_id)
            plan = segments[teaching.version_id]
            result.append(PacketLesson(
                row=row, grade=lesson.grade, goals=lesson.goals, room=teaching.room,
                facilitator=conference.facilitator if conference else "",
                recorder=conference.recorder if conference else "",
                flow=_flow(plan, timings[row.teaching_id], lesson.duration_seconds),
                versions=_history(versions[row.lesson_id], segments, teaching.version_id),
                group_foci=tuple(g.focus for g in groups.values()
                                 if g.teaching_id == row.teaching_id and g.focus),
                feedback=tuple(feedback[row.teaching_id]),
                photos=tuple(photos[row.teaching_id]),
                actions=tuple(actions[row.lesson_id]),
                typed_key_ideas=tuple(PacketKeyIdeas(s.group_name, s.ideas)
                                      for s in idea_sets.get(row.teaching_id, ()) if s.typed),
                notes=tuple(notes.get(row.teaching_id, ())),
                conference_record=tuple(records[row.teaching_id])))
        return result

    def _versions_and_segments(self) -> tuple[dict[int, list[LessonVersion]],
                                              dict[int, list[Segment]]]:
        versions: dict[int, list[LessonVersion]] = defaultdict(list)
        for version in self.session.scalars(
                select(LessonVersion).where(LessonVersion.lesson_id.in_(self.lesson_ids))
                .order_by(LessonVersion.lesson_id, LessonVersion.number)):
            versions[version.lesson_id].append(version)
        version_ids = [v.id for vs in versions.values() for v in vs]
        segments: dict[int, list[Segment]] = defaultdict(list)
        for segment in self.session.scalars(
                select(Segment).where(Segment.version_id.in_(version_ids))
                .order_by(Segment.version_id, Segment.position, Segment.id)):
            segments[segment.version_id].append(segment)
        return versions, segments

    def _timings(self) -> dict[int, dict[int, RecordedTiming]]:
        found: dict[int, dict[int, RecordedTiming]] = defaultdict(dict)
        for timing in self.session.scalars(
                select(SegmentTiming).where(SegmentTiming.teaching_id.in_(self.teaching_ids))):
            found[timing.teaching_id][timing.segment_id] = RecordedTiming(
                timing.actual_start, timing.actual_end)
        return found

    def _groups(self) -> dict[int, ObserverGroup]:
        return {g.id: g for g in self.session.scalars(
            select(ObserverGroup).where(ObserverGroup.teaching_id.in_(self.teaching_ids))
            .order_by(ObserverGroup.teaching_id, ObserverGroup.position, ObserverGroup.id))}

    def _feedback(self, groups: dict[int, ObserverGroup]) -> dict[int, list[PacketFeedback]]:
        found: dict[int, list[PacketFeedback]] = defaultdict(list)
        query = (select(Conference.teaching_id, FeedbackItem)
                 .join(Conference, Conference.id == FeedbackItem.conference_id)
                 .where(Conference.teaching_id.in_(self.teaching_ids))
                 .order_by(FeedbackItem.position, FeedbackItem.id))
        for teaching_id, item in self.session.execute(query):
            group = groups.get(item.group_id or 0)
            found[teaching_id].append(PacketFeedback(
                type=item.type, focus=item.focus or (group.focus if group else ""),
                text=item.text, author=item.author, group=group.name if group else "",
                critical_friend=item.critical_friend))
        return found

    def _agenda_records(self) -> dict[int, list[PacketAgendaRecord]]:
        """The steps someone wrote a record for, in agenda order (one query for all lessons)."""
        found: dict[int, list[PacketAgendaRecord]] = defaultdict(list)
        query = (select(Conference.teaching_id, AgendaItem)
                 .join(Conference, Conference.id == AgendaItem.conference_id)
                 .where(Conference.teaching_id.in_(self.teaching_ids), AgendaItem.record != "")
                 .order_by(AgendaItem.position, AgendaItem.id))
        for teaching_id, item in self.session.execute(query):
            if item.record.strip():
                found[teaching_id].append(PacketAgendaRecord(
                    item.title, item.speaker, item.record.strip()))
        return found

    def _photos(self, groups: dict[int, ObserverGroup],
                idea_sets: dict[int, list[KeyIdeaSet]]) -> dict[int, list[PacketPhoto]]:
        rows = list(self.session.scalars(
            select(Photo).where(Photo.teaching_id.in_(self.teaching_ids))
            .order_by(Photo.teaching_id, Photo.group_id, Photo.taken_at, Photo.id)))
        ideas = {s.photo_id: s.ideas for sets in idea_sets.values() for s in sets
                 if s.photo_id is not None}
        found: dict[int, list[PacketPhoto]] = defaultdict(list)
        for photo in rows:
            group = groups.get(photo.group_id or 0)
            found[photo.teaching_id].append(PacketPhoto(
                id=photo.id, width=photo.width, height=photo.height,
                group=group.name if group else photo.group_label, caption=photo.caption,
                key_ideas=ideas.get(photo.id, ())))
        return found


def _drafts(segments: Sequence[Segment]) -> list[SegmentDraft]:
    return [SegmentDraft(s.lineage, s.title, parse_kind(s.kind), s.planned_seconds, s.activity,
                         s.anticipated_responses, s.teacher_support, s.evaluation, s.materials)
            for s in segments]


def _flow(plan: Sequence[Segment], timings: dict[int, RecordedTiming],
          lesson_seconds: int) -> PlanVersusActual:
    planned = [PlannedSegment(s.id, s.title, parse_kind(s.kind) if s.kind else SegmentKind.OTHER,
                              s.planned_seconds) for s in plan]
    ids = {s.id for s in plan}
    known: dict[SegmentKey, RecordedTiming] = {k: v for k, v in timings.items() if k in ids}
    return compare_to_plan(planned, known, lesson_seconds=lesson_seconds)


def _history(versions: Sequence[LessonVersion], segments: dict[int, list[Segment]],
             taught_version_id: int) -> tuple[PacketVersion, ...]:
    history = []
    previous: list[SegmentDraft] | None = None
    for version in versions:
        drafts = _drafts(segments[version.id])
        changes = () if previous is None else tuple(diff_versions(previous, drafts).describe())
        history.append(PacketVersion(
            number=version.number, status=version.status, author=version.author,
            change_summary=version.change_summary,
            planned_seconds=sum(d.planned_seconds for d in drafts), changes=changes,
            taught_here=version.id == taught_version_id))
        previous = drafts
    return tuple(history)


def thumbnail_source(library: Library) -> ThumbnailSource:
    """A callable giving (photo id, thumbnail JPEG) for one lesson's photos, in their order.

    It goes through :func:`lessonstudy.services.photos.photo_thumbnails`, the
    one place that knows where photo bytes are stored.
    """

    def stream(photo_ids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        found = photo_thumbnails(library, photo_ids)
        for photo_id in photo_ids:
            if found.get(photo_id):
                yield photo_id, found[photo_id]

    return stream
