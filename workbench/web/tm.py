"""The translation memory in the browser: concordance search for the editor's panel (JSON).

Fuzzy matches reach the editor with the other side panels (web/api.py); this blueprint serves
what the translator asks for by hand: a word or phrase looked up in the memory, paged.
"""

from __future__ import annotations

from flask import Blueprint, request

from workbench.errors import WorkbenchError
from workbench.languages import validate_language
from workbench.tm import concordance
from workbench.web import database

blueprint = Blueprint("tm", __name__, url_prefix="/api/tm")
PAGE_SIZE = 20


@blueprint.get("/search")
def search():
    """``?q=...&from=en&to=be[&in=source|target][&page=N]`` -> hits with the match spans."""
    args = request.args
    try:
        page = int(args.get("page", 1))
    except ValueError:
        raise WorkbenchError("page must be a number") from None
    with database().session() as session:
        result = concordance(
            session,
            args.get("q", ""),
            validate_language(args.get("from", "")),
            validate_language(args.get("to", "")),
            field=args.get("in", "source"),
            page=page,
            page_size=PAGE_SIZE,
        )
    return {
        "page": result.page,
        "has_more": result.has_more,
        "hits": [
            {
                "source": hit.source,
                "target": hit.target,
                "origin": hit.origin,
                "highlights": {"source": hit.source_spans, "target": hit.target_spans},
            }
            for hit in result.hits
        ],
    }
