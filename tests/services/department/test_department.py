"""Department rows and packet filters over a small library: exactly the right lessons."""

from __future__ import annotations

from datetime import date

import pytest

from lessonstudy.domain.department import DepartmentFilter, apply_filter, parse_iso_date
from lessonstudy.domain.errors import AmbiguousNameError, NotFoundError, ValidationError
from lessonstudy.services.department import load_department_rows, select_for_packet
from lessonstudy.services.packet_data import load_packet, thumbnail_source
from lessonstudy.storage.library import Library
from tests.department_support import (
    DENSITY,
    FLOATING,
    SOURCES,
    SmallLibrary,
    build_small_library,
)


@pytest.fixture
def small(library: Library) -> SmallLibrary:
    return build_small_library(library)


def _titles(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.lesson_title for row in rows]


def test_rows_are_debriefed_teachings_in_date_order_with_counts(library: Library,
                                                                small: SmallLibrary) -> None:
    rows = load_department_rows(library)
    assert _titles(rows) == [FLOATING, SOURCES, DENSITY]  # "Timelines" had no conference
    floating = rows[0]
    assert (floating.feedback.strengths, floating.feedback.questions,
            floating.feedback.suggestions, floating.feedback.concerns) == (2, 0, 0, 1)
    assert (floating.open_actions, floating.closed_actions) == (1, 1)
    assert floating.team_name == "S1 Science Team" and floating.version_number == 2
    assert rows[2].feedback.questions == 1 and rows[2].open_actions == 0


@pytest.mark.parametrize(("options", "expected"), [
    ({"team": "S1 Science Team"}, [FLOATING, DENSITY]),
    ({"team": "history"}, [SOURCES]),
    ({"cycle": "floating"}, [FLOATING, DENSITY]),
    ({"date_from": "2026-04-01"}, [SOURCES, DENSITY]),
    ({"date_to": "2026-04-02"}, [FLOATING, SOURCES]),
    ({"date_from": "2026-03-11", "date_to": "2026-05-19"}, [SOURCES]),
    ({"team": "science", "date_from": "2026-05-20", "date_to": "2026-05-20"}, [DENSITY]),
    ({}, [FLOATING, SOURCES, DENSITY]),
])
def test_packet_filters_select_exactly(library: Library, small: SmallLibrary,
                                       options: dict[str, str], expected: list[str]) -> None:
    assert _titles(select_for_packet(library, **options)) == expected


def test_team_by_id(library: Library, small: SmallLibrary) -> None:
    rows = select_for_packet(library, team=str(small.history_team))
    assert _titles(rows) == [SOURCES]


def test_filter_matching_nothing_says_so(library: Library, small: SmallLibrary) -> None:
    with pytest.raises(NotFoundError, match="No debriefed lessons match team 'history', "
                       "from 2026-05-01"):
        select_for_packet(library, team="history", date_from="2026-05-01")


def test_unknown_and_ambiguous_team(library: Library, small: SmallLibrary) -> None:
    with pytest.raises(NotFoundError, match=r"No team matches 'Art'\. Known teams: 1 S1 Science"):
        select_for_packet(library, team="Art")
    with pytest.raises(AmbiguousNameError, match=r"More than one team matches 'Team' \(ids 1, 2\)"):
        select_for_packet(library, team="Team")


@pytest.mark.parametrize("text", ["2026-13-01", "2026/03/10", "10-03-2026", "2026-3-1", "soon"])
def test_bad_dates_are_refused_with_the_format(library: Library, small: SmallLibrary,
                                               text: str) -> None:
    with pytest.raises(ValidationError, match=f"'{text}' is not a valid start date .*YYYY-MM-DD"):
        select_for_packet(library, date_from=text)


def test_start_after_end_is_refused() -> None:
    with pytest.raises(ValidationError, match="2026-05-01 is after the end date 2026-04-01"):
        DepartmentFilter(date_from=date(2026, 5, 1), date_to=date(2026, 4, 1))


def test_text_filter_matches_every_word_in_any_column(library: Library,
                                                      small: SmallLibrary) -> None:
    rows = load_department_rows(library)
    assert _titles(apply_filter(rows, DepartmentFilter(text="黃老師"))) == [SOURCES]
    assert _titles(apply_filter(rows, DepartmentFilter(text="science 2026-05"))) == [DENSITY]
    assert parse_iso_date(" 2026-03-10 ") == date(2026, 3, 10)


def test_packet_read_model(library: Library, small: SmallLibrary) -> None:
    packet = load_packet(library, list(small.teachings.values()), today=date(2026, 7, 1))
    assert [lesson.title for lesson in packet.lessons] == [FLOATING, SOURCES, DENSITY]
    assert packet.date_range == "2026-03-10 – 2026-05-20"
    assert packet.schools == ("North School", "South School")
    floating = packet.lessons[0]
    assert floating.versions[1].changes == (
        "Total planned time 30:00 → 29:00 (-1:00)",
        "Segment 'Pair talk: predict' added at 2 (2:00)",
        "'Group test' planned time 15:00 → 12:00",
    )
    assert floating.versions[1].taught_here and not floating.versions[0].taught_here
    assert [a.closed_by_version for a in floating.actions] == [None, 2]
    assert floating.actions[0].target == "Group test — Segment timing"
    assert [p.key_ideas[0] for p in floating.photos] == ["Idea 1.1", "Idea 2.1"]
    assert floating.flow.segments[0].actual_seconds == 320
    thumbs = dict(thumbnail_source(library)([p.id for p in floating.photos]))
    assert set(thumbs) == {p.id for p in floating.photos}
    assert all(jpeg.startswith(b"\xff\xd8") for jpeg in thumbs.values())


def test_empty_selection_is_refused(library: Library, small: SmallLibrary) -> None:
    with pytest.raises(ValidationError, match="Select at least one lesson"):
        load_packet(library, [])
