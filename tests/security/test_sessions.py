"""Findings 1 and 2: a session ends when its user, password, role or login ends, and never
passes to another user."""

from __future__ import annotations

from datetime import timedelta

import pytest

from security_support import PASSWORD, log_in, make_app, session_cookie, with_cookie, team_app  # noqa: F401 (fixture)
from workbench.accounts import add_user, find_user, remove_user
from workbench.models import User


def opens(client, path="/") -> bool:
    return client.get(path).status_code == 200


def test_a_removed_users_cookie_does_not_open_the_next_new_user(team_app, database):
    translator = log_in(team_app, "translator")
    cookie = session_cookie(translator)
    with database.session() as session:
        old_id = find_user(session, "translator").id
        remove_user(session, find_user(session, "translator"))
    with database.session() as session:
        new_admin = add_user(session, "eve", PASSWORD, "admin")
        assert new_admin.id != old_id  # ids are never handed out twice
    stolen = with_cookie(team_app, cookie)
    assert stolen.get("/users").status_code == 302
    assert stolen.get("/users").headers["Location"].startswith("/login")


def test_a_session_is_bound_to_the_user_even_if_an_id_comes_back(team_app, database):
    """Even a database restored from before an id was used cannot hand a cookie to another person."""
    translator = log_in(team_app, "translator")
    cookie = session_cookie(translator)
    with database.session() as session:
        user = find_user(session, "translator")
        user.name, user.role = "mallory-victim", "admin"
        user.password_hash = "scrypt:32768:8:1$other$" + "0" * 128
    assert not opens(with_cookie(team_app, cookie))


def test_logout_ends_copies_of_the_cookie(team_app):
    browser = log_in(team_app, "translator")
    copy = session_cookie(browser)
    assert opens(with_cookie(team_app, copy))
    browser.post("/logout", data={"csrf_token": browser.csrf})
    assert not opens(with_cookie(team_app, copy))


@pytest.mark.parametrize("change", ["passwd", "role", "logout-all"])
def test_password_role_change_and_logout_all_end_every_session(team_app, run_cli, change):
    browser = log_in(team_app, "translator")
    assert opens(browser)
    if change == "passwd":
        run_cli("user", "passwd", "translator", "--password-stdin", input="another password\n")
    elif change == "role":
        run_cli("user", "role", "translator", "reviewer")
    else:
        result = run_cli("user", "logout-all", "translator")
        assert "every session of translator has ended" in result.stdout
    assert not opens(browser)
    log_in(team_app, "translator", "another password" if change == "passwd" else PASSWORD)


def test_other_users_stay_logged_in_when_one_logs_out_everywhere(team_app, run_cli):
    admin = log_in(team_app, "admin")
    run_cli("user", "logout-all", "translator")
    assert opens(admin)


def test_logout_all_names_an_unknown_user_clearly(run_cli, team_app):
    result = run_cli("user", "logout-all", "nobody", expect_exit=1)
    assert "no user 'nobody'" in result.stderr


def test_a_session_ends_after_the_configured_inactivity(database, monkeypatch, team_app):
    monkeypatch.setenv("WORKBENCH_SESSION_HOURS", "0.5")
    app = make_app(database)
    assert app.permanent_session_lifetime == timedelta(minutes=30)
    browser = log_in(app, "translator")
    cookie = browser.get_cookie("session")
    assert cookie.expires is not None  # not a 31-day, nor a browser-lifetime cookie
    # The signature carries the time it was made; the server refuses it 30 minutes later.
    import itsdangerous

    real_time = itsdangerous.timed.time.time
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: real_time() + 31 * 60)
    assert not opens(browser)


def test_the_default_lifetime_is_twelve_hours(team_app):
    assert team_app.permanent_session_lifetime == timedelta(hours=12)


def test_the_last_admin_keeps_the_admin_role(run_cli, team_app):
    result = run_cli("user", "role", "admin", "translator", expect_exit=1)
    assert "last admin" in result.stderr


def test_user_ids_are_never_reused_in_the_database(database):
    with database.session() as session:
        first = add_user(session, "a", PASSWORD).id
        second = add_user(session, "b", PASSWORD).id
    with database.session() as session:
        session.delete(session.get(User, second))
    with database.session() as session:
        assert add_user(session, "c", PASSWORD).id > second > first
