"""Change a version's segments, start a new version, compare two versions.

The segment editor saves the whole segment list of a version after every
edit (and after every undo and redo), in one transaction: the list is small
(a lesson has a dozen segments), and saving the whole list means the
database always equals what the teacher sees, even after a crash. Rows are
matched by lineage, so a segment keeps its id while it is edited or moved.

A version that a teaching used is frozen: what was observed must stay what
was planned. Edits then go into a new version, which copies the segments
with their lineage so version comparison can follow each segment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.diff import VersionDiff, diff_versions
from lessonstudy.domain.errors import FrozenVersionError, ValidationError
from lessonstudy.domain.segments import SegmentDraft, validate_plan
from lessonstudy.i18n import N_
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.services.plans import get_version, plan_segments, version_infos
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import LessonVersion, Segment, Teaching

_FIELDS = ("title", "planned_seconds", "activity", "anticipated_responses", "teacher_support",
           "evaluation", "materials")


@dataclass(frozen=True)
class VersionComparison:
    """Two versions of one lesson and what differs between them (old first)."""

    old: VersionInfo
    new: VersionInfo
    diff: VersionDiff


def check_editable(session: Session, version: LessonVersion) -> None:
    """Refuse changes to a version a teaching has used."""
    taught = session.scalar(select(func.count(Teaching.id)).where(
        Teaching.version_id == version.id))
    if taught:
        raise FrozenVersionError(
            N_("Version {number} of '{title}' was used in a teaching, so it can no longer "
               "change. Make a new version to revise the plan."),
            number=version.number, title=version.lesson.title
        )


def save_segments(library: Library, version_id: int, drafts: Sequence[SegmentDraft],
                  expected_version: int | None = None) -> int:
    """Store ``drafts`` as the version's segments, in this order (one transaction).

    Every segment is checked first; a bad one (blank title, no time, longer
    than the lesson) or a frozen version raises and nothing is stored. The
    version row's ``row_version`` stands for the whole segment list: every
    save that changes a segment bumps it, and with ``expected_version`` (what
    the editor loaded or last saved) a list someone else saved meanwhile raises
    ConflictError naming them. Returns the version's ``row_version`` after the save.
    """
    with library.unit_of_work() as session:
        version = get_version(session, version_id)
        check_editable(session, version)
        check_row_version(version, expected_version)
        validate_plan(drafts, version.lesson.duration_seconds)
        existing = {s.lineage: s for s in version.segments}
        changed = False
        for position, draft in enumerate(drafts):
            row = existing.pop(draft.lineage, None)
            if row is None:
                row = Segment(version_id=version.id, lineage=draft.lineage)
                session.add(row)
            changed = _copy_draft(row, draft, position) or changed
        for gone in existing.values():
            session.delete(gone)
            changed = True
        if changed:
            version.updated_at = utcnow()  # one version number for the whole segment list
        session.flush()
        return version.row_version


def _copy_draft(row: Segment, draft: SegmentDraft, position: int) -> bool:
    """Assign only what changed, so untouched rows are not rewritten; True if any did."""
    values: dict[str, object] = {name: getattr(draft, name) for name in _FIELDS}
    values["kind"] = str(draft.kind.value)
    values["position"] = position
    changed = False
    for name, value in values.items():
        if getattr(row, name, None) != value:
            setattr(row, name, value)
            changed = True
    return changed


def new_version(library: Library, version_id: int, *, change_summary: str = "",
                author: str = "") -> VersionInfo:
    """A new draft version copying ``version_id``'s segments (same lineage), numbered next."""
    with library.unit_of_work() as session:
        source = get_version(session, version_id)
        lesson = source.lesson
        number = max(v.number for v in lesson.versions) + 1
        copy = LessonVersion(
            lesson_id=lesson.id, number=number, status="draft",
            change_summary=change_summary.strip(), author=" ".join(author.split()),
        )
        copy.segments = [
            Segment(position=s.position, lineage=s.lineage, title=s.title, kind=s.kind,
                    planned_seconds=s.planned_seconds, activity=s.activity,
                    anticipated_responses=s.anticipated_responses,
                    teacher_support=s.teacher_support, evaluation=s.evaluation,
                    materials=s.materials)
            for s in source.segments
        ]
        session.add(copy)
        session.flush()
        return next(v for v in version_infos(session, lesson.id) if v.id == copy.id)


def describe_version(library: Library, version_id: int, *, change_summary: str,
                     author: str) -> None:
    """Reword a version's change summary and author (allowed on frozen versions too)."""
    with library.unit_of_work() as session:
        version = get_version(session, version_id)
        version.change_summary = change_summary.strip()
        version.author = " ".join(author.split())


def compare_versions(library: Library, old_version_id: int,
                     new_version_id: int) -> VersionComparison:
    """What changed from one version of a lesson to another, segment by segment."""
    with library.reading() as session:
        old, new = get_version(session, old_version_id), get_version(session, new_version_id)
        if old.lesson_id != new.lesson_id:
            raise ValidationError(N_("Only versions of the same lesson can be compared."))
        infos = {v.id: v for v in version_infos(session, old.lesson_id)}
        diff = diff_versions(
            [s.draft() for s in plan_segments(old.segments)],
            [s.draft() for s in plan_segments(new.segments)],
        )
        return VersionComparison(infos[old.id], infos[new.id], diff)
