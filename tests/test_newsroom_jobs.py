"""A newsroom's set-up on several machines (docs/operations.md, "A team on several machines"):
what its admin and its users meet when Redis is away, job files written on one machine and
read on another, their lifetime, and the per-person cap on queued jobs (SQLite and PostgreSQL).

Machines are told apart by their environment: each has its own WORKBENCH_HOME, and the jobs
folder they share (WORKBENCH_JOB_FILES) is mounted at a path of each machine's own.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from conftest import SEED_ARTICLE
from test_jobs_workers import free_port
from workbench.jobs import store
from workbench.jobs.base import WorkerContext, job_files
from workbench.jobs.dispatch import submit
from workbench.jobs.kinds.export import export_arguments
from workbench.jobs.kinds.upload import store_upload
from workbench.jobs.models import Job
from workbench.jobs.runner import EmbeddedRunner, run_job

NOTE = b"The mayor of Hrodna spoke to reporters on Friday.\n"


def import_seed(run_cli) -> int:
    return json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]


def job_row(database, job_id: int) -> Job:
    with database.session() as session:
        return session.get(Job, job_id)


def queue(database, kind: str, arguments: dict, created_by: str = "ala") -> int:
    """A job queued with no runner told (as on an app server whose workers are elsewhere)."""
    with database.session() as session:
        return store.enqueue(session, kind, arguments, created_by).id


@pytest.fixture
def machines(tmp_path, monkeypatch):
    """on(name): act as machine ``name``: its own home, the shared jobs folder at a path of its own."""
    shared = tmp_path / "nfs-jobs"
    shared.mkdir()

    def on(name: str, *, share: bool = True) -> None:
        monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / f"home-{name}"))
        if share:
            mount = tmp_path / f"mnt-{name}"
            if not mount.exists():
                mount.symlink_to(shared)
            monkeypatch.setenv("WORKBENCH_JOB_FILES", str(mount))
        else:
            monkeypatch.delenv("WORKBENCH_JOB_FILES", raising=False)

    return on


def test_a_job_queued_while_redis_is_down_is_kept_for_the_workers_not_a_500(run_cli, web_client, database,
                                                                             monkeypatch):
    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_BROKER_URL", f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    answer = web_client.post(f"/api/jobs/export/{document}/be/po", headers={"X-CSRFToken": web_client.csrf})
    assert answer.status_code == 202
    queued = json.loads(run_cli("translate", document, "--to", "be", "--queue", "--json").stdout)["job"]
    with database.session() as session:
        assert [session.get(Job, job_id).state for job_id in (answer.get_json()["job"], queued)] == ["queued", "queued"]


def test_an_upload_taken_by_one_app_server_is_imported_by_an_io_worker_on_another_machine(database, machines):
    machines("app-2")
    job_id = queue(database, "import", store_upload(NOTE, "note.txt", "en", None))
    machines("app-1")  # the io worker runs here
    run_job(WorkerContext(database), job_id)
    job = job_row(database, job_id)
    assert (job.state, job.error) == ("done", "")
    assert list(job_files().iterdir()) == []


def test_an_export_asked_on_one_app_server_downloads_from_the_other(run_cli, web_client, database, machines):
    document = import_seed(run_cli)
    machines("app-1")
    job_id = queue(database, "export", export_arguments(document, "be", "po"))
    run_job(WorkerContext(database), job_id)
    machines("app-2")
    download = web_client.get(f"/jobs/{job_id}/download")
    assert download.status_code == 200 and b'msgid "' in download.data


def test_an_export_file_on_another_machine_is_a_404_that_says_why(run_cli, web_client, database, machines):
    document = import_seed(run_cli)
    machines("app-1", share=False)
    job_id = queue(database, "export", export_arguments(document, "be", "po"))
    run_job(WorkerContext(database), job_id)
    machines("app-2", share=False)
    download = web_client.get(f"/jobs/{job_id}/download")
    assert download.status_code == 404 and "WORKBENCH_JOB_FILES" in download.get_data(as_text=True)


def age(path, hours: float) -> None:
    moment = time.time() - hours * 3600
    os.utime(path, (moment, moment))


def test_export_files_and_unneeded_uploads_expire_and_jobs_clean_removes_them(run_cli, web_client, database,
                                                                              monkeypatch):
    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_JOB_FILES_HOURS", "24")
    exported = queue(database, "export", export_arguments(document, "uk", "po"))
    run_job(WorkerContext(database), exported)
    cancelled = queue(database, "import", store_upload(NOTE, "cancelled.txt", "en", None))
    with database.session() as session:
        store.cancel_job(session, cancelled)
    waiting = queue(database, "import", store_upload(NOTE, "waiting.txt", "en", None))  # its worker is busy
    orphan = store_upload(NOTE, "orphan.txt", "en", None)  # its job was never stored (a crash, a restore)
    for path in job_files().iterdir():
        age(path, 25)
    fresh = queue(database, "export", export_arguments(document, "pl", "po"))
    run_job(WorkerContext(database), fresh)

    removed = json.loads(run_cli("jobs", "clean", "--json").stdout)["removed"]

    def file_of(job_id: int) -> str:
        with database.session() as session:
            job = session.get(Job, job_id)
            return os.path.basename(job.arguments.get("path") or store.job_result(session, job)["path"])

    assert sorted(os.path.basename(path) for path in removed) == sorted(
        [file_of(exported), file_of(cancelled), os.path.basename(orphan["path"])])
    assert sorted(path.name for path in job_files().iterdir()) == sorted([file_of(waiting), file_of(fresh)])
    gone = web_client.get(f"/jobs/{exported}/download")
    assert gone.status_code == 404 and "WORKBENCH_JOB_FILES_HOURS" in gone.get_data(as_text=True)
    assert "removed 0 job files older than 24 hours" in run_cli("jobs", "clean").stdout


def test_the_one_machine_server_removes_expired_job_files_by_itself(database):
    expired = store_upload(NOTE, "old.txt", "en", None)
    age(expired["path"], 24 * 7)
    runner = EmbeddedRunner(WorkerContext(database), idle_seconds=0.1)
    runner.start()
    try:
        deadline = time.monotonic() + 20
        while os.path.exists(expired["path"]) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        runner.stop()
    assert not os.path.exists(expired["path"])


def test_one_person_past_the_queued_jobs_cap_is_refused_with_the_reason(run_cli, web_client, database, monkeypatch):
    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_MAX_QUEUED_JOBS", "3")
    for lang in ("be", "uk", "pl"):
        queue(database, "export", export_arguments(document, lang, "po"), created_by="local")
    refused = web_client.post(f"/api/jobs/draft/{document}/ru", headers={"X-CSRFToken": web_client.csrf})
    assert refused.status_code == 400
    assert "3 background jobs queued or running" in refused.get_json()["error"]
    assert "WORKBENCH_MAX_QUEUED_JOBS=3" in refused.get_json()["error"]
    queue(database, "export", export_arguments(document, "ru", "po"), created_by="ala")  # others are not held up
    first = store.recent_jobs(database.sessionmaker(), created_by="local")[-1].id
    with database.session() as session:
        store.cancel_job(session, first)
    assert web_client.post(f"/api/jobs/draft/{document}/ru", headers={"X-CSRFToken": web_client.csrf}).status_code == 202


def test_a_flood_of_simultaneous_jobs_from_one_person_stops_at_the_cap(run_cli, database, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    from workbench.errors import WorkbenchError

    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_MAX_QUEUED_JOBS", "4")

    def one(lang: str) -> bool:
        try:
            submit(database, "export", export_arguments(document, lang, "po"), "bob", capped=True)
            return True
        except WorkbenchError:
            return False

    with ThreadPoolExecutor(6) as pool:
        accepted = list(pool.map(one, ["be", "uk", "pl", "ru"] * 3))
    assert sum(accepted) == 4


def test_the_cli_is_not_held_to_the_editors_queued_jobs_cap(run_cli, web_client, database, monkeypatch):
    # Every CLI call was one person, "cli": the admin's nightly `translate --all --queue` and a colleague's
    # one-off draft refused each other, while the cap bound nobody (the CLI reads its own environment).
    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_MAX_QUEUED_JOBS", "2")
    monkeypatch.setenv("WORKBENCH_BROKER_URL", f"redis://127.0.0.1:{free_port()}/0")  # the workers are busy
    queued = [json.loads(run_cli("translate", document, "--to", lang, "--queue", "--json").stdout)["job"]
              for lang in ("be", "uk", "pl", "ru")]
    assert [job_row(database, job_id).state for job_id in queued] == ["queued"] * 4
    for lang, status in (("be", 202), ("uk", 202), ("pl", 400)):  # the editor's people still are
        assert web_client.post(f"/api/jobs/export/{document}/{lang}/po",
                               headers={"X-CSRFToken": web_client.csrf}).status_code == status


def test_finished_jobs_past_their_retention_are_removed_with_their_chunks_and_active_ones_never(
        run_cli, database, monkeypatch):
    from datetime import timedelta

    from sqlalchemy import func, select, update

    from workbench.jobs.models import JobChunk
    from workbench.models import utcnow

    document = import_seed(run_cli)
    monkeypatch.setenv("WORKBENCH_JOB_HISTORY_DAYS", "30")
    done, failed, cancelled, queued, recent = (queue(database, "export", export_arguments(document, lang, "po"))
                                               for lang in ("be", "uk", "pl", "ru", "be"))
    run_job(WorkerContext(database), done)
    store.fail_job(database, failed, "the disk was full")
    with database.session() as session:
        store.cancel_job(session, cancelled)
    old = utcnow() - timedelta(days=31)
    with database.session() as session:  # a month of a newsroom's jobs, queued one included
        session.execute(update(Job).where(Job.id != recent).values(created_at=old, finished_at=old))
    run_job(WorkerContext(database), recent)

    cleaned = json.loads(run_cli("jobs", "clean", "--json").stdout)
    assert cleaned["removed_jobs"] == 3
    with database.session() as session:
        assert sorted(session.scalars(select(Job.id))) == [queued, recent]
        assert session.scalar(select(func.count()).select_from(JobChunk).where(JobChunk.job_id.in_(
            [done, failed, cancelled]))) == 0
    assert "removed 0 job files older than 72 hours and 0 finished jobs older than 30 days" in run_cli(
        "jobs", "clean").stdout
