"""Observer groups of a teaching: add, edit, remove (and bring back), name new ones.

A group has a name, a focus with prompts (usually copied from the focus-area
library, then edited), a convenor who reports for it at the conference, and
an optional capacity (the seats in its corner of the room). Group names are
unique within a teaching because a roster's group column finds groups by name.

A group that already has observation notes, photos, iBoard key ideas or
conference feedback cannot be removed: those records would lose their group
(key ideas would even be deleted with it).
"""

from __future__ import annotations

import string

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ConflictError, ValidationError
from lessonstudy.i18n import N_, _, ngettext
from lessonstudy.services.observer_records import (
    GroupEdit,
    GroupInfo,
    GroupInput,
    Placement,
    RemovedGroup,
)
from lessonstudy.services.observers import apply_placements, get_group, get_teaching, group_info
from lessonstudy.storage.conflicts import check_row_version
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    FeedbackItem,
    FocusArea,
    KeyIdea,
    ObservationNote,
    ObserverGroup,
    Photo,
)

NAME_LIMIT = 200
CAPACITY_LIMIT = 500


def add_group(library: Library, teaching_id: int, details: GroupInput) -> int:
    """A new group after the existing ones; returns its id."""
    with library.unit_of_work() as session:
        return create_group(session, teaching_id, details)


def create_group(session: Session, teaching_id: int, details: GroupInput) -> int:
    teaching = get_teaching(session, teaching_id)
    last = session.scalar(select(func.max(ObserverGroup.position))
                          .where(ObserverGroup.teaching_id == teaching.id))
    group = ObserverGroup(teaching_id=teaching.id, position=0 if last is None else last + 1)
    _fill(session, group, details)
    session.add(group)
    session.flush()
    return group.id


def update_group(library: Library, teaching_id: int, group_id: int,
                 details: GroupInput, expected_version: int | None = None) -> GroupEdit:
    """Change a group's name, focus, prompts, convenor or capacity.

    Returns the old details (for undo) and the group as stored now. With
    ``expected_version`` (the group's ``row_version`` on the board the user
    edited from), someone else's change meanwhile raises ConflictError.
    """
    with library.unit_of_work() as session:
        group = get_group(session, teaching_id, group_id)
        check_row_version(group, expected_version)
        before = _details(group)
        _fill(session, group, details)
        session.flush()
        return GroupEdit(before, group_info(group))


def find_group(library: Library, teaching_id: int, group_id: int) -> GroupInfo:
    """One group as stored now, with its ``row_version`` (an undo step compares it)."""
    with library.reading() as session:
        return group_info(get_group(session, teaching_id, group_id))


def remove_group(library: Library, teaching_id: int, group_id: int) -> RemovedGroup:
    """Remove a group; its members become unassigned. Refused once it has open-class records."""
    with library.unit_of_work() as session:
        group = get_group(session, teaching_id, group_id)
        _refuse_if_recorded(session, group)
        return _delete(session, group)


def restore_group(library: Library, removed: RemovedGroup) -> None:
    """Bring back a removed group with its id and its members (undo of a removal)."""
    with library.unit_of_work() as session:
        revive_group(session, removed)


def revive_group(session: Session, removed: RemovedGroup) -> None:
    if session.get(ObserverGroup, removed.id) is not None:
        raise ConflictError(N_("The removed group's place was taken by another record; add the "
                               "group again instead."))
    group = ObserverGroup(id=removed.id, uuid=removed.uuid, teaching_id=removed.teaching_id,
                          position=removed.position)
    _fill(session, group, removed.details)
    session.add(group)
    session.flush()
    apply_placements(session, removed.members)


def delete_groups(session: Session, group_ids: list[int]) -> list[RemovedGroup]:
    """Delete groups made moments ago (undo of an assignment or an import)."""
    removed = []
    for group_id in group_ids:
        group = session.get(ObserverGroup, group_id)
        if group is not None:
            removed.append(_delete(session, group))
    return removed


def _delete(session: Session, group: ObserverGroup) -> RemovedGroup:
    removed = RemovedGroup(
        group.teaching_id, group.id, group.uuid, _details(group), group.position,
        tuple(Placement(p.id, group.id, p.pinned) for p in group.observers))
    for person in group.observers:
        person.group_id, person.pinned = None, False
    session.flush()
    session.delete(group)
    session.flush()
    return removed


def group_name(label: str) -> str:
    """"Group A" in the language in force ("A組", "グループA"): new groups are data, named
    in the library's language like the other defaults."""
    return _("Group {label}").format(label=label)


def next_group_names(taken: list[str], count: int) -> list[str]:
    """``count`` unused names in the usual style: Group A, Group B, … then Group 27."""
    used = {name.casefold() for name in taken}
    labels = [*string.ascii_uppercase, *(str(n) for n in range(27, 27 + count + len(taken)))]
    names: list[str] = []
    for label in labels:
        name = group_name(label)
        if name.casefold() not in used:
            names.append(name)
            used.add(name.casefold())
        if len(names) == count:
            break
    return names


def _refuse_if_recorded(session: Session, group: ObserverGroup) -> None:
    def count(model: type[ObservationNote | Photo | KeyIdea | FeedbackItem]) -> int:
        return session.scalar(select(func.count()).where(model.group_id == group.id)) or 0

    counted = ((count(ObservationNote), lambda n: ngettext(
                    "{n} observation note", "{n} observation notes", n)),
               (count(Photo), lambda n: ngettext("{n} photo", "{n} photos", n)),
               (count(KeyIdea), lambda n: ngettext(
                    "{n} iBoard key idea", "{n} iBoard key ideas", n)),
               (count(FeedbackItem), lambda n: ngettext(
                    "{n} feedback item", "{n} feedback items", n)))
    found = [words(n).format(n=n) for n, words in counted if n]
    if found:
        raise ValidationError(
            N_("{name} already has {records} from the open class, so it cannot be removed; rename "
               "it or move its observers instead."),
            name=group.name, records=", ".join(found))


def _fill(session: Session, group: ObserverGroup, details: GroupInput) -> None:
    name = " ".join(details.name.split())
    problems = []
    if not name:
        problems.append(_("the group needs a name"))
    elif any(len(text) > NAME_LIMIT for text in (name, details.focus, details.convenor)):
        problems.append(_("name, focus and convenor can have at most {limit} characters").format(
                            limit=NAME_LIMIT))
    if details.capacity is not None and not 1 <= details.capacity <= CAPACITY_LIMIT:
        problems.append(_("the capacity must be between 1 and {limit}, or empty for no "
                          "limit").format(limit=CAPACITY_LIMIT))
    clash = session.scalar(select(ObserverGroup.name).where(
        ObserverGroup.teaching_id == group.teaching_id, ObserverGroup.id != group.id,
        func.lower(ObserverGroup.name) == name.lower()))
    if name and clash is not None:
        problems.append(_("this teaching already has a group called '{clash}'").format(clash=clash))
    if problems:
        raise ValidationError.from_problems(N_("The group cannot be saved:"), problems)
    group.name, group.capacity = name, details.capacity
    group.focus = " ".join(details.focus.split())
    group.prompts = "\n".join(line.strip() for line in details.prompts.splitlines()
                              if line.strip())
    group.convenor = " ".join(details.convenor.split())
    area_id = details.focus_area_id
    group.focus_area_id = area_id if area_id and session.get(FocusArea, area_id) else None


def _details(group: ObserverGroup) -> GroupInput:
    return GroupInput(group.name, group.focus, group.prompts, group.convenor, group.capacity,
                      group.focus_area_id)
