"""The browser editor through Flask's test client: pages, panels, saving, conflicts, filters, exports."""

from __future__ import annotations

import html
import io
import json
import re
import time

import polib
import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from sqlalchemy import func, select

from glossary.models import Concept, Term
from workbench.errors import WorkbenchError
from workbench.exchange import all_exporters
from workbench.models import Document, Revision, Segment, Translation
from workbench.qa import run_checks
from workbench.tm import add_units
from workbench.translations import save_machine_draft, save_translation
from workbench.web import create_app
from workbench.web.api import word_diff
from workbench.web.segments import search_pattern

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
    """Save through the API; QA errors do not block it unless ``allow_errors=False`` is given."""
    extra.setdefault("allow_errors", True)
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


def test_qa_errors_block_confirming_until_the_translator_insists(client, database):
    document_id = add_document(database)
    second = segment_ids(database, document_id)[1]
    refused = save(client, second, "У батальёне 40 чалавек.", 0, allow_errors=False, expect=422)
    assert refused["blocked"] and refused["overridable"]
    assert "numbers" in [warning["check"] for warning in refused["qa"] if warning["severity"] == "error"]
    with database.session() as session:
        assert session.scalar(select(Translation).where(Translation.segment_id == second)) is None  # nothing stored

    drafted = save(client, second, "У батальёне 40 чалавек.", 0, status="draft")  # a draft may keep errors
    assert drafted["translation"]["status"] == "draft"
    assert "numbers" in [warning["check"] for warning in drafted["qa"]]
    confirmed = save(client, second, "У батальёне 40 чалавек.", drafted["translation"]["version"])
    assert confirmed["translation"]["status"] == "translated"
    assert "numbers" in [warning["check"] for warning in confirmed["qa"]]


@pytest.mark.parametrize("text", ["", "   "])
@pytest.mark.parametrize("status", ["translated", "reviewed"])
def test_an_empty_translation_is_never_confirmed(client, database, text, status):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    refused = save(client, first, text, 0, status=status, allow_errors=True, expect=422)
    assert not refused["overridable"]
    assert "empty" in refused["error"]
    with database.session() as session:
        segment = session.get(Segment, first)
        with pytest.raises(WorkbenchError, match="empty"):  # nor by any other path
            save_translation(session, segment, "be", text, status=status, origin="po import")
    assert save(client, first, text, 0, status="draft")["translation"]["status"] == "draft"


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
    history = client.get(f"/api/segments/{first}/be").get_json()["history"]["revisions"]
    assert [entry["text"] for entry in history] == ["Новае.", "Старое."]
    assert {entry["author"] for entry in history} == {"local"}
    assert [entry["current"] for entry in history] == [True, False]
    assert history[0]["diff"] == [{"op": "delete", "text": "Старое."}, {"op": "insert", "text": "Новае."}]

    restored = post_json(client, f"/api/revisions/{history[1]['id']}/restore", {"base_version": version})
    assert restored["translation"]["text"] == "Старое."
    with database.session() as session:
        assert len(session.scalars(select(Revision)).all()) == 3  # the restore is a revision too


