"""Write incoming records into the library inside the caller's transaction, merging by UUID.

Kinds of record are handled parents first. New rows go in with one bulk
``INSERT … RETURNING`` per kind (DESIGN §8: the ORM unit of work is five
times slower for imports); rows that exist are compared by fingerprint and
handled by :mod:`merge_rules`. Updates check ``row_version`` like every other
write, so an import never overwrites a change another machine made to the
same server meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ConflictError
from lessonstudy.exchange import natural_keys, sync_state
from lessonstudy.exchange.lesson_flatten import derived_uuid
from lessonstudy.exchange.lesson_records import (
    Record,
    UuidIndex,
    column_kinds,
    ref_columns,
    row_to_record,
    to_db_value,
)
from lessonstudy.exchange.lesson_spec import BY_NAME, ORDER, Entity
from lessonstudy.exchange.merge_rules import Outcome, decide, describe_conflict
from lessonstudy.exchange.results import ImportResult, MergeConflict
from lessonstudy.i18n import N_
from lessonstudy.storage import photo_store
from lessonstudy.storage.base import CURRENT_AUTHOR, utcnow
from lessonstudy.storage.models import PhotoData


@dataclass(frozen=True)
class PhotoBytes:
    """A photo's stored JPEG and thumbnail, ready to insert."""

    image: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)


