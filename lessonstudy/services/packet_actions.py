"""Agreed actions of the packet's lessons, with their targets named, in one query.

An action names its target segment by lineage (so it still means "the same
segment" in later versions) and the version that closed it by id; the packet
prints the segment's latest title and the version number instead. The
versions and segments are already loaded for the version history, so naming
costs no extra query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.conference import PLAN_FIELDS
from lessonstudy.domain.packet import PacketAction
from lessonstudy.i18n import _
from lessonstudy.storage.models import ActionItem, LessonVersion, Segment


def actions_by_lesson(session: Session, lesson_ids: Sequence[int],
                      versions: Mapping[int, Sequence[LessonVersion]],
                      segments: Mapping[int, Sequence[Segment]],
                      ) -> dict[int, list[PacketAction]]:
    """Every action of the given lessons, oldest first, grouped by lesson id."""
    numbers = {v.id: v.number for vs in versions.values() for v in vs}
    titles: dict[str, str] = {}
    for lesson_versions in versions.values():
        for version in lesson_versions:  # oldest first: the latest title wins
            titles.update((s.lineage, s.title) for s in segments.get(version.id, ()))
    found: dict[int, list[PacketAction]] = defaultdict(list)
    for item in session.scalars(select(ActionItem).where(ActionItem.lesson_id.in_(lesson_ids))
                                .order_by(ActionItem.id)):
        found[item.lesson_id].append(PacketAction(
            text=item.text, owner=item.owner, status=item.status,
            target=target_label(titles.get(item.target_segment_lineage, ""), item.target_field),
            closed_by_version=numbers.get(item.closed_by_version_id or 0)))
    return found


def target_label(segment_title: str, field: str) -> str:
    """"Group work — Materials", "Lesson goals", or "" when the action targets nothing."""
    field_label = _(PLAN_FIELDS[field]) if field in PLAN_FIELDS else field
    if segment_title:
        return f"{segment_title} — {field_label}" if field_label else segment_title
    return field_label
