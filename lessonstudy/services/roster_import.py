"""Import an open class's visitor roster (CSV) into a teaching, all or nothing.

Registration lists keep growing until the morning of the open class, so a
facilitator imports the same spreadsheet several times. Decisions:

* A file with any bad row is refused whole, every problem listed by line
  (:func:`lessonstudy.exchange.roster.parse_roster` and the length checks
  here); nothing is stored.
* Someone already stored for this teaching (same name and school, ignoring
  case and spacing) is **skipped with a note**, not refused, so re-importing
  the updated list adds only the newcomers. The note says when the file's
  role or group differs from what is stored; the stored person is unchanged.
* A group column places the observer in the group of that name (ignoring
  case and spacing) and pins them there; a group that does not exist yet is
  **created**, and the result lists the groups it created.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.domain.limits import MAX_OBSERVERS
from lessonstudy.exchange.roster import RosterRow, parse_roster
from lessonstudy.i18n import N_, ngettext
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.observer_groups import create_group, delete_groups, revive_group
from lessonstudy.services.observer_records import (
    GroupInput,
    RemovedGroup,
    RemovedObserver,
    person_key,
)
from lessonstudy.services.observers import (
    NAME_LIMIT,
    next_position,
    revive_observer,
    snapshot_observer,
)
from lessonstudy.storage.library import Library
from lessonstudy.storage.locks import lock_teaching
from lessonstudy.storage.models import ObservationNote, Observer, ObserverGroup, Teaching


@dataclass(frozen=True)
class RosterImportResult:
    """What an import stored, what it skipped and why, and how to take it back."""

    teaching_id: int
    added_ids: tuple[int, ...]
    placed: int
    created_group_ids: tuple[int, ...]
    created_groups: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def added(self) -> int:
        return len(self.added_ids)


def import_roster(library: Library, teaching_ref: str | int, data: bytes,
                  source_name: str = "roster.csv") -> RosterImportResult:
    """Add the file's observers to the teaching (see the module docstring for the rules)."""
    with library.reading() as session:
        find_teaching(session, teaching_ref)  # an unknown teaching is the first thing to say
    rows = parse_roster(data, source_name=source_name)
    _check_lengths(rows, source_name)
    with library.unit_of_work() as session:
        teaching = find_teaching(session, teaching_ref)
        fresh, notes = _skip_stored(session, teaching, rows)
    if fresh and library.location.db_path is not None:
        library.backup("before-roster-import")
    with library.unit_of_work() as session:  # again: someone may have added people since
        lock_teaching(session, teaching.id)  # …or be adding them right now (shared server)
        teaching = find_teaching(session, teaching.id)
        fresh, notes = _skip_stored(session, teaching, rows)
        _check_room(session, teaching, len(fresh), source_name)
        group_ids, created = _groups_for(session, teaching, fresh)
        start = next_position(session, teaching.id)
        values = [
            {"teaching_id": teaching.id, "position": start + i, "name": row.name,
             "school": row.school, "role": row.role.value,
             "group_id": group_ids.get(_group_key(row.group)), "pinned": bool(row.group)}
            for i, row in enumerate(fresh)
        ]
        added = list(session.scalars(
            insert(Observer).returning(Observer.id, sort_by_parameter_order=True), values)
        ) if values else []
        return RosterImportResult(
            teaching.id, tuple(added), sum(1 for row in fresh if row.group),
            tuple(group_ids[_group_key(name)] for name in created), tuple(created), tuple(notes))


@dataclass(frozen=True)
class UndoneImport:
    """What undoing an import removed, so that redo brings it back with the same ids."""

    observers: tuple[RemovedObserver, ...]
    groups: tuple[RemovedGroup, ...]


