"""The termbase screen: browse and search concepts a page at a time, add and edit terms (with
their case forms), delete with a confirmation and an undo, import and export CSV/TBX.

Search and paging run in SQL (glossary.search), so a 100k-concept termbase opens as fast as a
small one. ``?add_term=TEXT&add_lang=LANG[&add_source=SENTENCE]`` opens the page with the add
form filled in: the editor links here from a selection, with its segment's source sentence so a
name gets the kind the new-names finder gives it there and a key like the New names panel's.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, session, url_for
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from glossary import io as termbase_io
from glossary.inflection import CASES
from glossary.io import TermFile
from glossary.discovery import discover
from glossary.models import KINDS, STATUSES, Concept, Term
from glossary.records import TermRecord, format_forms, record_from_row, validate_concept_key
from glossary.romanization import romanize
from glossary.search import find_concepts, languages
from workbench.errors import WorkbenchError
from workbench.languages import language_name
from workbench.names import concept_key
from workbench.segmentation import MAX_SEGMENT
from workbench.web import database
from workbench.web.auth import requires
from workbench.web.uploads import saved_upload

blueprint = Blueprint("termbase", __name__, url_prefix="/termbase")
FORMATS = {"csv": "text/csv", "tbx": "application/x-tbx+xml"}
UNDO_KEY = "termbase_undo"  # in the session: what the last delete removed, until undone or replaced
CYRILLIC_LANGUAGES = ("be", "uk", "ru")  # romanized for a concept key; Latin scripts fold as they are


def proposed_concept(text: str, lang: str, source: str) -> dict:
    """The add form's starting key and kind for ``text``: a capitalised selection is a name, of
    the kind the finder gives it in its source sentence (a person when it finds none there)."""
    key = concept_key(romanize(text, lang) if lang in CYRILLIC_LANGUAGES else text)
    if not text[:1].isupper():
        return {"key": key, "kind": "term"}
    # The editor sends the selection's segment; a longer "source" is no segment's and only costs
    # seconds of name finding per request (the address can hold 200 KB of it).
    found = {concept_key(name.name): name.kind for name in discover(source)} if 0 < len(source) <= MAX_SEGMENT else {}
    words = set(key.split("-"))  # a surname alone, or a name with a word more, is still that name
    kind = found.get(key) or next((kind for name, kind in found.items() if words <= set(name.split("-")) or set(name.split("-")) <= words), "person")
    return {"key": key, "kind": kind}


@blueprint.get("")
def index():
    query = request.args.get("q", "").strip()
    adding = {"text": request.args.get("add_term", "").strip(), "lang": request.args.get("add_lang", "").strip().lower()}
    if adding["text"]:
        adding |= proposed_concept(adding["text"], adding["lang"], request.args.get("add_source", "").strip())
    with database().session() as db:
        found = find_concepts(db, query, request.args.get("page", 1, type=int) or 1, current_app.config["PAGE_SIZE"])
        codes = list(dict.fromkeys(["en", *current_app.config["TARGET_LANGUAGES"], *languages(db)]))
        return render_template(
            "termbase.html",
            found=found,
            query=query,
            adding=adding if adding["text"] else None,
            languages=[(code, language_name(code)) for code in codes],
            statuses=STATUSES,
            kinds=KINDS,
            cases=CASES,
            format_forms=format_forms,
            undo=session.get(UNDO_KEY),
        )


def _back():
    return redirect(url_for("termbase.index", q=request.form.get("q") or None, page=request.form.get("page") or None), 303)


def _write(change) -> object:
    """Run ``change(db)`` in one transaction; bad input reaches the app's error boundary."""
    try:
        with database().session() as db:
            result = change(db)
    except IntegrityError:
        raise WorkbenchError("That entry already exists.") from None
    session.pop(UNDO_KEY, None)  # an undo after later changes could bring back something stale
    return result


def _form_record(concept: Concept | None, key: str, lang: str) -> TermRecord:
    """The submitted term, validated by the same rules as a termbase file's rows."""
    return record_from_row({"concept": key, "lang": lang, "term": request.form.get("text", ""),
                            "status": request.form.get("status", "preferred"), "note": request.form.get("note", ""),
                            "forms": request.form.get("forms", ""), "kind": concept.kind if concept else "term"})


@blueprint.post("/concepts")
@requires("admin")
def add_concept():
    kind = request.form.get("kind", "term")

    def add(db: Session) -> str:
        if kind not in KINDS:
            raise WorkbenchError(f"a concept needs a kind ({', '.join(KINDS)})")
        key = validate_concept_key(request.form.get("key", ""))
        db.add(Concept(key=key, kind=kind, note=request.form.get("note", "").strip()))
        return key

    key = _write(add)
    flash(f"Added the concept “{key}”.", "info")
    return redirect(url_for("termbase.index", q=key), 303)


