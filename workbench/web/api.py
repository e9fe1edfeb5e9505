"""JSON endpoints behind the editor's script: side panels, save, restore, search and replace."""

from __future__ import annotations

import difflib
import re
from datetime import datetime, timezone

from flask import Blueprint, abort, g, request
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from workbench.errors import StaleTranslation, WorkbenchError
from workbench.languages import validate_language
from workbench.models import Document, Revision, Segment, Translation
from workbench.qa import run_checks
from workbench.tm import fuzzy_matches
from workbench.translations import get_translation, save_translation
from workbench.web import current_termbase, database
from workbench.web.auth import requires
from workbench.web.segments import search_pattern

blueprint = Blueprint("api", __name__, url_prefix="/api")
EDITOR_STATUSES = ("draft", "translated", "reviewed")


def _payload() -> dict:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise WorkbenchError("send a JSON object")
    return payload


def _segment(session: Session, segment_id: int) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None:
        abort(404, description=f"no segment with id {segment_id}")
    return segment


def _iso(moment: datetime | None) -> str | None:
    # SQLite hands back naive datetimes; they were stored in UTC, and the browser must know it.
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


def translation_json(translation: Translation | None) -> dict:
    if translation is None:
        # Version 0 stands for "no translation yet": a save based on it is refused if one appeared.
        return {"text": "", "status": "untranslated", "version": 0, "origin": "", "route": "", "updated_by": "", "updated_at": None}
    return {
        "text": translation.text,
        "status": translation.status,
        "version": translation.version,
        "origin": translation.origin,
        "route": translation.route,
        "updated_by": translation.updated_by,
        "updated_at": _iso(translation.updated_at),
    }


def _warnings_json(segment: Segment, text: str, lang: str, termbase) -> list[dict]:
    if not text:
        return []
    warnings = run_checks(
        segment.source_text, text, segment.document.source_lang, lang, termbase=termbase, placeholders=segment.markup.keys()
    )
    return [{"check": w.check, "message": w.message, "severity": w.severity} for w in warnings]


def word_diff(old: str, new: str) -> list[dict]:
    """Word-level diff of a TM match's source (``old``) against the current source (``new``)."""
    # A word keeps its trailing space, so the diff aligns on words, not on the gaps between them.
    old_words, new_words = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            parts.append({"op": "delete", "text": "".join(old_words[a1:a2])})
        if op in ("insert", "replace"):
            parts.append({"op": "insert", "text": "".join(new_words[b1:b2])})
        if op == "equal":
            parts.append({"op": "equal", "text": "".join(old_words[a1:a2])})
    return parts


@blueprint.get("/segments/<int:segment_id>/<lang>")
def panels(segment_id: int, lang: str):
    """Everything the side panels show for one segment in one target language."""
    lang = validate_language(lang)
    with database().session() as session:
        segment = _segment(session, segment_id)
        source_lang = segment.document.source_lang
        termbase = current_termbase(session)
        translation = get_translation(session, segment, lang)
        hits = termbase.hits(segment.source_text, source_lang, lang)
        current_text = translation.text if translation else ""
        # The segment's own confirmed translation comes back as a 100% match: not worth showing.
        matches = [
            match
            for match in fuzzy_matches(session, segment.source_text, source_lang, lang, limit=6)
            if (match.source, match.target) != (segment.source_text, current_text)
        ][:5]
        return {
            "translation": translation_json(translation),
            "glossary": [
                {"source": hit.source_term, "targets": hit.targets, "status": hit.status, "note": hit.note}
                for hit in hits
            ],
            "qa": _warnings_json(segment, current_text, lang, termbase),
            "tm": [
                {"source": m.source, "target": m.target, "score": m.score, "origin": m.origin, "diff": word_diff(m.source, segment.source_text)}
                for m in matches
            ],
            "mt": {
                "raw": translation.raw_mt if translation else None,
                "alternatives": translation.alternatives if translation else [],
                "glossary_changes": translation.glossary_changes if translation else [],
            },
            "history": [
                {
                    "id": revision.id,
                    "text": revision.new_text,
                    "status": revision.new_status,
                    "origin": revision.origin,
                    "author": revision.author,
                    "time": _iso(revision.created_at),
                }
                for revision in reversed(translation.revisions if translation else [])
            ],
        }


def _conflict(segment_id: int, lang: str, attempted_text: str):
    """The refusal of a stale save, read afresh: the failed transaction is already rolled back."""
    with database().session() as session:
        theirs = get_translation(session, _segment(session, segment_id), lang)
        return {
            "error": "Someone else saved this segment after you opened it; your text was not saved.",
            "conflict": {"theirs": translation_json(theirs), "yours": attempted_text},
        }, 409


