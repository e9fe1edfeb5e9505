"""Accounts: `workbench.accounts` and `workbench user add/list/passwd/remove`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from workbench.accounts import add_user, authenticate, can
from workbench.errors import WorkbenchError
from workbench.models import User


def users(database) -> dict[str, str]:
    with database.session() as session:
        return {user.name: user.role for user in session.scalars(select(User))}


def test_password_is_stored_hashed_and_checked(database):
    with database.session() as session:
        add_user(session, "ala", "correct horse battery", "reviewer")
    with database.session() as session:
        stored = session.scalar(select(User).where(User.name == "ala")).password_hash
        assert "correct horse" not in stored
        assert authenticate(session, "ala", "correct horse battery").role == "reviewer"
        assert authenticate(session, "ala", "wrong password") is None
        assert authenticate(session, "nobody", "correct horse battery") is None


def test_roles_include_the_rights_of_lesser_roles(database):
    with database.session() as session:
        translator = add_user(session, "t", "password-t", "translator")
        reviewer = add_user(session, "r", "password-r", "reviewer")
        admin = add_user(session, "a", "password-a", "admin")
        assert [can(translator, right) for right in ("edit", "review", "admin")] == [True, False, False]
        assert [can(reviewer, right) for right in ("edit", "review", "admin")] == [True, True, False]
        assert [can(admin, right) for right in ("edit", "review", "admin")] == [True, True, True]


@pytest.mark.parametrize(
    "name, password, role, message",
    [
        ("ala", "long enough", "owner", "unknown role 'owner'"),
        ("ala", "short", "translator", "at least 8 characters"),
        ("  ", "long enough", "translator", "needs a name"),
    ],
)
def test_add_user_refuses_bad_input(database, name, password, role, message):
    with database.session() as session, pytest.raises(WorkbenchError, match=message):
        add_user(session, name, password, role)
    assert users(database) == {}


def test_cli_user_lifecycle_from_a_script(run_cli, database):
    run_cli("user", "add", "ala", "--role", "admin", "--password-stdin", input="first password\n")
    run_cli("user", "add", "bob", "--password-stdin", input="bobs password\n")
    listed = json.loads(run_cli("user", "list", "--json").stdout)
    assert [(u["name"], u["role"]) for u in listed] == [("ala", "admin"), ("bob", "translator")]
    assert "bob\ttranslator" in run_cli("user", "list").stdout

    run_cli("user", "passwd", "bob", "--password-stdin", input="second password\r\n")
    with database.session() as session:
        assert authenticate(session, "bob", "second password") is not None
        assert authenticate(session, "bob", "bobs password") is None

    run_cli("user", "remove", "bob")
    assert users(database) == {"ala": "admin"}


def test_cli_user_add_asks_twice_for_the_password_when_interactive(run_cli, database):
    run_cli("user", "add", "ala", input="first password\nfirst password\n")
    with database.session() as session:
        assert authenticate(session, "ala", "first password") is not None


def test_cli_duplicate_name_is_refused_and_keeps_the_first_password(run_cli, database):
    run_cli("user", "add", "ala", "--password-stdin", input="first password\n")
    result = run_cli("user", "add", "ala", "--role", "admin", "--password-stdin", input="other password\n", expect_exit=1)
    assert result.stderr == "Error: user 'ala' already exists\n"
    with database.session() as session:
        assert authenticate(session, "ala", "first password").role == "translator"


@pytest.mark.parametrize(
    "args, stdin, exit_code, message",
    [
        (("user", "add", "ala", "--role", "owner", "--password-stdin"), "long enough\n", 2, "Invalid value for '--role'"),
        (("user", "add", "ala", "--password-stdin"), "short\n", 1, "Error: a password needs at least 8 characters"),
        (("user", "add", "ala", "--password-stdin"), "", 1, "Error: a password needs at least 8 characters"),
        (("user", "passwd", "nobody", "--password-stdin"), "long enough\n", 1, "Error: no user 'nobody'"),
        (("user", "remove", "nobody"), None, 1, "Error: no user 'nobody'"),
    ],
)
def test_cli_bad_user_commands_fail_cleanly(run_cli, database, args, stdin, exit_code, message):
    result = run_cli(*args, input=stdin, expect_exit=exit_code)
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert users(database) == {}


def test_cli_passwd_refuses_a_short_password_and_keeps_the_old_one(run_cli, database):
    run_cli("user", "add", "ala", "--password-stdin", input="first password\n")
    result = run_cli("user", "passwd", "ala", "--password-stdin", input="short\n", expect_exit=1)
    assert "at least 8 characters" in result.stderr
    with database.session() as session:
        assert authenticate(session, "ala", "first password") is not None


def test_cli_the_last_admin_cannot_be_removed(run_cli, database):
    run_cli("user", "add", "ala", "--role", "admin", "--password-stdin", input="first password\n")
    result = run_cli("user", "remove", "ala", expect_exit=1)
    assert "last admin" in result.stderr
    run_cli("user", "add", "ola", "--role", "admin", "--password-stdin", input="other password\n")
    run_cli("user", "remove", "ala")
    assert users(database) == {"ola": "admin"}


def test_cli_user_list_when_empty_says_how_to_add(run_cli):
    assert "workbench user add" in run_cli("user", "list").stdout
