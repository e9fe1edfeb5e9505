"""Documents, segments, translations and their history (SQLAlchemy 2.0 typed models).

Children of a deleted row go by the database's ON DELETE CASCADE (``passive_deletes``): the ORM
would load a 20k-segment document's rows and delete them one statement at a time.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from glossary.models import NAMING_CONVENTION, one_of

STATUSES = ("untranslated", "draft", "translated", "reviewed")
# Statuses a person has confirmed: their text is translation memory and machine runs keep off it.
CONFIRMED_STATUSES = ("translated", "reviewed")
MACHINE_ORIGINS = ("mt", "tm")
ROLES = ("translator", "reviewer", "admin")
# What a person is assigned to do in a document's language.
ASSIGNMENT_ROLES = ("translator", "reviewer")
# A word: letters or digits, joined by inner hyphens or apostrophes ("сямʼя", "2020-2021").
WORD = re.compile(r"[^\W_]+(?:[-'’ʼ][^\W_]+)*")
# Inline-markup placeholders ({1}, {/1}, {2/}) are not words (see importers.placeholders).
PLACEHOLDER = re.compile(r"\{/?\d+/?\}")


def count_words(text: str) -> int:
    return len(WORD.findall(PLACEHOLDER.sub(" ", text)))


def text_key(text: str) -> str:
    """sha1 of a text, for exact look-ups without indexing a TEXT column."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _source_word_count(context) -> int:
    return count_words(context.get_current_parameters()["source_text"])


