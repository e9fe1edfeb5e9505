"""Commands: export documents to files (and import edits back from them)."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import click
from sqlalchemy import select

from workbench.cli.common import database, load_document, warn
from workbench.errors import WorkbenchError
from workbench.exchange import all_exporters, get_exporter
from workbench.languages import parse_language_list
from workbench.models import Document


def export_filename(document: Document, lang: str, extension: str) -> str:
    """A safe file name built from the title: no directories, no traversal."""
    ascii_title = unicodedata.normalize("NFKD", document.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60] or "document"
    return f"{slug}-{document.id}.{lang}{extension}"


@click.command("export")
@click.argument("document_id", type=int, required=False)
@click.option("--all", "all_documents", is_flag=True, help="Export every document.")
@click.option("--lang", "langs", required=True, help="Target language(s), comma-separated.")
@click.option(
    "--format",
    "format_name",
    default="txt",
    show_default=True,
    help="Format: " + ", ".join(exporter.name for exporter in all_exporters()) + ".",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File, or directory for several files.")
def export_command(document_id, all_documents, langs, format_name, output) -> None:
    """Export DOCUMENT_ID (or --all) in the target language(s) to a file or stdout."""
    exporter = get_exporter(format_name)
    languages = parse_language_list(langs)
    if (document_id is None) == (not all_documents):
        raise WorkbenchError("give either a document id or --all")
    with database().session() as session:
        if all_documents:
            documents = list(session.scalars(select(Document).order_by(Document.id)))
        else:
            documents = [load_document(session, document_id)]
        jobs = [(document, lang) for document in documents for lang in languages]
        several = len(jobs) > 1
        if several and output is None:
            raise WorkbenchError("several files to write: give a directory with -o DIR")
        if several or (output is not None and output.is_dir()):
            output.mkdir(parents=True, exist_ok=True)
        for document, lang in jobs:
            result = exporter.export(session, document, lang)
            for message in result.warnings:
                warn(f"document {document.id} ({lang}): {message}")
            if output is None:
                sys.stdout.buffer.write(result.data)
                sys.stdout.flush()
                continue
            target = output / export_filename(document, lang, exporter.extension) if output.is_dir() else output
            target.write_bytes(result.data)
            click.echo(str(target))


commands = [export_command]
