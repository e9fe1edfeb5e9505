"""Queueing a job and telling a runner about it: Celery when a broker is set, else this process.

``submit`` is the one way the CLI and the web app start background work.
"""

from __future__ import annotations

import logging

from workbench.config import settings
from workbench.db import Database
from workbench.jobs import store
from workbench.jobs.runner import EmbeddedRunner

log = logging.getLogger(__name__)


def broker_configured() -> bool:
    return bool(settings().broker_url)


def submit(db: Database, kind: str, arguments: dict, created_by: str, *, runner: EmbeddedRunner | None = None,
           capped: bool = False) -> int:
    """Queue a job and hand it to whoever runs jobs here; returns its id.

    ``capped``: the job counts toward ``created_by``'s WORKBENCH_MAX_QUEUED_JOBS, as the editor's
    jobs do. The CLI's do not: whoever runs it holds the database's credentials and sets its
    environment (the cap included), so a cap there binds nobody, and it made every CLI user, cron
    and admins alike, one person "cli" who refused the others' jobs.

    With a broker, Celery workers get it; a broker that cannot be reached leaves the job queued
    in the database, where the workers' sweep finds it once Redis is back. Without a broker,
    ``runner`` (the serve process's thread) is woken; with no runner either, the job waits in
    the database for a serve process.
    """
    with db.session() as session:
        job = store.enqueue(session, kind, arguments, created_by, capped=capped)
        job_id, state, chunks, queue = job.id, job.state, len(job.chunks), store.kind_of(kind).queue
    if state != "queued":
        return job_id
    if broker_configured():
        from kombu.exceptions import OperationalError as BrokerUnreachable

        from workbench.jobs.celery_app import send_job

        try:
            send_job(job_id, queue, chunks)
        except BrokerUnreachable as error:
            log.warning("job %s is queued, but the job queue cannot be reached (%s): the workers take it once "
                        "Redis is back", job_id, error)
    elif runner is not None:
        runner.wake()
    return job_id
