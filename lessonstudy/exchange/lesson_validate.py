"""Check a lesson document against the spec and name the JSON path of every problem.

The same rules as ``docs/lesson.schema.json`` (which is generated from the same
spec), implemented here because ``jsonschema`` is not a dependency and because
teachers need messages like ``$.versions[0].segments[2].duration_seconds:
expected an integer`` rather than a validator's internals. It never stops at
the first problem: a file is rejected with the whole list.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from lessonstudy.domain.limits import MAX_GROUPS, MAX_OBSERVERS
from lessonstudy.domain.text_rules import author_problem, control_problem
from lessonstudy.exchange.lesson_spec import (
    AUDIT_KEYS,
    BY_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    Entity,
    Field,
    children_of,
)
from lessonstudy.i18n import N_, _

ROOT_KEYS = ("format", "format_version")
MAX_ID_LENGTH = 100


def validate_document(doc: Any) -> list[str]:
    """Every problem in ``doc`` as ``"<json path>: <what is wrong>"``; empty when valid."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        return [_("$: expected an object (the lesson)")]
    _check_header(doc, problems)
    _check_record(doc, BY_NAME["lesson"], "$", problems, extra=ROOT_KEYS)
    return problems


def _check_header(doc: dict[str, Any], problems: list[str]) -> None:
    if "format" in doc and doc["format"] != FORMAT_NAME:
        problems.append(_("$.format: expected \"{name}\"").format(name=FORMAT_NAME))
    version = doc.get("format_version")
    if "format_version" not in doc:
        problems.append(_("$.format_version: required key missing (use {supported})").format(
                            supported=FORMAT_VERSION))
    elif not _is_int(version):
        problems.append(_("$.format_version: expected an integer"))
    elif version != FORMAT_VERSION:
        problems.append(_("$.format_version: version {version} is not supported (this Lesson "
                          "Study reads version {supported})").format(
                            version=version, supported=FORMAT_VERSION))


def record_keys(entity: Entity) -> set[str]:
    """Every key a record of ``entity`` may have."""
    keys = {"id", *AUDIT_KEYS, *(f.name for f in entity.fields)}
    return keys | {child.key for child in children_of(entity.name)}


def _check_record(obj: dict[str, Any], entity: Entity, path: str, problems: list[str],
                  extra: tuple[str, ...] = ()) -> None:
    allowed = record_keys(entity) | set(extra)
    for key in obj:
        if key not in allowed:
            problems.append(_("{where}: unknown key").format(where=_join(path, key)))
    _check_id_and_audit(obj, path, problems)
    for spec in entity.fields:
        if spec.name not in obj:
            if spec.required:
                problems.append(_("{where}: required key missing").format(
                                    where=_join(path, spec.name)))
            continue
        message = check_value(spec, obj[spec.name])
        if message:
            problems.append(_("{where}: {why}").format(where=_join(path, spec.name), why=message))
    if entity.name == "timing":
        _check_timing_order(obj, path, problems)
    for child in children_of(entity.name):
        _check_children(obj, child, path, problems)


def _check_timing_order(obj: dict[str, Any], path: str, problems: list[str]) -> None:
    """A segment cannot end before it starts: refused here, not first by the report."""
    start, end = obj.get("actual_start"), obj.get("actual_end")
    if isinstance(start, int) and isinstance(end, int) and end < start:
        problems.append(
            _("{where}: the segment ends ({end} s) before it starts ({start} s)").format(
                where=_join(path, "actual_end"), end=end, start=start))


def _check_id_and_audit(obj: dict[str, Any], path: str, problems: list[str]) -> None:
    if "id" in obj:
        value = obj["id"]
        if not isinstance(value, str) or not value.strip():
            problems.append(_("{where}: expected a non-empty string").format(
                                where=_join(path, 'id')))
        elif len(value) > MAX_ID_LENGTH:
            problems.append(_("{where}: longer than {limit} characters").format(
                                where=_join(path, 'id'), limit=MAX_ID_LENGTH))
    for key in ("created_at", "updated_at"):
        if key in obj and not _is_datetime(obj[key]):
            problems.append(
                _("{where}: expected a date and time like 2026-11-20T10:30:00+08:00").format(
                    where=_join(path, key)))
    if "updated_by" in obj:
        why = author_problem(obj["updated_by"])
        if why:
            problems.append(_("{where}: {why}").format(where=_join(path, "updated_by"), why=why))


