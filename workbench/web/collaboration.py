"""JSON endpoints for working on a document together and watching it progress: comments,
presence (polled by the editor) and progress per status in segments and words."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, g, request

from workbench.collaboration import add_comment, document_comments, mark_present, present, segment_comments
from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.models import Segment
from workbench.web import current_termbase, database
from workbench.web.api import comment_json, target_document
from workbench.web.auth import requires
from workbench.web.hardening import MAX_ID
from workbench.web.segments import SegmentFilter, check_target, progress

blueprint = Blueprint("collaboration", __name__, url_prefix="/api")


def _page() -> int:
    page = request.args.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= 1_000_000:
        raise WorkbenchError("page must be a number from 1")
    return int(page)


@blueprint.post("/segments/<int:segment_id>/<lang>/comments")
@requires("edit")
def comment(segment_id: int, lang: str):
    lang = validate_language(lang)
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise WorkbenchError("send a JSON object")
    with database().session() as session:
        segment = session.get(Segment, segment_id)
        if segment is None:
            abort(404, description=f"no segment with id {segment_id}")
        check_target(segment.document, lang)
        answering = payload.get("parent")
        if answering is not None and (not isinstance(answering, int) or isinstance(answering, bool) or not 0 < answering <= MAX_ID):
            raise WorkbenchError("parent must be the id of the comment answered")
        return comment_json(add_comment(session, segment, lang, payload.get("text"), author=g.user.name, answering=answering)), 201


@blueprint.get("/documents/<int:document_id>/<lang>/comments")
def comments(document_id: int, lang: str):
    """A page of the document's comments, newest first, with the position of their segment."""
    lang = validate_language(lang)
    size = current_app.config["PAGE_SIZE"]
    page = _page()
    with database().session() as session:
        target_document(session, document_id, lang)
        found = document_comments(session, document_id, offset=(page - 1) * size, limit=size + 1)
        return {
            "comments": [comment_json(c) | {"segment": c.segment_id, "position": position, "answering": answering}
                         for c, position, answering in found[:size]],
            "page": page,
            "more": len(found) > size,
        }


@blueprint.post("/documents/<int:document_id>/<lang>/presence")
def presence(document_id: int, lang: str):
    """Record that the current user has the editor open (on ``segment``); answer who else has,
    and the comments on that segment, so an answer shows without leaving it."""
    lang = validate_language(lang)
    payload = request.get_json(silent=True) or {}
    segment_id = payload.get("segment") if isinstance(payload, dict) else None
    if not isinstance(segment_id, int) or isinstance(segment_id, bool) or not 0 < segment_id < 2**63:
        segment_id = None
    with database().session() as session:
        target_document(session, document_id, lang)
        mark_present(session, document_id, g.user.name, lang, segment_id)
        segment = session.get(Segment, segment_id) if segment_id else None
        return {
            "others": [
                {"user": other.user_name, "lang": other.lang, "segment": other.segment_id}
                for other in present(session, document_id, besides=g.user.name)
            ],
            "comments": [comment_json(comment) for comment in segment_comments(session, segment.id)]
            if segment is not None and segment.document_id == document_id else [],
        }


@blueprint.get("/documents/<int:document_id>/<lang>/progress")
def document_progress(document_id: int, lang: str):
    """Segments and words per status, for the document and for the filter in the query string."""
    lang = validate_language(lang)
    segment_filter = SegmentFilter.from_args(request.args)
    with database().session() as session:
        document = target_document(session, document_id, lang)
        termbase = current_termbase(session) if segment_filter.with_qa_warnings else None
        result = {"document": progress(session, document, lang)}
        if segment_filter.as_args():
            result["filter"] = progress(session, document, lang, segment_filter, termbase)
        return result
