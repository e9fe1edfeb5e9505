"""Jobs in the database: queue, claim a chunk, confirm it, finish, cancel, read.

Claiming is one UPDATE whose WHERE clause is the compare-and-set: a chunk that is pending, or
running on a lease that ran out (its worker died), gets a fresh token. On PostgreSQL the
candidate row is picked FOR UPDATE SKIP LOCKED, so claimers pass each other instead of
queueing; on SQLite the single writer serialises them. Confirming checks the token again in
the transaction that stores the chunk's work, so a worker that lost its claim stores nothing.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from datetime import datetime, timezone

from sqlalchemy import and_, false, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from workbench.config import settings
from workbench.db import Database
from workbench.errors import WorkbenchError
from workbench.jobs.base import JOB_KINDS, JobKind
from workbench.jobs.models import ACTIVE_STATES, Job, JobChunk
from workbench.models import utcnow

# A claim lasts this long unless its holder renews it; a killed worker's chunk waits this long.
LEASE_SECONDS = 10.0
# The holder renews its lease this often.
RENEW_SECONDS = LEASE_SECONDS / 4
# A chunk whose workers died this many times fails the job instead of killing another worker.
MAX_ATTEMPTS = 3


class ChunkLost(Exception):
    """The chunk's lease ran out and another runner claimed it: this runner's work is void."""


def kind_of(name: str) -> JobKind:
    from workbench.jobs import kinds  # noqa: F401  (importing the kinds registers them)

    try:
        return JOB_KINDS[name]
    except KeyError:
        raise WorkbenchError(f"unknown job kind {name!r}; known: {', '.join(sorted(JOB_KINDS))}") from None


def _check_queue_cap(session: Session, created_by: str) -> None:
    """Refuse a job past WORKBENCH_MAX_QUEUED_JOBS of one person's queued or running ones: one
    person's flood (a script, a key held down on the Draft button) would keep everyone else's
    work waiting behind it."""
    cap = settings().max_queued_jobs
    if not cap:
        return
    # Requests of one person at once count one after another, each after the last stored its job.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"workbench-jobs:{created_by}"))))
    else:  # SQLite's one writer: take its lock with a write that changes nothing, before counting
        session.execute(update(Job).where(false()).values(state=Job.state))
    waiting = session.scalar(
        select(func.count()).select_from(Job).where(Job.created_by == created_by, Job.state.in_(ACTIVE_STATES))
    )
    if waiting >= cap:
        raise WorkbenchError(
            f"{created_by} has {waiting} background jobs queued or running, as many as one person may have "
            f"(WORKBENCH_MAX_QUEUED_JOBS={cap}); wait until some finish, or cancel some (the jobs page, "
            "`workbench jobs cancel ID`)"
        )


def enqueue(session: Session, kind_name: str, arguments: dict, created_by: str, *, capped: bool = False) -> Job:
    """Add a job and its chunks; a job with nothing to do is done at once. With ``capped`` (the
    editor's people), a person with WORKBENCH_MAX_QUEUED_JOBS jobs waiting is refused."""
    kind = kind_of(kind_name)
    if capped:
        _check_queue_cap(session, created_by)
    chunks = kind.plan(session, arguments)
    job = Job(kind=kind.name, arguments=arguments, created_by=created_by, total=sum(units for _, units in chunks))
    job.chunks = [JobChunk(number=number, payload=payload, units=units) for number, (payload, units) in enumerate(chunks)]
    if not chunks:
        job.state, job.started_at, job.finished_at = "done", utcnow(), utcnow()
    session.add(job)
    session.flush()
    return job


def _claimable(now: float):
    return or_(JobChunk.state == "pending", and_(JobChunk.state == "running", JobChunk.lease_expires < now))


def claim_chunk(db: Database, job_id: int) -> JobChunk | None:
    """Take the job's next pending (or abandoned) chunk, or None when there is none to take."""
    token = uuid.uuid4().hex
    now = time.time()
    with db.session() as session:
        candidate = (
            select(JobChunk.id)
            .join(Job, Job.id == JobChunk.job_id)
            .where(JobChunk.job_id == job_id, Job.state.in_(ACTIVE_STATES), _claimable(now))
            .order_by(JobChunk.number)
            .limit(1)
            .with_for_update(skip_locked=True, of=JobChunk)
            .scalar_subquery()
        )
        claimed = session.execute(
            update(JobChunk)
            .where(JobChunk.id == candidate, _claimable(now))
            .values(state="running", token=token, lease_expires=now + LEASE_SECONDS, attempts=JobChunk.attempts + 1,
                    worker=f"{socket.gethostname()}:{os.getpid()}")
            .execution_options(synchronize_session=False)
        ).rowcount
        if not claimed:
            return None
        session.execute(
            update(Job).where(Job.id == job_id, Job.state == "queued").values(state="running", started_at=utcnow())
        )
        return session.scalar(select(JobChunk).where(JobChunk.token == token))


def renew_lease(db: Database, chunk_id: int, token: str) -> bool:
    with db.session() as session:
        return bool(session.execute(
            update(JobChunk).where(JobChunk.id == chunk_id, JobChunk.token == token, JobChunk.state == "running")
            .values(lease_expires=time.time() + LEASE_SECONDS)
        ).rowcount)


def confirm_chunk(session: Session, chunk: JobChunk, result: dict) -> None:
    """Mark the chunk done and count its units, in the caller's transaction; ChunkLost if it is no longer ours."""
    confirmed = session.execute(
        update(JobChunk)
        .where(JobChunk.id == chunk.id, JobChunk.token == chunk.token, JobChunk.state == "running")
        .values(state="done", result=result, finished_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if not confirmed:
        raise ChunkLost(f"chunk {chunk.number} of job {chunk.job_id} was claimed by another worker")
    session.execute(update(Job).where(Job.id == chunk.job_id).values(done=Job.done + chunk.units))


def remaining_chunks(db: Database, job_id: int) -> int:
    """How many of the job's chunks are not done yet."""
    with db.session() as session:
        return session.scalar(
            select(func.count()).where(JobChunk.job_id == job_id, JobChunk.state != "done")
        )


def finish_job(db: Database, job_id: int) -> None:
    """Done, when every chunk is; a job cancelled or failed meanwhile keeps that state."""
    with db.session() as session:
        session.execute(
            update(Job).where(
                Job.id == job_id, Job.state.in_(ACTIVE_STATES),
                ~select(JobChunk.id).where(JobChunk.job_id == job_id, JobChunk.state != "done").exists(),
            ).values(state="done", finished_at=utcnow())
        )


def fail_job(db: Database, job_id: int, message: str) -> None:
    with db.session() as session:
        session.execute(
            update(Job).where(Job.id == job_id, Job.state.in_(ACTIVE_STATES))
            .values(state="failed", error=message[:2000], finished_at=utcnow())
        )


def cancel_job(session: Session, job_id: int) -> Job:
    """Cancel a queued or running job: runners stop before their next chunk."""
    job = load_job(session, job_id)
    if job.state not in ACTIVE_STATES:
        raise WorkbenchError(f"job {job_id} is {job.state} already; only queued or running jobs can be cancelled")
    session.execute(
        update(Job).where(Job.id == job_id, Job.state.in_(ACTIVE_STATES))
        .values(state="cancelled", finished_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.refresh(job)
    return job


def load_job(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise WorkbenchError(f"no job with id {job_id}; `workbench jobs list` lists them")
    return job


def job_state(db: Database, job_id: int) -> str | None:
    with db.session() as session:
        return session.scalar(select(Job.state).where(Job.id == job_id))


def next_active_job(db: Database) -> int | None:
    """The oldest queued or running job with a chunk to take now (for the embedded runner)."""
    now = time.time()
    with db.session() as session:
        return session.scalar(
            select(Job.id).join(JobChunk, JobChunk.job_id == Job.id)
            .where(Job.state.in_(ACTIVE_STATES), _claimable(now))
            .order_by(Job.id).limit(1)
        )


def unattended_jobs(db: Database, kind_names: list[str]) -> dict[int, int]:
    """Queued or running jobs of these kinds that have chunks to take and no runner holding a
    live lease: job id -> chunks to take. Such a job waits for a message that may never come
    (a Redis restarted without persistence, a broker down when it was queued)."""
    now = time.time()
    other = aliased(JobChunk)
    held = select(other.id).where(other.job_id == Job.id, other.state == "running", other.lease_expires >= now).exists()
    with db.session() as session:
        return dict(session.execute(
            select(Job.id, func.count(JobChunk.id)).join(JobChunk, JobChunk.job_id == Job.id)
            .where(Job.state.in_(ACTIVE_STATES), Job.kind.in_(kind_names), _claimable(now), ~held)
            .group_by(Job.id)
        ).all())


def recent_jobs(session: Session, *, created_by: str | None = None, limit: int = 50) -> list[Job]:
    """The newest jobs first, of one person if given."""
    query = select(Job).order_by(Job.id.desc())
    if created_by is not None:
        query = query.where(Job.created_by == created_by)
    return list(session.scalars(query.limit(limit)))


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


def _described(job: Job) -> tuple[str, str]:
    """(label, description); a job this version cannot read (a kind it does not know, arguments
    another version wrote) is still listed, so that it can be seen and cancelled."""
    try:
        kind = kind_of(job.kind)
    except WorkbenchError as error:
        return job.kind, str(error)
    try:
        return kind.label, kind.describe(job.arguments)
    except (KeyError, IndexError, TypeError, AttributeError):
        return kind.label, "arguments this version cannot read"


def job_json(job: Job, *, result: dict | None = None) -> dict:
    label, description = _described(job)
    data = {
        "id": job.id, "kind": job.kind, "label": label, "description": description,
        "state": job.state, "done": job.done, "total": job.total, "error": job.error,
        "created_by": job.created_by, "created_at": _iso(job.created_at), "started_at": _iso(job.started_at),
        "finished_at": _iso(job.finished_at), "arguments": job.arguments,
    }
    if result is not None:
        data["result"] = result
    return data


def job_result(session: Session, job: Job) -> dict:
    try:
        kind = kind_of(job.kind)
    except WorkbenchError:
        return {}  # a kind this version never runs (see _described) left no result it could read
    results = session.scalars(
        select(JobChunk.result).where(JobChunk.job_id == job.id, JobChunk.state == "done").order_by(JobChunk.number)
    )
    return kind.summarize(list(results))
