"""Export of a 100k-segment document to PO and XLIFF, notes included: time and peak memory.

    .venv/bin/python benchmarks/export_benchmark.py [--segments 100000] [--worst-case]

Builds a throwaway SQLite database with the seed termbase and a document made of the seed
article's sentences (numbered, so no two are alike): 70 % confirmed translations whose names
follow the termbase (what a translator leaves after accepting the termbase's fixes), 20 % machine
drafts that still carry the English spellings, 10 % untranslated. With ``--worst-case`` every
translation carries the English spellings, so nearly every segment gets glossary warnings.

Each export runs in a forked child, so its peak memory is its own, and is timed as users get it
(termbase hits and QA warnings in every entry) and bare (the format's own cost). The last lines
break the notes down per part, per segment. Target: PO under 3 s, notes included.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import multiprocessing
import resource
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary import checks, enforcement  # noqa: E402
from glossary.io import import_file  # noqa: E402
from glossary.termbase import Termbase  # noqa: E402
from workbench.db import Database  # noqa: E402
from workbench.exchange import bilingual, get_exporter, notes  # noqa: E402
from workbench.models import Document, Segment, Translation  # noqa: E402
from workbench.qa import run_checks  # noqa: E402

PO_TARGET_SECONDS = 3.0


def seed_sentences() -> list[str]:
    text = (REPO / "seeds" / "pohonia-battalion.en.txt").read_text(encoding="utf-8")
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+|\n+", text) if sentence.strip()]


def numbered(sentences: list[str], index: int) -> str:
    return f"{index}. {sentences[index % len(sentences)]}"


def build(database: Database, count: int, *, worst_case: bool) -> int:
    sentences = seed_sentences()
    with database.session() as session:
        import_file(session, REPO / "seeds" / "termbase.csv")
        termbase = Termbase.from_session(session)
        raw = ["Пераклад: " + sentence for sentence in sentences]
        fixed = raw if worst_case else [enforcement.fix(termbase, text, "be", source=s).text for text, s in zip(raw, sentences)]
        document = Document(title="Benchmark", source_lang="en", original_filename="bench.txt", checksum="0")
        session.add(document)
        session.flush()
        session.execute(
            insert(Segment),
            [
                {"document_id": document.id, "position": i, "paragraph": i // 5, "source_text": numbered(sentences, i), "before": " ", "markup": {}}
                for i in range(count)
            ],
        )
        ids = session.scalars(select(Segment.id).where(Segment.document_id == document.id).order_by(Segment.position)).all()
        rows = []
        for i, segment_id in enumerate(ids):
            if i % 10 == 9:
                continue
            status, origin, texts = ("draft", "mt", raw) if i % 10 >= 7 else ("translated", "human", fixed)
            rows.append({"segment_id": segment_id, "lang": "be", "text": f"{i}. {texts[i % len(sentences)]}", "status": status,
                         "origin": origin, "source_text": numbered(sentences, i), "version": 1})
        session.execute(insert(Translation), rows)
        return document.id


@contextmanager
def notes_left_out():
    """Exports without termbase hits and QA notes, to separate the format's own cost."""
    annotate = notes.Annotator.annotate
    notes.Annotator.annotate = lambda self, rows: ((row, []) for row in rows)
    try:
        yield
    finally:
        notes.Annotator.annotate = annotate


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _export_in_child(url: str, document_id: int, format_name: str, with_notes: bool, results) -> None:
    baseline = current_rss_mb()
    database = Database(url, migrate=False)
    with database.session() as session:
        document = session.get(Document, document_id)
        started = time.perf_counter()
        if with_notes:
            size = len(get_exporter(format_name).export(session, document, "be").data)
        else:
            with notes_left_out():
                size = len(get_exporter(format_name).export(session, document, "be").data)
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.send((seconds, peak - baseline, size))


def export_once(url: str, document_id: int, format_name: str, *, with_notes: bool) -> tuple[float, float, int]:
    """Seconds, peak memory growth in MB (RSS, so lxml's C allocations count), file size in bytes.

    Each export runs in a forked child so that one format's peak does not hide the next one's."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_export_in_child, args=(url, document_id, format_name, with_notes, sender)
    )
    child.start()
    result = receiver.recv()
    child.join()
    return result


def per_segment_costs(database: Database, document_id: int) -> dict[str, float]:
    """Microseconds per segment of each part of the notes, in one process, over the whole document."""
    with database.session() as session, notes.cycle_collection_paused():
        document = session.get(Document, document_id)
        rows = list(bilingual.rows(session, document, "be"))
        translated = [row for row in rows if row.text]
        annotator = notes.Annotator(session, "en", "be")
        termbase = annotator.termbase
        termbase.scan_many([rows[0].source], "en")  # the matchers are built on first use, not per segment
        termbase.scan_many([translated[0].text], "be")
        scans = {}  # what the scans found, for the parts that are given them

        def scan_sources() -> None:
            found = termbase.scan_many([row.source for row in rows], "en")
            scans["source"] = {row.segment_id: matches for row, matches in zip(rows, found)}

        def scan_translations() -> None:
            scans["target"] = termbase.scan_many([row.text for row in translated], "be")

        parts = {
            "scan of the sources, in batches": scan_sources,
            "scan of the translations": scan_translations,
            "termbase notes (from the scans)": lambda: [annotator.termbase_notes(found) for found in scans["source"].values()],
            "glossary check (from the scans)": lambda: [
                checks.check(termbase, row.source, row.text, "en", "be", source_matches=scans["source"][row.segment_id], target_matches=found)
                for row, found in zip(translated, scans["target"])
            ],
            "other QA checks": lambda: [run_checks(row.source, row.text, "en", "be") for row in translated],
        }
        costs = {}
        for name, work in parts.items():
            started = time.perf_counter()
            work()
            costs[name] = (time.perf_counter() - started) / len(rows) * 1e6
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--worst-case", action="store_true", help="every translation keeps the English spellings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{directory}/bench.db"
        database = Database(url)
        started = time.perf_counter()
        document_id = build(database, args.segments, worst_case=args.worst_case)
        kind = "worst case: English spellings in every translation" if args.worst_case else "names as the termbase has them in confirmed translations"
        print(f"built {args.segments} segments ({kind}) in {time.perf_counter() - started:.1f} s")
        print(f"notes computed by {notes.worker_count(args.segments)} processes ({len(os.sched_getaffinity(0))} cores)")
        for format_name in ("po", "xliff", "xliff12"):
            seconds, peak, size = export_once(url, document_id, format_name, with_notes=True)
            bare_seconds, bare_peak, _ = export_once(url, document_id, format_name, with_notes=False)
            line = (
                f"{format_name:8} {seconds:6.2f} s with notes ({args.segments / seconds:7.0f} segments/s, "
                f"peak +{peak:6.1f} MB RSS, {size / 2**20:5.1f} MB file); bare {bare_seconds:5.2f} s, +{bare_peak:6.1f} MB"
            )
            if format_name == "po":
                line += f"; target < {PO_TARGET_SECONDS:.0f} s: {seconds / PO_TARGET_SECONDS:.2f}x the budget"
            print(line)
        for name, microseconds in per_segment_costs(database, document_id).items():
            print(f"notes: {name:34} {microseconds:6.1f} µs/segment = {microseconds * args.segments / 1e6:5.2f} s per {args.segments}")
        database.dispose()


if __name__ == "__main__":
    main()
