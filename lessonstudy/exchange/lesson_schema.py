"""Build the JSON Schema of a lesson document from the spec (``docs/lesson.schema.json``).

The schema is for other tools and editors; the importer uses
``lesson_validate``. Both come from ``lesson_spec``, and a test compares this
output with the file in ``docs/``, so the published contract cannot drift.
Regenerate with ``python -m lessonstudy.exchange.lesson_schema > docs/lesson.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from lessonstudy.exchange.lesson_spec import (
    AUDIT_KEYS,
    BY_NAME,
    ENTITIES,
    FORMAT_NAME,
    FORMAT_VERSION,
    Entity,
    Field,
    children_of,
)
from lessonstudy.exchange.lesson_validate import MAX_ID_LENGTH, ROOT_KEYS

SCHEMA_ID = "https://lessonstudy.invalid/schemas/lesson-1.json"
_DATETIME = {"type": "string", "format": "date-time"}


def build_schema() -> dict[str, Any]:
    """The whole schema: the root is a lesson record plus the format header."""
    root = _record_schema(BY_NAME["lesson"])
    root["properties"] = {
        "format": {"const": FORMAT_NAME},
        "format_version": {"const": FORMAT_VERSION},
        **root["properties"],
    }
    root["required"] = sorted({"format_version", *root.get("required", [])})
    assert set(ROOT_KEYS) <= set(root["properties"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Lesson Study lesson",
        "description": "One lesson with its team, cycle, versions, segments, teachings, "
        "observation, photos, conference and actions. See docs/lesson-json.md.",
        **root,
        "$defs": {e.name: _record_schema(e) for e in ENTITIES if e.name != "lesson"},
    }


def _record_schema(entity: Entity) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH},
    }
    for field in entity.fields:
        properties[field.name] = field_schema(field)
    for key in AUDIT_KEYS:
        properties[key] = {"type": "string"} if key == "updated_by" else dict(_DATETIME)
    required = [f.name for f in entity.fields if f.required]
    for child in children_of(entity.name):
        ref = {"$ref": f"#/$defs/{child.name}"}
        properties[child.key] = {"type": "array", "items": ref} if child.many else ref
        if child.required:
            required.append(child.key)
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": properties}
    if required:
        schema["required"] = required
    return schema


def field_schema(field: Field) -> dict[str, Any]:
    """The JSON Schema of one field."""
    if field.kind == "str":
        schema: dict[str, Any] = {"type": "string"}
        if field.choices:
            schema["enum"] = list(field.choices)
        if field.max_length:
            schema["maxLength"] = field.max_length
        if field.pattern:
            schema["pattern"] = field.pattern
        if field.required:
            schema["minLength"] = 1
    elif field.kind == "int":
        schema = {"type": "integer"}
        if field.minimum is not None:
            schema["minimum"] = field.minimum
        if field.maximum is not None:
            schema["maximum"] = field.maximum
    elif field.kind == "bool":
        schema = {"type": "boolean"}
    elif field.kind == "date":
        schema = {"type": "string", "format": "date"}
    elif field.kind == "datetime":
        schema = dict(_DATETIME)
    else:
        schema = {"type": "string", "minLength": 1,
                  "description": f"the id of a {field.target} in this document"}
    if field.nullable:
        schema["type"] = [schema["type"], "null"]
    return schema


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
