"""assignments: who translates and who reviews a document's language, and their history

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 20:40:00

One row per document, language and role (translator, reviewer) naming the account assigned;
a removed account's assignments go with it. ``assignment_changes`` keeps who changed an
assignment, when, from whom to whom, by name, so it outlives the accounts.
"""

from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# Frozen here: a migration must not change when the models do (workbench.models.ASSIGNMENT_ROLES).
ROLE_CHECK = "role IN ('translator', 'reviewer')"


def upgrade() -> None:
    op.create_table('assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('assigned_by', sa.String(length=100), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint(ROLE_CHECK, name=op.f('ck_assignments_role')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name='fk_assignments_document_id_documents', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name='fk_assignments_user_id_users', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_assignments'),
    sa.UniqueConstraint('document_id', 'lang', 'role', name='uq_assignments_document_id_lang_role')
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_user_id'), ['user_id'], unique=False)

    op.create_table('assignment_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('old_user', sa.String(length=100), nullable=False),
    sa.Column('new_user', sa.String(length=100), nullable=False),
    sa.Column('changed_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint(ROLE_CHECK, name=op.f('ck_assignment_changes_role')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name='fk_assignment_changes_document_id_documents', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_assignment_changes')
    )
    with op.batch_alter_table('assignment_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_changes_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assignment_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment_changes_document_id'))
    op.drop_table('assignment_changes')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_user_id'))
    op.drop_table('assignments')
