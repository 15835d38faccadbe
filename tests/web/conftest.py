"""An open observation of a fresh demo teaching, served on 127.0.0.1 for each test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select

from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea, ObservationNote, Observer, Photo
from lessonstudy.web.access import Limits
from lessonstudy.web.server import JoinDetails, ObservationServer
from tests.live_support import add_fresh_teaching
from tests.web.phone import Phone


@dataclass
class Observation:
    library: Library
    teaching_id: int
    server: ObservationServer
    details: JoinDetails
    changes: list[str] = field(default_factory=list)

    @property
    def secret(self) -> str:
        return self.server.opening.secret

    def phone(self, source: str = "127.0.0.1") -> Phone:
        return Phone(self.details.address, source)

    def joined(self, observer_name: str | None = None, source: str = "127.0.0.1") -> Phone:
        """A phone that joined with the link and picked an observer of the teaching."""
        phone = self.phone(source)
        assert phone.join(self.secret).status == 200
        assert phone.pick(self.observer_id(observer_name)).status == 200
        return phone

    def observer_id(self, name: str | None = None) -> int:
        with self.library.unit_of_work() as session:
            query = select(Observer.id).where(Observer.teaching_id == self.teaching_id)
            if name:
                query = query.where(Observer.name == name)
            return session.scalars(query.order_by(Observer.id)).first() or 0

    def counts(self) -> tuple[int, int, int, int]:
        """(notes, photos, observers, key ideas) of the teaching, straight from the tables."""
        with self.library.unit_of_work() as session:
            def count(model: type, column: object) -> int:
                return session.scalar(select(func.count()).select_from(model)
                                      .where(column == self.teaching_id)) or 0
            ideas = session.scalar(select(func.count()).select_from(KeyIdea)) or 0
            return (count(ObservationNote, ObservationNote.teaching_id),
                    count(Photo, Photo.teaching_id), count(Observer, Observer.teaching_id), ideas)


def open_observation(library: Library, teaching_id: int, limits: Limits | None = None,
                     port: int = 0) -> Observation:
    changes: list[str] = []
    server = ObservationServer(library, teaching_id, limits=limits, on_change=changes.append)
    details = server.start("127.0.0.1", port)
    return Observation(library, teaching_id, server, details, changes)


@pytest.fixture
def observation(demo_library: Library) -> Iterator[Observation]:
    opened = open_observation(demo_library, add_fresh_teaching(demo_library))
    yield opened
    opened.server.close()
