"""What a stored text is called in a message: "the lesson title has 412 characters…".

The storage checks (too long, NUL character) name the field they refuse. The words used to
be made from the model's class and column names ("observer group name"), which stayed
English inside a Chinese or Japanese sentence; they come from this table instead, in the
teachers' words of each language. Columns nobody types (ids, hashes, who changed a row)
are named by their record and column, which only a damaged bundle can ever reach.
``tests/i18n/test_field_words.py`` fails when a new text column has no words here.
"""

from __future__ import annotations

from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_

FIELD_WORDS: dict[tuple[str, str], str] = {
    ("ActionItem", "owner"): N_("action owner"),
    ("ActionItem", "text"): N_("action text"),
    ("AgendaItem", "record"): N_("record of the agenda step"),
    ("AgendaItem", "speaker"): N_("agenda step speaker"),
    ("AgendaItem", "title"): N_("agenda step title"),
    ("CasePupil", "label"): N_("case pupil label"),
    ("CasePupil", "success_criterion"): N_("case pupil success criterion"),
    ("CasePupil", "typifies"): N_("description of what the case pupil typifies"),
    ("CasePupilPrediction", "text"): N_("case pupil prediction"),
    ("ClassroomPlace", "label"): N_("classroom place label"),
    ("ClassroomSeat", "label"): N_("seat label"),
    ("Conference", "facilitator"): N_("conference facilitator"),
    ("Conference", "principles"): N_("feedback principles"),
    ("Conference", "recorder"): N_("conference recorder"),
    ("Cycle", "goals"): N_("cycle goals"),
    ("Cycle", "research_theme"): N_("research theme"),
    ("FeedbackItem", "author"): N_("feedback author"),
    ("FeedbackItem", "focus"): N_("feedback focus"),
    ("FeedbackItem", "text"): N_("feedback text"),
    ("FocusArea", "name"): N_("focus area name"),
    ("FocusArea", "prompts"): N_("focus area prompts"),
    ("KeyIdea", "text"): N_("key idea"),
    ("Lesson", "goals"): N_("lesson goals"),
    ("Lesson", "grade"): N_("lesson grade"),
    ("Lesson", "rationale"): N_("lesson rationale"),
    ("Lesson", "subject"): N_("lesson subject"),
    ("Lesson", "title"): N_("lesson title"),
    ("Lesson", "unit"): N_("lesson unit"),
    ("LessonVersion", "author"): N_("version author"),
    ("LessonVersion", "change_summary"): N_("version change summary"),
    ("Member", "name"): N_("team member name"),
    ("Member", "role"): N_("team member role"),
    ("ObservationNote", "text"): N_("observation note"),
    ("Observer", "name"): N_("observer name"),
    ("Observer", "school"): N_("observer school"),
    ("ObserverGroup", "convenor"): N_("observer group convenor"),
    ("ObserverGroup", "focus"): N_("observer group focus"),
    ("ObserverGroup", "name"): N_("observer group name"),
    ("ObserverGroup", "prompts"): N_("observer group prompts"),
    ("Photo", "caption"): N_("photo caption"),
    ("Photo", "group_label"): N_("photo group label"),
    ("Photo", "original_name"): N_("photo file name"),
    ("Segment", "activity"): N_("segment learning activity and key questions"),
    ("Segment", "anticipated_responses"): N_("segment anticipated responses"),
    ("Segment", "evaluation"): N_("segment points to evaluate"),
    ("Segment", "materials"): N_("segment materials"),
    ("Segment", "teacher_support"): N_("segment teacher support"),
    ("Segment", "title"): N_("segment title"),
    ("TallyCounter", "code"): N_("tally code"),
    ("TallyCounter", "key"): N_("tally key"),
    ("TallyCounter", "label"): N_("tally label"),
    ("Teaching", "class_name"): N_("teaching class name"),
    ("Teaching", "room"): N_("teaching room"),
    ("Teaching", "teacher"): N_("teaching teacher"),
    ("Team", "name"): N_("team name"),
    ("Team", "school"): N_("team school"),
    ("Team", "subject"): N_("team subject"),
}
"""The texts teachers type, by (model class, column)."""

RECORD_WORDS: dict[str, str] = {
    "ActionItem": N_("action"),
    "AgendaItem": N_("agenda step"),
    "CasePupil": N_("case pupil"),
    "CasePupilPrediction": N_("case pupil prediction"),
    "ClassroomMap": N_("classroom map"),
    "ClassroomPlace": N_("classroom place"),
    "ClassroomSeat": N_("seat"),
    "Conference": N_("post-lesson conference"),
    "Cycle": N_("cycle"),
    "FeedbackEvidence": N_("feedback evidence"),
    "FeedbackItem": N_("feedback"),
    "FocusArea": N_("focus area"),
    "KeyIdea": N_("key idea"),
    "Lesson": N_("lesson"),
    "LessonVersion": N_("lesson version"),
    "LibrarySetting": N_("library setting"),
    "Member": N_("team member"),
    "NotePlace": N_("note place"),
    "ObservationNote": N_("observation note"),
    "Observer": N_("observer"),
    "ObserverGroup": N_("observer group"),
    "Photo": N_("photo"),
    "PhotoBlob": N_("photo file"),
    "PhotoData": N_("photo data"),
    "Segment": N_("segment"),
    "SegmentTiming": N_("segment timing"),
    "SyncBase": N_("merge base"),
    "TallyCounter": N_("tally counter"),
    "TallyMark": N_("tally mark"),
    "Teaching": N_("teaching"),
    "Team": N_("team"),
}
"""Every stored record, for the columns nobody types (named with the column's own name)."""


def field_words(record: str, column: str) -> str:
    """The words for one stored text, in the language in force ("課堂名稱", "授業の題名")."""
    words = FIELD_WORDS.get((record, column))
    if words is not None:
        return _(words)
    thing = RECORD_WORDS.get(record)
    return _("{record} field {column}").format(
        record=_(thing) if thing else record, column=column)
