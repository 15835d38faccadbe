"""``search TEXT [--json]``: find notes, feedback, key ideas, actions, plans and lessons.

The text is searched as it is (quotes, ``*`` and ``NEAR`` are characters to
find); every word must appear. Hits are printed grouped by lesson and
teaching, each with the id that ``list`` and the other commands use.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.domain.errors import ValidationError
from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_
from lessonstudy.i18n.vocabulary import teaching_kind_name

if TYPE_CHECKING:
    from lessonstudy.services.search import SearchHit, SearchResults


def register(subparsers: Any) -> None:
    finder = subparsers.add_parser(
        "search", help=N_("search notes, feedback, key ideas, actions, plans and lesson titles"))
    finder.add_argument("text", metavar="TEXT", help=N_("words to find (all of them, any order)"))
    finder.add_argument("--limit", type=int, default=50, help=N_("hits of each kind (default 50)"))
    finder.add_argument("--json", action="store_true", help=N_("print JSON for scripts"))
    finder.set_defaults(handler=run_search)


def run_search(ctx: CommandContext) -> int:
    from lessonstudy.services.search import search

    if ctx.args.limit < 1:
        raise ValidationError(_("--limit must be at least 1."))
    results = search(ctx.library(reads_only=True), ctx.args.text, ctx.args.limit)
    if ctx.args.json:
        ctx.say(json.dumps(results.as_json(), ensure_ascii=False, indent=2))
        return 0
    if not results.hits:
        ctx.say(_("Nothing in the library mentions {text}.").format(text=ctx.args.text))
        return 0
    for heading, hits in _grouped(results):
        ctx.say(heading)
        for hit in hits:
            ctx.say(f"  {_where(hit)}: {_short(hit.text)}")
    for kind in results.more:
        ctx.say(_("(more {kind} hits: narrow the search or raise --limit)")
                .format(kind=_kind_label(kind)))
    return 0


def _grouped(results: SearchResults) -> list[tuple[str, list[SearchHit]]]:
    groups: dict[tuple[int, int | None], list[SearchHit]] = {}
    for hit in results.hits:
        groups.setdefault((hit.lesson_id, hit.teaching_id), []).append(hit)
    out = []
    for (lesson_id, teaching_id), hits in sorted(groups.items(), key=lambda item: (
            item[0][0], item[0][1] or 0)):
        first = hits[0]
        heading = _("Lesson {id}: {title}").format(id=lesson_id, title=first.lesson_title)
        if teaching_id is not None:
            heading += " — " + _("teaching {id} ({kind}, {date})").format(
                id=teaching_id, kind=teaching_kind_name(first.teaching_kind),
                date=first.teaching_date or "?")
        out.append((heading, hits))
    return out


def _where(hit: SearchHit) -> str:
    """A segment as teachers count it (its id repeats across versions); others by id."""
    if hit.kind == "segment" and hit.version is not None and hit.segment_number is not None:
        return _("version {version} · segment {number}").format(version=hit.version,
                                                                number=hit.segment_number)
    return f"{_kind_label(hit.kind)} {hit.record_id}"


def _kind_label(kind: str) -> str:
    labels = {"note": _("note"), "feedback": _("feedback"), "key_idea": _("key idea"),
              "action": _("action"), "segment": _("segment"), "lesson": _("lesson"),
              "agenda": _("agenda record")}
    return labels.get(kind, kind)


def _short(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
