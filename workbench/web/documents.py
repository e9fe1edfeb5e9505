"""The documents screen: progress per target language, upload, delete, export downloads."""

from __future__ import annotations

import json
from dataclasses import dataclass

from flask import Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, select

from workbench.collaboration import assignees
from workbench.documents import Progress, delete_document, import_document, progress_of, segment_counts, word_count
from workbench.errors import USER_ERRORS, WorkbenchError
from workbench.exchange import get_exporter, import_translations, readable_extensions
from workbench.exchange.notes import share_termbase
from workbench.languages import validate_language
from workbench.models import STATUSES, Document
from workbench.names import count_new_names, notice
from workbench.web import current_termbase, database
from workbench.web.auth import requires
from workbench.web.uploads import saved_upload

blueprint = Blueprint("documents", __name__)


@dataclass
class DocumentPage:
    documents: list[Document]  # newest first
    count: int  # documents on every page
    number: int
    pages: int


def page_of_documents(session, requested: int, size: int, *criteria) -> DocumentPage:
    """A page of the documents (those matching ``criteria``, if given)."""
    count = session.scalar(select(func.count()).select_from(Document).where(*criteria))
    pages = max(1, -(-count // size))
    number = min(max(1, requested), pages)
    documents = session.scalars(
        select(Document).where(*criteria).order_by(Document.created_at.desc(), Document.id.desc()).limit(size).offset((number - 1) * size)
    ).all()
    return DocumentPage(list(documents), count, number, pages)


def load_document(session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        abort(404, description=f"no document with id {document_id}")
    return document


def _progress_bars(progress: Progress, languages) -> dict:
    """{lang: [(status, count, percent)]}; languages without translations count as untranslated."""
    total, bars = progress.segments, {}
    for lang in languages:
        counts = progress.languages.get(lang) or {"untranslated": total}
        bars[lang] = [(status, counts.get(status, 0), 100 * counts.get(status, 0) / total if total else 0) for status in STATUSES]
    return bars


def render_listing(session, page: DocumentPage, **context) -> str:
    """The documents page showing ``page``, each document with its progress per target language
    and who is assigned to it."""
    languages = current_app.config["TARGET_LANGUAGES"]
    progress = progress_of(session, [document.id for document in page.documents])
    listing = [(document, progress[document.id].segments, _progress_bars(progress[document.id], languages))
               for document in page.documents]
    assigned = assignees(session, [document.id for document in page.documents])
    return render_template("documents.html", listing=listing, languages=languages, page=page, assigned=assigned, **context)


@blueprint.get("/")
def index():
    with database().session() as session:
        page = page_of_documents(session, request.args.get("page", 1, type=int) or 1, current_app.config["PAGE_SIZE"])
        return render_listing(session, page)


@blueprint.post("/documents")
@requires("admin")
def upload():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise WorkbenchError("Choose a file to import.")
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
            names = count_new_names(session, document, current_termbase(session))
            segments, _ = segment_counts(session, document)
            words = word_count(session, document)
    except USER_ERRORS as error:  # name the file: the message may only say what is wrong inside it
        raise WorkbenchError(f"{upload.filename}: {error}") from None
    counts = f"{segments:,} segment{'s' if segments != 1 else ''}, {words:,} word{'s' if words != 1 else ''}"
    flash(f"Imported “{title}”: {counts}." + (f" {notice(names)}: see New names." if names else ""), "info")
    return redirect(url_for("editor.first_language", document_id=document_id), 303)


@blueprint.route("/documents/<int:document_id>/delete", methods=["GET", "POST"])
@requires("admin")
def delete(document_id: int):
    with database().session() as session:
        document = load_document(session, document_id)
        if request.method == "GET":
            return render_template("delete.html", document=document, segments=segment_counts(session, document)[0])
        title = document.title
        delete_document(session, document)
    flash(f"Deleted “{title}”.", "info")
    return redirect(url_for("documents.index"), 303)


@blueprint.route("/documents/<int:document_id>/translations", methods=["GET", "POST"])
@requires("edit")
def import_translations_page(document_id: int):
    """Bring back a PO or XLIFF file edited outside the workbench (as ``import-translations``)."""
    with database().session() as session:
        document = load_document(session, document_id)
        if request.method == "GET":
            return render_template("import_translations.html", document=document, extensions=readable_extensions(),
                                   languages=current_app.config["TARGET_LANGUAGES"])
        upload = request.files.get("file")
        with saved_upload(upload, "a PO or XLIFF file") as path:
            lang, report = import_translations(session, document, path, lang=request.form.get("lang") or None,
                                               author=g.user.name, may_review=g.user.can("review"))
    flash(f"{upload.filename}: {report.changed} segment(s) changed, {report.unchanged} unchanged, "
          f"{len(report.problems)} problem(s).", "info")
    for problem in report.problems:
        flash(f"{upload.filename}: {problem}", "error")
    return redirect(url_for("editor.edit", document_id=document_id, lang=lang), 303)


@blueprint.get("/documents/<int:document_id>/<lang>/export/<format_name>")
def export(document_id: int, lang: str, format_name: str):
    """The file, at once; ``?reviewed=1`` exports only reviewed translations (the editor's checkbox)."""
    try:
        lang = validate_language(lang)
        exporter = get_exporter(format_name)
    except USER_ERRORS as error:
        abort(404, description=str(error))
    with database().session() as session:
        document = load_document(session, document_id)
        share_termbase(session, current_termbase(session))  # loaded already, matchers built
        result = exporter.export(session, document, lang, reviewed_only=request.args.get("reviewed") == "1")
        filename = exporter.filename(document, lang)
    response = Response(result.data, mimetype="application/octet-stream")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    # What the CLI prints on stderr (e.g. segments exported in the source language); the
    # editor's script shows it beside the export buttons. ASCII JSON keeps the header valid.
    response.headers["X-Workbench-Warnings"] = json.dumps(result.warnings)
    return response
