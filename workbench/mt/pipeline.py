"""Drafting documents: translation memory first, then MT batched per route leg, then the termbase.

Per target language: plan a route, collect the segments that need a draft (across every
document given), and work through them in chunks. Each chunk is one transaction and one
``translate`` call per route leg, so an interrupted run keeps the finished chunks and a re-run
skips them. A segment whose Russian a person has confirmed is drafted into the other languages
from that Russian (``PEOPLE_PIVOT``), and drafted again when the Russian is revised.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from glossary import checks, enforcement
from workbench.db import Database
from workbench.errors import WorkbenchError
from workbench.models import (
    CONFIRMED_STATUSES,
    MACHINE_ORIGINS,
    Document,
    Evaluation,
    Segment,
    Translation,
    utcnow,
)
from workbench.mt.base import ENGINES, Engine
from workbench.mt.routes import Route, missing_route_message, plan_route
from workbench.mt.unknown import split_unknown
from workbench.tm import exact_matches
from workbench.translations import save_machine_draft

# People's Russian is the best source for Belarusian and Ukrainian drafts: Apertium's ru→be /
# ru→uk legs from a confirmed Russian translation beat any route from English.
PEOPLE_PIVOT = "ru"
# Segments per chunk: large enough that a typical article is one batch per leg (CTranslate2
# splits it by tokens and sorts by length itself), small enough that Ctrl+C loses little.
CHUNK_SIZE = 256


@dataclass
class Draft:
    text: str
    raw_mt: str
    glossary_changes: list[dict]
    alternatives: list[str]
    # Words no engine's dictionary knew (respelled guesses), for the editor to highlight.
    unknown: list[str] = field(default_factory=list)


@dataclass
class LanguageReport:
    lang: str
    route: str = ""
    missing: str = ""
    todo: int = 0
    drafted: int = 0
    from_tm: int = 0
    glossary_fixes: int = 0
    skipped_human: int = 0
    already_drafted: int = 0
    seconds: float = 0.0


class Reporter:
    """Receives progress; the CLI draws bars, tests and the web stay silent."""

    def start(self, report: LanguageReport) -> None:
        pass

    def advance(self, report: LanguageReport, segments: int) -> None:
        pass

    def finish(self, report: LanguageReport) -> None:
        pass


def open_engines(engine: str = "auto", *, threads: int = 0, num_hypotheses: int = 3) -> dict[str, Engine]:
    """The engines to route through: all installed ones for ``auto``, else the one named."""
    if engine != "auto" and engine not in ENGINES:
        raise WorkbenchError(f"unknown engine {engine!r}; choose auto, {', '.join(ENGINES)}")
    names = list(ENGINES) if engine == "auto" else [engine]
    return {name: ENGINES[name].create(threads=threads, num_hypotheses=num_hypotheses) for name in names}


def measured_routes(session: Session, source: str, target: str) -> dict[str, float]:
    """chrF of each route ``workbench mt eval`` measured for the pair (its latest run)."""
    rows = session.execute(
        select(Evaluation.route, Evaluation.chrf)
        .where(Evaluation.source_lang == source, Evaluation.target_lang == target)
        .order_by(Evaluation.created_at, Evaluation.id)
    )
    return dict(rows.all())


def protect_terms(termbase, text: str, source_lang: str, pivot_lang: str) -> str:
    """Inline the termbase's target form of each source term, so the model copies it through."""
    pieces, position = [], 0
    for hit in sorted(checks.hits(termbase, text, source_lang, pivot_lang), key=lambda hit: hit.start):
        if hit.start < position or not hit.targets:
            continue
        pieces += [text[position : hit.start], _matching_length(hit.targets, hit.source_term)]
        position = hit.end
    return "".join(pieces) + text[position:]


def _matching_length(targets: list[str], source_term: str) -> str:
    """The target term as long as the source's: "Prokopiev" -> "Прокопьев", not the full name."""
    words = len(source_term.split())
    return next((target for target in targets if len(target.split()) == words), targets[0])


