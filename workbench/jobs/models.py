"""The jobs tables: the one truth about background work, shared by every process.

A job is split into chunks when it is queued. Whoever runs it (a Celery worker, the serve
process's thread) claims one chunk at a time with a compare-and-set on its row and a lease;
the chunk's results and its ``done`` mark are written in one transaction, so a chunk counts
once however many workers die or race on it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from glossary.models import one_of
from workbench.models import Base, utcnow

JOB_STATES = ("queued", "running", "done", "failed", "cancelled")
# States in which workers still take chunks of a job.
ACTIVE_STATES = ("queued", "running")
CHUNK_STATES = ("pending", "running", "done")


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (one_of("state", JOB_STATES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    arguments: Mapped[dict] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    # Progress in the kind's units (segments for drafts, files for imports and exports).
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(100), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str] = mapped_column(Text, default="")

    chunks: Mapped[list[JobChunk]] = relationship(
        back_populates="job", cascade="all, delete-orphan", passive_deletes=True, order_by="JobChunk.number"
    )


class JobChunk(Base):
    __tablename__ = "job_chunks"
    # The unique constraint's index also serves look-ups by job_id alone.
    __table_args__ = (UniqueConstraint("job_id", "number"), one_of("state", CHUNK_STATES))

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    # What the chunk covers, e.g. {"lang": "be", "segment_ids": [...]}; ``units`` counts toward done.
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    units: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    # Who holds it: a fresh token per claim, so a worker whose lease ran out cannot finish it.
    token: Mapped[str | None] = mapped_column(String(40))
    # Seconds since the epoch (time.time()) until which the claim holds; the holder renews it.
    lease_expires: Mapped[float] = mapped_column(Float, default=0.0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The last claimer, "host:pid", for the logs and for whoever looks after the workers.
    worker: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[dict] = mapped_column(JSON, default=dict)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    job: Mapped[Job] = relationship(back_populates="chunks")
