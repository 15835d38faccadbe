"""The shape of a lesson document, declared once for the validator, schema, exporter and importer.

A lesson travels as one nested JSON document (hand-written ``lesson.json`` or
the ``lesson.json`` inside a ``.lsb`` bundle). Every record kind is an
:class:`Entity`: where it sits in the document, which table it fills, and its
fields with their JSON types. Keeping this in one table means the JSON Schema
in ``docs/``, the path-reporting validator and the database mapping cannot
drift apart (a test regenerates the schema and compares).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String

from lessonstudy.domain import enums
from lessonstudy.domain.classroom import ROOM_DEPTH, ROOM_WIDTH, PlaceKind
from lessonstudy.domain.timing import MAX_LESSON_SECONDS
from lessonstudy.storage import models as m

FORMAT_NAME = "lessonstudy-lesson"
FORMAT_VERSION = 1
#: Optional keys every record may carry; bundles fill them so history survives a round trip.
AUDIT_KEYS = ("created_at", "updated_at", "updated_by")
#: The largest whole number any integer column holds (PostgreSQL INTEGER); SQLite overflows at
#: 2**63 and the printed timeline draws one tick per minute, so no number may be bigger.
MAX_STORED_INT = 2**31 - 1


@dataclass(frozen=True)
class Field:
    """One JSON key of a record and the column it fills."""

    name: str
    kind: str  # "str", "int", "bool", "date", "datetime", "ref"
    column: str = ""
    required: bool = False
    default: Any = ""
    nullable: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    target: str = ""  # entity a "ref" points to
    max_length: int | None = None
    pattern: str = ""

    @property
    def col(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class Entity:
    """A kind of record: its place in the document, its table and its fields."""

    name: str
    model: type[Any]
    key: str  # key in the parent object ("" for the document root)
    parent: str  # parent entity name ("" for roots)
    parent_column: str
    fields: tuple[Field, ...]
    many: bool = True
    copy_on_conflict: bool = False  # both sides edited: keep the incoming one as a second row
    position_column: str = ""  # defaults to the index in its list
    payload: str = ""  # a key naming a file (photos), not a column
    #: (column, entity) when the table parent is not the nesting one
    owner: tuple[str, str] | tuple[()] = ()
    required: bool = False  # for single (non-list) entities: must the key be present

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _text(name: str, *, required: bool = False, column: str = "") -> Field:
    return Field(name, "str", column=column, required=required)


def _int(name: str, *, column: str = "", required: bool = False, default: Any = 0,
         nullable: bool = False, minimum: int | None = 0,
         maximum: int = MAX_STORED_INT) -> Field:
    return Field(name, "int", column=column, required=required, default=default,
                 nullable=nullable, minimum=minimum, maximum=maximum)


def _enum(name: str, values: type[enums.StrEnum], default: str, required: bool = False) -> Field:
    return Field(name, "str", required=required, default=default,
                 choices=tuple(v.value for v in values))


def _ref(name: str, target: str, *, required: bool = False, column: str = "") -> Field:
    return Field(name, "ref", column=column or f"{name}_id", target=target, required=required,
                 default=None, nullable=not required)


def _opt(name: str, kind: str) -> Field:
    return Field(name, kind, default=None, nullable=True)


_POS = _int("position")


def _e(name: str, model: type[Any], key: str, parent: str, parent_column: str,
       *fields: Field, **options: Any) -> Entity:
    return Entity(name, model, key, parent, parent_column, tuple(fields), **options)


def _map_entities(prefix: str, owner: str, owner_column: str) -> tuple[Entity, ...]:
    """A classroom map, its places and their seats (the lesson's default or a teaching's)."""
    room, place, seat = f"{prefix}classroom", f"{prefix}place", f"{prefix}seat"
    return (
        _e(room, m.ClassroomMap, "classroom", owner, owner_column, many=False),
        _e(place, m.ClassroomPlace, "places", room, "map_id", _POS,
           _enum("kind", PlaceKind, "table"), _text("label", required=True),
           _int("x", required=True, maximum=ROOM_WIDTH), _int("y", required=True,
                                                               maximum=ROOM_DEPTH),
           _int("width", default=120, minimum=10, maximum=ROOM_WIDTH),
           _int("depth", default=80, minimum=10, maximum=ROOM_DEPTH),
           position_column="position"),
        _e(seat, m.ClassroomSeat, "seats", place, "place_id",
           _int("position", required=True, maximum=7), _text("label", required=True),
           _ref("case_pupil", "case_pupil")),
    )


ENTITIES: tuple[Entity, ...] = (
    _e("team", m.Team, "team", "lesson", "", _text("name", required=True), _text("school"),
       _text("subject"), many=False, required=True),
    _e("member", m.Member, "members", "team", "team_id", _POS, _text("name", required=True),
       _text("role"), position_column="position"),
    _e("cycle", m.Cycle, "cycle", "lesson", "", _text("research_theme"), _text("goals"),
       _opt("start_date", "date"), _opt("end_date", "date"),
       _enum("phase", enums.CyclePhase, "plan"), many=False, owner=("team_id", "team")),
    _e("lesson", m.Lesson, "", "", "", _text("title", required=True), _text("subject"),
       _text("grade"), _text("unit"), _text("goals"), _text("rationale"),
       _int("duration_seconds", default=enums.DEFAULT_LESSON_SECONDS, minimum=1,
            maximum=MAX_LESSON_SECONDS),
       many=False, owner=("cycle_id", "cycle")),
    _e("case_pupil", m.CasePupil, "case_pupils", "lesson", "lesson_id",
       _text("label", required=True), _text("typifies"), _text("success_criterion")),
    *_map_entities("default_", "lesson", "lesson_id"),
    _e("version", m.LessonVersion, "versions", "lesson", "lesson_id",
       _int("number", required=True, minimum=1), _enum("status", enums.VersionStatus, "draft"),
       _text("change_summary"), _text("author")),
    _e("segment", m.Segment, "segments", "version", "version_id", _POS,
       _text("title", required=True), _enum("kind", enums.SegmentKind, "other"),
       _int("duration_seconds", column="planned_seconds", required=True, minimum=1,
            maximum=MAX_LESSON_SECONDS),
       Field("lineage", "str", default=None, nullable=True), _text("activity"),
       _text("anticipated_responses"),
       _text("teacher_support"), _text("evaluation"), _text("materials"),
       position_column="position"),
    _e("prediction", m.CasePupilPrediction, "predictions", "segment", "segment_id",
       _ref("case_pupil", "case_pupil", required=True), _text("text")),
    _e("teaching", m.Teaching, "teachings", "lesson", "",
       _ref("version", "version", required=True), _enum("kind", enums.TeachingKind, "research"),
       _opt("date", "date"), _text("class_name"), _text("teacher"), _text("room"),
       _opt("clock_started_at", "datetime"), _opt("clock_paused_at", "datetime"),
       _int("clock_paused_seconds"), _opt("clock_ended_at", "datetime")),
    _e("timing", m.SegmentTiming, "timings", "teaching", "teaching_id",
       _ref("segment", "segment", required=True), _int("actual_start", required=True),
       _int("actual_end", default=None, nullable=True)),
    _e("group", m.ObserverGroup, "groups", "teaching", "teaching_id", _POS,
       _text("name", required=True), _text("focus"), _text("prompts"), _text("convenor"),
       _int("capacity", default=None, nullable=True, minimum=1), position_column="position"),
    _e("counter", m.TallyCounter, "counters", "group", "group_id", _POS,
       _text("label", required=True), Field("key", "str", required=True, pattern="^[a-z]$"),
       _text("code"), position_column="position"),
    _e("tally_mark", m.TallyMark, "marks", "counter", "counter_id", _ref("segment", "segment"),
       _int("elapsed_seconds", required=True, maximum=MAX_LESSON_SECONDS)),
    *_map_entities("", "teaching", "teaching_id"),
    _e("observer", m.Observer, "observers", "teaching", "teaching_id", _POS,
       _ref("group", "group"), _text("name", required=True), _text("school"),
       _enum("role", enums.ObserverRole, "visitor"), Field("pinned", "bool", default=False),
       position_column="position"),
    _e("photo", m.Photo, "photos", "teaching", "teaching_id",
       Field("file", "str", required=True),
       Field("sha256", "str", default=None, nullable=True, pattern="^[0-9a-f]{64}$"),
       _ref("group", "group"), _text("group_label"), _ref("segment", "segment"),
       _text("caption"), _opt("taken_at", "datetime"), _text("original_name"), payload="file"),
    _e("photo_key_idea", m.KeyIdea, "key_ideas", "photo", "photo_id",
       _int("position", required=True, minimum=1, maximum=4), _text("text"),
       _ref("group", "group"), copy_on_conflict=True),
    _e("group_key_idea", m.KeyIdea, "key_ideas", "group", "group_id",
       _int("position", required=True, minimum=1, maximum=4), _text("text"),
       copy_on_conflict=True),
    _e("note", m.ObservationNote, "notes", "teaching", "teaching_id",
       _ref("observer", "observer"), _ref("group", "group"), _ref("segment", "segment"),
       _ref("case_pupil", "case_pupil"), _ref("photo", "photo"),
       _int("elapsed_seconds", default=None, nullable=True),
       _enum("kind", enums.NoteKind, "evidence"), _text("text", required=True),
       Field("flagged", "bool", default=False), Field("source", "str", default="app"),
       copy_on_conflict=True),
    _e("note_place", m.NotePlace, "about", "note", "note_id", _ref("seat", "seat"),
       _ref("table", "place", column="place_id")),
    _e("conference", m.Conference, "conference", "teaching", "teaching_id",
       _text("facilitator"), _text("recorder"), _text("principles"),
       _opt("started_at", "datetime"), many=False),
    _e("agenda_item", m.AgendaItem, "agenda", "conference", "conference_id", _POS,
       _enum("kind", enums.AgendaKind, "", required=True), _text("title"), _text("speaker"),
       _int("planned_minutes", default=None, nullable=True),
       _int("actual_seconds", default=None, nullable=True), _text("record"),
       position_column="position"),
    _e("feedback", m.FeedbackItem, "feedback", "conference", "conference_id", _POS,
       _ref("group", "group"), _text("author"), Field("critical_friend", "bool", default=False),
       _enum("type", enums.FeedbackType, "strength"), _text("focus"), _ref("segment", "segment"),
       _text("text", required=True), position_column="position", copy_on_conflict=True),
    _e("evidence", m.FeedbackEvidence, "evidence", "feedback", "feedback_id",
       _ref("note", "note"), _ref("photo", "photo")),
    _e("action", m.ActionItem, "actions", "lesson", "lesson_id",
       _ref("feedback", "feedback"), _ref("from_version", "version"),
       _text("target_segment_lineage"), _text("target_field"), _text("text", required=True),
       _text("owner"), _enum("status", enums.ActionStatus, "open"),
       _ref("linked_version", "version"), _ref("closed_by_version", "version"),
       copy_on_conflict=True),
)

BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}
#: Parents are listed before children, so this order is also a safe insert order.
ORDER: tuple[str, ...] = tuple(e.name for e in ENTITIES)


def children_of(entity: str) -> list[Entity]:
    return [e for e in ENTITIES if e.parent == entity]


def _with_lengths(entity: Entity) -> Entity:
    """Fill ``max_length`` from the model's String columns (PostgreSQL enforces them)."""
    table = entity.model.__table__
    fixed = []
    for f in entity.fields:
        column = table.c.get(f.col)
        if f.kind == "str" and column is not None and isinstance(column.type, String):
            length = column.type.length
            fixed.append(Field(**{**f.__dict__, "max_length": length}) if length else f)
        else:
            fixed.append(f)
    return Entity(**{**entity.__dict__, "fields": tuple(fixed)})


ENTITIES = tuple(_with_lengths(e) for e in ENTITIES)
BY_NAME = {e.name: e for e in ENTITIES}
