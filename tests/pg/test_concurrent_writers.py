"""Two people writing at the same moment on the shared server: no duplicates, no tracebacks.

Each race starts two writers on their own connections at a barrier, repeatedly.
On PostgreSQL, two roster imports of the same file duplicated every observer
(8 of 8 races); SQLite serialises writers with BEGIN IMMEDIATE and was right.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from lessonstudy.paths import LibraryLocation
from lessonstudy.services.assignment import assign_automatically
from lessonstudy.services.demo import load_demo
from lessonstudy.services.roster_import import import_roster
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Observer, ObserverGroup

ROSTER = ("name,school\n" + "".join(f"Visitor {i},School {i % 7}\n" for i in range(40))).encode()
RACES = 4


@pytest.fixture
def two_machines(any_location: LibraryLocation) -> Iterator[tuple[Library, Library]]:
    first = Library.open(any_location)
    load_demo(first)
    second = Library.open(any_location)
    yield first, second
    second.close()
    first.close()


def _race(libraries: tuple[Library, Library], work: Callable[[Library], object]) -> list[object]:
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(libraries[index])
        except Exception as error:  # the test looks at what each writer got
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def _count(library: Library, query: object) -> int:
    with library.reading() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def test_two_people_importing_the_same_roster_at_once_add_each_observer_once(
        two_machines: tuple[Library, Library]) -> None:
    first, _second = two_machines
    before = _count(first, select(func.count(Observer.id)).where(Observer.teaching_id == 2))
    for _ in range(RACES):
        results = _race(two_machines, lambda lib: import_roster(lib, 2, ROSTER, "roster.csv"))
        assert not any(isinstance(r, Exception) for r in results), results
        total = _count(first, select(func.count(Observer.id)).where(Observer.teaching_id == 2))
        assert total == before + 40


def test_two_people_assigning_groups_at_once_make_each_group_once(
        two_machines: tuple[Library, Library]) -> None:
    first, _second = two_machines
    import_roster(first, 2, ROSTER, "roster.csv")
    for groups in (8, 9, 10, 11):
        results = _race(two_machines, lambda lib, n=groups: assign_automatically(lib, 2, groups=n))
        assert not any(isinstance(r, Exception) for r in results), results
        names = _count(first, select(func.count(ObserverGroup.id))
                       .where(ObserverGroup.teaching_id == 2))
        distinct = _count(first, select(func.count(func.distinct(ObserverGroup.name)))
                          .where(ObserverGroup.teaching_id == 2))
        assert names == distinct == groups


def test_two_people_importing_one_bundle_at_once_store_it_once(
        any_location: LibraryLocation, demo_library: Library, tmp_path: object) -> None:
    from pathlib import Path

    from lessonstudy.exchange.bundle import export_bundle, import_bundle
    from lessonstudy.storage.models import Lesson

    bundle = export_bundle(demo_library, "1", Path(str(tmp_path)) / "demo.lsb").path
    first, second = Library.open(any_location), Library.open(any_location)
    try:
        results = _race((first, second), lambda lib: import_bundle(lib, bundle))
        assert not any(isinstance(r, Exception) for r in results), results
        assert _count(first, select(func.count(Lesson.id))) == 1
        assert _count(first, select(func.count(Observer.id))) == _count(
            demo_library, select(func.count(Observer.id)))
    finally:
        second.close()
        first.close()


def test_two_people_adding_groups_and_observers_at_once(
        two_machines: tuple[Library, Library]) -> None:
    from lessonstudy.domain.errors import ValidationError
    from lessonstudy.services.observer_groups import add_group
    from lessonstudy.services.observer_records import GroupInput

    first, _second = two_machines
    for number in range(RACES):
        name = f"Late group {number}"
        results = _race(two_machines, lambda lib, n=name: add_group(lib, 2, GroupInput(name=n)))
        refused = [r for r in results if isinstance(r, ValidationError)]
        assert len(refused) == 1 and "already has a group" in refused[0].message, results
        assert _count(first, select(func.count(ObserverGroup.id))
                      .where(ObserverGroup.name == name)) == 1
