"""The termbase revision: a number that grows with every change to concepts or terms.

Processes that keep a compiled Termbase in memory (the editor, workers) compare it with one cheap
query instead of re-reading the tables. Every ORM flush that adds, changes or deletes a Concept
or Term bumps it in the same transaction, so no write path can forget it (file import, the web
screen, the CLI, anything else in glossary/); code that writes the tables with Core statements
calls ``bump`` itself. A rolled-back change rolls its bump back too.

Each bump also draws a new random ``stamp``: unlike the number, it never comes back when a
backup is restored or the database is made anew, so it can name a compiled termbase on disk
(glossary.compiled) without ever naming another termbase's.

    glossary.revision.current(session)  # -> int, 0 for a termbase never written
    glossary.revision.stamp(session)    # -> str, "" for a termbase never written
    glossary.revision.bump(session)     # -> the new number
"""

from __future__ import annotations

import secrets
from itertools import chain

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Session

from glossary.models import Concept, Term, TermbaseRevision

_TABLE = TermbaseRevision.__table__
_TERMBASE_CLASSES = (Concept, Term)


def current(session: Session) -> int:
    """The revision the session's transaction sees (a primary-key read of one row)."""
    return session.execute(select(_TABLE.c.number).where(_TABLE.c.id == 1)).scalar() or 0


def stamp(session: Session) -> str:
    """The random stamp of the current revision (one primary-key read)."""
    return session.execute(select(_TABLE.c.stamp).where(_TABLE.c.id == 1)).scalar() or ""


def bump(session: Session) -> int:
    """Count one more change; the row lock it takes makes concurrent writers queue, not collide."""
    # Core statements on the session's connection: no autoflush, so this is safe inside a flush.
    connection = session.connection()
    number = connection.execute(
        update(_TABLE).where(_TABLE.c.id == 1).values(number=_TABLE.c.number + 1, stamp=secrets.token_hex(16)).returning(_TABLE.c.number)
    ).scalar()
    if number is None:  # tables made by metadata.create_all rather than the migration that adds the row
        connection.execute(insert(_TABLE).values(id=1, number=1, stamp=secrets.token_hex(16)))
        number = 1
    return number


@event.listens_for(Session, "before_flush")
def _bump_on_termbase_change(session: Session, _context, _instances) -> None:
    changed = chain(session.new, session.deleted, (o for o in session.dirty if session.is_modified(o)))
    if any(isinstance(instance, _TERMBASE_CLASSES) for instance in changed):
        bump(session)
