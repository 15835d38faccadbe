"""Split a teaching's observers into groups automatically, in one transaction.

This is the facilitator's "Assign automatically" button and ``lessonstudy
assign``. It makes sure there are enough groups (new ones are named Group A,
B, …). New groups watch the foci the facilitator names (``--focus``, library
focus areas, prompts copied); without a choice they reuse the foci the
teaching's groups already watch (two groups on two foci give more groups on
those two), and only a teaching with no group yet takes the library's focus
areas in order ("Case pupils" only when the lesson has case pupils). It
then hands everyone to :func:`lessonstudy.domain.assignment.assign_observers` with
pinned observers kept where they are, and stores the result. The same
observers, groups and seed always give the same groups. The result carries
where everyone was before, so the GUI can undo the whole split as one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.assignment import GroupSlot, ObserverSlot, assign_observers
from lessonstudy.domain.assignment import suggest_group_count as suggest_count
from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.errors import ValidationError
from lessonstudy.domain.limits import MAX_GROUPS, MAX_OBSERVERS
from lessonstudy.i18n import N_, _, using_language
from lessonstudy.services import focus_areas
from lessonstudy.services.library_settings import library_language
from lessonstudy.services.lookup import find_teaching
from lessonstudy.services.observer_groups import (
    create_group,
    delete_groups,
    next_group_names,
    revive_group,
)
from lessonstudy.services.observer_records import GroupInput, Placement, RemovedGroup
from lessonstudy.services.observers import apply_placements
from lessonstudy.storage.library import Library
from lessonstudy.storage.locks import lock_teaching
from lessonstudy.storage.models import Observer, ObserverGroup, Teaching


@dataclass(frozen=True)
class AssignmentResult:
    """The stored split: group sizes, what could not be met, and how to undo it."""

    teaching_id: int
    seed: int
    created_group_ids: tuple[int, ...]
    created_groups: tuple[str, ...]
    before: tuple[Placement, ...]
    after: tuple[Placement, ...]
    moved: int
    sizes: tuple[tuple[str, int], ...]
    unmet: tuple[str, ...]
    notes: tuple[str, ...] = ()


def suggested_group_count(library: Library, teaching_ref: str | int) -> int:
    """Groups of about ten for the teaching's observers (what ``assign`` uses by default)."""
    with library.reading() as session:
        teaching = find_teaching(session, teaching_ref)
        return suggest_count(len(_observers(session, teaching)))


def assign_automatically(library: Library, teaching_ref: str | int, *,
                         groups: int | None = None, seed: int = 0,
                         foci: Sequence[str] = ()) -> AssignmentResult:
    """Place every observer in a group; pinned observers stay where they are.

    ``foci`` names library focus areas for the new groups (in turn); an
    unknown name is refused before anything changes.
    """
    with library.unit_of_work() as session:
        teaching = find_teaching(session, teaching_ref)
        chosen = chosen_foci(session, foci)
        lock_teaching(session, teaching.id)  # two people assigning at once: one waits
        people = _observers(session, teaching)
        if not people:
            raise ValidationError(N_("There are no observers to put into groups yet; import a "
                                     "roster or add observers first."))
        wanted = suggest_count(len(people)) if groups is None else groups
        _check_count(wanted, len(people))
        existing = _groups(session, teaching)
        created = _create_missing(session, teaching, existing, wanted, chosen)
        all_groups = _groups(session, teaching)
        split = assign_observers(
            [_slot(person) for person in people],
            [GroupSlot(g.id, g.name, g.capacity) for g in all_groups], seed=seed)
        before = tuple(Placement(p.id, p.group_id, p.pinned) for p in people)
        for person in people:
            person.group_id = int(split.group_of[person.id])
        session.flush()
        after = tuple(Placement(p.id, p.group_id, p.pinned) for p in people)
        notes: tuple[str, ...] = ()
        if groups is not None and len(existing) > groups:
            notes = (f"The teaching already has {len(existing)} groups, more than the "
                     f"{groups} asked for; no group was removed.",)
        return AssignmentResult(
            teaching_id=teaching.id, seed=seed,
            created_group_ids=tuple(g.id for g in created),
            created_groups=tuple(g.name for g in created), before=before, after=after,
            moved=sum(1 for b, a in zip(before, after, strict=True) if b.group_id != a.group_id),
            sizes=tuple((g.name, len(split.members(g.id))) for g in all_groups),
            unmet=tuple(split.unmet), notes=notes)


def undo_assignment(library: Library, result: AssignmentResult) -> tuple[RemovedGroup, ...]:
    """Put everyone back where they were and remove the groups the split created."""
    with library.unit_of_work() as session:
        apply_placements(session, result.before)
        session.flush()
        return tuple(delete_groups(session, list(result.created_group_ids)))


