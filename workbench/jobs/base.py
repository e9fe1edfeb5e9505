"""The job-kind interface and its registry, read by the CLI, the web app and the runners.

A kind splits its work into chunks when the job is queued (``plan``) and does one chunk when
a runner has claimed it (``run_chunk``). A chunk's effects and its ``confirm`` call share one
transaction: that is what makes a chunk count exactly once.
"""

from __future__ import annotations

import socket
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from glossary import revision
from glossary.termbase import Termbase
from workbench.config import settings, workbench_home
from workbench.db import Database
from workbench.errors import WorkbenchError

# Queues a worker can take: machine translation needs the big CPUs (or GPUs); io is files.
QUEUES = ("mt", "io")


def job_files() -> Path:
    """Where uploads wait for their import job and export jobs leave their files.

    WORKBENCH_JOB_FILES, else jobs/ under WORKBENCH_HOME. The app server that takes an upload,
    the io worker that imports it and the app server that sends an export must all see it: on
    several machines, a directory they share.
    """
    configured = settings().job_files
    path = Path(configured) if configured else workbench_home() / "jobs"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def own_job_file(job_id: int, named: str, prefix: str) -> Path:
    """The file of ``job_files()`` that ``named`` (a path a job row holds) names, if a job of this
    kind wrote it: its name starts with ``prefix``, and it is no link. Only the name counts: the
    machine that wrote it may mount the shared directory elsewhere. A job row can come from
    another version or a restored backup; it must never make a job read, delete or send any
    other file."""
    path = job_files() / Path(named).name
    if not path.name.startswith(prefix) or path.is_symlink():
        raise WorkbenchError(f"job {job_id} names {named}, which is not a file of its own in {job_files()}; refused")
    return path


def missing_job_file(job_id: int, path: Path) -> WorkbenchError:
    """Why a job's file is not there, and what to do."""
    return WorkbenchError(
        f"the file of job {job_id} is not in {path.parent} on {socket.gethostname()}: it was removed "
        f"{settings().job_files_hours:g} hours after it was written (WORKBENCH_JOB_FILES_HOURS), or another "
        "machine wrote it in a directory this one does not share (WORKBENCH_JOB_FILES, docs/operations.md)"
    )


@dataclass(frozen=True)
class Ticket:
    """What a chunk's code knows about its job."""

    job_id: int
    arguments: dict


# confirm(session, result): call last, in the transaction that stores the chunk's effects.
Confirm = Callable[[Session, dict], None]


class JobKind(ABC):
    name: str
    queue: str
    label: str  # shown in the jobs panel, e.g. "Draft"

    @abstractmethod
    def plan(self, session: Session, arguments: dict) -> list[tuple[dict, int]]:
        """The chunks of a new job: (payload, units of progress) each, in order."""

    @abstractmethod
    def run_chunk(self, context: WorkerContext, ticket: Ticket, payload: dict, confirm: Confirm) -> None:
        """Do one chunk; ``confirm`` must be the last call inside the transaction that stores it."""

    def describe(self, arguments: dict) -> str:
        """One line for lists: what the job works on."""
        return ", ".join(f"{key} {value}" for key, value in arguments.items())

    def summarize(self, results: list[dict]) -> dict:
        """The job's result from its finished chunks': numbers add up, lists join, the rest is kept."""
        summary: dict = {}
        for result in results:
            for key, value in result.items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    summary[key] = summary.get(key, 0) + value
                elif isinstance(value, list):
                    summary[key] = list(dict.fromkeys(summary.get(key, []) + value))
                else:
                    summary[key] = value
        return summary


JOB_KINDS: dict[str, JobKind] = {}


def register_kind(kind: JobKind) -> JobKind:
    JOB_KINDS[kind.name] = kind
    return kind


class WorkerContext:
    """What a runner keeps between chunks: the database, MT engines loaded once, the termbase.

    One per process (a Celery worker child, the serve process's thread, the CLI).
    """

    def __init__(self, db: Database, *, mt_threads: int = 0, stopping: threading.Event | None = None):
        self.db = db
        self.mt_threads = mt_threads
        # Set when the process is asked to stop: runners finish the chunk in hand and take no other.
        self.stopping = stopping or threading.Event()
        self._lock = threading.Lock()
        self._engines: dict[str, tuple[dict, dict]] = {}
        self._termbase: Termbase | None = None
        self._termbase_revision: int | None = None

    def engines(self, name: str) -> tuple[dict, dict]:
        """(engines, their available pairs) for ``--engine name``, loaded on first use and kept."""
        from workbench.mt.pipeline import open_engines

        with self._lock:
            if name not in self._engines:
                engines = open_engines(name, threads=self.mt_threads)
                self._engines[name] = (engines, {key: engine.available_pairs() for key, engine in engines.items()})
            return self._engines[name]

    def termbase(self, session: Session) -> Termbase:
        """The termbase as the database has it now: rebuilt when its revision (glossary.revision) moved.

        Read before every chunk, so an edit made in any process reaches the next chunk.
        """
        number = revision.current(session)
        with self._lock:
            if self._termbase is None or number != self._termbase_revision:
                self._termbase = Termbase.from_session(session)
                self._termbase_revision = number
            return self._termbase
