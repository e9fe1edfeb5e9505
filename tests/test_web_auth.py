"""Login, sessions, CSRF and roles in the web editor, and when `serve` insists on accounts."""

from __future__ import annotations

import re
import stat

import pytest
from sqlalchemy import select

from workbench.accounts import add_user
from workbench.cli.web import is_loopback
from workbench.config import workbench_home
from workbench.models import Document, Revision, Segment, User
from workbench.web import create_app, secret_key

PASSWORD = "correct horse battery"


@pytest.fixture
def app(database):
    with database.session() as session:
        for role in ("translator", "reviewer", "admin"):
            add_user(session, role, PASSWORD, role)
        document = Document(title="Doc", source_lang="en", checksum="test")
        document.segments = [Segment(position=0, paragraph=0, source_text="Hello.")]
        session.add(document)
    return create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)})


def segment_id(database) -> int:
    with database.session() as session:
        return session.scalar(select(Segment.id))


def csrf(client, path="/login") -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def log_in(app, name):
    client = app.test_client()
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": csrf(client)})
    assert response.status_code == 302, response.get_data(as_text=True)
    client.csrf = csrf(client, "/")
    return client


def save(client, segment, status="translated", base_version=0):
    return client.post(
        f"/api/segments/{segment}/be",
        json={"text": "Прывітанне.", "status": status, "base_version": base_version},
        headers={"X-CSRFToken": client.csrf},
    )


def test_pages_and_api_need_a_login(app):
    client = app.test_client()
    assert client.get("/").status_code == 302
    assert client.get("/").headers["Location"].startswith("/login")
    assert client.get("/api/segments/1/be").status_code == 401
    bad = client.post("/login", data={"name": "admin", "password": "wrong password", "csrf_token": csrf(client)})
    assert bad.status_code == 401 and "Wrong name or password" in bad.get_data(as_text=True)


def test_login_sets_a_hardened_session_cookie_and_logout_ends_it(app):
    client = app.test_client()
    response = client.post("/login", data={"name": "admin", "password": PASSWORD, "csrf_token": csrf(client)})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    client.csrf = csrf(client, "/")
    assert client.get("/").status_code == 200
    client.post("/logout", data={"csrf_token": client.csrf})
    assert client.get("/").status_code == 302


def test_login_never_redirects_to_another_site(app):
    client = app.test_client()
    response = client.post(
        "/login?next=//evil.example/x", data={"name": "admin", "password": PASSWORD, "csrf_token": csrf(client)}
    )
    assert response.headers["Location"] == "/"


def test_state_changing_requests_need_the_csrf_token(app, database):
    client = log_in(app, "translator")
    segment = segment_id(database)
    refused = client.post(f"/api/segments/{segment}/be", json={"text": "x", "base_version": 0})
    assert refused.status_code == 400 and "CSRF token is missing" in refused.get_json()["error"]
    assert client.post("/logout").status_code == 400
    assert save(client, segment).status_code == 200


def test_roles_decide_who_reviews_and_who_manages(app, database):
    segment = segment_id(database)
    translator = log_in(app, "translator")
    assert save(translator, segment, status="reviewed").status_code == 403
    version = save(translator, segment).get_json()["translation"]["version"]
    assert translator.post("/termbase/concepts", data={"key": "k", "csrf_token": translator.csrf}).status_code == 403
    assert translator.get("/documents/1/delete").status_code == 403
    assert translator.get("/users").status_code == 403

    reviewer = log_in(app, "reviewer")
    assert save(reviewer, segment, status="reviewed", base_version=version).status_code == 200
    with database.session() as session:
        assert [r.author for r in session.scalars(select(Revision).order_by(Revision.id))] == ["translator", "reviewer"]

    admin = log_in(app, "admin")
    added = admin.post("/users", data={"name": "olga", "password": PASSWORD, "role": "reviewer", "csrf_token": admin.csrf})
    assert added.status_code == 302
    assert "olga" in admin.get("/users").get_data(as_text=True)


def test_the_secret_key_is_generated_once_and_kept_private(database):
    first = secret_key(workbench_home())
    assert secret_key(workbench_home()) == first and len(first) == 64
    assert stat.S_IMODE((workbench_home() / "secret_key").stat().st_mode) == 0o600
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)})
    assert app.config["SECRET_KEY"] == first


def test_loopback_needs_no_login_but_other_addresses_do(run_cli):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    result = run_cli("serve", "--host", "0.0.0.0", "--port", "5999", expect_exit=1)
    assert "workbench user add" in result.stderr


def test_serving_on_a_port_already_in_use_is_one_line(run_cli):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--host", "127.0.0.1", "--port", str(port), expect_exit=1)
    assert result.stderr.startswith(f"Error: cannot serve on 127.0.0.1:{port}: ") and result.stderr.count("\n") == 1
    assert "Workbench editor:" not in result.stdout


def test_a_translator_replacing_reviewed_text_sends_it_back_for_review(app, database):
    segment = segment_id(database)
    reviewer = log_in(app, "reviewer")
    version = save(reviewer, segment, status="reviewed").get_json()["translation"]["version"]
    translator = log_in(app, "translator")
    result = translator.post(
        "/api/documents/1/be/replace",
        json={"find": "Прывітанне", "replace": "Вітаю", "apply": True, "segments": {str(segment): version}},
        headers={"X-CSRFToken": translator.csrf},
    ).get_json()
    assert result["applied"][0]["translation"]["text"] == "Вітаю."
    assert result["applied"][0]["translation"]["status"] == "translated"


