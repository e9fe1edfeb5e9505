"""The PO export with the real termbase loaded from the seed CSV (no stand-in)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading

import polib
import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from exchange_support import make_document

from glossary.io import import_file
from glossary.termbase import Termbase
from workbench import parallel
from workbench.exchange.bilingual import rows
from workbench.exchange import notes
from workbench.exchange.notes import Annotator
from workbench.models import Document


def test_po_comments_list_seed_termbase_hits_and_glossary_warnings(database, run_cli, tmp_path):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    sources = ["Svetlana Tikhanovskaya met volunteers in Warsaw."]
    document_id = make_document(
        database, sources=sources, translations={0: ("Светлана Тихановская сустрэлася з добраахвотнікамі ў Варшаве.", "translated", "human")}
    )
    path = tmp_path / "doc.po"

    run_cli("export", document_id, "--lang", "be", "--format", "po", "-o", path)

    comment = polib.pofile(str(path))[0].comment
    assert "termbase: Svetlana Tikhanovskaya → Святлана Ціханоўская" in comment
    assert "QA warning (glossary): deprecated term «Светлана Тихановская»" in comment


def _annotated(database, document_id, workers):
    with database.session() as session:
        document = session.get(Document, document_id)
        annotator = Annotator(session, "en", "be", workers=workers)
        return [(row.segment_id, notes) for row, notes in annotator.annotate(rows(session, document, "be"))]


@pytest.fixture
def article_document(database) -> int:
    """The seed article's first sentences, half of them translated with the English names left in."""
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()][:24]
    translations = {i: ("Пераклад: " + s, "translated", "human") for i, s in enumerate(sentences) if i % 2 == 0}
    return make_document(database, sources=sentences, translations=translations)


def test_notes_are_the_same_when_the_document_is_shared_between_processes(database, article_document, monkeypatch):
    monkeypatch.setattr(Annotator, "BATCH", 5)  # several batches per process
    alone = _annotated(database, article_document, workers=1)
    shared = _annotated(database, article_document, workers=3)

    assert shared == alone
    assert len(alone) == 24 and sum(1 for _, notes in alone if notes) >= 12


def test_notes_come_from_the_batch_scans_whatever_the_termbase_remembers(database, article_document, monkeypatch):
    usual = _annotated(database, article_document, workers=1)
    assert any("(glossary)" in note for _, found in usual for note in found)
    monkeypatch.setattr(Termbase, "REMEMBERED_SCANS", 1)
    monkeypatch.setattr(Annotator, "BATCH", 24)  # one batch far larger than the memo
    scanned_again = []
    scan = Termbase.scan
    monkeypatch.setattr(Termbase, "scan", lambda self, text, lang: scanned_again.append(text) or scan(self, text, lang))

    assert _annotated(database, article_document, workers=1) == usual
    assert scanned_again == []  # the glossary check was given the batch's scans


def test_a_worker_process_that_dies_loses_no_notes(database, article_document, monkeypatch):
    install = parallel._install

    def install_work_that_dies(work, parts):
        install(lambda part: os._exit(1), parts)  # as if killed, or out of memory

    monkeypatch.setattr(Annotator, "BATCH", 5)
    monkeypatch.setattr(parallel, "_install", install_work_that_dies)

    assert _annotated(database, article_document, workers=2) == _annotated(database, article_document, workers=1)


def test_notes_are_all_written_when_no_worker_process_can_start(database, article_document, monkeypatch):
    def no_memory(*args, **kwargs):
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_memory)

    assert _annotated(database, article_document, workers=2) == _annotated(database, article_document, workers=1)


def test_large_exports_use_every_core_except_in_a_threaded_server():
    command = "from workbench.exchange.notes import worker_count; print(worker_count(1_000_000), worker_count(1_000))"
    counts = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=True).stdout.split()
    assert counts == [str(min(len(os.sched_getaffinity(0)), parallel.MAX_WORKERS)), "1"]

    server_thread_stops = threading.Event()
    server_thread = threading.Thread(target=server_thread_stops.wait)
    server_thread.start()
    try:
        assert notes.worker_count(1_000_000) == 1
    finally:
        server_thread_stops.set()
        server_thread.join()


def test_export_all_loads_the_termbase_once_for_every_file(database, article_document, run_cli, tmp_path, monkeypatch):
    make_document(database, sources=["Tsikhanouskaya spoke in Vilnius."], translations={})
    loads = []
    from_session = Termbase.from_session.__func__
    monkeypatch.setattr(Termbase, "from_session", classmethod(lambda cls, session: loads.append(1) or from_session(cls, session)))

    written = run_cli("export", "--all", "--lang", "be,uk", "--format", "po", "-o", tmp_path / "out").stdout.split()

    assert len(written) == 4 and len(loads) == 1
    comments = "\n".join(entry.comment for path in written for entry in polib.pofile(path))
    assert "termbase: Tsikhanouskaya → Святлана Ціханоўская, Ціханоўская" in comments
    assert "termbase: Tsikhanouskaya → Світлана Тихановська, Тихановська" in comments
