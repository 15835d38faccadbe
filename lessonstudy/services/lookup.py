"""Find lessons and teachings the way people name them: by id or by unique title."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import AmbiguousNameError, NotFoundError
from lessonstudy.i18n import N_
from lessonstudy.storage.models import Lesson, LessonVersion, Teaching


def find_lesson(session: Session, ref: str | int) -> Lesson:
    """The lesson with this id, or else the one lesson with this title (case-insensitive)."""
    text = str(ref).strip()
    if text.isdigit():
        lesson = session.get(Lesson, int(text))
        if lesson is not None:
            return lesson
    matches = list(session.scalars(select(Lesson).where(Lesson.title.ilike(text))))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        ids = ", ".join(str(m.id) for m in matches)
        raise AmbiguousNameError(
            N_("More than one lesson is called '{text}' (ids {ids}); use an id."),
            text=text, ids=ids)
    raise NotFoundError(
        N_("No lesson with id or title '{text}'. Run 'lessonstudy list' to see them."), text=text)


def find_teaching(session: Session, ref: str | int) -> Teaching:
    """A teaching by id, or by its lesson's title when that lesson was taught exactly once."""
    text = str(ref).strip()
    if text.isdigit():
        teaching = session.get(Teaching, int(text))
        if teaching is not None:
            return teaching
    rows = list(
        session.scalars(
            select(Teaching)
            .join(LessonVersion, Teaching.version_id == LessonVersion.id)
            .join(Lesson, LessonVersion.lesson_id == Lesson.id)
            .where(Lesson.title.ilike(text))
        )
    )
    lessons = sorted({t.version.lesson_id for t in rows})
    if len(lessons) > 1:
        ids = ", ".join(str(t.id) for t in rows)
        raise AmbiguousNameError(
            N_("More than one lesson is called '{text}'; name the teaching by its id ({ids})."),
            text=text, ids=ids)
    research = [t for t in rows if t.kind == "research"]
    if len(rows) == 1 or len(research) == 1:
        return rows[0] if len(rows) == 1 else research[0]
    if rows:
        ids = ", ".join(str(t.id) for t in rows)
        raise AmbiguousNameError(
            N_("Lesson '{text}' was taught more than once (teaching ids {ids}); use an id."),
            text=text, ids=ids)
    raise NotFoundError(
        N_("No teaching with id or lesson title '{text}'. Run 'lessonstudy list' to see them."),
        text=text)


def find_version(session: Session, lesson: Lesson, number: int | None) -> LessonVersion:
    """A numbered version of ``lesson``, or its latest when ``number`` is None."""
    versions = sorted(lesson.versions, key=lambda v: v.number)
    if not versions:
        raise NotFoundError(N_("Lesson '{title}' has no versions yet."), title=lesson.title)
    if number is None:
        return versions[-1]
    for version in versions:
        if version.number == number:
            return version
    known = ", ".join(str(v.number) for v in versions)
    raise NotFoundError(N_("Lesson '{title}' has no version {number} (it has {known})."),
                        title=lesson.title, number=number, known=known)