class Merger:
    """One import's worth of merging; ``run`` returns what happened."""

    def __init__(self, session: Session, bundle_bases: Mapping[str, str],
                 photos: Mapping[str, PhotoBytes]) -> None:
        self.session = session
        self.bundle_bases = bundle_bases
        self.photos = photos
        self.ids: dict[str, int] = {}
        self.fresh: set[str] = set()
        self.index = UuidIndex(session)
        self.new_bases: dict[str, str] = {}
        self.renumbered_up_to = 0
        self.tally = _Tally()

    def run(self, records: list[Record]) -> ImportResult:
        for name in ORDER:
            batch = [r for r in records if r.entity == name]
            if batch:
                self._merge_kind(BY_NAME[name], batch)
        sync_state.save_bases(self.session, self.new_bases)
        lesson = next(r for r in records if r.entity == "lesson")
        t = self.tally
        return ImportResult(self.ids[lesson.uuid], str(lesson.values["title"]), t.added,
                            t.updated, t.unchanged, tuple(t.conflicts), tuple(t.remarks))

    # -- one kind of record ------------------------------------------------------
    def _merge_kind(self, entity: Entity, batch: list[Record]) -> None:
        existing = self._existing(entity, [r.uuid for r in batch])
        own_bases = sync_state.load_bases(self.session, [r.uuid for r in batch])
        inserts: list[Record] = []
        for rec in batch:
            row = existing.get(rec.uuid)
            if row is None:
                row = natural_keys.match(self, entity, rec)
            if row is None:
                inserts.append(rec)
                continue
            self.ids[rec.uuid] = row.id
            self._merge_one(entity, rec, row, own_bases.get(rec.uuid))
        self._insert(entity, inserts)

    def _existing(self, entity: Entity, uuids: list[str]) -> dict[str, Any]:
        model = entity.model
        found: dict[str, Any] = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            found.update({row.uuid: row for row in
                          self.session.scalars(select(model).where(model.uuid.in_(chunk)))})
        return found

    def _merge_one(self, entity: Entity, rec: Record, row: Any, own_base: str | None) -> None:
        local = row_to_record(entity, row, self.index)
        incoming = rec.fingerprint
        outcome = decide(incoming, local.fingerprint, self.bundle_bases.get(rec.uuid), own_base)
        if outcome is Outcome.TAKE and not _same_parents(entity, rec, local):
            outcome = Outcome.CONFLICT
        if outcome is Outcome.TAKE and _older(rec.audit.get("updated_at"),
                                              local.audit.get("updated_at")):
            # A stale file (an old lesson.json imported again) must not turn newer text
            # here back into its older text: keep ours and list it for review.
            self.tally.conflicts.append(describe_conflict(rec, local, kept_copy=False))
            return
        if outcome is Outcome.SAME:
            self.tally.unchanged += 1
            if own_base != incoming:
                self.new_bases[rec.uuid] = incoming
        elif outcome is Outcome.KEEP:
            self.tally.unchanged += 1
        elif outcome is Outcome.TAKE:
            self._update(entity, rec, row)
            self.new_bases[rec.uuid] = incoming
        else:
            self._conflict(entity, rec, local)

    def _conflict(self, entity: Entity, rec: Record, local: Record) -> None:
        kept_copy = entity.copy_on_conflict
        if kept_copy:
            copy = Record(rec.entity, derived_uuid("copy", rec.uuid, rec.fingerprint),
                          dict(rec.values), rec.nest_parent, dict(rec.audit), rec.path)
            if not self._existing(entity, [copy.uuid]):
                self._insert(entity, [copy])
            self.new_bases[rec.uuid] = rec.fingerprint
        self.tally.conflicts.append(describe_conflict(rec, local, kept_copy))

    # -- writing -----------------------------------------------------------------
    def db_values(self, entity: Entity, rec: Record) -> dict[str, Any]:
        """The record's values as column values, links turned into local ids."""
        kinds = column_kinds(entity)
        out: dict[str, Any] = {}
        for column, value in rec.values.items():
            if kinds[column] == "ref":
                out[column] = self.ids[value] if value is not None else None
            else:
                out[column] = to_db_value(kinds[column], value)
        return out

    def _audit(self, rec: Record) -> dict[str, Any]:
        now = utcnow()
        return {
            "updated_at": _when(rec.audit.get("updated_at")) or now,
            "updated_by": rec.audit.get("updated_by") or CURRENT_AUTHOR,
        }

    def _insert(self, entity: Entity, records: list[Record]) -> None:
        if not records:
            return
        table = entity.model.__table__
        rows = []
        for rec in records:
            row = {**self.db_values(entity, rec), **self._audit(rec), "uuid": rec.uuid,
                   "row_version": 1}
            row["created_at"] = _when(rec.audit.get("created_at")) or row["updated_at"]
            if entity.name == "photo":
                photo = self.photos[rec.uuid]
                row["width"], row["height"] = photo.width, photo.height
            rows.append(row)
        returned = self.session.execute(insert(table).returning(table.c.id, table.c.uuid), rows)
        for row_id, uuid in returned:
            self.ids[uuid] = row_id
            self.fresh.add(uuid)
        self.tally.added += len(records)
        self.new_bases.update({r.uuid: r.import_fp or r.fingerprint for r in records})
        if entity.name == "photo":
            self._insert_images(records)

    def _insert_images(self, records: list[Record]) -> None:
        store = photo_store.of(self.session)
        names: dict[int, str] = {}  # one photo named by 200 records is stored once
        rows = []
        for r in records:
            photo = self.photos[r.uuid]
            if id(photo.image) not in names:
                names[id(photo.image)] = store.put(self.session, photo.image)
            rows.append({"photo_id": self.ids[r.uuid], "image_sha256": names[id(photo.image)],
                         "thumbnail": photo.thumbnail})
        self.session.execute(insert(PhotoData), rows)

    def _update(self, entity: Entity, rec: Record, row: Any) -> None:
        table = entity.model.__table__
        result = self.session.execute(
            update(table)
            .where(table.c.id == row.id, table.c.row_version == row.row_version)
            .values(**self.db_values(entity, rec), **self._audit(rec),
                    row_version=row.row_version + 1)
        )
        if getattr(result, "rowcount", 1) != 1:
            raise ConflictError(N_("Someone changed this lesson while it was being imported; "
                                   "nothing was imported. Try again."))
        self.tally.updated += 1


def _same_parents(entity: Entity, rec: Record, local: Record) -> bool:
    """An import never moves a record to another parent (another lesson, teaching…)."""
    parents = [entity.parent_column] if entity.parent_column else []
    parents += [entity.owner[0]] if entity.owner else []
    links = ref_columns(entity)
    return all(rec.values.get(c) == local.values.get(c) for c in parents if c in links)


def _older(incoming: str | None, local: str | None) -> bool:
    """True when the incoming record was last changed before the one here (both known)."""
    theirs, ours = _when(incoming), _when(local)
    return theirs is not None and ours is not None and theirs < ours


def _when(text: str | None) -> datetime | None:
    return to_db_value("datetime", text) if text else None
