"""Scale-out: Celery over Redis carries "run job N" messages to ``workbench worker`` processes.

The broker only says which job to look at; the database says what is left to do. A job is
sent as several messages (one per chunk, up to ``MAX_MESSAGES``) so that every free worker
joins in. Messages are acknowledged late and requeued when a worker dies, and a message for a
finished job costs one query, so redelivery is always safe.
"""

from __future__ import annotations

from functools import lru_cache

from celery import Celery
from celery.signals import worker_process_init

from workbench.config import settings
from workbench.jobs.base import WorkerContext

MAX_MESSAGES = 32
# Unacknowledged messages of a dead worker return to the queue after this long (seconds); a
# live worker's long job may be redelivered too, which only adds a runner to it.
VISIBILITY_TIMEOUT = 300
RUN_JOB = "workbench.run_job"

_worker = {"mt_threads": 0, "context": None}


@lru_cache(maxsize=None)
def celery_app(broker_url: str) -> Celery:
    app = Celery("workbench", broker=broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_default_queue="io",
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT},
        worker_hijack_root_logger=False,
    )

    @app.task(name=RUN_JOB)
    def run_job_task(job_id: int) -> None:
        from workbench.jobs.runner import run_job

        run_job(_context(), job_id)

    return app


def _context() -> WorkerContext:
    """This worker process's context: its models load on the first chunk and stay."""
    from workbench.db import open_database

    if _worker["context"] is None:
        _worker["context"] = WorkerContext(open_database(), mt_threads=_worker["mt_threads"])
    return _worker["context"]


@worker_process_init.connect
def _forget_parent_connections(**_) -> None:
    # A forked pool process must not share the parent's database connections.
    from workbench.db import open_database

    open_database().engine.dispose(close=False)
    _worker["context"] = None


def send_job(job_id: int, queue: str, chunks: int) -> None:
    app = celery_app(settings().broker_url)
    for _ in range(max(1, min(chunks, MAX_MESSAGES))):
        app.send_task(RUN_JOB, args=[job_id], queue=queue)


def run_worker(*, concurrency: int, queues: list[str], mt_threads: int) -> None:
    """Start a Celery worker in this process (it forks ``concurrency`` pool processes)."""
    _worker["mt_threads"] = mt_threads
    app = celery_app(settings().broker_url)
    app.worker_main(["worker", "--concurrency", str(concurrency), "--queues", ",".join(queues),
                     "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--pool", "prefork"])