@blueprint.post("/terms")
@requires("admin")
def add_term_to_key():
    """A term for the concept named by key, created when new (the editor's "add this term")."""
    kind = request.form.get("kind") or None

    def add(db: Session):
        return termbase_io.add_term(db, request.form.get("concept", ""), request.form.get("lang", ""),
                                    request.form.get("text", ""), status=request.form.get("status", "preferred"),
                                    note=request.form.get("note", ""), kind=kind, forms=request.form.get("forms", ""))

    record, report = _write(add)
    created = " to the new concept" if report.concepts_created else ""
    flash(f"Added the {record.lang} term “{record.text}”{created} “{record.concept}”.", "info")
    return redirect(url_for("termbase.index", q=record.concept), 303)


@blueprint.post("/concepts/<int:concept_id>/terms")
@requires("admin")
def add_term(concept_id: int):
    def add(db: Session) -> TermRecord:
        concept = db.get(Concept, concept_id) or abort(404)
        record = _form_record(concept, concept.key, request.form.get("lang", ""))
        concept.terms.append(termbase_io.new_term(record))
        return record

    record = _write(add)
    flash(f"Added the {record.lang} term “{record.text}” to “{record.concept}”.", "info")
    return _back()


@blueprint.post("/terms/<int:term_id>")
@requires("admin")
def edit_term(term_id: int):
    def change(db: Session) -> TermRecord:
        term = db.get(Term, term_id) or abort(404)
        record = _form_record(term.concept, term.concept.key, term.lang)
        term.text, term.status, term.note, term.forms = record.text, record.status, record.note, dict(record.forms)
        return record

    record = _write(change)
    flash(f"Saved the {record.lang} term “{record.text}” of “{record.concept}”.", "info")
    return _back()


def _term_data(term: Term) -> dict:
    return {"lang": term.lang, "text": term.text, "status": term.status, "note": term.note, "forms": dict(term.forms or {})}


@blueprint.route("/terms/<int:term_id>/delete", methods=["GET", "POST"])
@requires("admin")
def delete_term(term_id: int):
    with database().session() as db:
        term = db.get(Term, term_id) or abort(404)
        concept = term.concept
        what = f"the {term.lang} term “{term.text}” of “{concept.key}”"
        if request.method == "GET":
            return render_template("termbase_delete.html", what=what, consequence="The concept and its other terms stay.")
        removed = {"key": concept.key, "kind": concept.kind, "note": concept.note, "terms": [_term_data(term)],
                   "what": what}
        db.delete(term)
    session[UNDO_KEY] = removed
    flash(f"Deleted {what}.", "info")
    return _back()


@blueprint.route("/concepts/<int:concept_id>/delete", methods=["GET", "POST"])
@requires("admin")
def delete_concept(concept_id: int):
    with database().session() as db:
        concept = db.get(Concept, concept_id) or abort(404)
        what = f"the concept “{concept.key}” and its {len(concept.terms)} term{'' if len(concept.terms) == 1 else 's'}"
        if request.method == "GET":
            return render_template("termbase_delete.html", what=what, consequence="")
        removed = {"key": concept.key, "kind": concept.kind, "note": concept.note,
                   "terms": [_term_data(term) for term in concept.terms], "what": what}
        db.delete(concept)
    session[UNDO_KEY] = removed
    flash(f"Deleted {what}.", "info")
    return _back()


@blueprint.post("/undo")
@requires("admin")
def undo():
    removed = session.get(UNDO_KEY)
    if removed is None:
        raise WorkbenchError("There is no delete to undo.")
    records = [record_from_row({"concept": removed["key"], "kind": removed["kind"], "lang": term["lang"], "term": term["text"],
                                "status": term["status"], "note": term["note"], "forms": term["forms"]})
               for term in removed["terms"]]
    termfile = TermFile(records, {removed["key"]: removed["note"]}, {removed["key"]})
    if not records:  # a concept without terms: import_records creates concepts only for their terms
        _write(lambda db: db.add(Concept(key=removed["key"], kind=removed["kind"], note=removed["note"])))
    else:
        _write(lambda db: termbase_io.import_records(db, termfile))
    flash(f"Restored {removed['what']}.", "info")
    return redirect(url_for("termbase.index", q=removed["key"]), 303)


@blueprint.post("/import")
@requires("admin")
def import_termbase():
    upload = request.files.get("file")
    with saved_upload(upload, "a .csv or .tbx file") as path:
        report = _write(lambda db: termbase_io.import_file(db, path))
    flash(f"Imported {upload.filename}: {report}.", "info")
    return _back()


@blueprint.get("/export.<fmt>")
def export(fmt: str):
    if fmt not in FORMATS:
        abort(404)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"termbase.{fmt}"
        with database().session() as db:
            termbase_io.export_file(db, path)
        data = path.read_bytes()
    response = Response(data, mimetype=FORMATS[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="termbase.{fmt}"'
    return response
