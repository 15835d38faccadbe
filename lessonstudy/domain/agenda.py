"""The post-lesson conference protocol as an ordered agenda.

Order: thanks → teaching teacher's reflection → planning team → purpose
reminder → one report per observer group (by focus) → critical friends →
open discussion → final comments (knowledgeable other) → agreed actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonstudy.domain.enums import AgendaKind


@dataclass(frozen=True)
class AgendaStep:
    """One planned step of the conference."""

    kind: AgendaKind
    title: str
    speaker: str = ""
    planned_minutes: int = 5


_PROTOCOL: tuple[tuple[AgendaKind, str, int], ...] = (
    (AgendaKind.THANKS, "Thanks to the teacher and the class", 2),
    (AgendaKind.TEACHER_REFLECTION, "Teaching teacher's reflection", 5),
    (AgendaKind.PLANNING_TEAM, "Planning team: the design and its rationale", 5),
    (AgendaKind.PURPOSE_REMINDER, "Reminder of the research theme and the feedback principles", 2),
    (AgendaKind.CRITICAL_FRIENDS, "Critical friends", 8),
    (AgendaKind.OPEN_DISCUSSION, "Open discussion", 10),
    (AgendaKind.FINAL_COMMENTS, "Final comments (knowledgeable other)", 5),
    (AgendaKind.AGREED_ACTIONS, "Agreed actions for the next version", 5),
)


def protocol_agenda(
    group_reports: Sequence[tuple[str, str]],
    *,
    teacher: str = "",
    knowledgeable_other: str = "",
    minutes_per_group: int = 5,
) -> list[AgendaStep]:
    """The default agenda; ``group_reports`` is (group name, focus) in report order."""
    steps: list[AgendaStep] = []
    for kind, title, minutes in _PROTOCOL:
        if kind is AgendaKind.CRITICAL_FRIENDS:
            steps.extend(
                AgendaStep(
                    AgendaKind.GROUP_REPORT,
                    f"{name}: {focus}" if focus else name,
                    name,
                    minutes_per_group,
                )
                for name, focus in group_reports
            )
        speaker = {
            AgendaKind.TEACHER_REFLECTION: teacher,
            AgendaKind.FINAL_COMMENTS: knowledgeable_other,
        }.get(kind, "")
        steps.append(AgendaStep(kind, title, speaker, minutes))
    return steps
