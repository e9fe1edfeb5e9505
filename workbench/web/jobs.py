"""Background jobs from the browser: the editor's Draft action, export and import jobs, the jobs panel.

Every job goes through ``jobs.dispatch.submit``: to Celery workers when WORKBENCH_BROKER_URL is
set, else to this process's own runner thread (``init_app``). The panel polls the job and asks
for the translations of the rows it shows as chunks land.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, send_file, url_for
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from workbench.errors import WorkbenchError
from workbench.jobs import store
from workbench.jobs.base import WorkerContext
from workbench.jobs.dispatch import broker_configured, submit
from workbench.jobs.kinds.draft import draft_arguments
from workbench.jobs.kinds.export import export_arguments, exported_file
from workbench.jobs.kinds.upload import store_upload
from workbench.jobs.models import Job
from workbench.jobs.runner import EmbeddedRunner
from workbench.languages import validate_language
from workbench.models import Translation
from workbench.web import database
from workbench.web.api import translation_json
from workbench.web.auth import requires
from workbench.web.documents import load_document
from workbench.web.hardening import MAX_ID

blueprint = Blueprint("jobs", __name__)
RUNNER = "workbench.jobs"
# Jobs the panel lists, newest first.
PANEL_JOBS = 10
# Segment rows one refresh may ask for (a page of the editor, with room to spare).
MAX_ROWS = 500


def init_app(app) -> None:
    """Without a broker this process runs the jobs: a runner thread, started on first use."""
    db = app.extensions["workbench.database"]
    app.extensions[RUNNER] = None if broker_configured() else EmbeddedRunner(WorkerContext(db))


def start_runner(app) -> None:
    """``workbench serve`` starts the runner at once, for jobs queued from the CLI meanwhile."""
    if app.extensions.get(RUNNER) is not None:
        app.extensions[RUNNER].start()


def _submit(kind: str, arguments: dict) -> int:
    return submit(database(), kind, arguments, g.user.name, runner=current_app.extensions.get(RUNNER),
                  capped=True)


def _own_job(session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        abort(404, description=f"no job with id {job_id}")
    if job.created_by != g.user.name and not g.user.can("admin"):
        abort(403, description="this job is someone else's")
    return job


def _job_json(session, job: Job) -> dict:
    data = store.job_json(job, result=store.job_result(session, job))
    data["url"] = url_for("jobs.show", job_id=job.id)
    data["cancel_url"] = url_for("jobs.cancel", job_id=job.id)
    if job.kind == "export" and job.state == "done":
        data["download_url"] = url_for("jobs.download", job_id=job.id)
    return data


@blueprint.post("/api/jobs/draft/<int:document_id>/<lang>")
@requires("edit")
def draft(document_id: int, lang: str):
    with database().session() as session:
        document_id = load_document(session, document_id).id
    job_id = _submit("draft", draft_arguments([document_id], [validate_language(lang)]))
    return {"job": job_id, "url": url_for("jobs.show", job_id=job_id)}, 202


@blueprint.post("/api/jobs/export/<int:document_id>/<lang>/<format_name>")
def export(document_id: int, lang: str, format_name: str):
    job_id = _submit("export", export_arguments(document_id, lang, format_name, request.args.get("reviewed") == "1"))
    return {"job": job_id, "url": url_for("jobs.show", job_id=job_id)}, 202


@blueprint.post("/jobs/import")
@requires("admin")
def upload():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        flash("Choose a file to import.", "error")
        return redirect(url_for("documents.index"), 303)
    arguments = store_upload(upload.read(), upload.filename, request.form.get("lang") or "en",
                             request.form.get("title", "").strip() or None)
    try:
        job_id = _submit("import", arguments)
    except (WorkbenchError, SQLAlchemyError):
        # No job was stored (refused at the queued-jobs cap, the database away): nothing will ever
        # read the file. Left for the clean-up, every try again filled the disk for WORKBENCH_JOB_FILES_HOURS.
        Path(arguments["path"]).unlink(missing_ok=True)
        raise
    flash(f"Importing “{arguments['filename']}” in the background (job {job_id}).", "info")
    return redirect(url_for("jobs.index"), 303)


@blueprint.get("/api/jobs")
def mine():
    with database().session() as session:
        return {"jobs": [_job_json(session, job) for job in store.recent_jobs(session, created_by=g.user.name,
                                                                               limit=PANEL_JOBS)]}


@blueprint.get("/api/jobs/<int:job_id>")
def show(job_id: int):
    with database().session() as session:
        return _job_json(session, _own_job(session, job_id))


@blueprint.post("/api/jobs/<int:job_id>/cancel")
def cancel(job_id: int):
    with database().session() as session:
        _own_job(session, job_id)
        job = store.cancel_job(session, job_id)
        return _job_json(session, job)


@blueprint.get("/api/jobs/translations/<lang>")
def translations(lang: str):
    """The translations of the given segments (``?ids=1,2,3``), for rows a job may have drafted."""
    lang = validate_language(lang)
    try:
        ids = [int(part) for part in request.args.get("ids", "").split(",") if part][:MAX_ROWS]
    except ValueError:
        ids = None
    # An id past 64 bits is no segment's, and the database cannot even compare it.
    if ids is None or any(abs(segment_id) > MAX_ID for segment_id in ids):
        raise WorkbenchError("ids must be segment ids separated by commas")
    with database().session() as session:
        found = session.scalars(select(Translation).where(Translation.segment_id.in_(ids), Translation.lang == lang))
        return {"translations": {str(t.segment_id): translation_json(t) for t in found}}


@blueprint.get("/jobs/<int:job_id>/download")
def download(job_id: int):
    with database().session() as session:
        job = _own_job(session, job_id)
        result = store.job_result(session, job)
    if job.kind != "export" or job.state != "done":
        abort(404, description=f"job {job_id} has no file to download")
    try:
        path = exported_file(job_id, result)
    except WorkbenchError as refused:
        abort(404, description=str(refused))
    if not path.is_file():
        abort(404, description=f"the file of job {job_id} is gone")
    return send_file(path, as_attachment=True, download_name=result["filename"], mimetype="application/octet-stream")


@blueprint.get("/jobs")
def index():
    with database().session() as session:
        rows = [_job_json(session, job) for job in store.recent_jobs(session, created_by=g.user.name)]
        return render_template("jobs.html", jobs=rows)
