"""Create a lesson and edit what the team says about it: header, cycle theme, members.

A new user opens an empty library and must be able to start their own
lesson at once, so :func:`create_lesson` makes whatever is missing (a team,
a lesson study cycle) together with the lesson and its version 1. The lesson
editor then saves the header fields, the cycle's research theme and goals,
and the team's members in one transaction per save, after checking them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lessonstudy.domain.enums import DEFAULT_LESSON_SECONDS
from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.domain.timing import format_duration, lesson_duration_problem
from lessonstudy.i18n import N_, _, using_language
from lessonstudy.services.library_settings import library_language
from lessonstudy.services.plan_records import MemberInfo
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Cycle, Lesson, LessonVersion, Member, Team


@dataclass(frozen=True)
class LessonDetails:
    """Everything the lesson editor shows and saves, as plain values."""

    title: str
    subject: str = ""
    grade: str = ""
    unit: str = ""
    goals: str = ""
    rationale: str = ""
    duration_seconds: int = DEFAULT_LESSON_SECONDS
    research_theme: str = ""
    cycle_goals: str = ""
    members: tuple[MemberInfo, ...] = ()
    row_version: int = 0  # the lesson's version when loaded (bumped by every save of the form)


@dataclass(frozen=True)
class NewLesson:
    """What "New lesson" asks for; ``cycle_id`` or ``team_id`` reuse what exists."""

    title: str
    subject: str = ""
    grade: str = ""
    duration_seconds: int = DEFAULT_LESSON_SECONDS
    team_name: str = ""
    school: str = ""
    research_theme: str = ""
    team_id: int | None = None
    cycle_id: int | None = None
    members: tuple[MemberInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CreatedLesson:
    """The ids of what :func:`create_lesson` made (the GUI selects the version)."""

    lesson_id: int
    version_id: int
    cycle_id: int
    team_id: int


def _title(text: str, what: str = "lesson") -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValidationError(N_("The lesson needs a title.") if what == "lesson"
                              else N_("The team needs a title."))
    return cleaned


def _check_duration(seconds: int) -> None:
    problem = lesson_duration_problem(seconds)
    if problem:
        raise ValidationError(N_("{problem}."), [problem], problem=problem)


def create_lesson(library: Library, new: NewLesson) -> CreatedLesson:
    """A lesson with an empty version 1, in a new or existing team and cycle."""
    title = _title(new.title)
    _check_duration(new.duration_seconds)
    with library.unit_of_work() as session:
        cycle = _cycle_for(session, new)
        lesson = Lesson(cycle=cycle, title=title, subject=new.subject.strip(),
                        grade=new.grade.strip(), duration_seconds=new.duration_seconds)
        version = LessonVersion(number=1, status="draft", change_summary="First plan.")
        lesson.versions.append(version)
        session.add(lesson)
        session.flush()
        return CreatedLesson(lesson.id, version.id, cycle.id, cycle.team_id)


def _cycle_for(session: Session, new: NewLesson) -> Cycle:
    if new.cycle_id is not None:
        cycle = session.get(Cycle, new.cycle_id)
        if cycle is None:
            raise NotFoundError(N_("That lesson study cycle no longer exists. Refresh the "
                                   "library."))
        return cycle
    team = session.get(Team, new.team_id) if new.team_id is not None else None
    if team is None:
        team = Team(name=_title(new.team_name, "team") if new.team_name.strip() else
                    _default_team_name(session),
                    school=new.school.strip(), subject=new.subject.strip())
        team.members = [Member(position=i, name=m.name, role=m.role)
                        for i, m in enumerate(_clean_members(new.members))]
        session.add(team)
    cycle = Cycle(research_theme=new.research_theme.strip(), phase="plan")
    team.cycles.append(cycle)
    session.flush()
    return cycle


def load_lesson(library: Library, lesson_id: int) -> LessonDetails:
    """The lesson editor's fields for one lesson."""
    with library.reading() as session:
        lesson = _get_lesson(session, lesson_id)
        cycle = lesson.cycle
        return LessonDetails(
            title=lesson.title, subject=lesson.subject, grade=lesson.grade, unit=lesson.unit,
            goals=lesson.goals, rationale=lesson.rationale,
            duration_seconds=lesson.duration_seconds, research_theme=cycle.research_theme,
            cycle_goals=cycle.goals,
            members=tuple(MemberInfo(m.name, m.role) for m in cycle.team.members),
            row_version=lesson.row_version,
        )


