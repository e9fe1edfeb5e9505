"""Import jobs: a file uploaded in the browser, imported and segmented off the request.

The upload is stored under ``job_files()`` when the job is queued; the import and the chunk's
confirmation share a transaction, so a worker killed mid-import leaves no half document and
the retry imports it once.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from workbench.config import check_import_size
from workbench.documents import import_document
from workbench.errors import WorkbenchError
from workbench.jobs.base import Confirm, JobKind, Ticket, WorkerContext, register_kind
from workbench.jobs.base import job_files, missing_job_file, own_job_file
from workbench.languages import validate_language

# NUL cannot be in a file name anywhere, and no other control character belongs in one.
CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")


def check_file_name(name: str) -> None:
    """Refuse a browser's file name holding a control character, naming it."""
    if control := CONTROL_CHARACTER.search(name):
        raise WorkbenchError(f"the file name holds the control character U+{ord(control.group()):04X}; rename the file")


def store_upload(data: bytes, filename: str, lang: str, title: str | None) -> dict:
    """Keep the uploaded bytes for the job; the arguments of an import job."""
    check_import_size(len(data))
    lang = validate_language(lang)
    name = Path(filename).name
    check_file_name(name)
    # The browser's name stays in the arguments (the import reads its format from it), out of the
    # file's: 255 bytes are all a file system allows, and a browser sends longer names.
    path = job_files() / f"upload-{uuid.uuid4().hex}"
    try:
        path.write_bytes(data)
    except OSError as error:  # a full disk: the reason, not a 500 page, and no half file kept
        path.unlink(missing_ok=True)
        raise WorkbenchError(f"the upload could not be stored for its job: {error.strerror}") from None
    return {"path": str(path), "filename": name, "lang": lang, "title": title or ""}


def _upload(ticket: Ticket) -> Path:
    """The job's file, which must be one ``store_upload`` wrote: the job deletes it once imported."""
    return own_job_file(ticket.job_id, ticket.arguments["path"], "upload-")


class UploadKind(JobKind):
    name = "import"
    queue = "io"
    label = "Import"

    def plan(self, session, arguments: dict) -> list[tuple[dict, int]]:
        return [({}, 1)]

    def run_chunk(self, context: WorkerContext, ticket: Ticket, payload: dict, confirm: Confirm) -> None:
        arguments = ticket.arguments
        path = _upload(ticket)
        if not path.exists():
            raise missing_job_file(ticket.job_id, path)
        try:
            with context.db.session() as session:
                document = import_document(session, path.read_bytes(), filename=arguments["filename"],
                                           lang=arguments["lang"], title=arguments["title"] or None)
                confirm(session, {"document_id": document.id, "title": document.title})
        except WorkbenchError:
            # A file that cannot be imported (the job fails with the reason) is of no further use;
            # kept, every refused upload stayed on disk for good.
            path.unlink(missing_ok=True)
            raise
        path.unlink(missing_ok=True)

    def describe(self, arguments: dict) -> str:
        return f"{arguments['filename']} ({arguments['lang']})"


register_kind(UploadKind())
