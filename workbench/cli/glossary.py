"""Commands: glossary (import, export, add, list, delete, show, scan, fix)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from glossary import enforcement
from glossary.compiled import open_termbase
from glossary.inflection import CASES, inflect
from glossary.io import add_term, export_file, import_file
from glossary.models import KINDS, STATUSES, Concept, Term
from glossary.termbase import Termbase
from workbench.cli import LazyGroup
from workbench.cli.common import database, print_json, printable
from workbench.config import check_import_size, workbench_home
from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.safe_files import replacing


def _load_termbase(*langs: str) -> Termbase:
    """The termbase with the matchers of ``langs`` ready, compiled once per termbase revision
    under the data directory: a warm start reads only what the text names (glossary.compiled)."""
    with database().session() as session:
        return open_termbase(session, workbench_home() / "cache", langs)


@click.group("glossary", cls=LazyGroup, lazy={"discover": "names", "adopt": "names"})
def glossary() -> None:
    """The termbase: names and terms enforced on drafts in every language."""


@glossary.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
def import_command(file: str) -> None:
    """Import (or update from) a .csv or .tbx termbase file."""
    if Path(file).is_file():  # a missing file gets the importer's own message
        check_import_size(Path(file).stat().st_size)
    with database().session() as session:
        report = import_file(session, file)
    click.echo(printable(f"imported {file}: {report}"))


@glossary.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def export_command(file: str, force: bool) -> None:
    """Export the termbase to a .csv or .tbx file."""
    target = Path(file)
    if target.suffix.lower() not in (".csv", ".tbx"):
        raise WorkbenchError(f"{printable(file)}: termbase files must end in .csv or .tbx")
    # The termbase writer knows nothing of the workbench's files: it writes a scratch copy, which
    # reaches FILE the way every export does (not over a file without --force, never the
    # database, whole or not at all).
    with database().session() as session, tempfile.TemporaryDirectory() as scratch:
        written = Path(scratch) / f"termbase{target.suffix.lower()}"
        count = export_file(session, written)
        with replacing(target, force=force) as output, written.open("rb") as handle:
            shutil.copyfileobj(handle, output)
    click.echo(f"exported {count} terms to {printable(file)}")


@glossary.command("add")
@click.argument("concept")
@click.argument("lang")
@click.argument("term")
@click.option("--status", type=click.Choice(STATUSES), default="preferred", show_default=True)
@click.option("--note", default="", help="Usage note; declension notes like 'Кіева (gen)' become forms.")
@click.option("--kind", type=click.Choice(KINDS), help="person, place, organisation or term.")
def add_command(concept: str, lang: str, term: str, status: str, note: str, kind: str | None) -> None:
    """Add a term to a concept (created if new), or update its status and note."""
    with database().session() as session:
        record, report = add_term(session, concept, validate_language(lang), term, status=status, note=note, kind=kind)
    click.echo(f"{'added' if report.terms_created else 'updated'} {record.lang} {status} term {record.text!r} of {concept!r}")


@glossary.command("list")
@click.option("--lang", help="Only terms in this language.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of terms.")
def list_command(lang: str | None, as_json: bool) -> None:
    """List concepts and their terms."""
    query = select(Term, Concept).join(Concept).order_by(Concept.key, Term.lang, Term.id)
    if lang:
        query = query.where(Term.lang == validate_language(lang))
    with database().session() as session:
        rows = [
            {"concept": concept.key, "kind": concept.kind, "lang": term.lang, "term": term.text,
             "status": term.status, "note": term.note, "forms": term.forms or {}}
            for term, concept in session.execute(query)
        ]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        click.echo(printable(f"{row['concept']}\t{row['lang']}\t{row['status']}\t{row['term']}"))


@glossary.command("delete")
@click.argument("concept")
@click.option("--lang", help="With --term: delete only that term.")
@click.option("--term", "text", help="With --lang: delete only this term, keeping the concept.")
def delete_command(concept: str, lang: str | None, text: str | None) -> None:
    """Delete a concept with all its terms, or one term of it."""
    if (lang is None) != (text is None):
        raise WorkbenchError("give both --lang and --term to delete one term, or neither to delete the concept")
    with database().session() as session:
        found = session.scalars(select(Concept).where(Concept.key == concept)).first()
        if found is None:
            raise WorkbenchError(f"no concept {concept!r}; `workbench glossary list` shows them")
        if text is None:
            terms = len(found.terms)
            session.delete(found)
            click.echo(f"deleted concept {concept!r} and its {terms} terms")
            return
        term = next((t for t in found.terms if t.lang == validate_language(lang) and t.text == text), None)
        if term is None:
            raise WorkbenchError(f"concept {concept!r} has no {lang} term {text!r}")
        found.terms.remove(term)
        click.echo(f"deleted {term.lang} term {text!r} of {concept!r}")


@glossary.command("show")
@click.argument("concept")
def show_command(concept: str) -> None:
    """Show one concept with every term and its case forms."""
    with database().session() as session:
        found = session.scalars(select(Concept).where(Concept.key == concept).options(selectinload(Concept.terms))).first()
        if found is None:
            raise WorkbenchError(f"no concept {concept!r}; `workbench glossary list` shows them")
        termbase = Termbase.from_session(session)
    click.echo(printable(f"{found.key} ({found.kind}){': ' + found.note if found.note else ''}"))
    for index in termbase.terms_of(concept):
        record = termbase.records[index]
        forms = ", ".join(f"{case} {termbase.form_in_case(index, case) or '?'}" for case in CASES)
        click.echo(printable(f"  {record.lang}  {record.status:<10} {record.text}  [{forms}]"))


@glossary.command("forms")
@click.argument("term")
@click.option("--lang", required=True, help="Language of TERM.")
@click.option("--kind", type=click.Choice(KINDS), help="person, place, organisation or term (default: the termbase's, else term).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: case -> forms.")
def forms_command(term: str, lang: str, kind: str | None, as_json: bool) -> None:
    """Show the case forms the fixer may write for TERM (its explicit forms win; '?' = not sure).

    A term of the termbase is inflected with its own kind and explicit forms; any other text
    as a KIND the rules and dictionaries (pymorphy3, Morfeusz 2) know.
    """
    lang = validate_language(lang)
    termbase = _load_termbase()
    index = next((i for i, r in enumerate(termbase.records) if r.lang == lang and r.text == term), None)
    if index is not None and kind is None:
        pairs = termbase.case_forms(index)
    else:
        pairs = inflect(term, lang, animate=(kind or "term") == "person")
    paradigm = {case: [form for form_case, form in pairs if form_case == case] for case in CASES}
    if as_json:
        print_json(paradigm)
        return
    for case in CASES:
        click.echo(f"{case}\t{', '.join(paradigm[case]) or '?'}")


@glossary.command("scan")
@click.option("--lang", required=True, help="Language of the text on stdin.")
def scan_command(lang: str) -> None:
    """Find terms in the text on stdin: one JSON object per match per line."""
    lang = validate_language(lang)
    termbase = _load_termbase(lang)
    for match in termbase.scan(sys.stdin.read(), lang):
        print_json({"concept": match.concept, "term": match.term, "start": match.start, "end": match.end,
                    "status": match.status, "case": match.case})


@glossary.command("fix")
@click.option("--lang", required=True, help="Language of the drafts.")
@click.option("--source-lang", default="en", show_default=True, help="Language of SOURCE in SOURCE<TAB>DRAFT lines.")
@click.option("--explain", is_flag=True, help="Print each replacement as a JSON line instead of the corrected text.")
def fix_command(lang: str, source_lang: str, explain: bool) -> None:
    """Fix drafts on stdin (lines DRAFT or SOURCE<TAB>DRAFT); one corrected line per input line.

    With --explain, stdout carries one JSON object per replacement (line, concept, from, to,
    reason, start, end) instead, ready for jq or a review script; a wrong rendering left as it is
    because no sure form fits its place comes with reason "unsure" and a note.
    """
    lang, source_lang = validate_language(lang), validate_language(source_lang)
    termbase = _load_termbase(lang, source_lang)
    for number, line in enumerate(sys.stdin, 1):
        source, tab, draft = line.rstrip("\r\n").partition("\t")
        if not tab:
            source, draft = "", source
        result = enforcement.fix(termbase, draft, lang, source=source or None, source_lang=source_lang)
        if not explain:
            click.echo(result.text)
            continue
        for change in sorted(result.changes + result.unsure, key=lambda c: (c.start is None, c.start or 0)):
            explained = {"line": number, "concept": change.concept, "from": change.from_, "to": change.to,
                         "reason": change.reason, "start": change.start, "end": change.end}
            print_json({**explained, "note": change.note} if change.note else explained)


commands = [glossary]