def redo_assignment(library: Library, result: AssignmentResult,
                    removed: tuple[RemovedGroup, ...]) -> None:
    """Store an undone split again exactly as it was (same groups, same ids)."""
    with library.unit_of_work() as session:
        for group in removed:
            revive_group(session, group)
        apply_placements(session, result.after)


def _check_count(wanted: int, people: int) -> None:
    if wanted < 1:
        raise ValidationError(N_("The number of groups must be at least 1."))
    if wanted > people:
        raise ValidationError(N_("{wanted} groups is more than the {people} observers; ask for "
                                 "at most {people}."), wanted=wanted, people=people)
    if wanted > MAX_GROUPS:
        raise ValidationError(N_("{wanted:,} groups is more than the {limit:,} one "
                                 "teaching may have."), wanted=wanted, limit=MAX_GROUPS)
    if people > MAX_OBSERVERS:
        raise ValidationError(N_("This teaching has {people:,} observers, more than the "
                                 "{limit:,} Lesson Study splits into groups; remove "
                                 "some first."), people=people, limit=MAX_OBSERVERS)


def chosen_foci(session: Session, names: Sequence[str]) -> list[GroupInput]:
    """The library focus areas named (any case), as group templates; unknown names refused."""
    if not names:
        return []
    focus_areas.seed_if_empty(session)
    areas = {a.name.casefold(): a for a in focus_areas.ordered(session)}
    unknown = [n for n in names if n.strip().casefold() not in areas]
    if unknown:
        known = "; ".join(a.name for a in areas.values())
        raise ValidationError(_("No focus area called '{name}' in the library (focus areas: "
                                "{known}).").format(name=unknown[0].strip(), known=known))
    picked = [areas[n.strip().casefold()] for n in dict.fromkeys(names)]
    return [GroupInput(name="", focus=a.name, prompts=a.prompts, focus_area_id=a.id)
            for a in picked]


def default_foci(session: Session, teaching: Teaching,
                 existing: list[ObserverGroup]) -> list[GroupInput]:
    """The teaching's own foci, else the library's (no case-pupil focus without case pupils)."""
    own = [GroupInput(name="", focus=g.focus, prompts=g.prompts, focus_area_id=g.focus_area_id)
           for g in existing if g.focus.strip()]
    if own:
        return list({g.focus.casefold(): g for g in own}.values())
    focus_areas.seed_if_empty(session)
    pupils = bool(teaching.version.lesson.case_pupils)
    return [GroupInput(name="", focus=a.name, prompts=a.prompts, focus_area_id=a.id)
            for a in focus_areas.ordered(session)
            if pupils or not focus_areas.is_case_pupil_focus(session, a)]


def _create_missing(session: Session, teaching: Teaching, existing: list[ObserverGroup],
                    wanted: int, chosen: list[GroupInput]) -> list[ObserverGroup]:
    """New groups up to ``wanted``, watching the chosen foci (or the teaching's) in turn."""
    missing = wanted - len(existing)
    if missing <= 0:
        return []
    foci = chosen or default_foci(session, teaching, existing)
    watched = {f.focus.casefold(): 0 for f in foci}
    for group in existing:
        if group.focus.casefold() in watched:
            watched[group.focus.casefold()] += 1
    foci = sorted(foci, key=lambda f: watched[f.focus.casefold()])  # least watched first
    with using_language(library_language(session)):  # new groups are named like other data
        names = next_group_names([g.name for g in existing], missing)
    ids = [create_group(session, teaching.id, replace(foci[i % len(foci)], name=name))
           for i, name in enumerate(names)] if foci else [
        create_group(session, teaching.id, GroupInput(name=name)) for name in names]
    return [session.get_one(ObserverGroup, group_id) for group_id in ids]


def _observers(session: Session, teaching: Teaching) -> list[Observer]:
    return list(session.scalars(select(Observer).where(Observer.teaching_id == teaching.id)
                                .order_by(Observer.position, Observer.id)))


def _groups(session: Session, teaching: Teaching) -> list[ObserverGroup]:
    return list(session.scalars(select(ObserverGroup)
                                .where(ObserverGroup.teaching_id == teaching.id)
                                .order_by(ObserverGroup.position, ObserverGroup.id)))


def _slot(person: Observer) -> ObserverSlot:
    try:
        role = ObserverRole(person.role)
    except ValueError:
        role = ObserverRole.VISITOR
    pinned = person.group_id if person.pinned and person.group_id is not None else None
    return ObserverSlot(person.id, person.name, person.school, role, pinned)
