"""The documents screen: progress per target language, upload, delete, export downloads."""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select

from workbench.documents import delete_document, document_progress, import_document, segment_counts, word_count
from workbench.errors import WorkbenchError
from workbench.exchange import get_exporter
from workbench.exchange.bilingual import share_termbase
from workbench.languages import validate_language
from workbench.models import STATUSES, Document, Segment
from workbench.web import current_termbase, database
from workbench.web.auth import requires

blueprint = Blueprint("documents", __name__)


def load_document(session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        abort(404, description=f"no document with id {document_id}")
    return document


def _progress_bars(progress: dict, total: int, languages) -> dict:
    """{lang: [(status, count, percent)]}; languages without translations count as untranslated."""
    bars = {}
    for lang in languages:
        counts = dict(progress.get(lang, {}))
        counts["untranslated"] = total - sum(counts.get(status, 0) for status in STATUSES if status != "untranslated")
        bars[lang] = [(status, counts.get(status, 0), 100 * counts.get(status, 0) / total if total else 0) for status in STATUSES]
    return bars


@blueprint.app_errorhandler(413)
def _too_large(error):
    limit = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
    flash(f"That file is larger than the upload limit ({limit:.1f} MB); nothing was imported.", "error")
    return redirect(url_for("documents.index"), 303)


@blueprint.get("/")
def index():
    languages = current_app.config["TARGET_LANGUAGES"]
    with database().session() as session:
        documents = session.scalars(select(Document).order_by(Document.created_at.desc(), Document.id.desc())).all()
        totals = dict(session.execute(select(Segment.document_id, func.count()).group_by(Segment.document_id)).all())
        listing = [
            (document, totals.get(document.id, 0), _progress_bars(document_progress(session, document), totals.get(document.id, 0), languages))
            for document in documents
        ]
        return render_template("documents.html", listing=listing, languages=languages)


@blueprint.post("/documents")
@requires("admin")
def upload():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        flash("Choose a file to import.", "error")
        return redirect(url_for("documents.index"))
    try:
        with database().session() as session:
            document = import_document(
                session,
                upload.read(),
                filename=upload.filename,
                lang=validate_language(request.form.get("lang") or "en"),
                title=request.form.get("title", "").strip() or None,
            )
            document_id, title = document.id, document.title
            segments, _ = segment_counts(session, document)
            words = word_count(session, document)
    except WorkbenchError as error:
        flash(f"{upload.filename}: {error}", "error")
        return redirect(url_for("documents.index"), 303)
    flash(f"Imported “{title}”: {segments:,} segment{'s' if segments != 1 else ''}, {words:,} word{'s' if words != 1 else ''}.", "info")
    return redirect(url_for("editor.first_language", document_id=document_id), 303)


@blueprint.route("/documents/<int:document_id>/delete", methods=["GET", "POST"])
@requires("admin")
def delete(document_id: int):
    with database().session() as session:
        document = load_document(session, document_id)
        if request.method == "GET":
            return render_template("delete.html", document=document)
        title = document.title
        delete_document(session, document)
    flash(f"Deleted “{title}”.", "info")
    return redirect(url_for("documents.index"), 303)


@blueprint.get("/documents/<int:document_id>/<lang>/export/<format_name>")
def export(document_id: int, lang: str, format_name: str):
    try:
        lang = validate_language(lang)
        exporter = get_exporter(format_name)
    except WorkbenchError as error:
        abort(404, description=str(error))
    with database().session() as session:
        document = load_document(session, document_id)
        share_termbase(session, current_termbase(session))  # loaded already, matchers built
        result = exporter.export(session, document, lang)
        filename = exporter.filename(document, lang)
    response = Response(result.data, mimetype="application/octet-stream")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    # What the CLI prints on stderr (e.g. segments exported in the source language); the
    # editor's script shows it beside the export buttons. ASCII JSON keeps the header valid.
    response.headers["X-Workbench-Warnings"] = json.dumps(result.warnings)
    return response
