"""Turn a validated lesson document into flat records, resolving ids and filling defaults.

Records in a hand-written file may have any ids ("g1", "seg-warmup") or none;
bundles carry UUIDs. Non-UUID ids become UUIDs derived from the lesson's own
id (or title) and the record's id or position, so importing the same file
twice finds the same rows again instead of duplicating them. Links that point
nowhere, ids used twice and version numbers used twice are reported with the
JSON path, like the validator's problems.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from lessonstudy.exchange.classroom_rules import check_classroom
from lessonstudy.exchange.lesson_records import Record, canonical_datetime
from lessonstudy.exchange.lesson_spec import BY_NAME, ORDER, Entity, children_of
from lessonstudy.i18n import _

NAMESPACE = uuidlib.UUID("0b6f3c1e-51a4-4c55-9c61-7d5e2d9b0a10")


@dataclass
class _Node:
    entity: Entity
    obj: dict[str, Any]
    path: str
    index: int
    parent: _Node | None
    uuid: str = ""


@dataclass
class Flattened:
    """Records in insert order, plus every problem found while linking them."""

    records: list[Record] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def of(self, entity: str) -> list[Record]:
        return [r for r in self.records if r.entity == entity]


def derived_uuid(*parts: str) -> str:
    return str(uuidlib.uuid5(NAMESPACE, "/".join(parts)))


def as_uuid(text: str) -> str | None:
    try:
        return str(uuidlib.UUID(text))
    except ValueError:
        return None


def flatten(doc: dict[str, Any]) -> Flattened:
    """Records for every object in ``doc`` (which ``validate_document`` accepted)."""
    nodes = _walk(doc)
    result = Flattened()
    ids = _assign_uuids(doc, nodes, result.problems)
    singles = {n.entity.name: n.uuid for n in nodes if not n.entity.many}
    by_entity: dict[str, list[Record]] = defaultdict(list)
    for node in nodes:
        by_entity[node.entity.name].append(_record(node, ids, singles, result.problems))
    result.records = [r for name in ORDER for r in by_entity[name]]
    _check_rules(result)
    check_classroom(result)
    return result


def _walk(doc: dict[str, Any]) -> list[_Node]:
    root = _Node(BY_NAME["lesson"], doc, "$", 0, None)
    nodes = [root]
    stack = [root]
    while stack:
        node = stack.pop()
        for child in children_of(node.entity.name):
            value = node.obj.get(child.key)
            where = f"{node.path}.{child.key}"
            if child.name == "cycle" and value is None:
                value = {}
            items = value if child.many else ([] if value is None else [value])
            for i, obj in enumerate(items or []):
                path = f"{where}[{i}]" if child.many else where
                kid = _Node(child, obj, path, i, node)
                nodes.append(kid)
                stack.append(kid)
    return nodes


def _assign_uuids(doc: dict[str, Any], nodes: list[_Node],
                  problems: list[str]) -> dict[str, tuple[str, str]]:
    """UUID of every node; returns raw id -> (entity, uuid) for resolving links."""
    lesson_key = str(doc.get("id") or "title:" + str(doc.get("title", "")))
    ids: dict[str, tuple[str, str]] = {}
    seen_at: dict[str, str] = {}
    team_uuid = ""
    for node in sorted(nodes, key=lambda n: ORDER.index(n.entity.name)):
        raw = node.obj.get("id")
        node.uuid = _uuid_for(node, raw, lesson_key, team_uuid)
        if node.entity.name == "team":
            team_uuid = node.uuid
        if node.uuid in seen_at:
            problems.append(_("{path}.id: the id '{raw}' is already used at {other}").format(
                                path=node.path, raw=raw, other=seen_at[node.uuid]))
            continue
        seen_at[node.uuid] = node.path
        if raw is not None:
            ids[raw] = (node.entity.name, node.uuid)
    return ids


def _uuid_for(node: _Node, raw: str | None, lesson_key: str, team_uuid: str) -> str:
    if raw is not None and as_uuid(raw):
        return str(as_uuid(raw))
    name = node.entity.name
    if name == "lesson":
        return derived_uuid("lesson", lesson_key)
    if name == "team":
        natural = f"{node.obj.get('name', '')}|{node.obj.get('school', '')}"
        return derived_uuid("team", raw or natural)
    if name == "cycle":
        return derived_uuid("cycle", team_uuid, raw or str(node.obj.get("research_theme", "")))
    return derived_uuid(lesson_key, name, raw or node.path)


def _record(node: _Node, ids: dict[str, tuple[str, str]], singles: dict[str, str],
            problems: list[str]) -> Record:
    entity = node.entity
    values: dict[str, Any] = {}
    for spec in entity.fields:
        if spec.name == entity.payload:
            continue
        value = node.obj.get(spec.name, spec.default)
        if spec.kind == "ref" and value is not None:
            value = _resolve(node, spec.name, spec.target, value, ids, problems)
        elif spec.kind == "datetime" and value is not None:
            value = canonical_datetime(value)
        values[spec.col] = value
    if entity.position_column and "position" not in node.obj:
        values[entity.position_column] = node.index
    if entity.parent_column and node.parent is not None:
        values[entity.parent_column] = node.parent.uuid
    if entity.owner:
        values[entity.owner[0]] = singles[entity.owner[1]]
    if entity.name == "segment" and values.get("lineage") is None:
        values["lineage"] = node.uuid
    audit: dict[str, str] = {k: node.obj[k] for k in ("created_at", "updated_at", "updated_by")
                             if k in node.obj}
    for key in ("created_at", "updated_at"):
        if key in audit:
            audit[key] = canonical_datetime(audit[key])
    return Record(entity.name, node.uuid, values, node.parent.uuid if node.parent else "",
                  audit, node.path, str(node.obj.get(entity.payload, "")) if entity.payload else "")


def _resolve(node: _Node, key: str, target: str, raw: str, ids: dict[str, tuple[str, str]],
             problems: list[str]) -> str | None:
    found = ids.get(raw)
    if found is None or found[0] != target:
        problems.append(_("{path}.{key}: no {kind} with id '{raw}' in this file").format(
                            path=node.path, key=key, kind=target.replace('_', ' '), raw=raw))
        return None
    return found[1]


def _check_rules(result: Flattened) -> None:
    """Rules the database would enforce, reported with paths instead of as a crash."""
    numbers: dict[int, str] = {}
    for rec in result.of("version"):
        number = rec.values["number"]
        if number in numbers:
            result.problems.append(
                _("{path}.number: version {number} is already used at {other}").format(
                    path=rec.path, number=number, other=numbers[number]))
        numbers.setdefault(number, rec.path)
    segments_of = {r.uuid: r.values["version_id"] for r in result.of("segment")}
    versions_of = {r.uuid: r.values["version_id"] for r in result.of("teaching")}
    timed: dict[tuple[str, str], str] = {}
    for rec in result.of("timing"):
        teaching, segment = rec.values["teaching_id"], rec.values["segment_id"]
        if segment is None:
            continue
        if segments_of.get(segment) != versions_of.get(teaching):
            result.problems.append(_("{path}.segment: that segment is not in the version this "
                                     "teaching used").format(path=rec.path))
        if (teaching, segment) in timed:
            result.problems.append(
                _("{path}.segment: this segment already has a timing at {other}").format(
                    path=rec.path, other=timed[teaching, segment]))
        timed.setdefault((teaching, segment), rec.path)
