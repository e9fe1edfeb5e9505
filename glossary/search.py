"""Finding concepts in the database a page at a time: by key or by any of their terms, ignoring
case in every script. For screens and commands over termbases too large to load whole."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, literal_column, select, table, union
from sqlalchemy.orm import Session, selectinload

from glossary.models import Concept, Term


@dataclass
class ConceptPage:
    concepts: list[Concept]  # their terms loaded
    count: int  # concepts that match, on every page
    number: int
    pages: int


def find_concepts(session: Session, query: str = "", page: int = 1, size: int = 50) -> ConceptPage:
    """Concepts whose key or a term contains ``query`` (any case), ordered by key."""
    loading = select(Concept).options(selectinload(Concept.terms)).order_by(Concept.key)
    needle = query.strip().casefold()
    if not needle:
        count = session.scalar(select(func.count()).select_from(Concept))
        number, pages = _page_number(page, count, size)
        concepts = session.scalars(loading.limit(size).offset((number - 1) * size))
        return ConceptPage(list(concepts), count, number, pages)
    # The ids of the concepts that match, in key order, give the count and the page in one pass.
    ids = session.scalars(select(Concept.id).where(Concept.id.in_(_matching(session, needle))).order_by(Concept.key)).all()
    number, pages = _page_number(page, len(ids), size)
    shown = ids[(number - 1) * size : number * size]
    concepts = session.scalars(loading.where(Concept.id.in_(shown))) if shown else []
    return ConceptPage(list(concepts), len(ids), number, pages)


def _matching(session: Session, needle: str) -> Select:
    """Ids of the concepts whose key or a term contains ``needle`` (folded), found through the
    trigram indexes of migration 0009: PostgreSQL's pg_trgm indexes serve the LIKE itself;
    SQLite's FTS5 trigram tables answer a phrase of three characters or more (a phrase there is
    a substring; shorter needles read the table)."""
    if session.get_bind().dialect.name == "sqlite" and len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        return union(
            select(Term.concept_id).where(Term.id.in_(_fts_rowids("terms_folded_trgm", phrase))),
            _fts_rowids("concepts_key_trgm", phrase),
        )
    return union(
        select(Term.concept_id).where(Term.folded.contains(needle, autoescape=True)),
        select(Concept.id).where(func.lower(Concept.key).contains(needle, autoescape=True)),
    )


def _fts_rowids(index: str, phrase: str) -> Select:
    return select(literal_column("rowid")).select_from(table(index)).where(literal_column(index).op("MATCH")(phrase))


def _page_number(requested: int, count: int, size: int) -> tuple[int, int]:
    """(the page to show, the number of pages): past the end shows the last."""
    pages = max(1, -(-count // size))
    return min(max(1, requested), pages), pages


def languages(session: Session) -> list[str]:
    """The languages the termbase has terms in: one index look-up per language (a skip scan of
    the index on terms.lang), not a pass over every term."""
    following = select(func.min(Term.lang))
    walk = following.cte("languages", recursive=True)
    step = following.where(Term.lang > walk.c[0]).scalar_subquery()
    walk = walk.union_all(select(step).where(walk.c[0].is_not(None)))
    return [lang for lang in session.scalars(select(walk.c[0])) if lang is not None]
