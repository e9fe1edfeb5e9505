"""What the bilingual formats (PO, XLIFF, TMX) share: reading a document's segments with their
translations in one query, the notes each unit carries, and applying edits that come back.

Every unit is named by a stable key built from the segment's id, ``doc{D}-seg{S}``: it survives
re-segmentation of other paragraphs and re-exports, so an edited file always finds its segment.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import pickle
import re
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Iterable, Iterator, NamedTuple

from sqlalchemy import Text, and_, cast, select
from sqlalchemy.orm import Session

from glossary.termbase import Termbase
from workbench.errors import WorkbenchError
from workbench.models import Document, Segment, Translation
from workbench.qa import run_checks
from workbench.translations import get_translation, save_translation

GENERATOR = f"Workbench {version('workbench')}"
SEGMENT_KEY = re.compile(r"doc(\d+)-seg(\d+)")


def segment_key(document_id: int, segment_id: int) -> str:
    return f"doc{document_id}-seg{segment_id}"


def parse_segment_key(key: str) -> tuple[int, int] | None:
    match = SEGMENT_KEY.fullmatch(key.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


class Row(NamedTuple):
    """One segment and its translation into the export language (empty when there is none)."""

    segment_id: int
    paragraph: int
    source: str
    markup: dict
    text: str
    status: str
    # The source the translation was made from, when it differs from the current source.
    previous_source: str | None


def rows(session: Session, document: Document, lang: str) -> Iterator[Row]:
    """The document's segments in order, read with Core from the tables: ORM loading would cost
    seconds on a 100k-segment document."""
    segments, translations = Segment.__table__.c, Translation.__table__.c
    query = (
        select(
            segments.id,
            segments.paragraph,
            segments.source_text,
            # As text: most segments have no markup, and decoding "{}" 100k times costs a tenth
            # of a large export.
            cast(segments.markup, Text),
            translations.text,
            translations.status,
            translations.source_text,
        )
        .select_from(
            Segment.__table__.outerjoin(
                Translation.__table__, and_(translations.segment_id == segments.id, translations.lang == lang)
            )
        )
        .where(segments.document_id == document.id)
        .order_by(segments.position)
    )
    for segment_id, paragraph, source, markup, text, status, translated_from in session.connection().execute(query):
        changed = translated_from is not None and translated_from != source
        yield Row(
            segment_id,
            paragraph,
            source,
            json.loads(markup) if markup and markup != "{}" else {},
            text or "",
            status or "untranslated",
            translated_from if changed else None,
        )


# The ``Session.info`` key of a termbase that the session's exports share (see ``share_termbase``).
SHARED_TERMBASE = "workbench.shared_termbase"


def share_termbase(session: Session, termbase: Termbase) -> None:
    """Let every export made in ``session`` use ``termbase`` instead of loading its own: ``export
    --all`` writes many files, and each would otherwise build the termbase's matchers again. Only
    for sessions that do not change the termbase."""
    session.info[SHARED_TERMBASE] = termbase


# A process is worth forking for every this many rows; fewer cost more to start than they save.
PARALLEL_MINIMUM_ROWS = 20_000
# Beyond this, the one process that reads the rows and writes the file is the bottleneck.
MAX_WORKERS = 4
# This process's share of the rows relative to each child's: writing the file takes the rest of
# its time (a sixth to a third of the notes' cost for PO and XLIFF; benchmarks/export_benchmark.py).
OWN_SHARE_WEIGHT = 0.8


class Annotator:
    """The translator's notes for a unit: termbase hits (term → preferred forms) and QA warnings."""

    # Rows whose sources and targets the termbase scans in one pass; both stay remembered for the
    # hits and the glossary check that follow.
    BATCH = Termbase.REMEMBERED_SCANS // 2

    def __init__(self, session: Session, source_lang: str, target_lang: str, *, workers: int | None = None):
        """``workers``: processes that share a document's notes; by default one per core for a
        large document when this process may fork (see ``worker_count``)."""
        self.termbase = session.info.get(SHARED_TERMBASE) or Termbase.from_session(session)
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.workers = workers
        self._termbase_lines: dict[tuple[str, str], str] = {}

    def annotate(self, rows: Iterable[Row]) -> Iterator[tuple[Row, list[str]]]:
        """Each row with its notes, in order. The notes of a 100k-segment document cost seconds of
        pure Python, so the rows are shared out between processes: this one annotates the first
        share while forked children annotate the others."""
        with cycle_collection_paused():
            rows = list(rows)
            shares = _shares(rows, self.workers or worker_count(len(rows)))
            children = self._start_children(shares[1:])
            if not children:
                shares = [rows]
            try:
                yield from _paired(shares[0], self.note_batches(shares[0]))
                for child in children:
                    yield from _paired(child.rows, child.note_batches())
            finally:
                for child in children:
                    child.stop()

    def _start_children(self, shares: list[list[Row]]) -> list[_NotesInChild]:
        """A forked child per share; none if one cannot be started (then this process does all)."""
        if not shares:
            return []
        self.termbase.prepare(self.source_lang, self.target_lang)  # built once, shared with the children
        children: list[_NotesInChild] = []
        try:
            for share in shares:
                children.append(_NotesInChild(self, share))
        except OSError:  # no memory to fork, no room for a spool file
            for child in children:
                child.stop()
            return []
        return children

    def note_batches(self, rows: list[Row]) -> Iterator[list[list[str]]]:
        """The notes of ``rows``, one list per batch: the termbase scans a batch in one pass, which
        costs a fraction of a scan per row."""
        for start in range(0, len(rows), self.BATCH):
            batch = rows[start : start + self.BATCH]
            self.termbase.scan_many([row.source for row in batch], self.source_lang)
            self.termbase.scan_many([row.text for row in batch if row.text], self.target_lang)
            yield [self.notes(row) for row in batch]

    def termbase_notes(self, row: Row) -> list[str]:
        return [self._termbase_note(match.concept, match.term) for match in self.termbase.scan(row.source, self.source_lang)]

    def _termbase_note(self, concept: str, source_term: str) -> str:
        """One line per term (remembered: the same names recur all through a document)."""
        note = self._termbase_lines.get((concept, source_term))
        if note is None:
            targets, _ = self.termbase.targets_and_note(concept, self.source_lang, self.target_lang)
            note = self._termbase_lines[(concept, source_term)] = f"termbase: {source_term} → {', '.join(targets) or '(no target term)'}"
        return note

    def qa_notes(self, row: Row) -> list[str]:
        if not row.text:
            return []
        warnings = run_checks(
            row.source, row.text, self.source_lang, self.target_lang, self.termbase, placeholders=row.markup
        )
        return [f"QA {warning.severity} ({warning.check}): {warning.message}" for warning in warnings]

    def notes(self, row: Row) -> list[str]:
        return self.termbase_notes(row) + self.qa_notes(row)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Annotating builds millions of small objects and no reference cycles; the cycle collector
    would walk the whole heap again and again for nothing (a fifth of the time). Reference
    counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def worker_count(rows: int) -> int:
    """Processes worth using for ``rows`` rows: one per available core for large documents, but
    only in a single-threaded process such as the CLI, and only on Linux. A forked child of a
    threaded web server would inherit locks held by threads that do not exist in it; on macOS,
    system libraries may crash in a forked child."""
    if threading.active_count() > 1 or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), MAX_WORKERS, rows // PARALLEL_MINIMUM_ROWS))


