"""MT evaluations (workbench mt eval) and the unknown words of MT drafts

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mt_evaluations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_lang', sa.String(length=16), nullable=False),
    sa.Column('target_lang', sa.String(length=16), nullable=False),
    sa.Column('route', sa.String(length=200), nullable=False),
    sa.Column('chrf', sa.Float(), nullable=False),
    sa.Column('bleu', sa.Float(), nullable=False),
    sa.Column('term_accuracy', sa.Float(), nullable=True),
    sa.Column('segments', sa.Integer(), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=False),
    sa.Column('models', sa.JSON(), nullable=False),
    sa.Column('test_set', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name='pk_mt_evaluations')
    )
    with op.batch_alter_table('mt_evaluations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mt_evaluations_source_lang'), ['source_lang'], unique=False)
    with op.batch_alter_table('translations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mt_unknown', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table('translations', schema=None) as batch_op:
        batch_op.drop_column('mt_unknown')
    with op.batch_alter_table('mt_evaluations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mt_evaluations_source_lang'))
    op.drop_table('mt_evaluations')
