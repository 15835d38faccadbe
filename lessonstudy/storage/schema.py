"""The schema revisions this build of Lesson Study knows, without importing Alembic.

Start-up only needs to know whether the library is at head; importing Alembic
(and scanning ``migrations/``) is deferred until an upgrade is really needed.
A test checks these constants against the migration scripts.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_sync_bases", "0007_classroom",
                                   "0003_evidence", "0006_search",
                                   "0010_settings", "0005_photo_store")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
