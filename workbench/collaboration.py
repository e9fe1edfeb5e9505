"""Working on a document together: comments on segments, and who has the document open.

Comments belong to a segment and are shown to every translator of the document (whatever their
language) and exported as translator notes. Presence is a row per person and document that the
editor refreshes while it is open; rows older than ``PRESENCE_SECONDS`` no longer count.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.models import Comment, Presence, Segment, utcnow

MAX_COMMENT = 4000
# The editor polls every 15 s: a person is gone after missing a few polls.
PRESENCE_SECONDS = 60


def add_comment(session: Session, segment: Segment, lang: str, text: str, *, author: str) -> Comment:
    text = text.strip() if isinstance(text, str) else ""
    if not text:
        raise WorkbenchError("write the comment first")
    if len(text) > MAX_COMMENT:
        raise WorkbenchError(f"a comment holds at most {MAX_COMMENT} characters; this one has {len(text)}")
    comment = Comment(segment_id=segment.id, lang=lang, text=text, author=author)
    session.add(comment)
    session.flush()
    return comment


def segment_comments(session: Session, segment_id: int) -> list[Comment]:
    return list(session.scalars(select(Comment).where(Comment.segment_id == segment_id).order_by(Comment.id)))


def document_comments(session: Session, document_id: int, *, offset: int, limit: int) -> list[tuple[Comment, int]]:
    """A page of the document's comments, newest first, each with its segment's position."""
    return [
        tuple(row)
        for row in session.execute(
            select(Comment, Segment.position)
            .join(Segment, Segment.id == Comment.segment_id)
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
