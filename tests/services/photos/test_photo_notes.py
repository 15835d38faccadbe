"""A photo's notes: caption, group and segment links, its four key ideas, deleting it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.services.photo_records import PhotoFields
from lessonstudy.services.photos import (
    delete_photo,
    get_photo,
    list_photos,
    photo_choices,
    photo_thumbnails,
    set_key_ideas,
    update_photo,
)
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import KeyIdea
from tests.imaging.photo_samples import open_jpeg
from tests.photo_support import counts

TEACHING = 2


def _ideas_in_db(library: Library, photo_id: int) -> list[tuple[int, int | None, str]]:
    with library.unit_of_work() as session:
        rows = session.scalars(
            select(KeyIdea).where(KeyIdea.photo_id == photo_id).order_by(KeyIdea.position)
        )
        return [(idea.position, idea.group_id, idea.text) for idea in rows]


def test_listing_names_groups_segments_and_key_ideas(demo_library: Library) -> None:
    photos = list_photos(demo_library, TEACHING)
    assert [p.group_text for p in photos] == ["Group A", "Group B", "Group C"]
    assert {p.segment_text for p in photos} == {"5. iBoard writing: our conjecture"}
    assert photos[0].key_ideas[1] == "學習冊的表格太小，三個三角形不夠位"
    thumbs = photo_thumbnails(demo_library, [p.id for p in photos] + [999])
    assert sorted(thumbs) == [p.id for p in photos]
    assert open_jpeg(thumbs[photos[0].id]).size == (320, 240)


def test_choices_number_segments_from_one(demo_library: Library) -> None:
    choices = photo_choices(demo_library, TEACHING)
    assert [name for _, name in choices.groups] == ["Group A", "Group B", "Group C"]
    assert [s.number for s in choices.segments] == list(range(1, 11))
    assert choices.segments[4].title == "iBoard writing: our conjecture"


def test_caption_and_links_are_stored_and_key_ideas_follow_the_group(
    demo_library: Library,
) -> None:
    photo = list_photos(demo_library, TEACHING)[0]
    fields = PhotoFields("  Group A's board after the gallery walk ", 3, "", 15)
    changed = update_photo(demo_library, photo.id, fields)
    assert changed.caption == "Group A's board after the gallery walk"
    assert (changed.group_name, changed.segment_number) == ("Group C", 6)
    assert changed.revision > photo.revision
    assert {group for _, group, _ in _ideas_in_db(demo_library, photo.id)} == {3}
    pupils = update_photo(demo_library, photo.id, PhotoFields("", None, "Table 3", None))
    assert (pupils.group_text, pupils.segment_text) == ("Table 3", "")
    assert get_photo(demo_library, photo.id) == pupils


def test_links_outside_the_teaching_are_refused(demo_library: Library) -> None:
    photo = list_photos(demo_library, TEACHING)[0]
    with pytest.raises(ValidationError) as caught:
        update_photo(demo_library, photo.id, PhotoFields("x", 999, "", 1))
    assert caught.value.problems == [
        "That observer group does not belong to this teaching.",
        "That segment is not part of the plan this teaching used.",
    ]
    assert get_photo(demo_library, photo.id) == photo


def test_four_key_ideas_set_changed_and_cleared(demo_library: Library) -> None:
    photo = list_photos(demo_library, TEACHING)[1]
    ideas = ["Pair talk worked", "", "  Too  little time\nfor   proof ", "勾股定理要再解釋"]
    changed = set_key_ideas(demo_library, photo.id, ideas)
    assert changed.key_ideas == (
        "Pair talk worked", "", "Too little time for proof", "勾股定理要再解釋",
    )
    assert [(pos, text) for pos, _, text in _ideas_in_db(demo_library, photo.id)] == [
        (1, "Pair talk worked"), (3, "Too little time for proof"), (4, "勾股定理要再解釋"),
    ]
    assert {group for _, group, _ in _ideas_in_db(demo_library, photo.id)} == {2}
    set_key_ideas(demo_library, photo.id, ["Only one"])
    assert _ideas_in_db(demo_library, photo.id) == [(1, 2, "Only one")]


def test_more_than_four_key_ideas_is_refused(demo_library: Library) -> None:
    photo = list_photos(demo_library, TEACHING)[0]
    with pytest.raises(ValidationError, match="at most 4 key ideas, not 5"):
        set_key_ideas(demo_library, photo.id, ["a", "b", "c", "d", "e"])
    assert get_photo(demo_library, photo.id).key_ideas == photo.key_ideas


def test_delete_removes_photo_image_and_key_ideas(demo_library: Library) -> None:
    photo = list_photos(demo_library, TEACHING)[0]
    delete_photo(demo_library, photo.id)
    assert counts(demo_library) == (2, 2, 8)
    with pytest.raises(NotFoundError, match=f"Photo {photo.id} is no longer in the library"):
        get_photo(demo_library, photo.id)
