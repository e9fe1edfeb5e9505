"""Scale-out: Celery over Redis carries "run job N" messages to ``workbench worker`` processes.

The broker only says which job to look at; the database says what is left to do. A job is
sent as several messages (one per chunk, up to ``MAX_MESSAGES``) so that every free worker
joins in. Messages are acknowledged late and requeued when a worker dies, and a message for a
finished job costs one query, so redelivery is always safe.

Redis keeps no state the database lacks: a message can be lost (Redis restarted without
persistence, down when the job was queued, a worker killed with its message in hand), so each
worker's main process looks in the database for jobs that nobody works on and that no waiting
message names, and sends them again (``resend_unattended``).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import signal
import threading
import time
from functools import lru_cache

import redis
from celery import Celery
from billiard.process import active_children
from celery.signals import worker_process_init, worker_ready, worker_shutting_down

from workbench.config import settings
from workbench.jobs import store
from workbench.jobs.base import JOB_KINDS, WorkerContext

log = logging.getLogger(__name__)

MAX_MESSAGES = 32
# Unacknowledged messages of a dead worker return to the queue after this long (seconds); a
# live worker's long job may be redelivered too, which only adds a runner to it.
VISIBILITY_TIMEOUT = 300
RUN_JOB = "workbench.run_job"
# Each worker's main process looks this often for jobs that no message will bring to a worker;
# a job is sent again when two looks in a row found it so.
SWEEP_SECONDS = 5.0

_worker = {"mt_threads": 0, "context": None, "queues": [], "stopping": threading.Event()}


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
        _worker["context"] = WorkerContext(open_database(), mt_threads=_worker["mt_threads"],
                                           stopping=_worker["stopping"])
        # systemd's stop sends SIGTERM to every process of the unit: the pool process died of it
        # mid-chunk (WorkerLostError) and the chunk waited for its lease to run out. Now it finishes
        # the chunk in hand and takes no other; the main process's warm shutdown waits for that.
        # Set here, on the first task: billiard installs its own handler after worker_process_init.
        signal.signal(signal.SIGTERM, lambda *_: _worker["stopping"].set())
    return _worker["context"]


@worker_process_init.connect
def _forget_parent_connections(**_) -> None:
    # A forked pool process must not share the parent's database connections.
    from workbench.db import open_database

    open_database().engine.dispose(close=False)
    _worker["context"] = None


@worker_shutting_down.connect
def _stop_pool_processes(how: str = "", **_) -> None:
    """Pass a warm shutdown's SIGTERM on to the pool processes. Sent to the main process alone
    (`kill PID`, systemd's KillMode=mixed), it waited for the task in hand, and a task runs its job
    until no chunk is left: the whole job, or until systemd killed it. Each now finishes the chunk in
    hand and takes no other (``_context``); the other workers' sweep sends them the rest."""
    if how != "Warm":
        return
    for child in active_children():
        try:
            os.kill(child.pid, signal.SIGTERM)
        except ProcessLookupError:  # it ended meanwhile
            continue


def send_job(job_id: int, queue: str, chunks: int) -> None:
    app = celery_app(settings().broker_url)
    for _ in range(max(1, min(chunks, MAX_MESSAGES))):
        app.send_task(RUN_JOB, args=[job_id], queue=queue)


@lru_cache(maxsize=None)
def _redis(broker_url: str) -> redis.Redis:
    """One client (and connection pool) per process for the sweep, not a new one every look."""
    return redis.Redis.from_url(broker_url)


def _jobs_with_messages(client: redis.Redis, queue: str) -> set[int]:
    """The jobs that messages waiting in ``queue`` name (kombu keeps a queue as a Redis list of
    JSON envelopes around the base64 task body ``[[job_id], {}, {...}]``)."""
    named = set()
    for raw in client.lrange(queue, 0, -1):
        try:
            named.add(int(json.loads(base64.b64decode(json.loads(raw)["body"]))[0][0]))
        except (ValueError, KeyError, IndexError, TypeError):
            continue  # not a message of ours
    return named


def resend_unattended(db, queues: list[str], suspects: set[int]) -> set[int]:
    """One look: send again each job of ``queues`` that waits unattended (``store.unattended_jobs``)
    and did so on the previous look too (``suspects``), when no message waiting in its queue names
    it. Returns the unattended jobs found now, the next look's suspects."""
    from workbench.jobs import kinds  # noqa: F401  (importing the kinds registers them)

    client = _redis(settings().broker_url)
    found: set[int] = set()
    for queue in queues:
        unattended = store.unattended_jobs(db, [name for name, kind in JOB_KINDS.items() if kind.queue == queue])
        found |= unattended.keys()
        waiting = _jobs_with_messages(client, queue) if unattended.keys() & suspects else set()
        for job_id, chunks in unattended.items():
            if job_id not in suspects or job_id in waiting:
                continue  # a worker may be about to claim it, or its message waits its turn
            # Every worker looks; the first to claim the resend sends it.
            if client.set(f"workbench:resent:{job_id}", 1, nx=True, ex=int(2 * SWEEP_SECONDS)):
                log.warning("job %s waited with no worker on it and no message in the %s queue: sent again",
                            job_id, queue)
                send_job(job_id, queue, chunks)
    return found


def _sweep_forever() -> None:
    """Look for unattended jobs; an io worker also removes expired job files (it shares their folder)."""
    from workbench.db import open_database
    from workbench.jobs.cleanup import JobCleanup

    suspects: set[int] = set()
    cleanup = JobCleanup()
    while True:
        time.sleep(SWEEP_SECONDS)
        try:
            suspects = resend_unattended(open_database(), _worker["queues"], suspects)
            if "io" in _worker["queues"]:
                cleanup.remove_when_due(open_database())
        except Exception:  # Redis or the database away for a moment: look again later
            log.warning("could not look for unattended jobs or expired job files", exc_info=True)


@worker_ready.connect
def _start_sweeping(**_) -> None:
    # Started once the pool processes are forked, so that they inherit no thread.
    threading.Thread(target=_sweep_forever, name="workbench-sweep", daemon=True).start()


def run_worker(*, concurrency: int, queues: list[str], mt_threads: int) -> None:
    """Start a Celery worker in this process (it forks ``concurrency`` pool processes)."""
    _worker["mt_threads"], _worker["queues"] = mt_threads, queues
    app = celery_app(settings().broker_url)
    app.worker_main(["worker", "--concurrency", str(concurrency), "--queues", ",".join(queues),
                     "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--pool", "prefork"])
