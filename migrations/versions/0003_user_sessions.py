"""users: ids never reused (SQLite AUTOINCREMENT), a session epoch that revokes sessions

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _recreate() -> str:
    # SQLite gains AUTOINCREMENT only by rebuilding the table; PostgreSQL's sequence never reuses ids.
    return 'always' if op.get_bind().dialect.name == 'sqlite' else 'auto'


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None, recreate=_recreate(),
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.add_column(sa.Column('session_epoch', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None, recreate=_recreate(),
                              table_kwargs={'sqlite_autoincrement': False}) as batch_op:
        batch_op.drop_column('session_epoch')
