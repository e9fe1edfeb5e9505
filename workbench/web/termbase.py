"""The termbase screen: browse and search concepts, edit terms, import and export CSV/TBX."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from glossary import io as termbase_io
from glossary.errors import GlossaryError
from glossary.models import KINDS, STATUSES, Concept, Term
from glossary.records import TermRecord, record_from_row, validate_concept_key
from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.web import database
from workbench.web.auth import requires

blueprint = Blueprint("termbase", __name__, url_prefix="/termbase")
FORMATS = {"csv": "text/csv", "tbx": "application/x-tbx+xml"}


def _matches(concept: Concept, needle: str) -> bool:
    # In Python rather than SQL: SQLite's LIKE folds only ASCII case, and termbases are small.
    return needle in concept.key.casefold() or any(needle in term.text.casefold() for term in concept.terms)


@blueprint.get("")
def index():
    query = request.args.get("q", "").strip()
    page = max(1, request.args.get("page", 1, type=int) or 1)
    with database().session() as session:
        concepts = session.scalars(select(Concept).options(selectinload(Concept.terms)).order_by(Concept.key)).all()
        if query:
            concepts = [concept for concept in concepts if _matches(concept, query.casefold())]
        size = current_app.config["PAGE_SIZE"]
        pages = max(1, -(-len(concepts) // size))
        return render_template(
            "termbase.html",
            concepts=concepts[(page - 1) * size : page * size],
            count=len(concepts),
            query=query,
            page=page,
            pages=pages,
            statuses=STATUSES,
            kinds=KINDS,
        )


def _back():
    return redirect(url_for("termbase.index", q=request.form.get("q") or None), 303)


def _form_term(concept_key: str, lang: str) -> TermRecord:
    """The submitted term, validated by the same rules as a termbase file's rows."""
    return record_from_row({"concept": concept_key, "lang": lang, "term": request.form.get("text", ""),
                            "status": request.form.get("status", "preferred"), "note": request.form.get("note", "")})


def _commit_or_flash(change, done=None) -> None:
    """Run ``change(session)`` in one transaction and flash ``done(its result)``.

    Bad input is raised to the app's error boundary; the transaction leaves nothing behind.
    """
    try:
        with database().session() as session:
            result = change(session)
    except IntegrityError:
        raise WorkbenchError("That entry already exists.") from None
    if done:
        flash(done(result), "info")


@blueprint.post("/concepts")
@requires("admin")
def add_concept():
    kind = request.form.get("kind", "term")

    def add(session):
        if kind not in KINDS:
            raise WorkbenchError(f"a concept needs a kind ({', '.join(KINDS)})")
        key = validate_concept_key(request.form.get("key", ""))
        session.add(Concept(key=key, kind=kind, note=request.form.get("note", "").strip()))

    _commit_or_flash(add)
    return _back()


@blueprint.post("/concepts/<int:concept_id>/terms")
@requires("admin")
def add_term(concept_id: int):
    def add(session):
        concept = session.get(Concept, concept_id) or abort(404)
        concept.terms.append(termbase_io.new_term(_form_term(concept.key, validate_language(request.form.get("lang", "")))))

    _commit_or_flash(add)
    return _back()


@blueprint.post("/terms/<int:term_id>")
@requires("admin")
def edit_term(term_id: int):
    def change(session):
        term = session.get(Term, term_id) or abort(404)
        if request.form.get("action") == "delete":
            session.delete(term)
            return
        record = _form_term(term.concept.key, term.lang)
        term.text, term.status, term.note = record.text, record.status, record.note

    _commit_or_flash(change)
    return _back()


@blueprint.post("/import")
@requires("admin")
def import_termbase():
    upload = request.files.get("file")
    suffix = Path(upload.filename).suffix.lower() if upload and upload.filename else ""
    if suffix.lstrip(".") not in FORMATS:
        flash("Choose a .csv or .tbx file to import.", "error")
        return _back()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"upload{suffix}"
        upload.save(path)

        def load(session):
            try:
                return termbase_io.import_file(session, path)
            except GlossaryError as error:  # name the user's file, not our temporary copy
                raise GlossaryError(str(error).replace(str(path), upload.filename)) from None

        _commit_or_flash(load, lambda report: f"Imported {upload.filename}: {report}.")
    return _back()


@blueprint.get("/export.<fmt>")
def export(fmt: str):
    if fmt not in FORMATS:
        abort(404)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"termbase.{fmt}"
        with database().session() as session:
            termbase_io.export_file(session, path)
        data = path.read_bytes()
    response = Response(data, mimetype=FORMATS[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="termbase.{fmt}"'
    return response