def draft_texts(
    texts: list[str],
    route: Route,
    engines: dict[str, Engine],
    source_lang: str,
    target_lang: str,
    termbase=None,
) -> list[Draft]:
    """Translate ``texts`` along ``route``: one engine call per leg for the whole list."""
    first = route.legs[0]
    protect = termbase is not None and engines[first.engine].inline_terms
    inputs = [protect_terms(termbase, text, source_lang, first.target) for text in texts] if protect else texts
    hypotheses = engines[first.engine].translate(inputs, first.source, first.target)
    for leg in route.legs[1:]:
        # Every hypothesis travels on, so the editor's alternatives are full-route drafts too.
        flat = [hypothesis for group in hypotheses for hypothesis in group]
        translated = iter(engines[leg.engine].translate(flat, leg.source, leg.target))
        hypotheses = [[next(translated)[0] for _ in group] for group in hypotheses]
    # An unknown word the termbase knows in the target (a Russian spelling it replaces) stays as
    # it came, so the fixer can put the right name in; other unknown words take the respelling.
    keep = (lambda word: bool(termbase.scan(word, target_lang))) if termbase else (lambda word: False)
    # Most termbases forbid nothing in most languages: then no draft needs the extra scans.
    forbids = termbase is not None and any(
        record.status == "forbidden" and record.lang == target_lang for record in termbase.records)
    drafts = []
    for source, group in zip(texts, hypotheses):
        raw, unknown = split_unknown(group[0], keep)
        alternatives = [text for text in dict.fromkeys(split_unknown(text, keep)[0] for text in group[1:])
                        if text != raw]
        if termbase is None:
            drafts.append(Draft(raw, raw, [], alternatives, unknown))
            continue
        fixed = enforcement.fix(termbase, raw, target_lang, source=source, source_lang=source_lang)
        # A missing term the fixer could not place changes nothing; QA reports it on the draft.
        changes = [{"concept": change.concept, "from": change.from_, "to": change.to, "reason": change.reason}
                   for change in fixed.changes if change.start is not None]
        # Alternatives take over the best draft's replacements: running the full fixer on each
        # would cost as much again as all the rest of the pipeline around the MT.
        for change in changes:
            if change["from"]:
                alternatives = [text.replace(change["from"], change["to"]) for text in alternatives]
        text, removed = without_forbidden(termbase, fixed.text, target_lang) if forbids else (fixed.text, [])
        changes += removed
        alternatives = list(dict.fromkeys(
            alternative for alternative in alternatives
            if alternative != text and not (forbids and _forbidden_matches(termbase, alternative, target_lang))
        ))
        drafts.append(Draft(text, raw, changes, alternatives, [word for word in unknown if word in text]))
    return drafts


def _forbidden_matches(termbase, text: str, lang: str) -> list:
    return [match for match in termbase.scan(text, lang) if match.status == "forbidden"]


def without_forbidden(termbase, text: str, lang: str) -> tuple[str, list[dict]]:
    """The text with every forbidden term the fixer left replaced by the preferred term.

    A forbidden term (a slur, a wrong literal name) is never written by any engine: when the
    fixer could not place it by context (no source term for it), it is replaced here anyway.
    """
    changes = []
    for match in sorted(_forbidden_matches(termbase, text, lang), key=lambda match: -match.start):
        preferred = termbase.preferred(match.concept, lang)
        better = (termbase.replacement(match.concept, match.term, match.cases, lang)
                  or (termbase.records[preferred[0]].text if preferred else ""))
        text = text[: match.start] + better + text[match.end :]
        changes.append({"concept": match.concept, "from": match.term, "to": better, "reason": "forbidden"})
    return text, changes[::-1]


@dataclass
class Todo:
    segment_id: int
    # The text to translate: the segment's source, or a person's Russian translation of it.
    source_text: str
    source_lang: str
    # "reviewed" / "translated": drafted from a person's Russian of that status.
    via: str = ""


