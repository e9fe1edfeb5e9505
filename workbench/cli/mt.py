"""Commands: ``workbench models ...`` (MT packages) and ``workbench translate`` (MT drafts)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from workbench.accounts import CLI_USER
from workbench.cli.common import DATABASE_INT, database, load_document, print_json, warn
from workbench.config import settings
from workbench.errors import WorkbenchError
from workbench.languages import parse_language_list, validate_language
from workbench.models import Document
from workbench.mt import ENGINES


@click.group("models")
def models() -> None:
    """Machine translation models: Argos packages and Apertium pairs."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_models(as_json: bool) -> None:
    """Show what each engine has installed (Argos packages, Apertium pairs...) and how routes measured."""
    from workbench.mt.evaluation import latest_evaluations

    rows = [
        {"engine": model.engine, "pairs": [f"{source}-{target}" for source, target in model.pairs],
         "name": model.name, "version": model.version, "details": model.details}
        for engine in ENGINES.values() for model in engine.installed()
    ]
    with database().session() as session:
        evaluations = [
            {"pair": f"{row.source_lang}-{row.target_lang}", "route": row.route, "chrf": row.chrf, "bleu": row.bleu,
             "term_accuracy": row.term_accuracy, "segments": row.segments, "seconds": row.seconds,
             "models": row.models, "test_set": row.test_set, "date": row.created_at.date().isoformat()}
            for row in latest_evaluations(session)
        ]
    if as_json:
        print_json({"models": rows, "evaluations": evaluations})
        return
    if not rows:
        click.echo("no models installed; `workbench models install --from-index en-ru` downloads one")
    for row in rows:
        details = "  ".join(part for part in (row["name"], row["version"] and f"v{row['version']}", row["details"])
                            if part)
        click.echo(f"{row['engine']:<9} {', '.join(row['pairs']):<7} {details}")
    if evaluations:
        click.echo("measured (workbench mt eval):")
    for row in evaluations:
        terms = "" if row["term_accuracy"] is None else f"  terms {row['term_accuracy']:.0%}"
        click.echo(f"  {row['pair']:<6} chrF {row['chrf']:5.1f}  BLEU {row['bleu']:5.1f}{terms}  {row['route']}  "
                   f"({row['date']}, {row['segments']} lines of {row['test_set']}; {', '.join(row['models'])})")


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
@click.option("--sp-model", required=True, type=click.Path(path_type=Path),
              help="SentencePiece model file (the source side's, e.g. OPUS-MT's source.spm).")
@click.option("--target-sp-model", type=click.Path(path_type=Path), default=None,
              help="The target side's SentencePiece model when the model has its own (OPUS-MT's target.spm).")
@click.option("--from", "source", required=True, help="Source language code.")
@click.option("--to", "target", required=True, help="Target language code.")
@click.option("--target-prefix", default="", help="Token that starts every translation of a one-pair package.")
@click.option("--language-tokens", default="", metavar="CODE=TOKEN,...",
              help="A multilingual model's language tokens, e.g. en=eng_Latn,be=bel_Cyrl,ru=rus_Cyrl "
                   "(NLLB) or be=>>bel<<,uk=>>ukr<< (OPUS-MT); the package then serves every pair they allow.")
@click.option("--token-style", type=click.Choice(["target-prefix", "source-token"]), default="target-prefix",
              show_default=True, help="target-prefix: NLLB-200 / M2M-100; source-token: OPUS-MT multi-target.")
