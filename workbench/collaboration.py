"""Working on a document together: comments on segments, who has the document open, and who
is assigned to each of its languages.

Comments belong to a segment and are shown to every translator of the document (whatever their
language) and exported as translator notes. Presence is a row per person and document that the
editor refreshes while it is open; rows older than ``PRESENCE_SECONDS`` no longer count.
An assignment names the translator and the reviewer of a document's language; it locks nobody
out (a newsroom helps itself under deadline). Who may change one is decided here, for the web
app and the command line alike; every change is written to ``AssignmentChange``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from workbench.accounts import ROLE_RIGHTS, find_user
from workbench.errors import WorkbenchError
from workbench.models import ASSIGNMENT_ROLES, Assignment, AssignmentChange, Comment, Document, Presence, Segment, User, utcnow

MAX_COMMENT = 4000
# The editor polls every 15 s: a person is gone after missing a few polls.
PRESENCE_SECONDS = 60


def add_comment(session: Session, segment: Segment, lang: str, text: str, *, author: str, answering: int | None = None) -> Comment:
    """A comment on ``segment``, or an answer to its comment ``answering`` (an id)."""
    text = text.strip() if isinstance(text, str) else ""
    if not text:
        raise WorkbenchError("write the comment first")
    if len(text) > MAX_COMMENT:
        raise WorkbenchError(f"a comment holds at most {MAX_COMMENT} characters; this one has {len(text)}")
    if answering is not None:
        answered = session.get(Comment, answering)
        if answered is None or answered.segment_id != segment.id:
            raise WorkbenchError("the comment answered is not on this segment (deleted, or another segment's)")
    comment = Comment(segment_id=segment.id, lang=lang, text=text, author=author, parent_id=answering)
    session.add(comment)
    session.flush()
    return comment


def segment_comments(session: Session, segment_id: int) -> list[Comment]:
    return list(session.scalars(select(Comment).where(Comment.segment_id == segment_id).order_by(Comment.id)))


def comment_counts(session: Session, segment_ids: list[int]) -> dict[int, int]:
    """{segment id: number of comments} for those of ``segment_ids`` that have any (one query)."""
    return dict(session.execute(
        select(Comment.segment_id, func.count()).where(Comment.segment_id.in_(segment_ids)).group_by(Comment.segment_id)
    ).all())


def document_comments(session: Session, document_id: int, *, offset: int, limit: int) -> list[tuple[Comment, int, str | None]]:
    """A page of the document's comments, newest first, each with its segment's position and
    the author of the comment it answers (None when it answers none)."""
    answered = aliased(Comment)
    return [
        tuple(row)
        for row in session.execute(
            select(Comment, Segment.position, answered.author)
            .join(Segment, Segment.id == Comment.segment_id)
            .outerjoin(answered, answered.id == Comment.parent_id)
            .where(Segment.document_id == document_id)
            .order_by(Comment.id.desc())
            .offset(offset)
            .limit(limit)
        )
    ]


def comments_by_segment(session: Session, document_id: int) -> dict[int, list[str]]:
    """{segment id: ["author: text", ...]} for the document's exports (one query)."""
    notes: dict[int, list[str]] = {}
    for segment_id, author, text in session.execute(
        select(Comment.segment_id, Comment.author, Comment.text)
        .join(Segment, Segment.id == Comment.segment_id)
        .where(Segment.document_id == document_id)
        .order_by(Comment.id)
    ):
        notes.setdefault(segment_id, []).append(f"{author}: {text}" if author else text)
    return notes


def mark_present(session: Session, document_id: int, user_name: str, lang: str, segment_id: int | None) -> None:
    mine = select(Presence).where(Presence.document_id == document_id, Presence.user_name == user_name)
    row = session.scalar(mine)
    if row is None:
        try:
            with session.begin_nested():
                session.add(Presence(document_id=document_id, user_name=user_name, lang=lang, segment_id=segment_id))
            return
        except IntegrityError:  # the same person's other tab got there first
            row = session.scalar(mine)
    row.lang, row.segment_id, row.seen_at = lang, segment_id, utcnow()
    session.flush()


def present(session: Session, document_id: int, *, besides: str) -> list[Presence]:
    """The others who have the document open now; forgets those gone for good."""
    cutoff = utcnow() - timedelta(seconds=PRESENCE_SECONDS)
    session.execute(delete(Presence).where(Presence.document_id == document_id, Presence.seen_at < cutoff))
    return list(
        session.scalars(
            select(Presence).where(Presence.document_id == document_id, Presence.user_name != besides).order_by(Presence.user_name)
        )
    )