def update_lesson(library: Library, lesson_id: int, details: LessonDetails,
                  expected_version: int | None = None) -> int:
    """Save the lesson editor: header, cycle theme and goals, team members.

    Refused as a whole (nothing stored) for a blank title, an impossible
    length, or a length shorter than one of the lesson's segments. With
    ``expected_version`` (the ``row_version`` the form was loaded at), a lesson
    someone else saved meanwhile raises ConflictError naming them. Any change,
    even to the theme or the members only, bumps the lesson's version, which
    is returned.
    """
    title = _title(details.title)
    _check_duration(details.duration_seconds)
    members = _clean_members(details.members)
    with library.unit_of_work() as session:
        lesson = _get_lesson(session, lesson_id)
        check_row_version(lesson, expected_version)
        _check_segments_fit(lesson, details.duration_seconds)
        with session.no_autoflush:  # one UPDATE of the lesson, so one version step per save
            changed = [_assign(lesson, name, getattr(details, name).strip())
                       for name in ("subject", "grade", "unit", "goals", "rationale")]
            changed += [_assign(lesson, "title", title),
                        _assign(lesson, "duration_seconds", details.duration_seconds),
                        _assign(lesson.cycle, "research_theme", details.research_theme.strip()),
                        _assign(lesson.cycle, "goals", details.cycle_goals.strip()),
                        _replace_members(lesson.cycle.team, members)]
            if any(changed):
                lesson.updated_at = utcnow()  # the form's version moves with every saved change
        session.flush()
        return lesson.row_version


def _assign(row: object, name: str, value: object) -> bool:
    if getattr(row, name) != value:
        setattr(row, name, value)
        return True
    return False


def _get_lesson(session: Session, lesson_id: int) -> Lesson:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise NotFoundError(N_("Lesson {lesson_id} no longer exists. Refresh the library."),
                            lesson_id=lesson_id)
    return lesson


def _check_segments_fit(lesson: Lesson, seconds: int) -> None:
    too_long = [
        f"Version {v.number}, '{s.title}' lasts {format_duration(s.planned_seconds)}"
        for v in lesson.versions for s in v.segments if s.planned_seconds > seconds
    ]
    if too_long:
        raise ValidationError.from_problems(
            N_("The lesson cannot be {length}: some segments are longer."),
            too_long, length=format_duration(seconds))


def _clean_members(members: tuple[MemberInfo, ...]) -> list[MemberInfo]:
    """Members with names (blank rows dropped), roles trimmed."""
    cleaned = [MemberInfo(" ".join(m.name.split()), m.role.strip()) for m in members]
    nameless = [m for m in cleaned if not m.name and m.role]
    if nameless:
        raise ValidationError(N_("A team member with the role '{role}' needs a name."),
                              role=nameless[0].role)
    return [m for m in cleaned if m.name]


def _replace_members(team: Team, members: list[MemberInfo]) -> bool:
    """Make the team's members these; True if anything changed."""
    rows = list(team.members)
    changed = len(rows) != len(members)
    for position, member in enumerate(members):
        if position < len(rows):
            row = rows[position]
            changed = _assign(row, "name", member.name) or changed
            changed = _assign(row, "role", member.role) or changed
            changed = _assign(row, "position", position) or changed
        else:
            team.members.append(Member(position=position, name=member.name, role=member.role))
    for extra in rows[len(members):]:
        team.members.remove(extra)  # delete-orphan removes the row
    return changed


def _default_team_name(session: Session) -> str:
    """"My team" in the library's language: a default the app writes, like the agenda steps."""
    with using_language(library_language(session)):
        return _("My team")
