"""JSON endpoints behind the editor's script: side panels, save, restore, history, per-segment
drafts, repetitions, search and replace."""

from __future__ import annotations

import dataclasses
import difflib
import time
from datetime import datetime, timezone

import regex
from flask import Blueprint, abort, current_app, flash, g, request
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from glossary import checks, enforcement
from workbench.collaboration import segment_comments
from workbench.config import settings
from workbench.errors import StaleTranslation, WorkbenchError
from workbench.languages import validate_language
from workbench.models import CONFIRMED_STATUSES, MACHINE_ORIGINS, STATUSES, Document, Revision, Segment, Translation
from workbench.qa import run_checks
from workbench.tm import fuzzy_matches
from workbench.translations import approve_translations, count_repetitions, get_translation, propagate, save_translation
from workbench.web import current_termbase, database
from workbench.web.auth import requires
from workbench.web.hardening import MAX_ID
from workbench.web.segments import SegmentFilter, check_target, matching_segments, search_pattern

blueprint = Blueprint("api", __name__, url_prefix="/api")
EDITOR_STATUSES = ("draft", "translated", "reviewed")
REPLACE_TIME_LIMIT = 2.0  # seconds of regular-expression matching one search and replace may use
# A translation may be this many times longer than its source (and never over max_save_chars);
# short sources still get room for a sentence.
SAVE_LENGTH_FACTOR = 20
SHORTEST_SAVE_LIMIT = 200


def save_length_limit(source: str) -> int:
    return min(settings().max_save_chars, max(SAVE_LENGTH_FACTOR * len(source), SHORTEST_SAVE_LIMIT))


def check_save_length(text: str, source: str) -> None:
    limit = save_length_limit(source)
    if len(text) > limit:
        raise WorkbenchError(
            f"the translation has {len(text):,} characters; at most {limit:,} are accepted for this segment"
        )
HISTORY_PAGE = 10
# Segments one approve-all request takes (QA runs on each): the editor sends the next batch.
APPROVE_BATCH = 100
NAMED_HELD = 20  # segments held for QA errors that approve-all's message names


def _payload() -> dict:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise WorkbenchError("send a JSON object")
    return payload


def _segment(session: Session, segment_id: int, lang: str | None = None) -> Segment:
    """The segment, refused with 404 when missing; with ``lang``, a valid target language for it."""
    segment = session.get(Segment, segment_id)
    if segment is None:
        abort(404, description=f"no segment with id {segment_id}")
    if lang is not None:
        check_target(segment.document, lang)
    return segment


def target_document(session: Session, document_id: int, lang: str) -> Document:
    """The document, refused with 404 when missing; ``lang`` must be one of its target languages."""
    document = session.get(Document, document_id)
    if document is None:
        abort(404, description=f"no document with id {document_id}")
    check_target(document, lang)
    return document


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


def comment_json(comment) -> dict:
    return {"id": comment.id, "author": comment.author, "lang": comment.lang, "text": comment.text, "time": _iso(comment.created_at),
            "parent": comment.parent_id}


def _changes_json(changes) -> list[dict]:
    return [{"from": change.from_, "to": change.to, "reason": change.reason, "start": change.start, "end": change.end} for change in changes]


def warnings_json(segment: Segment, text: str, lang: str, termbase) -> list[dict]:
    """QA's warnings on ``text`` as ``segment``'s ``lang`` translation, as the editor shows them."""
    if not text:
        return []
    warnings = run_checks(
        segment.source_text, text, segment.document.source_lang, lang, termbase=termbase, placeholders=segment.markup.keys()
    )
    return [{"check": w.check, "message": w.message, "severity": w.severity} for w in warnings]


