"""Commands: glossary discover (names the termbase does not know, with proposed spellings) and
glossary adopt (add one as a concept)."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.discovery import discover
from glossary.proposals import LANGUAGES
from glossary.termbase import Termbase
from workbench.cli.common import DATABASE_INT, database, load_document, print_json
from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.names import NAME_KINDS, adopt, check_discovery_language, file_text, name_entry, new_names


@click.command("discover")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--document", "document_id", type=DATABASE_INT, help="A document's id instead of a file.")
@click.option("--lang", default="en", show_default=True, help="Language of the text (names are found in English).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name per line.")
def discover_command(path: Path | None, document_id: int | None, lang: str, as_json: bool) -> None:
    """Names in PATH (or --document DOC) that no termbase concept covers, with proposed spellings.

    With --json each line is {"name", "count", "kind", "proposals": {"be": [...], "uk": [...],
    "pl": [...], "ru": [...]}, ...}; each proposal is {"text", "rule", "known", "forms"}.
    """
    if (path is None) == (document_id is None):
        raise WorkbenchError("give a file or --document DOC (one of them)")
    lang = validate_language(lang)
    with database().session() as session:
        termbase = Termbase.from_session(session)
        if document_id is not None:
            names = new_names(session, load_document(session, document_id), termbase)
        else:
            check_discovery_language(lang)
            names = discover(file_text(path), termbase)
    for name in names:
        entry = name_entry(name)
        if as_json:
            print_json(entry)
            continue
        click.echo(f"{name.name}  ({name.kind}, {name.count}×, origin {entry['origin']})")
        for target in LANGUAGES:
            click.echo(f"  {target}  {' / '.join(p['text'] for p in entry['proposals'][target])}")
    if not as_json:
        click.echo(f"{len(names)} name{'s' if len(names) != 1 else ''} not in the termbase", err=True)


@click.command("adopt")
@click.argument("name")
@click.option("--kind", type=click.Choice(NAME_KINDS), default="person", show_default=True)
@click.option("--concept", "key", help="Concept key (default: from the name, e.g. ales-bialiatski).")
@click.option("--be", help="Belarusian spelling to prefer (default: the first proposal).")
@click.option("--uk", help="Ukrainian spelling to prefer.")
@click.option("--pl", help="Polish spelling to prefer.")
@click.option("--ru", help="Russian spelling to prefer.")
@click.option("--json", "as_json", is_flag=True, help="Print the new concept's terms as JSON.")
def adopt_command(name: str, kind: str, key: str | None, as_json: bool, **spellings: str | None) -> None:
    """Add NAME to the termbase: chosen spellings preferred, the other proposals deprecated."""
    chosen = {lang: text for lang, text in spellings.items() if text}
    with database().session() as session:
        key, count = adopt(session, name, kind, chosen, key=key)
        termbase = Termbase.from_session(session)
    preferred = {lang: [termbase.records[i].text for i in termbase.preferred(key, lang)] for lang in ("en", *LANGUAGES)}
    if as_json:
        print_json({"concept": key, "kind": kind, "terms": count, "preferred": preferred})
        return
    click.echo(f"added concept {key!r} ({kind}) with {count} terms")
    for lang, texts in preferred.items():
        click.echo(f"  {lang}  {' / '.join(texts)}")


commands = [discover_command, adopt_command]  # under `workbench glossary`
