"""The browser editor through Flask's test client: pages, panels, saving, conflicts, filters, exports."""

from __future__ import annotations

import io
import json
import re

import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from sqlalchemy import select

from glossary.models import Concept, Term
from workbench.exchange import all_exporters
from workbench.models import Document, Revision, Segment, Translation
from workbench.translations import save_translation
from workbench.web import create_app
from workbench.web.api import word_diff

SOURCES = [
    "Tsikhanouskaya spoke in Warsaw on Monday.",
    "The battalion has 30 members.",
    "<script>alert('x')</script> is not markup here.",
    "Prokopiev said the war is the key.",
]


def add_document(database, sources=SOURCES, title="Pohonia Battalion") -> int:
    with database.session() as session:
        document = Document(title=title, source_lang="en", checksum="test")
        document.segments = [
            Segment(position=index, paragraph=index // 2, source_text=text) for index, text in enumerate(sources)
        ]
        session.add(document)
        session.flush()
        return document.id


def segment_ids(database, document_id: int) -> list[int]:
    with database.session() as session:
        return list(session.scalars(select(Segment.id).where(Segment.document_id == document_id).order_by(Segment.position)))


@pytest.fixture
def app(database, tmp_path):
    return create_app({"DATABASE_URL": str(database.engine.url.render_as_string(hide_password=False)), "LOGIN_REQUIRED": False})


@pytest.fixture
def client(app):
    client = app.test_client()
    page = client.get("/").get_data(as_text=True)
    client.csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    return client


def post_json(client, url, payload, expect=200):
    response = client.post(url, json=payload, headers={"X-CSRFToken": client.csrf})
    assert response.status_code == expect, response.get_data(as_text=True)
    return response.get_json()


def save(client, segment_id, text, base_version, lang="be", expect=200, **extra):
    return post_json(
        client, f"/api/segments/{segment_id}/{lang}", {"text": text, "base_version": base_version, **extra}, expect
    )


def test_editor_shows_source_and_translation_and_renders_markup_as_text(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    save(client, first, "Ціханоўская выступіла ў Варшаве ў панядзелак.", 0)
    page = client.get(f"/documents/{document_id}/be").get_data(as_text=True)
    assert "Tsikhanouskaya spoke in Warsaw on Monday." in page
    assert "Ціханоўская выступіла" in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert page.count("paragraph-start") == 2  # segments 1 and 3 start paragraphs
    for exporter in all_exporters():
        assert exporter.label in page


def test_save_enforces_the_termbase_and_reports_what_changed(client, database):
    with database.session() as session:
        concept = Concept(key="tsikhanouskaya", kind="person")
        concept.terms = [
            Term(lang="en", text="Tsikhanouskaya", status="preferred"),
            Term(lang="be", text="Ціханоўская", status="preferred"),
            Term(lang="be", text="Тихановская", status="deprecated"),
        ]
        session.add(concept)
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]

    panels = client.get(f"/api/segments/{first}/be").get_json()
    assert panels["glossary"][0]["source"] == "Tsikhanouskaya"
    assert "Ціханоўская" in panels["glossary"][0]["targets"]
    assert (panels["glossary"][0]["insert"], panels["glossary"][0]["case"]) == ("Ціханоўская", "nom")  # the source's subject

    saved = save(client, first, "Тихановская выступіла ў Варшаве ў панядзелак.", 0)
    assert saved["translation"]["text"].startswith("Ціханоўская")
    assert [(c["from"], c["to"]) for c in saved["glossary_changes"]] == [("Тихановская", "Ціханоўская")]

    # Undoing the fix saves the translator's words without enforcing again.
    undone = save(client, first, "Тихановская выступіла ў Варшаве ў панядзелак.", saved["translation"]["version"], enforce_glossary=False)
    assert undone["translation"]["text"].startswith("Тихановская")
    assert undone["glossary_changes"] == []


def test_save_reports_qa_warnings_on_the_stored_text(client, database):
    document_id = add_document(database)
    second = segment_ids(database, document_id)[1]
    saved = save(client, second, "У батальёне 40 чалавек.", 0)
    assert "numbers" in [warning["check"] for warning in saved["qa"]]


def test_a_stale_save_is_refused_and_shows_both_versions(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    mine = save(client, first, "Першы варыянт.", 0)["translation"]
    # Someone else saves on top of version 1 ...
    save(client, first, "Чужы варыянт.", mine["version"])
    # ... and this editor still holds version 1.
    refused = save(client, first, "Мой варыянт.", mine["version"], expect=409)
    assert refused["conflict"]["theirs"]["text"] == "Чужы варыянт."
    assert refused["conflict"]["yours"] == "Мой варыянт."
    # Taking mine: save again on top of their version.
    taken = save(client, first, "Мой варыянт.", refused["conflict"]["theirs"]["version"])
    assert taken["translation"]["text"] == "Мой варыянт."


def test_a_save_over_a_translation_that_appeared_meanwhile_is_a_conflict(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    with database.session() as session:
        save_translation(session, session.get(Segment, first), "be", "Машынны чарнавік.", status="draft", origin="mt")
    refused = save(client, first, "Мой варыянт.", 0, expect=409)
    assert refused["conflict"]["theirs"]["text"] == "Машынны чарнавік."


def test_history_lists_authors_and_restores_an_old_version(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    version = save(client, first, "Старое.", 0)["translation"]["version"]
    version = save(client, first, "Новае.", version)["translation"]["version"]
    history = client.get(f"/api/segments/{first}/be").get_json()["history"]
    assert [entry["text"] for entry in history] == ["Новае.", "Старое."]
    assert {entry["author"] for entry in history} == {"local"}

    restored = post_json(client, f"/api/revisions/{history[1]['id']}/restore", {"base_version": version})
    assert restored["translation"]["text"] == "Старое."
    with database.session() as session:
        assert len(session.scalars(select(Revision)).all()) == 3  # the restore is a revision too


def test_filters_by_status_text_and_paginates(app, client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[0], "Ціханоўская выступіла.", 0)
    url = f"/documents/{document_id}/be"

    def shown(**args):
        page = client.get(url, query_string=args).get_data(as_text=True)
        return [int(found) for found in re.findall(r'data-segment="(\d+)"', page)]

    assert shown(status="translated") == [ids[0]]
    assert shown(status="untranslated") == ids[1:]
    assert shown(q="the") == [ids[1], ids[3]]
    assert shown(q="The", case="1") == [ids[1]]
    assert shown(q="is", word="1") == [ids[2], ids[3]]  # not "this"
    assert shown(q="Ціханоўская", **{"in": "target"}) == [ids[0]]
    assert shown(q="Ціханоўская", **{"in": "source"}) == []

    app.config["PAGE_SIZE"] = 3
    assert shown(page=2) == [ids[3]]
    assert "Page 2 of 2 (4 segments)" in client.get(url, query_string={"page": 2}).get_data(as_text=True)


def test_qa_filter_shows_only_segments_with_warnings(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[1], "У батальёне 40 чалавек.", 0)
    save(client, ids[3], "Пракоп'еў сказаў, што вайна — галоўнае.", 0)
    page = client.get(f"/documents/{document_id}/be", query_string={"qa": "1"}).get_data(as_text=True)
    assert re.findall(r'data-segment="(\d+)"', page) == [str(ids[1])]


def test_search_and_replace_previews_then_applies_only_chosen_segments(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    versions = {segment: save(client, segment, f"Батальён {n}. батальёнам", 0)["translation"]["version"] for n, segment in enumerate(ids[:3])}
    url = f"/api/documents/{document_id}/be/replace"

    preview = post_json(client, url, {"find": "Батальён", "replace": "Полк", "word": True, "case": True})
    assert [match["segment"] for match in preview["matches"]] == ids[:3]
    assert preview["matches"][0]["after"] == "Полк 0. батальёнам"
    with database.session() as session:
        assert session.get(Translation, 1).text.startswith("Батальён")  # a preview changes nothing

    save(client, ids[1], "Батальён зменены.", versions[ids[1]])  # someone edits after the preview
    chosen = {str(ids[0]): versions[ids[0]], str(ids[1]): versions[ids[1]]}
    result = post_json(client, url, {"find": "Батальён", "replace": "Полк", "word": True, "case": True, "apply": True, "segments": chosen})
    assert [entry["segment"] for entry in result["applied"]] == [ids[0]]
    assert result["conflicts"] == [ids[1]]
    texts = {t.segment_id: t.text for t in database.sessionmaker().scalars(select(Translation))}
    assert texts == {ids[0]: "Полк 0. батальёнам", ids[1]: "Батальён зменены.", ids[2]: "Батальён 2. батальёнам"}


def test_tm_matches_show_a_word_diff_against_the_current_source():
    assert word_diff("They are headed by the dissident Prokopiev.", "They are headed by dissident Prokopiev.") == [
        {"op": "equal", "text": "They are headed by "},
        {"op": "delete", "text": "the "},
        {"op": "equal", "text": "dissident Prokopiev."},
    ]


def test_export_downloads_a_file_with_a_safe_name(client, database):
    document_id = add_document(database, title="../../etc/passwd")
    exporter = all_exporters()[0]
    response = client.get(f"/documents/{document_id}/be/export/{exporter.name}")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert "/" not in disposition and ".." not in disposition.split("filename=")[1].replace(f"{document_id}.be", "")
    assert client.get(f"/documents/{document_id}/be/export/no-such-format").status_code == 404


def test_export_reports_segments_that_fell_back_to_the_source(client, database):
    document_id = add_document(database)
    response = client.get(f"/documents/{document_id}/be/export/txt")
    warnings = json.loads(response.headers["X-Workbench-Warnings"])
    assert len(warnings) == 1 and "untranslated, source text used" in warnings[0]


def test_save_rejects_bad_requests_with_clear_errors(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    assert "unknown language" in save(client, first, "x", 0, lang="xx-nope", expect=400)["error"]
    assert "unknown status" in save(client, first, "x", 0, status="done", expect=400)["error"]
    assert "version" in save(client, first, "x", None, expect=400)["error"]
    assert client.post(f"/api/segments/{first}/be", json={"text": "x", "base_version": 0}).status_code == 400  # no CSRF token


def test_documents_screen_shows_progress_and_deletes_after_confirmation(client, database):
    document_id = add_document(database)
    save(client, segment_ids(database, document_id)[0], "Ціханоўская.", 0)
    page = client.get("/").get_data(as_text=True)
    assert "be: untranslated 3, draft 0, translated 1, reviewed 0" in page
    confirm = client.get(f"/documents/{document_id}/delete").get_data(as_text=True)
    assert "cannot be undone" in confirm
    response = client.post(f"/documents/{document_id}/delete", data={"csrf_token": client.csrf})
    assert response.status_code == 303
    with database.session() as session:
        assert session.get(Document, document_id) is None


def test_upload_imports_a_document_and_refuses_oversized_files(app, client, database):
    response = client.post(
        "/documents",
        data={"csrf_token": client.csrf, "lang": "en", "title": "Seed", "file": (SEED_ARTICLE.open("rb"), "seed.txt")},
    )
    assert response.status_code == 303 and "/documents/" in response.headers["Location"]
    editor = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Pohonia Battalion" in editor

    client.post("/documents", data={"csrf_token": client.csrf, "lang": "en", "file": (io.BytesIO(b"\x00\x01\x02binary\xff" * 50), "photo.txt")})
    assert "photo.txt: " in client.get("/").get_data(as_text=True)
    with database.session() as session:
        assert len(session.scalars(select(Document)).all()) == 1  # the bad file left nothing behind

    app.config["MAX_CONTENT_LENGTH"] = 1024
    big = client.post("/documents", data={"csrf_token": client.csrf, "lang": "en", "file": (io.BytesIO(b"x" * 4096), "big.txt")})
    assert big.status_code == 303
    assert "larger than the upload limit" in client.get("/").get_data(as_text=True)


def test_termbase_screen_adds_searches_and_exports_terms(client, database):
    document_id = add_document(database, ["The Pohonia Battalion trains."])
    segment = segment_ids(database, document_id)[0]
    assert client.get(f"/api/segments/{segment}/be").get_json()["glossary"] == []
    post = {"csrf_token": client.csrf}
    client.post("/termbase/concepts", data={**post, "key": "pohonia", "kind": "organisation"})
    with database.session() as session:
        concept_id = session.scalar(select(Concept.id).where(Concept.key == "pohonia"))
    client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "en", "text": "Pohonia", "status": "preferred"})
    client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "Пагоня", "status": "preferred"})
    # The editor sees the new terms at once, without a restart.
    assert client.get(f"/api/segments/{segment}/be").get_json()["glossary"][0]["targets"] == ["Пагоня"]
    assert "Пагоня" in client.get("/termbase", query_string={"q": "пагоня"}).get_data(as_text=True)
    assert "No concepts match" in client.get("/termbase", query_string={"q": "nothing"}).get_data(as_text=True)
    csv = client.get("/termbase/export.csv").get_data(as_text=True)
    assert "Пагоня" in csv


def test_termbase_screen_checks_terms_like_a_termbase_file(client, database):
    post = {"csrf_token": client.csrf}
    client.post("/termbase/concepts", data={**post, "key": "k" * 300, "kind": "person"})
    assert "the concept key has 300 characters" in client.get("/termbase").get_data(as_text=True)
    client.post("/termbase/concepts", data={**post, "key": "kyiv", "kind": "place"})
    with database.session() as session:
        concept_id = session.scalar(select(Concept.id).where(Concept.key == "kyiv"))
    client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "К" * 600})
    assert "the term has 600 characters" in client.get("/termbase").get_data(as_text=True)
    client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "Кіеў", "status": "maybe"})
    assert "status &#39;maybe&#39; is not one of" in client.get("/termbase").get_data(as_text=True)
    # A declension note gives the term its case forms, as in a CSV row.
    client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "Кіеў", "note": "Кіева (gen) Кіеве (loc)"})
    with database.session() as session:
        term = session.scalar(select(Term).where(Term.concept_id == concept_id))
        assert (term.text, term.forms) == ("Кіеў", {"gen": "Кіева", "loc": "Кіеве"})


def test_termbase_import_reports_what_it_did_and_refuses_bad_files(client, database):
    post = {"csrf_token": client.csrf}
    client.post("/termbase/import", data={**post, "file": (SEED_TERMBASE.open("rb"), "termbase.csv")})
    page = client.get("/termbase").get_data(as_text=True)
    assert "Imported termbase.csv" in page and "Ціханоўская" in page
    client.post("/termbase/import", data={**post, "file": (io.BytesIO(b"concept,colour\nx,red\n"), "bad.csv")})
    assert "bad.csv: line 1: missing column(s)" in client.get("/termbase").get_data(as_text=True)
