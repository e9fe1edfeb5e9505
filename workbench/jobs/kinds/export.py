"""Export jobs: one document in one language and format, written to a file to download later.

A large document's PO or XLIFF export (termbase notes on every entry) takes longer than a
request should; as a job it runs on an io worker and the jobs panel offers the file.
"""

from __future__ import annotations

from workbench.errors import WorkbenchError
from workbench.exchange import get_exporter
from workbench.exchange.notes import share_termbase
from workbench.jobs.base import Confirm, JobKind, Ticket, WorkerContext, register_kind
from workbench.jobs.base import job_files, missing_job_file, own_job_file
from workbench.languages import validate_language
from workbench.models import Document


def export_arguments(document_id: int, lang: str, format_name: str, reviewed_only: bool = False) -> dict:
    get_exporter(format_name)  # an unknown format is refused when queued, not when run
    return {"document_id": document_id, "lang": validate_language(lang), "format": format_name,
            "reviewed_only": reviewed_only}


def exported_file(job_id: int, result: dict):
    """The file export job ``job_id`` wrote, to send to whoever downloads it (never another file)."""
    path = own_job_file(job_id, result["path"], f"export-{job_id}-")
    if not path.is_file():
        raise missing_job_file(job_id, path)
    return path


class ExportKind(JobKind):
    name = "export"
    queue = "io"
    label = "Export"

    def plan(self, session, arguments: dict) -> list[tuple[dict, int]]:
        if session.get(Document, arguments["document_id"]) is None:
            raise WorkbenchError(f"no document with id {arguments['document_id']}; `workbench docs` lists them")
        return [({}, 1)]

    def run_chunk(self, context: WorkerContext, ticket: Ticket, payload: dict, confirm: Confirm) -> None:
        arguments = ticket.arguments
        exporter = get_exporter(arguments["format"])
        with context.db.session() as session:
            document = session.get(Document, arguments["document_id"])
            if document is None:
                raise WorkbenchError(f"document {arguments['document_id']} was deleted before it could be exported")
            share_termbase(session, context.termbase(session))
            exported = exporter.export(session, document, arguments["lang"],
                                       reviewed_only=arguments.get("reviewed_only", False))
            filename = exporter.filename(document, arguments["lang"])
            path = job_files() / f"export-{ticket.job_id}-{filename}"
            path.write_bytes(exported.data)
            confirm(session, {"path": str(path), "filename": filename, "warnings": exported.warnings})

    def describe(self, arguments: dict) -> str:
        reviewed = " · reviewed only" if arguments.get("reviewed_only") else ""
        return f"document {arguments['document_id']} · {arguments['lang']} · {arguments['format']}{reviewed}"


register_kind(ExportKind())
