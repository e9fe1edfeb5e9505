"""Who does what: assigning a document's languages in the web app and on the command line."""

from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import select

from workbench.accounts import add_user, find_user, remove_user
from workbench.collaboration import assign
from workbench.documents import delete_document
from workbench.models import Assignment, AssignmentChange, Document, Segment, Translation
from workbench.translations import save_translation
from workbench.web import create_app

PASSWORD = "a long newsroom password"


def _document(session, title: str) -> int:
    document = Document(title=title, source_lang="en", checksum=title)
    document.segments = [Segment(position=1, paragraph=1, source_text="The mayor opened the bridge on Monday.")]
    session.add(document)
    session.flush()
    return document.id


@pytest.fixture
def newsroom(database):
    """Two translators, a reviewer, an admin and two stories; the app requires logins."""
    with database.session() as session:
        for name, role in (("olena", "translator"), ("taras", "translator"), ("petro", "reviewer"), ("chief", "admin")):
            add_user(session, name, PASSWORD, role)
        stories = {"bridge": _document(session, "Bridge opens"), "flood": _document(session, "Flood warning")}
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)})
    return app, stories


def _csrf(client, path: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def log_in(app, name: str):
    client = app.test_client()
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": _csrf(client, "/login")})
    assert response.status_code == 302
    client.csrf = _csrf(client, "/")
    return client


def post_assignment(client, document_id: int, lang: str, user: str, role: str = "translator", *, page: str | None = None):
    """The form post, as from ``page`` (the editor by default); answers the page it leads back to."""
    page = page or f"/documents/{document_id}/{lang}"
    response = client.post(f"/documents/{document_id}/{lang}/assignment", headers={"Referer": f"http://localhost{page}"},
                           data={"role": role, "user": user, "csrf_token": client.csrf})
    assert response.status_code == 303, response.get_data(as_text=True)
    return text_of(client.get(response.headers["Location"]))


def text_of(response) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))).replace("\xa0", " ")


def words(text: str) -> str:
    return " ".join(text.split())


def warning_of(client, document_id: int, lang: str) -> str:
    page = client.get(f"/documents/{document_id}/{lang}").get_data(as_text=True)
    return html.unescape(re.search(r'data-warning="([^"]*)"', page).group(1))


def header(client, document_id: int, lang: str) -> str:
    """The editor header's assignment line (HTML)."""
    page = client.get(f"/documents/{document_id}/{lang}").get_data(as_text=True)
    return page.split('id="assignment"', 1)[1].split("</div>", 1)[0]


def test_an_admin_assigns_a_language_and_everyone_sees_who_has_it(newsroom):
    app, stories = newsroom
    chief, olena, taras = log_in(app, "chief"), log_in(app, "olena"), log_in(app, "taras")
    answer = post_assignment(chief, stories["bridge"], "uk", "olena")
    assert "“Bridge opens” uk: translator olena." in words(answer)
    assert "Translator: olena" in words(answer)  # back in the editor, its header says so

    listing = words(text_of(taras.get("/")))
    assert "olena" in listing and "Flood warning" in listing
    assert "Translator: olena" in words(text_of(taras.get(f"/documents/{stories['bridge']}/uk")))
    # Only in that language: Belarusian has nobody.
    assert "Translator: nobody" in words(text_of(taras.get(f"/documents/{stories['bridge']}/be")))
    assert warning_of(taras, stories["bridge"], "uk") == "Ukrainian of this document is assigned to olena (translator)."
    assert warning_of(olena, stories["bridge"], "uk") == ""
    assert warning_of(taras, stories["bridge"], "be") == ""


def test_reassigning_says_who_had_it_and_the_history_keeps_every_change(newsroom, database):
    app, stories = newsroom
    chief = log_in(app, "chief")
    post_assignment(chief, stories["bridge"], "uk", "olena")
    post_assignment(chief, stories["bridge"], "uk", "petro", role="reviewer")
    answer = post_assignment(chief, stories["bridge"], "uk", "taras")
    assert "uk: translator taras (was olena)." in words(answer)
    cleared = post_assignment(chief, stories["bridge"], "uk", "")
    assert "uk: no translator (was taras)." in words(cleared)

    history = words(text_of(chief.get(f"/documents/{stories['bridge']}/assignments")))
    assert history.index("chief: uk translator taras → nobody") < history.index("chief: uk translator olena → taras")
    assert "chief: uk reviewer nobody → petro" in history
    assert "chief: uk translator nobody → olena" in history
    with database.session() as session:  # one row per change, none for the page views
        assert len(session.scalars(select(AssignmentChange)).all()) == 4


