"""Jobs do not outlive their use. An export file, or an upload no queued job needs (its job
cancelled, failed, or lost with a restored backup), is removed WORKBENCH_JOB_FILES_HOURS after it
was written; a finished job's row (and its chunks) WORKBENCH_JOB_HISTORY_DAYS after it finished.
Without them the jobs folder grew by every export and every cancelled upload, and the jobs table
by every job (a newsroom's thousands of chunk rows a day), forever.

io workers and ``workbench serve`` without a broker run it every ``CLEAN_SECONDS`` (``JobCleanup``);
``workbench jobs clean`` runs it from cron on machines that run neither.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from workbench.config import settings
from workbench.db import Database
from workbench.jobs.base import job_files
from workbench.jobs.models import ACTIVE_STATES, Job
from workbench.models import utcnow

CLEAN_SECONDS = 60.0


def remove_expired_job_files(db: Database) -> list[Path]:
    """Remove the files of the jobs folder older than their lifetime that no queued or running job names."""
    cutoff = time.time() - settings().job_files_hours * 3600
    directory = job_files()
    with db.session() as session:
        needed = {Path(str(arguments.get("path", ""))).name
                  for arguments in session.scalars(select(Job.arguments).where(Job.state.in_(ACTIVE_STATES)))
                  if isinstance(arguments, dict)}
    removed = []
    for path in directory.iterdir():
        if path.name in needed or not path.is_file() or path.is_symlink():
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except FileNotFoundError:  # another machine's clean-up of the shared folder got there first
            continue
    return removed


def remove_old_jobs(db: Database) -> int:
    """Remove the jobs that finished (done, failed, cancelled) over WORKBENCH_JOB_HISTORY_DAYS ago,
    with their chunks; a queued or running job is kept however old. Returns how many went."""
    days = settings().job_history_days
    if not days:
        return 0
    finished = func.coalesce(Job.finished_at, Job.created_at)
    with db.session() as session:
        return session.execute(
            delete(Job).where(~Job.state.in_(ACTIVE_STATES), finished < utcnow() - timedelta(days=days))
            .execution_options(synchronize_session=False)
        ).rowcount


class JobCleanup:
    """A loop's clean-up of the jobs folder and the jobs table, at most once every ``CLEAN_SECONDS``."""

    def __init__(self):
        self._last = None

    def remove_when_due(self, db: Database) -> None:
        if self._last is not None and time.monotonic() - self._last < CLEAN_SECONDS:
            return
        self._last = time.monotonic()
        remove_expired_job_files(db)
        remove_old_jobs(db)
