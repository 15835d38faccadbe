"""All tables of the library, importable from one place (Alembic autogenerate needs them all)."""

from __future__ import annotations

from lessonstudy.storage.base import Base
from lessonstudy.storage.models.classroom import (
    CasePupilPrediction,
    ClassroomMap,
    ClassroomPlace,
    ClassroomSeat,
    NotePlace,
    TallyCounter,
    TallyMark,
)
from lessonstudy.storage.models.conference import (
    ActionItem,
    AgendaItem,
    Conference,
    FeedbackEvidence,
    FeedbackItem,
)
from lessonstudy.storage.models.exchange import SyncBase
from lessonstudy.storage.models.lessons import CasePupil, Lesson, LessonVersion, Segment
from lessonstudy.storage.models.observation import (
    FocusArea,
    ObservationNote,
    Observer,
    ObserverGroup,
)
from lessonstudy.storage.models.people import Cycle, Member, Team
from lessonstudy.storage.models.photos import KeyIdea, Photo, PhotoBlob, PhotoData
from lessonstudy.storage.models.settings import LibrarySetting
from lessonstudy.storage.models.teaching import SegmentTiming, Teaching

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Base",
    "CasePupil",
    "CasePupilPrediction",
    "ClassroomMap",
    "ClassroomPlace",
    "ClassroomSeat",
    "Conference",
    "Cycle",
    "FeedbackEvidence",
    "FeedbackItem",
    "FocusArea",
    "KeyIdea",
    "Lesson",
    "LessonVersion",
    "LibrarySetting",
    "Member",
    "NotePlace",
    "ObservationNote",
    "Observer",
    "ObserverGroup",
    "Photo",
    "PhotoBlob",
    "PhotoData",
    "Segment",
    "SegmentTiming",
    "SyncBase",
    "TallyCounter",
    "TallyMark",
    "Teaching",
    "Team",
]
