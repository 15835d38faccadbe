"""Classroom maps, seats, notes about seats and tables, case-pupil predictions, tallies

Only new tables: nothing existing is rebuilt, so every row of the previous
revision stays as it was. Downgrading drops the new tables (and what they held).

Revision ID: 0007_classroom
Revises: 0002_sync_bases
Create Date: 2026-12-06 06:23:18.476536
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007_classroom'
down_revision = '0002_sync_bases'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_pupil_predictions',
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('case_pupil_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pupil_id'], ['case_pupils.id'], name=op.f('fk_case_pupil_predictions_case_pupil_id_case_pupils'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_case_pupil_predictions_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_pupil_predictions')),
    sa.UniqueConstraint('segment_id', 'case_pupil_id', name=op.f('uq_case_pupil_predictions_segment_id_case_pupil_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_case_pupil_predictions_uuid'))
    )
    with op.batch_alter_table('case_pupil_predictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_pupil_predictions_case_pupil_id'), ['case_pupil_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_pupil_predictions_segment_id'), ['segment_id'], unique=False)

    op.create_table('classroom_maps',
    sa.Column('lesson_id', sa.Integer(), nullable=True),
    sa.Column('teaching_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(lesson_id IS NULL) <> (teaching_id IS NULL)', name=op.f('ck_classroom_maps_one_owner')),
    sa.ForeignKeyConstraint(['lesson_id'], ['lessons.id'], name=op.f('fk_classroom_maps_lesson_id_lessons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teaching_id'], ['teachings.id'], name=op.f('fk_classroom_maps_teaching_id_teachings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classroom_maps')),
    sa.UniqueConstraint('lesson_id', name=op.f('uq_classroom_maps_lesson_id')),
    sa.UniqueConstraint('teaching_id', name=op.f('uq_classroom_maps_teaching_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_classroom_maps_uuid'))
    )
    op.create_table('classroom_places',
    sa.Column('map_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('x', sa.Integer(), nullable=False),
    sa.Column('y', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['map_id'], ['classroom_maps.id'], name=op.f('fk_classroom_places_map_id_classroom_maps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classroom_places')),
    sa.UniqueConstraint('uuid', name=op.f('uq_classroom_places_uuid'))
    )
    with op.batch_alter_table('classroom_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_classroom_places_map_id'), ['map_id'], unique=False)

    op.create_table('tally_counters',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=1), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['observer_groups.id'], name=op.f('fk_tally_counters_group_id_observer_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally_counters')),
    sa.UniqueConstraint('group_id', 'key', name=op.f('uq_tally_counters_group_id_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tally_counters_uuid'))
    )
    with op.batch_alter_table('tally_counters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tally_counters_group_id'), ['group_id'], unique=False)

    op.create_table('classroom_seats',
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('case_pupil_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pupil_id'], ['case_pupils.id'], name=op.f('fk_classroom_seats_case_pupil_id_case_pupils'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['place_id'], ['classroom_places.id'], name=op.f('fk_classroom_seats_place_id_classroom_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classroom_seats')),
    sa.UniqueConstraint('place_id', 'position', name=op.f('uq_classroom_seats_place_id_position')),
    sa.UniqueConstraint('uuid', name=op.f('uq_classroom_seats_uuid'))
    )
    with op.batch_alter_table('classroom_seats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_classroom_seats_place_id'), ['place_id'], unique=False)

    op.create_table('tally_marks',
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('elapsed_seconds', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['tally_counters.id'], name=op.f('fk_tally_marks_counter_id_tally_counters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_tally_marks_segment_id_segments'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tally_marks')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tally_marks_uuid'))
    )
    with op.batch_alter_table('tally_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tally_marks_counter_id'), ['counter_id'], unique=False)

    op.create_table('note_places',
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('seat_id', sa.Integer(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(seat_id IS NULL) <> (place_id IS NULL)', name=op.f('ck_note_places_seat_or_table')),
    sa.ForeignKeyConstraint(['note_id'], ['observation_notes.id'], name=op.f('fk_note_places_note_id_observation_notes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['classroom_places.id'], name=op.f('fk_note_places_place_id_classroom_places'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['seat_id'], ['classroom_seats.id'], name=op.f('fk_note_places_seat_id_classroom_seats'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_places')),
    sa.UniqueConstraint('uuid', name=op.f('uq_note_places_uuid'))
    )
    with op.batch_alter_table('note_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_places_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_places_place_id'), ['place_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_places_seat_id'), ['seat_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('note_places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_places_seat_id'))
        batch_op.drop_index(batch_op.f('ix_note_places_place_id'))
        batch_op.drop_index(batch_op.f('ix_note_places_note_id'))

    op.drop_table('note_places')
    with op.batch_alter_table('tally_marks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tally_marks_counter_id'))

    op.drop_table('tally_marks')
    with op.batch_alter_table('classroom_seats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classroom_seats_place_id'))

    op.drop_table('classroom_seats')
    with op.batch_alter_table('tally_counters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tally_counters_group_id'))

    op.drop_table('tally_counters')
    with op.batch_alter_table('classroom_places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classroom_places_map_id'))

    op.drop_table('classroom_places')
    op.drop_table('classroom_maps')
    with op.batch_alter_table('case_pupil_predictions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_pupil_predictions_segment_id'))
        batch_op.drop_index(batch_op.f('ix_case_pupil_predictions_case_pupil_id'))

    op.drop_table('case_pupil_predictions')
