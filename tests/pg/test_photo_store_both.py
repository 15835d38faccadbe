"""One photo store interface on both databases: files beside SQLite, rows on PostgreSQL.

The same steps run on each: the demo's photos are stored and read back by name, a photo
imported into two teachings is stored once, a bundle goes out and comes back, ``check``
removes bytes with their last photo, finds bytes nobody names and ``check --repair``
removes them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from lessonstudy.exchange.bundle import export_bundle
from lessonstudy.paths import LibraryLocation
from lessonstudy.services import photos
from lessonstudy.services.demo import load_demo
from lessonstudy.services.photo_import import import_photo
from lessonstudy.services.photo_records import ImportStatus, ImportTarget
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import PhotoBlob, PhotoData
from lessonstudy.storage.photo_store import DatabaseStore, FileStore
from tests.photo_support import phone_photo


def _stored(library: Library) -> int:
    store = library.photo_store
    if isinstance(store, FileStore):
        return len(list(store.names()))
    with library.reading() as session:
        return session.scalar(select(func.count()).select_from(PhotoBlob)) or 0


def test_the_store_on_either_database(any_location: LibraryLocation, tmp_path: Path) -> None:
    library = Library.open(any_location)
    try:
        on_server = any_location.db_path is None
        assert isinstance(library.photo_store, DatabaseStore if on_server else FileStore)
        load_demo(library)
        assert _stored(library) == 3 and library.check().ok
        picture = phone_photo(tmp_path, "shared.jpg", shade=4)
        ids = []
        for teaching in (1, 2):
            outcome = import_photo(library, ImportTarget(teaching), picture)
            assert outcome.status is ImportStatus.IMPORTED and outcome.photo_id is not None
            ids.append(outcome.photo_id)
        assert _stored(library) == 4  # one copy of the shared bytes
        first = photos.photo_image(library, ids[0])
        assert first.problem == "" and first.image[:2] == b"\xff\xd8"
        assert photos.photo_image(library, ids[1]).image == first.image

        bundle = export_bundle(library, 1, tmp_path / "lesson.lsb")
        assert bundle.photos >= 3

        photos.delete_photo(library, ids[0])
        assert library.check().ok and _stored(library) == 4  # the other still names them
        photos.delete_photo(library, ids[1])
        assert library.check().ok and _stored(library) == 3  # gone with the last photo
        with library.unit_of_work() as session:  # bytes whose photo never committed
            library.photo_store.put(session, b"\xff\xd8 an orphan")
        report = library.check()
        assert any("1 unused photo" in p for p in report.problems)
        if on_server:  # no grace period is needed: the server's locks order it
            assert library.remove_unused_photos() == 1
            assert library.check().ok and _stored(library) == 3
        with library.reading() as session:
            assert session.scalar(select(func.count()).select_from(PhotoData)) == 3
    finally:
        library.close()


def test_check_hashes_the_stored_bytes_on_either_database(
        any_location: LibraryLocation) -> None:
    """A stored picture whose bytes changed is found by `check`: by hashing the file beside
    SQLite, and on the server by hashing the rows there, a batch at a time."""
    library = Library.open(any_location)
    try:
        load_demo(library)
        told: list[tuple[int, int]] = []
        assert library.check(progress=lambda done, total: told.append((done, total))).ok
        assert told[0] == (0, 0) and told[-1] == (3, 3)  # busy, then every picture hashed
        with library.reading() as session:
            name = session.scalars(select(PhotoData.image_sha256)
                                   .order_by(PhotoData.image_sha256)).first()
        assert name is not None
        store = library.photo_store
        if isinstance(store, FileStore):
            store.path(name).write_bytes(b"\xff\xd8 not the picture any more")
        else:
            with library.unit_of_work() as session:
                session.execute(text("UPDATE photo_blobs SET image = :junk WHERE sha256 = :n"),
                                {"junk": b"\xff\xd8 not the picture", "n": name})
        report = library.check(full=True)
        assert f"1 photo file is damaged (its contents changed): {name[:12]}…" in report.problems
        assert report.photo_problems == 1
        folder_advice = any("copy of the photos folder" in a for a in report.advice)
        assert folder_advice is isinstance(store, FileStore)  # a server has no files to put back
    finally:
        library.close()
