"""Findings 7, 9 and 10: absurd input gets one clear error (a line, or JSON for the editor),
never a traceback or HTTP 500 — and no save or segment grows without bound."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_support import PASSWORD, csrf, finished_within, log_in, make_app
from sqlalchemy import event, func, select

from workbench import segmentation
from workbench.accounts import add_user
from workbench.models import Document, Segment, Translation
from workbench.qa import run_checks
from workbench.segmentation import MAX_SEGMENT, split_sentences
from workbench.translations import save_translation

HUGE = 10**30


@pytest.fixture
def local(database):
    with database.session() as session:
        document = Document(title="Doc", source_lang="en", checksum="test")
        document.segments = [Segment(position=1, paragraph=1, source_text="Hello, world.")]
        session.add(document)
    app = make_app(database, LOGIN_REQUIRED=False)
    browser = app.test_client()
    browser.csrf = csrf(browser, "/")
    return browser


def post(browser, path, payload):
    return browser.post(path, json=payload, headers={"X-CSRFToken": browser.csrf})


def save(browser, text, base_version=0, segment=1):
    return post(browser, f"/api/segments/{segment}/be", {"text": text, "status": "translated", "base_version": base_version})


@pytest.mark.parametrize("path", [
    f"/documents/1/be?page={HUGE}",
    f"/documents/{HUGE}/be",
    f"/documents/{HUGE}/delete",
    f"/api/segments/{HUGE}/be",
])
def test_numbers_beyond_64_bits_are_not_server_errors(local, path):
    response = local.get(path)
    assert response.status_code in (200, 404), response.status_code


def test_a_revision_id_beyond_64_bits_is_not_found(local):
    assert post(local, f"/api/revisions/{HUGE}/restore", {"base_version": 0}).status_code == 404


@pytest.mark.parametrize("segments", [["1"], {"1": "seven"}, "1", {"1": None}])
def test_a_replace_payload_of_the_wrong_type_is_a_json_error(local, segments):
    assert save(local, "Hello there.").status_code == 200
    response = post(local, "/api/documents/1/be/replace", {"find": "there", "replace": "here", "apply": True, "segments": segments})
    assert response.status_code == 400
    assert "segments must map" in response.get_json()["error"]


@pytest.mark.sqlite_only  # SQLite's max_page_count stands in for a full disk
def test_disk_full_on_save_is_a_json_error_the_editor_shows(local, database, db_url):
    with database.session() as session:
        session.get(Segment, 1).source_text = "Hello, world. " * 1000
    app_engine = local.application.extensions["workbench.database"].engine
    app_engine.dispose()

    @event.listens_for(app_engine, "connect")
    def full_disk(connection, _record):
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    response = save(local, "Прывітанне, свет. " * 1000)
    assert response.status_code == 503
    assert "nothing was saved" in response.get_json()["error"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Translation)) == 0


def test_a_save_far_longer_than_its_source_is_refused(local, database):
    response = save(local, "x" * 5000)
    assert response.status_code == 400
    assert "at most 260 are accepted" in response.get_json()["error"]  # 20 × 13 characters
    assert save(local, "Прывітанне, свет.").status_code == 200


def test_the_save_limit_has_a_configurable_ceiling(local, database, monkeypatch):
    with database.session() as session:
        session.get(Segment, 1).source_text = "word " * 10_000
    monkeypatch.setenv("WORKBENCH_MAX_SAVE_CHARS", "1000")
    assert save(local, "y" * 1001).status_code == 400
    assert save(local, "y" * 1000).status_code == 200


def test_replace_cannot_grow_a_translation_past_the_limit(local):
    version = save(local, "a a a a a").get_json()["translation"]["version"]
    response = post(local, "/api/documents/1/be/replace", {"find": "a", "replace": "b" * 100, "apply": True, "segments": {"1": version}})
    # Each chosen segment is its own transaction: this one is refused, with the reason, and kept.
    assert response.status_code == 200 and response.get_json()["applied"] == []
    assert "at most" in response.get_json()["refused"][0]["error"]


def test_text_without_sentence_breaks_is_cut_into_bounded_segments():
    text = "A. " * 100_000
    spans = split_sentences(text, "en")
    assert len(spans) > 100
    assert max(end - start for start, end in spans) <= MAX_SEGMENT + 2
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    covered = "".join(text[start:end] for start, end in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")
    words = "word " * 10_000
    assert max(end - start for start, end in split_sentences(words, "en")) <= MAX_SEGMENT + 4


def test_normal_sentences_are_not_cut():
    text = "Mr. Smith went to Washington. He met A. Lukashenko there. Then he left."
    assert [text[s:e] for s, e in split_sentences(text, "en")] == [
        "Mr. Smith went to Washington.", "He met A. Lukashenko there.", "Then he left."
    ]


def test_a_file_of_initials_imports_into_bounded_segments_and_exports_back(run_cli, database, tmp_path):
    article = tmp_path / "initials.txt"
    article.write_bytes(b"A. " * 200_000)
    run_cli("import", article)
    with database.session() as session:
        longest = session.scalar(select(func.max(func.length(Segment.source_text))))
        assert longest <= MAX_SEGMENT + 2
    exported = run_cli("export", "1", "--lang", "en").stdout_bytes
    assert exported == article.read_bytes()


def test_a_termbase_csv_field_over_the_csv_limit_is_one_clear_line(run_cli, tmp_path):
    huge = tmp_path / "huge.csv"
    huge.write_text("concept,lang,term,status\nk,en," + "x" * 200_000 + ",preferred\n")
    result = run_cli("glossary", "import", huge, expect_exit=1)
    assert result.stderr.startswith("Error: ") and "field larger than field limit" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_reading_a_long_paragraph_in_blocks_finds_the_same_sentences(monkeypatch):
    seed = Path(__file__).resolve().parents[2] / "seeds" / "pohonia-battalion.en.txt"
    paragraph = seed.read_text(encoding="utf-8").replace("\n\n", " ") * 3  # ~16,000 characters
    blocked = split_sentences(paragraph, "en")
    monkeypatch.setattr(segmentation, "BLOCK", 10**9)
    assert blocked == split_sentences(paragraph, "en")
    assert len(blocked) > 100


def test_a_replace_preview_that_would_grow_a_translation_past_the_limit_is_refused(local, database):
    # "\g<0>" a thousand times over every letter: a megabyte from 100 characters, built, enforced,
    # diffed and checked in the preview (a 20 MB request grows it to gigabytes).
    version = save(local, "a " * 50).get_json()["translation"]["version"]
    growing = {"find": "a", "replace": r"\g<0>" * 1000, "regex": True}
    response = post(local, "/api/documents/1/be/replace", growing)
    assert response.status_code == 400
    assert "at most 260 are accepted" in response.get_json()["error"]
    response = post(local, "/api/documents/1/be/replace", {**growing, "apply": True, "segments": {"1": version}})
    assert response.get_json()["applied"] == [] and "at most 260 are accepted" in response.get_json()["refused"][0]["error"]
    with database.session() as session:
        assert session.scalar(select(Translation.text)) == "a " * 50


@pytest.mark.parametrize(("source", "target"), [
    ("10:30/" * 40_000, "10.31 " * 16_000),  # a timetable without spaces is one segment however long
    ("1,000/" * 40_000, "1 тыс " * 16_000),
    ("5pm/" * 60_000, "17 " * 30_000),
    ("one/" * 60_000, "1 " * 50_000),
    ("1-mile/" * 30_000, "2km/" * 25_000),
    ("1980s/" * 40_000, "80-х/" * 20_000),
])
def test_a_segment_full_of_quantities_is_checked_in_bounded_time(source, target):
    # Each quantity searched the whole target and copied both texts: hours for one segment, on
    # every save and every page that shows it.
    assert finished_within(20, run_checks, source, target, "en", "be")


def test_a_paragraph_of_short_repeated_quotations_is_segmented_in_bounded_time():
    # pysbd's segment() looked each sentence up again from the start of its block: each of 50,000
    # 'A." ' matched every earlier copy (a minute for 200 KB of one paragraph, an hour for an import's 20 MB).
    spans = finished_within(20, split_sentences, 'A." ' * 50_000, "en")
    assert spans[0][0] == 0 and spans[-1][1] == 200_000 - 1


def test_approving_a_long_document_held_for_qa_still_says_so_in_a_cookie_a_browser_keeps(database):
    # The message listed every held segment and rides in the session cookie: 1,500 positions made it
    # over the 4 KB a browser keeps, so the reviewer's page showed no result at all.
    with database.session() as session:
        add_user(session, "reviewer", PASSWORD, "reviewer")
        document = Document(title="Results", source_lang="en", checksum="results")
        document.segments = [Segment(position=n, paragraph=n, source_text=f"Turnout was {n} per cent.") for n in range(1, 1501)]
        session.add(document)
        session.flush()
        for segment in document.segments:  # every figure wrong: QA holds them all
            save_translation(session, segment, "be", f"Яўка склала {segment.position + 1} працэнтаў.", status="translated", origin="human")
    reviewer = log_in(make_app(database), "reviewer")
    request, cookies = {"filter": {}}, []
    while True:
        response = reviewer.post(f"/api/documents/{document.id}/be/approve", json=request, headers={"X-CSRFToken": reviewer.csrf})
        cookies += response.headers.getlist("Set-Cookie")
        answer = response.get_json()
        if answer["next"] is None:
            break
        held = request.get("so_far", {}).get("held", []) + answer["held"]
        request = {"filter": {}, "after": answer["next"], "so_far": {"approved": 0, "held": held}}
    assert all(len(cookie) <= 4093 for cookie in cookies)
    page = reviewer.get(f"/documents/{document.id}/be").get_data(as_text=True)
    assert "1500 left translated for their QA errors: ¶ 1, ¶ 2," in page and "and 1,480 more" in page


@pytest.mark.parametrize(("find", "regex", "said"), [
    # Compiling unrolls counted repeats: 275 MB for this one, and four levels of {100} exhaust any server.
    ("(?:a{1000}){1000}", True, "repeats"),
    ("(?:(?:x{100}){100}){100}", True, "repeats"),
    ("Minsk " * 20_000, False, "at most 10,000 characters"),  # 10 s and 250 MB per megabyte
])
def test_a_search_too_large_to_compile_is_refused_before_it_is(local, find, regex, said):
    draft = {"text": "Увага: {1000000} — так у шаблоне.", "status": "draft", "base_version": 0}
    assert post(local, "/api/segments/1/be", draft).status_code == 200
    response = post(local, "/api/documents/1/be/replace", {"find": find, "replace": "b", "regex": regex})
    assert response.status_code == 400 and said in response.get_json()["error"]
    # Braces in a plain search are letters, not a repeat.
    response = post(local, "/api/documents/1/be/replace", {"find": "{1000000}", "replace": "{n}"})
    assert response.get_json()["matches"][0]["after"] == "Увага: {n} — так у шаблоне."



@pytest.mark.parametrize("bad", ["Кра\x00ма", "Кра\ud800ма", "Кра\udfffма"])
def test_a_nul_or_a_lone_surrogate_in_a_save_or_a_replacement_is_refused_not_a_server_error(local, database, bad):
    # Neither can be stored (PostgreSQL refuses NUL, UTF-8 has no lone surrogate; JSON's \ud800 makes one):
    # the replacement was a 500 for every chosen segment, the save on PostgreSQL too.
    version = save(local, "Прывітанне, свет.").get_json()["translation"]["version"]
    for response in (save(local, bad, version),
                     post(local, "/api/documents/1/be/replace", {"find": "свет", "replace": bad}),
                     post(local, "/api/documents/1/be/replace", {"find": "свет", "replace": bad, "apply": True, "segments": {"1": version}})):
        assert response.status_code == 400 and "U+" in response.get_json()["error"]
    with database.session() as session:
        assert session.scalar(select(Translation.text)) == "Прывітанне, свет."


def test_a_nul_in_a_page_query_or_form_is_refused_not_a_server_error(local):
    # PostgreSQL refuses NUL in a query: a termbase search or an assignment of "a\x00b" was a 500 page.
    assignment = {"role": "translator", "user": "a\x00b", "csrf_token": local.csrf}
    for send in (lambda: local.get("/termbase?q=a%00b"), lambda: local.post("/documents/1/be/assignment", data=assignment)):
        response = send()
        assert response.status_code == 303
        assert "U+0000" in local.get(response.headers["Location"]).get_data(as_text=True)


def test_a_text_of_tens_of_thousands_of_quoted_names_is_read_in_bounded_time():
    # Each quotation's words were asked against every name matched in the whole text: 40,000 of
    # «Лукашэнка» in one line given to `glossary fix` (a pasted list) held it for about a minute.
    from glossary.spans import protected_spans

    text = "«Лукашэнка» " * 40_000
    names = [(12 * n + 1, 12 * n + 10) for n in range(40_000)]
    assert finished_within(15, protected_spans, text, "be", names) == []  # a quoted name alone is no foreign quotation
