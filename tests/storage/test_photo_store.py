"""The photo store: files named by their bytes, written before the row, checked both ways.

Real files, a real SQLite library (the demo), real kills: a process killed between writing
a photo file and committing its row leaves an unused file that ``check`` reports and
``check --repair`` removes, never a row without its file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lessonstudy.domain.errors import StorageError
from lessonstudy.services import photo_edits, photos
from lessonstudy.services.photo_import import import_photo, import_photos
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.storage import photo_check
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import Photo, PhotoData
from lessonstudy.storage.photo_store import FileStore, digest
from lessonstudy.storage.restore import restore_backup
from tests.photo_support import counts, phone_photo

RESEARCH = 2
ROOT = Path(__file__).resolve().parents[2]


def _store(library: Library) -> FileStore:
    store = library.photo_store
    assert isinstance(store, FileStore)
    return store


def _files(library: Library) -> set[str]:
    return set(_store(library).names())


def _names(library: Library) -> set[str]:
    return photo_check.library_names(library.engine)


def _import(library: Library, path: Path, teaching: int = RESEARCH) -> int:
    outcome = import_photo(library, ImportTarget(teaching), path)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert outcome.photo_id is not None
    return outcome.photo_id


def test_the_demo_keeps_its_photos_as_files_named_by_their_bytes(demo_library: Library) -> None:
    store = _store(demo_library)
    assert store.root == demo_library.location.data_dir / "photos"
    assert _files(demo_library) == _names(demo_library) and len(_names(demo_library)) == 3
    for name in _names(demo_library):
        data = store.path(name).read_bytes()
        assert digest(data) == name and data[:2] == b"\xff\xd8"
        assert store.path(name).parent.name == name[:2]
    with demo_library.reading() as session:  # the database keeps metadata and thumbnails only
        columns = {c.name for c in PhotoData.__table__.columns}
        assert columns == {"photo_id", "image_sha256", "thumbnail"}
        assert session.scalar(select(func.count()).select_from(PhotoData)) == 3
    assert demo_library.check().ok


def test_the_same_bytes_are_stored_once(demo_library: Library, tmp_path: Path) -> None:
    picture = phone_photo(tmp_path, "board.jpg")
    first = _import(demo_library, picture, teaching=1)
    second = _import(demo_library, picture, teaching=2)  # the same photo in another teaching
    with demo_library.reading() as session:
        a, b = (session.get_one(PhotoData, i).image_sha256 for i in (first, second))
    assert a == b and len(_files(demo_library)) == 4
    store = _store(demo_library)
    assert store.put(None, store.get(None, a)) == a  # putting the bytes again is a no-op
    assert len(_files(demo_library)) == 4 and not store.partials()


def test_a_kill_between_file_and_row_leaves_an_unused_file_that_repair_removes(
        demo_library: Library, tmp_path: Path) -> None:
    picture = phone_photo(tmp_path, "killed.jpg", shade=7)
    folder = demo_library.location.data_dir
    before_rows, before_files = counts(demo_library), _files(demo_library)
    demo_library.close()
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from lessonstudy.paths import resolve_location
        from lessonstudy.services.photo_import import import_photo
        from lessonstudy.services.photo_records import ImportTarget
        from lessonstudy.storage import photo_store
        from lessonstudy.storage.library import Library

        real_put = photo_store.FileStore.put
        def put_then_die(self, session, data):
            name = real_put(self, session, data)  # the file is on disk and synced
            os.kill(os.getpid(), signal.SIGKILL)  # killed before the row commits
        photo_store.FileStore.put = put_then_die
        library = Library.open(resolve_location({str(folder)!r}))
        import_photo(library, ImportTarget({RESEARCH}), Path({str(picture)!r}))
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         timeout=120)
    assert run.returncode == -9, run.stderr.decode()

    library = Library.open(demo_library.location)
    try:
        assert counts(library) == before_rows  # no row: the transaction never committed
        extra = _files(library) - before_files
        assert len(extra) == 1 and extra <= set(_store(library).names())
        report = library.check()
        assert not report.ok and report.photo_problems == 1
        assert any("1 unused photo file" in p for p in report.problems)
        assert any("check --repair" in a for a in report.advice)
        assert library.remove_unused_photos() == 0  # written moments ago: an import may
        assert _files(library) - before_files == extra  # be about to commit its row
        removed = photo_check.collect_garbage(library.engine, _store(library),
                                              library.location.backup_dir,
                                              grace=timedelta(0))
        assert set(removed) == extra and _files(library) == before_files
        assert library.check().ok
    finally:
        library.close()


def test_a_file_that_cannot_be_written_stores_no_row(
        demo_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(demo_library), _files(demo_library)

    def disk_full(self: FileStore, target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileStore, "_write", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        _import(demo_library, phone_photo(tmp_path, "full.jpg", shade=9))
    assert (counts(demo_library), _files(demo_library)) == before


def test_missing_and_damaged_files_are_reported_and_shown_as_a_message(
        demo_library: Library) -> None:
    store = _store(demo_library)
    with demo_library.reading() as session:
        rows = session.execute(select(PhotoData.photo_id, PhotoData.image_sha256)
                               .order_by(PhotoData.photo_id)).all()
    (gone_id, gone), (bad_id, bad) = rows[0], rows[1]
    store.path(gone).unlink()
    damaged = bytearray(store.path(bad).read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    store.path(bad).write_bytes(bytes(damaged))

    report = demo_library.check()
    assert not report.ok and report.photo_problems == 2
    assert any("1 photo file is missing" in p and gone[:12] in p for p in report.problems)
    assert any("1 photo file is damaged" in p and bad[:12] in p for p in report.problems)
    assert any("Import them again" in a for a in report.advice)
    for photo_id, name in ((gone_id, gone), (bad_id, bad)):
        image = photos.photo_image(demo_library, photo_id)  # never an exception
        assert image.image == b"" and image.thumbnail[:2] == b"\xff\xd8"
        assert name in image.problem and "lessonstudy check" in image.problem
    with pytest.raises(StorageError, match="missing"):  # an edit says so too
        photo_edits.rotate_photo(demo_library, gone_id, 1)


def test_importing_the_same_bytes_again_repairs_a_damaged_file(
        demo_library: Library, tmp_path: Path) -> None:
    picture = phone_photo(tmp_path, "board.jpg", shade=3)
    photo_id = _import(demo_library, picture, teaching=1)
    with demo_library.reading() as session:
        name = session.get_one(PhotoData, photo_id).image_sha256
    path = _store(demo_library).path(name)
    path.write_bytes(b"\xff\xd8 not the photo any more")
    assert photos.photo_image(demo_library, photo_id).problem
    _import(demo_library, picture, teaching=2)  # same bytes arrive again
    assert digest(path.read_bytes()) == name
    assert photos.photo_image(demo_library, photo_id).problem == ""


def test_files_a_kept_backup_names_stay_until_the_backup_is_gone(
        demo_library: Library) -> None:
    photo_id = 1
    with demo_library.reading() as session:
        original = session.get_one(PhotoData, photo_id).image_sha256
    backup = demo_library.backup("manual")
    photo_edits.rotate_photo(demo_library, photo_id, 1)  # the photo now names a new file
    with demo_library.reading() as session:
        assert session.get_one(PhotoData, photo_id).image_sha256 != original

    report = demo_library.check()
    assert report.ok  # the old file is not "unused": the backup names it
    assert photo_check.collect_garbage(demo_library.engine, _store(demo_library),
                                       demo_library.location.backup_dir,
                                       grace=timedelta(0)) == []
    assert _store(demo_library).path(original).is_file()

    result = restore_backup(demo_library.location, backup)  # restoring finds its photo
    assert result.missing_photos == 0
    demo_library.close()
    restored = Library.open(demo_library.location)
    try:
        assert photos.photo_image(restored, photo_id).problem == ""
        assert restored.check().ok
        for kept in restored.location.backup_dir.glob("library-*.db"):
            kept.unlink()
        assert any("unused photo file" in p for p in restored.check().problems)  # the edit's
        removed = photo_check.collect_garbage(restored.engine, _store(restored),
                                              restored.location.backup_dir,
                                              grace=timedelta(0))
        assert len(removed) == 1 and restored.check().ok
        with restored.reading() as session:
            before_blur = session.get_one(PhotoData, photo_id).image_sha256
        photo_edits.redact_photo(restored, photo_id, (0, 0, 40, 40))
        # no backup names the unblurred picture: it leaves the disk with the edit
        assert not _store(restored).path(before_blur).exists() and restored.check().ok
        photos.delete_photo(restored, photo_id)
        assert len(_files(restored)) == 2 and restored.check().ok
    finally:
        restored.close()


def test_an_unreadable_backup_stops_the_clean_up(demo_library: Library) -> None:
    store = _store(demo_library)
    orphan = store.put(None, b"\xff\xd8 a photo no row names")
    demo_library.location.backup_dir.mkdir(exist_ok=True)
    (demo_library.location.backup_dir / "library-20260101-000000-000000-manual.db"
     ).write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert photo_check.collect_garbage(demo_library.engine, store,
                                       demo_library.location.backup_dir,
                                       grace=timedelta(0)) == []
    assert store.path(orphan).is_file()


def test_check_and_repair_on_the_command_line(demo_library: Library, tmp_path: Path) -> None:
    store = _store(demo_library)
    orphan = store.put(None, b"\xff\xd8 unused")
    old = os.stat(store.path(orphan)).st_mtime - 3600
    os.utime(store.path(orphan), (old, old))
    folder = str(demo_library.location.data_dir)
    demo_library.close()
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("LANGUAGE", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lessonstudy", "--data-dir", folder, *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)

    checked = cli("check")
    assert checked.returncode == 1
    assert "1 unused photo file" in checked.stdout
    assert "lessonstudy check --repair" in checked.stdout
    assert "Restore a recent file" not in checked.stdout  # a photo problem needs no restore
    repaired = cli("check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Removed 1 unused photo file." in repaired.stdout
    assert "healthy" in repaired.stdout and not store.path(orphan).exists()


def test_the_bundle_of_a_lesson_carries_the_stored_bytes(demo_library: Library,
                                                         tmp_path: Path) -> None:
    from lessonstudy.exchange.bundle import export_bundle, import_bundle

    out = tmp_path / "demo.lsb"
    export_bundle(demo_library, 1, out)
    import zipfile

    with zipfile.ZipFile(out) as archive:
        members = [n for n in archive.namelist() if n.startswith("photos/")]
        for member in members:
            data = archive.read(member)
            assert member == f"photos/{hashlib.sha256(data).hexdigest()}.jpg"
    assert {m.removeprefix("photos/").removesuffix(".jpg") for m in members} == _names(
        demo_library)
    other = Library.open(type(demo_library.location)(tmp_path / "other",
                                                     f"sqlite:///{tmp_path / 'other' / 'x.db'}"))
    try:
        import_bundle(other, out)
        assert _names(other) == _names(demo_library) == _files(other)
        assert other.check().ok
    finally:
        other.close()


def test_many_photos_of_one_import_each_get_their_file(demo_library: Library,
                                                       tmp_path: Path) -> None:
    files = [phone_photo(tmp_path, f"p{n}.jpg", shade=n + 11) for n in range(4)]
    report = import_photos(demo_library, ImportTarget(RESEARCH), files, workers=1)
    assert all(o.status is ImportStatus.IMPORTED for o in report.outcomes)
    with demo_library.reading() as session:
        names = session.scalars(select(PhotoData.image_sha256).join(
            Photo, Photo.id == PhotoData.photo_id).where(Photo.original_name.like("p%"))).all()
    assert len(set(names)) == 4 and set(names) <= _files(demo_library)


def test_check_hashes_a_file_again_only_when_it_changed_or_when_asked(
        demo_library: Library) -> None:
    store = _store(demo_library)
    assert demo_library.check().ok  # hashes every file and remembers them
    assert (store.root / ".checked").is_file()
    name = sorted(_names(demo_library))[0]
    path = store.path(name)
    info = path.stat()
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01  # a failing disk: same size, same time
    path.write_bytes(bytes(data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert demo_library.check().ok  # not read again: it looks untouched
    full = demo_library.check(full=True)
    assert not full.ok and any("damaged" in p for p in full.problems)
    assert not demo_library.check().ok  # and it stays reported until repaired
