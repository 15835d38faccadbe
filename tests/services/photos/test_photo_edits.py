"""Rotate and redact replace the stored image; the bytes from before put it back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageStat

from lessonstudy.domain.errors import ConflictError, ValidationError
from lessonstudy.services import photo_edits
from lessonstudy.services.photo_edits import redact_photo, restore_image, rotate_photo
from lessonstudy.services.photo_import import import_photos
from lessonstudy.services.photo_records import ImportTarget, PhotoFields
from lessonstudy.services.photos import get_photo, photo_image, update_photo
from lessonstudy.storage.library import Library
from tests.imaging.photo_samples import colour_at, encode, is_grey, is_red
from tests.photo_support import phone_photo, stored_image


def _import(library: Library, path: Path) -> int:
    report = import_photos(library, ImportTarget(2), [path])
    photo_id = report.imported[0].photo_id
    assert photo_id is not None
    return photo_id


def test_rotate_right_is_stored_and_undo_restores_the_same_bytes(
    demo_library: Library, tmp_path: Path
) -> None:
    photo_id = _import(demo_library, phone_photo(tmp_path, "flat.jpg", gps=False))
    original = photo_image(demo_library, photo_id)
    edit = rotate_photo(demo_library, photo_id, 1)
    assert (edit.photo.width, edit.photo.height) == (300, 400)
    image = stored_image(demo_library, photo_id)
    assert is_red(colour_at(image, (250, 5, 295, 50)))  # red corner went top-left -> top-right
    assert is_grey(colour_at(image, (5, 5, 50, 50)))
    assert edit.before.image == original.image
    left = rotate_photo(demo_library, photo_id, -1)
    assert (left.photo.width, left.photo.height) == (400, 300)
    restore_image(demo_library, photo_id, edit.before)
    assert photo_image(demo_library, photo_id).image == original.image
    assert get_photo(demo_library, photo_id).width == 400


def test_redact_blurs_only_the_box_for_good(demo_library: Library, tmp_path: Path) -> None:
    board = Image.new("RGB", (400, 300), (240, 240, 240))
    draw = ImageDraw.Draw(board)
    for x in range(0, 400, 8):  # fine black stripes: "handwriting"
        draw.line((x, 0, x, 300), fill=(0, 0, 0), width=3)
    path = tmp_path / "names.png"
    path.write_bytes(encode(board, "PNG"))
    photo_id = _import(demo_library, path)
    edit = redact_photo(demo_library, photo_id, (300, 250, 100, 50))  # corners in any order
    image = stored_image(demo_library, photo_id).convert("L")
    inside = ImageStat.Stat(image.crop((130, 80, 270, 220))).stddev[0]
    outside = ImageStat.Stat(image.crop((0, 0, 90, 300))).stddev[0]
    assert inside < 20 < outside  # the stripes are gone inside the box only
    assert edit.photo.revision > edit.before.revision
    thumb_before = edit.before.thumbnail
    assert photo_image(demo_library, photo_id).thumbnail != thumb_before


def test_a_box_outside_the_photo_changes_nothing(demo_library: Library, tmp_path: Path) -> None:
    photo_id = _import(demo_library, phone_photo(tmp_path, "a.jpg"))
    before = photo_image(demo_library, photo_id)
    with pytest.raises(ValidationError, match="Nothing to blur"):
        redact_photo(demo_library, photo_id, (500, 500, 600, 600))
    assert photo_image(demo_library, photo_id) == before


def test_an_edit_made_meanwhile_is_not_overwritten(
    demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo_id = _import(demo_library, phone_photo(tmp_path, "a.jpg"))
    before = photo_image(demo_library, photo_id)
    real_rotate = photo_edits.rotate

    def rotate_while_someone_edits(image: bytes, turns: int):  # type: ignore[no-untyped-def]
        update_photo(demo_library, photo_id, PhotoFields("changed on another laptop"))
        return real_rotate(image, turns)

    monkeypatch.setattr(photo_edits, "rotate", rotate_while_someone_edits)
    with pytest.raises(ConflictError, match="Someone else changed this photo"):
        rotate_photo(demo_library, photo_id, 1)
    assert photo_image(demo_library, photo_id).image == before.image
    assert get_photo(demo_library, photo_id).caption == "changed on another laptop"
