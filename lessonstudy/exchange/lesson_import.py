"""Store checked records in one transaction, with a backup: the end of every lesson import.

Bundles and hand-written lesson files differ in where photos come from, not in
how they are stored. Everything that can be checked is checked before this
point; what remains (the merge itself) runs in a single transaction, so a
failure half-way leaves the library exactly as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ConflictError, ImportRejectedError
from lessonstudy.exchange.lesson_flatten import Flattened
from lessonstudy.exchange.lesson_merge import Merger, PhotoBytes
from lessonstudy.exchange.results import ImportResult
from lessonstudy.i18n import N_, _
from lessonstudy.storage import safety_copy
from lessonstudy.storage.library import Library


def photo_duplicates(flat: Flattened) -> list[str]:
    """The same photo twice in one teaching (the library keeps each photo once per teaching)."""
    problems = []
    seen: dict[tuple[str, str], str] = {}
    for rec in flat.of("photo"):
        key = (str(rec.values["teaching_id"]), str(rec.values["sha256"]))
        if key in seen:
            problems.append(_("{path}.file: the same photo as {other}.file").format(
                                path=rec.path, other=seen[key]))
        seen.setdefault(key, rec.path)
    return problems


def reject_if(problems: list[str], what: object) -> None:
    """Refuse the import when ``problems`` lists any; ``what`` names the file (a LateText,
    translated when the refusal is read)."""
    if problems:
        raise ImportRejectedError.from_problems(
            N_("{what} was not imported; nothing was changed. Problems found:"), problems,
            what=what)


def store(library: Library, flat: Flattened, photos: Mapping[str, PhotoBytes],
          bundle_bases: Mapping[str, str]) -> ImportResult:
    """Merge ``flat`` into ``library`` (all or nothing), keeping a backup of a SQLite library
    from just before the import when the import changed anything (``storage/safety_copy``)."""
    location = library.location
    copy = safety_copy.for_import(location.db_path, location.backup_dir, "before-import")
    backup: Path | None = None
    try:
        for attempt in (1, 2):
            try:
                with library.unit_of_work() as session:
                    before = _changes(session)  # also takes the write lock
                    result = Merger(session, bundle_bases, photos).run(flat.records)
                    if copy is not None and _changes(session) != before:
                        backup = copy.keep()
                break
            except IntegrityError as exc:
                # Two people importing the same bundle into the shared server at once: the
                # second one's inserts collide with the first's. Merging again sees them.
                if attempt == 2:
                    raise ConflictError(
                        N_("Someone else stored the same records while this import ran; "
                           "nothing was imported. Try again.")) from exc
    finally:
        if copy is not None:
            copy.discard()  # kept ones stay; an unused or failed one goes
    if backup is None:
        return result
    return ImportResult(result.lesson_id, result.title, result.added, result.updated,
                        result.unchanged, result.conflicts, result.remarks, str(backup))


def _changes(session: Session) -> int:
    """Rows this SQLite connection has written so far (0 on a server, where no copy is made)."""
    raw = session.connection().connection.driver_connection
    return int(getattr(raw, "total_changes", 0))