def _shares(rows: list[Row], workers: int) -> list[list[Row]]:
    """``rows`` cut into one share per worker, in order. This process also writes the file while
    the children only annotate, so its share (the first) is a little smaller."""
    if workers == 1 or not rows:
        return [rows]
    first = int(len(rows) * OWN_SHARE_WEIGHT / (OWN_SHARE_WEIGHT + workers - 1))
    child_share = -(-(len(rows) - first) // (workers - 1))
    return [rows[:first]] + [rows[start : start + child_share] for start in range(first, len(rows), child_share)]


def _paired(rows: list[Row], note_batches: Iterable[list[list[str]]]) -> Iterator[tuple[Row, list[str]]]:
    position = 0
    for notes in note_batches:
        yield from zip(rows[position : position + len(notes)], notes)
        position += len(notes)


class _NotesInChild:
    """The notes for a share of the rows, computed by a forked copy of this process, which has the
    termbase and the rows already in memory. The child writes its notes batch by batch to a spool
    file and announces each batch through a pipe: the pipe's small buffer would make it wait for
    this process, the file never does. This process writes the first batches while the child
    works on the rest."""

    def __init__(self, annotator: Annotator, rows: list[Row]):
        self.annotator, self.rows = annotator, rows
        self._spool = tempfile.TemporaryFile(prefix="workbench-notes-")
        context = multiprocessing.get_context("fork")
        self._announcements, announcer = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_spool_note_batches, args=(annotator, rows, self._spool, announcer), daemon=True
        )
        self._process.start()
        announcer.close()

    def note_batches(self) -> Iterator[list[list[str]]]:
        received = offset = 0
        try:
            while received < len(self.rows):
                try:
                    size = self._announcements.recv()
                except EOFError:
                    # The child died (killed, out of memory): the rest of its share is annotated here.
                    yield from self.annotator.note_batches(self.rows[received:])
                    return
                notes = pickle.loads(os.pread(self._spool.fileno(), size, offset))
                offset += size
                received += len(notes)
                yield notes
        finally:
            self.stop()

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._announcements.close()
        self._spool.close()


