"""Operator commands: schema migrations, backups and user accounts."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from workbench import backup as backupmod
from workbench import db as dbmod
from workbench.accounts import add_user, end_sessions, find_user, remove_user, set_password, set_role
from workbench.cli.common import database, print_json
from workbench.config import database_url
from workbench.models import ROLES, User

@click.group("db")
def db_group() -> None:
    """Database schema (Alembic migrations)."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Upgrade the database schema (to the newest revision by default)."""
    engine = dbmod.make_engine()
    with dbmod.migration_lock(engine.url):
        dbmod.upgrade(engine, revision)
    click.echo(f"database at revision {dbmod.current_revision(engine)}")


@db_group.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Downgrade the database schema to REVISION ("base" removes every table)."""
    engine = dbmod.make_engine()
    with dbmod.migration_lock(engine.url):
        dbmod.downgrade(engine, revision)
    click.echo(f"database at revision {dbmod.current_revision(engine) or 'base'}")


@db_group.command("current")
def db_current() -> None:
    """Print the database's schema revision and the newest one this code knows."""
    engine = dbmod.make_engine()
    current = dbmod.current_revision(engine) or "none (empty database)"
    click.echo(f"current: {current}\nhead: {dbmod.head_revision()}\nurl: {engine.url!r}")


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def backup_command(path: Path, force: bool) -> None:
    """Write a consistent backup of the whole database to PATH (safe while the editor runs)."""
    info = backupmod.backup(database_url(), path, overwrite=force)
    click.echo(f"backed up the {info.backend} database to {info.path} ({info.size} bytes, schema {info.revision})")


@click.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(path: Path, yes: bool) -> None:
    """Replace the whole database with the backup at PATH (the current data is saved first)."""
    backupmod.check_restorable(database_url(), path)  # a bad file is reported before the question
    if not yes:
        click.confirm(
            f"Replace every document, translation, term and user with the backup {path}?", abort=True
        )
    result = backupmod.restore(database_url(), path)
    if result.previous is not None:
        click.echo(f"the data as it was before is saved in {result.previous.path}")
    click.echo(f"restored {result.restored.path} (schema {result.restored.revision})")


@click.group("user")
def user_group() -> None:
    """User accounts (needed when the editor is served beyond this machine)."""


def password_input(command):
    """``--password-stdin`` for scripts; otherwise the password is asked for twice, hidden."""
    return click.option(
        "--password-stdin", is_flag=True, help="Read the password from the first line of stdin."
    )(command)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="translator", show_default=True)
@password_input
def user_add(name: str, role: str, password_stdin: bool) -> None:
    """Add a user with a role: translator, reviewer or admin."""
    password = read_password(password_stdin)
    with database().session() as session:
        add_user(session, name, password, role)
    click.echo(f"added {role} {name}")


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def user_list(as_json: bool) -> None:
    """List users and their roles."""
    with database().session() as session:
        users = list(session.scalars(select(User).order_by(User.name)))
    if as_json:
        print_json([{"name": u.name, "role": u.role, "created": u.created_at.isoformat()} for u in users])
        return
    if not users:
        click.echo("no users; `workbench user add NAME --role admin` creates one")
    for user in users:
        click.echo(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d}")


@user_group.command("passwd")
@click.argument("name")
@password_input
def user_passwd(name: str, password_stdin: bool) -> None:
    """Set a new password for user NAME."""
    password = read_password(password_stdin)
    with database().session() as session:
        set_password(find_user(session, name), password)
    click.echo(f"password changed for {name}; their sessions have ended")


@user_group.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
def user_role(name: str, role: str) -> None:
    """Give user NAME another role (their sessions end: they log in again)."""
    with database().session() as session:
        set_role(session, find_user(session, name), role)
    click.echo(f"{name} is now {role}")


@user_group.command("logout-all")
@click.argument("name")
def user_logout_all(name: str) -> None:
    """End every session of user NAME, in every browser (copied cookies included)."""
    with database().session() as session:
        end_sessions(find_user(session, name))
    click.echo(f"every session of {name} has ended")


@user_group.command("remove")
@click.argument("name")
def user_remove(name: str) -> None:
    """Remove user NAME (their revisions keep their name as author)."""
    with database().session() as session:
        remove_user(session, find_user(session, name))
    click.echo(f"removed {name}")


commands = [db_group, backup_command, restore_command, user_group]
