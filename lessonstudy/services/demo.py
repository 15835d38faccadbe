"""Loads the demo open class (``lessonstudy demo`` and "Open demo library" in the GUI)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.agenda import protocol_agenda
from lessonstudy.domain.conference import default_principles
from lessonstudy.domain.timing import parse_duration
from lessonstudy.i18n import _, using_language
from lessonstudy.imaging.pipeline import ProcessedPhoto, process_photo
from lessonstudy.services import demo_content as C
from lessonstudy.services.demo_classroom import add_demo_classroom
from lessonstudy.services.demo_photos import draw_iboard
from lessonstudy.services.focus_areas import seed_if_empty
from lessonstudy.services.library_settings import library_language
from lessonstudy.services.observer_groups import group_name
from lessonstudy.storage import photo_store
from lessonstudy.storage.base import new_uuid
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    AgendaItem,
    CasePupil,
    Conference,
    Cycle,
    FeedbackItem,
    FocusArea,
    KeyIdea,
    Lesson,
    LessonVersion,
    Member,
    ObservationNote,
    Observer,
    ObserverGroup,
    Photo,
    PhotoData,
    Segment,
    SegmentTiming,
    Teaching,
    Team,
)


@dataclass(frozen=True)
class DemoResult:
    """What ``demo`` did: the lesson it loaded, or that it was already there."""

    lesson_id: int
    already_loaded: bool


def load_demo(library: Library) -> DemoResult:
    """Add the demo open class in one transaction; loading it twice changes nothing.

    What the app would have created itself (group names, foci and prompts, roles, agenda,
    principles, tallies, classroom labels) is written in the library's language, as for a
    team's own lessons; the lesson's typed content stays as written.
    """
    with library.unit_of_work() as session:
        existing = session.scalar(select(Team).where(Team.uuid == C.TEAM["uuid"]))
        if existing is not None:
            return DemoResult(existing.cycles[0].lessons[0].id, already_loaded=True)
        language = library_language(session)
    with using_language(language):
        return _load(library)


def _load(library: Library) -> DemoResult:
    photos = [
        process_photo(
            draw_iboard(f"{group_name(C.GROUPS[g][0])} · {_(C.GROUPS[g][1])}", ideas, seed=g),
            name=f"iboard-group-{C.GROUPS[g][0].lower()}.png",
        )
        for g, ideas in C.IBOARDS
    ]
    with library.unit_of_work() as session:
        lesson = _add_lesson(session)
        v1, v2 = lesson.versions
        _add_teaching(session, v1, C.REHEARSAL, C.REHEARSAL_STARTS)
        research = _add_teaching(session, v2, C.RESEARCH, C.RESEARCH_STARTS)
        _add_open_class(session, lesson, research, photos)
        return DemoResult(lesson.id, already_loaded=False)


def _add_lesson(session: Session) -> Lesson:
    team = Team(
        uuid=C.TEAM["uuid"], name=C.TEAM["name"], school=C.TEAM["school"], subject=C.TEAM["subject"]
    )
    team.members = [
        Member(position=i, name=n, role=_(r)) for i, (n, r) in enumerate(C.TEAM["members"])
    ]
    cycle = Cycle(**C.CYCLE)
    team.cycles.append(cycle)
    lesson = Lesson(**C.LESSON)
    cycle.lessons.append(lesson)
    lesson.case_pupils = [
        CasePupil(label=a, typifies=b, success_criterion=c) for a, b, c in C.CASE_PUPILS
    ]
    v2_segments = [_segment(i, row) for i, row in enumerate(C.SEGMENTS_V2)]
    v1_rows = [row for row in C.SEGMENTS_V2 if row[0] not in C.V1_SKIPPED]
    v1_segments = []
    for i, row in enumerate(v1_rows):
        seg = _segment(i, row, C.V1_CHANGES.get(row[0]))
        seg.lineage = next(s.lineage for s in v2_segments if s.title == row[0])
        v1_segments.append(seg)
    lesson.versions = [
        LessonVersion(
            number=1,
            status="rehearsed",
            author="陳慧敏 Chan Wai Man",
            change_summary="First plan for the rehearsal.",
            segments=v1_segments,
        ),
        LessonVersion(
            number=2,
            status="taught",
            author="李嘉欣 Lee Ka Yan",
            change_summary="After the rehearsal: added 20-second pair work, shorter "
            "group work, longer gallery critique.",
            segments=v2_segments,
        ),
    ]
    session.add(team)
    session.flush()
    return lesson


def _segment(position: int, row: tuple[str, ...], duration: str | None = None) -> Segment:
    title, kind, planned, activity, responses, support, evaluation = row
    return Segment(
        position=position,
        lineage=new_uuid(),
        title=title,
        kind=kind,
        planned_seconds=parse_duration(duration or planned),
        activity=activity,
        anticipated_responses=responses,
        teacher_support=support,
        evaluation=evaluation,
    )


def _add_teaching(
    session: Session, version: LessonVersion, info: dict[str, object], starts: list[str]
) -> Teaching:
    teaching = Teaching(version_id=version.id, **info)
    session.add(teaching)
    session.flush()
    seconds = [parse_duration(s) if s != "0:00" else 0 for s in starts]
    for i, (segment, start) in enumerate(zip(version.segments, seconds, strict=True)):
        end = seconds[i + 1] if i + 1 < len(seconds) else start + segment.planned_seconds + 45
        session.add(
            SegmentTiming(
                teaching_id=teaching.id, segment_id=segment.id, actual_start=start, actual_end=end
            )
        )
    return teaching


def _add_open_class(
    session: Session, lesson: Lesson, teaching: Teaching, photos: list[ProcessedPhoto]
) -> None:
    segments = teaching.version.segments
    seed_if_empty(session)
    areas = {area.name: area.id for area in session.scalars(select(FocusArea))}
    groups = [
        ObserverGroup(
            teaching_id=teaching.id, position=i, name=group_name(label), focus=_(focus),
            prompts="\n".join(_(p) for p in prompts), capacity=10,
            focus_area_id=areas.get(_(focus)),
        )
        for i, (label, focus, prompts) in enumerate(C.GROUPS)
    ]
    session.add_all(groups)
    session.flush()
    for i, (name, school, role, g) in enumerate(C.OBSERVERS):
        groups[g].observers.append(
            Observer(teaching_id=teaching.id, position=i, name=name, school=school, role=role)
        )
        if role == "critical_friend":
            groups[g].convenor = name
    pupils = {p.label: p for p in lesson.case_pupils}
    notes = []
    for seg, elapsed, g, kind, text, pupil, flagged in C.NOTES:
        notes.append(
            ObservationNote(
                teaching_id=teaching.id,
                group_id=groups[g].id,
                segment_id=segments[seg].id,
                elapsed_seconds=parse_duration(elapsed),
                kind=kind,
                text=text,
                flagged=flagged,
                case_pupil_id=pupils[pupil].id if pupil else None,
            )
        )
    session.add_all(notes)
    session.flush()
    starts = [parse_duration(s) if s != "0:00" else 0 for s in C.RESEARCH_STARTS]
    add_demo_classroom(session, lesson, teaching, notes, starts)  # map, predictions, tallies
    _add_iboards(session, teaching, groups, photos, segments[4].id)
    _add_conference(session, lesson, teaching, groups, segments)


def _add_iboards(
    session: Session,
    teaching: Teaching,
    groups: list[ObserverGroup],
    photos: list[ProcessedPhoto],
    segment_id: int,
) -> None:
    for (g, ideas), processed in zip(C.IBOARDS, photos, strict=True):
        photo = Photo(
            teaching_id=teaching.id,
            group_id=groups[g].id,
            segment_id=segment_id,
            caption=_("{group} iBoard: four key ideas").format(group=groups[g].name),
            taken_at=processed.taken_at,
            width=processed.width,
            height=processed.height,
            sha256=processed.sha256,
            original_name=f"iboard-{g + 1}.png",
        )
        session.add(photo)
        session.flush()
        session.add(
            PhotoData(photo_id=photo.id, thumbnail=processed.thumbnail,
                      image_sha256=photo_store.of(session).put(session, processed.image))
        )
        session.add_all(
            KeyIdea(photo_id=photo.id, group_id=groups[g].id, position=i, text=t)
            for i, t in enumerate(ideas, start=1)
        )


def _add_conference(
    session: Session,
    lesson: Lesson,
    teaching: Teaching,
    groups: list[ObserverGroup],
    segments: list[Segment],
) -> None:
    conference = Conference(
        teaching_id=teaching.id, principles="\n".join(default_principles()), **C.CONFERENCE
    )
    session.add(conference)
    session.flush()
    steps = protocol_agenda(
        [(g.name, g.focus) for g in groups],
        teacher=teaching.teacher,
        knowledgeable_other="Ms Wendy Choi",
    )
    session.add_all(
        AgendaItem(
            conference_id=conference.id,
            position=i,
            kind=s.kind,
            title=s.title,
            speaker=s.speaker,
            planned_minutes=s.planned_minutes,
            record=C.AGENDA_RECORDS.get(s.kind.value, ""),
        )
        for i, s in enumerate(steps)
    )
    feedback = []
    for i, (g, author, cf, ftype, focus, seg, text) in enumerate(C.FEEDBACK):
        item = FeedbackItem(
            conference_id=conference.id,
            position=i,
            author=author,
            critical_friend=cf,
            type=ftype,
            focus=_(focus) if focus else focus,
            text=text,
            group_id=groups[g].id if g is not None else None,
            segment_id=segments[seg].id if seg is not None else None,
        )
        feedback.append(item)
    session.add_all(feedback)
    session.flush()
    for fb, seg, owner, text in C.ACTIONS:
        session.add(
            ActionItem(
                lesson_id=lesson.id,
                feedback_id=feedback[fb].id,
                from_version_id=teaching.version_id,
                target_segment_lineage=segments[seg].lineage,
                owner=owner,
                text=text,
            )
        )
