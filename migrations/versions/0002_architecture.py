"""termbase revision, constraint names, CHECKs, no duplicate indexes

- ``termbase_revision``: one row counting changes to the termbase (glossary.revision).
- Every constraint gets the name the models' naming convention gives it, on both databases
  (PostgreSQL had its own defaults, SQLite none), so later migrations can name what they change.
- CHECK constraints keep statuses, roles and kinds to the values the code knows.
- The indexes on segments.document_id, translations.segment_id and terms.concept_id go: each
  repeats the first column of a unique constraint, whose index serves the same look-ups.
- terms.part_of_speech and terms.gender go: nothing ever read or wrote them.
- terms.folded holds the term's text casefolded, so the termbase screen searches in SQL.

SQLite cannot alter constraints, so there each table is rebuilt (workbench.db runs migrations
with foreign keys off, as SQLite's ALTER TABLE procedure requires, and checks them after).

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# As in glossary.models, frozen here: a migration must not change when the models do.
NAMING_CONVENTION = {
    'ix': 'ix_%(column_0_label)s',
    'uq': 'uq_%(table_name)s_%(column_0_N_name)s',
    'ck': 'ck_%(table_name)s_%(constraint_name)s',
    'fk': 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',
    'pk': 'pk_%(table_name)s',
}
TABLES = ('documents', 'segments', 'translations', 'revisions', 'tm_units', 'users', 'concepts', 'terms')
TRANSLATION_STATUSES = ('untranslated', 'draft', 'translated', 'reviewed')
CHECKS = {  # table -> [(column, allowed values)]
    'translations': [('status', TRANSLATION_STATUSES)],
    'revisions': [('old_status', TRANSLATION_STATUSES), ('new_status', TRANSLATION_STATUSES)],
    'users': [('role', ('translator', 'reviewer', 'admin'))],
    'concepts': [('kind', ('person', 'place', 'organisation', 'term'))],
    'terms': [('status', ('preferred', 'admitted', 'deprecated', 'forbidden'))],
}
DUPLICATE_INDEXES = {'segments': 'document_id', 'translations': 'segment_id', 'terms': 'concept_id'}
UNUSED_COLUMNS = {'terms': [('part_of_speech', 20), ('gender', 10)]}  # (name, VARCHAR length)


def _condition(values) -> str:
    return 'IN ({})'.format(', '.join(f"'{value}'" for value in values))


def _pg_rename_constraints(table: str) -> None:
    """PostgreSQL's default names (segments_pkey, ..._key, ..._fkey) -> the convention's."""
    inspector = sa.inspect(op.get_bind())
    wanted = []
    primary = inspector.get_pk_constraint(table)
    wanted.append((primary['name'], f'pk_{table}'))
    for unique in inspector.get_unique_constraints(table):
        wanted.append((unique['name'], f"uq_{table}_{'_'.join(unique['column_names'])}"))
    for foreign in inspector.get_foreign_keys(table):
        wanted.append((foreign['name'], f"fk_{table}_{foreign['constrained_columns'][0]}_{foreign['referred_table']}"))
    for old, new in wanted:
        if old != new:
            op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{old}" TO "{new}"')


def upgrade() -> None:
    revision_table = op.create_table(
        'termbase_revision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_termbase_revision_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_termbase_revision')),
    )
    op.bulk_insert(revision_table, [{'id': 1, 'number': 0}])
    for table, column in DUPLICATE_INDEXES.items():
        op.drop_index(f'ix_{table}_{column}', table_name=table)

    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table in TABLES:
        if not sqlite:
            _pg_rename_constraints(table)
        # On SQLite the rebuilt table takes its constraint names from the convention.
        with op.batch_alter_table(table, recreate='always' if sqlite else 'auto',
                                  naming_convention=NAMING_CONVENTION) as batch:
            for column, values in CHECKS.get(table, ()):
                batch.create_check_constraint(op.f(f'ck_{table}_{column}'), f'{column} {_condition(values)}')
            for column, _ in UNUSED_COLUMNS.get(table, ()):
                batch.drop_column(column)
            if table == 'terms':
                batch.add_column(sa.Column('folded', sa.Text(), server_default='', nullable=False))
    _fold_terms()


def _fold_terms() -> None:
    # In Python: neither database's lower() is str.casefold().
    terms = sa.table('terms', sa.column('id', sa.Integer), sa.column('text', sa.String), sa.column('folded', sa.Text))
    connection = op.get_bind()
    rows = connection.execute(sa.select(terms.c.id, terms.c.text)).all()
    if rows:
        connection.execute(terms.update().where(terms.c.id == sa.bindparam('term_id')).values(folded=sa.bindparam('value')),
                           [{'term_id': term_id, 'value': text.casefold()} for term_id, text in rows])


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, naming_convention=NAMING_CONVENTION) as batch:
            if table == 'terms':
                batch.drop_column('folded')
            for column, length in UNUSED_COLUMNS.get(table, ()):
                batch.add_column(sa.Column(column, sa.String(length=length), nullable=True))
            for column, _ in CHECKS.get(table, ()):
                batch.drop_constraint(op.f(f'ck_{table}_{column}'), type_='check')
    for table, column in DUPLICATE_INDEXES.items():
        op.create_index(f'ix_{table}_{column}', table, [column], unique=False)
    op.drop_table('termbase_revision')