def test_restoring_a_machine_draft_keeps_it_a_draft_and_records_who_restored_it(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    with database.session() as session:
        save_translation(session, session.get(Segment, first), "be", "Машынны чарнавік.", status="draft", origin="mt", author="mt")
    edited = save(client, first, "Праўка чалавека.", 1)["translation"]
    machine = client.get(f"/api/segments/{first}/be").get_json()["history"]["revisions"][1]
    assert (machine["status"], machine["origin"]) == ("draft", "mt")

    restored = post_json(client, f"/api/revisions/{machine['id']}/restore", {"base_version": edited["version"]})["translation"]

    assert (restored["text"], restored["status"], restored["origin"]) == ("Машынны чарнавік.", "draft", "mt")
    assert restored["updated_by"] == "local"
    with database.session() as session:
        latest = session.scalars(select(Revision).order_by(Revision.id.desc())).first()
        assert (latest.new_status, latest.origin, latest.author) == ("draft", "mt", "local")
    # A draft is not done: the TMX of confirmed translations leaves it out.
    tmx = client.get(f"/documents/{document_id}/be/export/tmx").get_data(as_text=True)
    assert "Машынны чарнавік." not in tmx


def test_history_is_paged_newest_first(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    version = 0
    for n in range(23):
        version = save(client, first, f"Рэдакцыя {n}.", version, status="draft")["translation"]["version"]
    panels = client.get(f"/api/segments/{first}/be").get_json()["history"]
    assert [entry["text"] for entry in panels["revisions"]] == [f"Рэдакцыя {n}." for n in range(22, 12, -1)]
    assert panels["more"] is True
    third = client.get(f"/api/segments/{first}/be/history", query_string={"page": 3}).get_json()
    assert [entry["text"] for entry in third["revisions"]] == ["Рэдакцыя 2.", "Рэдакцыя 1.", "Рэдакцыя 0."]
    assert third["more"] is False and not any(entry["current"] for entry in third["revisions"])
    for bad in ("0", "x", "99999999999999999999"):
        assert client.get(f"/api/segments/{first}/be/history", query_string={"page": bad}).status_code == 400


def test_the_source_language_is_never_a_target(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    page = client.get(f"/documents/{document_id}/en")
    assert page.status_code == 302 and page.headers["Location"].endswith(f"/documents/{document_id}")
    assert client.get(f"/documents/{document_id}").headers["Location"].endswith(f"/documents/{document_id}/be")
    refused = save(client, first, "Tsikhanouskaya spoke.", 0, lang="en", expect=400)
    assert "source language" in refused["error"]
    assert client.get(f"/api/segments/{first}/en").status_code == 400
    with database.session() as session:
        belarusian = Document(title="Навіны", source_lang="be", checksum="be")
        belarusian.segments = [Segment(position=1, paragraph=1, source_text="Прывітанне.")]
        session.add(belarusian)
        session.flush()
        be_id = belarusian.id
    assert client.get(f"/documents/{be_id}").headers["Location"].endswith(f"/documents/{be_id}/uk")
    editor = client.get(f"/documents/{be_id}/uk").get_data(as_text=True)
    assert f'href="/documents/{be_id}/be"' not in editor


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


def test_a_searchs_pages_and_batches_test_only_the_segments_saved_since(app, client, database, monkeypatch):
    """A reviewer searching a live blog pages through the hits, and approve-all asks the search
    again for every batch: each request tested every segment of the document again (0.8 s on
    30,000). A segment is tested again when its text changes, and a document imported where a
    deleted one was (SQLite gives it the same segment ids) is not taken for the old one."""
    from workbench.web import segments

    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    tested = []

    def counting_pattern(*args, **kwargs):
        compiled = search_pattern(*args, **kwargs)

        class Counted:
            pattern, flags = compiled.pattern, compiled.flags

            def search(self, text):
                tested.append(text)
                return compiled.search(text)

        return Counted()

    monkeypatch.setattr(segments, "search_pattern", counting_pattern)

    def hits(document: int, query: str, field: str = "target") -> list[int]:
        page = client.get(f"/documents/{document}/be", query_string={"q": query, "in": field}).get_data(as_text=True)
        return [int(found) for found in re.findall(r'data-segment="(\d+)"', page)]

    first = save(client, ids[0], "Ціханоўская выступіла ў Варшаве.", 0)["translation"]
    assert hits(document_id, "Варшав") == [ids[0]] and len(tested) == len(ids)
    tested.clear()
    assert hits(document_id, "Варшав") == [ids[0]]
    assert client.get(f"/api/documents/{document_id}/be/progress?q=Варшав&in=target").get_json()["filter"]["translated"]["segments"] == 1
    assert tested == []
    save(client, ids[0], "Ціханоўская выступіла ў Вільні.", first["version"])
    assert hits(document_id, "Варшав") == [] and tested == ["Ціханоўская выступіла ў Вільні."]

    assert hits(document_id, "battalion", "source") == [ids[1]]
    assert client.post(f"/documents/{document_id}/delete", data={"csrf_token": client.csrf}).status_code == 303
    again = add_document(database, sources=["Warsaw at night.", "Vilnius at dawn.", "Minsk at noon.", "Kyiv at dusk."])
    assert hits(again, "battalion", "source") == []


def test_the_next_page_of_a_status_filter_goes_on_after_the_segments_just_translated(app, client, database):
    """Page 2 of "untranslated", asked for once page 1 is done, is what page 3 was: the next page
    goes on from the last segment of the page instead, so none is skipped."""
    document_id = add_document(database, sources=[f"Sentence number {n} of the story." for n in range(1, 8)])
    ids = segment_ids(database, document_id)
    app.config["PAGE_SIZE"] = 2
    url = f"/documents/{document_id}/be"
    first_page = client.get(url, query_string={"status": "untranslated"}).get_data(as_text=True)
    assert re.findall(r'data-segment="(\d+)"', first_page) == [str(ids[0]), str(ids[1])]
    for segment_id in ids[:2]:  # the translator confirms the whole page
        save(client, segment_id, "Сказ.", 0, status="translated")
    next_page = html.unescape(re.search(r'data-next-page="([^"]+)"', first_page).group(1))
    answer = client.get(next_page)
    assert answer.status_code == 302
    assert answer.location.endswith(f"#segment-{ids[2]}")
    shown = client.get(answer.location.split("#")[0]).get_data(as_text=True)
    assert re.findall(r'data-segment="(\d+)"', shown) == [str(ids[2]), str(ids[3])]  # not ids[4], ids[5]


def test_qa_filter_shows_only_segments_with_warnings(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[1], "У батальёне 40 чалавек.", 0)
    save(client, ids[3], "Пракоп'еў сказаў, што вайна — галоўнае.", 0)
    page = client.get(f"/documents/{document_id}/be", query_string={"qa": "1"}).get_data(as_text=True)
    assert re.findall(r'data-segment="(\d+)"', page) == [str(ids[1])]



def test_the_qa_list_checks_only_what_changed_since_it_was_last_shown(client, database, monkeypatch):
    """A reviewer pages through a live blog's QA list all day, and the progress line asks it too:
    each request ran QA on every translation of the document again (a second on 3,000 segments).
    A translation is checked again when its text or the termbase changes, not before."""
    from workbench.web import segments

    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    wrong = save(client, ids[1], "У батальёне 40 чалавек.", 0)["translation"]
    save(client, ids[3], "Пракоп'еў сказаў, што вайна — галоўнае.", 0)
    checked = []

    def counted(source, target, *args, **kwargs):
        checked.append(target)
        return run_checks(source, target, *args, **kwargs)

    monkeypatch.setattr(segments, "run_checks", counted)

    def qa_list() -> list[int]:
        page = client.get(f"/documents/{document_id}/be", query_string={"qa": "1"}).get_data(as_text=True)
        return [int(found) for found in re.findall(r'data-segment="(\d+)"', page)]

    assert qa_list() == [ids[1]] and len(checked) == 2
    checked.clear()
    assert qa_list() == [ids[1]]
    assert client.get(f"/api/documents/{document_id}/be/progress?qa=1").get_json()["filter"]["translated"]["segments"] == 1
    assert checked == []
    save(client, ids[1], "У батальёне 30 чалавек.", wrong["version"])
    assert qa_list() == [] and checked == ["У батальёне 30 чалавек."]
    checked.clear()
    add_termbase(database)
    qa_list()
    assert len(checked) == 2


def test_the_qa_filter_shows_each_segments_warnings_on_its_row(client, database):
    """Going through the QA list before delivery, each row says what is wrong, not only the
    segment being edited."""
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[1], "У батальёне 40 чалавек.", 0)
    page = client.get(f"/documents/{document_id}/be", query_string={"qa": "1"}).get_data(as_text=True)
    row = page[page.index(f'id="segment-{ids[1]}"'):]
    row = row[: row.index('<div class="changes"')]
    assert re.search(r'<span class="qa-marker[^"]*"[^>]*>⚠ 2 QA: 2 errors</span>', row)
    assert "numbers missing from the translation: 30" in re.search(r'<ul class="row-qa"[^>]*>(.*?)</ul>', row, re.S).group(1)

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


NEAR_MATCH = "Hrynchuk said in a statement that the bridge in Hrodna would reopen by the end of May."
# The same boilerplate around other news: fuzz.ratio 0.66 against the segment below.
SAME_SHAPE = "Police said in a statement that two suspects in Pinsk were detained at the end of the week."


def test_the_tm_panel_shows_near_matches_down_to_the_configured_similarity(client, database, monkeypatch):
    document_id = add_document(database, ["Hrynchuk said in a statement that the bridge in Hrodna would reopen by the end of the year."])
    with database.session() as session:
        add_units(session, "en", "be", [(NEAR_MATCH, "Грынчук заявіў, што мост адкрыюць да канца траўня."),
                                        (SAME_SHAPE, "Паліцыя заявіла, што затрымала двух падазроных.")], origin="tmx:news.tmx")
    url = f"/api/segments/{segment_ids(database, document_id)[0]}/be"
    assert [match["source"] for match in client.get(url).get_json()["tm"]] == [NEAR_MATCH]
    monkeypatch.setenv("WORKBENCH_TM_MIN_SIMILARITY", "0.6")
    assert [match["source"] for match in client.get(url).get_json()["tm"]] == [NEAR_MATCH, SAME_SHAPE]


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
    editor = client.get(response.headers["Location"], follow_redirects=True).get_data(as_text=True)
    assert "Pohonia Battalion" in editor
    assert re.search(r"Imported “Seed”: \d+ segments, [\d,]+ words\.", editor)

    belarusian = client.post("/documents", data={"csrf_token": client.csrf, "lang": "be", "file": (io.BytesIO("Прывітанне, свет.".encode()), "be.txt")},
                             follow_redirects=True)
    assert belarusian.request.path.endswith("/uk")  # never a be→be editor
    assert "Imported “Прывітанне, свет.”: 1 segment, 2 words." in belarusian.get_data(as_text=True)

    client.post("/documents", data={"csrf_token": client.csrf, "lang": "en", "file": (io.BytesIO(b"\x00\x01\x02binary\xff" * 50), "photo.txt")})
    assert "photo.txt: " in client.get("/").get_data(as_text=True)
    with database.session() as session:
        assert len(session.scalars(select(Document)).all()) == 2  # the bad file left nothing behind

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


def add_termbase(database):
    from glossary.io import import_file

    with database.session() as session:
        import_file(session, SEED_TERMBASE)


def test_replace_goes_through_the_termbase_and_qa_and_supports_regex(client, database):
    add_termbase(database)
    document_id = add_document(database, sources=["Lukashenko spoke on Monday.", "Lukashenko met 3 officers.", "Nothing here."])
    ids = segment_ids(database, document_id)
    versions = [save(client, ids[0], "Лукашэнка выступіў у панядзелак.", 0)["translation"]["version"],
                save(client, ids[1], "Лукашэнка сустрэў 3 афіцэраў.", 0)["translation"]["version"]]
    url = f"/api/documents/{document_id}/be/replace"

    # A forbidden spelling typed as the replacement comes back as the termbase's preferred one.
    preview = post_json(client, url, {"find": "Лукашэнка", "replace": "Лукашенко"})["matches"]
    assert [match["after"] for match in preview] == ["Лукашэнка выступіў у панядзелак.", "Лукашэнка сустрэў 3 афіцэраў."]
    assert preview[0]["glossary_changes"][0]["from"] == "Лукашенко"
    assert preview[0]["glossary_changes"][0]["to"] == "Лукашэнка"

    # A regular expression with a group; the preview marks the changed words and runs QA.
    preview = post_json(client, url, {"find": r"(\d+) афіцэраў", "replace": r"\1 0 афіцэраў", "regex": True})["matches"]
    assert [match["segment"] for match in preview] == [ids[1]]
    assert preview[0]["after"] == "Лукашэнка сустрэў 3 0 афіцэраў."
    assert {"op": "insert", "text": "0 "} in preview[0]["diff"] or any(part["op"] == "insert" for part in preview[0]["diff"])
    assert any(warning["check"] == "numbers" for warning in preview[0]["qa"])

    applied = post_json(client, url, {"find": "Лукашэнка", "replace": "Лукашенко", "apply": True,
                                      "segments": {str(ids[0]): versions[0]}})["applied"]
    assert applied[0]["translation"]["text"] == "Лукашэнка выступіў у панядзелак."  # enforced, as a save is
    assert applied[0]["glossary_changes"][0]["from"] == "Лукашенко"

    assert "regular expression" in post_json(client, url, {"find": "(", "replace": "x", "regex": True}, 400)["error"]
    assert "replacement" in post_json(client, url, {"find": "а", "replace": r"\9", "regex": True}, 400)["error"]
    bad = post_json(client, url, {"find": "а", "replace": "б", "apply": True, "segments": ["1"]}, 400)
    assert "segments" in bad["error"]


def test_a_backtracking_replace_expression_ends_in_an_error_and_changes_nothing(client, database):
    document_id = add_document(database, sources=["One.", "Two."])
    ids = segment_ids(database, document_id)
    versions = {str(segment): save(client, segment, "a" * 40 + "!", 0)["translation"]["version"] for segment in ids}
    url = f"/api/documents/{document_id}/be/replace"
    evil = {"find": r"(a|aa)+$", "replace": "b", "regex": True}  # backtracks for hours without the limit
    started = time.monotonic()
    assert "simpler" in post_json(client, url, evil, 400)["error"]
    refused = post_json(client, url, {**evil, "apply": True, "segments": versions})["refused"]
    assert [row["segment"] for row in refused] == ids and all("simpler" in row["error"] for row in refused)
    assert time.monotonic() - started < 30
    with database.session() as session:
        assert set(session.scalars(select(Translation.text))) == {"a" * 40 + "!"}


def test_replacing_a_confirmed_text_with_nothing_is_refused_not_saved(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    version = save(client, first, "Выдаліць.", 0)["translation"]["version"]
    result = post_json(client, f"/api/documents/{document_id}/be/replace",
                       {"find": "Выдаліць.", "replace": "", "apply": True, "segments": {str(first): version}})
    assert result["applied"] == [] and "empty" in result["refused"][0]["error"]


def test_a_conflict_carries_the_status_the_translator_was_saving_with(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    save(client, first, "Іх версія.", 0)
    refused = save(client, first, "Мая чарнавая версія.", 0, status="draft", expect=409)
    assert refused["conflict"]["status"] == "draft"


def test_progress_counts_segments_and_words_per_status_for_the_document_and_the_filter(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[1], "У батальёне 30 чалавек.", 0)  # "The battalion has 30 members." = 5 words
    url = f"/api/documents/{document_id}/be/progress"
    document = client.get(url).get_json()["document"]
    assert document["translated"] == {"segments": 1, "words": 5}
    assert document["untranslated"]["segments"] == 3
    assert document["untranslated"]["words"] == 7 + 7 + 7  # placeholders-free sources, counted on insert
    filtered = client.get(url, query_string={"q": "battalion"}).get_json()
    assert filtered["filter"]["translated"] == {"segments": 1, "words": 5}
    assert sum(counts["segments"] for counts in filtered["filter"].values()) == 1


def test_word_counts_ignore_markup_placeholders(database):
    from workbench.documents import import_document

    with database.session() as session:
        document = import_document(session, b"<p>Hello <b>dear</b> friend, it's 2020-2021.</p>", filename="a.html", lang="en")
        session.flush()
        assert [segment.word_count for segment in document.segments] == [5]


def test_repetitions_are_offered_then_applied(client, app, database):
    sources = ["Slava Ukraini!", "Something else.", "Slava Ukraini!", "Slava Ukraini!"]
    document_id = add_document(database, sources=sources)
    ids = segment_ids(database, document_id)
    save(client, ids[3], "Слава Украіне (ужо).", 0)  # a person's work is never overwritten
    saved = save(client, ids[0], "Слава Украіне!", 0)
    assert saved["repetitions"] == 1 and saved["propagated"] == []
    applied = post_json(client, f"/api/segments/{ids[0]}/be/propagate", {})["applied"]
    assert [(entry["segment"], entry["translation"]["text"]) for entry in applied] == [(ids[2], "Слава Украіне!")]
    with database.session() as session:
        texts = {t.segment_id: (t.text, t.status) for t in session.scalars(select(Translation))}
    assert texts[ids[3]] == ("Слава Украіне (ужо).", "translated")

    app.config["REPETITIONS"] = "apply"
    other = add_document(database, sources=sources)
    other_ids = segment_ids(database, other)
    saved = save(client, other_ids[0], "Слава Украіне!", 0)
    assert sorted(entry["segment"] for entry in saved["propagated"]) == [other_ids[2], other_ids[3]]
    assert save(client, other_ids[1], "Нешта.", 0, status="draft")["propagated"] == []


def test_comments_are_shown_listed_and_exported(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    url = f"/api/segments/{ids[1]}/be/comments"
    first = post_json(client, url, {"text": "Check the number with the desk."}, 201)
    assert (first["author"], first["lang"]) == ("local", "be")
    post_json(client, f"/api/segments/{ids[1]}/pl/comments", {"text": "<b>Also</b> in Polish?"}, 201)
    assert "write the comment" in post_json(client, url, {"text": "  "}, 400)["error"]

    panels = client.get(f"/api/segments/{ids[1]}/uk").get_json()  # every language sees them
    assert [c["text"] for c in panels["comments"]] == ["Check the number with the desk.", "<b>Also</b> in Polish?"]
    listing = client.get(f"/api/documents/{document_id}/be/comments").get_json()
    assert [(c["position"], c["text"]) for c in listing["comments"]] == [(1, "<b>Also</b> in Polish?"), (1, "Check the number with the desk.")]

    po = client.get(f"/documents/{document_id}/be/export/po").get_data(as_text=True)
    assert "# local: Check the number with the desk.\n" in po
    import polib

    entry = next(e for e in polib.pofile(po) if e.msgid == SOURCES[1])
    assert "local: Check the number with the desk." in entry.tcomment
    xliff = client.get(f"/documents/{document_id}/be/export/xliff").get_data(as_text=True)
    assert '<note category="comment">local: Check the number with the desk.</note>' in xliff
    xliff12 = client.get(f"/documents/{document_id}/be/export/xliff12").get_data(as_text=True)
    assert '<note from="translator">local: &lt;b&gt;Also&lt;/b&gt; in Polish?</note>' in xliff12


def test_presence_shows_who_else_has_the_document_open(client, database):
    from datetime import timedelta

    from workbench.models import Presence, utcnow

    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    with database.session() as session:
        session.add(Presence(document_id=document_id, user_name="olga", lang="pl", segment_id=ids[2]))
        session.add(Presence(document_id=document_id, user_name="gone", lang="be", segment_id=ids[0],
                             seen_at=utcnow() - timedelta(minutes=5)))
    url = f"/api/documents/{document_id}/be/presence"
    others = post_json(client, url, {"segment": ids[1]})["others"]
    assert others == [{"user": "olga", "lang": "pl", "segment": ids[2]}]
    post_json(client, url, {"segment": "nonsense"})
    with database.session() as session:
        assert {(p.user_name, p.segment_id) for p in session.scalars(select(Presence))} == {("olga", ids[2]), ("local", None)}


def test_the_editor_works_under_a_url_prefix(app, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    client = app.test_client()
    page = client.get(f"/documents/{document_id}/be", base_url="http://localhost/desk").get_data(as_text=True)
    urls = dict(re.findall(r'data-([a-z-]+-url)="([^"]+)"', page))
    assert urls and all(value.startswith("/desk/") for value in urls.values()), urls
    assert urls["panels-url"] == "/desk/api/segments/2147483647/be"
    assert 'src="/desk/static/editor/main.js"' in page
    # No inline script and no on* handler attribute: the page runs under script-src 'self'.
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)
    assert not re.search(r"\son[a-z]+=", page)
    panels = urls["panels-url"].replace("2147483647", str(first)).removeprefix("/desk")
    assert client.get(panels, base_url="http://localhost/desk").status_code == 200


def test_draft_this_segment_returns_the_machine_draft_and_alternatives(client, database, run_cli):
    from mt_models import copy_packages

    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    assert "no route" in post_json(client, f"/api/segments/{first}/pl/draft", {}, 400)["error"]
    run_cli("models", "install", copy_packages()["en-pl"])  # while the editor runs
    draft = post_json(client, f"/api/segments/{first}/pl/draft", {})
    assert draft["text"] == SOURCES[0]  # the copy model echoes its input
    assert draft["route"] == "argos en→pl"
    assert isinstance(draft["alternatives"], list)
    with database.session() as session:
        assert session.scalar(select(Translation).where(Translation.segment_id == first)) is None  # nothing stored


def test_original_layout_export_on_the_cli_counts_drafts_and_fallbacks(run_cli, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    with database.session() as session:
        for segment_id, status in ((ids[0], "translated"), (ids[1], "draft"), (ids[2], "draft")):
            save_translation(session, session.get(Segment, segment_id), "be", f"Тэкст {segment_id}.", status=status, origin="mt")
    result = run_cli("export", document_id, "--lang", "be", "--format", "txt")
    assert f"document {document_id} (be): 1 segment untranslated, source text used: 3" in result.stderr
    assert f"document {document_id} (be): 2 segments unconfirmed (draft), exported as drafted: 1-2" in result.stderr


def test_a_reviewed_only_export_leaves_out_what_no_reviewer_approved(run_cli, client, database, tmp_path):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    with database.session() as session:
        for segment_id, status in ((ids[0], "reviewed"), (ids[1], "translated"), (ids[2], "draft")):
            save_translation(session, session.get(Segment, segment_id), "be", f"Тэкст {segment_id}.", status=status, origin="mt")
    # The PO file: the unreviewed translations go out untranslated; without the option they are there.
    run_cli("export", document_id, "--lang", "be", "--format", "po", "--reviewed-only", "-o", tmp_path / "reviewed.po")
    entries = {entry.msgctxt: entry for entry in polib.pofile(str(tmp_path / "reviewed.po"))}
    assert [entries[f"doc{document_id}-seg{i}"].msgstr for i in ids[:3]] == [f"Тэкст {ids[0]}.", "", ""]
    run_cli("export", document_id, "--lang", "be", "--format", "po", "-o", tmp_path / "all.po")
    assert sum(bool(entry.msgstr) for entry in polib.pofile(str(tmp_path / "all.po"))) == 3
    # The original layout from the editor's checkbox: the source text, and a warning saying why.
    response = client.get(f"/documents/{document_id}/be/export/txt?reviewed=1")
    text = response.get_data(as_text=True)
    assert f"Тэкст {ids[0]}." in text and f"Тэкст {ids[1]}." not in text
    assert f"{len(ids) - 1} segments not reviewed, source text used: 1-{len(ids) - 1}" in json.loads(response.headers["X-Workbench-Warnings"])[0]
    # TMX keeps reviewed units only.
    tmx = client.get(f"/documents/{document_id}/be/export/tmx?reviewed=1").get_data(as_text=True)
    assert tmx.count("<tu ") == 1


def test_words_the_mt_did_not_know_are_listed_until_a_person_edits_the_draft(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    with database.session() as session:
        draft = save_translation(session, session.get(Segment, first), "be", "Некаторыя беларусы пайшлі ваяваць.",
                                 status="draft", origin="mt", author="mt")
        draft.mt_unknown = ["ваяваць"]
    assert client.get(f"/api/segments/{first}/be").get_json()["mt"]["unknown"] == ["ваяваць"]
    save(client, first, "Некаторыя беларусы пайшлі змагацца.", draft.version)
    assert client.get(f"/api/segments/{first}/be").get_json()["mt"]["unknown"] == []


@pytest.mark.parametrize("typed", ["xx", "de", "belarusian"])
def test_a_language_typed_in_the_address_that_is_no_target_says_so(client, database, typed):
    document_id = add_document(database)
    page = client.get(f"/documents/{document_id}/{typed}", follow_redirects=True)
    html = page.get_data(as_text=True)
    assert page.request.path == f"/documents/{document_id}/be"  # the first target language instead
    assert re.search(rf"“{typed}” is not a language this document is translated into \(be, uk, pl, ru\)", html)
    assert client.get(f"/documents/{document_id}/BE").status_code == 200  # a code in capitals is still that language


def test_a_second_reviewer_approving_the_same_text_at_once_is_told_not_refused(client, database):
    document_id = add_document(database)
    first = segment_ids(database, document_id)[0]
    translated = save(client, first, "Ціханоўская выступіла ў Варшаве ў панядзелак.", 0, status="translated")["translation"]
    save(client, first, translated["text"], translated["version"], status="reviewed")  # the first reviewer
    second = save(client, first, translated["text"], translated["version"], status="reviewed")  # the same, a moment later
    assert second["translation"]["status"] == "reviewed" and second["translation"]["version"] == translated["version"] + 1
    assert second["already"] == "local had already saved this text as reviewed."
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Revision).where(Revision.translation_id == session.scalar(
            select(Translation.id).where(Translation.segment_id == first)))) == 2  # no revision for the repeat
    # a different text, or the same text with another status, is still a conflict to look at
    save(client, first, translated["text"], translated["version"], status="translated", expect=409)
    save(client, first, "Іншы тэкст.", translated["version"], status="reviewed", expect=409)


def test_a_reviewer_sees_what_the_translator_changed_in_the_machine_draft(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    with database.session() as session:
        for segment_id, draft in ((ids[0], "Ціханоўская выступіла ў Варшаве ў панядзелак."), (ids[1], "У батальёне 30 чалавек.")):
            save_machine_draft(session, session.get(Segment, segment_id), "be", draft, origin="mt", route="test", raw_mt=draft)
    edited = save(client, ids[0], "Ціханоўская выступіла ў панядзелак у Варшаве.", 1)["translation"]
    assert edited["status"] == "translated"
    save(client, ids[1], "У батальёне 30 чалавек.", 1)
    save(client, ids[1], "У батальёне 30 чалавек.", 2, status="reviewed")  # a reviewer's save is no machine draft
    save(client, ids[2], "<script>alert('x')</script> тут не разметка.", 0)

    edits = client.get(f"/api/segments/{ids[0]}/be").get_json()["mt"]["edits"]
    assert edits["edited"] is True and edits["draft"] == "Ціханоўская выступіла ў Варшаве ў панядзелак."
    assert {"op": "insert", "text": "панядзелак у Варшаве."} in edits["diff"]
    assert client.get(f"/api/segments/{ids[1]}/be").get_json()["mt"]["edits"]["edited"] is False
    assert client.get(f"/api/segments/{ids[2]}/be").get_json()["mt"]["edits"] is None  # never a machine draft

    page = client.get(f"/documents/{document_id}/be").get_data(as_text=True)
    markers = re.findall(r'<span class="mt-edit[^"]*"[^>]*>([^<]*)</span>', page)
    assert markers == ["MT edited", "MT unchanged", "", ""]


def test_going_on_to_review_opens_the_page_of_the_next_translated_segment(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    save(client, ids[3], "Пракоп'еў сказаў, што вайна — гэта ключ.", 0)
    client.application.config["PAGE_SIZE"] = 2
    sought = client.get(f"/documents/{document_id}/be?at=1&seek=translated")
    assert sought.headers["Location"].endswith(f"/documents/{document_id}/be?page=2#segment-{ids[3]}")
    # Nothing translated from there on: the segment asked for, as without seek.
    assert client.get(f"/documents/{document_id}/be?at=3&seek=translated").headers["Location"].endswith(
        f"?page=2#segment-{ids[3]}")
    save(client, ids[3], "Пракоп'еў сказаў, што вайна — гэта ключ.", 1, status="reviewed")
    assert client.get(f"/documents/{document_id}/be?at=1&seek=translated").headers["Location"].endswith(
        f"?page=1#segment-{ids[1]}")


def test_an_answer_to_a_comment_names_the_comment_it_answers(client, database):
    document_id = add_document(database)
    ids = segment_ids(database, document_id)
    question = post_json(client, f"/api/segments/{ids[2]}/be/comments", {"text": "Is the surname spelt right?"}, 201)
    answer = post_json(client, f"/api/segments/{ids[2]}/be/comments", {"text": "Yes, keep it.", "parent": question["id"]}, 201)
    assert (question["parent"], answer["parent"]) == (None, question["id"])
    again = post_json(client, f"/api/segments/{ids[2]}/be/comments", {"text": "Thanks.", "parent": answer["id"]}, 201)

    panels = client.get(f"/api/segments/{ids[2]}/be").get_json()
    assert [(c["text"], c["parent"]) for c in panels["comments"]] == [
        ("Is the surname spelt right?", None), ("Yes, keep it.", question["id"]), ("Thanks.", answer["id"])]
    listing = client.get(f"/api/documents/{document_id}/be/comments").get_json()["comments"]
    assert [(c["text"], c["answering"]) for c in listing] == [
        ("Thanks.", "local"), ("Yes, keep it.", "local"), ("Is the surname spelt right?", None)]
    assert again["parent"] == answer["id"]

    # An answer stays on the question's segment; nonsense ids are refused with the reason.
    elsewhere = post_json(client, f"/api/segments/{ids[1]}/be/comments", {"text": "Here?", "parent": question["id"]}, 400)
    assert "not on this segment" in elsewhere["error"]
    for parent in ("1", True, 0, 2**64, 999_999):
        post_json(client, f"/api/segments/{ids[2]}/be/comments", {"text": "Odd.", "parent": parent}, 400)


def test_presence_brings_the_comments_of_the_segment_and_only_of_this_document(client, database):
    document_id, other_id = add_document(database), add_document(database, title="Другі")
    mine, theirs = segment_ids(database, document_id)[0], segment_ids(database, other_id)[0]
    post_json(client, f"/api/segments/{mine}/be/comments", {"text": "Whose quote is this?"}, expect=201)
    post_json(client, f"/api/segments/{theirs}/be/comments", {"text": "Another story's note."}, expect=201)
    url = f"/api/documents/{document_id}/be/presence"
    assert [c["text"] for c in post_json(client, url, {"segment": mine})["comments"]] == ["Whose quote is this?"]
    assert post_json(client, url, {"segment": theirs})["comments"] == []
    assert post_json(client, url, {})["comments"] == []