def people_pivot_label(route: Route, via: str) -> str:
    """The route a draft records when it came from a person's Russian: "apertium ru→be from reviewed ru"."""
    return f"{route} from {via} {PEOPLE_PIVOT}"


def plan_routes(session: Session, source_langs, lang: str, available) -> dict[str, Route | None]:
    """The route into ``lang`` from each source language and from people's Russian: the best
    measured one where `workbench mt eval` ran, else the planner's choice."""
    return {source: plan_route(source, lang, available, measured_routes(session, source, lang))
            for source in {*source_langs, PEOPLE_PIVOT}}


def people_pivot_usable(routes: dict[str, Route | None], lang: str) -> bool:
    return lang != PEOPLE_PIVOT and routes.get(PEOPLE_PIVOT) is not None


def group_todo(todo: list[Todo], source_langs=()) -> dict[tuple[str, str], list[Todo]]:
    """The segments by what they are drafted from: (source language, "" or the people's Russian's status)."""
    groups: dict[tuple[str, str], list[Todo]] = {(source, ""): [] for source in source_langs}
    for item in todo:
        groups.setdefault((item.source_lang, item.via), []).append(item)
    return groups


def route_label(routes: dict[str, Route | None], source: str, via: str) -> str:
    """What a draft records as its route ("" where there is none)."""
    return people_pivot_label(routes[source], via) if via else str(routes[source] or "")


def collect_todo(
    session: Session,
    document_ids: list[int],
    lang: str,
    force: bool,
    report: LanguageReport,
    *,
    use_people_pivot: bool = False,
    segment_ids: list[int] | None = None,
) -> list[Todo]:
    """The segments of the documents (or only ``segment_ids``) that need a draft into ``lang``; with
    ``use_people_pivot`` a machine draft is redone when a person's Russian it was not made from (a
    newer or first confirmed translation) is there to draft from."""
    wanted = Segment.id.in_(segment_ids) if segment_ids is not None else Segment.document_id.in_(document_ids)
    pivot = aliased(Translation)
    rows = session.execute(
        select(Segment.id, Segment.source_text, Document.source_lang, Translation, pivot.text, pivot.status,
               pivot.updated_at)
        .join(Document, Document.id == Segment.document_id)
        .outerjoin(Translation, (Translation.segment_id == Segment.id) & (Translation.lang == lang))
        .outerjoin(pivot, (pivot.segment_id == Segment.id) & (pivot.lang == PEOPLE_PIVOT)
                   & pivot.status.in_(CONFIRMED_STATUSES) & pivot.origin.not_in(MACHINE_ORIGINS))
        .where(wanted, Document.source_lang != lang)
        .order_by(Segment.document_id, Segment.position)
    )
    todo = []
    for segment_id, source_text, source_lang, translation, russian, russian_status, russian_saved in rows:
        if not source_text.strip():
            continue
        from_person = use_people_pivot and source_lang != PEOPLE_PIVOT and bool(russian and russian.strip())
        if translation is not None and translation.status != "untranslated" and not force:
            if translation.touched_by_person:
                report.skipped_human += 1
                continue
            drafted_from_it = (translation.route.endswith(f" from {russian_status} {PEOPLE_PIVOT}")
                               and russian_saved <= translation.updated_at)
            if not from_person or drafted_from_it:
                report.already_drafted += 1
                continue
        if from_person:
            todo.append(Todo(segment_id, russian, PEOPLE_PIVOT, russian_status))
        else:
            todo.append(Todo(segment_id, source_text, source_lang))
    return todo


