"""The key ideas of a group: the one place that decides what they are.

A group's four key ideas reach the library two ways: typed (the key-idea boxes
of a filled form, lesson JSON ``groups[].key_ideas``, ``lessonstudy keyideas``)
and transcribed from an iBoard photo (the photo viewer). Both are
:class:`~lessonstudy.storage.models.KeyIdea` rows; typed ones have no photo.
The report, the packet, the conference's "Key ideas → feedback", the forms
import and the command line all read and write them through this module, so
none of them can forget one of the two kinds again.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.domain.observation_form import KEY_IDEA_COUNT
from lessonstudy.i18n import N_, _
from lessonstudy.services.lookup import find_teaching
from lessonstudy.storage.base import utcnow
from lessonstudy.storage.conflicts import conflict_error
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObserverGroup, Photo, Teaching

KEY_IDEA_CHARS = 1000


@dataclass(frozen=True)
class KeyIdeaSet:
    """A group's key ideas from one source: typed (``photo_id`` None) or one iBoard photo."""

    teaching_id: int
    group_id: int | None
    group_name: str
    photo_id: int | None
    photo_caption: str
    ideas: tuple[str, ...]

    @property
    def typed(self) -> bool:
        return self.photo_id is None


def key_idea_sets(session: Session,
                  teaching_ids: Sequence[int]) -> dict[int, list[KeyIdeaSet]]:
    """Every teaching's key-idea sets: groups in board order, typed first, then photos.

    Blank ideas are left out; a set with no idea left is not listed. Photos
    without a group come last.
    """
    ids = list(dict.fromkeys(teaching_ids))
    if not ids:
        return {}
    groups = {g.id: g for g in session.scalars(
        select(ObserverGroup).where(ObserverGroup.teaching_id.in_(ids)))}
    photos = {p.id: p for p in session.scalars(select(Photo).where(Photo.teaching_id.in_(ids)))}
    rows = session.scalars(select(KeyIdea).where(or_(
        KeyIdea.photo_id.in_(list(photos)),
        and_(KeyIdea.photo_id.is_(None), KeyIdea.group_id.in_(list(groups)))))
        .order_by(KeyIdea.position, KeyIdea.id))
    texts: dict[tuple[int | None, int | None], list[str]] = defaultdict(list)
    for idea in rows:
        if idea.text.strip():
            group_id = photos[idea.photo_id].group_id if idea.photo_id else idea.group_id
            texts[(group_id, idea.photo_id)].append(idea.text.strip())
    found: dict[int, list[KeyIdeaSet]] = defaultdict(list)
    for (group_id, photo_id), ideas in sorted(texts.items(), key=lambda kv: _set_order(
            kv[0], groups, photos)):
        group = groups.get(group_id or 0)
        photo = photos.get(photo_id or 0)
        teaching_id = photo.teaching_id if photo else group.teaching_id if group else 0
        found[teaching_id].append(KeyIdeaSet(
            teaching_id, group_id, group.name if group else (photo.group_label if photo else ""),
            photo_id, photo.caption if photo else "", tuple(ideas)))
    return dict(found)


def _set_order(key: tuple[int | None, int | None], groups: Mapping[int, ObserverGroup],
               photos: Mapping[int, Photo]) -> tuple[int, int, int, str, int]:
    group_id, photo_id = key
    group = groups.get(group_id or 0)
    photo = photos.get(photo_id or 0)
    taken = photo.taken_at.isoformat() if photo and photo.taken_at else ""
    return (0 if group else 1, group.position if group else 0, group.id if group else 0,
            taken if photo else "", photo_id or 0)


def teaching_key_ideas(library: Library, teaching: str | int) -> list[KeyIdeaSet]:
    """The key ideas of a teaching's groups, typed and on photos (``keyideas --list``)."""
    with library.reading() as session:
        row = find_teaching(session, teaching)
        return key_idea_sets(session, [row.id]).get(row.id, [])


def group_idea_rows(session: Session, group_id: int) -> list[tuple[int | None, str]]:
    """(photo id or None, text) of one group's ideas, typed first, then photo by photo."""
    group = session.get_one(ObserverGroup, group_id)
    sets = key_idea_sets(session, [group.teaching_id]).get(group.teaching_id, [])
    return [(s.photo_id, text) for s in sets if s.group_id == group_id for text in s.ideas]


