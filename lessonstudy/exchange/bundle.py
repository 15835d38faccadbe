"""Lesson bundles (``.lsb``): one lesson with its photos, carried between laptops.

``export_bundle`` writes ``manifest.json``, ``lesson.json`` (the lesson
document, UUIDs as ids) and every photo's stored JPEG as
``photos/<sha256>.jpg`` plus its thumbnail as ``thumbnails/<sha256>.jpg``
— the bytes from the library, unchanged, named by their own hash so a
damaged or swapped photo is caught on import. ``import_bundle`` checks the
zip, the manifest, the document and every photo before storing anything.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lessonstudy.domain.errors import ImageError, ImportRejectedError
from lessonstudy.domain.late_text import LateText
from lessonstudy.exchange import bundle_zip, lesson_import, sync_state
from lessonstudy.exchange.bundle_manifest import new_manifest, parse_manifest
from lessonstudy.exchange.json_limits import parse_json
from lessonstudy.exchange.lesson_export import collect_records, nest
from lessonstudy.exchange.lesson_flatten import Flattened, flatten
from lessonstudy.exchange.lesson_merge import PhotoBytes
from lessonstudy.exchange.lesson_validate import validate_document
from lessonstudy.exchange.results import ImportResult
from lessonstudy.i18n import N_, _
from lessonstudy.imaging.incoming import accept_stored_photo
from lessonstudy.services.lookup import find_lesson
from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import PhotoData


@dataclass(frozen=True)
class BundleSummary:
    """What ``export_bundle`` wrote."""

    path: Path
    lesson_id: int
    title: str
    records: int
    photos: int


def export_bundle(library: Library, lesson_ref: str | int, out: Path) -> BundleSummary:
    """Write the lesson named by ``lesson_ref`` (id or unique title) to ``out``."""
    writer = bundle_zip.BundleWriter(out)
    try:
        with library.unit_of_work() as session:
            lesson = find_lesson(session, lesson_ref)
            records = collect_records(session, lesson)
            photos = [r for r in records if r.entity == "photo"]
            written: set[str] = set()  # one photo in two teachings is one member
            for rec in photos:
                rec.payload = _write_photo(session, writer, rec.uuid, written)
            bases = sync_state.load_bases(session, [r.uuid for r in records])
            summary = BundleSummary(out, lesson.id, lesson.title, len(records), len(photos))
            manifest = new_manifest(lesson.uuid, lesson.title, bases)
        document = json.dumps(nest(records), ensure_ascii=False, indent=1)
        writer.add("lesson.json", document.encode("utf-8"))
        writer.add("manifest.json", manifest.to_json())
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return summary


def _write_photo(session: Any, writer: bundle_zip.BundleWriter, photo_uuid: str,
                 written: set[str]) -> str:
    from lessonstudy.storage.models import Photo

    name, thumbnail = session.execute(
        select(PhotoData.image_sha256, PhotoData.thumbnail)
        .join(Photo, Photo.id == PhotoData.photo_id).where(Photo.uuid == photo_uuid)
    ).one()
    image = photo_store.of(session).get(session, name)  # hash-checked: no damaged bytes out
    digest = hashlib.sha256(image).hexdigest()
    if digest not in written:
        written.add(digest)
        writer.add(f"photos/{digest}.jpg", image, compress=False)
        writer.add(f"thumbnails/{digest}.jpg", thumbnail, compress=False)
    return f"photos/{digest}.jpg"


def import_bundle(library: Library, path: Path) -> ImportResult:
    """Merge the bundle at ``path`` into ``library``; all or nothing."""
    flat, photos, bases = read_bundle(path)
    return lesson_import.store(library, flat, photos, bases)


def read_bundle(path: Path) -> tuple[Flattened, dict[str, PhotoBytes], dict[str, str]]:
    """Everything in the bundle, checked; raises ImportRejectedError listing every problem."""
    what = LateText.of(N_("The bundle {name}"), name=path.name)
    with bundle_zip.open_bundle(path) as archive:
        names = set(archive.namelist())
        if "manifest.json" not in names:
            lesson_import.reject_if([_("manifest.json: missing (this is not a Lesson Study "
                                       "bundle, or it is damaged)")], what)
        manifest, problems = parse_manifest(bundle_zip.read_member(archive, "manifest.json"))
        lesson_import.reject_if(problems, what)
        assert manifest is not None
        if "lesson.json" not in names:
            lesson_import.reject_if([_("lesson.json: missing")], what)
        doc = _load_json(bundle_zip.read_member(archive, "lesson.json"))
        problems = [p.replace("$", "lesson.json $", 1) for p in validate_document(doc)]
        lesson_import.reject_if(problems, what)
        flat = flatten(doc)
        lesson_import.reject_if(flat.problems, what)
        photos = _read_photos(archive, flat, names, what)
    lesson_import.reject_if(lesson_import.photo_duplicates(flat), what)
    return flat, photos, manifest.bases


def _load_json(data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRejectedError(N_("lesson.json in the bundle is not UTF-8 text.")) from None
    return parse_json(text, "lesson.json in the bundle")


def _read_photos(archive: zipfile.ZipFile, flat: Flattened,
                 names: set[str], what: object) -> dict[str, PhotoBytes]:
    photos: dict[str, PhotoBytes] = {}
    problems: list[str] = []
    checked: dict[str, PhotoBytes] = {}  # a member named by many photos is decoded once
    for rec in flat.of("photo"):
        where = f"lesson.json {rec.path}.file"
        if rec.payload not in names or not rec.payload.startswith("photos/"):
            problems.append(_("{where}: '{payload}' is not in the bundle").format(
                                where=where, payload=rec.payload))
            continue
        digest = rec.payload.removeprefix("photos/").removesuffix(".jpg")
        if digest in checked:
            photos[rec.uuid] = checked[digest]
            if rec.values.get("sha256") is None:
                rec.values["sha256"] = digest
            continue
        image = bundle_zip.read_member(archive, rec.payload)
        if hashlib.sha256(image).hexdigest() != digest:
            problems.append(_("{where}: {payload} is damaged (its content does not match its "
                              "name)").format(where=where, payload=rec.payload))
            continue
        try:
            thumb_name = f"thumbnails/{digest}.jpg"
            thumbnail = (bundle_zip.read_member(archive, thumb_name) if thumb_name in names
                         else None)
            photos[rec.uuid] = checked[digest] = _photo_bytes(digest, image, thumbnail)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
        if rec.values.get("sha256") is None:
            rec.values["sha256"] = digest
    lesson_import.reject_if(problems, what)
    return photos


def _photo_bytes(digest: str, image: bytes, thumbnail: bytes | None) -> PhotoBytes:
    """The photo through the same pipeline as any imported photo (docs/reliability.md).

    Metadata is dropped and the picture downscaled unless it is already in stored
    form; the bundle's thumbnail is kept only when it checks out as a thumbnail of it.
    """
    try:
        photo = accept_stored_photo(image, f"photos/{digest}.jpg", thumbnail)
    except ImageError as exc:
        raise ValueError(exc.message) from None
    return PhotoBytes(photo.image, photo.thumbnail, photo.width, photo.height)
