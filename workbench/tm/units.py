"""The memory's rows: imported units and mirrored confirmed translations in one table.

Why one table: fuzzy, concordance and exact look-ups then read one index, and a save changes
the memory in its own transaction. ``mirror_translations`` runs after every flush of a
``workbench.db`` session, so each save, restore or import of a translation updates its mirror
row at once; deleting a translation (or its segment or document) drops the mirror row by the
database's ON DELETE CASCADE.
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator

from sqlalchemy import any_, bindparam, delete, func, inspect, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import String

from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.models import CONFIRMED_STATUSES, Document, Segment, Translation, TranslationMemoryUnit, utcnow
from workbench.segmentation import MAX_SEGMENT
from workbench.tm.index import UNITS, index_for
from workbench.tm.search import WORD_COUNTS

DOCUMENT_ORIGIN = "document"
# Units per import batch (``add_units``, ``import_tmx``): each costs one look-up of the stored
# ones and one bulk insert.
BATCH = 5000
# Values per IN (...) list: well under both databases' parameter limits.
IN_LIST = 500
# The longest side of a unit ``add_units`` takes: ten of the longest segment. A longer one (a
# whole document a failed alignment made one unit) can match no segment, and every fuzzy look-up
# sharing a word with it read and scored all of it: one 5 MB unit made look-ups four times slower.
MAX_UNIT = 10 * MAX_SEGMENT


def source_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def trust_order():
    """Among units of equal similarity: confirmed translations before imports, reviewed before
    translated, the least penalised, then the newest (a re-saved translation gets a new row)."""
    return (
        TranslationMemoryUnit.translation_id.is_(None),
        TranslationMemoryUnit.reviewed.desc(),
        TranslationMemoryUnit.penalty,
        TranslationMemoryUnit.id.desc(),
    )


def mirror_translations(session: Session, _flush_context) -> None:
    """After a flush: make the memory rows of the flushed translations match them."""
    new = [translation for translation in session.new if isinstance(translation, Translation)]
    changed = new + [
        translation
        for translation in session.dirty
        if isinstance(translation, Translation) and _memory_fields_changed(translation)
    ]
    if not changed:
        return
    connection = session.connection()
    stale = [translation.id for translation in changed[len(new) :]]
    for start in range(0, len(stale), IN_LIST):
        connection.execute(delete(UNITS).where(UNITS.c.translation_id.in_(stale[start : start + IN_LIST])))
    confirmed = [t for t in changed if t.status in CONFIRMED_STATUSES and t.text]
    for start in range(0, len(confirmed), IN_LIST):
        batch = confirmed[start : start + IN_LIST]
        sources = {
            segment_id: (text, lang)
            for segment_id, text, lang in connection.execute(
                select(Segment.id, Segment.source_text, Document.source_lang)
                .join(Document, Document.id == Segment.document_id)
                .where(Segment.id.in_({t.segment_id for t in batch}))
            )
        }
        _insert(
            session,
            [
                {
                    "source_lang": sources[t.segment_id][1],
                    "target_lang": t.lang,
                    "source_text": sources[t.segment_id][0],
                    "target_text": t.text,
                    "source_key": source_key(sources[t.segment_id][0]),
                    "origin": DOCUMENT_ORIGIN,
                    "created_at": t.updated_at or utcnow(),
                    "translation_id": t.id,
                    "reviewed": t.status == "reviewed",
                    "penalty": 0.0,
                }
                for t in batch
                if t.segment_id in sources
            ],
        )


def _insert(session: Session, rows: list[dict]) -> None:
    if rows:
        index_for(session).insert_units(session, rows)


def _memory_fields_changed(translation: Translation) -> bool:
    # In after_flush the attribute history still holds what this flush wrote.
    state = inspect(translation)
    return any(state.attrs[name].history.has_changes() for name in ("text", "status", "lang"))


def exact_matches(
    session: Session,
    texts: Iterable[str],
    source_lang: str,
    target_lang: str,
    exclude_segments: Collection[int] = (),
) -> dict[str, str]:
    """For each text with an exact match: the best confirmed translation, else the best unit.

    One indexed query per 500 texts (source_lang, target_lang, source_key). ``exclude_segments``:
    segments whose own translations do not count (a forced re-draft of a segment must not find
    its own translation as memory).
    """
    wanted = {source_key(text): text for text in dict.fromkeys(texts)}
    keys = list(wanted)
    found: dict[str, str] = {}
    excluded = select(Translation.id).where(Translation.segment_id.in_(list(exclude_segments)))
    for start in range(0, len(keys), IN_LIST):
        query = (
            select(TranslationMemoryUnit.source_text, TranslationMemoryUnit.target_text)
            .where(
                TranslationMemoryUnit.source_lang == source_lang,
                TranslationMemoryUnit.target_lang == target_lang,
                _one_of(session, TranslationMemoryUnit.source_key, keys[start : start + IN_LIST]),
            )
            .order_by(*trust_order())
        )
        if exclude_segments:
            query = query.where(
                or_(TranslationMemoryUnit.translation_id.is_(None), TranslationMemoryUnit.translation_id.not_in(excluded))
            )
        for source, target in session.execute(query):
            if wanted.get(source_key(source)) == source:
                found.setdefault(source, target)
    return found


def _one_of(session: Session, column, values: list[str]):
    """``column IN values``; on PostgreSQL as one array parameter: hundreds of separate ones
    took the driver and SQLAlchemy longer to convert than the database took to look them up."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("values", values, type_=ARRAY(String)))
    return column.in_(values)


def exact_match(session: Session, source_text: str, source_lang: str, target_lang: str) -> str | None:
    return exact_matches(session, [source_text], source_lang, target_lang).get(source_text)


