"""The database indexes behind the memory's look-ups, one class per database, picked by dialect.

Each database keeps two indexes of ``tm_units`` (migration 0005): a trigram index for
concordance search (any substring, any script, case-insensitive) and a word index that tells
which units hold a given word. The fuzzy look-up asks the word index for the units sharing the
query's rarer words, because a trigram index cannot serve it at scale: in a million English
sentences every trigram is common: ``pg_trgm``'s similarity operator took 2-4 s per query on a
million generated news sentences, and FTS5 trigram phrase probes 10-60 ms per word.
PostgreSQL also keeps an index of where words meet (migration 0010), for phrases: FTS5's trigram
index keeps positions, ``pg_trgm``'s does not.
"""

from __future__ import annotations

import itertools
import json
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass

from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.models import TranslationMemoryUnit
from workbench.segmentation import MAX_SEGMENT

SEARCH_FIELDS = ("source", "target")
MIN_QUERY = 3  # a trigram index finds nothing shorter
# A concordance query is a word or phrase; one longer than a segment only costs the server time
# (an 80 KB query took 1.3 s of a worker).
MAX_QUERY = MAX_SEGMENT


@dataclass(frozen=True)
class UnitRow:
    id: int
    source: str
    target: str
    origin: str
    penalty: float
    confirmed: bool  # a document translation, not an import
    reviewed: bool


UNITS = TranslationMemoryUnit.__table__
UNIT_COLUMNS = (
    "u.id, u.source_text, u.target_text, u.origin, u.penalty, u.translation_id IS NOT NULL, u.reviewed"
)


def words(value: str) -> list[str]:
    """The distinct words of a text, lower-cased, as both word indexes split them."""
    return list(dict.fromkeys(re.findall(r"[^\W_]+", value.lower())))


# The white space PostgreSQL's tm_word_joins (migration 0010) splits words at.
WORD_GAP = re.compile(r"[ \t\n\r\f\v]+")
# Letters on each side of a word join, as tm_word_joins keeps them: three and three, two and two.
JOIN_LETTERS = (3, 2)


def word_joins(query: str) -> list[tuple[str, str, int]]:
    """``(word, next word, letters)`` for each place the query's words meet that the word-join
    index can look up: ``letters`` from each side. The query's first word may be the end of a
    longer word and its last the start of one, so only their own letters are known there."""
    parts = WORD_GAP.split(query)
    joins = []
    for position, (word, next_word) in enumerate(itertools.pairwise(parts)):
        known = min(len(word) if position == 0 else JOIN_LETTERS[0],
                    len(next_word) if position == len(parts) - 2 else JOIN_LETTERS[0])
        letters = next((letters for letters in JOIN_LETTERS if known >= letters), None)
        if letters:
            joins.append((word, next_word, letters))
    return joins


# psycopg prepares a statement on the server from its fifth run, and PostgreSQL may then plan it
# once for every word: a plan that reads the whole table (right for a common word) served each
# rare word's look-up, 250 ms apiece on 10,000 units.
EXECUTE_OPTIONS = {"postgresql": {"prepare": False}}


