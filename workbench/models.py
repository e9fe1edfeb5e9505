"""Documents, segments, translations and their history (SQLAlchemy 2.0 typed models)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSES = ("untranslated", "draft", "translated", "reviewed")
# Statuses a person has confirmed: their text is translation memory and machine runs keep off it.
CONFIRMED_STATUSES = ("translated", "reviewed")
MACHINE_ORIGINS = ("mt", "tm")
ROLES = ("translator", "reviewer", "admin")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


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
        back_populates="document", cascade="all, delete-orphan", order_by="Segment.position"
    )


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    # Source text as translators see it; inline markup is replaced by placeholders.
    source_text: Mapped[str] = mapped_column(Text)
    # Everything between the previous segment and this one: whitespace, blank lines, block markup.
    before: Mapped[str] = mapped_column(Text, default="")
    # Placeholder -> original inline markup, restored on export.
    markup: Mapped[dict] = mapped_column(JSON, default=dict)

    document: Mapped[Document] = relationship(back_populates="segments")
    translations: Mapped[list[Translation]] = relationship(
        back_populates="segment", cascade="all, delete-orphan"
    )


class Translation(Base):
    __tablename__ = "translations"
    __table_args__ = (UniqueConstraint("segment_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
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
        back_populates="translation", cascade="all, delete-orphan", order_by="Revision.id"
    )

    # Optimistic locking: every UPDATE checks and bumps the version.
    __mapper_args__ = {"version_id_col": version}

    @property
    def touched_by_person(self) -> bool:
        return self.origin not in MACHINE_ORIGINS and self.status != "untranslated"


class Revision(Base):
    __tablename__ = "revisions"

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


class TranslationMemoryUnit(Base):
    """A translation pair from outside the documents (TMX import)."""

    __tablename__ = "tm_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(16))
    target_lang: Mapped[str] = mapped_column(String(16))
    source_text: Mapped[str] = mapped_column(Text)
    target_text: Mapped[str] = mapped_column(Text)
    # sha1 of the source text, for exact look-ups without indexing a TEXT column.
    source_key: Mapped[str] = mapped_column(String(40), index=True)
    origin: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="translator")
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
