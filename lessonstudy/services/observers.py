"""The people at an open class: read the board, add, edit, remove, move and pin observers.

Every function is one user action in one transaction. Moves return where
people were before (``Placement``) and removals return what was removed, so
the GUI can undo them exactly, with the same ids, even after other edits.
Moving someone into a group by hand pins them there: automatic assignment
will not move them again until they are unpinned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import ConflictError, NotFoundError, ValidationError
from lessonstudy.i18n import N_
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.observer_records import (
    GroupBoard,
    GroupInfo,
    ObserverEdit,
    ObserverInfo,
    ObserverInput,
    Placement,
    RemovedObserver,
)
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.locks import lock_teaching
from lessonstudy.storage.models import ObservationNote, Observer, ObserverGroup, Teaching

NAME_LIMIT = 200


def load_board(library: Library, teaching_ref: str | int) -> GroupBoard:
    """The teaching's groups and observers, by id or unique lesson title."""
    with library.reading() as session:
        return board_of(session, find_teaching(session, teaching_ref))


def board_of(session: Session, teaching: Teaching) -> GroupBoard:
    groups = session.scalars(select(ObserverGroup).where(ObserverGroup.teaching_id == teaching.id)
                             .order_by(ObserverGroup.position, ObserverGroup.id))
    people = session.scalars(select(Observer).where(Observer.teaching_id == teaching.id)
                             .order_by(Observer.position, Observer.id))
    return GroupBoard(
        teaching_id=teaching.id, lesson_title=teaching.version.lesson.title,
        teaching_kind=teaching.kind, teaching_date=teaching.date,
        class_name=teaching.class_name, teacher=teaching.teacher,
        groups=tuple(group_info(g) for g in groups),
        observers=tuple(observer_info(p) for p in people),
    )


def group_info(group: ObserverGroup) -> GroupInfo:
    """The plain record of a group row (inside an open session)."""
    return GroupInfo(group.id, group.position, group.name, group.focus_area_id, group.focus,
                     group.prompts, group.convenor, group.capacity, group.row_version)


def observer_info(person: Observer) -> ObserverInfo:
    """The plain record of an observer row (inside an open session)."""
    return ObserverInfo(person.id, person.position, person.name, person.school,
                        _role(person.role), person.group_id, person.pinned, person.row_version)


def find_observer(library: Library, observer_id: int) -> ObserverInfo:
    """One observer as stored now, with their ``row_version`` (an undo step compares it)."""
    with library.reading() as session:
        return observer_info(get_observer(session, observer_id))


def add_observer(library: Library, teaching_id: int, details: ObserverInput,
                 group_id: int | None = None) -> int:
    """A new observer at the end of the list; placed in a group by hand means pinned."""
    with library.unit_of_work() as session:
        teaching = get_teaching(session, teaching_id)
        if group_id is not None:
            get_group(session, teaching.id, group_id)
        person = Observer(teaching_id=teaching.id, position=next_position(session, teaching.id),
                          group_id=group_id, pinned=group_id is not None)
        _fill(person, details)
        session.add(person)
        session.flush()
        return person.id


def update_observer(library: Library, observer_id: int, details: ObserverInput,
                    expected_version: int | None = None) -> ObserverEdit:
    """Change name, school or role; returns the previous details (for undo) and the result.

    With ``expected_version`` (the observer's ``row_version`` on the board the
    user edited from), someone else's change meanwhile raises ConflictError.
    """
    with library.unit_of_work() as session:
        person = get_observer(session, observer_id)
        check_row_version(person, expected_version)
        before = ObserverInput(person.name, person.school, _role(person.role))
        _fill(person, details)
        session.flush()
        return ObserverEdit(before, observer_info(person))


def remove_observer(library: Library, observer_id: int) -> RemovedObserver:
    """Remove someone who will not come; refused once they have written notes."""
    with library.unit_of_work() as session:
        person = get_observer(session, observer_id)
        notes = session.scalar(select(func.count(ObservationNote.id))
                               .where(ObservationNote.observer_id == person.id)) or 0
        if notes:
            raise ValidationError(N_("{name} already has observation notes ({notes}); an "
                                     "observer with notes cannot be removed."),
                                  name=person.name, notes=notes)
        removed = snapshot_observer(person)
        session.delete(person)
        return removed