def undo_roster_import(library: Library, result: RosterImportResult) -> UndoneImport:
    """Take an import back: its observers (unless they wrote notes since) and new groups."""
    with library.unit_of_work() as session:
        noted = set(session.scalars(select(ObservationNote.observer_id)
                                    .where(ObservationNote.observer_id.in_(result.added_ids))))
        removed = []
        for observer_id in result.added_ids:
            person = session.get(Observer, observer_id)
            if person is not None and observer_id not in noted:
                removed.append(snapshot_observer(person))
                session.delete(person)
        session.flush()
        groups = delete_groups(session, list(result.created_group_ids))
        return UndoneImport(tuple(removed), tuple(groups))


def redo_roster_import(library: Library, undone: UndoneImport) -> None:
    """Bring an undone import back exactly: same groups, same observers, same ids."""
    with library.unit_of_work() as session:
        for group in undone.groups:
            revive_group(session, group)
        for person in undone.observers:
            revive_observer(session, person)


def _check_room(session: Session, teaching: Teaching, adding: int, source_name: str) -> None:
    """A teaching holds at most MAX_OBSERVERS observers, however many imports it takes."""
    stored = session.scalar(select(func.count(Observer.id))
                            .where(Observer.teaching_id == teaching.id)) or 0
    if stored + adding > MAX_OBSERVERS:
        raise ImportRejectedError(
            N_("{source_name} was not imported: with its {adding:,} new observers the teaching "
               "would have {total:,}, more than the {limit:,} one teaching may have; "
               "nothing was stored."),
            source_name=source_name, adding=adding, total=stored + adding, limit=MAX_OBSERVERS)


def _check_lengths(rows: list[RosterRow], source_name: str) -> None:
    problems = [
        f"line {row.line}: the {column} has more than {NAME_LIMIT} characters"
        for row in rows
        for column, value in (("name", row.name), ("school", row.school),
                              ("group", row.group or ""))
        if len(value) > NAME_LIMIT
    ]
    if problems:
        raise ImportRejectedError.from_problems(
            N_("{source_name} was not imported ({count}); nothing was stored. Fix the file and "
               "import it again."), problems, source_name=source_name,
            count=ngettext("{n} problem", "{n} problems", len(problems)).format(n=len(problems)))


def _skip_stored(session: Session, teaching: Teaching,
                 rows: list[RosterRow]) -> tuple[list[RosterRow], list[str]]:
    """Rows of people not yet stored, and a note for each person skipped."""
    stored = {person_key(p.name, p.school): p for p in session.scalars(
        select(Observer).where(Observer.teaching_id == teaching.id))}
    groups = {g.id: g.name for g in session.scalars(
        select(ObserverGroup).where(ObserverGroup.teaching_id == teaching.id))}
    fresh: list[RosterRow] = []
    notes: list[str] = []
    for row in rows:
        person = stored.get(person_key(row.name, row.school))
        if person is None:
            fresh.append(row)
            continue
        who = f"'{row.name}'" + (f" ({row.school})" if row.school else "")
        differs = []
        if person.role != row.role.value:
            differs.append(f"stored as {person.role.replace('_', ' ')}, "
                           f"the file says {row.role.label.lower()}")
        stored_group = groups.get(person.group_id) if person.group_id else None
        if row.group and _group_key(row.group) != _group_key(stored_group):
            differs.append(f"stored in {stored_group or 'no group'}, the file says {row.group}")
        extra = f" ({'; '.join(differs)})" if differs else ""
        notes.append(f"line {row.line}: {who} is already in the list; skipped{extra}.")
    return fresh, notes


def _groups_for(session: Session, teaching: Teaching,
                rows: list[RosterRow]) -> tuple[dict[str, int], list[str]]:
    """Group ids by normalised name, creating the groups the file names that are missing."""
    ids = {_group_key(g.name): g.id for g in session.scalars(
        select(ObserverGroup).where(ObserverGroup.teaching_id == teaching.id))}
    created: list[str] = []
    for row in rows:
        key = _group_key(row.group)
        if row.group and key not in ids:
            ids[key] = create_group(session, teaching.id, GroupInput(name=row.group))
            created.append(row.group)
    return ids, created


def _group_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()
