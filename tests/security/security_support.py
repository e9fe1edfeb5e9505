"""Helpers and fixtures for the security suite: a served editor with accounts, logged-in clients."""

from __future__ import annotations

import re
import signal

import pytest

from workbench.accounts import add_user
from workbench.models import Document, Segment
from workbench.web import create_app

PASSWORD = "correct horse battery"


def make_app(database, **config):
    return create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False), **config})


@pytest.fixture
def team_app(database):
    """The editor as served to a team: login required; an admin, then a translator."""
    with database.session() as session:
        add_user(session, "admin", PASSWORD, "admin")
        add_user(session, "translator", PASSWORD, "translator")
        document = Document(title="Doc", source_lang="en", checksum="test")
        document.segments = [Segment(position=0, paragraph=0, source_text="Hello.")]
        session.add(document)
    return make_app(database)


def import_text(run_cli, path, text: str):
    """Write ``text`` to ``path`` and import it with the CLI; returns the path."""
    path.write_text(text)
    run_cli("import", path)
    return path


@pytest.fixture
def article(run_cli, tmp_path) -> int:
    """A two-sentence plain-text document, imported: its id."""
    import_text(run_cli, tmp_path / "article.txt", "First sentence. Second sentence.\n")
    return 1


def csrf(client, path="/login", **kwargs) -> str:
    page = client.get(path, **kwargs).get_data(as_text=True)
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def log_in(app, name, password=PASSWORD):
    client = app.test_client()
    response = client.post("/login", data={"name": name, "password": password, "csrf_token": csrf(client)})
    assert response.status_code == 302, response.get_data(as_text=True)
    client.csrf = csrf(client, "/")
    return client


def session_cookie(client) -> str:
    return client.get_cookie("session").value


def with_cookie(app, cookie: str):
    """A new browser that carries a copied session cookie."""
    client = app.test_client()
    client.set_cookie("session", cookie)
    return client


def finished_within(seconds: int, check, *args):
    """``check(*args)``, or a failure if it has not ended after ``seconds`` (a hang, not a speed target)."""
    def hung(*_):
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        return check(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
