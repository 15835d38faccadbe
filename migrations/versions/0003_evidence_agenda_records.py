"""Agenda records: each conference step gets a free-text record; planned minutes may be unknown

Revision ID: 0003_evidence
Revises: 0007_classroom
Create Date: 2026-12-06 06:40:00

The conference itself is written down per agenda step (the teacher's
reflection, the planning team's rationale, the discussion, the final
comments), and a step whose length nobody planned keeps no minutes instead of
an invented five. Existing steps keep their minutes and get an empty record.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_evidence'
down_revision = '0007_classroom'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('record', sa.Text(), nullable=False,
                                      server_default=sa.text("''")))
        batch_op.alter_column('planned_minutes', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # Older builds need minutes on every step: an unknown one goes back to the old default.
    op.execute("UPDATE agenda_items SET planned_minutes = 5 WHERE planned_minutes IS NULL")
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.alter_column('planned_minutes', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('record')