@click.option("--version", "version", default="1.0", show_default=True, help="Package version (shown by models list).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="The .argosmodel to write.")
def package_model(model_dir: Path, sp_model: Path, target_sp_model: Path | None, source: str, target: str,
                  target_prefix: str, language_tokens: str, token_style: str, version: str, output: Path) -> None:
    """Wrap a CTranslate2 model and its SentencePiece model into an Argos package."""
    from workbench.mt.argos import LanguageTokens, build_package

    tokens = LanguageTokens.parse(language_tokens, token_style) if language_tokens else None
    path = build_package(model_dir, sp_model, validate_language(source), validate_language(target), output,
                         target_prefix=target_prefix, language_tokens=tokens, target_sp_model=target_sp_model,
                         version=version)
    click.echo(f"wrote {path}; install it with `workbench models install {path}`")


@models.command("convert")
@click.option("--from-hf", "checkpoint", required=True, type=click.Path(path_type=Path),
              help="A Hugging Face checkpoint folder already on disk (NLLB, M2M-100, OPUS-MT).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="CTranslate2 folder to write.")
@click.option("--quantization", type=click.Choice(["int8", "int8_float32", "float16", "float32"]), default="int8",
              show_default=True)
def convert_model(checkpoint: Path, output: Path, quantization: str) -> None:
    """Convert a Hugging Face checkpoint with CTranslate2's converter (needs transformers and torch)."""
    from workbench.mt.argos import convert_from_hf

    path = convert_from_hf(checkpoint, output, quantization=quantization)
    click.echo(f"wrote {path}; wrap it with `workbench models package --model-dir {path} ...`")


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
@click.argument("document_id", type=DATABASE_INT, required=False)
@click.option("--all", "all_documents", is_flag=True, help="Every document.")
@click.option("--to", "targets", default=lambda: ",".join(settings().target_languages),
              show_default="WORKBENCH_TARGET_LANGUAGES", help="Target languages.")
@click.option("--engine", type=click.Choice(["auto", *ENGINES]), default="auto", show_default=True,
              help="auto: every installed engine, the best measured route per pair.")
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

    job_id = submit(db, "draft", draft_arguments(document_ids, languages, engine=engine, force=force), CLI_USER)
    if as_json:
        print_json({"job": job_id})
    else:
        click.echo(f"queued job {job_id}; `workbench jobs show {job_id}` follows it")
    if not broker_configured():
        warn("no WORKBENCH_BROKER_URL: `workbench serve` or `workbench worker` on this database runs the job")


@click.group("mt")
def mt() -> None:
    """Machine translation quality."""


@mt.command("eval")
@click.option("--from", "source", required=True, help="Source language code.")
@click.option("--to", "target", required=True, help="Target language code.")
@click.option("--src", "source_file", required=True, type=click.Path(path_type=Path),
              help="Source sentences, one per line (UTF-8).")
@click.option("--ref", "reference_file", required=True, type=click.Path(path_type=Path),
              help="Reference translations, line N translating line N of --src.")
@click.option("--engine", type=click.Choice(["auto", *ENGINES]), default="auto", show_default=True,
              help="Engines the routes may use.")
@click.option("--all-routes", is_flag=True, help="Measure every route that reaches the target (direct and pivots).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--threads", type=click.IntRange(min=0), default=0, help="CPU threads per model (0: CTranslate2 decides).")
def evaluate_routes(source: str, target: str, source_file: Path, reference_file: Path, engine: str, all_routes: bool,
                    as_json: bool, threads: int) -> None:
    """Translate a test set along the installed route(s) and print chrF, BLEU, term accuracy and speed.

    Results are stored: `workbench models list` shows them and `translate --engine auto` picks
    the best measured route per pair.
    """
    from glossary.termbase import Termbase
    from workbench.mt.evaluation import evaluate, read_test_set, store
    from workbench.mt.pipeline import measured_routes, open_engines
    from workbench.mt.routes import candidate_routes, missing_route_message, plan_route

    source, target = validate_language(source), validate_language(target)
    sources, references = read_test_set(source_file, reference_file)
    db = database()
    with db.session() as session:
        termbase = Termbase.from_session(session)
        measured = measured_routes(session, source, target)
    engines = open_engines(engine, threads=threads)
    available = {name: opened.available_pairs() for name, opened in engines.items()}
    routes = candidate_routes(source, target, available) if all_routes else [plan_route(source, target, available, measured)]
    if not routes or routes[0] is None:
        raise WorkbenchError(missing_route_message(source, target, available))
    results = []
    for route in routes:
        measurement = evaluate(sources, references, route, engines, source, target, termbase if termbase.records else None)
        with db.session() as session:
            store(session, measurement, source, target, Path(source_file).name)
        results.append(measurement)
        if not as_json:
            terms = "n/a" if measurement.term_accuracy is None else f"{measurement.term_accuracy:.0%}"
            click.echo(f"{source}→{target}  chrF {measurement.chrf:5.1f}  BLEU {measurement.bleu:5.1f}  terms {terms}  "
                       f"{measurement.segments_per_second:6.1f} seg/s  {measurement.route}")
    if as_json:
        print_json([measurement.as_dict() for measurement in results])


commands = [models, mt, translate]
