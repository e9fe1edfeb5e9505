"""Concept-oriented termbase tables (the shape of TBX: concept -> language -> term)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

STATUSES = ("preferred", "admitted", "deprecated", "forbidden")
KINDS = ("person", "place", "organisation", "term")
# Constraint names are the same on SQLite and PostgreSQL, so a migration can name what it changes.
# (The workbench's tables use it too.)
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    """A CHECK that ``column`` holds one of ``values``: a typo in code cannot store a new status."""
    listed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class GlossaryBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Concept(GlossaryBase):
    __tablename__ = "concepts"
    __table_args__ = (one_of("kind", KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="term")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    terms: Mapped[list[Term]] = relationship(
        back_populates="concept", cascade="all, delete-orphan", order_by="Term.id", passive_deletes=True
    )


class Term(GlossaryBase):
    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("concept_id", "lang", "text"), one_of("status", STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by the unique constraint, whose first column it is.
    concept_id: Mapped[int] = mapped_column(ForeignKey("concepts.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="preferred")
    # Explicit inflected forms, {"gen": "...", "acc": "..."}; they override generated ones.
    forms: Mapped[dict] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    # text.casefold(), kept by the model: SQL search without case on every database (SQLite's
    # LIKE and lower() fold only ASCII; PostgreSQL's depend on the server's locale).
    folded: Mapped[str] = mapped_column(Text, server_default="")

    concept: Mapped[Concept] = relationship(back_populates="terms")

    @validates("text")
    def _fold(self, _key: str, text: str) -> str:
        self.folded = text.casefold()
        return text


class TermbaseRevision(GlossaryBase):
    """One row whose number grows with every change to concepts or terms (see glossary.revision)."""

    __tablename__ = "termbase_revision"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, default=0)
    stamp: Mapped[str | None] = mapped_column(String(32))  # random, new with every bump
