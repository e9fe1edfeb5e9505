"""Helpers shared by the command modules."""

from __future__ import annotations

import fcntl
import json
import os
import re
import sys
from contextlib import contextmanager
from typing import Iterator

import click
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from workbench.config import database_url
from workbench.db import Database, open_database
from workbench.errors import WorkbenchError
from workbench.models import Document


# An id or a count the database compares: its integers are 64-bit, and a bigger number reached
# the driver and ended in an OverflowError traceback.
DATABASE_INT = click.IntRange(min=1, max=2**63 - 1)


# The key of PostgreSQL's advisory lock that migrating processes take (any fixed 64-bit number).
MIGRATION_LOCK = 0x776F726B62656E63


def _reached(url, connect):
    """``connect()``, or one line saying the database cannot be reached: every command printed a
    traceback while PostgreSQL was down (or the SQLite file's folder missing)."""
    try:
        return connect()
    except (OperationalError, OSError) as error:
        reason = str(getattr(error, "orig", None) or getattr(error, "strerror", None) or error).splitlines()[0]
        raise WorkbenchError(f"the database {url.render_as_string(hide_password=True)} cannot be reached: "
                             f"{reason} (WORKBENCH_DATABASE_URL)") from None


@contextmanager
def one_migration_at_a_time(url: str) -> Iterator[None]:
    """Hold the database's migration lock while the block runs.

    A second process that would migrate (a second `db upgrade`, a worker or command started during
    an upgrade) waits for the first, then finds the schema current; both ran the same migrations
    at once and the second died with a traceback ("already exists"). PostgreSQL: an advisory
    lock; SQLite: flock on the database file (SQLite's own locks are fcntl's, which flock leaves be).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, poolclass=NullPool)
        try:
            with _reached(parsed, engine.connect) as connection:
                connection.execute(select(func.pg_advisory_lock(MIGRATION_LOCK)))
                try:
                    yield
                finally:
                    connection.execute(select(func.pg_advisory_unlock(MIGRATION_LOCK)))
        finally:
            engine.dispose()
    elif parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not parsed.database.startswith("file:"):
        # Created as the workbench creates it (owner only), so that two first starts share the lock.
        descriptor = _reached(parsed, lambda: os.open(parsed.database, os.O_RDONLY | os.O_CREAT, 0o600))
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # releases the lock
    else:  # an in-memory database is this process's alone; a file: URI is left to SQLite
        yield


def database() -> Database:
    """The database named by the environment, upgraded to the current schema."""
    with one_migration_at_a_time(database_url()):
        return open_database()


def load_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise WorkbenchError(f"no document with id {document_id}; `workbench docs` lists them")
    return document


# Control characters (ESC starts terminal sequences that can retitle the window, move the cursor
# or hide text; C1 \x9b is CSI on some terminals) and bidi overrides, which reorder what is shown.
# A stranger's document carries them into a title or a segment; printed for a person, they show
# as escapes. JSON output keeps the text exact (json escapes the controls itself).
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control and bidi characters as ``\\x1b``, ``\\u202e``."""
    return UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


def print_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


def warn(message: str) -> None:
    click.echo(message, file=sys.stderr)