def test_a_translator_claims_a_free_language_and_gives_back_only_their_own(newsroom):
    app, stories = newsroom
    olena, taras = log_in(app, "olena"), log_in(app, "taras")
    bridge = stories["bridge"]
    assert "uk: translator taras." in words(post_assignment(taras, bridge, "uk", "taras"))
    refused = words(post_assignment(olena, bridge, "uk", "olena"))
    assert "uk is assigned to taras as translator; a reviewer or admin can reassign it" in refused
    assert "only reviewers and admins assign others" in words(post_assignment(olena, bridge, "be", "taras"))
    assert "uk is assigned to taras" in words(post_assignment(olena, bridge, "uk", ""))  # not hers to give back
    assert "may not review" in words(post_assignment(olena, bridge, "pl", "olena", role="reviewer"))
    assert "Translator: taras" in words(text_of(olena.get(f"/documents/{bridge}/uk")))

    assert ">Give back<" in header(taras, bridge, "uk")
    assert ">Claim<" not in header(olena, bridge, "uk") and ">Give back<" not in header(olena, bridge, "uk")
    assert ">Claim<" in header(olena, bridge, "be") and ">Claim review<" not in header(olena, bridge, "be")
    assert "uk: no translator (was taras)." in words(post_assignment(taras, bridge, "uk", ""))
    assert "uk: translator olena." in words(post_assignment(olena, bridge, "uk", "olena"))


def test_a_reviewer_assigns_others_but_only_reviewers_review(newsroom):
    app, stories = newsroom
    petro = log_in(app, "petro")
    assert "pl: translator olena." in words(post_assignment(petro, stories["flood"], "pl", "olena"))
    refused = words(post_assignment(petro, stories["flood"], "pl", "taras", role="reviewer"))
    assert "taras is a translator and may not review; choose a reviewer or an admin" in refused
    assert "pl: reviewer petro." in words(post_assignment(petro, stories["flood"], "pl", "petro", role="reviewer"))
    assert "no user 'nadia'" in words(post_assignment(petro, stories["flood"], "ru", "nadia"))
    assert "is the source language" in words(post_assignment(petro, stories["flood"], "en", "olena", page="/"))


def test_assigned_to_me_lists_only_the_documents_i_have_a_language_of(newsroom):
    app, stories = newsroom
    chief, olena, taras = log_in(app, "chief"), log_in(app, "olena"), log_in(app, "taras")
    post_assignment(chief, stories["flood"], "ru", "olena")
    mine = words(text_of(olena.get("/documents/assigned-to-me")))
    assert "Flood warning" in mine and "Bridge opens" not in mine
    assert "Assigned to me" in words(text_of(olena.get("/")))  # the filter is one click away
    assert "Nothing is assigned to you." in words(text_of(taras.get("/documents/assigned-to-me")))


def test_assignment_forms_need_the_csrf_token_and_a_known_document(newsroom):
    app, stories = newsroom
    chief = log_in(app, "chief")
    forged = chief.post(f"/documents/{stories['bridge']}/uk/assignment", data={"role": "translator", "user": "olena"})
    assert forged.status_code == 400 and "CSRF" in forged.get_data(as_text=True)
    missing = chief.post("/documents/999/uk/assignment", data={"role": "translator", "user": "olena", "csrf_token": chief.csrf})
    assert missing.status_code == 404 and "no document with id 999" in text_of(missing)
    assert chief.get("/documents/999/assignments").status_code == 404
    app.test_client().post(f"/documents/{stories['bridge']}/uk/assignment", data={"role": "translator", "user": "olena"})
    assert "Translator: nobody" in words(text_of(chief.get(f"/documents/{stories['bridge']}/uk")))


def test_a_removed_user_or_document_takes_its_assignments_along_but_not_the_history(newsroom, database):
    app, stories = newsroom
    chief = log_in(app, "chief")
    post_assignment(chief, stories["bridge"], "uk", "olena")
    post_assignment(chief, stories["flood"], "uk", "olena")
    with database.session() as session:
        remove_user(session, find_user(session, "olena"))
    assert "Translator: nobody" in words(text_of(chief.get(f"/documents/{stories['bridge']}/uk")))
    assert "nobody → olena" in words(text_of(chief.get(f"/documents/{stories['bridge']}/assignments")))
    with database.session() as session:
        delete_document(session, session.get(Document, stories["flood"]))
    with database.session() as session:
        assert session.scalars(select(Assignment)).all() == []
        assert {change.document_id for change in session.scalars(select(AssignmentChange))} == {stories["bridge"]}


