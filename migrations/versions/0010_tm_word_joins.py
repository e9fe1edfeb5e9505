"""translation memory: an index of word joins for PostgreSQL concordance search

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 01:15:00

``pg_trgm`` splits a text into words and keeps no positions, so a phrase of common words
("at last") matched 70,000-80,000 of a million units on trigrams, each rechecked. A word join
is where one word meets the next: the last letters of one and the first letters of the next
(``tm_word_joins``: three and three, and two and two, lower-cased). A unit holding a phrase
holds the joins of its words, so a GIN index of each unit's joins narrows the phrase to the
units where those words meet; the query itself is rechecked as before (workbench.tm.index).
PostgreSQL keeps the expression indexes in the transaction of every insert, update and delete.
SQLite's FTS5 trigram index keeps positions already: nothing changes there.
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# Words are split at ASCII white space, as workbench.tm.index splits the query (PostgreSQL's
# \s depends on the server's locale). COST: it takes tens of microseconds a unit, so the planner
# must never compute it over the table where the index can answer. PARALLEL RESTRICTED: a plan
# with parallel workers handed the leader every unit holding a join (whole rows), which took
# longer than reading them in one process.
WORD_JOINS = r"""
CREATE FUNCTION tm_word_joins(value text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL RESTRICTED COST 1000 AS $$
SELECT coalesce(array_agg(DISTINCT joined), '{}') FROM (
    SELECT word, lead(word) OVER (ORDER BY position) AS next_word
    FROM unnest(regexp_split_to_array(lower(value), '[ \t\n\r\f\v]+')) WITH ORDINALITY AS words(word, position)
) AS pairs CROSS JOIN LATERAL (VALUES (right(word, 3) || ' ' || left(next_word, 3)),
                                      (right(word, 2) || ' ' || left(next_word, 2))) AS joins(joined)
WHERE word <> '' AND next_word <> ''
$$
"""
# Named *_words, as the other indexes built by raw SQL: tests/test_database.py's model comparison
# leaves them out.
INDEXES = ("ix_tm_units_source_joined_words", "ix_tm_units_target_joined_words")


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(WORD_JOINS)
    for index, column in zip(INDEXES, ("source_text", "target_text")):
        op.execute(f"CREATE INDEX {index} ON tm_units USING gin (tm_word_joins({column}))")
    # The planner's statistics of the new expressions: how many units hold a join.
    op.execute("ANALYZE tm_units")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for index in INDEXES:
        op.execute(f"DROP INDEX {index}")
    op.execute("DROP FUNCTION tm_word_joins(text)")
