"""The termbase screen and the documents list on a large database: time per request.

    .venv/bin/python benchmarks/termbase_screen_benchmark.py [--concepts 100000] [--documents 2000]

Builds a throwaway SQLite database with ``--concepts`` concepts of three terms each (en, be, ru)
and ``--documents`` small documents, then times the pages as a browser asks for them: the first
and a far page of the termbase, a search in Cyrillic, and the first page of the documents list.
Both are paged and searched in SQL; target: each page under 250 ms with 100k concepts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary.models import Concept, Term  # noqa: E402
from workbench.db import Database  # noqa: E402
from workbench.models import Document, Segment  # noqa: E402
from workbench.web import create_app  # noqa: E402

TARGET_MS = 250


def build(database: Database, concepts: int, documents: int) -> None:
    with database.session() as session:
        session.execute(insert(Concept), [{"key": f"person-{n:06d}", "kind": "person", "note": ""} for n in range(concepts)])
        ids = session.scalars(select(Concept.id).order_by(Concept.id)).all()
        for lang, name in (("en", "Person {}"), ("be", "Асоба {}"), ("ru", "Персона {}")):
            session.execute(insert(Term), [{"concept_id": i, "lang": lang, "text": name.format(i), "folded": name.format(i).casefold(),
                                            "status": "preferred", "forms": {}, "note": ""} for i in ids])
        for number in range(documents):
            document = Document(title=f"Document {number}", source_lang="en", checksum=str(number))
            session.add(document)
            session.flush()
            session.execute(insert(Segment), [{"document_id": document.id, "position": p, "paragraph": p,
                                               "source_text": f"Sentence {p}."} for p in range(20)])


def timed(client, url: str, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{directory}/bench.db"
        database = Database(url)
        started = time.perf_counter()
        build(database, args.concepts, args.documents)
        print(f"built {args.concepts} concepts ({3 * args.concepts} terms) and {args.documents} documents "
              f"in {time.perf_counter() - started:.1f} s")
        client = create_app({"DATABASE_URL": url, "LOGIN_REQUIRED": False, "SECRET_KEY": "benchmark"}).test_client()
        pages = {
            "termbase, first page": "/termbase",
            "termbase, page 1000": "/termbase?page=1000",
            "termbase, search «асоба 4242»": "/termbase?q=%D0%90%D1%81%D0%BE%D0%B1%D0%B0%204242",
            "documents, first page": "/",
        }
        for name, page in pages.items():
            milliseconds = timed(client, page)
            print(f"{name:32} {milliseconds:7.1f} ms (median of 5); target < {TARGET_MS} ms: {milliseconds / TARGET_MS:.2f}x")
        database.dispose()


if __name__ == "__main__":
    main()
