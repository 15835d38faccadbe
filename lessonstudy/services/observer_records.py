"""Plain data about observer groups that leaves the services (never ORM objects).

The observer board in the GUI, the ``assign`` and ``groups`` commands and the
printed group list all read the same snapshot of a teaching's groups and
observers, so it lives here once, together with the small records that let
the GUI undo a move, a removal or an automatic assignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lessonstudy.domain.assignment import school_key
from lessonstudy.domain.enums import ObserverRole


def person_key(name: str, school: str) -> tuple[str, str]:
    """Who counts as the same person: name and school, ignoring case and spacing."""
    return " ".join(name.split()).casefold(), school_key(school)


def split_prompts(text: str) -> tuple[str, ...]:
    """Prompts are stored one per line; blank lines are dropped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class FocusAreaInfo:
    """A reusable observation focus and its prompts."""

    id: int
    name: str
    prompts: tuple[str, ...]
    position: int

    @property
    def prompts_text(self) -> str:
        return "\n".join(self.prompts)


@dataclass(frozen=True)
class GroupInfo:
    """One observer group of a teaching, as the board and the printed list show it."""

    id: int
    position: int
    name: str
    focus_area_id: int | None
    focus: str
    prompts: str
    convenor: str
    capacity: int | None
    row_version: int = 0  # the group's version when read (the edit dialog sends it back)

    @property
    def details(self) -> GroupInput:
        """What the group form edits, as stored."""
        return GroupInput(self.name, self.focus, self.prompts, self.convenor, self.capacity,
                          self.focus_area_id)


@dataclass(frozen=True)
class ObserverInfo:
    """One person at the open class and the group they are in (None: unassigned)."""

    id: int
    position: int
    name: str
    school: str
    role: ObserverRole
    group_id: int | None
    pinned: bool
    row_version: int = 0  # the observer's version when read (the edit dialog sends it back)

    @property
    def details(self) -> ObserverInput:
        """What the observer form edits, as stored."""
        return ObserverInput(self.name, self.school, self.role)

    @property
    def is_critical_friend(self) -> bool:
        return self.role is ObserverRole.CRITICAL_FRIEND


@dataclass(frozen=True)
class GroupBoard:
    """A teaching's groups and observers, with what is needed to title a print."""

    teaching_id: int
    lesson_title: str
    teaching_kind: str
    teaching_date: date | None
    class_name: str
    teacher: str
    groups: tuple[GroupInfo, ...] = ()
    observers: tuple[ObserverInfo, ...] = ()

    def members(self, group_id: int | None) -> list[ObserverInfo]:
        """The observers of a group (None: the unassigned ones), in list order."""
        return [person for person in self.observers if person.group_id == group_id]

    def group(self, group_id: int) -> GroupInfo | None:
        return next((g for g in self.groups if g.id == group_id), None)


@dataclass(frozen=True)
class GroupInput:
    """What the group form asks for; ``focus_area_id`` remembers where the focus came from."""

    name: str
    focus: str = ""
    prompts: str = ""
    convenor: str = ""
    capacity: int | None = None
    focus_area_id: int | None = None


@dataclass(frozen=True)
class ObserverInput:
    """What the observer form asks for."""

    name: str
    school: str = ""
    role: ObserverRole = ObserverRole.VISITOR


@dataclass(frozen=True)
class ObserverEdit:
    """A stored observer edit: the details before (for undo) and the observer after it.

    ``after.row_version`` is the version the edit made, which an undo or redo
    of it sends back so that a colleague's later change is not overwritten silently.
    """

    before: ObserverInput
    after: ObserverInfo


@dataclass(frozen=True)
class GroupEdit:
    """A stored group edit: the details before (for undo) and the group after it."""

    before: GroupInput
    after: GroupInfo


@dataclass(frozen=True)
class Placement:
    """Where an observer sat before a change: enough to put them back on undo."""

    observer_id: int
    group_id: int | None
    pinned: bool


@dataclass(frozen=True)
class RemovedGroup:
    """A removed group with its members, so that undo can bring it back as it was."""

    teaching_id: int
    id: int
    uuid: str
    details: GroupInput
    position: int
    members: tuple[Placement, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RemovedObserver:
    """A removed observer, so that undo can bring them back with the same id."""

    teaching_id: int
    id: int
    uuid: str
    details: ObserverInput
    position: int
    placement: Placement
