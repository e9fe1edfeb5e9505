"""Operator commands: schema migrations and user accounts."""

from __future__ import annotations

import click

from workbench import db as dbmod
from workbench.accounts import add_user
from workbench.cli.common import database
from workbench.models import ROLES


@click.group("db")
def db_group() -> None:
    """Database schema (Alembic migrations)."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Upgrade the database schema (to the newest revision by default)."""
    engine = dbmod.make_engine()
    dbmod.upgrade(engine, revision)
    click.echo(f"database at revision {dbmod.current_revision(engine)}")


@db_group.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Downgrade the database schema to REVISION ("base" removes every table)."""
    engine = dbmod.make_engine()
    dbmod.downgrade(engine, revision)
    click.echo(f"database at revision {dbmod.current_revision(engine) or 'base'}")


@db_group.command("current")
def db_current() -> None:
    """Print the database's schema revision and the newest one this code knows."""
    engine = dbmod.make_engine()
    current = dbmod.current_revision(engine) or "none (empty database)"
    click.echo(f"current: {current}\nhead: {dbmod.head_revision()}\nurl: {engine.url!r}")


@click.group("user")
def user_group() -> None:
    """User accounts (needed when the editor is served beyond this machine)."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="translator", show_default=True)
@click.password_option(help="Asked for when not given.")
def user_add(name: str, role: str, password: str) -> None:
    """Add a user with a role: translator, reviewer or admin."""
    with database().session() as session:
        add_user(session, name, password, role)
    click.echo(f"added {role} {name}")


commands = [db_group, user_group]
