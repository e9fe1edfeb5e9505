"""Export of a 100k-segment document to PO and XLIFF: time and peak memory.

    .venv/bin/python benchmarks/export_benchmark.py [--segments 100000] [--sample 2000]

Builds a throwaway SQLite database with the seed termbase and a document made of the seed
article's sentences (numbered, so no two are alike), 70 % translated, 20 % machine drafts,
10 % untranslated. Each format is timed "bare" (reading the segments and writing the file, in a
forked child so its peak memory is its own); the notes users also get (termbase hits, QA
warnings) cost the same per segment whatever the format, so they are timed once over a sample,
broken down in the last lines, and added as an estimate. Target: PO under 3 s.
"""

from __future__ import annotations

import argparse
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

from glossary.io import import_file  # noqa: E402
from glossary.termbase import Termbase  # noqa: E402
from workbench.db import Database  # noqa: E402
from workbench.exchange import bilingual, get_exporter  # noqa: E402
from workbench.models import Document, Segment, Translation  # noqa: E402
from workbench.qa import run_checks  # noqa: E402

PO_TARGET_SECONDS = 3.0


def seed_sentences() -> list[str]:
    text = (REPO / "seeds" / "pohonia-battalion.en.txt").read_text(encoding="utf-8")
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+|\n+", text) if sentence.strip()]


def numbered(sentences: list[str], index: int) -> str:
    return f"{index}. {sentences[index % len(sentences)]}"


def build(database: Database, count: int) -> int:
    sentences = seed_sentences()
    with database.session() as session:
        import_file(session, REPO / "seeds" / "termbase.csv")
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
            status, origin = ("draft", "mt") if i % 10 >= 7 else ("translated", "human")
            source = numbered(sentences, i)
            rows.append({"segment_id": segment_id, "lang": "be", "text": "Пераклад: " + source, "status": status, "origin": origin, "source_text": source, "version": 1})
        session.execute(insert(Translation), rows)
        return document.id


@contextmanager
def notes_left_out():
    """Exports without termbase hits and QA notes, to separate the format's own cost."""
    notes = bilingual.Annotator.notes
    bilingual.Annotator.notes = lambda self, row: []
    try:
        yield
    finally:
        bilingual.Annotator.notes = notes


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


def per_segment_costs(database: Database, document_id: int, sample: int) -> dict[str, float]:
    """Microseconds per segment of each part of the notes, over the first ``sample`` segments."""
    with database.session() as session:
        document = session.get(Document, document_id)
        rows = [row for row in bilingual.rows(session, document, "be") if row.text][:sample]
        termbase = Termbase.from_session(session)
        timed = {
            "termbase hits (glossary)": lambda row: termbase.hits(row.source, "en", "be"),
            "QA checks without glossary": lambda row: run_checks(row.source, row.text, "en", "be"),
            "glossary check (termbase.check)": lambda row: termbase.check(row.source, row.text, "en", "be"),
        }
        costs = {}
        for work in timed.values():
            work(rows[0])  # the termbase builds its matchers on first use; that is not per segment
        for name, work in timed.items():
            started = time.perf_counter()
            for row in rows:
                work(row)
            costs[name] = (time.perf_counter() - started) / len(rows) * 1e6
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000, help="segments over which the notes are timed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{directory}/bench.db"
        database = Database(url)
        started = time.perf_counter()
        document_id = build(database, args.segments)
        print(f"built {args.segments} segments in {time.perf_counter() - started:.1f} s")
        costs = per_segment_costs(database, document_id, args.sample)
        notes_seconds = sum(costs.values()) * args.segments / 1e6
        for format_name in ("po", "xliff", "xliff12"):
            seconds, peak, size = export_once(url, document_id, format_name, with_notes=False)
            line = (
                f"{format_name:8} bare {seconds:6.2f} s ({args.segments / seconds:7.0f} segments/s, "
                f"peak +{peak:6.1f} MB RSS, {size / 2**20:5.1f} MB file); with notes ~{seconds + notes_seconds:6.1f} s"
            )
            if format_name == "po":
                line += f"; target < {PO_TARGET_SECONDS:.0f} s bare: {seconds / PO_TARGET_SECONDS:.2f}x the budget"
            print(line)
        for name, microseconds in costs.items():
            print(f"notes: {name:34} {microseconds:7.1f} µs/segment = {microseconds * args.segments / 1e6:6.1f} s per {args.segments}")
        database.dispose()


if __name__ == "__main__":
    main()
