"""Running a job: claim a chunk, do it under a renewed lease, confirm it; until none is left.

Every runner of a job loops the same way, so any number of them share it, and each stays
until the job is finished: a chunk held by a runner that died is taken over once its lease
runs out. A cancelled job stops before the next chunk, and so does a runner asked to stop.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.exc import OperationalError

from workbench.errors import WorkbenchError
from workbench.jobs import store
from workbench.jobs.base import Ticket, WorkerContext
from workbench.jobs.cleanup import JobCleanup
from workbench.jobs.models import ACTIVE_STATES, Job, JobChunk

log = logging.getLogger(__name__)
# How often a runner with nothing to claim looks again while other runners hold chunks.
POLL_SECONDS = 0.5


@contextmanager
def _lease(context: WorkerContext, chunk: JobChunk) -> Iterator[None]:
    """Renew the chunk's lease in the background while the block runs."""
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(store.RENEW_SECONDS):
            try:
                if not store.renew_lease(context.db, chunk.id, chunk.token):
                    return
            except Exception:  # a busy database: the next renewal may get through
                log.warning("could not renew the lease of chunk %s", chunk.id, exc_info=True)

    thread = threading.Thread(target=renew, name=f"lease-{chunk.id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run_job(context: WorkerContext, job_id: int) -> None:
    """Work on the job until every chunk is done, it is cancelled, a chunk fails it, or this process stops."""
    db = context.db
    with db.session() as session:
        job = session.get(Job, job_id)
        if job is None:  # deleted since it was queued
            return
        ticket, kind_name = Ticket(job.id, job.arguments), job.kind
    try:
        kind = store.kind_of(kind_name)
    except WorkbenchError as error:
        # Queued by another version of workbench, or brought back by a restore: left queued, it
        # would be the oldest job every runner picks, forever, and nothing queued after it would run.
        store.fail_job(db, job_id, f"{error} (queued by another version of workbench?)")
        return
    while not context.stopping.is_set():  # a stopping worker leaves the rest to the others' sweep
        chunk = store.claim_chunk(db, job_id)
        if chunk is None:
            if store.job_state(db, job_id) not in ACTIVE_STATES:
                return
            if store.remaining_chunks(db, job_id) == 0:
                store.finish_job(db, job_id)
                return
            # Others hold the rest; wait, in case one of them dies and its chunk comes free.
            time.sleep(POLL_SECONDS)
            continue
        if chunk.attempts > store.MAX_ATTEMPTS:
            store.fail_job(db, job_id, f"chunk {chunk.number} was abandoned {chunk.attempts - 1} times "
                                       "(its workers died or lost the database); see the workers' logs")
            return
        try:
            with _lease(context, chunk):
                kind.run_chunk(context, ticket, chunk.payload,
                               lambda session, result: store.confirm_chunk(session, chunk, result))
        except store.ChunkLost:
            log.warning("job %s: chunk %s was taken over by another worker", job_id, chunk.number)
        except OperationalError:
            # The database was busy or away: the chunk comes free when its lease runs out.
            log.warning("job %s: chunk %s left to a later attempt", job_id, chunk.number, exc_info=True)
            time.sleep(POLL_SECONDS)
        except WorkbenchError as error:
            # Said in the worker's log too: its journal showed only Celery's "Task succeeded".
            log.warning("job %s failed in chunk %s: %s", job_id, chunk.number, error)
            store.fail_job(db, job_id, str(error))
            return
        except Exception as error:
            log.exception("job %s failed in chunk %s", job_id, chunk.number)
            store.fail_job(db, job_id, f"internal error in chunk {chunk.number}: {error!r}")
            return


class EmbeddedRunner:
    """The one-machine default: a daemon thread that runs queued jobs one after another.

    ``workbench serve`` starts one; ``wake`` after queueing saves waiting for the next look.
    """

    def __init__(self, context: WorkerContext, *, idle_seconds: float = 2.0):
        self.context = context
        self.idle_seconds = idle_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self.run_forever, name="workbench-jobs", daemon=True)
                self._thread.start()

    def wake(self) -> None:
        self.start()
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()

    def run_forever(self) -> None:
        cleanup = JobCleanup()
        while not self._stop.is_set():
            self._wake.clear()
            try:
                job_id = store.next_active_job(self.context.db)
                if job_id is not None:
                    run_job(self.context, job_id)
                    continue
                cleanup.remove_when_due(self.context.db)  # this process runs the io jobs here
            except Exception:  # the database went away for a moment: try again later
                log.exception("the embedded job runner could not run a job")
            self._wake.wait(self.idle_seconds)