def group_idea_counts(session: Session, teaching_id: int) -> dict[int, int]:
    """How many key ideas each group of a teaching has, typed and on photos together."""
    counts: dict[int, int] = defaultdict(int)
    for idea_set in key_idea_sets(session, [teaching_id]).get(teaching_id, []):
        if idea_set.group_id is not None:
            counts[idea_set.group_id] += len(idea_set.ideas)
    return dict(counts)


def store_typed_ideas(session: Session, group_id: int, ideas: Mapping[int, str], *,
                      replace: bool = False) -> bool:
    """Write a group's typed ideas at the given positions (1–4); True if anything changed.

    With ``replace`` the positions not given are cleared, so the group's typed
    set becomes exactly ``ideas``; without it (a filled form) only the filled
    positions are written.
    """
    current = {idea.position: idea for idea in session.scalars(
        select(KeyIdea).where(KeyIdea.group_id == group_id, KeyIdea.photo_id.is_(None)))}
    changed = False
    for position, text in ideas.items():
        idea = current.get(position)
        if idea is None:
            session.add(KeyIdea(group_id=group_id, position=position, text=text))
            changed = True
        elif idea.text != text:
            idea.text = text
            changed = True
    if replace:
        for position, idea in current.items():
            if position not in ideas:
                session.delete(idea)
                changed = True
    session.flush()
    return changed


@dataclass(frozen=True)
class TypedKeyIdeas:
    """A group's typed key ideas as the window's editor shows them.

    Typed ideas are several rows with no record of their own to carry a
    version, so ``row_version`` is a fingerprint of the texts: a save made
    from another set than the stored one is a conflict, as any form's is.
    ``on_photos`` are the group's ideas transcribed from its iBoard photos,
    shown beside the editor so nobody types them twice.
    """

    teaching_id: int
    group_id: int
    group_name: str
    ideas: tuple[str, ...]
    on_photos: tuple[str, ...]
    row_version: int


def typed_key_ideas(library: Library, group_id: int) -> TypedKeyIdeas:
    """One group's typed key ideas, for the window's "Type key ideas…" editor."""
    with library.reading() as session:
        return _typed_set(session, _group(session, group_id))


def write_typed_key_ideas(library: Library, group_id: int, ideas: Sequence[str],
                          expected_version: int | None = None) -> TypedKeyIdeas:
    """Replace a group's typed key ideas in one transaction (blanks dropped, renumbered 1…).

    ``expected_version`` is the ``row_version`` of the set the editor showed;
    if a colleague stored another set meanwhile, a ConflictError says who and
    when. ``None`` (a script) checks nothing.
    """
    texts = [text for text in checked_ideas(ideas) if text]
    with library.unit_of_work() as session:
        group = _group(session, group_id)
        stored = _typed_rows(session, group.id)
        version = _fingerprint(tuple(row.text for row in stored))
        if expected_version is not None and expected_version != version:
            last = max(stored, key=lambda row: row.updated_at, default=None)
            raise conflict_error(last.updated_by if last else "",
                                 last.updated_at if last else None, version)
        store_typed_ideas(session, group.id, dict(enumerate(texts, start=1)), replace=True)
        return _typed_set(session, group)


def _group(session: Session, group_id: int) -> ObserverGroup:
    group = session.get(ObserverGroup, group_id)
    if group is None:
        raise NotFoundError(N_("That observer group no longer exists."))
    return group


def _typed_rows(session: Session, group_id: int) -> list[KeyIdea]:
    return list(session.scalars(select(KeyIdea).where(
        KeyIdea.group_id == group_id, KeyIdea.photo_id.is_(None)).order_by(KeyIdea.position)))


def _typed_set(session: Session, group: ObserverGroup) -> TypedKeyIdeas:
    typed = tuple(row.text for row in _typed_rows(session, group.id))
    on_photos = tuple(text for photo_id, text in group_idea_rows(session, group.id)
                      if photo_id is not None)
    return TypedKeyIdeas(group.teaching_id, group.id, group.name,
                         tuple(text for text in typed if text.strip()), on_photos,
                         _fingerprint(typed))


def _fingerprint(texts: tuple[str, ...]) -> int:
    return zlib.crc32("\x1f".join(texts).encode("utf-8"))


