"""The post-lesson conference protocol as an ordered agenda.

Order: thanks → teaching teacher's reflection → planning team → purpose
reminder → one report per observer group (by focus) → critical friends →
open discussion → final comments (knowledgeable other) → agreed actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonstudy.domain.enums import AgendaKind
from lessonstudy.i18n import N_, _


@dataclass(frozen=True)
class AgendaStep:
    """One planned step of the conference."""

    kind: AgendaKind
    title: str
    speaker: str = ""
    planned_minutes: int = 5


_PROTOCOL: tuple[tuple[AgendaKind, str, int], ...] = (
    (AgendaKind.THANKS, N_("Thanks to the teacher and the class"), 2),
    (AgendaKind.TEACHER_REFLECTION, N_("Teaching teacher's reflection"), 5),
    (AgendaKind.PLANNING_TEAM, N_("Planning team: the design and its rationale"), 5),
    (AgendaKind.PURPOSE_REMINDER,
     N_("Reminder of the research theme and the feedback principles"), 2),
    (AgendaKind.CRITICAL_FRIENDS, N_("Critical friends"), 8),
    (AgendaKind.OPEN_DISCUSSION, N_("Open discussion"), 10),
    (AgendaKind.FINAL_COMMENTS, N_("Final comments (knowledgeable other)"), 5),
    (AgendaKind.AGREED_ACTIONS, N_("Agreed actions for the next version"), 5),
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
        steps.append(AgendaStep(kind, _(title), speaker, minutes))
    return steps
