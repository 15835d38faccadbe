"""Photo store: image bytes move out of photo_data into files named by their SHA-256

Revision ID: 0005_photo_store
Revises: 0010_settings
Create Date: 2026-12-06 09:30:00

A SQLite library keeps its photos' JPEGs in ``photos/ab/<sha256>.jpg`` beside the library
file (``storage/photo_store``); ``photo_data`` keeps the name (``image_sha256``) and the
thumbnail. A server database (or an in-memory one) keeps the bytes in the new
``photo_blobs`` table. Photos with the same bytes share one stored copy.

Every byte is checked: each image is written, synced, read back and hashed before its row
names it; the downgrade puts each file's bytes back only after their hash matched, and
refuses (changing nothing) when a file is missing or damaged. Files stay on disk after a
downgrade: they are never changed, and older backups may name them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lessonstudy.storage.photo_store import PhotoUnavailableError, digest, store_for

revision = '0005_photo_store'
down_revision = '0010_settings'
branch_labels = None
depends_on = None

_CHUNK = 20  # images in memory at once


def upgrade() -> None:
    op.create_table(
        'photo_blobs',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('image', sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint('sha256', name=op.f('pk_photo_blobs')),
    )
    # The names go to a side table first: updating photo_data's rows would rewrite every
    # BLOB once more (gigabytes of journal) just before the column is dropped.
    op.create_table('photo_store_names',
                    sa.Column('photo_id', sa.Integer(), primary_key=True),
                    sa.Column('image_sha256', sa.String(length=64), nullable=False))
    conn = op.get_bind()
    store = store_for(conn)
    for ids in _id_chunks(conn):
        rows = conn.execute(
            sa.text("SELECT photo_id, image FROM photo_data WHERE photo_id IN :ids")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
        names = []
        for photo_id, image in rows:
            data = bytes(image or b"")
            name = store.put(conn, data)
            if store.get(conn, name) != data:  # read back and hashed again
                raise RuntimeError(f"photo {photo_id}: the stored copy differs")
            names.append({"id": photo_id, "name": name})
        if names:
            conn.execute(sa.text("INSERT INTO photo_store_names (photo_id, image_sha256) "
                                 "VALUES (:id, :name)"), names)
    # Debian's SQLite zeroes freed pages (secure_delete): gigabytes of BLOB pages written once
    # more just to be dropped. Their bytes are the photos now in files, and the upgrade ends
    # with a VACUUM of a file left mostly free (storage/migrate.compact_if_mostly_free).
    sqlite = conn.dialect.name == "sqlite"
    zeroing = sqlite and conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    if zeroing:
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    with op.batch_alter_table('photo_data', schema=None) as batch_op:
        batch_op.add_column(sa.Column('image_sha256', sa.String(length=64), nullable=True))
        batch_op.drop_column('image')
    if zeroing:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    conn.execute(sa.text(
        "UPDATE photo_data SET image_sha256 = (SELECT n.image_sha256 FROM photo_store_names n "
        "WHERE n.photo_id = photo_data.photo_id)"))
    op.drop_table('photo_store_names')
    with op.batch_alter_table('photo_data', schema=None) as batch_op:
        batch_op.alter_column('image_sha256', existing_type=sa.String(length=64),
                              nullable=False)
        batch_op.create_index(batch_op.f('ix_photo_data_image_sha256'), ['image_sha256'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('photo_data', schema=None) as batch_op:
        batch_op.add_column(sa.Column('image', sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    store = store_for(conn)
    for ids in _id_chunks(conn):
        rows = conn.execute(
            sa.text("SELECT photo_id, image_sha256 FROM photo_data WHERE photo_id IN :ids")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
        for photo_id, name in rows:
            try:
                data = store.get(conn, name)  # checks the hash
            except PhotoUnavailableError as error:
                raise RuntimeError(f"photo {photo_id} cannot be moved back into the "
                                   f"library: {error}") from error
            assert digest(data) == name
            conn.execute(sa.text("UPDATE photo_data SET image = :data WHERE photo_id = :id"),
                         {"data": data, "id": photo_id})
    with op.batch_alter_table('photo_data', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_data_image_sha256'))
        batch_op.drop_column('image_sha256')
    op.drop_table('photo_blobs')


def _id_chunks(conn: sa.Connection) -> list[list[int]]:
    ids = [row[0] for row in conn.execute(sa.text("SELECT photo_id FROM photo_data "
                                                  "ORDER BY photo_id"))]
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