def translate_documents(
    db: Database,
    document_ids: list[int],
    targets: list[str],
    engines: dict[str, Engine],
    *,
    termbase=None,
    force: bool = False,
    reporter: Reporter | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> list[LanguageReport]:
    """Draft every segment of the documents into each target language; one report per language.

    Where a person has confirmed the Russian translation of a segment, its Belarusian or
    Ukrainian draft is made from that Russian (when a ru→target route exists), not from the source.
    """
    reporter = reporter or Reporter()
    available = {name: engine.available_pairs() for name, engine in engines.items()}
    reports = []
    for lang in targets:
        report = LanguageReport(lang)
        reports.append(report)
        started = time.perf_counter()
        with db.session() as session:
            source_langs = list(session.scalars(
                select(Document.source_lang).where(Document.id.in_(document_ids), Document.source_lang != lang)
                .distinct().order_by(Document.source_lang)
            ))
            routes = plan_routes(session, source_langs, lang, available)
            todo = collect_todo(session, document_ids, lang, force, report,
                                use_people_pivot=people_pivot_usable(routes, lang))
        report.todo = len(todo)
        groups = group_todo(todo, source_langs)
        labels = {(source, via): route_label(routes, source, via) for source, via in groups}
        report.route = "; ".join(label for key, label in labels.items() if label and (groups[key] or not key[1]))
        report.missing = "; ".join(missing_route_message(source, lang, available)
                                   for source, via in groups if not via and routes[source] is None)
        reporter.start(report)
        for (source_lang, via), items in groups.items():
            for start in range(0, len(items), chunk_size):
                chunk = items[start : start + chunk_size]
                draft_chunk(db, chunk, source_lang, lang, routes[source_lang], labels[source_lang, via], engines,
                            termbase, force, report)
                reporter.advance(report, len(chunk))
        report.seconds = time.perf_counter() - started
        reporter.finish(report)
    return reports


def draft_chunk(
    db: Database,
    chunk: list[Todo],
    source_lang: str,
    lang: str,
    route: Route | None,
    label: str,
    engines: dict[str, Engine],
    termbase,
    force: bool,
    report: LanguageReport,
    confirm: Callable[[Session], None] | None = None,
) -> None:
    """TM first; MT (when there is a route) for the rest; then every draft in one transaction.

    MT runs between the reading and the writing transaction, so no write lock is held while
    the models work (SQLite has one writer: the editor must be able to save meanwhile).
    ``confirm`` runs last in the writing transaction (background jobs mark the chunk done
    there); if it raises, none of the chunk's drafts are stored.
    """
    segment_ids = [item.segment_id for item in chunk]
    with db.session() as session:
        memory = exact_matches(session, [item.source_text for item in chunk], source_lang, lang,
                               exclude_segments=segment_ids)
    texts = list(dict.fromkeys(item.source_text for item in chunk if item.source_text not in memory))
    drafts = dict(zip(texts, draft_texts(texts, route, engines, source_lang, lang, termbase))) if route else {}
    with db.session() as session:
        stored = session.scalars(select(Segment).where(Segment.id.in_(segment_ids)))
        segments = {segment.id: segment for segment in stored}
        for item in chunk:
            segment = segments.get(item.segment_id)
            if segment is None:  # deleted while the models worked
                continue
            if item.source_text in memory:
                saved = save_machine_draft(session, segment, lang, memory[item.source_text], origin="tm",
                                           force=force, route="tm", raw_mt=None, glossary_changes=[], alternatives=[])
                if saved:
                    saved.mt_unknown = []
                    report.from_tm += 1
                else:
                    report.skipped_human += 1
            elif item.source_text in drafts:
                draft = drafts[item.source_text]
                saved = save_machine_draft(session, segment, lang, draft.text, origin="mt", force=force,
                                           route=label, raw_mt=draft.raw_mt,
                                           glossary_changes=draft.glossary_changes, alternatives=draft.alternatives)
                if saved:
                    # An unchanged text is not saved again: the route and time must still say
                    # what it was made from, or a re-draft from people's Russian would repeat.
                    saved.route, saved.updated_at, saved.mt_unknown = label, utcnow(), draft.unknown
                    report.drafted += 1
                    report.glossary_fixes += len(draft.glossary_changes)
                else:
                    report.skipped_human += 1
        if confirm is not None:
            confirm(session)
