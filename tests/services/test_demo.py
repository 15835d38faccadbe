"""The demo open class is realistic, complete, and loads once."""

from __future__ import annotations

from sqlalchemy import func, select

from lessonstudy.services.catalogue import is_empty, load_tree
from lessonstudy.services.demo import load_demo
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    FeedbackItem,
    KeyIdea,
    Member,
    ObservationNote,
    Observer,
    ObserverGroup,
    Photo,
    PhotoData,
    Segment,
    SegmentTiming,
)


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_demo_is_a_complete_open_class(demo_library: Library) -> None:
    [team] = load_tree(demo_library)
    lesson = team.cycles[0].lessons[0]
    assert [v.number for v in lesson.versions] == [1, 2]
    assert [v.status for v in lesson.versions] == ["rehearsed", "taught"]
    assert all(v.frozen for v in lesson.versions)
    assert [t.kind for t in lesson.teachings] == ["rehearsal", "research"]
    v2 = lesson.versions[1]
    assert 8 <= v2.segment_count <= 10 and v2.planned_seconds == 50 * 60
    with demo_library.unit_of_work() as s:
        assert _count(s, Member) == 4
        assert _count(s, Segment, Segment.planned_seconds == 20) >= 1
        assert _count(s, Observer) == 24
        groups = s.scalars(select(ObserverGroup)).all()
        assert len(groups) == 3 and len({g.focus for g in groups}) == 3
        assert all(g.focus_area_id is not None for g in groups)
        for group in groups:
            roles = [o.role for o in group.observers]
            assert roles.count("critical_friend") >= 1
        assert _count(s, ObservationNote) >= 5
        assert len({n.segment_id for n in s.scalars(select(ObservationNote))}) >= 4
        assert _count(s, Photo) == 3 and _count(s, PhotoData) == 3
        assert _count(s, KeyIdea) == 12
        assert _count(s, FeedbackItem) >= 5 and _count(s, ActionItem) >= 2
        assert _count(s, SegmentTiming) == 19


def test_demo_has_traditional_chinese(demo_library: Library) -> None:
    with demo_library.unit_of_work() as s:
        names = " ".join(s.scalars(select(Observer.name)))
        notes = " ".join(s.scalars(select(ObservationNote.text)))
    assert "梁安娜" in names and "已接近定理" in notes


def test_demo_photos_are_upright_jpegs(demo_library: Library) -> None:
    with demo_library.unit_of_work() as s:
        data = s.scalars(select(PhotoData)).first()
        assert data is not None
        image = photo_store.of(s).get(s, data.image_sha256)
        assert image[:2] == b"\xff\xd8" and data.thumbnail[:2] == b"\xff\xd8"


def test_loading_twice_changes_nothing(demo_library: Library) -> None:
    result = load_demo(demo_library)
    assert result.already_loaded
    with demo_library.unit_of_work() as s:
        assert _count(s, Observer) == 24


def test_empty_library_reports_empty(library: Library) -> None:
    assert is_empty(library)
    load_demo(library)
    assert not is_empty(library)


def test_versions_share_segment_lineage(demo_library: Library) -> None:
    """Version 2 is a revision of version 1: the same segments keep their lineage."""
    from lessonstudy.storage.models import LessonVersion

    with demo_library.unit_of_work() as s:
        v1, v2 = s.scalars(select(LessonVersion).order_by(LessonVersion.number)).all()
        lineages_1 = {seg.lineage for seg in v1.segments}
        lineages_2 = {seg.lineage for seg in v2.segments}
    assert len(lineages_1) == 9 and len(lineages_2) == 10
    assert lineages_1 < lineages_2
