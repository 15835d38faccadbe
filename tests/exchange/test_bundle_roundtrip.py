"""Bundles: the demo lesson survives export → import intact, and importing twice changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from lessonstudy.exchange.bundle import export_bundle, import_bundle
from lessonstudy.exchange.bundle_manifest import BUNDLE_FORMAT, BUNDLE_VERSION
from tests.exchange.exchange_helpers import dump_hash, empty_library, lesson_doc, photo_bytes

__all__ = ["empty_library"]  # a fixture


def test_demo_round_trip_is_identical(demo_library, empty_library, tmp_path: Path) -> None:
    out = tmp_path / "demo.lsb"
    summary = export_bundle(demo_library, "1", out)
    assert summary.photos == 3 and summary.records > 100

    result = import_bundle(empty_library, out)

    assert result.added == summary.records and result.updated == 0 and not result.conflicts
    assert lesson_doc(empty_library) == lesson_doc(demo_library)
    # image and thumbnail, byte for byte
    assert photo_bytes(empty_library) == photo_bytes(demo_library)
    assert result.backup and Path(result.backup).exists()


def test_bundle_layout_and_manifest(demo_library, tmp_path: Path) -> None:
    out = export_bundle(demo_library, "Discovering Pythagoras' theorem 發現畢氏定理",
                        tmp_path / "b.lsb").path
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        lesson = json.loads(archive.read("lesson.json"))
        photos = [n for n in names if n.startswith("photos/")]
        assert all(archive.getinfo(n).compress_type == zipfile.ZIP_STORED for n in photos)
    assert {"manifest.json", "lesson.json"} <= set(names) and len(photos) == 3
    assert manifest["format"] == BUNDLE_FORMAT and manifest["format_version"] == BUNDLE_VERSION
    assert {"app_version", "created_at"} <= set(manifest)
    assert lesson["title"].startswith("Discovering") and len(lesson["versions"]) == 2
    assert {p["file"] for t in lesson["teachings"] for p in t["photos"]} == set(photos)


def test_import_twice_changes_nothing(demo_library, empty_library, tmp_path: Path) -> None:
    out = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    import_bundle(empty_library, out)
    before = dump_hash(empty_library)

    again = import_bundle(empty_library, out)

    assert (again.added, again.updated, again.conflicts) == (0, 0, ())
    assert dump_hash(empty_library) == before


def test_import_into_its_own_library_changes_no_content(demo_library, tmp_path: Path) -> None:
    out = export_bundle(demo_library, "1", tmp_path / "demo.lsb").path
    content = lesson_doc(demo_library)

    result = import_bundle(demo_library, out)
    after_first = dump_hash(demo_library)
    import_bundle(demo_library, out)

    assert not result.changed_anything and not result.conflicts
    assert lesson_doc(demo_library) == content
    assert dump_hash(demo_library) == after_first


def test_bundle_can_be_read_by_colleagues(demo_library, tmp_path: Path) -> None:
    """Bundles were written 0600 (private temp file renamed): a colleague could not import one
    from a shared folder. They now get the same permissions as any other file (the umask)."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = export_bundle(demo_library, "1", tmp_path / "shared.lsb").path
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".partial-*"))
