"""Commands: ``workbench models ...`` (MT packages) and ``workbench translate`` (MT drafts)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from workbench.cli.common import database, load_document, print_json, warn
from workbench.config import settings
from workbench.errors import WorkbenchError
from workbench.languages import parse_language_list, validate_language
from workbench.models import Document


@click.group("models")
def models() -> None:
    """Machine translation models: Argos packages and Apertium pairs."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_models(as_json: bool) -> None:
    """Show the installed Argos packages and Apertium pairs."""
    from workbench.mt.apertium import installed_pairs
    from workbench.mt.argos import installed_packages

    rows = [
        {"engine": "argos", "pair": f"{package.from_code}-{package.to_code}", "name": package.package_path.name,
         "version": package.package_version, "target_prefix": package.target_prefix}
        for package in installed_packages()
    ] + [
        {"engine": "apertium", "pair": f"{source}-{target}", "name": pair.mode_file.stem, "version": "",
         "target_prefix": ""}
        for (source, target), pair in installed_pairs().items()
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("no models installed; `workbench models install --from-index en-ru` downloads one")
    for row in rows:
        details = "  ".join(part for part in (row["name"], row["version"] and f"v{row['version']}",
                                               row["target_prefix"] and f"prefix {row['target_prefix']}") if part)
        click.echo(f"{row['engine']:<9} {row['pair']:<7} {details}")


@models.command("install")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--from-index", "pair", metavar="SRC-TGT", help="Download from the Argos index (needs internet).")
def install_model(file: Path | None, pair: str | None) -> None:
    """Install FILE.argosmodel, or download a pair from the Argos package index."""
    from workbench.mt.argos import install_from_index, install_package

    if (file is None) == (pair is None):
        raise WorkbenchError("give either FILE.argosmodel or --from-index SRC-TGT")
    package = install_package(file) if file else install_from_index(pair)
    click.echo(f"installed {package.from_code}-{package.to_code} ({package.package_path.name})")


@models.command("remove")
@click.argument("pair", metavar="SRC-TGT")
def remove_model(pair: str) -> None:
    """Remove the installed Argos package for a pair, e.g. en-ru."""
    from workbench.mt.argos import remove_package

    for name in remove_package(pair):
        click.echo(f"removed {name}")


@models.command("package")
@click.option("--model-dir", required=True, type=click.Path(path_type=Path), help="CTranslate2 model folder.")
@click.option("--sp-model", required=True, type=click.Path(path_type=Path), help="SentencePiece model file.")
@click.option("--from", "source", required=True, help="Source language code.")
@click.option("--to", "target", required=True, help="Target language code.")
@click.option("--target-prefix", default="", help="Token that selects the target language (NLLB: bel_Cyrl).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="The .argosmodel to write.")
def package_model(model_dir: Path, sp_model: Path, source: str, target: str, target_prefix: str, output: Path) -> None:
    """Wrap a CTranslate2 model and its SentencePiece model into an Argos package."""
    from workbench.mt.argos import build_package

    path = build_package(model_dir, sp_model, validate_language(source), validate_language(target), output,
                         target_prefix=target_prefix)
    click.echo(f"wrote {path}; install it with `workbench models install {path}`")


class _ProgressBars:
    """One tqdm bar per language on stderr; routes and summaries on stdout."""

    def __init__(self):
        self.bar = None

    def start(self, report) -> None:
        from tqdm import tqdm

        if report.route:
            click.echo(f"{report.lang}: {report.route} ({report.todo} segments to draft)")
        if report.missing:
            warn(f"{report.lang}: {report.missing}")
        if report.route and report.todo:
            self.bar = tqdm(total=report.todo, desc=report.lang, unit="seg", file=sys.stderr, leave=False)

    def advance(self, report, segments: int) -> None:
        if self.bar is not None:
            self.bar.update(segments)

    def finish(self, report) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@click.command("translate")
@click.argument("document_id", type=int, required=False)
@click.option("--all", "all_documents", is_flag=True, help="Every document.")
@click.option("--to", "targets", default=lambda: ",".join(settings().target_languages),
              show_default="WORKBENCH_TARGET_LANGUAGES", help="Target languages.")
@click.option("--engine", type=click.Choice(["auto", "argos", "apertium"]), default="auto", show_default=True)
@click.option("--force", is_flag=True, help="Redo existing drafts and overwrite people's translations.")
@click.option("--threads", type=click.IntRange(min=0), default=0,
              help="CPU threads per model (0: CTranslate2 decides).")
@click.option("--queue", "queued", is_flag=True, help="Queue a background job and print its id instead.")
@click.option("--json", "as_json", is_flag=True, help="With --queue: print {\"job\": ID}.")
def translate(document_id: int | None, all_documents: bool, targets: str, engine: str, force: bool,
              threads: int, queued: bool, as_json: bool) -> None:
    """Draft translations with TM and offline MT, then apply the termbase."""
    from glossary.termbase import Termbase
    from workbench.mt.pipeline import open_engines, translate_documents

    if (document_id is None) == (not all_documents):
        raise WorkbenchError("give a document id or --all")
    languages = parse_language_list(targets)
    db = database()
    with db.session() as session:
        if all_documents:
            document_ids = list(session.scalars(select(Document.id).order_by(Document.id)))
        else:
            document_ids = [load_document(session, document_id).id]
        termbase = Termbase.from_session(session)
    if not document_ids:
        click.echo("no documents to translate; `workbench import FILE` adds one")
        return
    if queued:
        _queue_draft(db, document_ids, languages, engine, force, as_json)
        return
    engines = open_engines(engine, threads=threads)
    reports = translate_documents(db, document_ids, languages, engines, termbase=termbase, force=force,
                                  reporter=_ProgressBars())
    for report in reports:
        drafted = f"{report.drafted} drafted" if report.route else "no route" if report.missing else "nothing to draft"
        click.echo(
            f"{report.lang}: {drafted}, {report.from_tm} reused from TM, "
            f"{report.glossary_fixes} glossary fixes, {report.skipped_human} skipped (human), "
            f"{report.already_drafted} already drafted, {report.seconds:.1f} s"
        )


def _queue_draft(db, document_ids: list[int], languages: list[str], engine: str, force: bool, as_json: bool) -> None:
    from workbench.jobs.dispatch import broker_configured, submit
    from workbench.jobs.kinds.draft import draft_arguments

    job_id = submit(db, "draft", draft_arguments(document_ids, languages, engine=engine, force=force), "cli")
    if as_json:
        print_json({"job": job_id})
    else:
        click.echo(f"queued job {job_id}; `workbench jobs show {job_id}` follows it")
    if not broker_configured():
        warn("no WORKBENCH_BROKER_URL: `workbench serve` or `workbench worker` on this database runs the job")


commands = [models, translate]
