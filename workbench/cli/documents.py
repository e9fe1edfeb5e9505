"""Commands: import documents, list them, show their segments, delete them, assign their languages."""

from __future__ import annotations

import getpass
import shutil
import textwrap
from datetime import timezone
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.cli.common import DATABASE_INT, database, load_document, print_json, printable, warn
from workbench.collaboration import assign, assignees
from workbench.config import check_import_size, settings
from workbench.documents import (
    checksum,
    delete_document,
    find_document_by_checksum,
    import_document,
    progress_of,
    segment_counts,
    word_count,
)
from workbench.errors import WorkbenchError
from workbench.importers import READERS
from workbench.languages import language_name, validate_language
from workbench.models import ASSIGNMENT_ROLES, Document, Translation
from workbench.names import count_new_names, notice


def _summary(session: Session, document: Document) -> dict:
    segments, paragraphs = segment_counts(session, document)
    return {
        "id": document.id,
        "title": document.title,
        "source_lang": document.source_lang,
        "format": document.format,
        "encoding": document.encoding,
        "filename": document.original_filename,
        "segments": segments,
        "paragraphs": paragraphs,
        "words": word_count(session, document),
        # SQLite hands back naive datetimes; they are UTC like everything the workbench stores.
        "created": document.created_at.replace(tzinfo=document.created_at.tzinfo or timezone.utc).isoformat(),
    }


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--lang", default="en", show_default=True, help="Language the document is written in.")
@click.option("--title", help="Title (default: the first sentence).")
@click.option("--format", "fmt", help=f"{', '.join(READERS)} (default: from the extension).")
@click.option("--encoding", help="Character encoding (default: detected).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object instead of the id.")
@click.option("--if-new", is_flag=True, help="If these exact bytes were imported before, print that document's id.")
def import_command(path: Path, lang, title, fmt, encoding, as_json, if_new) -> None:
    """Import PATH (plain text, Markdown or HTML), segment it and print the new document id."""
    if not path.is_file():
        raise WorkbenchError(f"{path} is not a file")
    check_import_size(path.stat().st_size)
    data = path.read_bytes()
    with database().session() as session:
        document = find_document_by_checksum(session, checksum(data)) if if_new else None
        existed = document is not None
        if document is None:
            document = import_document(
                session, data, filename=path.name, lang=lang, title=title, fmt=fmt, encoding=encoding
            )
        summary = _summary(session, document) | {"existing": existed}
        new_names = count_new_names(session, document)
    if new_names is not None:
        summary["new_names"] = new_names
    if not existed and not encoding and not summary["encoding"].startswith("utf"):
        # Legacy charsets are told apart by statistics: cp1250 and Latin-2 differ in a few letters.
        warn(f"{path.name} is not Unicode; read as {summary['encoding']}: if `workbench show {summary['id']}` "
             "shows wrong letters, delete it and import again with --encoding")
    if as_json:
        print_json(summary)
    else:
        click.echo(summary["id"])
        if new_names:
            warn(f"{notice(new_names)}: `workbench glossary discover --document {summary['id']}` lists them")


@click.command("docs")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def docs_command(as_json) -> None:
    """List documents with their translation progress per language."""
    with database().session() as session:
        documents = session.scalars(select(Document).order_by(Document.id)).all()
        progress = progress_of(session, [document.id for document in documents])
        assigned = assignees(session, [document.id for document in documents])
        listing = [
            _summary(session, document) | {
                "progress": progress[document.id].languages,
                "assigned": {lang: people for (document_id, lang), people in sorted(assigned.items()) if document_id == document.id},
            }
            for document in documents
        ]
    if as_json:
        print_json(listing)
        return
    if not listing:
        click.echo("no documents yet; `workbench import FILE` adds one")
        return
    for entry in listing:
        click.echo(
            f"{entry['id']:>4}  {printable(entry['title'])}\n      {language_name(entry['source_lang'])}, "
            f"{entry['format']}, {entry['segments']} segments in {entry['paragraphs']} paragraphs, "
            f"{entry['words']:,} words, "
            f"{printable(entry['filename'])}"
        )
        for lang, counts in entry["progress"].items():
            done = counts["translated"] + counts["reviewed"]
            people = entry["assigned"].get(lang)
            click.echo(
                f"      {language_name(lang):<12} {done:>4}/{entry['segments']} done "
                f"({counts['reviewed']} reviewed), {counts['draft']} draft, "
                f"{counts['untranslated']} untranslated"
                + (f"; {_assignees_text(people)}" if people else "")
            )
        for lang in entry["assigned"].keys() - entry["progress"].keys():  # a language with nothing drafted yet
            click.echo(f"      {language_name(lang):<12} {_assignees_text(entry['assigned'][lang])}")


