"""Library-wide search: an FTS5 trigram index over notes, feedback, key ideas, actions, plans,
lesson titles and agenda records

One contentless FTS5 table (``search_index``), its term list (``search_terms``)
and triggers on each indexed table; the upgrade indexes every existing record.
No existing table is rebuilt, so every row stays as it was. The downgrade
drops the index and triggers only. On PostgreSQL nothing is created: the
search service reads the tables there (docs/search.md).

Revision ID: 0006_search
Revises: 0003_evidence
Create Date: 2026-12-06 06:50:00
"""

from __future__ import annotations

from alembic import op

from lessonstudy.storage.search_index import Source, install, remove

revision = '0006_search'
down_revision = '0003_evidence'
branch_labels = None
depends_on = None

# The sources as they stood at this revision (later revisions add their own).
SOURCES = (
    Source("note", 1, "observation_notes", ("text",)),
    Source("feedback", 2, "feedback_items", ("text",)),
    Source("key_idea", 3, "key_ideas", ("text",)),
    Source("action", 4, "action_items", ("text",)),
    Source("segment", 5, "segments", ("title", "activity", "anticipated_responses",
                                      "teacher_support", "evaluation", "materials")),
    Source("lesson", 6, "lessons", ("title",)),
    Source("agenda", 7, "agenda_items", ("title", "record")),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        install(bind, SOURCES)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        remove(bind)
