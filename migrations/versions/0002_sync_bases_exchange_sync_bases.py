"""Exchange sync bases: what each import last took in, for three-way merges of bundles

Revision ID: 0002_sync_bases
Revises: 0001_initial
Create Date: 2026-11-23 19:20:23.421709
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_sync_bases'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Builds before this revision created the table on first import; keep theirs.
    if sa.inspect(op.get_bind()).has_table("exchange_sync_bases"):
        return
    op.create_table('exchange_sync_bases',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_exchange_sync_bases'))
    )


def downgrade() -> None:
    op.drop_table('exchange_sync_bases')
