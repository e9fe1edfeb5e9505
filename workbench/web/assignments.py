"""Who does what: assigning a document's languages to a translator and a reviewer.

Reviewers and admins assign anyone; a translator claims a language nobody has and gives back
their own (the rules are workbench.collaboration.assign's). Pages and forms only: the documents
list and the editor's header read the assignees in their own views' sessions, and
editor/assignments.js warns a non-assignee once before their first save.
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, request
from sqlalchemy import exists, select

from workbench.collaboration import assign, assignees, assignment_changes
from workbench.models import ASSIGNMENT_ROLES, Assignment, Document, User
from workbench.web import database
from workbench.web.auth import requires
from workbench.web.documents import load_document, page_of_documents, render_listing
from workbench.web.editor import MAX_PAGE
from workbench.web.errors import back_url
from workbench.web.segments import check_target, target_languages

blueprint = Blueprint("assignments", __name__)

CHANGES_PAGE = 20
# Names offered while typing an assignee: enough for a newsroom, never the whole table.
SUGGESTED_PEOPLE = 200


@blueprint.post("/documents/<int:document_id>/<lang>/assignment")
@requires("edit")
def change(document_id: int, lang: str):
    """Assign, clear, claim or give back one role; the page says who had it."""
    with database().session() as session:
        document = load_document(session, document_id)
        check_target(document, lang)
        result = assign(session, document, lang, request.form.get("role", "translator"),
                        request.form.get("user", "").strip() or None, by=g.user.name,
                        may_assign_others=g.user.can("review"))
        title = document.title
    flash(f"“{title}” {result}.", "info")
    return redirect(back_url(), 303)


@blueprint.get("/documents/<int:document_id>/assignments")
def document_assignments(document_id: int):
    page = min(max(1, request.args.get("page", 1, type=int) or 1), MAX_PAGE)
    with database().session() as session:
        document = load_document(session, document_id)
        changes = assignment_changes(session, document_id, offset=(page - 1) * CHANGES_PAGE, limit=CHANGES_PAGE + 1)
        people = session.scalars(select(User.name).order_by(User.name).limit(SUGGESTED_PEOPLE)).all() if g.user.can("review") else []
        return render_template(
            "assignments.html",
            document=document,
            languages=target_languages(document),
            roles=ASSIGNMENT_ROLES,
            assigned=assignees(session, [document_id]),
            changes=changes[:CHANGES_PAGE],
            page=page,
            more=len(changes) > CHANGES_PAGE,
            people=people,
        )


@blueprint.get("/documents/assigned-to-me")
def assigned_to_me():
    """The documents list, only those with a language assigned to the current user."""
    mine = exists().where(Assignment.document_id == Document.id, Assignment.user_id == User.id, User.name == g.user.name)
    with database().session() as session:
        page = page_of_documents(session, request.args.get("page", 1, type=int) or 1, current_app.config["PAGE_SIZE"], mine)
        return render_listing(session, page, assigned_to_me=True)
