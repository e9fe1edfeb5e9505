"""The termbase revision: every write path moves it, reads and no-op writes do not, and the
editor's cached Termbase follows it even for edits that keep every length."""

from __future__ import annotations

import io

import pytest
from conftest import SEED_TERMBASE
from sqlalchemy import delete, select

from glossary import revision
from glossary.io import add_term, import_file
from glossary.models import Concept, Term
from workbench.models import Document, Segment


def current(database) -> int:
    with database.session() as session:
        return revision.current(session)


def test_cli_writes_bump_the_revision_and_reads_do_not(run_cli, database, tmp_path):
    start = current(database)
    run_cli("glossary", "import", SEED_TERMBASE)
    imported = current(database)
    assert imported > start
    run_cli("glossary", "import", SEED_TERMBASE)  # nothing to change
    run_cli("glossary", "list")
    run_cli("glossary", "export", tmp_path / "out.tbx")
    run_cli("glossary", "show", "tsikhanouskaya")
    assert current(database) == imported
    run_cli("glossary", "add", "lida", "be", "Ліда", "--kind", "place")
    added = current(database)
    assert added > imported
    run_cli("glossary", "add", "lida", "ru", "Лида")
    run_cli("glossary", "delete", "lida", "--lang", "ru", "--term", "Лида")
    deleted_term = current(database)
    assert deleted_term > added + 1
    run_cli("glossary", "delete", "lida")
    assert current(database) > deleted_term


def test_failed_and_rolled_back_writes_leave_the_revision(run_cli, database, tmp_path):
    run_cli("glossary", "import", SEED_TERMBASE)
    before = current(database)
    bad = tmp_path / "bad.csv"
    bad.write_text("concept,lang,term,status\nx,en,X,best\n", encoding="utf-8")
    run_cli("glossary", "import", bad, expect_exit=1)
    with pytest.raises(RuntimeError), database.session() as session:
        add_term(session, "lida", "be", "Ліда")
        raise RuntimeError("the transaction fails after the write")
    assert current(database) == before


def test_library_writes_and_core_statements(database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    after_import = current(database)
    with database.session() as session:
        term = session.scalar(select(Term).join(Concept).where(Concept.key == "tsikhanouskaya", Term.lang == "be"))
        term.note = term.note + "."  # a change a length fingerprint would also see
    after_note = current(database)
    assert after_note == after_import + 1
    with database.session() as session:
        session.execute(delete(Term).where(Term.lang == "pl"))
        revision.bump(session)  # Core statements bypass the ORM: the writer bumps
    assert current(database) == after_note + 1


def test_web_screen_writes_bump_the_revision(web_client, database):
    post = {"csrf_token": web_client.csrf}
    steps = [
        ("/termbase/import", lambda: {**post, "file": (io.BytesIO(SEED_TERMBASE.read_bytes()), "termbase.csv")}),
        ("/termbase/concepts", lambda: {**post, "key": "lida", "kind": "place"}),
    ]
    seen = [current(database)]
    for url, data in steps:
        web_client.post(url, data=data())
        seen.append(current(database))
    with database.session() as session:
        concept_id = session.scalar(select(Concept.id).where(Concept.key == "lida"))
    web_client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "Ліда"})
    seen.append(current(database))
    with database.session() as session:
        term_id = session.scalar(select(Term.id).where(Term.concept_id == concept_id))
    web_client.post(f"/termbase/terms/{term_id}", data={**post, "text": "Ліда", "status": "admitted"})
    seen.append(current(database))
    web_client.post(f"/termbase/terms/{term_id}/delete", data=post)
    seen.append(current(database))
    assert seen == sorted(set(seen)), seen  # every step moved it forward


def test_editor_sees_a_same_length_edit_made_by_another_process(web_client, database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        document = Document(title="t", source_lang="en", checksum="t",
                            segments=[Segment(position=0, paragraph=0, source_text="The Pohonia Battalion trains.")])
        session.add(document)
        session.flush()
        segment_id = document.segments[0].id

    def targets() -> list[str]:
        hits = web_client.get(f"/api/segments/{segment_id}/be").get_json()["glossary"]
        return [target for hit in hits for target in hit["targets"]]

    assert "Пагоня" in targets()
    with database.session() as session:  # as `workbench glossary` in another process would
        term = session.scalar(select(Term).where(Term.text == "Пагоня"))
        term.text = "Пагоня"[::-1]  # same length, same status, same id
    assert "Пагоня"[::-1] in targets()
