"""Importing phone photos: upright, private, deduplicated, and every bad file named."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.imaging import PhotoSettings
from lessonstudy.services.photo_import import (
    check_target,
    import_photo,
    import_photos,
    resolve_target,
)
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.services.photos import list_photos, photo_image, photo_thumbnails
from lessonstudy.storage.library import Library
from tests.imaging.photo_samples import colour_at, is_grey, is_red, jpeg_app_markers, open_jpeg
from tests.photo_support import MTIME, bad_files, counts, phone_photo, set_mtime, stored_image

TEACHING = 2  # the demo's open class: groups 1-3, segments 10-19
DEMO_COUNTS = (3, 3, 12)


@pytest.mark.parametrize(("orientation", "corner"), [(6, "top-right"), (8, "bottom-left")])
def test_sideways_phone_photo_is_stored_upright_without_metadata(
    demo_library: Library, tmp_path: Path, orientation: int, corner: str
) -> None:
    path = phone_photo(tmp_path, f"IMG_{orientation}.jpg", orientation=orientation)
    target = ImportTarget(TEACHING, group_id=2, segment_id=14)
    report = import_photos(demo_library, target, [path])
    assert [o.status for o in report.outcomes] == [ImportStatus.IMPORTED]
    photo_id = report.imported[0].photo_id
    assert photo_id is not None
    image = stored_image(demo_library, photo_id)
    assert image.size == (300, 400)  # stored 400x300 sideways, upright it is portrait
    red_box = (250, 5, 295, 50) if corner == "top-right" else (5, 350, 50, 395)
    assert is_red(colour_at(image, red_box))
    assert is_grey(colour_at(image, (5, 5, 50, 50)))
    stored = photo_image(demo_library, photo_id)
    assert jpeg_app_markers(stored.image) == [0xE0]  # JFIF only: no EXIF, so no GPS
    assert b"GPS" not in stored.image and b"PhonoCam" not in stored.image
    assert open_jpeg(stored.thumbnail).size[0] <= 320
    summary = next(p for p in list_photos(demo_library, TEACHING) if p.id == photo_id)
    assert summary.taken_at == datetime(2024, 5, 13, 10, 22, 31)
    assert (summary.group_name, summary.segment_number) == ("Group B", 5)
    assert summary.original_name == f"IMG_{orientation}.jpg"


def test_without_exif_time_the_file_time_is_used(demo_library: Library, tmp_path: Path) -> None:
    path = phone_photo(tmp_path, "scan.jpg", taken="", gps=False)
    set_mtime(path)
    report = import_photos(demo_library, ImportTarget(TEACHING), [path])
    (photo,) = [p for p in list_photos(demo_library, TEACHING) if p.original_name == "scan.jpg"]
    assert report.ok and photo.taken_at == MTIME


def test_bad_files_are_each_reported_and_the_good_ones_stored(
    demo_library: Library, tmp_path: Path
) -> None:
    good = [phone_photo(tmp_path, f"IMG_{n}.jpg", shade=n) for n in (1, 2)]
    bad = bad_files(tmp_path)
    files = [good[0], *bad.values(), good[1]]
    report = import_photos(demo_library, ImportTarget(TEACHING, group_id=1), files, workers=2)
    assert [o.path for o in report.outcomes] == files
    assert [o.path for o in report.imported] == good
    failures = {o.path.name: (o.problem, o.message) for o in report.failures}
    corrupt_problem, corrupt_message = failures.pop("IMG_CORRUPT.jpg")
    assert corrupt_problem in ("unreadable", "truncated")
    assert corrupt_message.startswith("IMG_CORRUPT.jpg: the ")
    failures = {problem: message for problem, message in failures.values()}
    assert set(failures) == set(bad) - {"unreadable"}
    assert failures["empty"] == "IMG_EMPTY.jpg: the file is empty (0 bytes)"
    assert failures["truncated"].startswith("IMG_CUT.jpg: the file is truncated")
    assert failures["not_an_image"].startswith("notes.txt: this is not a photo")
    assert failures["too_large"].startswith("bomb.png: the picture is too large")
    assert failures["unsupported"].startswith("sticker.gif: GIF pictures are not accepted")
    assert not report.ok
    assert counts(demo_library) == (5, 5, 12)
    names = {p.original_name for p in list_photos(demo_library, TEACHING)}
    assert not names & {path.name for path in bad.values()}


def test_duplicates_are_skipped_not_errors(demo_library: Library, tmp_path: Path) -> None:
    path = phone_photo(tmp_path, "IMG_1.jpg")
    copy = tmp_path / "IMG_1 (copy).jpg"
    copy.write_bytes(path.read_bytes())
    first = import_photos(demo_library, ImportTarget(TEACHING), [path, copy])
    assert [o.status for o in first.outcomes] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]
    assert first.outcomes[1].message == "IMG_1 (copy).jpg: already imported (skipped)"
    assert first.outcomes[1].photo_id == first.outcomes[0].photo_id
    again = import_photos(demo_library, ImportTarget(TEACHING), [path])
    assert again.ok and again.duplicates and not again.imported
    assert counts(demo_library)[:2] == (4, 4)
    other = import_photos(demo_library, ImportTarget(1), [path])  # another teaching may have it
    assert other.imported


def test_max_edge_setting_downscales(demo_library: Library, tmp_path: Path) -> None:
    path = phone_photo(tmp_path, "big.jpg", size=(1200, 900))
    report = import_photos(
        demo_library, ImportTarget(TEACHING), [path],
        settings=PhotoSettings(max_edge=600, thumb_edge=100),
    )
    photo_id = report.imported[0].photo_id
    assert photo_id is not None
    assert stored_image(demo_library, photo_id).size == (600, 450)
    thumb = photo_thumbnails(demo_library, [photo_id])[photo_id]
    assert open_jpeg(thumb).size == (100, 75)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"teaching": "99"}, "No teaching with id or lesson title '99'"),
        ({"teaching": "2", "group": "Group Z"}, "This teaching has no observer group 'Group Z'"),
        ({"teaching": "2", "segment": "42"}, "The plan of this teaching has no segment '42'"),
        ({"teaching": "2", "segment": "Debate"}, "no segment 'Debate'"),
    ],
)
def test_unknown_names_stop_before_any_work(
    demo_library: Library, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(NotFoundError, match=message):
        resolve_target(demo_library, **kwargs)  # type: ignore[arg-type]
    assert counts(demo_library) == DEMO_COUNTS


def test_names_resolve_like_people_write_them(demo_library: Library) -> None:
    target = resolve_target(demo_library, "2", group="group c", segment="5", group_label="")
    assert (target.group_id, target.segment_id) == (3, 14)
    by_title = resolve_target(demo_library, "2", segment="exit ticket")
    assert by_title.segment_id == 18
    assert resolve_target(demo_library, "2", segment="id:12").segment_id == 12
    with pytest.raises(NotFoundError):
        resolve_target(demo_library, "2", segment="12")  # a number, never an id by accident


def test_group_of_another_teaching_is_refused(demo_library: Library, tmp_path: Path) -> None:
    path = phone_photo(tmp_path, "IMG_1.jpg")
    with pytest.raises(ValidationError, match="does not belong to this teaching"):
        import_photos(demo_library, ImportTarget(1, group_id=1), [path])
    with pytest.raises(ValidationError, match="not part of the plan"):
        check_target(demo_library, ImportTarget(TEACHING, segment_id=1))
    assert counts(demo_library) == DEMO_COUNTS


def test_cancel_before_start_stores_nothing(demo_library: Library, tmp_path: Path) -> None:
    files = [phone_photo(tmp_path, f"IMG_{n}.jpg", shade=n) for n in range(3)]
    cancel = threading.Event()
    cancel.set()
    report = import_photos(demo_library, ImportTarget(TEACHING), files, cancel=cancel, workers=2)
    assert [o.status for o in report.outcomes] == [ImportStatus.CANCELLED] * 3
    assert report.ok
    assert counts(demo_library) == DEMO_COUNTS


def test_progress_reaches_the_total(demo_library: Library, tmp_path: Path) -> None:
    files = [phone_photo(tmp_path, f"IMG_{n}.jpg", shade=n) for n in range(3)]
    seen: list[tuple[int, int]] = []
    import_photos(
        demo_library, ImportTarget(TEACHING), files, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_one_photo_from_bytes_for_a_live_note(demo_library: Library, tmp_path: Path) -> None:
    data = phone_photo(tmp_path, "x.jpg").read_bytes()
    target = ImportTarget(TEACHING, group_label=" Table  3 ")
    outcome = import_photo(demo_library, target, data, "board.jpg")
    assert outcome.status is ImportStatus.IMPORTED
    bad = import_photo(demo_library, ImportTarget(TEACHING), b"", "blank.jpg")
    assert (bad.status, bad.problem) == (ImportStatus.FAILED, "empty")
    photo = next(p for p in list_photos(demo_library, TEACHING) if p.id == outcome.photo_id)
    assert (photo.group_text, photo.original_name) == ("Table 3", "board.jpg")
