"""comments, presence, segment word counts and source keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 12:50:00

Comments on segments and who has a document open (the editor polls); each segment's word count,
so the editor's progress in words is one SUM, and the sha1 of its source, so a document's
repetitions are an index look-up. Existing segments get both here.
"""

from alembic import op
import sqlalchemy as sa

from workbench.models import count_words, text_key

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('word_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('source_key', sa.String(length=40), server_default='', nullable=False))
        batch_op.create_index('ix_segments_document_id_source_key', ['document_id', 'source_key'], unique=False)
    segments = sa.table('segments', sa.column('id', sa.Integer), sa.column('source_text', sa.Text),
                        sa.column('word_count', sa.Integer), sa.column('source_key', sa.String))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(segments.c.id, segments.c.source_text).where(segments.c.id > last).order_by(segments.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            segments.update().where(segments.c.id == sa.bindparam('segment_id'))
            .values(word_count=sa.bindparam('words'), source_key=sa.bindparam('key')),
            [{'segment_id': row.id, 'words': count_words(row.source_text), 'key': text_key(row.source_text)} for row in rows],
        )
        last = rows[-1].id

    op.create_table('comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name='fk_comments_segment_id_segments', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_comments')
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comments_segment_id'), ['segment_id'], unique=False)

    op.create_table('presence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name='fk_presence_document_id_documents', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name='pk_presence'),
    sa.UniqueConstraint('document_id', 'user_name', name='uq_presence_document_id_user_name')
    )


def downgrade() -> None:
    op.drop_table('presence')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comments_segment_id'))
    op.drop_table('comments')
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_index('ix_segments_document_id_source_key')
        batch_op.drop_column('source_key')
        batch_op.drop_column('word_count')
