"""Translation memory: confirmed translations from every document, plus imported units (TMX).

Exact matches feed the MT pipeline (reused without MT); fuzzy matches are offered in the editor.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Collection, Iterable

from rapidfuzz import fuzz, process
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from workbench.languages import validate_language
from workbench.models import CONFIRMED_STATUSES, Document, Segment, Translation, TranslationMemoryUnit

# IN (...) lists stay well under the SQLite and PostgreSQL parameter limits.
_CHUNK = 500


@dataclass(frozen=True)
class TMMatch:
    source: str
    target: str
    score: float  # 0..1, 1.0 = identical source
    origin: str


def source_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _confirmed(source_lang: str, target_lang: str):
    """Confirmed document translations for the pair: (source, target), reviewed and newest first."""
    return (
        select(Segment.source_text, Translation.text)
        .join(Translation, Translation.segment_id == Segment.id)
        .join(Document, Document.id == Segment.document_id)
        .where(
            Document.source_lang == source_lang,
            Translation.lang == target_lang,
            Translation.status.in_(CONFIRMED_STATUSES),
            Translation.text != "",
        )
        .order_by(case((Translation.status == "reviewed", 0), else_=1), Translation.updated_at.desc())
    )


def _units(source_lang: str, target_lang: str):
    return (
        select(TranslationMemoryUnit.source_text, TranslationMemoryUnit.target_text, TranslationMemoryUnit.origin)
        .where(TranslationMemoryUnit.source_lang == source_lang, TranslationMemoryUnit.target_lang == target_lang)
        .order_by(TranslationMemoryUnit.created_at.desc(), TranslationMemoryUnit.id.desc())
    )


def exact_matches(
    session: Session,
    texts: Iterable[str],
    source_lang: str,
    target_lang: str,
    exclude_segments: Collection[int] = (),
) -> dict[str, str]:
    """For each text with an exact match: the best confirmed translation, else the newest unit.

    ``exclude_segments``: segments whose own translations do not count (a forced re-draft of a
    segment must not find its own translation as memory).
    """
    wanted = list(dict.fromkeys(texts))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = _confirmed(source_lang, target_lang).where(Segment.source_text.in_(chunk))
        if exclude_segments:
            query = query.where(Segment.id.not_in(list(exclude_segments)))
        for source, target in session.execute(query):
            found.setdefault(source, target)
        keys = [source_key(text) for text in chunk if text not in found]
        if keys:
            for source, target, _origin in session.execute(
                _units(source_lang, target_lang).where(TranslationMemoryUnit.source_key.in_(keys))
            ):
                found.setdefault(source, target)
    return found


def exact_match(session: Session, source_text: str, source_lang: str, target_lang: str) -> str | None:
    return exact_matches(session, [source_text], source_lang, target_lang).get(source_text)


def fuzzy_matches(
    session: Session,
    source_text: str,
    source_lang: str,
    target_lang: str,
    limit: int = 5,
    threshold: float = 0.6,
) -> list[TMMatch]:
    """The most similar remembered sources (character similarity), best first, one per source."""
    candidates: dict[str, tuple[str, str]] = {}
    for source, target in session.execute(_confirmed(source_lang, target_lang)):
        candidates.setdefault(source, (target, "document"))
    for source, target, origin in session.execute(_units(source_lang, target_lang)):
        candidates.setdefault(source, (target, origin or "tm"))
    best = process.extract(
        source_text, list(candidates), scorer=fuzz.ratio, limit=limit, score_cutoff=threshold * 100
    )
    return [
        TMMatch(source=source, target=candidates[source][0], score=round(score / 100, 4), origin=candidates[source][1])
        for source, score, _index in best
    ]


def add_units(
    session: Session,
    source_lang: str,
    target_lang: str,
    pairs: Iterable[tuple[str, str]],
    origin: str,
) -> int:
    """Store translation pairs (e.g. from a TMX file); returns how many were new.

    Pairs with an empty side, and pairs already stored for these languages, are skipped.
    """
    source_lang, target_lang = validate_language(source_lang), validate_language(target_lang)
    fresh: dict[tuple[str, str], str] = {}
    for source, target in pairs:
        source, target = source.strip(), target.strip()
        if source and target:
            fresh.setdefault((source, target), source_key(source))
    keys = list(dict.fromkeys(fresh.values()))
    for start in range(0, len(keys), _CHUNK):
        stored = session.execute(
            select(TranslationMemoryUnit.source_text, TranslationMemoryUnit.target_text).where(
                TranslationMemoryUnit.source_lang == source_lang,
                TranslationMemoryUnit.target_lang == target_lang,
                TranslationMemoryUnit.source_key.in_(keys[start : start + _CHUNK]),
            )
        )
        for pair in stored:
            fresh.pop(tuple(pair), None)
    session.add_all(
        TranslationMemoryUnit(
            source_lang=source_lang,
            target_lang=target_lang,
            source_text=source,
            target_text=target,
            source_key=key,
            origin=origin,
        )
        for (source, target), key in fresh.items()
    )
    session.flush()
    return len(fresh)
