"""The lesson plan as plain data: what the planning screens, prints and forms all read.

A lesson plan is spread over five tables (team, members, cycle, lesson,
version and its segments). Observation forms, conference reports, packets and
the lesson plan print all need the same picture of it, with each segment's
start and end already derived from the durations, so it is built once here
(see :func:`lessonstudy.services.plans.load_plan`) and handed around as
frozen dataclasses that never touch the database again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.domain.segments import SegmentDraft
from lessonstudy.domain.timing import TimingSummary, format_clock, format_duration, summarise


@dataclass(frozen=True)
class MemberInfo:
    """A planning team member and their role in the team."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class VersionInfo:
    """One numbered version of a lesson: who made it, why, and whether it is frozen.

    ``frozen`` is True once a teaching (rehearsal, research lesson, reteach)
    used the version; its segments can then only change in a new version.
    """

    id: int
    lesson_id: int
    number: int
    status: str
    change_summary: str
    author: str
    created_at: datetime | None
    teaching_count: int
    segment_count: int
    planned_seconds: int
    row_version: int = 0  # bumped by every save of the segments (the segment editor checks it)

    @property
    def frozen(self) -> bool:
        return self.teaching_count > 0


@dataclass(frozen=True)
class PlanSegment:
    """A segment as printed and observed: its plan fields plus derived start and end."""

    id: int
    lineage: str
    number: int
    title: str
    kind: SegmentKind
    planned_seconds: int
    start: int
    end: int
    activity: str = ""
    anticipated_responses: str = ""
    teacher_support: str = ""
    evaluation: str = ""
    materials: str = ""

    @property
    def time_range(self) -> str:
        """"05:00–12:30", as the printed flow table shows it."""
        return f"{format_clock(self.start)}–{format_clock(self.end)}"

    @property
    def duration_text(self) -> str:
        return format_duration(self.planned_seconds)

    def draft(self) -> SegmentDraft:
        """The editable form of this segment (same lineage)."""
        return SegmentDraft(
            self.lineage, self.title, self.kind, self.planned_seconds, self.activity,
            self.anticipated_responses, self.teacher_support, self.evaluation, self.materials,
        )


@dataclass(frozen=True)
class LessonPlan:
    """One version of one lesson with everything around it: team, cycle, segments.

    ``segments`` are in teaching order; ``versions`` lists every version of
    the lesson (oldest first) so a screen can offer the others.
    """

    lesson_id: int
    title: str
    subject: str
    grade: str
    unit: str
    goals: str
    rationale: str
    duration_seconds: int
    team_name: str
    school: str
    members: tuple[MemberInfo, ...]
    research_theme: str
    cycle_goals: str
    version: VersionInfo
    segments: tuple[PlanSegment, ...]
    versions: tuple[VersionInfo, ...] = ()

    @property
    def timing(self) -> TimingSummary:
        """Planned total against the lesson length (over time is a warning, not an error)."""
        return summarise([s.planned_seconds for s in self.segments], self.duration_seconds)

    def drafts(self) -> tuple[SegmentDraft, ...]:
        """The segments in the editable form the domain's edit functions take."""
        return tuple(segment.draft() for segment in self.segments)
