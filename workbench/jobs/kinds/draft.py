"""Draft jobs: the pipeline of ``workbench translate`` (TM, MT, termbase), chunk by chunk.

Chunks are planned per target and source language, so each is one MT batch per route leg and
one writing transaction. A chunk looks again at which of its segments still need a draft when
it runs: segments drafted or edited since the job was queued are left alone.
"""

from __future__ import annotations

import math
import socket

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.config import settings
from workbench.errors import WorkbenchError
from workbench.jobs.base import Confirm, JobKind, Ticket, WorkerContext, register_kind
from workbench.languages import validate_language
from workbench.models import Document
from workbench.mt.pipeline import (
    PEOPLE_PIVOT,
    LanguageReport,
    collect_todo,
    draft_chunk,
    group_todo,
    people_pivot_usable,
    plan_routes,
    route_label,
)
from workbench.mt.routes import missing_route_message

# Most segments per chunk: half the CLI's, so several workers share a long document and the
# editor fills in every few seconds, while CTranslate2 still gets batches long enough to sort by
# length (64-segment chunks cost 7% more time than 256 on one thread; benchmarks/jobs_benchmark.py).
JOB_CHUNK_SIZE = 128


def draft_arguments(document_ids: list[int], targets: list[str], *, engine: str = "auto", force: bool = False,
                    chunk_size: int = JOB_CHUNK_SIZE) -> dict:
    return {"document_ids": list(document_ids), "targets": [validate_language(lang) for lang in targets],
            "engine": engine, "force": force, "chunk_size": chunk_size}


def _no_route_here(source_lang: str, lang: str, available: dict) -> WorkbenchError:
    """Why this machine cannot draft the chunk. It fails the job: marked done, the chunk was lost work
    (the job said finished, its segments stayed empty), and a job left for another worker waits
    forever where no worker has the model (models are installed machine by machine)."""
    missing = missing_route_message(source_lang, lang, available)
    if not settings().broker_url:  # the one machine's own runner
        return WorkbenchError(f"{missing}. Install it and queue the job again (what was drafted is kept)")
    host = socket.gethostname()
    return WorkbenchError(
        f"the mt worker on {host} found {missing}. Install it on {host} and queue the job again (what was "
        "drafted is kept); every machine that runs mt workers needs the same models (docs/operations.md)"
    )


class DraftKind(JobKind):
    name = "draft"
    queue = "mt"
    label = "Draft"

    def plan(self, session: Session, arguments: dict) -> list[tuple[dict, int]]:
        document_ids = arguments["document_ids"]
        found = set(session.scalars(select(Document.id).where(Document.id.in_(document_ids))))
        if missing := [str(document_id) for document_id in document_ids if document_id not in found]:
            raise WorkbenchError(f"no document with id {', '.join(missing)}; `workbench docs` lists them")
        largest = arguments["chunk_size"]
        chunks = []
        for lang in arguments["targets"]:
            by_source: dict[str, list[int]] = {}
            # People's Russian may be the better source: the chunk decides when it runs.
            for item in collect_todo(session, document_ids, lang, arguments["force"], LanguageReport(lang),
                                     use_people_pivot=lang != PEOPLE_PIVOT):
                by_source.setdefault(item.source_lang, []).append(item.segment_id)
            for source_lang, segment_ids in by_source.items():
                # Chunks of equal size, so that workers sharing the job finish together.
                size = math.ceil(len(segment_ids) / math.ceil(len(segment_ids) / largest))
                for start in range(0, len(segment_ids), size):
                    part = segment_ids[start : start + size]
                    chunks.append(({"lang": lang, "source_lang": source_lang, "segment_ids": part}, len(part)))
        return chunks

    def run_chunk(self, context: WorkerContext, ticket: Ticket, payload: dict, confirm: Confirm) -> None:
        arguments, lang, source_lang = ticket.arguments, payload["lang"], payload["source_lang"]
        engines, available = context.engines(arguments["engine"])
        report = LanguageReport(lang)
        with context.db.session() as session:
            routes = plan_routes(session, [source_lang], lang, available)
            # What each segment is drafted from is decided again now (a person may have confirmed
            # its Russian since the job was planned).
            todo = collect_todo(session, [], lang, arguments["force"], report,
                                use_people_pivot=people_pivot_usable(routes, lang), segment_ids=payload["segment_ids"])
            groups = group_todo(todo)
            routes.update(plan_routes(session, {source for source, _ in groups}, lang, available))
            termbase = context.termbase(session)

        if missing := [source for source, via in groups if not via and routes[source] is None]:
            raise _no_route_here(missing[0], lang, available)

        def confirm_with_counts(session: Session) -> None:
            confirm(session, {
                "drafted": report.drafted, "from_tm": report.from_tm, "glossary_fixes": report.glossary_fixes,
                "skipped_human": report.skipped_human, "already_drafted": report.already_drafted,
            })

        if not todo:
            with context.db.session() as session:
                confirm_with_counts(session)
            return
        # The chunk is done with the last group's drafts; a chunk redone after a crash skips the
        # groups already drafted.
        last = len(groups) - 1
        for number, ((source, via), items) in enumerate(groups.items()):
            draft_chunk(context.db, items, source, lang, routes[source], route_label(routes, source, via), engines,
                        termbase, arguments["force"], report, confirm=confirm_with_counts if number == last else None)

    def describe(self, arguments: dict) -> str:
        documents = arguments["document_ids"]
        which = f"document {documents[0]}" if len(documents) == 1 else f"{len(documents)} documents"
        return f"{which} → {', '.join(arguments['targets'])}"


register_kind(DraftKind())
