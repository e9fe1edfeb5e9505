"""A random stamp on the termbase revision, naming compiled termbases on disk (glossary.compiled)

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26 16:20:00
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('termbase_revision') as batch:
        batch.add_column(sa.Column('stamp', sa.String(length=32), nullable=True))
    # A termbase written before this migration gets a stamp no compiled file can carry yet.
    revision_table = sa.table('termbase_revision', sa.column('number', sa.Integer), sa.column('stamp', sa.String))
    op.execute(revision_table.update().where(revision_table.c.number > 0).values(stamp=secrets.token_hex(16)))


def downgrade() -> None:
    with op.batch_alter_table('termbase_revision') as batch:
        batch.drop_column('stamp')
