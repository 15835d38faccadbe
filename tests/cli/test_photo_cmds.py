"""``photos add`` and ``photos list``, as a recorder runs them."""

from __future__ import annotations

from pathlib import Path

from lessonstudy.services.photos import list_photos
from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.photo_support import bad_files, counts, phone_photo

DEMO_COUNTS = (3, 3, 12)


def test_good_and_bad_files_exit_1_with_every_bad_file_on_stderr(
    tmp_path: Path, data_dir: Path, demo_library: Library
) -> None:
    good = [phone_photo(tmp_path, f"IMG_{n}.jpg", orientation=6, shade=n) for n in (1, 2)]
    bad = bad_files(tmp_path)
    result = run_cli(
        "--data-dir", data_dir, "photos", "add", "2", good[0], bad["truncated"], bad["empty"],
        bad["not_an_image"], good[1], good[0], "--group", "group b", "--segment", "5",
    )
    assert result.code == 1
    assert result.err.splitlines() == [
        "IMG_CUT.jpg: the file is truncated (incomplete download?)",
        "IMG_EMPTY.jpg: the file is empty (0 bytes)",
        "notes.txt: this is not a photo (expected a JPEG, PNG, WebP or HEIC image)",
    ]
    out = result.out.splitlines()
    assert out[0].startswith("IMG_1.jpg: imported (photo ")
    assert out[1].startswith("IMG_2.jpg: imported (photo ")
    assert out[2].startswith("IMG_1.jpg: already imported (skipped)")
    assert out[-1] == "Imported 2 photos; 1 already imported; 3 could not be imported " \
        "(see the messages above)."
    added = [p for p in list_photos(demo_library, 2) if p.original_name.startswith("IMG_")]
    assert [(p.group_name, p.segment_number, p.width) for p in added] == [("Group B", 5, 300)] * 2
    assert counts(demo_library) == (5, 5, 12)


def test_only_bad_files_print_one_line_each_exit_1_and_store_nothing(
    tmp_path: Path, data_dir: Path, demo_library: Library
) -> None:
    files_before = sorted((data_dir / "photos").rglob("*"))
    corrupt = bad_files(tmp_path)["unreadable"]
    one = run_cli("--data-dir", data_dir, "photos", "add", "2", corrupt)
    assert one.code == 1
    assert one.out == ""
    [line] = one.err.splitlines()
    assert line.startswith("IMG_CORRUPT.jpg: ")
    every = run_cli("--data-dir", data_dir, "photos", "add", "2", *bad_files(tmp_path).values())
    assert every.code == 1
    assert every.out == ""
    lines = every.err.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "IMG_EMPTY.jpg", "IMG_CUT.jpg", "notes.txt", "bomb.png", "sticker.gif", "IMG_CORRUPT.jpg"]
    assert counts(demo_library) == DEMO_COUNTS
    assert sorted((data_dir / "photos").rglob("*")) == files_before


def test_all_good_exits_0_and_list_shows_them(
    tmp_path: Path, data_dir: Path, demo_library: Library
) -> None:
    path = phone_photo(tmp_path, "board.jpg")
    result = run_cli("--data-dir", data_dir, "photos", "add", "2", path, "--label", "Table 3")
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines()[-1] == "Imported 1 photo."
    listing = run_cli("--data-dir", data_dir, "photos", "list", "2")
    assert listing.code == 0
    assert any(
        "board.jpg — 2024-05-13 10:22, 400x300, Table 3, 0/4 key ideas" in line
        for line in listing.out.splitlines()
    )


def test_unknown_teaching_is_one_line_exit_1_and_nothing_stored(
    tmp_path: Path, data_dir: Path, demo_library: Library
) -> None:
    path = phone_photo(tmp_path, "board.jpg")
    result = run_cli("--data-dir", data_dir, "photos", "add", "77", path)
    assert result.code == 1
    assert result.err == (
        "lessonstudy: error: No teaching with id or lesson title '77'. "
        "Run 'lessonstudy list' to see them.\n"
    )
    assert result.out == ""
    assert counts(demo_library) == DEMO_COUNTS


def test_unknown_group_or_segment_stops_before_any_file(
    tmp_path: Path, data_dir: Path, demo_library: Library
) -> None:
    path = phone_photo(tmp_path, "board.jpg")
    group = run_cli("--data-dir", data_dir, "photos", "add", "2", path, "--group", "Group Q")
    assert group.code == 1 and len(group.err.splitlines()) == 1
    assert "no observer group 'Group Q' (groups: Group A [1], Group B [2]," in group.err
    segment = run_cli("--data-dir", data_dir, "photos", "add", "2", path, "--segment", "12")
    assert segment.code == 1
    assert "has no segment '12' (segments are numbered 1 to 10)" in segment.err
    assert counts(demo_library) == DEMO_COUNTS