def _check_children(obj: dict[str, Any], child: Entity, path: str, problems: list[str]) -> None:
    where = _join(path, child.key)
    if child.key not in obj:
        if child.required:
            problems.append(_("{where}: required key missing").format(where=where))
        return
    value = obj[child.key]
    if not child.many:
        if isinstance(value, dict):
            _check_record(value, child, where, problems)
        else:
            problems.append(_("{where}: expected an object").format(where=where))
        return
    if not isinstance(value, list):
        problems.append(_("{where}: expected a list").format(where=where))
        return
    limit = _LIST_LIMITS.get(child.name)
    if limit is not None and len(value) > limit:
        problems.append(_("{where}: {count:,} items; at most {limit:,} are allowed").format(
                            where=where, count=len(value), limit=limit))
        return
    for index, item in enumerate(value):
        if isinstance(item, dict):
            _check_record(item, child, f"{where}[{index}]", problems)
        else:
            problems.append(_("{where}[{index}]: expected an object").format(
                                where=where, index=index))


_LIST_LIMITS = {"observer": MAX_OBSERVERS, "group": MAX_GROUPS}
"""The same limits as a roster import and ``assign`` (domain/limits.py)."""


def check_value(spec: Field, value: Any) -> str:
    """What is wrong with ``value`` for ``spec``, or "" when it fits."""
    if value is None:
        return "" if spec.nullable else _("expected {kind}, not null").format(
            kind=_describe(spec))
    checker = _CHECKERS[spec.kind]
    return checker(spec, value)


def _check_str(spec: Field, value: Any) -> str:
    if not isinstance(value, str):
        return _("expected a string")
    if spec.choices and value not in spec.choices:
        return _("expected one of: {choices}").format(choices=", ".join(spec.choices))
    if spec.max_length is not None and len(value) > spec.max_length:
        return _("longer than {limit} characters").format(limit=spec.max_length)
    if spec.pattern and not re.fullmatch(spec.pattern, value):
        return _("expected 64 lowercase hexadecimal digits") if spec.name == "sha256" else (
            _("does not match {pattern}").format(pattern=spec.pattern))
    if spec.required and not value.strip():
        return _("must not be empty")
    return control_problem(value)


def _check_int(spec: Field, value: Any) -> str:
    if not _is_int(value):
        return _("expected an integer")
    if spec.minimum is not None and value < spec.minimum:
        return _("must be at least {minimum}").format(minimum=spec.minimum)
    if spec.maximum is not None and value > spec.maximum:
        return _("must be at most {maximum}").format(maximum=spec.maximum)
    return ""


def _check_bool(_spec: Field, value: Any) -> str:
    return "" if isinstance(value, bool) else _("expected true or false")


def _check_date(_spec: Field, value: Any) -> str:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
            return ""
        except ValueError:
            pass
    return _("expected a date like 2026-11-20")


def _check_datetime(_spec: Field, value: Any) -> str:
    return "" if _is_datetime(value) else (
        _("expected a date and time like 2026-11-20T10:30:00+08:00"))


def _check_ref(_spec: Field, value: Any) -> str:
    return "" if isinstance(value, str) and value.strip() else (
        _("expected the id (a string) of another record"))


_CHECKERS = {"str": _check_str, "int": _check_int, "bool": _check_bool, "date": _check_date,
             "datetime": _check_datetime, "ref": _check_ref}


def _describe(spec: Field) -> str:
    return _(_KIND_WORDS[spec.kind])


_KIND_WORDS = {"str": N_("a string"), "int": N_("an integer"), "bool": N_("true or false"),
               "date": N_("a date"), "datetime": N_("a date and time"), "ref": N_("an id")}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or not re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _join(path: str, key: str) -> str:
    return f"{path}.{key}"
