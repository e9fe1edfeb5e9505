"""Finding concepts in the database a page at a time: by key or by any of their terms, ignoring
case in every script. For screens and commands over termbases too large to load whole."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select
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
    condition = None
    if query.strip():
        needle = query.strip().casefold()
        condition = or_(
            func.lower(Concept.key).contains(needle, autoescape=True),
            exists().where(Term.concept_id == Concept.id, Term.folded.contains(needle, autoescape=True)),
        )
    counting = select(func.count()).select_from(Concept)
    listing = select(Concept).options(selectinload(Concept.terms)).order_by(Concept.key)
    if condition is not None:
        counting, listing = counting.where(condition), listing.where(condition)
    count = session.scalar(counting)
    pages = max(1, -(-count // size))
    number = min(max(1, page), pages)
    concepts = list(session.scalars(listing.limit(size).offset((number - 1) * size)))
    return ConceptPage(concepts, count, number, pages)


def languages(session: Session) -> list[str]:
    """The languages the termbase has terms in (read from the index on terms.lang)."""
    return list(session.scalars(select(Term.lang).distinct().order_by(Term.lang)))
