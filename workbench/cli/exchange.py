"""Commands: export documents to files, import edits back (any readable format). TMX: cli/tm.py."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from glossary.termbase import Termbase
from workbench.cli.common import DATABASE_INT, database, load_document, warn
from workbench.errors import WorkbenchError
from workbench.exchange import all_exporters, get_exporter, import_translations, readable_extensions
from workbench.exchange.bilingual import ImportReport
from workbench.exchange.notes import share_termbase
from workbench.languages import parse_language_list, validate_language
from workbench.models import Document
from workbench.safe_files import write_file


@click.command("export")
@click.argument("document_id", type=DATABASE_INT, required=False)
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
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--reviewed-only", is_flag=True,
              help="Only reviewed translations: the others go out untranslated (the source text in the original layout).")
def export_command(document_id, all_documents, langs, format_name, output, force, reviewed_only) -> None:
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
        if len(jobs) > 1:
            share_termbase(session, Termbase.from_session(session))
        to_directory = len(jobs) > 1 or (output is not None and output.is_dir())
        if to_directory:
            if output is None or (output.exists() and not output.is_dir()):
                raise WorkbenchError("several files to write: give a directory with -o DIR")
            output.mkdir(parents=True, exist_ok=True)
        for document, lang in jobs:
            result = exporter.export(session, document, lang, reviewed_only=reviewed_only)
            for message in result.warnings:
                warn(f"document {document.id} ({lang}): {message}")
            if output is None:
                sys.stdout.buffer.write(result.data)
                sys.stdout.flush()
                continue
            target = output / exporter.filename(document, lang) if to_directory else output
            write_file(target, result.data, force=force)
            click.echo(str(target))


def print_report(report: ImportReport, lang: str) -> None:
    for problem in report.problems:
        warn(problem)
    click.echo(f"{lang}: {report.changed} segment(s) changed, {report.unchanged} unchanged, {len(report.problems)} problem(s)")


existing_file = click.Path(exists=True, dir_okay=False, path_type=Path)
author_option = click.option("--author", default="", help="Name recorded in the revision history.")


def _import_command(name: str, format_name: str | None, summary: str) -> click.Command:
    @click.command(name, help=summary)
    @click.argument("document_id", type=DATABASE_INT)
    @click.argument("path", type=existing_file)
    @click.option("--lang", help="Target language of the file; needed only when the file does not name it.")
    @author_option
    def command(document_id, path, lang, author) -> None:
        lang = validate_language(lang) if lang else None
        with database().session() as session:
            lang, report = import_translations(session, load_document(session, document_id), path, lang=lang,
                                               format_name=format_name, author=author)
        print_report(report, lang)

    return command


import_translations_command = _import_command(
    "import-translations", None,
    f"Bring back edits made to an exported file of DOCUMENT_ID, all or nothing; the format follows "
    f"the file's name ({', '.join(readable_extensions())}).",
)
# The commands of earlier versions, kept for scripts: the same import with the format fixed.
import_po_command = _import_command("import-po", "po", "Same as import-translations, for a PO file.")
import_xliff_command = _import_command("import-xliff", "xliff", "Same as import-translations, for an XLIFF 2.0 or 1.2 file.")


commands = [export_command, import_translations_command, import_po_command, import_xliff_command]