# A big import (more new units than this, and than the memory held before) updates the indexes
# the database builds faster than it updates once, at its end: on PostgreSQL the GIN indexes,
# dropped and built again in the import's transaction (which holds the table meanwhile).
DEFER_INDEXES_FROM = 50_000


@dataclass
class _BulkImport:
    units_before: int
    added: int = 0
    deferred: list[str] | None = None


@contextmanager
def bulk_import(session: Session) -> Iterator[None]:
    """Run the ``add_units`` calls of one import inside this block: a big one lets the database
    rebuild its indexes once at the end instead of updating them row by row."""
    state = _BulkImport(units_before=session.scalar(select(func.count()).select_from(UNITS)))
    session.info["tm_bulk_import"] = state
    try:
        yield
    finally:
        del session.info["tm_bulk_import"]
    if state.deferred is not None:
        index_for(session).rebuild_indexes(session, state.deferred)
        WORD_COUNTS.forget()  # the counts and the statistics (ANALYZE) of a memory this much bigger


def add_units(
    session: Session,
    source_lang: str,
    target_lang: str,
    pairs: Iterable[tuple[str, str]],
    origin: str,
    penalty: float = 0.0,
) -> int:
    """Store translation pairs (e.g. from a TMX file) in batches; returns how many were new.

    Pairs with an empty side, and pairs already imported for these languages (from any file),
    are skipped, so importing the same file twice adds nothing. ``pairs`` may be a generator:
    only one batch is held at a time.
    """
    source_lang, target_lang = validate_language(source_lang), validate_language(target_lang)
    if origin == DOCUMENT_ORIGIN:
        raise WorkbenchError(f"the origin {DOCUMENT_ORIGIN!r} is reserved for confirmed document translations")
    added = 0
    bulk: _BulkImport | None = session.info.get("tm_bulk_import")
    for batch in _batches(pairs):
        if bulk and bulk.deferred is None and bulk.added + added > max(DEFER_INDEXES_FROM, bulk.units_before):
            bulk.deferred = index_for(session).defer_indexes(session)
        added += _add_batch(session, source_lang, target_lang, batch, origin, penalty)
    if bulk:
        bulk.added += added
    return added


def _batches(pairs: Iterable[tuple[str, str]]) -> Iterator[dict[tuple[str, str], str]]:
    batch: dict[tuple[str, str], str] = {}
    for source, target in pairs:
        source, target = source.strip(), target.strip()
        for side, text in (("source", source), ("target", target)):
            if len(text) > MAX_UNIT:
                raise WorkbenchError(f"a unit's {side} has {len(text):,} characters ({text[:40]!r}…); the memory takes "
                                     f"units of at most {MAX_UNIT:,} (a segment has at most {MAX_SEGMENT:,}): nothing imported")
        if source and target:
            batch.setdefault((source, target), source_key(source))
            if len(batch) == BATCH:
                yield batch
                batch = {}
    if batch:
        yield batch


def _add_batch(session, source_lang, target_lang, fresh: dict[tuple[str, str], str], origin, penalty) -> int:
    for pair in index_for(session).stored_pairs(session, source_lang, target_lang, list(set(fresh.values()))):
        fresh.pop(pair, None)
    if fresh:
        now = utcnow()
        _insert(
            session,
            [
                {
                    "source_lang": source_lang,
                    "target_lang": target_lang,
                    "source_text": source,
                    "target_text": target,
                    "source_key": key,
                    "origin": origin,
                    "created_at": now,
                    "reviewed": False,
                    "penalty": penalty,
                }
                for (source, target), key in fresh.items()
            ],
        )
    return len(fresh)


@dataclass(frozen=True)
class Origin:
    name: str
    source_lang: str
    target_lang: str
    units: int
    penalty: float


def origins(session: Session) -> list[Origin]:
    """Where the memory's units came from, per language pair, with their count and penalty."""
    query = (
        select(
            TranslationMemoryUnit.origin,
            TranslationMemoryUnit.source_lang,
            TranslationMemoryUnit.target_lang,
            func.count(),
            func.max(TranslationMemoryUnit.penalty),
        )
        .group_by(TranslationMemoryUnit.origin, TranslationMemoryUnit.source_lang, TranslationMemoryUnit.target_lang)
        .order_by(TranslationMemoryUnit.origin, TranslationMemoryUnit.source_lang, TranslationMemoryUnit.target_lang)
    )
    return [Origin(*row) for row in session.execute(query)]


def _imported(session: Session, origin: str):
    if origin == DOCUMENT_ORIGIN:
        raise WorkbenchError(
            "confirmed document translations leave the memory with their document or status, not by origin"
        )
    condition = TranslationMemoryUnit.origin == origin
    if session.scalar(select(TranslationMemoryUnit.id).where(condition).limit(1)) is None:
        raise WorkbenchError(f"no units from origin {origin!r}; `workbench tm origins` lists them")
    return condition


def delete_origin(session: Session, origin: str) -> int:
    """Remove every unit an import added (e.g. ``tmx:dgt.tmx``); returns how many went."""
    removed = session.execute(delete(TranslationMemoryUnit).where(_imported(session, origin))).rowcount
    WORD_COUNTS.forget()  # words of a big import may be rare again
    return removed


def set_penalty(session: Session, origin: str, penalty: float) -> int:
    """Rank the units of ``origin`` lower (or higher again) by ``penalty`` (0..1)."""
    if not 0.0 <= penalty <= 1.0:
        raise WorkbenchError(f"a penalty is between 0 and 1, not {penalty}")
    return session.execute(
        update(TranslationMemoryUnit).where(_imported(session, origin)).values(penalty=penalty)
    ).rowcount
