"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import re
import sys

import click
from sqlalchemy.orm import Session

from workbench.db import Database, open_database
from workbench.errors import WorkbenchError
from workbench.models import Document


# An id or a count the database compares: its integers are 64-bit, and a bigger number reached
# the driver and ended in an OverflowError traceback.
DATABASE_INT = click.IntRange(min=1, max=2**63 - 1)


def database() -> Database:
    """The database named by the environment, upgraded to the current schema."""
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
