"""Which segments the editor shows: filters, text search and pagination over one document.

Status filters and plain paging run in SQL, so a page of a 10k-segment document costs one
indexed query. Text search (case / whole word) and the QA filter need Python's view of the text,
so they scan the document's (id, source, target) rows once.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from flask import current_app
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, object_session

from workbench.errors import WorkbenchError
from workbench.models import STATUSES, Document, Segment, Translation
from workbench.qa import run_checks
from workbench.web.hardening import check_search

SEARCH_FIELDS = ("source", "target", "both")


@dataclass(frozen=True)
class SegmentFilter:
    status: str = ""
    query: str = ""
    field: str = "both"
    case_sensitive: bool = False
    whole_word: bool = False
    with_qa_warnings: bool = False

    @classmethod
    def from_args(cls, args) -> SegmentFilter:
        status = args.get("status", "")
        field = args.get("in", "both")
        return cls(
            status=status if status in STATUSES else "",
            query=args.get("q", ""),
            field=field if field in SEARCH_FIELDS else "both",
            case_sensitive=args.get("case") == "1",
            whole_word=args.get("word") == "1",
            with_qa_warnings=args.get("qa") == "1",
        )

    def as_args(self) -> dict:
        """The filter as query-string arguments, for pagination links."""
        args = {"status": self.status, "q": self.query, "in": self.field, "qa": "1" if self.with_qa_warnings else ""}
        args.update(case="1" if self.case_sensitive else "", word="1" if self.whole_word else "")
        return {name: value for name, value in args.items() if value and not (name == "in" and value == "both")}


def search_pattern(text: str, *, case_sensitive: bool, whole_word: bool, is_regex: bool = False) -> regex.Pattern:
    """``text`` (literal, or a regular expression) as a pattern, optionally bounded by word edges
    (Unicode-aware). A malformed regular expression is a WorkbenchError.

    Compiled with the ``regex`` package (``re``'s syntax) because its matching takes a timeout:
    a translator's expression can backtrack for hours on one segment. Compiling has no timeout:
    ``check_search`` bounds what is compiled."""
    check_search(text, is_regex=is_regex)
    pattern = text if is_regex else regex.escape(text)
    if whole_word:
        pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
    try:
        return regex.compile(pattern, 0 if case_sensitive else regex.IGNORECASE)
    except regex.error as error:
        raise WorkbenchError(f"not a valid regular expression: {error}") from None


def target_languages(document: Document) -> list[str]:
    """The languages this document can be translated into: never its own source language."""
    return [lang for lang in current_app.config["TARGET_LANGUAGES"] if lang != document.source_lang]


def check_target(document: Document, lang: str) -> None:
    """A document is translated into the configured languages, never into its own source language."""
    if lang == document.source_lang:
        raise WorkbenchError(f"{lang} is the source language of this document; choose another target language")
    if lang not in target_languages(document):
        raise WorkbenchError(f"“{lang}” is not a language this document is translated into ({', '.join(target_languages(document))})")


@dataclass
class Page:
    rows: list[tuple[Segment, Translation | None]]
    number: int
    count: int  # segments matching the filter
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.size))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def _translation_into(lang: str):
    return and_(Translation.segment_id == Segment.id, Translation.lang == lang)


def _segment_ids(document: Document, lang: str, status: str):
    """SELECT of the document's segment ids (joined to their ``lang`` translation), by status."""
    statement = select(Segment.id).outerjoin(Translation, _translation_into(lang)).where(Segment.document_id == document.id)
    if status == "untranslated":
        return statement.where(or_(Translation.id.is_(None), Translation.status == "untranslated"))
    if status:
        return statement.where(Translation.status == status)
    return statement


def _filtered(statement, document: Document, lang: str, segment_filter: SegmentFilter, termbase):
    """``statement`` (a SELECT of segment ids) narrowed to the segments matching the filter: in
    SQL for the status, as an id list for text search and QA (which need Python)."""
    if segment_filter.query or segment_filter.with_qa_warnings:
        return statement.where(Segment.id.in_(_matching_ids(object_session(document), document, lang, segment_filter, termbase)))
    if segment_filter.status:
        return statement.where(Segment.id.in_(_segment_ids(document, lang, segment_filter.status)))
    return statement


def matching_segments(session: Session, document: Document, lang: str, segment_filter: SegmentFilter, termbase=None):
    """SELECT of the ids of the document's segments matching the filter (in SQL, or a list of ids)."""
    return _filtered(select(Segment.id).where(Segment.document_id == document.id), document, lang, segment_filter, termbase)


def progress(session: Session, document: Document, lang: str, segment_filter: SegmentFilter | None = None, termbase=None) -> dict:
    """{status: {"segments": n, "words": n}} for the document's ``lang`` translations (every status
    present), over the whole document or the segments matching ``segment_filter``."""
    statement = (
        select(Translation.status, func.count(), func.coalesce(func.sum(Segment.word_count), 0))
        .select_from(Segment)
        .outerjoin(Translation, _translation_into(lang))
        .where(Segment.document_id == document.id)
        .group_by(Translation.status)
    )
    if segment_filter is not None:
        statement = _filtered(statement, document, lang, segment_filter, termbase)
    counts = {name: {"segments": 0, "words": 0} for name in STATUSES}
    for name, segments, words in session.execute(statement):
        counted = counts[name or "untranslated"]  # no translation row yet: untranslated
        counted["segments"] += segments
        counted["words"] += int(words)
    return counts


def _matching_ids(session: Session, document: Document, lang: str, segment_filter: SegmentFilter, termbase) -> list[int]:
    statement = _segment_ids(document, lang, segment_filter.status)
    statement = statement.add_columns(Segment.source_text, Translation.text, Segment.markup).order_by(Segment.position)
    pattern = (
        search_pattern(segment_filter.query, case_sensitive=segment_filter.case_sensitive, whole_word=segment_filter.whole_word)
        if segment_filter.query
        else None
    )
    matching = []
    for segment_id, source, target, markup in session.execute(statement):
        target = target or ""
        if pattern is not None:
            haystacks = {"source": (source,), "target": (target,), "both": (source, target)}[segment_filter.field]
            if not any(pattern.search(text) for text in haystacks):
                continue
        if segment_filter.with_qa_warnings and not (
            target and run_checks(source, target, document.source_lang, lang, termbase=termbase, placeholders=markup)
        ):
            continue
        matching.append(segment_id)
    return matching


def page_of_segments(
    session: Session, document: Document, lang: str, segment_filter: SegmentFilter, number: int, size: int, termbase=None
) -> Page:
    """Page ``number`` (from 1) of the segments matching the filter, each with its ``lang`` translation."""
    number = max(1, number)
    if segment_filter.query or segment_filter.with_qa_warnings:
        matching = _matching_ids(session, document, lang, segment_filter, termbase)
        count = len(matching)
        page_ids = matching[(number - 1) * size : number * size]
    else:
        statement = _segment_ids(document, lang, segment_filter.status)
        count = session.scalar(select(func.count()).select_from(statement.subquery()))
        page_ids = list(session.scalars(statement.order_by(Segment.position).offset((number - 1) * size).limit(size)))
    rows = []
    if page_ids:
        rows = session.execute(
            select(Segment, Translation)
            .outerjoin(Translation, _translation_into(lang))
            .where(Segment.id.in_(page_ids))
            .order_by(Segment.position)
        ).all()
    return Page(rows=[tuple(row) for row in rows], number=number, count=count, size=size)


def page_holding(
    session: Session, document: Document, lang: str, segment_filter: SegmentFilter, position: int, size: int, termbase=None
) -> tuple[int, int] | None:
    """(page number, segment id) of the first segment matching the filter at or after
    ``position``, or None when none does. Reckoned when asked, so "the next page" of a filter
    whose list shrinks as the translator works (untranslated) goes on where they stopped."""
    statement = matching_segments(session, document, lang, segment_filter, termbase)
    target = session.scalar(statement.where(Segment.position >= position).order_by(Segment.position).limit(1))
    if target is None:
        return None
    before = session.scalar(select(func.count()).select_from(statement.where(Segment.position < position).subquery()))
    return before // size + 1, target


def previous_paragraph(session: Session, document: Document, first: Segment | None) -> int | None:
    """The paragraph of the segment before ``first``, so a page that starts mid-paragraph says so."""
    if first is None:
        return None
    return session.scalar(
        select(Segment.paragraph)
        .where(Segment.document_id == document.id, Segment.position < first.position)
        .order_by(Segment.position.desc())
        .limit(1)
    )