def restore_observer(library: Library, removed: RemovedObserver) -> None:
    """Bring a removed observer back with the same id, group and pin (undo of a removal)."""
    with library.unit_of_work() as session:
        revive_observer(session, removed)


def snapshot_observer(person: Observer) -> RemovedObserver:
    return RemovedObserver(
        person.teaching_id, person.id, person.uuid,
        ObserverInput(person.name, person.school, _role(person.role)), person.position,
        Placement(person.id, person.group_id, person.pinned))


def revive_observer(session: Session, removed: RemovedObserver) -> None:
    if session.get(Observer, removed.id) is not None:
        raise ConflictError(N_("That observer's place was taken by another record; add them "
                               "again instead."))
    group_id = removed.placement.group_id
    if group_id is not None and session.get(ObserverGroup, group_id) is None:
        group_id = None
    person = Observer(id=removed.id, uuid=removed.uuid, teaching_id=removed.teaching_id,
                      position=removed.position, group_id=group_id,
                      pinned=removed.placement.pinned and group_id is not None)
    _fill(person, removed.details)
    session.add(person)
    session.flush()


def move_observers(library: Library, observer_ids: Sequence[int],
                   group_id: int | None) -> list[Placement]:
    """Move people to a group by hand (pinning them) or to unassigned (unpinning them)."""
    with library.unit_of_work() as session:
        people = [get_observer(session, oid) for oid in observer_ids]
        if group_id is not None:
            for person in people:
                get_group(session, person.teaching_id, group_id)
        before = [Placement(p.id, p.group_id, p.pinned) for p in people]
        for person in people:
            person.group_id = group_id
            person.pinned = group_id is not None
        return before


def set_pinned(library: Library, observer_ids: Iterable[int], pinned: bool) -> list[Placement]:
    """Pin people to the group they are in (or unpin them); unassigned people stay unpinned."""
    with library.unit_of_work() as session:
        people = [get_observer(session, oid) for oid in observer_ids]
        before = [Placement(p.id, p.group_id, p.pinned) for p in people]
        for person in people:
            person.pinned = pinned and person.group_id is not None
        return before


def restore_placements(library: Library, placements: Iterable[Placement]) -> None:
    """Put people back where they were (undo of a move, a pin or an assignment)."""
    with library.unit_of_work() as session:
        apply_placements(session, placements)


def apply_placements(session: Session, placements: Iterable[Placement]) -> None:
    for place in placements:
        person = session.get(Observer, place.observer_id)
        if person is None:
            continue  # removed since; nothing to put back
        person.group_id = place.group_id
        person.pinned = place.pinned


def next_position(session: Session, teaching_id: int) -> int:
    last = session.scalar(select(func.max(Observer.position))
                          .where(Observer.teaching_id == teaching_id))
    return 0 if last is None else last + 1


def get_observer(session: Session, observer_id: int) -> Observer:
    person = session.get(Observer, observer_id)
    if person is None:
        raise NotFoundError(N_("There is no observer with id {observer_id}; they may have been "
                               "removed."), observer_id=observer_id)
    return person


def get_group(session: Session, teaching_id: int, group_id: int) -> ObserverGroup:
    group = session.get(ObserverGroup, group_id)
    if group is None or group.teaching_id != teaching_id:
        raise NotFoundError(N_("There is no observer group with id {group_id} in this teaching; "
                               "it may have been removed."), group_id=group_id)
    return group


def get_teaching(session: Session, teaching_id: int) -> Teaching:
    """The teaching, locked for this transaction: its observers and groups change next."""
    lock_teaching(session, teaching_id)
    teaching = session.get(Teaching, teaching_id)
    if teaching is None:
        raise NotFoundError(N_("There is no teaching with id {teaching_id}."),
                            teaching_id=teaching_id)
    return teaching


def _fill(person: Observer, details: ObserverInput) -> None:
    name, school = " ".join(details.name.split()), " ".join(details.school.split())
    if not name:
        raise ValidationError(N_("An observer needs a name."))
    if len(name) > NAME_LIMIT or len(school) > NAME_LIMIT:
        raise ValidationError(N_("Names and schools can have at most {limit} characters."),
                              limit=NAME_LIMIT)
    person.name, person.school, person.role = name, school, ObserverRole(details.role).value


def _role(value: str) -> ObserverRole:
    try:
        return ObserverRole(value)
    except ValueError:
        return ObserverRole.VISITOR
