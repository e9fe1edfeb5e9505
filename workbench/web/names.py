"""The editor's "New names" panel: names of the document the termbase lacks, with proposed
be / uk / pl / ru spellings, and the action that adds one as a concept."""

from __future__ import annotations

from flask import Blueprint, request, url_for

from glossary.proposals import LANGUAGES
from workbench.errors import WorkbenchError
from workbench.names import adopt, name_entry, new_names
from workbench.web import current_termbase, database
from workbench.web.auth import requires
from workbench.web.documents import load_document

blueprint = Blueprint("names", __name__, url_prefix="/api/documents/<int:document_id>/names")
NAMES_PER_PAGE = 10  # proposals cost tens of milliseconds per name: computed for one page only


@blueprint.get("")
def listing(document_id: int):
    """One page of the document's new names, each with its proposals."""
    page = max(1, request.args.get("page", 1, type=int) or 1)
    with database().session() as session:
        names = new_names(session, load_document(session, document_id), current_termbase(session))
    shown = names[(page - 1) * NAMES_PER_PAGE : page * NAMES_PER_PAGE]
    return {"count": len(names), "page": page, "pages": max(1, -(-len(names) // NAMES_PER_PAGE)),
            "names": [name_entry(name) for name in shown]}


@blueprint.post("")
@requires("admin")  # a new concept changes the termbase every translation is checked against
def add(document_id: int):
    """Add a name as a concept: {"name", "kind", "be", "uk", "pl", "ru"} (spellings optional)."""
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("name"), str):
        raise WorkbenchError("send a JSON object with the name and the chosen spellings")
    chosen = {lang: payload[lang] for lang in LANGUAGES if isinstance(payload.get(lang), str) and payload[lang].strip()}
    with database().session() as session:
        load_document(session, document_id)
        key, count = adopt(session, payload["name"], str(payload.get("kind") or "person"), chosen)
    return {"concept": key, "terms": count, "termbase_url": url_for("termbase.index", q=key)}
