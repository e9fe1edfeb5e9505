"""translation memory index: confirmed translations mirrored into tm_units, trigram indexes

Revision ID: 0005
Revises: 0004

Confirmed translations join the imported units in ``tm_units`` (``translation_id`` set, cascade
on delete), so one table and one index serve fuzzy, concordance and exact look-ups. The trigram
indexes are the database's own, two per database: a trigram index for concordance search
(substrings, any script) and a word index that finds fuzzy-match candidates through their rarer
words. On SQLite both are FTS5 tables (tokenizers ``trigram`` and ``unicode61``) kept in step
with ``tm_units`` by workbench.tm (new rows, a batch at a time: a trigger per row made imports
four times slower) and by triggers (deletes, including cascades); on PostgreSQL, ``pg_trgm`` GIN indexes and a GIN index on the
``simple`` text-search vector of the source.
"""

import hashlib

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE tm_units_fts USING fts5(source_text, target_text, "
    "content='tm_units', content_rowid='id', tokenize='trigram')",
    # detail=none: the fuzzy look-up only asks which units hold a word, never where.
    "CREATE VIRTUAL TABLE tm_units_words USING fts5(source_text, "
    "content='tm_units', content_rowid='id', tokenize='unicode61', detail='none')",
    "CREATE TRIGGER tm_units_index_delete AFTER DELETE ON tm_units BEGIN "
    "INSERT INTO tm_units_fts(tm_units_fts, rowid, source_text, target_text) "
    "VALUES ('delete', old.id, old.source_text, old.target_text); "
    "INSERT INTO tm_units_words(tm_units_words, rowid, source_text) VALUES ('delete', old.id, old.source_text); END",
    "CREATE TRIGGER tm_units_index_update AFTER UPDATE OF source_text, target_text ON tm_units BEGIN "
    "INSERT INTO tm_units_fts(tm_units_fts, rowid, source_text, target_text) "
    "VALUES ('delete', old.id, old.source_text, old.target_text); "
    "INSERT INTO tm_units_words(tm_units_words, rowid, source_text) VALUES ('delete', old.id, old.source_text); "
    "INSERT INTO tm_units_fts(rowid, source_text, target_text) VALUES (new.id, new.source_text, new.target_text); "
    "INSERT INTO tm_units_words(rowid, source_text) VALUES (new.id, new.source_text); END",
    "INSERT INTO tm_units_fts(tm_units_fts) VALUES ('rebuild')",
    "INSERT INTO tm_units_words(tm_units_words) VALUES ('rebuild')",
)
SQLITE_TRIGGERS = ('tm_units_index_delete', 'tm_units_index_update')
# {trgm}: the schema pg_trgm lives in, named because a schema being migrated (restore's check
# builds one) need not have it on its search path.
POSTGRESQL_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_tm_units_source_trgm ON tm_units USING gin (source_text {trgm}.gin_trgm_ops)",
    "CREATE INDEX ix_tm_units_target_trgm ON tm_units USING gin (target_text {trgm}.gin_trgm_ops)",
    "CREATE INDEX ix_tm_units_source_words ON tm_units USING gin (to_tsvector('simple', source_text))",
)
MIRROR_CONFIRMED = """
INSERT INTO tm_units (source_lang, target_lang, source_text, target_text, source_key, origin, created_at,
                      translation_id, reviewed)
SELECT documents.source_lang, translations.lang, segments.source_text, translations.text, '', 'document',
       translations.updated_at, translations.id, translations.status = 'reviewed'
FROM translations JOIN segments ON segments.id = translations.segment_id
JOIN documents ON documents.id = segments.document_id
WHERE translations.status IN ('translated', 'reviewed') AND translations.text != ''
"""


def upgrade() -> None:
    with op.batch_alter_table('tm_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translation_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reviewed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('penalty', sa.Float(), nullable=False, server_default='0'))
        batch_op.create_foreign_key(
            'fk_tm_units_translation_id_translations', 'translations', ['translation_id'], ['id'], ondelete='CASCADE'
        )
        batch_op.create_index('ix_tm_units_translation_id', ['translation_id'], unique=True)
        batch_op.drop_index('ix_tm_units_source_key')
        batch_op.create_index('ix_tm_units_exact', ['source_lang', 'target_lang', 'source_key'], unique=False)
        batch_op.create_index('ix_tm_units_origin', ['origin'], unique=False)
    bind = op.get_bind()
    _mirror_existing_translations(bind)
    # Built over the rows already there (SQLite: the 'rebuild' commands).
    if bind.dialect.name == 'sqlite':
        for statement in SQLITE_INDEX:
            op.execute(statement)
    else:
        op.execute(POSTGRESQL_INDEX[0])
        trgm = bind.exec_driver_sql(
            "SELECT quote_ident(nspname) FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace"
            " WHERE extname = 'pg_trgm'"
        ).scalar_one()
        for statement in POSTGRESQL_INDEX[1:]:
            op.execute(statement.format(trgm=trgm))


def _mirror_existing_translations(bind) -> None:
    """Confirmed translations made before this migration join the memory, with their hash key
    (sha1 of the source, as workbench.tm.source_key computes it)."""
    op.execute(MIRROR_CONFIRMED)
    units = sa.table('tm_units', sa.column('id'), sa.column('source_text'), sa.column('source_key'))
    pending = bind.execute(sa.select(units.c.id, units.c.source_text).where(units.c.source_key == '')).all()
    if pending:
        bind.execute(
            sa.update(units).where(units.c.id == sa.bindparam('unit_id')).values(source_key=sa.bindparam('key')),
            [{'unit_id': unit_id, 'key': hashlib.sha1(text.encode('utf-8')).hexdigest()} for unit_id, text in pending],
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE tm_units_fts")
        op.execute("DROP TABLE tm_units_words")
    else:
        for index in ('ix_tm_units_source_trgm', 'ix_tm_units_target_trgm', 'ix_tm_units_source_words'):
            op.execute(f"DROP INDEX {index}")
    op.execute("DELETE FROM tm_units WHERE translation_id IS NOT NULL")
    with op.batch_alter_table('tm_units', schema=None) as batch_op:
        batch_op.drop_index('ix_tm_units_origin')
        batch_op.drop_index('ix_tm_units_exact')
        batch_op.create_index('ix_tm_units_source_key', ['source_key'], unique=False)
        batch_op.drop_index('ix_tm_units_translation_id')
        batch_op.drop_constraint('fk_tm_units_translation_id_translations', type_='foreignkey')
        batch_op.drop_column('penalty')
        batch_op.drop_column('reviewed')
        batch_op.drop_column('translation_id')