def word_diff(old: str, new: str) -> list[dict]:
    """Word-level diff of ``old`` against ``new`` (a TM match's source against the current source,
    a revision against the one before it, a translation before and after a replacement)."""
    # A word keeps its trailing space, so the diff aligns on words, not on the gaps between them.
    old_words, new_words = regex.findall(r"\S+\s*", old), regex.findall(r"\S+\s*", new)
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            parts.append({"op": "delete", "text": "".join(old_words[a1:a2])})
        if op in ("insert", "replace"):
            parts.append({"op": "insert", "text": "".join(new_words[b1:b2])})
        if op == "equal":
            parts.append({"op": "equal", "text": "".join(old_words[a1:a2])})
    return parts


def machine_drafts(session: Session, translations) -> dict[int, str]:
    """{translation id: its newest machine draft (MT or TM, as stored, termbase fixes included)}
    for those of ``translations`` a person has since saved: what a reviewer compares their text with."""
    edited = [translation.id for translation in translations if translation.origin not in MACHINE_ORIGINS]
    if not edited:
        return {}
    drafts = {}
    for translation_id, text in session.execute(
        select(Revision.translation_id, Revision.new_text)
        .where(Revision.translation_id.in_(edited), Revision.origin.in_(MACHINE_ORIGINS))
        .order_by(Revision.id)
    ):
        drafts[translation_id] = text  # the newest wins
    return drafts


def _machine_edits(session: Session, translation: Translation | None) -> dict | None:
    """What a person changed in the machine draft of ``translation`` (None: no draft to compare)."""
    draft = machine_drafts(session, [translation]).get(translation.id) if translation else None
    if draft is None:
        return None
    return {"draft": draft, "edited": draft != translation.text, "diff": word_diff(draft, translation.text)}


def _history_page(session: Session, translation: Translation | None, page: int) -> dict:
    """One page of a translation's revisions, newest first, each with its diff from the text before."""
    if translation is None:
        return {"revisions": [], "page": 1, "more": False}
    found = session.scalars(
        select(Revision)
        .where(Revision.translation_id == translation.id)
        .order_by(Revision.id.desc())
        .offset((page - 1) * HISTORY_PAGE)
        .limit(HISTORY_PAGE + 1)
    ).all()
    return {
        "revisions": [
            {
                "id": revision.id,
                "text": revision.new_text,
                "status": revision.new_status,
                "origin": revision.origin,
                "author": revision.author,
                "time": _iso(revision.created_at),
                "diff": word_diff(revision.old_text, revision.new_text),
                # The newest revision is the current text: nothing to restore.
                "current": page == 1 and index == 0,
            }
            for index, revision in enumerate(found[:HISTORY_PAGE])
        ],
        "page": page,
        "more": len(found) > HISTORY_PAGE,
    }


@blueprint.get("/segments/<int:segment_id>/<lang>")
def panels(segment_id: int, lang: str):
    """Everything the side panels show for one segment in one target language."""
    lang = validate_language(lang)
    with database().session() as session:
        segment = _segment(session, segment_id, lang)
        source_lang = segment.document.source_lang
        termbase = current_termbase(session)
        translation = get_translation(session, segment, lang)
        entries = checks.insertions(termbase, segment.source_text, source_lang, lang)
        current_text = translation.text if translation else ""
        # The segment's own confirmed translation comes back as a 100% match: not worth showing.
        matches = [
            match
            for match in fuzzy_matches(session, segment.source_text, source_lang, lang, limit=6,
                                       threshold=settings().tm_min_similarity)
            if (match.source, match.target) != (segment.source_text, current_text)
        ][:5]
        return {
            "translation": translation_json(translation),
            # Each concept once; "insert" is the preferred term in the case the source position needs.
            "glossary": [
                {"concept": entry.concept, "source": entry.source_term, "targets": entry.targets, "status": entry.status,
                 "note": entry.note, "insert": entry.form, "case": entry.case}
                for entry in entries
            ],
            "qa": warnings_json(segment, current_text, lang, termbase),
            "tm": [
                {"source": m.source, "target": m.target, "score": m.score, "origin": m.origin, "diff": word_diff(m.source, segment.source_text)}
                for m in matches
            ],
            "mt": {
                "raw": translation.raw_mt if translation else None,
                "alternatives": translation.alternatives if translation else [],
                "glossary_changes": translation.glossary_changes if translation else [],
                # Words no MT dictionary knew (respelled guesses), while the text is still the machine's.
                "unknown": translation.mt_unknown if translation and translation.origin == "mt" else [],
                # The person's changes to the machine draft, for a reviewer reading their work.
                "edits": _machine_edits(session, translation),
            },
            "history": _history_page(session, translation, 1),
            "comments": [comment_json(comment) for comment in segment_comments(session, segment.id)],
        }


