"""``workbench tm``: the translation memory from the command line — TMX in and out, fuzzy and
concordance look-ups for scripts (JSON lines), and maintenance by origin."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench import tm
from workbench.cli.common import database, print_json, warn
from workbench.config import settings
from workbench.exchange.tmx import import_tmx, write_memory_tmx
from workbench.languages import parse_language_list, validate_language
from workbench.safe_files import replacing
from workbench.tm.index import SEARCH_FIELDS

source_option = click.option("--from", "source_lang", required=True, help="Source language, e.g. en.")
target_option = click.option("--to", "target_lang", required=True, help="Target language, e.g. be.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON object per line.")


@click.group("tm")
def tm_group() -> None:
    """Translation memory: TMX exchange, fuzzy and concordance search, maintenance."""


@tm_group.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", "langs", required=True, help="Target language(s), comma-separated.")
@click.option("--origin", help="Only the units of this origin (`workbench tm origins`), e.g. document.")
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def tm_export_command(path, langs, origin, force) -> None:
    """Write the memory (confirmed translations and imported units) to a TMX file, streamed."""
    languages = parse_language_list(langs)
    with database().session() as session, replacing(path, force=force) as output:
        written = write_memory_tmx(session, output, languages, origin)
    if not written:
        warn(f"the memory has no units into {', '.join(languages)}" + (f" from {origin}" if origin else ""))
    click.echo(f"{path}: {written} unit(s)")


@tm_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--penalty", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Subtracted from these units' match scores: trust this memory less than your own.")
def tm_import_command(path, penalty) -> None:
    """Add the translation units of a TMX file to the memory (streamed: any size; the web
    upload limit does not apply). Units already imported are skipped."""
    from tqdm import tqdm

    with tqdm(total=path.stat().st_size, unit="B", unit_scale=True, desc=path.name, file=sys.stderr,
              leave=False, disable=None) as bar:
        def progress(position: int) -> None:
            bar.update(position - bar.n)

        with database().session() as session:
            added = import_tmx(session, path, penalty=penalty, progress=progress)
    if not added:
        warn(f"{path}: no translation pairs found")
    for (source_lang, target_lang), count in added.items():
        click.echo(f"{source_lang}→{target_lang}: {count} new unit(s)")


@tm_group.command("fuzzy")
@click.argument("text")
@source_option
@target_option
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True, help="Most matches to print.")
@click.option("--min", "threshold", type=click.FloatRange(0, 1),
              help="Lowest score printed (1.0: identical source); default: WORKBENCH_TM_MIN_SIMILARITY (0.75).")
@json_option
def tm_fuzzy_command(text, source_lang, target_lang, limit, threshold, as_json) -> None:
    """The remembered translations whose source is most like TEXT, best first."""
    if threshold is None:
        threshold = settings().tm_min_similarity
    with database().session() as session:
        matches = tm.fuzzy_matches(
            session, text, validate_language(source_lang), validate_language(target_lang), limit=limit, threshold=threshold
        )
    for match in matches:
        if as_json:
            print_json({"source": match.source, "target": match.target, "score": match.score, "origin": match.origin})
        else:
            click.echo(f"{match.score:.2f}  {match.source}  →  {match.target}  ({match.origin})")


def _highlighted(text: str, spans) -> str:
    parts, end = [], 0
    for start, stop in spans:
        parts += [text[end:start], click.style(text[start:stop], bold=True, underline=True)]
        end = stop
    return "".join(parts + [text[end:]])


@tm_group.command("search")
@click.argument("query")
@source_option
@target_option
@click.option("--in", "field", type=click.Choice(SEARCH_FIELDS), default="source", show_default=True,
              help="Search the source or the target side.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--page-size", type=click.IntRange(1, 500), default=20, show_default=True)
@json_option
def tm_search_command(query, source_lang, target_lang, field, page, page_size, as_json) -> None:
    """Concordance: remembered units whose source (or target) contains QUERY, newest first."""
    with database().session() as session:
        result = tm.concordance(
            session, query, validate_language(source_lang), validate_language(target_lang),
            field=field, page=page, page_size=page_size,
        )
    for hit in result.hits:
        if as_json:
            print_json({
                "source": hit.source, "target": hit.target, "origin": hit.origin,
                "highlights": {"source": hit.source_spans, "target": hit.target_spans},
            })
        else:
            click.echo(f"{_highlighted(hit.source, hit.source_spans)}  →  "
                       f"{_highlighted(hit.target, hit.target_spans)}  ({hit.origin})")
    if result.has_more:
        warn(f"more on page {page + 1} (--page {page + 1})")


@tm_group.command("origins")
@json_option
def tm_origins_command(as_json) -> None:
    """Where the memory's units came from, per language pair, with their count and penalty."""
    with database().session() as session:
        listing = tm.origins(session)
    for origin in listing:
        if as_json:
            print_json({"origin": origin.name, "from": origin.source_lang, "to": origin.target_lang,
                        "units": origin.units, "penalty": origin.penalty})
        else:
            click.echo(f"{origin.name}\t{origin.source_lang}→{origin.target_lang}\t{origin.units} unit(s)"
                       f"\tpenalty {origin.penalty:g}")


@tm_group.command("delete")
@click.argument("origin")
def tm_delete_command(origin) -> None:
    """Remove every unit imported from ORIGIN (as `workbench tm origins` names it)."""
    with database().session() as session:
        removed = tm.delete_origin(session, origin)
    click.echo(f"{origin}: {removed} unit(s) removed")


@tm_group.command("penalty")
@click.argument("origin")
@click.argument("penalty", type=click.FloatRange(0, 1))
def tm_penalty_command(origin, penalty) -> None:
    """Set how much lower the units of ORIGIN rank (0: as your own translations)."""
    with database().session() as session:
        changed = tm.set_penalty(session, origin, penalty)
    click.echo(f"{origin}: penalty {penalty:g} on {changed} unit(s)")


commands = [tm_group]