def _fetch(session: Session, sql: str, parameters: dict | None = None) -> list[tuple]:
    """Rows through the driver's own cursor: the look-ups read thousands of ids, and SQLAlchemy's
    result objects cost ten times the database's time per row."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, parameters or {}, **EXECUTE_OPTIONS.get(session.get_bind().dialect.name, {}))
        return cursor.fetchall()
    finally:
        cursor.close()


class TextIndex(ABC):
    """Look-ups one database answers from its indexes."""

    dialect: str
    # How the driver's cursor spells a named parameter.
    parameter: str

    def rows_by_id(self, session: Session, ids: list[int], source_lang: str, target_lang: str) -> list[tuple]:
        """``UNIT_COLUMNS`` of those of the units ``ids`` that are in the language pair."""
        if not ids:
            return []
        # The pair is checked here, not in SQL: SQLite would then walk the pair's index instead
        # of looking the ids up.
        rows = _fetch(
            session,
            f"SELECT {UNIT_COLUMNS}, u.source_lang, u.target_lang FROM tm_units u "
            f"WHERE u.id IN ({','.join(str(int(i)) for i in ids)})",
        )
        return [row[:-2] for row in rows if row[-2] == source_lang and row[-1] == target_lang]

    def pair_sources(self, session: Session, source_lang: str, target_lang: str, before_id: int | None, limit: int) -> tuple[list[tuple], int | None]:
        """``(id, source_text)`` of the pair's units among the ``limit`` newest below ``before_id``
        (a full scan, by pages), and where the next page starts (None: no more)."""
        p = self.parameter.format
        # Walked by the primary key, the pair checked here: the pair's index would make the
        # database sort the pair's units for every page.
        rows = _fetch(
            session,
            "SELECT id, source_text, source_lang, target_lang FROM tm_units"
            + (f" WHERE id < {p('before_id')}" if before_id is not None else "")
            + f" ORDER BY id DESC LIMIT {p('limit')}",
            {"before_id": before_id, "limit": limit},
        )
        page = [(unit_id, source) for unit_id, source, source_lang_, target_lang_ in rows
                if source_lang_ == source_lang and target_lang_ == target_lang]
        return page, (rows[-1][0] if len(rows) == limit else None)

    def split_words(self, session: Session, value: str) -> list[str]:
        """The distinct words of ``value`` as this database's word index splits them."""
        return words(value)

    def prepare_look_ups(self, session: Session) -> None:
        """Settings for the look-ups of one query, in the session's transaction."""

    @abstractmethod
    def stored_pairs(self, session: Session, source_lang: str, target_lang: str, keys: list[str]) -> set[tuple[str, str]]:
        """``(source, target)`` of the pair's imported units whose ``source_key`` is one of ``keys``."""

    @abstractmethod
    def insert_units(self, session: Session, rows: list[dict]) -> None:
        """Insert ``rows`` (``tm_units`` columns) and index them, in the session's transaction, in bulk."""

    def defer_indexes(self, session: Session) -> list[str]:
        """Stop keeping the indexes that are quicker to build anew than to update during a big
        import; returns what ``rebuild_indexes`` needs to build them again."""
        return []

    def rebuild_indexes(self, session: Session, definitions: list[str]) -> None:
        """Build the indexes ``defer_indexes`` stopped keeping, over every row."""

    def common_word_counts(self, session: Session, words: list[str] | None = None) -> dict[str, int]:
        """Estimated unit counts of those of ``words`` (None: of all words) the database's
        statistics know as common, when it has them: reading them is cheaper than counting."""
        return {}

    @abstractmethod
    def units_with_each_word(self, session: Session, words: list[str], limit: int, cap: int) -> dict[str, tuple[int, list[int]]]:
        """For each of ``words``, how many units (any language pair) hold it, counting no further
        than ``cap``, and ids of at most ``limit`` of them, in no particular order: all of them,
        for a word held by no more."""

    @abstractmethod
    def units_with_words(self, session: Session, probes: list[list[str]], source_lang: str, target_lang: str, limit: int, lengths: tuple[int, int], held: list[int] | None = None) -> list[list[int]]:
        """For each probe (a list of words), ids of the ``limit`` newest units holding every one
        of its words whose source is ``lengths`` characters long (shortest, longest), newest
        first: the pair's, though an index may leave other pairs' units in (``rows_by_id``
        filters them). ``held``: the caller's estimate of how many units hold each probe, where
        it has one (a word's count), else 0; it only steers how the index is read."""

    @abstractmethod
    def find(self, session: Session, query: str, source_lang: str, target_lang: str, field: str, offset: int, limit: int):
        """Rows (``UNIT_COLUMNS``) of the pair whose ``field`` contains ``query``, newest first."""


