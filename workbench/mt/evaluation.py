"""Measured MT quality: run routes on an aligned test set and score them (``workbench mt eval``).

Scores are sacrebleu's chrF and BLEU with their defaults (chrF is the one routes are chosen
by: it rewards the right stem in the wrong case, which matters for Slavic drafts), the share of
termbase terms the draft renders acceptably, and speed. The draft is exactly what ``workbench
translate`` would store: the same route, the termbase's protection and fixes included. Stored
evaluations let ``--engine auto`` prefer the route that measured best (``routes.plan_route``).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.models import Evaluation
from workbench.mt.base import ENGINES, Engine
from workbench.mt.pipeline import draft_texts
from workbench.mt.routes import Route

ACCEPTABLE_STATUSES = ("preferred", "admitted")


@dataclass
class Measurement:
    route: str
    chrf: float
    bleu: float
    term_accuracy: float | None
    segments: int
    seconds: float
    models: list[str] = field(default_factory=list)

    @property
    def segments_per_second(self) -> float:
        return self.segments / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "segments_per_second": round(self.segments_per_second, 1)}


def read_test_set(source_file: Path, reference_file: Path) -> tuple[list[str], list[str]]:
    """Aligned lines of two UTF-8 files; blank source lines are left out with their references."""
    texts = []
    for path in (source_file, reference_file):
        try:
            texts.append(Path(path).read_text(encoding="utf-8").splitlines())
        except FileNotFoundError:
            raise WorkbenchError(f"no such file: {path}") from None
        except UnicodeDecodeError as error:
            raise WorkbenchError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    sources, references = texts
    if len(sources) != len(references):
        raise WorkbenchError(f"{source_file} has {len(sources)} lines but {reference_file} has {len(references)}; "
                             "a test set needs one reference line per source line")
    pairs = [(source, reference) for source, reference in zip(sources, references) if source.strip()]
    if not pairs:
        raise WorkbenchError(f"{source_file}: no lines to translate")
    return [source for source, _ in pairs], [reference for _, reference in pairs]


def term_accuracy(termbase, sources: list[str], drafts: list[str], source_lang: str, target_lang: str) -> float | None:
    """Share of termbase concepts in the sources that the drafts render with an acceptable term."""
    expected = rendered = 0
    for source, draft in zip(sources, drafts):
        wanted = {match.concept for match in termbase.scan(source, source_lang)
                  if termbase.terms_in(match.concept, target_lang)}
        if not wanted:
            continue
        present = {match.concept for match in termbase.scan(draft, target_lang) if match.status in ACCEPTABLE_STATUSES}
        expected += len(wanted)
        rendered += len(wanted & present)
    return rendered / expected if expected else None


def route_models(route: Route) -> list[str]:
    """What each leg ran on, with versions: "argos translate-en_ru v1.9", "apertium rus-bel v0.2.1"."""
    models = []
    for leg in route.legs:
        engine = ENGINES.get(leg.engine)
        installed = [model for model in (engine.installed() if engine else [])
                     if (leg.source, leg.target) in model.pairs]
        models += [f"{leg.engine} {model.name}" + (f" v{model.version}" if model.version else "")
                   for model in installed[:1]] or [f"{leg.engine} {leg.source}→{leg.target}"]
    return models


def evaluate(
    sources: list[str],
    references: list[str],
    route: Route,
    engines: dict[str, Engine],
    source_lang: str,
    target_lang: str,
    termbase=None,
) -> Measurement:
    from sacrebleu.metrics import BLEU, CHRF

    started = time.perf_counter()
    drafts = [draft.text for draft in draft_texts(sources, route, engines, source_lang, target_lang, termbase)]
    seconds = time.perf_counter() - started
    return Measurement(
        route=str(route),
        chrf=round(CHRF().corpus_score(drafts, [references]).score, 2),
        bleu=round(BLEU().corpus_score(drafts, [references]).score, 2),
        term_accuracy=term_accuracy(termbase, sources, drafts, source_lang, target_lang) if termbase else None,
        segments=len(sources),
        seconds=round(seconds, 3),
        models=route_models(route),
    )


def store(session: Session, measurement: Measurement, source_lang: str, target_lang: str, test_set: str) -> Evaluation:
    evaluation = Evaluation(source_lang=source_lang, target_lang=target_lang, route=measurement.route,
                            chrf=measurement.chrf, bleu=measurement.bleu, term_accuracy=measurement.term_accuracy,
                            segments=measurement.segments, seconds=measurement.seconds, models=measurement.models,
                            test_set=test_set[:500])
    session.add(evaluation)
    return evaluation


def latest_evaluations(session: Session) -> list[Evaluation]:
    """The latest evaluation of each route of each pair, by pair then best chrF."""
    latest = (select(func.max(Evaluation.id))
              .group_by(Evaluation.source_lang, Evaluation.target_lang, Evaluation.route))
    return list(session.scalars(
        select(Evaluation).where(Evaluation.id.in_(latest))
        .order_by(Evaluation.source_lang, Evaluation.target_lang, Evaluation.chrf.desc())
    ))