def assignees(session: Session, document_ids: list[int]) -> dict[tuple[int, str], dict[str, str]]:
    """{(document id, lang): {role: user name}} for these documents (one query)."""
    found: dict[tuple[int, str], dict[str, str]] = {}
    for document_id, lang, role, name in session.execute(
        select(Assignment.document_id, Assignment.lang, Assignment.role, User.name)
        .join(User, User.id == Assignment.user_id)
        .where(Assignment.document_id.in_(document_ids))
        .order_by(Assignment.role.desc())  # the translator first
    ):
        found.setdefault((document_id, lang), {})[role] = name
    return found


@dataclass(frozen=True)
class AssignmentResult:
    lang: str
    role: str
    old: str  # "" when nobody had it
    new: str  # "" when cleared

    def __str__(self) -> str:
        now = f"{self.role} {self.new}" if self.new else f"no {self.role}"
        if self.old == self.new:
            return f"{self.lang}: {now} already"
        return f"{self.lang}: {now}" + (f" (was {self.old})" if self.old else "")


def assign(
    session: Session, document: Document, lang: str, role: str, user_name: str | None, *, by: str, may_assign_others: bool
) -> AssignmentResult:
    """Give ``document``'s ``lang`` to ``user_name`` as its ``role``, or to nobody (None).

    Without ``may_assign_others`` (translators) a person only claims what nobody has, for
    themselves, and gives back only what is theirs.
    """
    if role not in ASSIGNMENT_ROLES:
        raise WorkbenchError(f"unknown assignment role {role!r}; expected one of {', '.join(ASSIGNMENT_ROLES)}")
    holding = select(Assignment, User.name).join(User, User.id == Assignment.user_id).where(
        Assignment.document_id == document.id, Assignment.lang == lang, Assignment.role == role
    )
    current = session.execute(holding).first()
    old = current[1] if current else ""
    user = find_user(session, user_name) if user_name else None
    new = user.name if user else ""
    if not may_assign_others:
        if new and new != by:
            raise WorkbenchError("only reviewers and admins assign others; you can claim it for yourself")
        if old and old != by:
            raise WorkbenchError(f"{lang} is assigned to {old} as {role}; a reviewer or admin can reassign it")
    if user is not None and role == "reviewer" and "review" not in ROLE_RIGHTS[user.role]:
        raise WorkbenchError(f"{user.name} is a {user.role} and may not review; choose a reviewer or an admin")
    result = AssignmentResult(lang, role, old, new)
    if old == new:
        return result
    if current is None:
        try:
            with session.begin_nested():
                session.add(Assignment(document_id=document.id, lang=lang, role=role, user_id=user.id, assigned_by=by))
        except IntegrityError:  # someone else assigned it since it was read
            raise _changed_meanwhile(session, holding, lang, role) from None
    else:
        assignment = current[0]
        # Changed only if nobody changed it since it was read: the history names who had it.
        unchanged = (Assignment.id == assignment.id) & (Assignment.user_id == assignment.user_id)
        if user is None:
            done = session.execute(delete(Assignment).where(unchanged)).rowcount
        else:
            done = session.execute(
                update(Assignment).where(unchanged).values(user_id=user.id, assigned_by=by, assigned_at=utcnow())
            ).rowcount
        if not done:
            raise _changed_meanwhile(session, holding, lang, role)
    session.add(AssignmentChange(document_id=document.id, lang=lang, role=role, old_user=old, new_user=new, changed_by=by))
    session.flush()
    return result


def _changed_meanwhile(session: Session, holding, lang: str, role: str) -> WorkbenchError:
    session.expire_all()
    now = session.execute(holding).first()
    holder = now[1] if now else "nobody"
    return WorkbenchError(f"{lang} was just assigned to {holder} as {role} by someone else; nothing changed")


def assignment_changes(session: Session, document_id: int, *, offset: int, limit: int) -> list[AssignmentChange]:
    """A page of the document's assignment history, newest first."""
    return list(
        session.scalars(
            select(AssignmentChange)
            .where(AssignmentChange.document_id == document_id)
            .order_by(AssignmentChange.id.desc())
            .offset(offset)
            .limit(limit)
        )
    )
