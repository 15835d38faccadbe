"""The department table: every teaching that had a conference, read in three queries.

The department view and ``lessonstudy packet`` both start here. Rows carry
the lesson, team, cycle, teacher and date plus feedback counts by type and
open/closed action counts, counted by the database (``GROUP BY``) rather than
by loading items. :func:`select_for_packet` turns the command line's words
(team and cycle by id or name, ISO dates) into the same filter the window uses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.department import (
    DepartmentFilter,
    DepartmentRow,
    FeedbackCounts,
    apply_filter,
    packet_order,
    parse_iso_date,
)
from lessonstudy.domain.enums import ActionStatus, FeedbackType
from lessonstudy.domain.errors import AmbiguousNameError, NotFoundError
from lessonstudy.i18n import N_, _, separated
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    Conference,
    Cycle,
    FeedbackItem,
    Lesson,
    LessonVersion,
    Teaching,
    Team,
)


def load_department_rows(library: Library) -> list[DepartmentRow]:
    """Every teaching with a conference, in packet order (date, team, lesson)."""
    with library.reading() as session:
        return packet_order(department_rows(session))


def department_rows(session: Session,
                    teaching_ids: Sequence[int] | None = None) -> list[DepartmentRow]:
    """Rows for every debriefed teaching, or only for ``teaching_ids`` (in no set order)."""
    feedback = _feedback_counts(session)
    actions = _action_counts(session)
    query = (
        select(Teaching.id, Teaching.teacher, Teaching.date, Teaching.kind, Teaching.class_name,
               Conference.id, LessonVersion.number, Lesson.id, Lesson.title, Lesson.subject,
               Cycle.id, Cycle.research_theme, Team.id, Team.name, Team.school, Team.subject)
        .join(Conference, Conference.teaching_id == Teaching.id)
        .join(LessonVersion, LessonVersion.id == Teaching.version_id)
        .join(Lesson, Lesson.id == LessonVersion.lesson_id)
        .join(Cycle, Cycle.id == Lesson.cycle_id)
        .join(Team, Team.id == Cycle.team_id)
    )
    if teaching_ids is not None:
        query = query.where(Teaching.id.in_(list(teaching_ids)))
    rows = []
    for (teaching_id, teacher, when, kind, class_name, conference_id, number, lesson_id, title,
         lesson_subject, cycle_id, theme, team_id, team, school, team_subject,
         ) in session.execute(query):
        open_count, closed_count = actions.get(lesson_id, (0, 0))
        rows.append(DepartmentRow(
            teaching_id=teaching_id, lesson_id=lesson_id, lesson_title=title, team_id=team_id,
            team_name=team, school=school, subject=lesson_subject or team_subject,
            cycle_id=cycle_id, research_theme=theme, teacher=teacher, date=when, kind=kind,
            class_name=class_name, version_number=number,
            feedback=feedback.get(conference_id, FeedbackCounts()),
            open_actions=open_count, closed_actions=closed_count))
    return rows


def _feedback_counts(session: Session) -> dict[int, FeedbackCounts]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    query = (select(FeedbackItem.conference_id, FeedbackItem.type, func.count(FeedbackItem.id))
             .group_by(FeedbackItem.conference_id, FeedbackItem.type))
    for conference_id, kind, count in session.execute(query):
        counts[conference_id][kind] = count
    return {
        conference_id: FeedbackCounts(
            strengths=by_type.get(FeedbackType.STRENGTH.value, 0),
            questions=by_type.get(FeedbackType.QUESTION.value, 0),
            suggestions=by_type.get(FeedbackType.SUGGESTION.value, 0),
            concerns=by_type.get(FeedbackType.CONCERN.value, 0))
        for conference_id, by_type in counts.items()
    }


def _action_counts(session: Session) -> dict[int, tuple[int, int]]:
    """Open and closed actions per lesson; closed means done, dropped or closed by a version."""
    still_open = and_(ActionItem.status == ActionStatus.OPEN.value,
                      ActionItem.closed_by_version_id.is_(None))
    query = (select(ActionItem.lesson_id, still_open, func.count(ActionItem.id))
             .group_by(ActionItem.lesson_id, still_open))
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for lesson_id, is_open, count in session.execute(query):
        counts[lesson_id][0 if is_open else 1] += count
    return {lesson_id: (pair[0], pair[1]) for lesson_id, pair in counts.items()}


def select_for_packet(library: Library, *, team: str | None = None, cycle: str | None = None,
                      date_from: str | None = None, date_to: str | None = None,
                      ) -> list[DepartmentRow]:
    """The rows the command line's filters select; a clear error when none match."""
    start = parse_iso_date(date_from, _("start date (--from)")) if date_from else None
    end = parse_iso_date(date_to, _("end date (--to)")) if date_to else None
    with library.reading() as session:
        team_id = _find(session, Team, Team.name, team, "team") if team else None
        cycle_id = _find(session, Cycle, Cycle.research_theme, cycle, "cycle") if cycle else None
        rows = packet_order(department_rows(session))
    chosen = DepartmentFilter(team_id=team_id, cycle_id=cycle_id, date_from=start, date_to=end)
    selected = apply_filter(rows, chosen)
    if not selected:
        if not rows:
            raise NotFoundError(N_("No lesson in the library has a post-lesson conference yet, "
                                   "so there is nothing to put in a packet."))
        raise NotFoundError(N_("No debriefed lessons match {wanted}. Run 'lessonstudy list' "
                               "to see lessons and their dates."),
                            wanted=_wanted(team, cycle, chosen))
    return selected


def _wanted(team: str | None, cycle: str | None, chosen: DepartmentFilter) -> str:
    """The filters in the reader's words: "team 'Maths', from 2027-01-01"."""
    words = [_("team '{name}'").format(name=team) if team else "",
             _("cycle '{name}'").format(name=cycle) if cycle else "", chosen.describe()]
    return separated(w for w in words if w)


def _find(session: Session, model: type[Team] | type[Cycle], name_column: object, ref: str,
          what: str) -> int:
    """A team or cycle by id, exact name (any case), or a unique part of its name."""
    text = ref.strip()
    named = [(row_id, name or "") for row_id, name in session.execute(
        select(model.id, name_column).order_by(model.id))]  # type: ignore[call-overload]
    if text.isdigit() and any(row_id == int(text) for row_id, _ in named):
        return int(text)
    exact = [row_id for row_id, name in named if name.casefold() == text.casefold()]
    partial = [row_id for row_id, name in named if text.casefold() in name.casefold()]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousNameError(
            N_("More than one team matches '{text}' (ids {ids}); use an id.") if what == "team"
            else N_("More than one cycle matches '{text}' (ids {ids}); use an id."),
            text=text, ids=_ids(found))
    known = "; ".join(f"{row_id} {_short(name)}" for row_id, name in named) or _("none yet")
    raise NotFoundError(N_("No team matches '{text}'. Known teams: {known}.") if what == "team"
                        else N_("No cycle matches '{text}'. Known cycles: {known}."),
                        text=text, known=known)


def _ids(ids: Sequence[int]) -> str:
    return ", ".join(str(i) for i in ids)


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
