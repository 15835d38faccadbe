"""The fixed vocabularies of lesson study, stored as their ``value`` strings.

Values are stable storage keys (never translate or rename them); labels are
English defaults that the UI passes through ``tr`` and printing may localise.
"""

from __future__ import annotations

from enum import StrEnum

from lessonstudy.i18n import N_


class SegmentKind(StrEnum):
    """What the class does during one timed segment."""

    PRESENTATION = "presentation"
    WHOLE_CLASS_QA = "whole_class_qa"
    PAIR_WORK = "pair_work"
    GROUP_WORK = "group_work"
    IBOARD_WRITING = "iboard_writing"
    PEER_FEEDBACK = "peer_feedback"
    STUDENT_PRESENTATION = "student_presentation"
    INDIVIDUAL_WORK = "individual_work"
    TRANSITION = "transition"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SEGMENT_LABELS[self]


_SEGMENT_LABELS = {
    SegmentKind.PRESENTATION: "Teacher presentation",
    SegmentKind.WHOLE_CLASS_QA: "Whole-class Q&A",
    SegmentKind.PAIR_WORK: "Pair work",
    SegmentKind.GROUP_WORK: "Group work",
    SegmentKind.IBOARD_WRITING: "iBoard writing",
    SegmentKind.PEER_FEEDBACK: "Gallery / peer feedback",
    SegmentKind.STUDENT_PRESENTATION: "Student presentation",
    SegmentKind.INDIVIDUAL_WORK: "Individual work",
    SegmentKind.TRANSITION: "Transition",
    SegmentKind.OTHER: "Other",
}


class VersionStatus(StrEnum):
    """Where a lesson version stands; taught and rehearsed versions are frozen."""

    DRAFT = "draft"
    REHEARSED = "rehearsed"
    TAUGHT = "taught"


class TeachingKind(StrEnum):
    """Why a version was taught: a rehearsal, the research lesson, or a reteach."""

    REHEARSAL = "rehearsal"
    RESEARCH = "research"
    RETEACH = "reteach"


class CyclePhase(StrEnum):
    """Stage of one lesson study cycle."""

    STUDY = "study"
    PLAN = "plan"
    REHEARSE = "rehearse"
    OPEN_CLASS = "open_class"
    CONFERENCE = "conference"
    REVISE = "revise"
    DONE = "done"


class ObserverRole(StrEnum):
    """The part a person plays at an open class."""

    VISITOR = "visitor"
    TEAM_MEMBER = "team_member"
    CRITICAL_FRIEND = "critical_friend"
    KNOWLEDGEABLE_OTHER = "knowledgeable_other"
    FACILITATOR = "facilitator"
    RECORDER = "recorder"
    TIMEKEEPER = "timekeeper"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class NoteKind(StrEnum):
    """Observation notes separate what was seen from what it might mean."""

    EVIDENCE = "evidence"
    INTERPRETATION = "interpretation"
    QUESTION = "question"


class FeedbackType(StrEnum):
    """Conference feedback types, in the order reports print them."""

    STRENGTH = "strength"
    QUESTION = "question"
    SUGGESTION = "suggestion"
    CONCERN = "concern"


class ActionStatus(StrEnum):
    """An agreed action is open until a version addresses it."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AgendaKind(StrEnum):
    """Steps of the post-lesson conference protocol, in their usual order."""

    THANKS = "thanks"
    TEACHER_REFLECTION = "teacher_reflection"
    PLANNING_TEAM = "planning_team"
    PURPOSE_REMINDER = "purpose_reminder"
    GROUP_REPORT = "group_report"
    CRITICAL_FRIENDS = "critical_friends"
    OPEN_DISCUSSION = "open_discussion"
    FINAL_COMMENTS = "final_comments"
    AGREED_ACTIONS = "agreed_actions"


DEFAULT_PRINCIPLES: tuple[str, ...] = (
    N_("Mutual respect"),
    N_("Equal participation"),
    N_("Focus on the learning design"),
    N_("Understanding the teacher's situation"),
    N_("Sharing honestly"),
)
"""English source texts: a new conference stores them in the library's language
(:func:`lessonstudy.domain.conference.default_principles`)."""

DEFAULT_LESSON_SECONDS = 50 * 60
