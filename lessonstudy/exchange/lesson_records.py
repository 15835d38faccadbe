"""Flat records: the common form of a lesson between the JSON document and the database.

Both directions meet here. The exporter turns rows into records; the importer
turns a validated document into records; the merge compares the two by
fingerprint. A record keeps values by column name with every link written as
the linked record's UUID, so a record means the same on every machine and its
fingerprint (a hash of its content, not of its ids or audit columns) tells
whether two machines hold the same state of a row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.exchange.lesson_spec import BY_NAME, Entity

AUDIT_COLUMNS = ("created_at", "updated_at", "updated_by")


@dataclass
class Record:
    """One row of a lesson in portable form."""

    entity: str
    uuid: str
    values: dict[str, Any]  # column -> JSON-ready value; links are UUIDs
    nest_parent: str = ""  # UUID of the record it sits under in the document
    audit: dict[str, str] = field(default_factory=dict)
    path: str = ""
    payload: str = ""  # photos: the file (bundle member or relative path)
    import_fp: str = ""  # fingerprint to remember when the import had to alter the record

    @property
    def spec(self) -> Entity:
        return BY_NAME[self.entity]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.entity, self.values)


def fingerprint(entity: str, values: dict[str, Any]) -> str:
    """SHA-256 of a record's content: equal on two machines iff the row says the same."""
    text = json.dumps([entity, values], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ref_columns(entity: Entity) -> dict[str, str]:
    """Columns holding links, and the entity each links to."""
    refs = {f.col: f.target for f in entity.fields if f.kind == "ref"}
    if entity.parent_column:
        refs[entity.parent_column] = entity.parent
    if entity.owner:
        refs[entity.owner[0]] = entity.owner[1]
    return refs


def value_columns(entity: Entity) -> list[str]:
    """Every column a record of ``entity`` carries (links included, the photo file not)."""
    columns = [f.col for f in entity.fields if f.name != entity.payload]
    return columns + [c for c in ref_columns(entity) if c not in columns]


def to_json_value(value: Any) -> Any:
    """A column value as JSON: dates ISO, date-times in UTC with an offset."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_datetime(text: str) -> str:
    return to_json_value(datetime.fromisoformat(text))


def to_db_value(kind: str, value: Any) -> Any:
    """A JSON value back as the column's Python value."""
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value).astimezone(UTC)
    return value


def column_kinds(entity: Entity) -> dict[str, str]:
    kinds = {f.col: f.kind for f in entity.fields}
    for column in ref_columns(entity):
        kinds.setdefault(column, "ref")
    return kinds


class UuidIndex:
    """Maps local ids to UUIDs per table, asking the database only for ids it has not seen."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._uuids: dict[tuple[str, int], str] = {}

    def remember(self, entity: str, rows: Iterable[Any]) -> None:
        table = BY_NAME[entity].model.__tablename__
        for row in rows:
            self._uuids[(table, row.id)] = row.uuid

    def uuid(self, entity: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        model = BY_NAME[entity].model
        key = (model.__tablename__, row_id)
        if key not in self._uuids:
            found = self._session.execute(select(model.uuid).where(model.id == row_id)).scalar()
            self._uuids[key] = found or ""
        return self._uuids[key] or None


def row_to_record(entity: Entity, row: Any, index: UuidIndex, nest_parent: str = "") -> Record:
    """A database row (ORM object) as a portable record."""
    refs = ref_columns(entity)
    values: dict[str, Any] = {}
    for column in value_columns(entity):
        raw = getattr(row, column)
        values[column] = index.uuid(refs[column], raw) if column in refs else to_json_value(raw)
    audit = {k: to_json_value(getattr(row, k)) for k in AUDIT_COLUMNS}
    return Record(entity.name, row.uuid, values, nest_parent, {k: v for k, v in audit.items()
                                                                if v is not None})