def _source_text_key(context) -> str:
    return text_key(context.get_current_parameters()["source_text"])


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source_lang: Mapped[str] = mapped_column(String(16))
    original_filename: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(20), default="txt")
    encoding: Mapped[str] = mapped_column(String(40), default="utf-8")
    checksum: Mapped[str] = mapped_column(String(64))
    # Text after the last segment (trailing newline, closing tags), so reassembly is exact.
    tail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    segments: Mapped[list[Segment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Segment.position", passive_deletes=True
    )


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (
        UniqueConstraint("document_id", "position"),
        # Repetitions: the segments of a document with the same source.
        Index("ix_segments_document_id_source_key", "document_id", "source_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by the unique constraint, whose first column it is.
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    # Source text as translators see it; inline markup is replaced by placeholders.
    source_text: Mapped[str] = mapped_column(Text)
    # Everything between the previous segment and this one: whitespace, blank lines, block markup.
    before: Mapped[str] = mapped_column(Text, default="")
    # Placeholder -> original inline markup, restored on export.
    markup: Mapped[dict] = mapped_column(JSON, default=dict)
    # Words of the source (counted once on insert), so progress in words is one SUM in SQL.
    word_count: Mapped[int] = mapped_column(Integer, default=_source_word_count, server_default="0")
    source_key: Mapped[str] = mapped_column(String(40), default=_source_text_key, server_default="")

    document: Mapped[Document] = relationship(back_populates="segments")
    translations: Mapped[list[Translation]] = relationship(
        back_populates="segment", cascade="all, delete-orphan", passive_deletes=True
    )


class Translation(Base):
    __tablename__ = "translations"
    __table_args__ = (UniqueConstraint("segment_id", "lang"), one_of("status", STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by the unique constraint, whose first column it is.
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="untranslated")
    # "mt", "tm", "human", "po import", "xliff import"...
    origin: Mapped[str] = mapped_column(String(40), default="")
    # The MT route that produced the draft, e.g. "argos en→ru | apertium ru→be".
    route: Mapped[str] = mapped_column(String(200), default="")
    raw_mt: Mapped[str | None] = mapped_column(Text)
    # What the termbase changed in the raw MT: [{"concept", "from", "to", "reason"}].
    glossary_changes: Mapped[list] = mapped_column(JSON, default=list)
    # n-best MT alternatives for the editor.
    alternatives: Mapped[list] = mapped_column(JSON, default=list)
    # Words of the MT draft no engine's dictionary vouched for (respelled guesses), for highlighting.
    mt_unknown: Mapped[list] = mapped_column(JSON, default=list, server_default=sql_text("'[]'"))
    # The source text this translation was made from (PO "#|" when the source changes).
    source_text: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    segment: Mapped[Segment] = relationship(back_populates="translations")
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="translation", cascade="all, delete-orphan", order_by="Revision.id", passive_deletes=True
    )

    # Optimistic locking: every UPDATE checks and bumps the version.
    __mapper_args__ = {"version_id_col": version}

    @property
    def touched_by_person(self) -> bool:
        return self.origin not in MACHINE_ORIGINS and self.status != "untranslated"


class Revision(Base):
    __tablename__ = "revisions"
    __table_args__ = (one_of("old_status", STATUSES), one_of("new_status", STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("translations.id", ondelete="CASCADE"), index=True
    )
    old_text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    old_status: Mapped[str] = mapped_column(String(20), default="untranslated")
    new_status: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    translation: Mapped[Translation] = relationship(back_populates="revisions")


class Comment(Base):
    """A note on a segment for everyone working on the document (exported as a translator note),
    or an answer to one: a thread of questions and answers under the segment."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    # The target language the author was editing (comments are shown in every language).
    lang: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The comment this one answers (same segment); None starts a thread.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), index=True)


class Presence(Base):
    """Who has a document's editor open, and on which segment: refreshed by the editor's polling."""

    __tablename__ = "presence"
    __table_args__ = (UniqueConstraint("document_id", "user_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(String(100))
    lang: Mapped[str] = mapped_column(String(16))
    segment_id: Mapped[int | None] = mapped_column(Integer)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Assignment(Base):
    """Who does a document's language: one person per role (translator, reviewer).

    It locks nobody out; it says whom to ask and whose work it is. A removed user's
    assignments go with them (ON DELETE CASCADE); ``AssignmentChange`` keeps the names.
    """

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("document_id", "lang", "role"), one_of("role", ASSIGNMENT_ROLES))

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by the unique constraint, whose first column it is.
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(20))
    # Indexed: "assigned to me" lists a user's assignments.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    assigned_by: Mapped[str] = mapped_column(String(100), default="")
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship()


class AssignmentChange(Base):
    """The history of a document's assignments: who changed which, when, from whom to whom.

    Names, not user ids: the history outlives a removed user. "" is nobody.
    """

    __tablename__ = "assignment_changes"
    __table_args__ = (one_of("role", ASSIGNMENT_ROLES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(20))
    old_user: Mapped[str] = mapped_column(String(100), default="")
    new_user: Mapped[str] = mapped_column(String(100), default="")
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TranslationMemoryUnit(Base):
    """One translation pair of the memory: imported (TMX) or a confirmed document translation.

    Confirmed translations are mirrored here (``translation_id`` set) in the transaction that
    saves them (workbench.tm.upkeep), so one table and its trigram index serve every look-up.
    """

    __tablename__ = "tm_units"
    __table_args__ = (Index("ix_tm_units_exact", "source_lang", "target_lang", "source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(16))
    target_lang: Mapped[str] = mapped_column(String(16))
    source_text: Mapped[str] = mapped_column(Text)
    target_text: Mapped[str] = mapped_column(Text)
    # sha1 of the source text, for exact look-ups without indexing a TEXT column.
    source_key: Mapped[str] = mapped_column(String(40))
    # "document" for mirrored translations, "tmx:FILE" for imports: what maintenance lists and deletes.
    origin: Mapped[str] = mapped_column(String(200), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    translation_id: Mapped[int | None] = mapped_column(
        ForeignKey("translations.id", ondelete="CASCADE"), index=True, unique=True
    )
    # A reviewed translation outranks a translated one of the same source.
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Subtracted from the similarity of this unit's matches (a less trusted memory ranks lower).
    penalty: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class User(Base):
    __tablename__ = "users"
    # A removed user's id is never handed to a new user (SQLite would reuse the highest id).
    __table_args__ = (one_of("role", ROLES), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="translator")
    # Part of every session cookie of this user; raising it ends all their sessions.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Evaluation(Base):
    """One ``workbench mt eval`` run of a route on a test set: what ``--engine auto`` chooses by."""

    __tablename__ = "mt_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(16), index=True)
    target_lang: Mapped[str] = mapped_column(String(16))
    # The route as drafts record it: "argos en→ru | apertium ru→be".
    route: Mapped[str] = mapped_column(String(200))
    chrf: Mapped[float] = mapped_column(Float)
    bleu: Mapped[float] = mapped_column(Float)
    # Share of termbase terms in the source whose preferred form the draft has; None without terms.
    term_accuracy: Mapped[float | None] = mapped_column(Float)
    segments: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)
    # The models the route used, e.g. ["argos translate-en_ru 1.9", "apertium rus-bel"].
    models: Mapped[list] = mapped_column(JSON, default=list)
    test_set: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
