"""Import one lesson from a hand-written (or tool-written) ``lesson.json`` with photo files.

Photos are named by paths relative to the JSON file and go through the same
pipeline as photos added in the app (upright, metadata removed, downscaled).
Every problem — a bad key, a wrong type, a missing or unreadable photo — is
collected with its JSON path before anything is stored.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

from lessonstudy.domain.errors import ImageError, ImportRejectedError
from lessonstudy.domain.late_text import LateText
from lessonstudy.exchange import lesson_import
from lessonstudy.exchange.json_limits import parse_json
from lessonstudy.exchange.lesson_flatten import Flattened, flatten
from lessonstudy.exchange.lesson_merge import PhotoBytes
from lessonstudy.exchange.lesson_validate import validate_document
from lessonstudy.exchange.results import ImportResult
from lessonstudy.i18n import N_, _
from lessonstudy.imaging.pipeline import ProcessedPhoto, process_photo
from lessonstudy.storage.library import Library

MAX_JSON_BYTES = 64 * 1024 * 1024


def import_lesson_json(library: Library, path: Path) -> ImportResult:
    """Merge the lesson in ``path`` into ``library``; all or nothing."""
    flat, photos = read_lesson_json(path)
    return lesson_import.store(library, flat, photos, {})


def read_lesson_json(path: Path) -> tuple[Flattened, dict[str, PhotoBytes]]:
    """The checked records and processed photos; raises ImportRejectedError otherwise."""
    what = LateText.of(N_("The lesson file {name}"), name=path.name)
    doc = load_json_file(path)
    lesson_import.reject_if(validate_document(doc), what)
    flat = flatten(doc)
    lesson_import.reject_if(flat.problems, what)
    photos, problems = _process_photos(flat, path.parent)
    lesson_import.reject_if(problems + lesson_import.photo_duplicates(flat), what)
    return flat, photos


def load_json_file(path: Path) -> Any:
    """The parsed file, with a plain message for a missing, huge or malformed one."""
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ImportRejectedError(N_("{name} is {size} MB; a lesson file may be at most "
                                         "{limit} MB."),
                                      name=path.name, size=size // 2 ** 20,
                                      limit=MAX_JSON_BYTES // 2 ** 20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportRejectedError(N_("There is no file {path}."), path=path) from None
    except OSError as exc:
        raise ImportRejectedError(N_("{path} cannot be read: {strerror}."),
                                  path=path, strerror=exc.strerror) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejectedError(N_("{name} is not UTF-8 text."), name=path.name) from None
    return parse_json(text, path.name)


def photo_path_problem(name: str) -> str:
    """Why ``name`` cannot be a photo path relative to the lesson file, or ""."""
    if not name.strip():
        return "expected the photo's file name"
    if "\\" in name:
        return "use / between folders, not \\"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name) or name.startswith("~"):
        return "must be relative to the lesson file, not an absolute path"
    if ".." in PurePosixPath(name).parts:
        return "must not leave the lesson file's folder (..)"
    return ""


def _process_photos(flat: Flattened, folder: Path) -> tuple[dict[str, PhotoBytes], list[str]]:
    photos: dict[str, PhotoBytes] = {}
    problems: list[str] = []
    done: dict[Path, ProcessedPhoto] = {}
    root = folder.resolve()
    for rec in flat.of("photo"):
        where = f"{rec.path}.file"
        why = photo_path_problem(rec.payload)
        file = (root / rec.payload).resolve()
        if not why and not file.is_relative_to(root):
            why = "must not leave the lesson file's folder (a link points outside)"
        if not why and not file.is_file():
            why = f"there is no file '{rec.payload}' next to the lesson file"
        if why:
            problems.append(f"{where}: {why}")
            continue
        try:
            # One file named by many records (a photo in 200 teachings) is decoded once.
            processed = done.get(file) or process_photo(file, name=rec.payload)
        except ImageError as exc:
            problems.append(f"{where}: {exc.message}")
            continue
        done[file] = processed
        given = rec.values.get("sha256")
        if given is not None and given != processed.sha256:
            problems.append(_("{path}.sha256: does not match the file '{payload}'").format(
                                path=rec.path, payload=rec.payload))
        rec.values["sha256"] = processed.sha256
        photos[rec.uuid] = PhotoBytes(processed.image, processed.thumbnail, processed.width,
                                      processed.height)
    return photos, problems
