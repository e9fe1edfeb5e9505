"""The translator's notes on each unit of a PO or XLIFF export: termbase hits (source term →
preferred target terms) and QA warnings.

A 100k-segment document's notes cost seconds of pure Python, so a large export shares the rows
out between forked processes (workbench/parallel.py). The termbase scans a batch of texts in
one pass, a fraction of a scan per text; the termbase notes and the glossary check are made
from those scans, passed to them explicitly.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from sqlalchemy.orm import Session

from glossary.termbase import Match, Termbase
from workbench import parallel
from workbench.exchange.bilingual import Row
from workbench.qa import run_checks

# The ``Session.info`` key of a termbase that the session's exports share (see ``share_termbase``).
SHARED_TERMBASE = "workbench.shared_termbase"
# A process is worth forking for every this many rows; fewer cost more to start than they save.
PARALLEL_MINIMUM_ROWS = 20_000
# This process's share of the rows relative to each child's: writing the file takes the rest of
# its time (a sixth to a third of the notes' cost for PO and XLIFF; benchmarks/export_benchmark.py).
OWN_SHARE_WEIGHT = 0.8


def share_termbase(session: Session, termbase: Termbase) -> None:
    """Let every export made in ``session`` use ``termbase`` instead of loading its own: ``export
    --all`` writes many files, and each would otherwise build the termbase's matchers again. Only
    for sessions that do not change the termbase."""
    session.info[SHARED_TERMBASE] = termbase


def worker_count(rows: int) -> int:
    """Processes that share the notes of ``rows`` rows (see workbench.parallel.worker_count)."""
    return parallel.worker_count(rows, PARALLEL_MINIMUM_ROWS)


class Annotator:
    """The notes of a document's units in one language pair."""

    # Rows scanned in one pass: large enough that a pass costs little per row, small enough that
    # the first notes are ready soon.
    BATCH = 2048

    def __init__(self, session: Session, source_lang: str, target_lang: str, *, workers: int | None = None):
        """``workers``: processes that share a document's notes; by default one per core for a
        large document when this process may fork (see ``worker_count``)."""
        self.termbase = session.info.get(SHARED_TERMBASE) or Termbase.from_session(session)
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.workers = workers
        self._termbase_lines: dict[tuple[str, str], str] = {}

    def annotate(self, rows: Iterable[Row]) -> Iterator[tuple[Row, list[str]]]:
        """Each row with its notes, in order; forked children annotate all shares but the first."""
        with cycle_collection_paused():
            rows = list(rows)
            shares = parallel.shares(rows, self.workers or worker_count(len(rows)), OWN_SHARE_WEIGHT)
            if len(shares) > 1:
                self.termbase.prepare(self.source_lang, self.target_lang)  # built once, shared with the children
            notes = (note for batch in parallel.map_shares(self.note_batches, shares) for note in batch)
            yield from zip(rows, notes, strict=True)

    def note_batches(self, rows: Sequence[Row]) -> Iterator[list[list[str]]]:
        """The notes of ``rows``, one list per batch of ``BATCH`` rows."""
        for start in range(0, len(rows), self.BATCH):
            batch = rows[start : start + self.BATCH]
            sources = self.termbase.scan_many([row.source for row in batch], self.source_lang)
            targets = iter(self.termbase.scan_many([row.text for row in batch if row.text], self.target_lang))
            yield [self.notes(row, found, next(targets) if row.text else ()) for row, found in zip(batch, sources)]

    def notes(self, row: Row, source_matches: Sequence[Match], target_matches: Sequence[Match]) -> list[str]:
        """The notes of one row, given the termbase's scans of its source and translation."""
        return self.termbase_notes(source_matches) + self.qa_notes(row, source_matches, target_matches)

    def termbase_notes(self, source_matches: Sequence[Match]) -> list[str]:
        return [self._termbase_note(match.concept, match.term) for match in source_matches]

    def _termbase_note(self, concept: str, source_term: str) -> str:
        """One line per term (remembered: the same names recur all through a document)."""
        note = self._termbase_lines.get((concept, source_term))
        if note is None:
            targets, _ = self.termbase.targets_and_note(concept, self.source_lang, self.target_lang)
            note = self._termbase_lines[(concept, source_term)] = f"termbase: {source_term} → {', '.join(targets) or '(no target term)'}"
        return note

    def qa_notes(self, row: Row, source_matches: Sequence[Match], target_matches: Sequence[Match]) -> list[str]:
        if not row.text:
            return []
        warnings = run_checks(
            row.source, row.text, self.source_lang, self.target_lang, self.termbase, placeholders=row.markup,
            source_matches=source_matches, target_matches=target_matches,
        )
        return [f"QA {warning.severity} ({warning.check}): {warning.message}" for warning in warnings]


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