@blueprint.get("/segments/<int:segment_id>/<lang>/history")
def history(segment_id: int, lang: str):
    """A page (``?page=N``, from 1) of the segment's revisions, newest first."""
    lang = validate_language(lang)
    page = request.args.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= 1_000_000:
        raise WorkbenchError("page must be a number from 1")
    with database().session() as session:
        segment = _segment(session, segment_id, lang)
        return _history_page(session, get_translation(session, segment, lang), int(page))


def _conflict(segment_id: int, lang: str, attempted_text: str, attempted_status: str):
    """The refusal of a stale save, read afresh: the failed transaction is already rolled back.
    When the other save stored this very text and status (two reviewers approving at once),
    there is nothing to choose between: the answer is the stored translation, saying who saved it."""
    with database().session() as session:
        segment = _segment(session, segment_id)
        theirs = get_translation(session, segment, lang)
        if theirs is not None and (theirs.text, theirs.status) == (attempted_text, attempted_status):
            return {**_saved(theirs, warnings_json(segment, theirs.text, lang, current_termbase(session))),
                    "already": f"{theirs.updated_by or 'Someone'} had already saved this text as {theirs.status}."}
        return {
            "error": "Someone else saved this segment after you opened it; your text was not saved.",
            "conflict": {"theirs": translation_json(theirs), "yours": attempted_text, "status": attempted_status},
        }, 409


def _saved(translation, qa: list, glossary_changes: list | None = None, propagated: list | None = None,
           repetitions: int = 0) -> dict:
    """A save's answer: the stored translation, its QA, and what the save changed besides (the
    termbase fix, the repetitions it was given to or can be offered)."""
    return {"translation": translation_json(translation), "glossary_changes": glossary_changes or [], "qa": qa,
            "propagated": propagated or [], "repetitions": repetitions}


def _repetitions_setting() -> str:
    """``offer`` or ``apply`` (WORKBENCH_REPETITIONS), read once per app; tests set REPETITIONS."""
    if "REPETITIONS" not in current_app.config:
        current_app.config["REPETITIONS"] = settings().repetitions
    return current_app.config["REPETITIONS"]


def _propagated(session: Session, segment: Segment, lang: str) -> list[dict]:
    """The repetitions this save filled in, when the setting says to apply them at once."""
    if _repetitions_setting() != "apply":
        return []
    return [{"segment": saved.segment_id, "translation": translation_json(saved)} for saved in propagate(session, segment, lang, author=g.user.name)]


class _Refused(Exception):
    """A confirmation QA refused: raised inside the transaction so the save is rolled back."""

    def __init__(self, answer: dict):
        self.answer = answer


