"""The database indexes behind the memory's look-ups, one class per database, picked by dialect.

Each database keeps two indexes of ``tm_units`` (migration 0005): a trigram index for
concordance search (any substring, any script, case-insensitive) and a word index that tells
which units hold a given word. The fuzzy look-up asks the word index for the units sharing the
query's rarer words, because a trigram index cannot serve it at scale: in a million English
sentences every trigram is common, and ``pg_trgm``'s similarity operator took 2-4 s per query
(benchmarks/tm_benchmark.py has the figures).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError

SEARCH_FIELDS = ("source", "target")
MIN_QUERY = 3  # a trigram index finds nothing shorter


@dataclass(frozen=True)
class UnitRow:
    id: int
    source: str
    target: str
    origin: str
    penalty: float
    confirmed: bool  # a document translation, not an import
    reviewed: bool


UNIT_COLUMNS = (
    "u.id, u.source_text, u.target_text, u.origin, u.penalty, u.translation_id IS NOT NULL, u.reviewed"
)


def words(value: str) -> list[str]:
    """The distinct words of a text, lower-cased, as both word indexes split them."""
    return list(dict.fromkeys(re.findall(r"[^\W_]+", value.lower())))


class TextIndex(ABC):
    """Look-ups one database answers from its indexes."""

    dialect: str

    @abstractmethod
    def count_units_with_word(self, session: Session, word: str, cap: int) -> int:
        """How many units (any language pair) hold ``word``, counting no further than ``cap``."""

    @abstractmethod
    def units_with_words(self, session: Session, terms: list[str], source_lang: str, target_lang: str, limit: int) -> list[int]:
        """Ids of the pair's units holding every one of ``terms``, newest first."""

    @abstractmethod
    def find(self, session: Session, query: str, source_lang: str, target_lang: str, field: str, offset: int, limit: int):
        """Rows (``UNIT_COLUMNS``) of the pair whose ``field`` contains ``query``, newest first."""


class SQLiteIndex(TextIndex):
    """FTS5: ``tm_units_fts`` (trigram tokenizer) and ``tm_units_words`` (unicode61, detail=none)."""

    dialect = "sqlite"

    @staticmethod
    def _quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    def count_units_with_word(self, session, word, cap):
        return session.execute(
            text("SELECT count(*) FROM (SELECT 1 FROM tm_units_words WHERE tm_units_words MATCH :word LIMIT :cap)"),
            {"word": self._quoted(word), "cap": cap},
        ).scalar_one()

    def units_with_words(self, session, terms, source_lang, target_lang, limit):
        return list(
            session.execute(
                text(
                    "SELECT u.id FROM tm_units_words w JOIN tm_units u ON u.id = w.rowid "
                    "WHERE tm_units_words MATCH :terms AND u.source_lang = :source_lang "
                    "AND u.target_lang = :target_lang ORDER BY w.rowid DESC LIMIT :limit"
                ),
                {
                    "terms": " AND ".join(self._quoted(term) for term in terms),
                    "source_lang": source_lang,
                    "target_lang": target_lang,
                    "limit": limit,
                },
            ).scalars()
        )

    def find(self, session, query, source_lang, target_lang, field, offset, limit):
        return session.execute(
            text(
                f"SELECT {UNIT_COLUMNS} FROM tm_units_fts f JOIN tm_units u ON u.id = f.rowid "
                "WHERE tm_units_fts MATCH :phrase AND u.source_lang = :source_lang AND u.target_lang = :target_lang "
                "ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset"
            ),
            {
                "phrase": f"{field}_text : {self._quoted(query)}",
                "source_lang": source_lang,
                "target_lang": target_lang,
                "limit": limit,
                "offset": offset,
            },
        ).all()


class PostgreSQLIndex(TextIndex):
    """GIN indexes: ``pg_trgm`` on source and target, and the ``simple`` text-search vector of the source."""

    dialect = "postgresql"
    WORD_MATCH = "to_tsvector('simple', u.source_text) @@ plainto_tsquery('simple', :terms)"

    def count_units_with_word(self, session, word, cap):
        return session.execute(
            text(f"SELECT count(*) FROM (SELECT 1 FROM tm_units u WHERE {self.WORD_MATCH} LIMIT :cap) AS hits"),
            {"terms": word, "cap": cap},
        ).scalar_one()

    def units_with_words(self, session, terms, source_lang, target_lang, limit):
        return list(
            session.execute(
                text(
                    f"SELECT u.id FROM tm_units u WHERE {self.WORD_MATCH} AND u.source_lang = :source_lang "
                    "AND u.target_lang = :target_lang ORDER BY u.id DESC LIMIT :limit"
                ),
                {"terms": " ".join(terms), "source_lang": source_lang, "target_lang": target_lang, "limit": limit},
            ).scalars()
        )

    def find(self, session, query, source_lang, target_lang, field, offset, limit):
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query) + "%"
        return session.execute(
            text(
                f"SELECT {UNIT_COLUMNS} FROM tm_units u WHERE u.{field}_text ILIKE :pattern "
                "AND u.source_lang = :source_lang AND u.target_lang = :target_lang "
                "ORDER BY u.id DESC LIMIT :limit OFFSET :offset"
            ),
            {"pattern": pattern, "source_lang": source_lang, "target_lang": target_lang, "limit": limit, "offset": offset},
        ).all()


INDEXES = {index.dialect: index for index in (SQLiteIndex(), PostgreSQLIndex())}


def index_for(session: Session) -> TextIndex:
    dialect = session.get_bind().dialect.name
    try:
        return INDEXES[dialect]
    except KeyError:
        raise WorkbenchError(f"the translation memory has no index for {dialect} databases") from None


def check_query(query: str, field: str) -> str:
    query = query.strip()
    if len(query) < MIN_QUERY:
        raise WorkbenchError(f"type at least {MIN_QUERY} characters to search the translation memory")
    if field not in SEARCH_FIELDS:
        raise WorkbenchError(f"search in {' or '.join(SEARCH_FIELDS)}, not {field!r}")
    return query
