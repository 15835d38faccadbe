"""Hostile and broken bundles are refused with the reason, and nothing in the library changes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.exchange import bundle_zip
from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.storage.library import Library
from tests.exchange.exchange_helpers import (
    dump_hash,
    manifest_bytes,
    rewrite_bundle,
    write_zip,
)

LESSON = b'{"format_version": 1, "title": "x", "team": {"name": "t"}}'


@pytest.fixture(scope="module")
def good_bundle(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lessonstudy.paths import resolve_location

    library = Library.open(resolve_location(demo_template))
    try:
        return export_bundle(library, "1", tmp_path_factory.mktemp("b") / "good.lsb").path
    finally:
        library.close()


def _refused(library: Library, path: Path) -> ImportRejectedError:
    before = dump_hash(library)
    with pytest.raises(ImportRejectedError) as caught:
        import_bundle(library, path)
    assert dump_hash(library) == before
    assert not list(library.location.backup_dir.glob("*before-import*"))
    return caught.value


@pytest.mark.parametrize(("name", "reason"), [
    ("../evil.json", "climbs out"),
    ("photos/../../etc/passwd", "climbs out"),
    ("/etc/cron.d/evil", "absolute path"),
    ("C:/Windows/evil.dll", "absolute path"),
    ("photos\\evil.jpg", "backslash"),
    ("notes.txt", "not a file a Lesson Study bundle contains"),
])
def test_unsafe_member_names(library: Library, tmp_path: Path, name: str, reason: str) -> None:
    path = write_zip(tmp_path / "bad.lsb", {"manifest.json": manifest_bytes(),
                                            "lesson.json": LESSON, name: b"x"})
    error = _refused(library, path)
    assert any(reason in p and name[:20] in p for p in error.problems), error.problems


def test_symlink_member(library: Library, tmp_path: Path) -> None:
    name = "photos/" + "a" * 64 + ".jpg"
    path = write_zip(tmp_path / "link.lsb", {"manifest.json": manifest_bytes(),
                                             "lesson.json": LESSON, name: b"/etc/passwd"},
                     symlinks=(name,))
    assert any("symbolic link" in p for p in _refused(library, path).problems)


def test_zip_bomb(library: Library, tmp_path: Path) -> None:
    bomb = b"\0" * (20 * 1024 * 1024)  # 20 MB of zeros deflates about 1000:1
    path = write_zip(tmp_path / "bomb.lsb", {"manifest.json": manifest_bytes(),
                                             "lesson.json": bomb})
    assert any("zip bomb" in p for p in _refused(library, path).problems)


def test_oversized_and_too_many_members(library: Library, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_zip, "MAX_MEMBER_BYTES", 1024)
    big = write_zip(tmp_path / "big.lsb", {"manifest.json": manifest_bytes(),
                                           "lesson.json": bytes(range(256)) * 8}, compress=False)
    assert any("larger than" in p for p in _refused(library, big).problems)
    monkeypatch.setattr(bundle_zip, "MAX_MEMBERS", 3)
    many = write_zip(tmp_path / "many.lsb", {f"thumbnails/{i:064x}.jpg": b"x" for i in range(4)})
    assert "at most 3" in _refused(library, many).problems[0]


@pytest.mark.parametrize(("manifest", "expected"), [
    (b"not json", "not valid JSON"),
    (b"[]", "expected an object"),
    (manifest_bytes(format="something-else"), "not a Lesson Study bundle"),
    (manifest_bytes(format_version=2), "update Lesson Study"),
    (manifest_bytes(format_version="1"), "expected an integer"),
    (manifest_bytes(surprise=True), "unknown key 'surprise'"),
    (manifest_bytes(bases={"x": "not-a-hash"}), "bases"),
])
def test_bad_manifest(library: Library, good_bundle: Path, tmp_path: Path, manifest: bytes,
                      expected: str) -> None:
    path = rewrite_bundle(good_bundle, tmp_path / "m.lsb", manifest_json=manifest)
    error = _refused(library, path)
    assert any(expected in p for p in error.problems), error.problems


def test_missing_manifest_and_not_a_zip(library: Library, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "nomanifest.lsb", {"lesson.json": LESSON})
    assert "manifest.json: missing" in _refused(library, path).problems[0]
    junk = tmp_path / "junk.lsb"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "not a readable zip file" in _refused(library, junk).message


def test_bad_lesson_json_in_bundle_names_the_path(library: Library, good_bundle: Path,
                                                  tmp_path: Path) -> None:
    with zipfile.ZipFile(good_bundle) as archive:
        doc = json.loads(archive.read("lesson.json"))
    doc["versions"][0]["segments"][2]["duration_seconds"] = "five minutes"
    doc["teachings"][0]["mood"] = "sunny"
    path = rewrite_bundle(good_bundle, tmp_path / "l.lsb",
                          lesson_json=json.dumps(doc).encode())
    problems = _refused(library, path).problems
    assert "lesson.json $.versions[0].segments[2].duration_seconds: expected an integer" in problems
    assert "lesson.json $.teachings[0].mood: unknown key" in problems


def test_swapped_photo_is_caught(library: Library, good_bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_bundle) as archive:
        photo = next(n for n in archive.namelist() if n.startswith("photos/"))
    path = rewrite_bundle(good_bundle, tmp_path / "p.lsb", **{photo: b"\xff\xd8 not it"})
    assert any("damaged" in p for p in _refused(library, path).problems)


@pytest.mark.parametrize("member", ["manifest.json", "lesson.json"])
def test_json_nested_too_deeply_in_a_bundle(library: Library, good_bundle: Path, tmp_path: Path,
                                            member: str) -> None:
    """Deeply nested brackets raised RecursionError (an 'internal error') instead of a refusal."""
    deep = b"[" * 100_000 + b"]" * 100_000
    key = member.replace(".", "_")
    path = rewrite_bundle(good_bundle, tmp_path / "deep.lsb", **{key: deep})
    error = _refused(library, path)
    assert "nested too deeply" in " ".join([error.message, *error.problems])
