"""Read one lesson and everything hanging off it as records, and nest them as a document.

One query per kind of record (never one per row), so exporting a lesson with
hundreds of notes stays quick. The nested document is the same shape a
teacher writes by hand (``docs/lesson-json.md``), with UUIDs as ids and the
audit keys filled so that who-changed-what survives the trip.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.exchange.lesson_records import Record, UuidIndex, row_to_record
from lessonstudy.exchange.lesson_spec import (
    BY_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    ORDER,
    Entity,
    children_of,
)
from lessonstudy.storage.models import Cycle, KeyIdea, Lesson, Team

_CHUNK = 500


def collect_records(session: Session, lesson: Lesson) -> list[Record]:
    """Every record of ``lesson`` (team and cycle included), parents first."""
    cycle = session.get(Cycle, lesson.cycle_id)
    assert cycle is not None
    team = session.get(Team, cycle.team_id)
    rows: dict[str, list[Any]] = {"lesson": [lesson], "cycle": [cycle], "team": [team]}
    for name in ORDER:
        if name not in rows:
            rows[name] = _rows_of(session, BY_NAME[name], rows)
    index = UuidIndex(session)
    for name, found in rows.items():
        index.remember(name, found)
    records: list[Record] = []
    for name in ORDER:
        entity = BY_NAME[name]
        for row in rows[name]:
            record = row_to_record(entity, row, index)
            record.nest_parent = _nest_parent(entity, record, lesson.uuid)
            records.append(record)
    return records


def _scope(entity: Entity) -> tuple[str, str]:
    """The column and parent kind that select this entity's rows."""
    if entity.name == "teaching":
        return "version_id", "version"
    return entity.parent_column, entity.parent


def _rows_of(session: Session, entity: Entity, rows: dict[str, list[Any]]) -> list[Any]:
    column, scope = _scope(entity)
    ids = [row.id for row in rows[scope]]
    model = entity.model
    order = [model.position, model.id] if entity.position_column else [model.id]
    found: list[Any] = []
    for start in range(0, len(ids), _CHUNK):
        stmt = select(model).where(getattr(model, column).in_(ids[start:start + _CHUNK]))
        if entity.name == "group_key_idea":
            stmt = stmt.where(KeyIdea.photo_id.is_(None))
        found.extend(session.scalars(stmt.order_by(*order)))
    return found


def _nest_parent(entity: Entity, record: Record, lesson_uuid: str) -> str:
    if entity.name == "lesson":
        return ""
    if entity.parent_column:
        return str(record.values[entity.parent_column])
    return lesson_uuid


def nest(records: list[Record]) -> dict[str, Any]:
    """The nested lesson document for ``records`` (which hold exactly one lesson)."""
    by_parent: dict[tuple[str, str], list[Record]] = defaultdict(list)
    root = None
    for record in records:
        if record.entity == "lesson":
            root = record
        else:
            by_parent[(record.nest_parent, record.entity)].append(record)
    assert root is not None, "no lesson among the records"
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, **_obj(root, by_parent)}


def _obj(record: Record, by_parent: dict[tuple[str, str], list[Record]]) -> dict[str, Any]:
    entity = record.spec
    out: dict[str, Any] = {"id": record.uuid}
    for field in entity.fields:
        out[field.name] = record.payload if field.name == entity.payload else (
            record.values[field.col])
    out.update(record.audit)
    for child in children_of(entity.name):
        kids = by_parent.get((record.uuid, child.name), [])
        if child.many:
            out[child.key] = [_obj(kid, by_parent) for kid in kids]
        elif kids:
            out[child.key] = _obj(kids[0], by_parent)
    return out