def _assignees_text(people: dict[str, str]) -> str:
    return ", ".join(f"{role} {printable(name)}" for role, name in people.items())


@click.command("show")
@click.argument("document_id", type=DATABASE_INT)
@click.option("--lang", help="Target language to show beside the source.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show_command(document_id: int, lang, as_json) -> None:
    """Print a document's segments, with the translation into --lang beside each."""
    lang = validate_language(lang) if lang else None
    with database().session() as session:
        document = load_document(session, document_id)
        translations = {}
        if lang:
            translations = {
                translation.segment_id: translation
                for translation in session.scalars(
                    select(Translation).where(
                        Translation.lang == lang,
                        Translation.segment_id.in_([segment.id for segment in document.segments]),
                    )
                )
            }
        rows = []
        for segment in document.segments:
            row = {"position": segment.position, "paragraph": segment.paragraph, "source": segment.source_text}
            if lang:
                translation = translations.get(segment.id)
                row["target"] = translation.text if translation else ""
                row["status"] = translation.status if translation else "untranslated"
                row["origin"] = translation.origin if translation else ""
            rows.append(row)
        summary = _summary(session, document)
    if as_json:
        print_json({"document": summary, "lang": lang, "segments": rows})
        return
    heading = f"#{summary['id']} {printable(summary['title'])} ({language_name(summary['source_lang'])}"
    click.echo(heading + (f" | {language_name(lang)})" if lang else ")"))
    _print_rows(rows, bool(lang))


def _print_rows(rows: list[dict], side_by_side: bool) -> None:
    width = shutil.get_terminal_size((120, 24)).columns
    column = max(20, (width - 9) // 2) if side_by_side else max(20, width - 6)
    paragraph = None
    for row in rows:
        if paragraph is not None and row["paragraph"] != paragraph:
            click.echo("")
        paragraph = row["paragraph"]
        left = textwrap.wrap(printable(row["source"]), column) or [""]
        right = textwrap.wrap(printable(f"[{row['status']}] {row['target']}"), column) if side_by_side else []
        for index in range(max(len(left), len(right))):
            number = str(row["position"]) if index == 0 else ""
            line = f"{number:>4}  {left[index] if index < len(left) else '':<{column}}"
            if side_by_side:
                line += f" | {right[index] if index < len(right) else ''}"
            click.echo(line.rstrip())


@click.command("delete")
@click.argument("document_id", type=DATABASE_INT)
@click.confirmation_option("--yes", prompt="Delete the document with all its translations?")
def delete_command(document_id: int) -> None:
    """Delete a document with its segments, translations and history."""
    with database().session() as session:
        document = load_document(session, document_id)
        title = document.title
        delete_document(session, document)
    click.echo(f"deleted document {document_id} ({printable(title)})")


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password database
        return "command line"


@click.group("documents")
def documents_group() -> None:
    """Work on documents: who is assigned to translate and review their languages."""


@documents_group.command("assign")
@click.argument("document_id", type=DATABASE_INT)
@click.argument("lang")
@click.argument("user", required=False)
@click.option("--role", type=click.Choice(ASSIGNMENT_ROLES), default="translator", show_default=True)
@click.option("--clear", is_flag=True, help="Assign nobody (USER is not given).")
@click.option("--by", default=_system_user, show_default="the system user", help="Name the history records.")
def assign_command(document_id: int, lang: str, user, role: str, clear: bool, by: str) -> None:
    """Assign the document's LANG to USER (an account) as its translator or reviewer."""
    if clear == bool(user):
        raise WorkbenchError("name the USER to assign, or give --clear (and no USER)")
    lang = validate_language(lang)
    with database().session() as session:
        document = load_document(session, document_id)
        if lang == document.source_lang or lang not in settings().target_languages:
            raise WorkbenchError(f"{lang} is not a language document {document_id} is translated into")
        result = assign(session, document, lang, role, user, by=by, may_assign_others=True)
    click.echo(f"document {document_id} {printable(str(result))}")


commands = [import_command, docs_command, show_command, delete_command, documents_group]