class SQLiteIndex(TextIndex):
    """FTS5: ``tm_units_fts`` (trigram tokenizer) and ``tm_units_words`` (unicode61, detail=none);
    new rows are indexed by ``insert_units``, deleted ones by triggers (migration 0005)."""

    dialect = "sqlite"
    parameter = ":{}"

    def stored_pairs(self, session, source_lang, target_lang, keys):
        return set(
            _fetch(
                session,
                "SELECT source_text, target_text FROM tm_units WHERE source_lang = :source_lang AND target_lang = :target_lang "
                "AND source_key IN (SELECT value FROM json_each(:keys)) AND translation_id IS NULL",
                {"source_lang": source_lang, "target_lang": target_lang, "keys": json.dumps(keys)},
            )
        )

    def insert_units(self, session, rows):
        connection = session.connection()
        ids = connection.execute(UNITS.insert().returning(UNITS.c.id), rows).scalars().all()
        # The FTS tables once per batch: FTS5 pays a fixed cost per statement, which made a
        # trigger per row slow.
        listed = ",".join(str(int(unit_id)) for unit_id in ids)
        connection.exec_driver_sql(
            "INSERT INTO tm_units_fts(rowid, source_text, target_text) "
            f"SELECT id, source_text, target_text FROM tm_units WHERE id IN ({listed})"
        )
        connection.exec_driver_sql(
            f"INSERT INTO tm_units_words(rowid, source_text) SELECT id, source_text FROM tm_units WHERE id IN ({listed})"
        )

    @staticmethod
    def _quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    def units_with_each_word(self, session, words, limit, cap):
        found = {}
        for word in words:
            ids = [unit_id for (unit_id,) in _fetch(
                session, "SELECT rowid FROM tm_units_words WHERE tm_units_words MATCH :word LIMIT :limit",
                {"word": self._quoted(word), "limit": limit + 1})]
            count = len(ids) if len(ids) <= limit else _fetch(
                session,
                "SELECT count(*) FROM (SELECT 1 FROM tm_units_words WHERE tm_units_words MATCH :word LIMIT :cap)",
                {"word": self._quoted(word), "cap": cap},
            )[0][0]
            found[word] = (count, ids[:limit])
        return found

    def units_with_words(self, session, probes, source_lang, target_lang, limit, lengths, held=None):
        # The language pair is not checked here: filtering it in this join made the look-up 50
        # times slower; rows_by_id filters the few hundred candidates instead. CROSS JOIN keeps
        # the word index the outer loop, walked newest first until the limit is reached.
        return [
            [unit_id for (unit_id,) in _fetch(
                session,
                "SELECT f.rowid FROM tm_units_words f CROSS JOIN tm_units u ON u.id = f.rowid "
                "WHERE tm_units_words MATCH :terms AND length(u.source_text) BETWEEN :shortest AND :longest "
                "ORDER BY f.rowid DESC LIMIT :limit",
                {"terms": " AND ".join(self._quoted(term) for term in terms), "limit": limit,
                 "shortest": lengths[0], "longest": lengths[1]},
            )]
            for terms in probes
        ]

    # A phrase held by at most this many units (of any language pair) is read whole in FTS5's own
    # order, oldest first, and paged from its newest end. Read newest first (ORDER BY rowid DESC),
    # FTS5 decodes each doclist page whole as it steps back through it, and a phrase with few hits
    # made of common trigrams (every unit holding its letters is read) cost two to three times as
    # much: "tsiasual election", 3 hits in the 1M benchmark memory, 38-61 ms against 24. A phrase held
    # by more is read newest first as before: its page is among the newest units, and the read stops
    # there.
    SPARSE = 100

    def find(self, session, query, source_lang, target_lang, field, offset, limit):
        parameters = {"phrase": f"{field}_text : {self._quoted(query)}", "source_lang": source_lang,
                      "target_lang": target_lang, "limit": limit, "offset": offset, "sparse": self.SPARSE + 1}
        ids = _fetch(session, "SELECT rowid FROM tm_units_fts WHERE tm_units_fts MATCH :phrase LIMIT :sparse", parameters)
        pair = "u.source_lang = :source_lang AND u.target_lang = :target_lang"
        page = "DESC LIMIT :limit OFFSET :offset"
        if len(ids) <= self.SPARSE:
            # NOT INDEXED: by the ids, not by walking the pair's index (SQLite's choice for a long list).
            return _fetch(session, f"SELECT {UNIT_COLUMNS} FROM tm_units u NOT INDEXED WHERE u.id IN "
                          f"({','.join(str(int(unit_id)) for (unit_id,) in ids)}) AND {pair} ORDER BY u.id {page}",
                          parameters) if ids else []
        # Ordered by the FTS5 table's rowid: FTS5 then reads backwards and stops after the page.
        return _fetch(session, f"SELECT {UNIT_COLUMNS} FROM tm_units_fts f JOIN tm_units u ON u.id = f.rowid "
                      f"WHERE tm_units_fts MATCH :phrase AND {pair} ORDER BY f.rowid {page}", parameters)


# The elements ANALYZE found most common in the values of an index (%(statistics_of)s), each in
# at least ~0.1% of units, with an estimate of how many units hold them.
COMMON_ELEMENTS = (
    "SELECT f.elem, (f.freq * greatest(c.reltuples, 0))::bigint AS units FROM pg_stats s CROSS JOIN pg_class c "
    "CROSS JOIN unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS f(elem, freq) "
    "WHERE s.schemaname = current_schema() AND s.tablename = %(statistics_of)s AND c.oid = 'tm_units'::regclass"
)


