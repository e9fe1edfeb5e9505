"""termbase revision counter

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    revision_table = op.create_table(
        'termbase_revision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.CheckConstraint('id = 1', name='single_row'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.bulk_insert(revision_table, [{'id': 1, 'number': 0}])


def downgrade() -> None:
    op.drop_table('termbase_revision')
