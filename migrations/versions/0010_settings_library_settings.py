"""Library settings: named values that travel with the library (first: its print language)

Revision ID: 0010_settings
Revises: 0006_search
Create Date: 2026-12-06 07:00:00

A new table only; nothing existing changes. A library without a print language prints in
the interface language, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010_settings'
down_revision = '0006_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'library_settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_library_settings')),
    )


def downgrade() -> None:
    op.drop_table('library_settings')