def _spool_note_batches(annotator: Annotator, rows: list[Row], spool, announcer) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent stops this child itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for notes in annotator.note_batches(rows):
        data = pickle.dumps(notes, protocol=pickle.HIGHEST_PROTOCOL)
        spool.write(data)
        spool.flush()
        announcer.send(len(data))
    announcer.close()


@dataclass(frozen=True)
class IncomingUnit:
    """A unit read back from an exchange file."""

    key: str
    line: int
    source: str
    target: str
    status: str


@dataclass(frozen=True)
class IncomingFile:
    """An edited file read back whole, before anything is written."""

    lang: str
    units: list[IncomingUnit]
    origin: str  # recorded on the revisions it makes: "po import"
    notices: list[str] = field(default_factory=list)  # things left out, e.g. obsolete PO entries


@dataclass
class ImportReport:
    changed: int = 0
    unchanged: int = 0
    # One message per unit that was not applied as the file said, with its line number.
    problems: list[str] = field(default_factory=list)


def reject_duplicates(units: Iterable[IncomingUnit], what: str) -> None:
    first_line: dict[str, int] = {}
    for unit in units:
        if unit.key in first_line:
            raise WorkbenchError(
                f"line {unit.line}: duplicate {what} {unit.key!r} (first on line {first_line[unit.key]}); "
                "nothing imported"
            )
        first_line[unit.key] = unit.line


def apply_units(
    session: Session,
    document: Document,
    lang: str,
    units: list[IncomingUnit],
    *,
    origin: str,
    author: str = "",
    may_review: bool = True,
) -> ImportReport:
    """Save each unit's target through ``save_translation`` (one Revision per changed unit).

    Units that match no segment, translations of a source that has changed since the export
    (saved as drafts) and reviewed units from someone who may not review (saved as translated)
    are reported, never dropped silently. The caller's transaction makes the import all or nothing.
    """
    segments = {segment.id: segment for segment in document.segments}
    report = ImportReport()
    for unit in units:
        ids = parse_segment_key(unit.key)
        segment = segments.get(ids[1]) if ids and ids[0] == document.id else None
        if segment is None:
            report.problems.append(
                f"line {unit.line}: {unit.key!r} matches no segment of document {document.id}; not imported"
            )
            continue
        status = unit.status
        if unit.source != segment.source_text and status in ("translated", "reviewed"):
            status = "draft"
            report.problems.append(
                f"line {unit.line}: the source of {unit.key} changed since the export; imported as draft"
            )
        if status == "reviewed" and not may_review:
            status = "translated"
            report.problems.append(f"line {unit.line}: {unit.key} is marked reviewed, but you may not review; "
                                   "imported as translated")
        if _changes(get_translation(session, segment, lang), unit.target, status):
            save_translation(session, segment, lang, unit.target, status=status, origin=origin, author=author)
            report.changed += 1
        else:
            report.unchanged += 1
    return report


def _changes(existing: Translation | None, text: str, status: str) -> bool:
    if existing is None:
        return bool(text)
    if existing.text != text:
        return True
    # A file that only knows "translated" must not demote a reviewed translation it left alone.
    return existing.status != status and not (status == "translated" and existing.status == "reviewed")