def _save(segment_id: int, lang: str, text, status: str, base_version, *, enforce_glossary: bool,
          allow_errors: bool = False, origin: str = "human", statuses=EDITOR_STATUSES):
    """Enforce the termbase, run QA, and store. Confirming (translated / reviewed) is refused
    for an empty text, and for QA errors unless ``allow_errors`` (the translator insisted);
    a stale version is reported as a conflict before any QA refusal."""
    if status not in statuses:
        raise WorkbenchError(f"unknown status {status!r}; expected one of {', '.join(statuses)}")
    if status == "reviewed" and not g.user.can("review"):
        abort(403, description="only reviewers and admins may mark a segment reviewed")
    if not isinstance(text, str) or not isinstance(base_version, int) or isinstance(base_version, bool):
        raise WorkbenchError("a save needs the text and the version it started from")
    try:
        with database().session() as session:
            segment = _segment(session, segment_id, lang)
            check_save_length(text, segment.source_text)
            termbase = current_termbase(session)
            changes = []
            if enforce_glossary and text:
                fixed = enforcement.fix(termbase, text, lang, source=segment.source_text, source_lang=segment.document.source_lang)
                text, changes = fixed.text, fixed.changes
            qa = warnings_json(segment, text, lang, termbase)
            confirmed = status in CONFIRMED_STATUSES
            refusal = _confirm_refusal(text, qa, allow_errors) if confirmed else ""
            refused = {"error": refusal, "blocked": True, "overridable": bool(text.strip()), "text": text,
                       "glossary_changes": _changes_json(changes), "qa": qa}
            if refusal and not text.strip():
                return refused, 422
            # Saved first, so a stale version is a conflict (the translator must see the other
            # version) before it is a QA refusal, which then rolls the save back.
            translation = save_translation(
                session, segment, lang, text, status=status, origin=origin, author=g.user.name, base_version=base_version
            )
            if refusal:
                raise _Refused(refused)
            if not confirmed:
                return _saved(translation, qa, _changes_json(changes))
            return _saved(translation, qa, _changes_json(changes), _propagated(session, segment, lang),
                          count_repetitions(session, segment, lang))
    except StaleTranslation as stale:
        return _conflict(segment_id, lang, stale.attempted_text, status)
    except _Refused as refused:
        return refused.answer, 422


def _confirm_refusal(text: str, qa: list[dict], allow_errors: bool) -> str:
    if not text.strip():
        return "An empty translation cannot be confirmed: write it, or save it as a draft."
    errors = [warning for warning in qa if warning["severity"] == "error"]
    if errors and not allow_errors:
        return f"Not confirmed: {len(errors)} QA error{'s' if len(errors) > 1 else ''}. Fix, or confirm again to override."
    return ""


@blueprint.post("/segments/<int:segment_id>/<lang>")
@requires("edit")
def save(segment_id: int, lang: str):
    """Save a translation: termbase enforcement first, then QA on what is stored."""
    payload = _payload()
    return _save(
        segment_id,
        validate_language(lang),
        payload.get("text"),
        payload.get("status", "translated"),
        payload.get("base_version"),
        enforce_glossary=payload.get("enforce_glossary", True) is not False,
        allow_errors=payload.get("allow_errors") is True,
    )


@blueprint.post("/revisions/<int:revision_id>/restore")
@requires("edit")
def restore(revision_id: int):
    """Make an old revision current again, as a new revision (so nothing is lost) recorded under
    the person restoring it. The revision's status and origin come back with its text: a machine
    draft stays a draft. A reviewed revision comes back as translated unless a reviewer restores it."""
    payload = _payload()
    with database().session() as session:
        revision = session.get(Revision, revision_id)
        if revision is None:
            abort(404, description=f"no revision with id {revision_id}")
        segment_id, lang = revision.translation.segment_id, revision.translation.lang
        text, status, origin = revision.new_text, revision.new_status, revision.origin
    if status == "reviewed" and not g.user.can("review"):
        status = "translated"
    return _save(segment_id, lang, text, status, payload.get("base_version"), enforce_glossary=False,
                 allow_errors=True, origin=origin, statuses=STATUSES)


@blueprint.post("/segments/<int:segment_id>/<lang>/propagate")
@requires("edit")
def apply_to_repetitions(segment_id: int, lang: str):
    """Give this segment's confirmed translation to its identical untranslated segments."""
    lang = validate_language(lang)
    with database().session() as session:
        segment = _segment(session, segment_id, lang)
        saved = propagate(session, segment, lang, author=g.user.name)
        return {"applied": [{"segment": t.segment_id, "translation": translation_json(t)} for t in saved]}


