"""The termbase screen and the documents list: paged and searched in SQL, with messages,
confirmation and undo for deletes, case forms, and the add form the editor links to."""

from __future__ import annotations

import io
import re

from conftest import SEED_TERMBASE
from sqlalchemy import event, insert, select

from glossary.io import import_file
from glossary.models import Concept, Term
from workbench.models import Document, Segment


def page(web_client, url="/termbase", **args) -> str:
    return web_client.get(url, query_string=args).get_data(as_text=True)


def add_concepts(database, count: int, start: int = 0) -> None:
    with database.session() as session:
        session.execute(insert(Concept), [{"key": f"c{n:06d}", "kind": "term", "note": ""} for n in range(start, start + count)])
        ids = session.scalars(select(Concept.id).where(Concept.key >= f"c{start:06d}")).all()
        session.execute(insert(Term), [{"concept_id": i, "lang": "be", "text": f"Тэрмін {i}", "folded": f"тэрмін {i}",
                                        "status": "preferred", "forms": {}, "note": ""} for i in ids])


def count_statements(database, action) -> int:
    statements = []

    def listener(*args):
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)
    return len(statements)


def concept_keys(html: str) -> list[str]:
    return re.findall(r'<h2 id="concept-\d+">(\S+)', html)


def test_concepts_come_a_page_at_a_time(web_app, web_client, database):
    web_app.config["PAGE_SIZE"] = 50
    add_concepts(database, 120)
    first = page(web_client)
    assert concept_keys(first) == [f"c{n:06d}" for n in range(50)]
    assert "Page 1 of 3 (120 concepts)" in first
    assert concept_keys(page(web_client, page=3)) == [f"c{n:06d}" for n in range(100, 120)]
    assert concept_keys(page(web_client, page=99)) == [f"c{n:06d}" for n in range(100, 120)]  # past the end: the last


def test_a_larger_termbase_costs_no_more_statements(web_app, web_client, database):
    web_app.config["PAGE_SIZE"] = 20
    add_concepts(database, 25)
    small = count_statements(database, lambda: page(web_client, q="тэрмін"))
    add_concepts(database, 500, start=25)
    large = count_statements(database, lambda: page(web_client, q="тэрмін"))
    assert small == large


