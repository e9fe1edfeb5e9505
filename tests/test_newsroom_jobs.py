"""A newsroom's set-up on several machines (docs/operations.md, "A team on several machines"):
what its admin and its users meet when Redis is away, and job files written on one machine and
read on another (SQLite and PostgreSQL).

Machines are told apart by their environment: each has its own WORKBENCH_HOME, and the jobs
folder they share (WORKBENCH_JOB_FILES) is mounted at a path of each machine's own.
"""

from __future__ import annotations

import json

import pytest

from conftest import SEED_ARTICLE
from test_jobs_workers import free_port
from workbench.jobs import store
from workbench.jobs.base import WorkerContext, job_files
from workbench.jobs.kinds.export import export_arguments
from workbench.jobs.kinds.upload import store_upload
from workbench.jobs.models import Job
from workbench.jobs.runner import run_job

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
