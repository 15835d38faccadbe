"""After the conference: make the revised version and hand it the open actions.

"Create revised version" copies the lesson's latest version into a new draft
(the planning service does the copy, keeping each segment's lineage) and
links every open action to it, so the team sees in the new version what it
agreed to change. Each action is later closed by the version that actually
addresses it (:func:`lessonstudy.services.actions.close_action`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.enums import ActionStatus
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import N_
from lessonstudy.services.actions import ActionRecord, action_record
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.services.versions import new_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ActionItem, LessonVersion

SUMMARY_LIMIT = 600


@dataclass(frozen=True)
class RevisedVersion:
    """The new draft version and the open actions now linked to it."""

    version: VersionInfo
    linked: tuple[ActionRecord, ...]


def create_revised_version(library: Library, teaching: str | int, *, author: str = "",
                           change_summary: str = "") -> RevisedVersion:
    """Copy the lesson's latest version into a new draft and link the open actions to it.

    Refused when no action is open (there would be nothing to revise). The
    change summary defaults to the list of open actions.
    """
    with library.unit_of_work() as session:
        found = find_teaching(session, teaching)
        lesson_id = found.version.lesson_id
        latest = session.scalars(select(LessonVersion).where(LessonVersion.lesson_id == lesson_id)
                                 .order_by(LessonVersion.number.desc())).first()
        assert latest is not None  # the teaching's own version exists
        open_rows = _open_actions(session, lesson_id)
        if not open_rows:
            raise ValidationError(
                N_("There are no open actions: agree at least one action before revising the "
                   "lesson."))
        summary = change_summary.strip() or _summary(row.text for row in open_rows)
        source_id = latest.id
    version = new_version(library, source_id, change_summary=summary, author=author)
    try:
        linked = _link_open_actions(library, lesson_id, version.id)
    except Exception:
        _forget_version(library, version.id)  # keep "one action, all or nothing"
        raise
    return RevisedVersion(version, linked)


def _open_actions(session: Session, lesson_id: int) -> list[ActionItem]:
    return list(session.scalars(select(ActionItem).where(
        ActionItem.lesson_id == lesson_id, ActionItem.status == ActionStatus.OPEN.value)
        .order_by(ActionItem.id)))


def _link_open_actions(library: Library, lesson_id: int,
                       version_id: int) -> tuple[ActionRecord, ...]:
    with library.unit_of_work() as session:
        rows = _open_actions(session, lesson_id)
        for row in rows:
            row.linked_version_id = version_id
        session.flush()
        return tuple(action_record(session, row) for row in rows)


def _forget_version(library: Library, version_id: int) -> None:
    with library.unit_of_work() as session:
        version = session.get(LessonVersion, version_id)
        if version is not None:
            session.delete(version)


def _summary(texts: Iterable[str]) -> str:
    lines = [f"- {text}" for text in texts]
    summary = "Revised after the post-lesson conference:\n" + "\n".join(lines)
    return summary if len(summary) <= SUMMARY_LIMIT else summary[: SUMMARY_LIMIT - 1] + "…"