def test_a_save_after_the_login_ended_says_so_and_how_to_go_on(app, database):
    segment = segment_id(database)
    expired = log_in(app, "translator")
    with expired.session_transaction() as cookie:
        cookie.clear()  # the session cookie ran out (WORKBENCH_SESSION_HOURS) while the page stayed open
    revoked, elsewhere = log_in(app, "translator"), log_in(app, "translator")
    elsewhere.post("/logout", data={"csrf_token": elsewhere.csrf})  # logging out ends every session of the user
    for client in (expired, revoked):
        refused = save(client, segment)
        assert refused.status_code == 401
        assert refused.get_json()["error"] == ("Not saved: your login has ended. Reload the page and log in again; "
                                               "your text is kept in this browser and comes back.")


def test_the_login_back_off_counts_its_seconds_in_words(app):
    throttle = app.extensions["workbench.login_throttle"]
    client = app.test_client()
    for wait, said in ((1, "try again in 1 second."), (4, "try again in 4 seconds.")):
        throttle.attempt = lambda name, address, wait=wait: wait
        refused = client.post("/login", data={"name": "admin", "password": "wrong", "csrf_token": csrf(client)})
        assert refused.status_code == 429 and said in refused.get_data(as_text=True)


def test_a_page_the_user_may_not_see_or_that_is_not_there_keeps_the_app_around_it(app, database):
    translator = log_in(app, "translator")
    for path, status, said in (("/users", 403, "your role (translator) may not do this; it needs the &#39;admin&#39; right"),
                               ("/documents/4040/be", 404, "no document with id 4040")):
        page = translator.get(path)
        html = page.get_data(as_text=True)
        assert page.status_code == status and said in html
        assert '<nav aria-label="Main">' in html and "translator (translator)" in html  # the way back and who is logged in
        assert re.search(r'<a class="button" href="/">Back to the documents</a>', html)


def test_only_who_may_change_the_termbase_is_offered_to_add_to_it_in_the_editor(app, database):
    segment_id(database)
    offered = {role: 'id="add-term"' in log_in(app, role).get("/documents/1/be").get_data(as_text=True)
               for role in ("translator", "reviewer", "admin")}
    assert offered == {"translator": False, "reviewer": False, "admin": True}


def test_the_termbase_says_who_may_change_it_and_the_users_page_what_each_role_may(app):
    """A reviewer approves but does not keep the terminology (Weblate's Review strings role has no
    glossary rights either): the termbase page and the editor's termbase panel say so and whom
    to ask, instead of a reviewer finding no button and no reason."""
    for name in ("reviewer", "translator"):
        client = log_in(app, name)
        termbase = client.get("/termbase").get_data(as_text=True)
        assert "Only admins change the termbase: ask admin." in termbase
        asking = client.get("/termbase?add_term=Wiśniewski&add_lang=pl").get_data(as_text=True)
        assert "Only admins change the termbase: ask admin to add “Wiśniewski”." in asking
        assert 'id="add-term"' not in client.get("/documents/1/be").get_data(as_text=True)
        assert "Only admins change the termbase: ask admin." in client.get("/documents/1/be").get_data(as_text=True)
        assert client.post("/termbase/concepts", data={"key": "k", "csrf_token": client.csrf}).status_code == 403
    admin = log_in(app, "admin")
    assert "Only admins change the termbase" not in admin.get("/termbase").get_data(as_text=True)
    editor = admin.get("/documents/1/be").get_data(as_text=True)
    assert 'id="add-term"' in editor and "Only admins change the termbase" not in editor
    users = re.sub(r"<[^>]+>", " ", admin.get("/users").get_data(as_text=True))
    assert re.search(r"reviewer\s+also approve segments \(reviewed\) and whole documents", users)
    assert re.search(r"admin\s+also import and delete documents, change the termbase", users)


@pytest.mark.parametrize("name", ["cli", "CLI", "mt", "tm", "local"])
def test_no_user_is_named_like_the_command_line_the_machine_or_the_local_user(app, database, name):
    # Jobs queued from the CLI are "cli"'s, machine drafts are authored "mt" / "tm", everything done
    # without logins "local"'s: a translator named so saw, cancelled and downloaded the CLI's jobs,
    # and their edits read as the machine's in the history.
    admin = log_in(app, "admin")
    added = admin.post("/users", data={"name": name, "password": PASSWORD, "role": "translator", "csrf_token": admin.csrf})
    assert added.status_code == 302
    assert "reserved" in admin.get("/users").get_data(as_text=True)
    with database.session() as session:
        assert session.scalar(select(User).where(User.name == name)) is None


@pytest.mark.parametrize(("name", "said"), [("olga\x00", "U+0000"), ("olga\nadmin", "invisible"), ("ad\u202emin", "invisible"),
                                          ("admin\u200b", "invisible")])
def test_a_user_name_with_control_or_invisible_characters_is_refused(app, database, name, said):
    # A NUL is a 500 page on PostgreSQL; a line break, a right-to-left override or a zero-width space
    # makes a name that reads as another's (admin) in the users list, assignments and history.
    admin = log_in(app, "admin")
    admin.post("/users", data={"name": name, "password": PASSWORD, "role": "translator", "csrf_token": admin.csrf})
    assert said in admin.get("/users").get_data(as_text=True)
    with database.session() as session:  # (PostgreSQL cannot even look a NUL up)
        assert set(session.scalars(select(User.name))) == {"translator", "reviewer", "admin"}


@pytest.mark.parametrize(("name", "said"), [("admin\x00", "U+0000"), ("admin\u200b", "Wrong name or password")])
def test_a_login_with_a_nul_or_an_invisible_character_in_the_name_is_refused(app, name, said):
    # PostgreSQL refuses NUL in a query's text: anyone could have a 500 page from the login form.
    client = app.test_client()
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": csrf(client)},
                           follow_redirects=True)
    assert said in response.get_data(as_text=True) and "/login" in response.request.path
