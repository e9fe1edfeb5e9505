"""The editor pages: one document in one target language, and all target languages together."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from sqlalchemy import and_, select

from workbench.collaboration import assignees, comment_counts
from workbench.errors import USER_ERRORS
from workbench.exchange import all_exporters
from workbench.languages import language_name
from workbench.models import STATUSES, Segment, Translation
from workbench.web import current_termbase, database
from workbench.web.api import machine_drafts, warnings_json
from workbench.web.documents import load_document
from workbench.web.segments import (
    SegmentFilter,
    check_target,
    page_holding,
    page_of_segments,
    previous_paragraph,
    target_languages,
)

blueprint = Blueprint("editor", __name__)

# The special characters palette: letters a be / uk / pl / ru keyboard may lack, and the quotes
# and dashes each language's typography uses.
SPECIAL_CHARACTERS = {
    "be": "ў Ў і І ё Ё ʼ « » „ “ — –",
    "uk": "ґ Ґ є Є ї Ї і І ʼ « » „ “ — –",
    "pl": "ą ę ł ń ó ś ź ż ć Ą Ę Ł Ń Ó Ś Ź Ż Ć „ ” « » — –",
    "ru": "ё Ё « » „ “ — –",
}
COMMON_CHARACTERS = "« » „ “ ” — – … ’"


# Past any real document, and small enough that the page's offset fits a 64-bit SQL integer.
MAX_PAGE = 2**31


def _page_number() -> int:
    try:
        return min(int(request.args.get("page", 1)), MAX_PAGE)
    except ValueError:
        return 1


def _position_asked() -> int | None:
    """The segment number of ``?at=``: the next page's start, or a segment to go to."""
    at = request.args.get("at", "")
    return min(int(at), MAX_PAGE) if at.isascii() and at.isdigit() else None


@blueprint.get("/documents/<int:document_id>")
def first_language(document_id: int):
    with database().session() as session:
        languages = target_languages(load_document(session, document_id))
    return redirect(url_for("editor.edit", document_id=document_id, lang=languages[0]))


@blueprint.get("/documents/<int:document_id>/<lang>")
def edit(document_id: int, lang: str):
    segment_filter = SegmentFilter.from_args(request.args)
    with database().session() as session:
        document = load_document(session, document_id)
        lang = lang.lower()  # typed in the address: BE is be
        try:
            check_target(document, lang)
        except USER_ERRORS as error:  # say why another language opens instead
            flash(str(error), "error")
            return redirect(url_for("editor.first_language", document_id=document_id))
        termbase = current_termbase(session) if segment_filter.with_qa_warnings else None
        position = _position_asked()
        if position is not None:
            return _page_holding(session, document, lang, segment_filter, position, termbase)
        page = page_of_segments(
            session, document, lang, segment_filter, _page_number(), current_app.config["PAGE_SIZE"], termbase=termbase
        )
        page_html = render_template(
            "editor.html",
            document=document,
            lang=lang,
            lang_name=language_name(lang),
            languages=target_languages(document),
            special_characters=(SPECIAL_CHARACTERS.get(lang) or COMMON_CHARACTERS).split(),
            page=page,
            paragraph_before=previous_paragraph(session, document, page.rows[0][0] if page.rows else None),
            segment_filter=segment_filter,
            # Going through the QA list, every row says what is wrong (else only a save's does).
            row_warnings={
                segment.id: warnings_json(segment, translation.text, lang, termbase)
                for segment, translation in page.rows
                if translation and termbase is not None
            },
            machine_edited=_machine_edited(session, page.rows),
            # A question or a reason to change a segment must be seen without opening it.
            comment_counts=comment_counts(session, [segment.id for segment, _ in page.rows]),
            statuses=STATUSES,
            exporters=all_exporters(),
            assignment=_assignment(session, document.id, lang),
        )
    # Never from the browser's cache: Back to the editor must show what is stored now (someone
    # may have saved since), not the texts and versions of the page left behind.
    return page_html, {"Cache-Control": "no-store"}


def _machine_edited(session, rows) -> dict[int, bool]:
    """{translation id: whether the person's text differs from the machine draft it was made
    from}, for the page's translations made from one: a reviewer's first question."""
    translations = {translation.id: translation for _, translation in rows if translation}
    return {
        translation_id: draft != translations[translation_id].text
        for translation_id, draft in machine_drafts(session, translations.values()).items()
    }


def _assignment(session, document_id: int, lang: str) -> dict:
    """The header's line: who is assigned, and the warning a non-assignee gets before saving."""
    people = assignees(session, [document_id]).get((document_id, lang), {})
    # No warning without logins: the one local user works on everything.
    warn = current_app.config["LOGIN_REQUIRED"] and g.user.can("edit") and people and g.user.name not in people.values()
    names = " and ".join(f"{name} ({role})" for role, name in people.items())
    return {
        "people": people,
        "warning": f"{language_name(lang)} of this document is assigned to {names}." if warn else "",
    }


def _page_holding(session, document, lang: str, segment_filter: SegmentFilter, position: int, termbase):
    """A redirect to the page holding segment ``position`` (or the first after it matching the
    filter), the segment in the address's fragment so the editor makes it the active one.

    ``?seek=STATUS`` goes on to the first such segment from ``position`` when there is one (a
    reviewer approving on goes to the next translated segment, past those still untranslated)."""
    args = segment_filter.as_args()
    seek = request.args.get("seek", "")
    if seek in STATUSES and not segment_filter.status:
        sought = page_holding(session, document, lang, replace(segment_filter, status=seek), position,
                              current_app.config["PAGE_SIZE"], termbase=termbase)
        if sought is not None:
            position = session.get(Segment, sought[1]).position
    held = page_holding(session, document, lang, segment_filter, position, current_app.config["PAGE_SIZE"], termbase=termbase)
    if held is None:
        flash(f"No segment from {position} on{' matches this filter' if args else ''}.", "error")
        return redirect(url_for("editor.edit", document_id=document.id, lang=lang, **args))
    number, segment_id = held
    return redirect(url_for("editor.edit", document_id=document.id, lang=lang, page=number, **args, _anchor=f"segment-{segment_id}"))


@blueprint.get("/documents/<int:document_id>/all")
def all_languages(document_id: int):
    """Every target language under each source segment (read-only; each links to its editor)."""
    size = current_app.config["PAGE_SIZE"]
    with database().session() as session:
        document = load_document(session, document_id)
        languages = target_languages(document)
        page = page_of_segments(session, document, languages[0], SegmentFilter(), _page_number(), size)
        segment_ids = [segment.id for segment, _ in page.rows]
        translations = {
            (t.segment_id, t.lang): t
            for t in session.scalars(
                select(Translation).where(and_(Translation.segment_id.in_(segment_ids), Translation.lang.in_(languages)))
            )
        }
        return render_template(
            "all_languages.html",
            document=document,
            page=page,
            languages=languages,
            language_name=language_name,
            translations=translations,
            paragraph_before=previous_paragraph(session, document, page.rows[0][0] if page.rows else None),
        )