def test_without_logins_nothing_nags_the_local_user(web_client, database):
    with database.session() as session:
        add_user(session, "olena", PASSWORD, "translator")
        story = _document(session, "Bridge opens")
    editor = web_client.get(f"/documents/{story}/uk").get_data(as_text=True)
    assert 'id="assignment"' not in editor  # nothing assigned: no line about it
    assert "Assigned to me" not in text_of(web_client.get("/"))
    response = web_client.post(f"/documents/{story}/uk/assignment", headers={"Referer": f"http://localhost/documents/{story}/uk"},
                               data={"role": "translator", "user": "olena", "csrf_token": web_client.csrf})
    assert response.status_code == 303
    assert "Translator: olena" in words(text_of(web_client.get(f"/documents/{story}/uk")))
    assert warning_of(web_client, story, "uk") == ""  # the local user is never warned
    assert "olena" in words(text_of(web_client.get("/")))


def test_cli_assigns_clears_and_the_documents_listing_shows_it(run_cli, database):
    with database.session() as session:
        add_user(session, "olena", PASSWORD, "translator")
        add_user(session, "petro", PASSWORD, "reviewer")
        story = _document(session, "Bridge opens")
    assert run_cli("documents", "assign", story, "uk", "olena", "--by", "chief").stdout.strip() == f"document {story} uk: translator olena"
    assert run_cli("documents", "assign", story, "uk", "petro", "--role", "reviewer").stdout.strip().endswith("uk: reviewer petro")
    listing = run_cli("docs").stdout
    assert re.search(r"Ukrainian .*translator olena, reviewer petro", listing)
    assert run_cli("docs", "--json").stdout.count('"assigned": {"uk": {"translator": "olena", "reviewer": "petro"}}') == 1
    assert "no translator (was olena)" in run_cli("documents", "assign", story, "uk", "--clear").stdout
    assert "olena is a translator and may not review" in run_cli(
        "documents", "assign", story, "pl", "olena", "--role", "reviewer", expect_exit=1).stderr
    assert "give --clear" in run_cli("documents", "assign", story, "pl", expect_exit=1).stderr
    assert "not a language document" in run_cli("documents", "assign", story, "en", "olena", expect_exit=1).stderr
    with database.session() as session:
        assert [(c.changed_by, c.old_user, c.new_user) for c in session.scalars(select(AssignmentChange).order_by(AssignmentChange.id))][0] == (
            "chief", "", "olena")


def test_a_reviewer_finds_what_waits_for_review_on_the_documents_list(newsroom, database):
    app, stories = newsroom
    with database.session() as session:
        segment = session.scalar(select(Segment).where(Segment.document_id == stories["flood"]))
        save_translation(session, segment, "uk", "Мер відкрив міст у понеділок.", status="translated", origin="human", author="olena")
        save_translation(session, segment, "pl", "Burmistrz otworzył most.", status="draft", origin="human", author="taras")
    petro = log_in(app, "petro")
    listing = petro.get("/").get_data(as_text=True)
    links = re.findall(r'<a class="small to-review" href="([^"]+)">([^<]+)</a>', listing)
    assert links == [(f"/documents/{stories['flood']}/uk?status=translated", "1 to review")]  # a draft waits for its translator
    assert "to review" not in log_in(app, "olena").get("/").get_data(as_text=True)  # translators review nothing


def test_a_reviewer_approves_a_whole_document_but_what_qa_refuses(newsroom, database):
    app, stories = newsroom
    with database.session() as session:
        document = session.get(Document, stories["flood"])
        document.segments += [Segment(position=2, paragraph=1, source_text="The storm closed 2 schools."),
                              Segment(position=3, paragraph=2, source_text="The river is falling."),
                              Segment(position=4, paragraph=2, source_text="Buses run again.")]
        session.flush()
        texts = ((1, "Мер відкрив міст у понеділок.", "translated"), (2, "Буря зачинила 3 школи.", "translated"),
                 (3, "Річка спадає.", "translated"), (4, "Автобуси", "draft"))
        for segment, (_, text, status) in zip(document.segments, texts):
            save_translation(session, segment, "uk", text, status=status, origin="human", author="olena")
    url = f"/api/documents/{stories['flood']}/uk/approve"

    olena = log_in(app, "olena")
    assert olena.post(url, json={}, headers={"X-CSRFToken": olena.csrf}).status_code == 403
    petro = log_in(app, "petro")
    only_river = petro.post(url, json={"filter": {"q": "river", "in": "source"}}, headers={"X-CSRFToken": petro.csrf})
    assert only_river.get_json() == {"approved": 1, "held": [], "next": None}
    answer = petro.post(url, json={"filter": {}}, headers={"X-CSRFToken": petro.csrf}).get_json()
    assert answer == {"approved": 1, "held": [2], "next": None}  # 3 schools where the source says 2
    assert "Approved 1 segment; 1 left translated for their QA errors: ¶ 2." in text_of(petro.get(f"/documents/{stories['flood']}/uk"))
    with database.session() as session:
        statuses = session.execute(select(Segment.position, Translation.status, Translation.updated_by)
                                   .join(Translation).where(Segment.document_id == stories["flood"]).order_by(Segment.position)).all()
    assert [tuple(row) for row in statuses] == [(1, "reviewed", "petro"), (2, "translated", "olena"), (3, "reviewed", "petro"),
                                               (4, "draft", "olena")]
    refused = petro.post(url, json={"filter": {"q": 3}}, headers={"X-CSRFToken": petro.csrf})
    assert refused.status_code == 400 and "filter" in refused.get_json()["error"]


