"""A roster for an unknown teaching is refused for that reason first, whatever the file."""

from __future__ import annotations

import pytest

from lessonstudy.domain.errors import NotFoundError
from lessonstudy.services.roster_import import import_roster
from lessonstudy.storage.library import Library


def test_unknown_teaching_is_reported_before_the_file(library: Library) -> None:
    with pytest.raises(NotFoundError, match="No teaching"):
        import_roster(library, 99, b"", source_name="empty.csv")