def _save(segment_id: int, lang: str, text: str, status: str, base_version, *, enforce_glossary: bool):
    if status not in EDITOR_STATUSES:
        raise WorkbenchError(f"unknown status {status!r}; expected one of {', '.join(EDITOR_STATUSES)}")
    if status == "reviewed" and not g.user.can("review"):
        abort(403, description="only reviewers and admins may mark a segment reviewed")
    if not isinstance(text, str) or not isinstance(base_version, int):
        raise WorkbenchError("a save needs the text and the version it started from")
    try:
        with database().session() as session:
            segment = _segment(session, segment_id)
            termbase = current_termbase(session)
            changes = []
            if enforce_glossary and text:
                fixed = termbase.fix(text, lang, source=segment.source_text, source_lang=segment.document.source_lang)
                text, changes = fixed.text, fixed.changes
            translation = save_translation(
                session, segment, lang, text, status=status, origin="human", author=g.user.name, base_version=base_version
            )
            return {
                "translation": translation_json(translation),
                "glossary_changes": [
                    {"from": change.from_, "to": change.to, "reason": change.reason, "start": change.start, "end": change.end}
                    for change in changes
                ],
                "qa": _warnings_json(segment, text, lang, termbase),
            }
    except StaleTranslation as stale:
        return _conflict(segment_id, lang, stale.attempted_text)


@blueprint.post("/segments/<int:segment_id>/<lang>")
@requires("edit")
def save(segment_id: int, lang: str):
    """Save a translation: termbase enforcement first, then QA on what was stored."""
    payload = _payload()
    return _save(
        segment_id,
        validate_language(lang),
        payload.get("text"),
        payload.get("status", "translated"),
        payload.get("base_version"),
        enforce_glossary=payload.get("enforce_glossary", True) is not False,
    )


@blueprint.post("/revisions/<int:revision_id>/restore")
@requires("edit")
def restore(revision_id: int):
    """Make an old revision's text current again (as a new revision, so nothing is lost)."""
    payload = _payload()
    with database().session() as session:
        revision = session.get(Revision, revision_id)
        if revision is None:
            abort(404, description=f"no revision with id {revision_id}")
        segment_id, lang, text = revision.translation.segment_id, revision.translation.lang, revision.new_text
    status = "translated" if text else "draft"
    return _save(segment_id, lang, text, status, payload.get("base_version"), enforce_glossary=False)


@blueprint.post("/documents/<int:document_id>/<lang>/replace")
@requires("edit")
def replace(document_id: int, lang: str):
    """Search and replace in the translations: a preview first, then only the chosen segments.

    Each chosen segment carries the version seen in the preview, so a segment someone changed
    in between is reported instead of overwritten.
    """
    lang = validate_language(lang)
    payload = _payload()
    find, replacement = payload.get("find", ""), payload.get("replace", "")
    if not isinstance(find, str) or not find or not isinstance(replacement, str):
        raise WorkbenchError("give the text to find and its replacement")
    pattern = search_pattern(find, case_sensitive=bool(payload.get("case")), whole_word=bool(payload.get("word")))
    chosen = payload.get("segments") if payload.get("apply") else None
    with database().session() as session:
        if session.get(Document, document_id) is None:
            abort(404, description=f"no document with id {document_id}")
        rows = session.execute(
            select(Segment, Translation)
            .join(Translation, and_(Translation.segment_id == Segment.id, Translation.lang == lang))
            .where(Segment.document_id == document_id, Translation.text != "")
            .order_by(Segment.position)
        ).all()
        changes = []
        for segment, translation in rows:
            new_text, count = pattern.subn(lambda _match: replacement, translation.text)
            if count:
                changes.append((segment, translation, new_text))
        if chosen is None:
            return {"matches": [
                {"segment": segment.id, "position": segment.position, "before": translation.text, "after": new_text,
                 "version": translation.version}
                for segment, translation, new_text in changes
            ]}
    applied, conflicts = [], []
    for segment, translation, new_text in changes:
        if str(segment.id) not in chosen:
            continue
        # Changed text is no longer what the reviewer approved, unless a reviewer changes it.
        status = "translated" if translation.status == "reviewed" and not g.user.can("review") else translation.status
        try:
            # One transaction per segment: a conflict on one leaves the others' saves intact.
            with database().session() as session:
                current = session.get(Segment, segment.id)
                if current is None:  # deleted since the preview
                    conflicts.append(segment.id)
                    continue
                saved = save_translation(
                    session, current, lang, new_text, status=status, origin="human",
                    author=g.user.name, base_version=chosen[str(segment.id)],
                )
                applied.append({"segment": segment.id, "translation": translation_json(saved)})
        except StaleTranslation:
            conflicts.append(segment.id)
    return {"applied": applied, "conflicts": conflicts}
