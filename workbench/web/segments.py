"""Which segments the editor shows: filters, text search and pagination over one document.

Status filters and plain paging run in SQL, so a page of a 10k-segment document costs one
indexed query. Text search (case / whole word) and the QA filter need Python's view of the text:
they read the document's (segment, translation version) rows and test only the segments saved
since this process last tested them (Verdicts), because testing a whole live blog again took a
second (3,000 segments; QA) to eight (30,000) per page, progress line and approve-all batch.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import regex
from flask import current_app
from sqlalchemy import String, and_, func, or_, select, type_coerce
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


class Verdicts:
    """Whether one test (QA finds something; a search matches) holds for each segment's texts in
    one target language, remembered per process for the translation's version (every save bumps
    it), so the pages of a QA list or a search, the progress line and approve-all's batches test
    only the segments saved since, not the whole document again."""

    LIMIT = 500_000  # segments remembered (about 100 MB)
    BY_ID_LISTS = 1000  # segments to test read by id lists; more are read with the whole document

    def __init__(self, lang: str, test):
        self._lang, self._test = lang, test  # test(source, target, markup) -> bool
        self._lock = threading.Lock()
        self._seen: dict[int, tuple] = {}  # segment id -> (*its texts' stamps, verdict)

    def holding(self, session: Session, document: Document, rows) -> set[int]:
        """The ids of the segments among ``rows`` (``document``'s (segment id, *stamps of its
        texts), see _matching_ids) the test holds for."""
        with self._lock:
            if len(self._seen) > self.LIMIT:  # a server up for months: start again, not grow on
                self._seen = {}
            known = {row[0]: self._seen.get(row[0]) for row in rows}
        unseen = {row[0]: tuple(row[1:]) for row in rows if known[row[0]] is None or known[row[0]][:-1] != tuple(row[1:])}
        for segment_id, source, target, markup in self._texts(session, document, unseen):
            known[segment_id] = (*unseen[segment_id], self._test(source, target or "", markup))
        with self._lock:
            self._seen.update({segment_id: known[segment_id] for segment_id in unseen})
        return {segment_id for segment_id, verdict in known.items() if verdict[-1]}

    def _texts(self, session: Session, document: Document, segment_ids):
        """(segment id, source, target, markup) of ``segment_ids``: by id lists for the few saved
        since, in one read of the document for a first search (60 id lists took twice as long)."""
        texts = select(Segment.id, Segment.source_text, Translation.text, Segment.markup).outerjoin(Translation, _translation_into(self._lang))
        if len(segment_ids) > self.BY_ID_LISTS:
            return (row for row in session.execute(texts.where(Segment.document_id == document.id)) if row[0] in segment_ids)
        return (row for chunk in _chunks(list(segment_ids)) for row in session.execute(texts.where(Segment.id.in_(chunk))))


class VerdictCache:
    """The Verdicts of this process: QA's under the current termbase only (a termbase change builds
    a new Termbase, see termbase_cache, and may change every glossary warning), and those of the
    last few searches."""

    SEARCHES = 8

    def __init__(self):
        self._lock = threading.Lock()
        self._qa: dict[tuple, Verdicts] = {}
        self._termbase = None
        self._searches: OrderedDict[tuple, Verdicts] = OrderedDict()

    def qa(self, document: Document, lang: str, termbase) -> Verdicts:
        def warned(source, target, markup) -> bool:
            return bool(target) and bool(run_checks(source, target, document.source_lang, lang, termbase=termbase, placeholders=markup))

        with self._lock:
            if termbase is not self._termbase:
                self._termbase, self._qa = termbase, {}
            return self._qa.setdefault((document.source_lang, lang), Verdicts(lang, warned))

    def search(self, lang: str, segment_filter: SegmentFilter) -> Verdicts:
        pattern = search_pattern(segment_filter.query, case_sensitive=segment_filter.case_sensitive, whole_word=segment_filter.whole_word)
        fields = {"source": (0,), "target": (1,), "both": (0, 1)}[segment_filter.field]

        def matches(source, target, markup) -> bool:
            return any(pattern.search((source, target)[field]) for field in fields)

        key = (lang, pattern.pattern, pattern.flags, fields)
        with self._lock:
            verdicts = self._searches.pop(key, None) or Verdicts(lang, matches)
            self._searches[key] = verdicts
            while len(self._searches) > self.SEARCHES:
                self._searches.popitem(last=False)
            return verdicts


def _chunks(ids: list[int], size: int = 500):
    """``ids`` in slices small enough for one IN list on every database."""
    return (ids[start : start + size] for start in range(0, len(ids), size))


def _verdicts() -> VerdictCache:
    return current_app.extensions.setdefault("workbench.verdicts", VerdictCache())


def _matching_ids(session: Session, document: Document, lang: str, segment_filter: SegmentFilter, termbase) -> list[int]:
    # What changes when a segment's texts do: the translation's version, and, since SQLite may
    # give a deleted row's id to a new one, the source's key and the translation's id and time
    # (as stored: parsing 30,000 dates took longer than the rest).
    rows = session.execute(
        _segment_ids(document, lang, segment_filter.status)
        .add_columns(Segment.source_key, Translation.id, Translation.version, type_coerce(Translation.updated_at, String))
        .order_by(Segment.position)
    ).all()
    if segment_filter.query:
        matching = _verdicts().search(lang, segment_filter).holding(session, document, rows)
        rows = [row for row in rows if row[0] in matching]
    if segment_filter.with_qa_warnings:
        warned = _verdicts().qa(document, lang, termbase).holding(session, document, rows)
        rows = [row for row in rows if row[0] in warned]
    return [row[0] for row in rows]


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
