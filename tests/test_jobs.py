"""Background jobs in one process: queueing from the CLI and the web app, claiming chunks,
leases that run out, cancelling, and export and import jobs (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
import re
import time

import pytest
from sqlalchemy import func, select

from conftest import SEED_ARTICLE
from mt_models import copy_packages
from workbench.config import workbench_home
from workbench.jobs import store
from workbench.jobs.base import WorkerContext
from workbench.jobs.dispatch import submit
from workbench.jobs.kinds.draft import draft_arguments
from workbench.jobs.models import Job, JobChunk
from workbench.jobs.runner import run_job
from workbench.models import Document, Revision, Segment, Translation
from workbench.translations import save_translation
from workbench.web import create_app


def import_seed(run_cli) -> int:
    return json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]


def install(run_cli, *pairs):
    for pair in pairs:
        run_cli("models", "install", copy_packages()[pair])


def machine_revisions(database, lang: str) -> dict[int, int]:
    """segment id -> how many machine drafts it received."""
    with database.session() as session:
        return dict(session.execute(
            select(Translation.segment_id, func.count(Revision.id)).join(Revision)
            .where(Translation.lang == lang, Revision.origin.in_(("mt", "tm")))
            .group_by(Translation.segment_id)
        ).all())


def segment_ids(database, document_id: int) -> set[int]:
    with database.session() as session:
        return set(session.scalars(select(Segment.id).where(Segment.document_id == document_id)))


def job_row(database, job_id: int) -> Job:
    with database.session() as session:
        return session.get(Job, job_id)


def test_translate_queue_prints_the_job_and_a_runner_drafts_every_segment_once(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-pl")
    queued = run_cli("translate", document, "--to", "pl", "--queue", "--json")
    job_id = json.loads(queued.stdout)["job"]
    assert "WORKBENCH_BROKER_URL" in queued.stderr  # who will run it, without a broker
    shown = json.loads(run_cli("jobs", "show", job_id, "--json").stdout)
    assert (shown["state"], shown["done"], shown["total"]) == ("queued", 0, len(segment_ids(database, document)))
    assert f"{job_id}  queued" in run_cli("jobs", "list").stdout

    run_job(WorkerContext(database, mt_threads=1), job_id)

    shown = json.loads(run_cli("jobs", "show", job_id, "--json").stdout)
    assert shown["state"] == "done" and shown["done"] == shown["total"]
    assert shown["result"]["drafted"] == shown["total"] and shown["error"] == ""
    assert machine_revisions(database, "pl") == {segment: 1 for segment in segment_ids(database, document)}
    assert "drafted: " in run_cli("jobs", "show", job_id).stdout


def test_a_job_skips_segments_drafted_or_edited_since_it_was_queued(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-pl")
    job_id = submit(database, "draft", draft_arguments([document], ["pl"], chunk_size=10), "ala")
    run_cli("translate", document, "--to", "pl", "--threads", "1")  # the CLI got there first
    run_job(WorkerContext(database, mt_threads=1), job_id)
    with database.session() as session:
        job = session.get(Job, job_id)
        result = store.job_result(session, job)
    assert job.state == "done" and result["drafted"] == 0 and result["already_drafted"] == job.total
    assert set(machine_revisions(database, "pl").values()) == {1}


def test_one_chunk_goes_to_one_claimer_and_comes_free_when_its_lease_runs_out(run_cli, database, monkeypatch):
    document = import_seed(run_cli)
    with database.session() as session:
        job_id = store.enqueue(session, "draft", draft_arguments([document], ["pl"], chunk_size=1000), "ala").id
    first = store.claim_chunk(database, job_id)
    assert first is not None and store.claim_chunk(database, job_id) is None
    assert job_row(database, job_id).state == "running"
    # The first claimer stalls (or died) past its lease: another claims the chunk with a new token.
    monkeypatch.setattr(store.time, "time", lambda: time.time_ns() / 1e9 + store.LEASE_SECONDS + 1)
    second = store.claim_chunk(database, job_id)
    assert second.id == first.id and second.token != first.token and second.attempts == 2
    # The first claimer's work is refused: nothing of it is stored, and the chunk is not done.
    with pytest.raises(store.ChunkLost), database.session() as session:
        session.add(Document(title="written by the stale claimer", source_lang="en", checksum="x"))
        store.confirm_chunk(session, first, {"drafted": 1})
    with database.session() as session:
        assert session.scalar(select(func.count()).where(Document.title == "written by the stale claimer")) == 0
        store.confirm_chunk(session, second, {"drafted": 1})
    assert job_row(database, job_id).done == job_row(database, job_id).total


def test_cancel_stops_before_the_next_chunk(run_cli, database, monkeypatch):
    document = import_seed(run_cli)
    install(run_cli, "en-pl")
    job_id = submit(database, "draft", draft_arguments([document], ["pl"], chunk_size=5), "ala")
    context = WorkerContext(database, mt_threads=1)
    kind = store.kind_of("draft")
    original = kind.run_chunk
    calls = []

    def run_chunk_then_cancel(*args):
        original(*args)
        calls.append(1)
        if len(calls) == 2:
            run_cli("jobs", "cancel", job_id)

    monkeypatch.setattr(kind, "run_chunk", run_chunk_then_cancel)
    run_job(context, job_id)
    job = job_row(database, job_id)
    assert job.state == "cancelled" and len(calls) == 2 and job.done == 10 < job.total
    assert len(machine_revisions(database, "pl")) == 10
    refused = run_cli("jobs", "cancel", job_id, expect_exit=1)
    assert "is cancelled already" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_a_failing_chunk_fails_the_job_with_its_message(run_cli, database):
    document = import_seed(run_cli)
    job_id = submit(database, "export", {"document_id": document, "lang": "be", "format": "po"}, "ala")
    run_cli("delete", document, "--yes")
    run_job(WorkerContext(database), job_id)
    job = job_row(database, job_id)
    assert job.state == "failed" and f"document {document} was deleted" in job.error
    assert "failed" in run_cli("jobs", "show", job_id).stdout
    assert run_cli("jobs", "show", "999", expect_exit=1).stderr.startswith("Error: no job with id 999")
    # An id past 64 bits is refused by the command line, not by the database driver's traceback.
    for command in (("show", "1" + "0" * 19), ("cancel", "1" + "0" * 19), ("list", "--limit", "1" + "0" * 19)):
        refused = run_cli("jobs", *command, expect_exit=2)
        assert "is not in the range 1<=x<=9223372036854775807" in refused.stderr


def test_the_worker_that_fails_a_job_says_so_in_its_log(run_cli, database, caplog):
    # An mt worker without the model failed the job, and its journal said only "Task succeeded".
    document = import_seed(run_cli)
    job_id = submit(database, "draft", draft_arguments([document], ["pl"]), "ala")  # no model installed
    with caplog.at_level("WARNING", logger="workbench.jobs.runner"):
        run_job(WorkerContext(database), job_id)
    assert job_row(database, job_id).state == "failed"
    [record] = [record for record in caplog.records if record.name == "workbench.jobs.runner"]
    assert f"job {job_id} failed" in record.getMessage() and "no route en→pl" in record.getMessage()


# ---- web


def wait_for(web_client, job_id: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = web_client.get(f"/api/jobs/{job_id}").get_json()
        if job["state"] not in ("queued", "running"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} still {job['state']} after {timeout} s")


def test_editor_draft_button_runs_on_the_server_thread_and_rows_can_be_refreshed(run_cli, web_client, database):
    document = import_seed(run_cli)
    install(run_cli, "en-be")
    page = web_client.get(f"/documents/{document}/be").get_data(as_text=True)
    draft_url = re.search(r'id="draft-job" data-url="([^"]+)"', page).group(1)
    assert 'src="/static/jobs.js"' in page and "<script>" not in page
    response = web_client.post(draft_url, headers={"X-CSRFToken": web_client.csrf})
    assert response.status_code == 202
    job = wait_for(web_client, response.get_json()["job"])
    assert job["state"] == "done" and job["result"]["drafted"] == job["total"] > 0
    assert [row["id"] for row in web_client.get("/api/jobs").get_json()["jobs"]] == [job["id"]]
    ids = sorted(segment_ids(database, document))[:3]
    rows = web_client.get(f"/api/jobs/translations/be?ids={','.join(map(str, ids))}").get_json()["translations"]
    assert sorted(map(int, rows)) == ids and {row["status"] for row in rows.values()} == {"draft"}
    assert machine_revisions(database, "be") == {segment: 1 for segment in segment_ids(database, document)}


def test_export_job_leaves_a_file_to_download(run_cli, web_client):
    document = import_seed(run_cli)
    response = web_client.post(f"/api/jobs/export/{document}/be/po", headers={"X-CSRFToken": web_client.csrf})
    job = wait_for(web_client, response.get_json()["job"])
    assert job["state"] == "done", job
    download = web_client.get(job["download_url"])
    assert download.status_code == 200 and b'msgid "' in download.data
    assert job["result"]["filename"] in download.headers["Content-Disposition"]
    refused = web_client.post(f"/api/jobs/export/{document}/be/nonsense", headers={"X-CSRFToken": web_client.csrf})
    assert refused.status_code == 400 and "unknown export format" in refused.get_json()["error"]


def test_a_reviewed_only_export_job_leaves_out_what_no_reviewer_approved(run_cli, web_client, database):
    document = import_seed(run_cli)
    first, second = sorted(segment_ids(database, document))[:2]
    with database.session() as session:
        save_translation(session, session.get(Segment, first), "be", "Зацверджаны тэкст.", status="reviewed", origin="human")
        save_translation(session, session.get(Segment, second), "be", "Неправераны тэкст.", status="translated", origin="human")
    response = web_client.post(f"/api/jobs/export/{document}/be/po?reviewed=1", headers={"X-CSRFToken": web_client.csrf})
    job = wait_for(web_client, response.get_json()["job"])
    assert job["state"] == "done", job
    exported = web_client.get(job["download_url"]).get_data(as_text=True)
    assert "Зацверджаны тэкст." in exported and "Неправераны тэкст." not in exported


def test_an_export_job_sends_only_the_file_it_wrote(run_cli, web_client, database):
    # A job row can come from a restored backup or another version: its result must not make the
    # download send any file of the server's (here the session secret).
    document = import_seed(run_cli)
    response = web_client.post(f"/api/jobs/export/{document}/be/po", headers={"X-CSRFToken": web_client.csrf})
    job = wait_for(web_client, response.get_json()["job"])
    secret = next(workbench_home().glob("secret*"), None) or workbench_home() / "secret_key"
    secret.write_bytes(secret.read_bytes() if secret.exists() else b"do not send")
    with database.session() as session:
        chunk = session.scalars(select(JobChunk).where(JobChunk.job_id == job["id"])).one()
        chunk.result = {**chunk.result, "path": str(secret)}
    download = web_client.get(job["download_url"])
    assert download.status_code == 404 and secret.read_bytes() not in download.data


def test_upload_job_imports_the_file_once(web_client, database):
    # The documents page's upload form offers the background import beside the plain one.
    assert 'formaction="/jobs/import"' in web_client.get("/").get_data(as_text=True)
    response = web_client.post("/jobs/import", data={"file": (io.BytesIO(SEED_ARTICLE.read_bytes()), "seed.txt"),
                                                 "lang": "en", "csrf_token": web_client.csrf})
    assert response.status_code == 303
    [job] = web_client.get("/api/jobs").get_json()["jobs"]
    job = wait_for(web_client, job["id"])
    assert job["state"] == "done" and job["result"]["document_id"]
    with database.session() as session:
        assert session.scalar(select(func.count(Document.id))) == 1
    assert "Import seed.txt (en)" in web_client.get("/jobs").get_data(as_text=True)


def test_people_see_and_cancel_only_their_own_jobs(run_cli, database):
    from test_web_auth import PASSWORD, log_in

    from workbench.accounts import add_user

    document = import_seed(run_cli)
    with database.session() as session:
        for name, role in (("ala", "translator"), ("bob", "translator"), ("boss", "admin")):
            add_user(session, name, PASSWORD, role)
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)})
    ala, bob, boss = (log_in(app, name) for name in ("ala", "bob", "boss"))
    try:
        job_id = ala.post(f"/api/jobs/draft/{document}/pl", headers={"X-CSRFToken": ala.csrf}).get_json()["job"]
        assert bob.get(f"/api/jobs/{job_id}").status_code == 403
        assert bob.post(f"/api/jobs/{job_id}/cancel", headers={"X-CSRFToken": bob.csrf}).status_code == 403
        assert bob.get("/api/jobs").get_json()["jobs"] == []
        assert [job["id"] for job in ala.get("/api/jobs").get_json()["jobs"]] == [job_id]
        assert boss.get(f"/api/jobs/{job_id}").get_json()["created_by"] == "ala"
        upload = bob.post("/jobs/import", data={"file": (io.BytesIO(b"Hello."), "a.txt"), "csrf_token": bob.csrf})
        assert upload.status_code == 403
    finally:
        app.extensions["workbench.jobs"].stop()


def test_worker_options_that_need_a_broker_are_refused_without_one(run_cli):
    refused = run_cli("worker", "--queues", "mt", expect_exit=1)
    assert "set WORKBENCH_BROKER_URL" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert "choose from mt, io" in run_cli("worker", "--queues", "gpu", expect_exit=2).stderr


# ---- job rows this code did not write (another version's, a restored backup's)


def queue_row(database, kind: str, arguments: dict) -> int:
    """A queued job as another version of workbench (or a restored backup) left it."""
    from workbench.jobs.models import JobChunk

    with database.session() as session:
        job = Job(kind=kind, arguments=arguments, created_by="ala", total=1, chunks=[JobChunk(number=0, payload={})])
        session.add(job)
        session.flush()
        return job.id


def test_a_job_of_a_kind_this_version_does_not_know_fails_instead_of_blocking_the_queue(run_cli, database):
    from workbench.jobs.runner import EmbeddedRunner

    document = import_seed(run_cli)
    stranger = queue_row(database, "summarise", {"document_id": document})
    export = submit(database, "export", {"document_id": document, "lang": "be", "format": "po"}, "ala")
    # Listed, shown and cancellable like any job, not a traceback for everyone's jobs list.
    assert "summarise" in run_cli("jobs", "list").stdout
    assert "unknown job kind" in run_cli("jobs", "show", stranger).stdout
    runner = EmbeddedRunner(WorkerContext(database), idle_seconds=0.1)
    runner.start()
    try:
        deadline = time.monotonic() + 30
        while job_row(database, export).state in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        runner.stop()
    assert job_row(database, export).state == "done"  # the job behind it ran
    failed = job_row(database, stranger)
    assert failed.state == "failed" and "unknown job kind 'summarise'" in failed.error


def test_a_job_whose_arguments_this_version_cannot_read_is_listed_and_cancellable(run_cli, database):
    # Another version's draft job (its arguments named otherwise): describing it raised KeyError,
    # and jobs list (the web jobs panel too) was a traceback for as long as it was among the newest.
    odd = queue_row(database, "draft", {"documents": [1], "languages": ["be"]})
    assert f"{odd}  queued" in run_cli("jobs", "list").stdout
    assert "arguments this version cannot read" in run_cli("jobs", "show", odd).stdout
    run_cli("jobs", "cancel", odd)
    assert job_row(database, odd).state == "cancelled"



def test_an_import_job_reads_and_removes_only_its_own_upload(run_cli, database, tmp_path):
    precious = tmp_path / "minutes.txt"
    precious.write_text("The board met on Monday.\n", encoding="utf-8")
    job_id = queue_row(database, "import", {"path": str(precious), "filename": "minutes.txt", "lang": "en", "title": ""})
    run_job(WorkerContext(database), job_id)
    job = job_row(database, job_id)
    assert job.state == "failed" and "not a file of its own" in job.error
    assert precious.read_text(encoding="utf-8") == "The board met on Monday.\n"
    with database.session() as session:
        assert session.scalar(select(func.count(Document.id))) == 0


def test_an_upload_is_stored_under_a_name_of_its_own_whatever_the_browser_calls_it(web_client, database):
    # The browser's name went into the file's: 300 characters were over the file system's 255
    # (OSError), a NUL refused by Python (ValueError); both a 500 page.
    long_name = "Minutes of the extraordinary general meeting " * 6 + ".txt"
    response = web_client.post("/jobs/import", data={"file": (io.BytesIO(b"The board met on Monday."), long_name),
                                                    "lang": "en", "csrf_token": web_client.csrf})
    assert response.status_code == 303
    [job] = web_client.get("/api/jobs").get_json()["jobs"]
    job = wait_for(web_client, job["id"])
    assert job["state"] == "done" and job["description"] == f"{long_name} (en)"
    with database.session() as session:
        assert session.scalars(select(Document.title)).all() == ["The board met on Monday."]
    refused = web_client.post("/jobs/import", data={"file": (io.BytesIO(b"Hello."), "minutes\x00.txt"), "lang": "en",
                                                   "csrf_token": web_client.csrf})
    assert refused.status_code == 303  # back to the form, with the reason
    assert "control character U+0000" in web_client.get(refused.headers["Location"]).get_data(as_text=True)
    assert len(web_client.get("/api/jobs").get_json()["jobs"]) == 1


def test_an_upload_that_cannot_be_imported_fails_its_job_and_leaves_no_file_behind(web_client, database):
    from workbench.jobs.base import job_files

    response = web_client.post("/jobs/import", data={"file": (io.BytesIO(b"\x00\x01" * 5000), "scan.txt"),
                                                    "lang": "en", "csrf_token": web_client.csrf})
    [job] = web_client.get("/api/jobs").get_json()["jobs"]
    job = wait_for(web_client, job["id"])
    assert response.status_code == 303 and job["state"] == "failed" and job["error"]
    assert list(job_files().iterdir()) == []  # a failed import's upload stayed on disk for good


def test_an_upload_the_disk_cannot_hold_is_refused_with_the_reason_and_leaves_nothing(web_client, monkeypatch):
    import errno
    from pathlib import Path

    from workbench.jobs.base import job_files

    def disk_full(path, data):
        path.open("wb").close()  # what a full disk leaves: the file begun, its bytes not written
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    response = web_client.post("/jobs/import", data={"file": (io.BytesIO(b"The board met."), "minutes.txt"),
                                                    "lang": "en", "csrf_token": web_client.csrf})
    assert response.status_code == 303  # a 500 page before
    assert "No space left on device" in web_client.get(response.headers["Location"]).get_data(as_text=True)
    assert list(job_files().iterdir()) == [] and web_client.get("/api/jobs").get_json()["jobs"] == []


def test_an_upload_refused_at_the_queued_jobs_cap_leaves_no_file_behind(run_cli, web_client, database, monkeypatch):
    from workbench.jobs.base import job_files
    from workbench.jobs.kinds.export import export_arguments

    monkeypatch.setenv("WORKBENCH_MAX_QUEUED_JOBS", "1")
    with database.session() as session:  # the editor's one user has a job waiting: the cap is reached
        store.enqueue(session, "export", export_arguments(import_seed(run_cli), "be", "po"), "local")
    before = sorted(job_files().iterdir())
    for attempt in range(3):  # a person who tries again, and again
        refused = web_client.post("/jobs/import", data={"file": (io.BytesIO(b"The board met."), f"minutes{attempt}.txt"),
                                                       "lang": "en", "csrf_token": web_client.csrf})
        assert refused.status_code == 303
        assert "WORKBENCH_MAX_QUEUED_JOBS=1" in web_client.get(refused.headers["Location"]).get_data(as_text=True)
    assert sorted(job_files().iterdir()) == before  # each refused upload waited WORKBENCH_JOB_FILES_HOURS for the clean-up


@pytest.fixture
def machine_without_models(monkeypatch, tmp_path):
    """A worker machine where neither Argos packages nor Apertium pairs are installed."""
    from workbench.mt.base import ENGINES

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "bare-machine"))
    monkeypatch.setenv("WORKBENCH_BROKER_URL", "redis://127.0.0.1:9/0")  # never reached: run_worker is replaced
    for engine in ENGINES.values():
        monkeypatch.setattr(engine, "installed", classmethod(lambda cls: []))
    started = []
    monkeypatch.setattr("workbench.jobs.celery_app.run_worker", lambda **options: started.append(options))
    return started


def test_a_worker_with_no_mt_model_leaves_drafting_jobs_to_machines_that_can_draft(run_cli, machine_without_models):
    result = run_cli("worker")
    assert [options["queues"] for options in machine_without_models] == [["io"]]
    assert "no MT model" in result.stderr and "io" in result.stderr

    refused = run_cli("worker", "--queues", "mt", expect_exit=1)
    assert len(machine_without_models) == 1  # no worker started to fail every draft job it is sent
    assert "no MT model" in refused.stderr and "models install" in refused.stderr


def test_a_worker_with_a_model_takes_the_queues_it_is_given(run_cli, machine_without_models, monkeypatch):
    from workbench.mt.apertium import ApertiumEngine

    monkeypatch.setattr(ApertiumEngine, "installed", classmethod(lambda cls: ["bel-rus"]))
    run_cli("worker", "--queues", "mt")
    assert [options["queues"] for options in machine_without_models] == [["mt"]]