MAYOR = "Мер відкрив міст у понеділок."


def _ferries_after_the_first(database, story: int, translation) -> None:
    """Five ferry sentences after the story's first, each segment translated as ``translation(position)``."""
    with database.session() as session:
        document = session.get(Document, story)
        document.segments += [Segment(position=n, paragraph=1, source_text=f"Ferry {n} sails at {n} o'clock.") for n in range(2, 7)]
        session.flush()
        for segment in document.segments:
            save_translation(session, segment, "uk", translation(segment.position), status="translated", origin="human", author="olena")


def _approve_in_batches(client, url: str, filter_args: dict) -> list[dict]:
    """The editor's approve-all: batch after batch, telling each what the earlier ones did."""
    answers, request = [], {"filter": filter_args}
    while True:
        answers.append(client.post(url, json=request, headers={"X-CSRFToken": client.csrf}).get_json())
        if answers[-1]["next"] is None:
            return answers
        so_far = {"approved": sum(a["approved"] for a in answers), "held": [p for a in answers for p in a["held"]]}
        request = {"filter": filter_args, "after": answers[-1]["next"], "so_far": so_far}


def test_approving_a_long_document_takes_a_batch_per_request(newsroom, database, monkeypatch):
    """No request runs QA on the whole document: each takes a batch, and the last one says what
    the whole run did."""
    from workbench.web import api

    monkeypatch.setattr(api, "APPROVE_BATCH", 2)
    app, stories = newsroom
    # The 4th says 7 o'clock where the source says 4.
    _ferries_after_the_first(database, stories["flood"], lambda n: MAYOR if n == 1 else f"Пором {n} відпливає о {7 if n == 4 else n}.")
    petro = log_in(app, "petro")
    url = f"/api/documents/{stories['flood']}/uk/approve"
    assert _approve_in_batches(petro, url, {}) == [{"approved": 2, "held": [], "next": 2}, {"approved": 1, "held": [4], "next": 4},
                                                  {"approved": 2, "held": [], "next": None}]
    assert "Approved 5 segments; 1 left translated for their QA errors: ¶ 4." in text_of(petro.get(f"/documents/{stories['flood']}/uk"))
    refused = petro.post(url, json={"filter": {}, "after": -1}, headers={"X-CSRFToken": petro.csrf})
    assert refused.status_code == 400 and "after" in refused.get_json()["error"]


def test_approving_what_the_qa_filter_lists_runs_qa_once_a_segment(newsroom, database, monkeypatch):
    """Batches must not each run QA on the whole document to find what the QA filter lists."""
    from workbench.web import api, segments

    monkeypatch.setattr(api, "APPROVE_BATCH", 2)
    checked = []
    for module in (api, segments):
        monkeypatch.setattr(module, "run_checks", lambda source, *args, _run=module.run_checks, **kwargs: checked.append(source) or _run(source, *args, **kwargs))
    app, stories = newsroom
    # 3 and 5 have a double space the source lacks: a warning, not an error.
    _ferries_after_the_first(database, stories["flood"], lambda n: MAYOR if n == 1 else f"Пором {n} відпливає{'  ' if n in (3, 5) else ' '}о {n}.")
    answers = _approve_in_batches(log_in(app, "petro"), f"/api/documents/{stories['flood']}/uk/approve", {"qa": "1"})
    assert sum(answer["approved"] for answer in answers) == 2
    assert len(checked) == 6  # each segment's QA once
    with database.session() as session:
        reviewed = session.scalars(select(Segment.position).join(Translation).where(
            Segment.document_id == stories["flood"], Translation.status == "reviewed").order_by(Segment.position)).all()
    assert reviewed == [3, 5]


def test_a_documents_title_opens_the_language_assigned_to_me(newsroom, database):
    app, stories = newsroom
    with database.session() as session:
        assign(session, session.get(Document, stories["flood"]), "pl", "reviewer", "petro", by="chief", may_assign_others=True)
    listing = log_in(app, "petro").get("/documents/assigned-to-me").get_data(as_text=True)
    assert re.search(rf'<a href="/documents/{stories["flood"]}/pl">Flood warning</a>', listing)
    others = log_in(app, "olena").get("/").get_data(as_text=True)  # nothing of hers: the first language, as before
    assert re.search(rf'<a href="/documents/{stories["flood"]}">Flood warning</a>', others)