@blueprint.post("/documents/<int:document_id>/<lang>/approve")
@requires("review")
def approve(document_id: int, lang: str):
    """Approve (mark reviewed) the translated segments of the document matching the editor's
    filter (``filter``: its query-string arguments), as Ctrl+Shift+F would one by one; a segment
    with QA errors is left translated and named, for the reviewer to look at.

    One request takes at most APPROVE_BATCH segments after position ``after`` and answers
    ``next``, the position to go on after (None at the end), because QA on every segment of a
    long document held one request for seconds. The last request flashes the whole run's
    result, counting what the earlier ones answered (``so_far``: approved, held)."""
    lang = validate_language(lang)
    payload = _payload()
    arguments = payload.get("filter") or {}
    if not isinstance(arguments, dict) or not all(isinstance(value, str) for value in arguments.values()):
        raise WorkbenchError("filter must map the editor's filter arguments to strings")
    after, so_far = payload.get("after", 0), payload.get("so_far", {})
    approved_before, held_before = (so_far.get("approved", 0), so_far.get("held", [])) if isinstance(so_far, dict) else (None, None)
    if not (_is_count(after) and _is_count(approved_before) and isinstance(held_before, list) and all(map(_is_count, held_before))):
        raise WorkbenchError("after is a segment's position, so_far the approved count and held positions so far")
    segment_filter = SegmentFilter.from_args(arguments)
    approved, held = [], []
    with database().session() as session:
        document = target_document(session, document_id, lang)
        termbase = current_termbase(session)
        # QA runs below on the batch's rows; asked of the filter, it would run on the whole
        # document for every batch.
        without_qa = dataclasses.replace(segment_filter, with_qa_warnings=False)
        rows = session.execute(
            select(Segment, Translation)
            .join(Translation, and_(Translation.segment_id == Segment.id, Translation.lang == lang))
            .where(Segment.id.in_(matching_segments(session, document, lang, without_qa, termbase)),
                   Translation.status == "translated", Segment.position > after)
            .order_by(Segment.position)
            .limit(APPROVE_BATCH + 1)
        ).all()
        for segment, translation in rows[:APPROVE_BATCH]:
            warnings = warnings_json(segment, translation.text, lang, termbase)
            if segment_filter.with_qa_warnings and not warnings:
                continue
            if any(warning["severity"] == "error" for warning in warnings):
                held.append(segment.position)
                continue
            approved.append((segment, translation))
        approve_translations(session, approved, author=g.user.name)
    more = len(rows) > APPROVE_BATCH
    if not more:
        total, all_held = approved_before + len(approved), held_before + held
        held_line = f"; {len(all_held)} left translated for their QA errors: {_positions(all_held)}" if all_held else ""
        flash(f"Approved {total} segment{'s' if total != 1 else ''}{held_line}.", "error" if all_held else "info")
    return {"approved": len(approved), "held": held, "next": rows[APPROVE_BATCH - 1][0].position if more else None}


def _positions(held: list[int]) -> str:
    """The first NAMED_HELD positions, and how many more: the message rides in the session cookie,
    and 1,500 positions made it too large for a browser to keep (the reviewer saw no result)."""
    named = ", ".join(f"¶ {position}" for position in held[:NAMED_HELD])
    more = len(held) - NAMED_HELD
    return f"{named} and {more:,} more (“With QA warnings” lists them)" if more > 0 else named


def _is_count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ID


def _engines(*, reopen: bool = False):
    """The MT engines of this process, opened on the first per-segment draft (loading a model
    costs seconds, translating one sentence with it a fraction of that); ``reopen`` looks again
    for models installed since."""
    from workbench.mt.pipeline import open_engines

    engines = current_app.extensions.get("workbench.mt")
    if engines is None or reopen:
        engines = current_app.extensions["workbench.mt"] = open_engines("auto", num_hypotheses=5)
    return engines


