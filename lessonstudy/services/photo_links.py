"""Which group and segment a photo may point at, and finding them by the names people use.

A photo links to an observer group of *its own* teaching and to a segment of
the plan that teaching used; anything else is refused with a sentence, not a
foreign-key error. The command line names groups by name or id and segments
by their number in the plan (1 = first), ``id:N`` or title, and an unknown
name is reported before a single photo is decoded.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import AmbiguousNameError, NotFoundError, ValidationError
from lessonstudy.i18n import N_, _
from lessonstudy.services.photo_records import PhotoChoices, PhotoFields, SegmentChoice
from lessonstudy.services.photo_rows import numbered_segments
from lessonstudy.storage.models import ObserverGroup, Teaching

CAPTION_CHARS = 2000
LABEL_CHARS = 100


def teaching_choices(session: Session, teaching: Teaching) -> PhotoChoices:
    groups = session.execute(
        select(ObserverGroup.id, ObserverGroup.name)
        .where(ObserverGroup.teaching_id == teaching.id)
        .order_by(ObserverGroup.position, ObserverGroup.id)
    ).all()
    numbered = numbered_segments(session, {teaching.id})
    segments = sorted(
        (SegmentChoice(seg_id, number, title) for seg_id, (number, title) in numbered.items()),
        key=lambda choice: choice.number,
    )
    return PhotoChoices(groups=tuple(groups), segments=tuple(segments))


def checked_fields(
    session: Session,
    teaching: Teaching,
    fields: PhotoFields,
    summary: str = N_("The photo's details cannot be saved."),
) -> PhotoFields:
    """``fields`` tidied (trimmed text), or a :class:`ValidationError` listing every problem."""
    choices = teaching_choices(session, teaching)
    problems = []
    if fields.group_id is not None and fields.group_id not in dict(choices.groups):
        problems.append(_("That observer group does not belong to this teaching."))
    if fields.segment_id is not None and fields.segment_id not in {
        s.id for s in choices.segments
    }:
        problems.append(_("That segment is not part of the plan this teaching used."))
    label = " ".join(fields.group_label.split())
    if len(label) > LABEL_CHARS:
        problems.append(_("The group label is longer than {limit} characters.").format(
                            limit=LABEL_CHARS))
    if len(fields.caption) > CAPTION_CHARS:
        problems.append(_("The caption is longer than {limit} characters.").format(
                            limit=CAPTION_CHARS))
    if problems:
        raise ValidationError.from_problems(summary, problems)
    return PhotoFields(fields.caption.strip(), fields.group_id, label, fields.segment_id)


def find_group(session: Session, teaching: Teaching, ref: str) -> int:
    """An observer group of ``teaching`` by id or name (case-insensitive)."""
    choices = teaching_choices(session, teaching).groups
    text = ref.strip()
    if text.isdigit() and int(text) in dict(choices):
        return int(text)
    matches = [group_id for group_id, name in choices if name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousNameError(N_("More than one group is called '{text}'; use its id."),
                                 text=text)
    known = ", ".join(f"{name} [{group_id}]" for group_id, name in choices) or _("none yet")
    raise NotFoundError(N_("This teaching has no observer group '{text}' (groups: {known})."),
                        text=text, known=known)


def find_segment(session: Session, teaching: Teaching, ref: str) -> int:
    """A segment of the teaching's plan by number (1 = first), ``id:N`` or title.

    A bare number is always the segment's number in the plan, never its
    database id, so "12" in a ten-segment plan is an error, not a surprise.
    """
    segments = teaching_choices(session, teaching).segments
    text = ref.strip()
    wanted = _segment_number_or_id(text)
    for choice in segments:
        if wanted in (("number", choice.number), ("id", choice.id)):
            return choice.id
    matches = [s.id for s in segments if s.title.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousNameError(N_("More than one segment is called '{text}'; use its number."),
                                 text=text)
    raise NotFoundError(
        N_("The plan of this teaching has no segment '{text}' (segments are numbered 1 to "
           "{count})."), text=text, count=len(segments)
    )


def _segment_number_or_id(text: str) -> tuple[str, int] | None:
    if text.isdigit():
        return ("number", int(text))
    head, _, tail = text.partition(":")
    if head.strip().lower() == "id" and tail.strip().isdigit():
        return ("id", int(tail))
    return None