def test_search_ignores_case_in_every_script_and_takes_wildcards_literally(web_client, database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    assert concept_keys(page(web_client, q="ПАГОНЯ")) == ["pohonia"]
    assert "tsikhanouskaya" in concept_keys(page(web_client, q="ціханоўск"))
    assert "tsikhanouskaya" in concept_keys(page(web_client, q="TSIKHAN"))  # the key
    assert concept_keys(page(web_client, q="%")) == []
    assert "No concepts match “%”" in page(web_client, q="%")


def test_every_change_says_what_it_did(web_client, database):
    post = {"csrf_token": web_client.csrf}
    web_client.post("/termbase/concepts", data={**post, "key": "lida", "kind": "place", "note": "town"})
    assert "Added the concept “lida”." in page(web_client)
    with database.session() as session:
        concept_id = session.scalar(select(Concept.id).where(Concept.key == "lida"))
    web_client.post(f"/termbase/concepts/{concept_id}/terms", data={**post, "lang": "be", "text": "Ліда", "forms": "gen=Ліды"})
    assert "Added the be term “Ліда” to “lida”." in page(web_client)
    with database.session() as session:
        term = session.scalar(select(Term).where(Term.concept_id == concept_id))
        assert term.forms == {"gen": "Ліды"}
    web_client.post(f"/termbase/terms/{term.id}", data={**post, "text": "Ліда", "status": "preferred", "note": "",
                                                    "forms": "gen=Ліды; loc=Лідзе"})
    assert "Saved the be term “Ліда” of “lida”." in page(web_client)
    with database.session() as session:
        assert session.get(Term, term.id).forms == {"gen": "Ліды", "loc": "Лідзе"}
    web_client.post(f"/termbase/terms/{term.id}", data={**post, "text": "Ліда", "forms": "genitive Ліды"})
    assert "forms must look like" in page(web_client)
    web_client.post("/termbase/import", data={**post, "file": (io.BytesIO(SEED_TERMBASE.read_bytes()), "seed.csv")})
    assert "Imported seed.csv: " in page(web_client)


def test_the_form_offers_languages_and_shows_forms(web_client, database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    html = page(web_client, q="kyiv")
    assert re.search(r'<select id="nl-\d+" name="lang" required>\s*<option value="en" >en · English</option>', html)
    assert '<option value="be" >be · Belarusian</option>' in html
    assert re.search(r'name="forms" value="[^"]*gen=Кіева', html)
    with database.session() as session:
        concept_id = session.scalar(select(Concept.id).where(Concept.key == "kyiv"))
    web_client.post(f"/termbase/concepts/{concept_id}/terms", data={"csrf_token": web_client.csrf, "lang": "klingon", "text": "K"})
    assert "unknown language code &#39;klingon&#39;" in page(web_client)


def test_deleting_a_term_asks_first_and_can_be_undone(web_client, database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        term = session.scalar(select(Term).join(Concept).where(Concept.key == "kyiv", Term.lang == "be", Term.status == "preferred"))
        kept = (term.id, term.text, term.status, term.note, dict(term.forms))
    confirm = page(web_client, f"/termbase/terms/{kept[0]}/delete", q="kyiv")
    assert f"Delete the be term “{kept[1]}” of “kyiv”?" in confirm and 'autofocus>Delete</button>' in confirm
    with database.session() as session:
        assert session.get(Term, kept[0]) is not None  # looking is not deleting
    done = web_client.post(f"/termbase/terms/{kept[0]}/delete", data={"csrf_token": web_client.csrf, "q": "kyiv"})
    assert done.headers["Location"] == "/termbase?q=kyiv"
    html = page(web_client, q="kyiv")
    assert f"Deleted the be term “{kept[1]}” of “kyiv”." in html and ">Undo</button>" in html
    web_client.post("/termbase/undo", data={"csrf_token": web_client.csrf})
    assert f"Restored the be term “{kept[1]}” of “kyiv”." in page(web_client)
    with database.session() as session:
        term = session.scalar(select(Term).join(Concept).where(Concept.key == "kyiv", Term.text == kept[1]))
        assert (term.text, term.status, term.note, term.forms) == kept[1:]
    web_client.post("/termbase/undo", data={"csrf_token": web_client.csrf})
    assert "There is no delete to undo." in page(web_client)


def test_deleting_a_concept_asks_first_and_undo_brings_back_every_term(web_client, database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        concept = session.scalar(select(Concept).where(Concept.key == "tsikhanouskaya"))
        before = (concept.kind, concept.note, sorted((t.lang, t.text, t.status, t.note) for t in concept.terms))
        concept_id = concept.id
    assert "Delete the concept “tsikhanouskaya” and its" in page(web_client, f"/termbase/concepts/{concept_id}/delete")
    web_client.post(f"/termbase/concepts/{concept_id}/delete", data={"csrf_token": web_client.csrf})
    assert concept_keys(page(web_client, q="tsikhanouskaya")) == []
    web_client.post("/termbase/undo", data={"csrf_token": web_client.csrf})
    with database.session() as session:
        concept = session.scalar(select(Concept).where(Concept.key == "tsikhanouskaya"))
        assert (concept.kind, concept.note, sorted((t.lang, t.text, t.status, t.note) for t in concept.terms)) == before


def test_the_editor_link_opens_a_filled_in_add_form(web_client, database, web_app):
    with web_app.test_request_context():
        from flask import url_for

        url = url_for("termbase.index", add_term="Пагоня", add_lang="be")
    html = web_client.get(url).get_data(as_text=True)
    assert 'name="text" value="Пагоня" lang="be"' in html
    assert re.search(r'<select id="at-lang" name="lang" required>.*?<option value="be" selected>', html, re.S)
    web_client.post("/termbase/terms", data={"csrf_token": web_client.csrf, "concept": "pohonia", "kind": "organisation",
                                         "lang": "be", "text": "Пагоня", "status": "preferred", "forms": "gen=Пагоні"})
    assert "Added the be term “Пагоня” to the new concept “pohonia”." in page(web_client)
    with database.session() as session:
        concept = session.scalar(select(Concept).where(Concept.key == "pohonia"))
        assert (concept.kind, concept.terms[0].forms) == ("organisation", {"gen": "Пагоні"})


def add_documents(database, count: int) -> None:
    with database.session() as session:
        for number in range(count):
            document = Document(title=f"Document {number}", source_lang="en", checksum=str(number))
            session.add(document)
            session.flush()
            session.execute(insert(Segment), [{"document_id": document.id, "position": p, "paragraph": p,
                                               "source_text": f"Sentence {p}."} for p in range(3)])


def test_documents_come_a_page_at_a_time_with_one_progress_query(web_app, web_client, database):
    web_app.config["PAGE_SIZE"] = 4
    add_documents(database, 3)
    few = count_statements(database, lambda: page(web_client, "/"))
    add_documents(database, 7)
    many = count_statements(database, lambda: page(web_client, "/"))
    assert few == many
    html = page(web_client, "/", page=3)
    assert re.findall(r">(Document \d+)</a>", html) == ["Document 1", "Document 0"]
    assert "Page 3 of 3 (10 documents)" in html


def test_search_follows_every_edit_and_takes_quotes_and_short_needles_literally(web_client, database):
    with database.session() as session:
        session.add(Concept(key="lida-castle", kind="place", terms=[Term(lang="be", text='Замак "Ліда"', status="preferred")]))
    assert concept_keys(page(web_client, q='ЗАМАК "ЛІДА"')) == ["lida-castle"]
    assert concept_keys(page(web_client, q="ід")) == ["lida-castle"]  # too short for a trigram
    assert concept_keys(page(web_client, q="DA-CAS")) == ["lida-castle"]  # the key
    assert concept_keys(page(web_client, q='"ліда" "')) == []
    with database.session() as session:
        session.scalar(select(Term).where(Term.text == 'Замак "Ліда"')).text = "Лідскі замак"
    assert concept_keys(page(web_client, q="замак \"ліда")) == []
    assert concept_keys(page(web_client, q="лідскі")) == ["lida-castle"]
    with database.session() as session:
        session.delete(session.scalar(select(Concept).where(Concept.key == "lida-castle")))
    assert concept_keys(page(web_client, q="лідскі")) == []
    assert concept_keys(page(web_client, q="castle")) == []


def test_the_add_form_starts_with_a_key_and_the_kind_a_name_has_in_its_sentence(web_client):
    sentence = "Lecturer Yanina Kavalchuk said the looms in Orsha would stop on Monday."

    def form(text: str, lang: str = "en") -> str:
        return page(web_client, add_term=text, add_lang=lang, add_source=sentence)

    def kind(html: str) -> str:
        return re.search(r'<select id="at-kind" name="kind">.*?<option selected>(\w+)</option>', html, re.S)[1]

    person = form("Yanina Kavalchuk")
    assert 'id="at-concept" name="concept" value="yanina-kavalchuk"' in person and kind(person) == "person"
    place = form("Orsha")
    assert 'value="orsha"' in place and kind(place) == "place"
    looms = form("looms")
    assert 'value="looms"' in looms and kind(looms) == "term"
    assert 'value="vorsha"' in form("Ворша", "be")  # romanized, as the New names panel keys names


def test_the_server_builds_the_termbase_for_its_languages_before_the_first_request(web_app, database):
    # `workbench serve` warms the cache in a thread: the first translator's panel then waits for
    # no dictionary (the Belarusian matcher reads hunspell's, seconds on a laptop).
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    cache = web_app.extensions["workbench.termbase"]
    with database.session() as session:
        cache.warm(session, ["be", "uk"])
        termbase = cache.get(session)
    assert {"be", "uk"} <= set(termbase._matchers)
    assert "pl" not in termbase._matchers
