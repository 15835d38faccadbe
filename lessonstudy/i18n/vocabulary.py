"""The printed names of lesson study's fixed vocabularies, in the language in force.

The domain enums keep English labels for the window (Qt translates those through its
``.ts``); prints, errors and the CLI call these functions instead, so "Critical friend" is
諍友 on a Hong Kong form, 诤友 on a mainland one and 助言者 on a Japanese one.
"""

from __future__ import annotations

from lessonstudy.domain.enums import (
    ActionStatus,
    AgendaKind,
    FeedbackType,
    NoteKind,
    ObserverRole,
    SegmentKind,
    TeachingKind,
    VersionStatus,
)
from lessonstudy.i18n import N_, _

_SEGMENT_KINDS = {
    SegmentKind.PRESENTATION: N_("Teacher presentation"),
    SegmentKind.WHOLE_CLASS_QA: N_("Whole-class Q&A"),
    SegmentKind.PAIR_WORK: N_("Pair work"),
    SegmentKind.GROUP_WORK: N_("Group work"),
    SegmentKind.IBOARD_WRITING: N_("iBoard writing"),
    SegmentKind.PEER_FEEDBACK: N_("Gallery / peer feedback"),
    SegmentKind.STUDENT_PRESENTATION: N_("Student presentation"),
    SegmentKind.INDIVIDUAL_WORK: N_("Individual work"),
    SegmentKind.TRANSITION: N_("Transition"),
    SegmentKind.OTHER: N_("Other"),
}

_ROLES = {
    ObserverRole.VISITOR: N_("Visitor"),
    ObserverRole.TEAM_MEMBER: N_("Team member"),
    ObserverRole.CRITICAL_FRIEND: N_("Critical friend"),
    ObserverRole.KNOWLEDGEABLE_OTHER: N_("Knowledgeable other"),
    ObserverRole.FACILITATOR: N_("Facilitator"),
    ObserverRole.RECORDER: N_("Recorder"),
    ObserverRole.TIMEKEEPER: N_("Timekeeper"),
}

_TEACHING_KINDS = {
    TeachingKind.REHEARSAL: N_("Rehearsal"),
    TeachingKind.RESEARCH: N_("Research lesson"),
    TeachingKind.RETEACH: N_("Reteach"),
}

_VERSION_STATUSES = {
    VersionStatus.DRAFT: N_("draft"),
    VersionStatus.REHEARSED: N_("rehearsed"),
    VersionStatus.TAUGHT: N_("taught"),
}

_FEEDBACK_TYPES = {
    FeedbackType.STRENGTH: N_("Strength"),
    FeedbackType.QUESTION: N_("Question"),
    FeedbackType.SUGGESTION: N_("Suggestion"),
    FeedbackType.CONCERN: N_("Concern"),
}

_FEEDBACK_TYPES_PLURAL = {
    FeedbackType.STRENGTH: N_("Strengths"),
    FeedbackType.QUESTION: N_("Questions"),
    FeedbackType.SUGGESTION: N_("Suggestions"),
    FeedbackType.CONCERN: N_("Concerns"),
}

_NOTE_KINDS = {
    NoteKind.EVIDENCE: N_("Evidence"),
    NoteKind.INTERPRETATION: N_("Interpretation"),
    NoteKind.QUESTION: N_("Question"),
}

_ACTION_STATUSES = {
    ActionStatus.OPEN: N_("open"),
    ActionStatus.DONE: N_("done"),
    ActionStatus.DROPPED: N_("dropped"),
}

_AGENDA_KINDS = {
    AgendaKind.THANKS: N_("Thanks"),
    AgendaKind.TEACHER_REFLECTION: N_("Teacher's reflection"),
    AgendaKind.PLANNING_TEAM: N_("Planning team"),
    AgendaKind.PURPOSE_REMINDER: N_("Purpose reminder"),
    AgendaKind.GROUP_REPORT: N_("Group reports"),
    AgendaKind.CRITICAL_FRIENDS: N_("Critical friends"),
    AgendaKind.OPEN_DISCUSSION: N_("Open discussion"),
    AgendaKind.FINAL_COMMENTS: N_("Final comments"),
    AgendaKind.AGREED_ACTIONS: N_("Agreed actions"),
}


def segment_kind_name(kind: SegmentKind) -> str:
    return _(_SEGMENT_KINDS[kind])


def role_name(role: ObserverRole) -> str:
    return _(_ROLES[role])


def teaching_kind_name(kind: TeachingKind | str) -> str:
    return _(_TEACHING_KINDS[TeachingKind(kind)])


def version_status_name(status: VersionStatus | str) -> str:
    return _(_VERSION_STATUSES[VersionStatus(status)])


def feedback_type_name(kind: FeedbackType | str, plural: bool = False) -> str:
    table = _FEEDBACK_TYPES_PLURAL if plural else _FEEDBACK_TYPES
    return _(table[FeedbackType(kind)])


def note_kind_name(kind: NoteKind | str) -> str:
    return _(_NOTE_KINDS[NoteKind(kind)])


def action_status_name(status: ActionStatus | str) -> str:
    return _(_ACTION_STATUSES[ActionStatus(status)])


def agenda_kind_name(kind: AgendaKind | str) -> str:
    return _(_AGENDA_KINDS[AgendaKind(kind)])
