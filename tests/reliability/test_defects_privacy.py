"""Photos that arrive in bundles go through the same pipeline as photos added on the desktop."""

from __future__ import annotations

import copy
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from lessonstudy.exchange import lesson_json
from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.imaging.pipeline import DEFAULT_MAX_EDGE, DEFAULT_THUMB_EDGE, process_photo
from lessonstudy.storage.library import Library
from tests.exchange.exchange_helpers import empty_library, example_doc, photo_bytes, write_zip
from tests.imaging.photo_samples import (
    encode,
    jpeg_app_markers,
    marked_image,
    open_jpeg,
    phone_exif,
    png_header_only,
)

__all__ = ["empty_library"]  # a fixture

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


@pytest.fixture(scope="module")
def demo_bundle(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lessonstudy.paths import resolve_location

    library = Library.open(resolve_location(demo_template))
    try:
        return export_bundle(library, "1", tmp_path_factory.mktemp("b") / "demo.lsb").path
    finally:
        library.close()


def _swap_photos(source: Path, target: Path, image: bytes, thumbnail: bytes | None) -> Path:
    """The demo bundle with every photo replaced by ``image`` (renamed by its new hash)."""
    digest = hashlib.sha256(image).hexdigest()
    with zipfile.ZipFile(source) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    lesson = json.loads(members["lesson.json"])
    photos = [p for t in lesson["teachings"] for p in t.get("photos", [])]
    for number, photo in enumerate(photos):
        photo["file"] = f"photos/{digest}.jpg"
        photo["sha256"] = hashlib.sha256(image + bytes([number])).hexdigest()  # one per teaching
    out = {n: v for n, v in members.items() if not n.startswith(("photos/", "thumbnails/"))}
    out["lesson.json"] = json.dumps(lesson).encode("utf-8")
    out[f"photos/{digest}.jpg"] = image
    if thumbnail is not None:
        out[f"thumbnails/{digest}.jpg"] = thumbnail
    return write_zip(target, out)


@pytest.mark.parametrize("thumbnail", [
    None,
    b"junk bytes, not a picture",
    png_header_only(30_000, 30_000),
])
def test_photos_arriving_in_bundles_lose_gps_and_are_downscaled(
        empty_library: Library, demo_bundle: Path, tmp_path: Path,
        thumbnail: bytes | None) -> None:
    """Bundled photos kept GPS and camera data at full size; thumbnails were stored unchecked."""
    phone = encode(marked_image((4000, 3000)), "JPEG", quality=90, exif=phone_exif(6))
    assert 0xE1 in jpeg_app_markers(phone)
    bundle = _swap_photos(demo_bundle, tmp_path / "gps.lsb", phone, thumbnail)
    import_bundle(empty_library, bundle)
    stored = photo_bytes(empty_library)
    assert stored
    for image, thumb in stored.values():
        assert jpeg_app_markers(image) == [0xE0]  # JFIF only: no EXIF, no GPS
        picture = open_jpeg(image)
        assert max(picture.size) == DEFAULT_MAX_EDGE and picture.height > picture.width  # upright
        small = open_jpeg(thumb)
        assert max(small.size) <= DEFAULT_THUMB_EDGE and jpeg_app_markers(thumb) == [0xE0]


def test_clean_bundled_photos_keep_their_bytes(demo_library: Library, empty_library: Library,
                                                demo_bundle: Path) -> None:
    import_bundle(empty_library, demo_bundle)
    assert photo_bytes(empty_library) == photo_bytes(demo_library)


def test_one_photo_referenced_200_times_is_decoded_once(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """200 teachings naming one file decoded it 200 times (52 s, 672 MB)."""
    doc = example_doc()
    first = doc["teachings"][0]
    for number in range(1, 200):
        teaching = copy.deepcopy(first)
        teaching["id"] = f"teaching-{number}"
        for kind in ("groups", "observers", "photos", "notes", "timings"):
            for item in teaching.get(kind, []):
                if "id" in item:
                    item["id"] = f"{item['id']}-{number}"
        teaching.pop("conference", None)
        teaching.pop("classroom", None)
        for photo in teaching["photos"]:
            photo["group"] = f"{photo['group']}-{number}"
            photo["key_ideas"] = []
        teaching["notes"] = []
        teaching["observers"] = []
        doc["teachings"].append(teaching)
    folder = tmp_path / "many"
    folder.mkdir()
    for photo in EXAMPLE_DIR.glob("*.png"):
        (folder / photo.name).write_bytes(photo.read_bytes())
    (folder / "lesson.json").write_text(json.dumps(doc), encoding="utf-8")
    calls: list[object] = []

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return process_photo(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lesson_json, "process_photo", counting)
    flat, photos = lesson_json.read_lesson_json(folder / "lesson.json")
    assert len(photos) == 200
    assert len(calls) == 1
    del flat
