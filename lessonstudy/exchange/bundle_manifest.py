"""``manifest.json``: what a bundle is, who made it, and the merge bases it carries.

The manifest is read first and judged strictly: a bundle of an unknown
format version is refused with a message that says to update Lesson Study,
rather than half-understood.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lessonstudy import __version__
from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.exchange.json_limits import parse_json
from lessonstudy.i18n import _
from lessonstudy.storage.base import utcnow

BUNDLE_FORMAT = "lessonstudy-bundle"
BUNDLE_VERSION = 1
_KEYS = {"format", "format_version", "app_version", "created_at", "lesson", "bases"}
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Manifest:
    """The facts a bundle states about itself."""

    app_version: str
    created_at: str
    lesson_uuid: str
    lesson_title: str
    bases: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        data = {
            "format": BUNDLE_FORMAT, "format_version": BUNDLE_VERSION,
            "app_version": self.app_version, "created_at": self.created_at,
            "lesson": {"id": self.lesson_uuid, "title": self.lesson_title},
            "bases": self.bases,
        }
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def new_manifest(lesson_uuid: str, title: str, bases: dict[str, str]) -> Manifest:
    return Manifest(__version__, utcnow().isoformat(), lesson_uuid, title, bases)


def parse_manifest(data: bytes) -> tuple[Manifest | None, list[str]]:
    """The manifest, or the list of everything wrong with it."""
    try:
        raw = parse_json(data.decode("utf-8"), "manifest.json")
    except UnicodeDecodeError as exc:
        return None, [f"manifest.json: not valid JSON ({exc})"]
    except ImportRejectedError as exc:
        return None, [exc.message]
    if not isinstance(raw, dict):
        return None, ["manifest.json: expected an object"]
    problems = _version_problems(raw)
    if problems:
        return None, problems  # an unknown format: the rest may mean anything
    problems += [f"manifest.json: unknown key '{k}'" for k in raw if k not in _KEYS]
    problems += _field_problems(raw)
    if problems:
        return None, problems
    lesson = raw["lesson"]
    return Manifest(raw["app_version"], raw["created_at"], lesson["id"], lesson["title"],
                    dict(raw.get("bases", {}))), []


def _version_problems(raw: dict[str, Any]) -> list[str]:
    if raw.get("format") != BUNDLE_FORMAT:
        return [f"manifest.json: format is {raw.get('format')!r}, not {BUNDLE_FORMAT!r} "
                "(this is not a Lesson Study bundle)"]
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return ["manifest.json: format_version: expected an integer"]
    if version != BUNDLE_VERSION:
        return [f"manifest.json: bundle format {version} is not known to this Lesson Study "
                f"{__version__} (it reads format {BUNDLE_VERSION}); update Lesson Study to "
                "import it"]
    return []


def _field_problems(raw: dict[str, Any]) -> list[str]:
    problems = []
    if not isinstance(raw.get("app_version"), str):
        problems.append(_("manifest.json: app_version: expected a string"))
    try:
        datetime.fromisoformat(str(raw.get("created_at")))
    except ValueError:
        problems.append(_("manifest.json: created_at: expected a date and time"))
    lesson = raw.get("lesson")
    if not (isinstance(lesson, dict) and isinstance(lesson.get("id"), str)
            and isinstance(lesson.get("title"), str)):
        problems.append(_("manifest.json: lesson: expected {\"id\": …, \"title\": …}"))
    bases = raw.get("bases", {})
    if not isinstance(bases, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and _HEX64.fullmatch(v)
            for k, v in bases.items()):
        problems.append(_("manifest.json: bases: expected an object of id -> fingerprint"))
    return problems
