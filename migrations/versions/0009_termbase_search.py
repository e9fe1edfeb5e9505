"""termbase: a random stamp on the revision, and trigram indexes for the termbase screen's search

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26 16:20:00

- ``termbase_revision.stamp``: new with every change, it names compiled termbases on disk
  (glossary.compiled); a termbase written before this migration gets one now.
- The screen's search ("contains", any case, any script) is served by trigram indexes over
  ``terms.folded`` and the concepts' keys: FTS5 tables with the ``trigram`` tokenizer on SQLite,
  kept in step by triggers (the termbase is written a few rows at a time, imports aside), and
  ``pg_trgm`` GIN indexes on PostgreSQL, which serve the LIKE query as it is.
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def _sqlite_index(table: str, column: str) -> tuple[str, ...]:
    index = f"{table}_{column}_trgm"
    return (
        f"CREATE VIRTUAL TABLE {index} USING fts5({column}, content='{table}', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, new.{column}); END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {column} ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, new.{column}); END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    )


SQLITE_INDEXES = (('terms', 'folded'), ('concepts', 'key'))
# {trgm}: the schema pg_trgm lives in (see 0005).
POSTGRESQL_INDEXES = (
    "CREATE INDEX ix_terms_folded_trgm ON terms USING gin (folded {trgm}.gin_trgm_ops)",
    "CREATE INDEX ix_concepts_key_trgm ON concepts USING gin (lower(key) {trgm}.gin_trgm_ops)",
)


def upgrade() -> None:
    with op.batch_alter_table('termbase_revision') as batch:
        batch.add_column(sa.Column('stamp', sa.String(length=32), nullable=True))
    revision_table = sa.table('termbase_revision', sa.column('number', sa.Integer), sa.column('stamp', sa.String))
    op.execute(revision_table.update().where(revision_table.c.number > 0).values(stamp=secrets.token_hex(16)))
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for table, column in SQLITE_INDEXES:
            for statement in _sqlite_index(table, column):
                op.execute(statement)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        trgm = bind.exec_driver_sql(
            "SELECT quote_ident(nspname) FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace"
            " WHERE extname = 'pg_trgm'"
        ).scalar_one()
        for statement in POSTGRESQL_INDEXES:
            op.execute(statement.format(trgm=trgm))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for table, column in SQLITE_INDEXES:
            index = f"{table}_{column}_trgm"
            for trigger in ('insert', 'delete', 'update'):
                op.execute(f"DROP TRIGGER {index}_{trigger}")
            op.execute(f"DROP TABLE {index}")
    else:
        op.execute("DROP INDEX ix_terms_folded_trgm")
        op.execute("DROP INDEX ix_concepts_key_trgm")
    with op.batch_alter_table('termbase_revision') as batch:
        batch.drop_column('stamp')