def _route(source_lang: str, lang: str):
    from workbench.mt.routes import missing_route_message, plan_route

    for reopen in (False, True):
        engines = _engines(reopen=reopen)
        available = {name: engine.available_pairs() for name, engine in engines.items()}
        route = plan_route(source_lang, lang, available)
        if route is not None:
            return route, engines
    raise WorkbenchError(missing_route_message(source_lang, lang, available))


@blueprint.post("/segments/<int:segment_id>/<lang>/draft")
@requires("edit")
def draft_segment(segment_id: int, lang: str):
    """Machine-translate one segment now (the same route, term protection and termbase fixes as
    ``workbench translate``), with its n-best alternatives. Nothing is stored: the editor puts the
    draft in the text box for the translator to edit and save."""
    from workbench.mt.pipeline import draft_texts

    lang = validate_language(lang)
    with database().session() as session:
        segment = _segment(session, segment_id, lang)
        source, source_lang = segment.source_text, segment.document.source_lang
        termbase = current_termbase(session)
    route, engines = _route(source_lang, lang)
    draft = draft_texts([source], route, engines, source_lang, lang, termbase)[0]
    return {"text": draft.text, "raw": draft.raw_mt, "alternatives": draft.alternatives,
            "glossary_changes": draft.glossary_changes, "route": str(route)}


# A group a regular expression's replacement names (\g<name>, \g<2>, \2), or any other escape.
_TEMPLATE_ESCAPE = regex.compile(r"\\(?:g<([^>]*)>|(\d{1,2})|.)", regex.DOTALL)


class _TooLong(Exception):
    pass


def _group_length(match: regex.Match, group: str) -> int:
    try:
        return len(match.group(int(group) if group.isdigit() else group) or "")
    except IndexError:  # no such group: expanding says so
        return 0


def _replacer(payload: dict):
    """The compiled search and a function giving a text's replacement (at most ``limit``
    characters long) and the number of matches.

    All the texts of one request share REPLACE_TIME_LIMIT of matching time, so an expression
    that backtracks catastrophically ends in a clear error instead of holding a worker. Each
    replacement's length is bounded before it is built: ``\\g<0>`` a thousand times over every
    letter made gigabytes of a short text, which the preview then enforced, diffed and checked."""
    find, replacement = payload.get("find", ""), payload.get("replace", "")
    if not isinstance(find, str) or not find or not isinstance(replacement, str):
        raise WorkbenchError("give the text to find and its replacement")
    is_regex = payload.get("regex") is True
    pattern = search_pattern(find, case_sensitive=payload.get("case") is True, whole_word=payload.get("word") is True, is_regex=is_regex)
    groups = [name or number for name, number in _TEMPLATE_ESCAPE.findall(replacement) if name or number] if is_regex else []
    deadline = time.monotonic() + REPLACE_TIME_LIMIT

    def replace(text: str, limit: int) -> tuple[str, int]:
        length = len(text)

        def replaced(match: regex.Match) -> str:
            nonlocal length
            # The replacement and the groups it names: never shorter than what they expand to.
            if len(replacement) + sum(_group_length(match, group) for group in groups) > limit:
                raise _TooLong
            # A regular expression's replacement may name its groups (\1, \g<name>).
            written = match.expand(replacement) if is_regex else replacement
            length += len(written) - (match.end() - match.start())
            if length > limit:
                raise _TooLong
            return written

        try:
            return pattern.subn(replaced, text, timeout=max(deadline - time.monotonic(), 0.001))
        except _TooLong:
            raise WorkbenchError(f"replaced, the translation would have over {limit:,} characters; at most "
                                 f"{limit:,} are accepted for this segment") from None
        except TimeoutError:
            raise WorkbenchError(f"the expression took over {REPLACE_TIME_LIMIT:g} s on these texts; "
                                 "make it simpler (alternatives under a repeat, like (a|aa)+, backtrack)") from None
        except (regex.error, IndexError) as error:
            raise WorkbenchError(f"the replacement does not fit the expression: {error}") from None

    return replace


