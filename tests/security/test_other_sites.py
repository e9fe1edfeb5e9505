"""Findings 3, 8 and 13: other web sites cannot drive the editor — DNS rebinding, cross-origin
requests, framing, inline script — and the debugger never faces the network."""

from __future__ import annotations

import pytest
from security_support import csrf, log_in, make_app, team_app  # noqa: F401 (fixture)

from workbench.models import Document


@pytest.fixture
def local_app(database):
    """`workbench serve` on loopback: no login, one trusted local user."""
    with database.session() as session:
        session.add(Document(title="Doc", source_lang="en", checksum="test"))
    return make_app(database, LOGIN_REQUIRED=False)


@pytest.mark.parametrize("host", ["127.0.0.1:5000", "localhost:5000", "[::1]:5000", "127.0.0.2"])
def test_loopback_answers_to_loopback_names(local_app, host):
    assert local_app.test_client().get("/", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["attacker.example:5000", "rebind.attacker.example", "192.168.1.5:5000"])
def test_a_rebound_domain_reaches_nothing_on_loopback(local_app, database, host):
    browser = local_app.test_client()
    page = browser.get("/", headers={"Host": host})
    assert page.status_code == 400 and b"loopback" in page.data
    assert b"csrf-token" not in page.data
    token = csrf(browser, "/", headers={"Host": "127.0.0.1:5000"})
    deleted = browser.post("/documents/1/delete", data={"csrf_token": token}, headers={"Host": host})
    assert deleted.status_code == 400
    exported = browser.get("/termbase/export.csv", headers={"Host": host})
    assert exported.status_code == 400
    with database.session() as session:
        assert session.get(Document, 1) is not None


def test_a_state_change_from_another_origin_is_refused(local_app, database):
    browser = local_app.test_client()
    token = csrf(browser, "/")
    for origin in ("http://attacker.example", "null"):
        refused = browser.post("/documents/1/delete", data={"csrf_token": token}, headers={"Origin": origin})
        assert refused.status_code == 403
    with database.session() as session:
        assert session.get(Document, 1) is not None
    same = browser.post("/documents/1/delete", data={"csrf_token": token}, headers={"Origin": "http://localhost"})
    assert same.status_code in (302, 303)


def test_with_login_only_the_configured_host_names_answer(team_app, database):
    app = make_app(database, ALLOWED_HOSTS=("workbench.newsroom.example",))
    assert app.test_client().get("/login", headers={"Host": "workbench.newsroom.example"}).status_code == 200
    assert app.test_client().get("/login", headers={"Host": "attacker.example"}).status_code == 400


def test_allowed_hosts_come_from_the_environment(team_app, database, monkeypatch):
    monkeypatch.setenv("WORKBENCH_ALLOWED_HOSTS", "Workbench.Newsroom.Example, wb.local")
    app = make_app(database)
    assert app.config["ALLOWED_HOSTS"] == ("workbench.newsroom.example", "wb.local")
    assert app.test_client().get("/login", headers={"Host": "wb.local:8080"}).status_code == 200
    assert app.test_client().get("/login", headers={"Host": "evil.example"}).status_code == 400


def test_every_page_forbids_inline_script_framing_and_sniffing(team_app):
    admin = log_in(team_app, "admin")
    for path in ("/login", "/", "/termbase", "/users", "/documents/1/be", "/documents/1/all", "/api/segments/1/be"):
        response = admin.get(path)
        assert response.status_code == 200, path
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_pages_carry_no_inline_script_or_event_handlers(team_app):
    import re

    admin = log_in(team_app, "admin")
    for path in ("/login", "/", "/termbase", "/users", "/documents/1/be", "/documents/1/all"):
        page = admin.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), path
        assert not re.search(r"\son[a-z]+\s*=", page), path
        assert "javascript:" not in page, path


def test_the_session_cookie_is_secure_under_tls(database, team_app, monkeypatch):
    monkeypatch.setenv("WORKBENCH_TLS", "1")
    browser = make_app(database).test_client()
    response = browser.post("/login", data={"name": "admin", "password": "correct horse battery", "csrf_token": csrf(browser)})
    assert "Secure" in response.headers["Set-Cookie"]


def test_behind_a_trusted_proxy_https_requests_get_a_secure_cookie(database, team_app, monkeypatch):
    monkeypatch.setenv("WORKBENCH_TRUSTED_PROXIES", "1")
    app = make_app(database, ALLOWED_HOSTS=("wb.example",))
    browser = app.test_client()
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "wb.example", "X-Forwarded-Port": "443",
                 "X-Forwarded-For": "203.0.113.9"}
    token = csrf(browser, headers=forwarded)
    response = browser.post(
        "/login", data={"name": "admin", "password": "correct horse battery", "csrf_token": token},
        headers=forwarded | {"Referer": "https://wb.example/login", "Origin": "https://wb.example"},
    )
    assert response.status_code == 302 and "Secure" in response.headers["Set-Cookie"]
    plain = make_app(database).test_client()
    response = plain.post("/login", data={"name": "admin", "password": "correct horse battery", "csrf_token": csrf(plain)})
    assert "Secure" not in response.headers["Set-Cookie"]


def test_serve_debug_refuses_a_network_address(run_cli):
    result = run_cli("serve", "--debug", "--host", "0.0.0.0", "--port", "5999", expect_exit=1)
    assert "--debug serves only on loopback" in result.stderr
