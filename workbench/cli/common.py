"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys

import click
from sqlalchemy.orm import Session

from workbench.db import Database, open_database
from workbench.errors import WorkbenchError
from workbench.models import Document


def database() -> Database:
    """The database named by the environment, upgraded to the current schema."""
    return open_database()


def load_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise WorkbenchError(f"no document with id {document_id}; `workbench docs` lists them")
    return document


def print_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


def warn(message: str) -> None:
    click.echo(message, file=sys.stderr)