def _replaced(segment: Segment, text: str, lang: str, replace, termbase) -> tuple[str, list] | None:
    """The text after the replacement and the termbase's enforcement, as a save would store it."""
    try:
        new_text, count = replace(text, save_length_limit(segment.source_text))
    except WorkbenchError as error:
        raise WorkbenchError(f"¶ {segment.position}: {error}") from None
    if not count:
        return None
    if not new_text:
        return new_text, []
    fixed = enforcement.fix(termbase, new_text, lang, source=segment.source_text, source_lang=segment.document.source_lang)
    return fixed.text, fixed.changes


def _segment_id(key: str) -> int | None:
    """The id a replace's chosen segment names, or None for a key no segment can have (not ASCII
    digits, such as "²", or past 64 bits, which the database cannot even compare)."""
    return int(key) if key.isascii() and key.isdigit() and int(key) <= MAX_ID else None


@blueprint.post("/documents/<int:document_id>/<lang>/replace")
@requires("edit")
def replace(document_id: int, lang: str):
    """Search and replace in the translations: a preview first, then only the chosen segments.

    Each replaced text goes through the termbase's enforcement and QA, as a save does; the
    preview shows the result with the changed words marked. Each chosen segment carries the
    version seen in the preview, so a segment someone changed in between is reported instead
    of overwritten.
    """
    lang = validate_language(lang)
    payload = _payload()
    replace_text = _replacer(payload)
    chosen = payload.get("segments") if payload.get("apply") else None
    if chosen is not None and not (
        isinstance(chosen, dict) and all(isinstance(version, int) for version in chosen.values())
    ):
        raise WorkbenchError("segments must map each chosen segment's id to the version the preview showed")
    with database().session() as session:
        target_document(session, document_id, lang)
        termbase = current_termbase(session)
        if chosen is None:
            rows = session.execute(
                select(Segment, Translation)
                .join(Translation, and_(Translation.segment_id == Segment.id, Translation.lang == lang))
                .where(Segment.document_id == document_id, Translation.text != "")
                .order_by(Segment.position)
            ).all()
            matches = []
            for segment, translation in rows:
                replaced = _replaced(segment, translation.text, lang, replace_text, termbase)
                if replaced is None:
                    continue
                after, changes = replaced
                matches.append({
                    "segment": segment.id, "position": segment.position, "before": translation.text, "after": after,
                    "diff": word_diff(translation.text, after), "version": translation.version,
                    "glossary_changes": _changes_json(changes), "qa": warnings_json(segment, after, lang, termbase),
                })
            return {"matches": matches}
    applied, conflicts, refused = [], [], []
    for key, version in chosen.items():
        segment_id = _segment_id(key)
        try:
            # One transaction per segment: a conflict on one leaves the others' saves intact.
            with database().session() as session:
                segment = session.get(Segment, segment_id) if segment_id is not None else None
                translation = get_translation(session, segment, lang) if segment and segment.document_id == document_id else None
                if translation is None or translation.version != version:  # deleted or changed since the preview
                    conflicts.append(key if segment_id is None else segment_id)
                    continue
                replaced = _replaced(segment, translation.text, lang, replace_text, termbase)
                if replaced is None:
                    continue
                after, changes = replaced
                check_save_length(after, segment.source_text)
                # Changed text is no longer what the reviewer approved, unless a reviewer changes it.
                status = "translated" if translation.status == "reviewed" and not g.user.can("review") else translation.status
                saved = save_translation(session, segment, lang, after, status=status, origin="human",
                                         author=g.user.name, base_version=version)
                applied.append({"segment": segment.id, "translation": translation_json(saved),
                                "glossary_changes": _changes_json(changes), "qa": warnings_json(segment, after, lang, termbase)})
        except StaleTranslation:
            conflicts.append(segment_id)
        except WorkbenchError as error:  # e.g. a confirmed translation replaced by nothing
            refused.append({"segment": segment_id, "error": str(error)})
    return {"applied": applied, "conflicts": conflicts, "refused": refused}
