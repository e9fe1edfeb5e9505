"""The PO export with the real termbase loaded from the seed CSV (no stand-in)."""

from __future__ import annotations

import polib
from conftest import SEED_TERMBASE
from exchange_support import make_document

from glossary.io import import_file


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
