"""Commands: ``workbench jobs list|show|cancel|clean`` and ``workbench worker``."""

from __future__ import annotations

import click

from workbench.cli.common import DATABASE_INT, database, print_json
from workbench.config import settings
from workbench.errors import WorkbenchError
from workbench.jobs.base import QUEUES


@click.group("jobs")
def jobs() -> None:
    """Background jobs: drafting, imports and exports queued from the CLI or the browser."""


def _line(job: dict) -> str:
    line = f"{job['id']:>5}  {job['state']:<9} {job['done']}/{job['total']}  {job['label']} {job['description']}"
    return line + (f"  — {job['error']}" if job["error"] else "")


@jobs.command("list")
@click.option("--limit", type=DATABASE_INT, default=50, show_default=True, help="Newest jobs to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_jobs(limit: int, as_json: bool) -> None:
    """The newest jobs first, with their state and progress."""
    from workbench.jobs.store import job_json, recent_jobs

    with database().session() as session:
        rows = [job_json(job) for job in recent_jobs(session, limit=limit)]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("no jobs; `workbench translate DOC --to be --queue` queues one")
    for row in rows:
        click.echo(_line(row))


@jobs.command("show")
@click.argument("job_id", type=DATABASE_INT)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show_job(job_id: int, as_json: bool) -> None:
    """A job's state, progress, error and result."""
    from workbench.jobs.store import job_json, job_result, load_job

    with database().session() as session:
        job = load_job(session, job_id)
        row = job_json(job, result=job_result(session, job))
    if as_json:
        print_json(row)
        return
    click.echo(_line(row))
    for key in ("created_by", "created_at", "started_at", "finished_at"):
        if row[key]:
            click.echo(f"  {key.replace('_', ' ')}: {row[key]}")
    for key, value in row["result"].items():
        if value in ([], ""):
            continue
        click.echo(f"  {key.replace('_', ' ')}: {'; '.join(map(str, value)) if isinstance(value, list) else value}")


@jobs.command("cancel")
@click.argument("job_id", type=DATABASE_INT)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def cancel(job_id: int, as_json: bool) -> None:
    """Cancel a queued or running job; runners stop before their next chunk."""
    from workbench.jobs.store import cancel_job, job_json

    with database().session() as session:
        row = job_json(cancel_job(session, job_id))
    if as_json:
        print_json(row)
    else:
        click.echo(f"cancelled job {job_id} at {row['done']}/{row['total']}")


@jobs.command("clean")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def clean(as_json: bool) -> None:
    """Remove export files and unneeded uploads older than WORKBENCH_JOB_FILES_HOURS, and jobs finished
    over WORKBENCH_JOB_HISTORY_DAYS ago (io workers do it too)."""
    from workbench.jobs.cleanup import remove_expired_job_files, remove_old_jobs

    db = database()
    removed, removed_jobs = remove_expired_job_files(db), remove_old_jobs(db)
    if as_json:
        print_json({"removed": [str(path) for path in removed], "removed_jobs": removed_jobs})
        return
    days = settings().job_history_days
    click.echo(f"removed {len(removed)} job file{'' if len(removed) == 1 else 's'} older than "
               f"{settings().job_files_hours:g} hours and " + (
                   f"{removed_jobs} finished job{'' if removed_jobs == 1 else 's'} older than {days:g} days" if days
                   else "no finished job (WORKBENCH_JOB_HISTORY_DAYS=0 keeps them)"))


def _queues(value: str) -> list[str]:
    queues = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in queues if name not in QUEUES]
    if unknown or not queues:
        raise click.BadParameter(f"choose from {', '.join(QUEUES)} (comma-separated)")
    return queues


def _queues_this_machine_serves(queues: list[str]) -> list[str]:
    """``queues`` without mt when no MT engine has anything installed here.

    Such a worker would take every draft job it was sent and fail it, while a machine with models
    waits idle; left out of the mt queue, the jobs wait for a machine that can draft them.
    """
    if "mt" not in queues:
        return queues
    from workbench.mt.base import ENGINES

    if any(engine.installed() for engine in ENGINES.values()):
        return queues
    hint = "install a model (`workbench models install FILE.argosmodel`) or an Apertium pair on this machine"
    others = [name for name in queues if name != "mt"]
    if not others:
        raise WorkbenchError(f"this machine has no MT model, so it cannot take drafting jobs: {hint}")
    click.echo(f"this machine has no MT model: taking only the {', '.join(others)} queue "
               f"(drafting jobs wait for a machine with models; {hint})", err=True)
    return others


@click.command("worker")
@click.option("--concurrency", type=click.IntRange(min=1), default=1, show_default=True,
              help="Jobs run at once (one process each, each with its own models).")
@click.option("--queues", default=",".join(QUEUES), show_default=True, callback=lambda _c, _p, v: _queues(v),
              help="Which queues to take: mt (drafting), io (imports, exports).")
@click.option("--mt-threads", type=click.IntRange(min=0), default=0, show_default=True,
              help="CPU threads per model (0: CTranslate2 decides).")
def worker(concurrency: int, queues: list[str], mt_threads: int) -> None:
    """Run background jobs: a Celery worker with WORKBENCH_BROKER_URL, else a database-polling runner."""
    from workbench.jobs.base import WorkerContext
    from workbench.jobs.dispatch import broker_configured

    db = database()  # migrates the schema once, before any pool process starts
    if broker_configured():
        from workbench.jobs.celery_app import run_worker

        run_worker(concurrency=concurrency, queues=_queues_this_machine_serves(queues), mt_threads=mt_threads)
        return
    from workbench.jobs.runner import EmbeddedRunner

    if concurrency != 1 or sorted(queues) != sorted(QUEUES):
        raise WorkbenchError("--concurrency and --queues need a job queue: set WORKBENCH_BROKER_URL=redis://…")
    click.echo("no WORKBENCH_BROKER_URL: running queued jobs from the database, one at a time (Ctrl+C stops)",
               err=True)
    EmbeddedRunner(WorkerContext(db, mt_threads=mt_threads)).run_forever()


commands = [jobs, worker]