class PostgreSQLIndex(TextIndex):
    """GIN indexes: ``pg_trgm`` and the word joins (``tm_word_joins``) of source and target, and the
    ``simple`` text-search vector of the source."""

    dialect = "postgresql"
    parameter = "%({})s"

    def stored_pairs(self, session, source_lang, target_lang, keys):
        # One index probe per key, forced (OFFSET 0 keeps the planner from flattening the
        # subquery): during an import the table has no statistics yet, and `source_key = ANY(keys)`
        # was planned as a scan of the whole table per batch, 40 s a batch at a million units.
        return set(
            _fetch(
                session,
                "SELECT u.source_text, u.target_text FROM unnest(%(keys)s::text[]) AS k(key) CROSS JOIN LATERAL "
                "(SELECT source_text, target_text FROM tm_units WHERE source_lang = %(source_lang)s "
                "AND target_lang = %(target_lang)s AND source_key = k.key AND translation_id IS NULL OFFSET 0) AS u",
                {"source_lang": source_lang, "target_lang": target_lang, "keys": keys},
            )
        )

    # The GIN indexes cost a few milliseconds per inserted row; built anew they cost a few seconds
    # per hundred thousand rows.
    DEFERRED = ("ix_tm_units_source_trgm", "ix_tm_units_target_trgm", "ix_tm_units_source_words",
                "ix_tm_units_source_joined_words", "ix_tm_units_target_joined_words")

    def defer_indexes(self, session):
        definitions = [definition for (definition,) in _fetch(
            session, "SELECT indexdef FROM pg_indexes WHERE tablename = 'tm_units' AND indexname = ANY(%(names)s) "
            "AND schemaname = current_schema()", {"names": list(self.DEFERRED)})]
        connection = session.connection()
        for name in self.DEFERRED:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        return definitions

    def rebuild_indexes(self, session, definitions):
        connection = session.connection()
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
        for definition in definitions:
            connection.exec_driver_sql(definition)
        # Statistics for the new rows: the fuzzy look-up counts common words from them.
        connection.exec_driver_sql("ANALYZE tm_units")

    def insert_units(self, session, rows):
        # COPY: a tenth of the time of batched INSERTs.
        columns = list(rows[0])
        cursor = session.connection().connection.cursor()
        try:
            with cursor.copy(f"COPY tm_units ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[column] for column in columns])
        finally:
            cursor.close()

    def prepare_look_ups(self, session):
        # PostgreSQL compiles a plan with LLVM when its estimated cost passes jit_above_cost
        # (100,000): at a million units the look-ups of a query's words and frames pass it, and
        # compiling costs tens of milliseconds, more than running them.
        session.connection().exec_driver_sql("SET LOCAL jit = off")

    def split_words(self, session, value):
        # The text-search parser keeps "37.9", "-5" and "e-mail" as words of their own: the
        # query split as the rest of this module splits it asked for "37" and "9", which the
        # units holding "37.9" do not hold, and missed them (a third of the missed matches).
        return [word for (word,) in _fetch(
            session, "SELECT lexeme FROM unnest(to_tsvector('simple', %(value)s)) ORDER BY positions[1]", {"value": value})]

    def common_word_counts(self, session, words=None):
        # ANALYZE keeps the index's thousand or so most common words, each in at least ~0.1% of
        # units, with their frequency: counting the units of such a word reads up to the cap of
        # rows, 50 ms apiece at a million units.
        if words == []:
            return {}
        return dict(_fetch(
            session,
            f"SELECT elem, units FROM ({COMMON_ELEMENTS}) AS common"
            + (" WHERE elem = ANY(%(words)s)" if words is not None else ""),
            {"words": words, "statistics_of": "ix_tm_units_source_words"},
        ))

    def units_with_each_word(self, session, words, limit, cap):
        # One statement for all the words, counted and fetched in one reading of each word's
        # units: planning a text-search look-up costs about as much as running it for a rare
        # word, and a word first counted in a statement of its own cost a round trip and a plan
        # each (five to ten of them for a query of new words).
        rows = _fetch(
            session,
            "SELECT w.word, count(*), (array_agg(hits.id))[1:%(limit)s] FROM unnest(%(words)s::text[]) AS w(word) "
            "CROSS JOIN LATERAL (SELECT id FROM tm_units WHERE to_tsvector('simple', source_text) "
            "@@ plainto_tsquery('simple', w.word) LIMIT %(cap)s) AS hits GROUP BY w.word",
            {"words": words, "limit": limit, "cap": cap},
        ) if words else []
        found = {word: (0, []) for word in words}
        found.update((word, (count, ids)) for word, count, ids in rows)
        return found

    # A probe held by more units than this (the caller's estimate) is dense: the GIN index is not
    # ordered, so fetching its newest units reads every unit holding it (14,000 heap pages for a
    # word of 20,000 units at a million, 100-180 ms on a loaded machine). It is first asked among
    # the newest ids where about WINDOW_HITS of its units are expected, then among all units only
    # if that window holds fewer than the limit: the same ids, as every unit further back is
    # older. Sparser probes are not windowed: bounding the ids scans that range of the primary
    # key (7-10 ms for 100,000 ids), more than it saves them.
    DENSE = 10_000
    WINDOW_HITS = 1000

    def units_with_words(self, session, probes, source_lang, target_lang, limit, lengths, held=None):
        held = held or [0] * len(probes)
        found: list[list[int]] = [[] for _probe in probes]

        def ask(numbers: list[int], windowed: bool) -> None:
            asked = self._newest_holding(session, [probes[number] for number in numbers],
                                         [held[number] for number in numbers] if windowed else None,
                                         source_lang, target_lang, limit, lengths)
            for number, ids in zip(numbers, asked):
                found[number] = ids

        dense = [number for number, count in enumerate(held) if count > self.DENSE]
        ask([number for number, count in enumerate(held) if count <= self.DENSE], windowed=False)
        ask(dense, windowed=True)
        ask([number for number in dense if len(found[number]) < limit], windowed=False)
        return found

    def _newest_holding(self, session, probes, held, source_lang, target_lang, limit, lengths):
        """``units_with_words`` for ``probes``, each among the newest ids where WINDOW_HITS of its
        ``held`` units are expected (None: among all units)."""
        # All the probes in one statement: planning one costs as much as running it. OFFSET 0
        # keeps the GIN index in use: for a LIMIT the planner would rather walk the primary key
        # backwards and compute the text vector of each unit until enough match, seconds for
        # words it wrongly thinks common. Each probe of the callers holds a word held by a
        # bounded number of units (search.COMMON), so the set read here is bounded too. The
        # window's lowest id is a subquery per probe: the planner then reads the primary key's
        # range and the word's units in one bitmap.
        window = ("AND u.id > (SELECT max(id) - max(id)::bigint * %(window_hits)s / p.held FROM tm_units) "
                  if held is not None else "")
        rows = _fetch(
            session,
            "SELECT p.n, hits.id FROM unnest(%(probes)s::text[], %(held)s::int[]) WITH ORDINALITY AS p(terms, held, n) "
            "CROSS JOIN LATERAL (SELECT id FROM (SELECT u.id FROM tm_units u WHERE to_tsvector('simple', u.source_text) "
            f"@@ plainto_tsquery('simple', p.terms) {window}AND u.source_lang = %(source_lang)s "
            "AND u.target_lang = %(target_lang)s AND length(u.source_text) BETWEEN %(shortest)s AND %(longest)s "
            "OFFSET 0) AS matching ORDER BY id DESC LIMIT %(limit)s) AS hits ORDER BY p.n, hits.id DESC",
            {"probes": [" ".join(terms) for terms in probes], "held": held or [0] * len(probes),
             "window_hits": self.WINDOW_HITS, "source_lang": source_lang, "target_lang": target_lang,
             "limit": limit, "shortest": lengths[0], "longest": lengths[1]},
        ) if probes else []
        found: list[list[int]] = [[] for _probe in probes]
        for number, unit_id in rows:
            found[number - 1].append(unit_id)
        return found

    # A phrase whose rarest word join is held by more units than this may be common: it is first
    # looked for among the NEWEST units (walking them is the quickest look-up of a phrase that
    # fills a page there), then its joins among the newest JOIN_WINDOWS units, widening until a
    # page is full (None: all of them). Fetching every unit of such a join would take longer.
    COMMON_JOIN = 1000
    NEWEST = 2000
    JOIN_WINDOWS = (20_000, 200_000, None)
    # A common join beside a word of at least this many letters that is not among the source
    # words index's common ones ("Khiaseyan of": "an of" is everywhere): the trigram index finds
    # the units holding that word's letters, few, where walking the join's units took 0.2-0.4 s
    # at a million. The target side has no word statistics: its phrases walk the joins.
    RARE_WORD_LETTERS = 5

    def find(self, session, query, source_lang, target_lang, field, offset, limit):
        # Through _fetch, never prepared: each phrase gets a plan of its own. The generic plan
        # (the pattern unknown) always reads the trigram index, and for a phrase of common words
        # that means testing every unit, where walking the newest units stops after a page.
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", query) + "%"
        parameters = {"pattern": pattern, "source_lang": source_lang, "target_lang": target_lang, "limit": limit,
                      "offset": offset, "newest": self.NEWEST, "statistics_of": f"ix_tm_units_{field}_joined_words"}
        matching = (f"u.{field}_text ILIKE %(pattern)s AND u.source_lang = %(source_lang)s "
                    "AND u.target_lang = %(target_lang)s ORDER BY u.id DESC LIMIT %(limit)s OFFSET %(offset)s")
        joins = []
        for number, (left, right, letters) in enumerate(word_joins(query)):
            # Lower-cased by the server, as the index was: its case folding follows its locale.
            joins.append(f"right(lower(%(left{number})s), {letters}) || ' ' || left(lower(%(right{number})s), {letters})")
            parameters |= {f"left{number}": left, f"right{number}": right}
        if not joins:
            return _fetch(session, f"SELECT {UNIT_COLUMNS} FROM tm_units u WHERE {matching}", parameters)
        # A phrase: trigrams keep no word positions, so for one of common words they matched
        # 70,000-80,000 of a million units, each rechecked. Where its words meet, the word-join
        # index (migration 0010) narrows it down. The subquery keeps the trigram index out of
        # that plan: combined with it, the database computes each unit's joins again.
        joins_sql = f"ARRAY[{', '.join(joins)}]"
        rarest = _fetch(
            session,
            f"SELECT min(coalesce(common.units, 0)) FROM unnest({joins_sql}) AS k(joined) "
            f"LEFT JOIN ({COMMON_ELEMENTS}) AS common ON common.elem = k.joined",
            parameters,
        )[0][0]
        windows = (None,)
        rows: list[tuple] = []
        if rarest > self.COMMON_JOIN:
            windows = self.JOIN_WINDOWS
            rows = _fetch(
                session,
                f"SELECT {UNIT_COLUMNS} FROM (SELECT * FROM tm_units ORDER BY id DESC LIMIT %(newest)s) AS u WHERE {matching}",
                parameters,
            )
            if len(rows) < limit and self._has_rare_word(session, query, field):
                # OFFSET 0 keeps the trigram index in use: for a LIMIT the planner may rather walk
                # the primary key backwards.
                return _fetch(
                    session, f"SELECT {UNIT_COLUMNS} FROM (SELECT * FROM tm_units u WHERE u.{field}_text ILIKE "
                    f"%(pattern)s OFFSET 0) AS u WHERE {matching}", parameters)
        for window in windows:
            if len(rows) == limit:
                break  # a page found among the newest units is the page: every unit further back is older
            rows = _fetch(
                session,
                f"SELECT {UNIT_COLUMNS} FROM (SELECT * FROM tm_units u WHERE tm_word_joins(u.{field}_text) @> {joins_sql}"
                + (" AND u.id > (SELECT max(id) FROM tm_units) - %(window)s" if window else "")
                + f" OFFSET 0) AS u WHERE {matching}",
                parameters | {"window": window},
            )
        return rows

    def _has_rare_word(self, session, query, field):
        """Whether ``query`` holds a word of RARE_WORD_LETTERS or more that the statistics of the
        source words index do not list as common (each of those is in ~0.1% of units or more)."""
        if field != "source":
            return False
        long_words = [word for word in self.split_words(session, query) if len(word) >= self.RARE_WORD_LETTERS]
        return bool(long_words) and len(self.common_word_counts(session, long_words)) < len(long_words)


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
    if len(query) > MAX_QUERY:
        raise WorkbenchError(f"a search of the translation memory is for a word or phrase: at most {MAX_QUERY} "
                             f"characters, not {len(query)}")
    if field not in SEARCH_FIELDS:
        raise WorkbenchError(f"search in {' or '.join(SEARCH_FIELDS)}, not {field!r}")
    return query