def checked_ideas(ideas: Sequence[str]) -> list[str]:
    """The ideas tidied (spaces collapsed), or a clear error for too many or too long."""
    if len(ideas) > KEY_IDEA_COUNT:
        raise ValidationError(_("A group has at most {count} key ideas, not {given}.").format(
            count=KEY_IDEA_COUNT, given=len(ideas)))
    texts = [" ".join(text.split()) for text in ideas]
    for n, text in enumerate(texts, start=1):
        if len(text) > KEY_IDEA_CHARS:
            raise ValidationError(_("Key idea {n} is longer than {limit} characters; "
                                    "shorten it.").format(n=n, limit=KEY_IDEA_CHARS))
    return texts


def set_group_key_ideas(library: Library, teaching: str | int, group: str, ideas: Sequence[str],
                        *, photo: str | None = None) -> KeyIdeaSet:
    """Replace a group's typed key ideas, or one of its photos' (``photo``), in one transaction.

    ``group`` is the group's name (any case) or id; ``photo`` a photo id or
    its original file name. Blank ideas are dropped and the rest numbered
    1, 2, 3…; an empty list clears the set.
    """
    texts = [text for text in checked_ideas(ideas) if text]
    with library.unit_of_work() as session:
        row = find_teaching(session, teaching)
        chosen = find_group(session, row, group)
        if photo is None:
            store_typed_ideas(session, chosen.id, dict(enumerate(texts, start=1)), replace=True)
        else:
            _store_photo_ideas(session, find_photo(session, row, chosen, photo), texts)
        sets = key_idea_sets(session, [row.id]).get(row.id, [])
        photo_id = find_photo(session, row, chosen, photo).id if photo is not None else None
        for idea_set in sets:
            if idea_set.group_id == chosen.id and idea_set.photo_id == photo_id:
                return idea_set
        return KeyIdeaSet(row.id, chosen.id, chosen.name, photo_id, "", ())


def _store_photo_ideas(session: Session, photo: Photo, texts: list[str]) -> None:
    current = {idea.position: idea for idea in session.scalars(
        select(KeyIdea).where(KeyIdea.photo_id == photo.id))}
    for position in range(1, KEY_IDEA_COUNT + 1):
        idea = current.get(position)
        text = texts[position - 1] if position <= len(texts) else ""
        if idea is not None and not text:
            session.delete(idea)
        elif idea is None and text:
            session.add(KeyIdea(photo_id=photo.id, group_id=photo.group_id, position=position,
                                text=text))
        elif idea is not None:
            idea.text = text
    photo.updated_at = utcnow()  # key ideas share the photo's revision (see services.photos)
    session.flush()


def find_group(session: Session, teaching: Teaching, ref: str) -> ObserverGroup:
    """One of the teaching's groups by name (any case) or id, or a clear error."""
    text = ref.strip()
    for group in teaching.groups:
        if group.name.strip().casefold() == text.casefold() or str(group.id) == text:
            return group
    names = ", ".join(g.name for g in teaching.groups) or _("none yet")
    raise NotFoundError(_("No observer group '{group}' in this teaching (groups: {names}).")
                        .format(group=text, names=names))


def find_photo(session: Session, teaching: Teaching, group: ObserverGroup, ref: str) -> Photo:
    """A photo of the teaching by id or original file name; it must be the group's."""
    text = ref.strip()
    rows = list(session.scalars(select(Photo).where(Photo.teaching_id == teaching.id)))
    matches = [p for p in rows if str(p.id) == text] or [
        p for p in rows if p.original_name and p.original_name.casefold() == text.casefold()]
    if not matches:
        raise NotFoundError(_("No photo '{photo}' in this teaching; see 'lessonstudy photos "
                              "list {teaching}'.").format(photo=text, teaching=teaching.id))
    if len(matches) > 1:
        raise ValidationError(_("More than one photo is called '{photo}'; name it by its id "
                                "({ids}).").format(photo=text,
                                                   ids=", ".join(str(p.id) for p in matches)))
    photo = matches[0]
    if photo.group_id != group.id:
        raise ValidationError(_("Photo {photo} is not {group}'s; link it to the group first "
                                "(photos viewer) or name that group.").format(
                                    photo=photo.id, group=group.name))
    return photo
