"""Scale-out: jobs carried by Redis to separate ``workbench worker`` processes (Celery).

A throwaway redis-server (Debian's) runs for the session; each test starts its own workers
as separate processes on the test's database (SQLite and PostgreSQL) and its WORKBENCH_HOME.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
import redis
from sqlalchemy import func, select

from conftest import REPO
from mt_models import copy_packages
from workbench.jobs.dispatch import submit
from workbench.jobs.kinds.draft import draft_arguments
from workbench.jobs.models import Job, JobChunk
from workbench.models import Revision, Segment, Translation

SEGMENTS = 2000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path_factory.mktemp("redis")), "--daemonize", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)


@pytest.fixture
def broker(redis_server, db_url, monkeypatch):
    redis.Redis.from_url(redis_server).flushall()  # no messages left over from another test's jobs
    monkeypatch.setenv("WORKBENCH_BROKER_URL", redis_server)
    return redis_server


@pytest.fixture
def workers(broker, tmp_path):
    """start(*options) -> a running ``workbench worker`` process (its own session, killable as a group)."""
    started = []

    def start(*options):
        log = open(tmp_path / f"worker-{len(started)}.log", "w")
        process = subprocess.Popen(
            [sys.executable, "-c", "from workbench.cli import main; main()", "worker", "--mt-threads", "1", *options],
            cwd=REPO, env=os.environ.copy(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        started.append((process, log))
        return process

    yield start
    for process, log in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


def install(run_cli, *pairs):
    for pair in pairs:
        run_cli("models", "install", copy_packages()[pair])


def import_text(run_cli, tmp_path, lines: list[str]) -> int:
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return json.loads(run_cli("import", path, "--lang", "en", "--json").stdout)["id"]


def job_row(database, job_id: int) -> Job:
    with database.session() as session:
        return session.get(Job, job_id)


def wait_for(database, job_id: int, until=lambda job: job.state not in ("queued", "running"), timeout=240) -> Job:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = job_row(database, job_id)
        if until(job):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id}: {job.state} {job.done}/{job.total} after {timeout} s")


def drafts_per_segment(database, document_id: int, lang: str) -> dict[int, int]:
    """segment id -> machine drafts it received (0 for none)."""
    with database.session() as session:
        counts = dict(session.execute(
            select(Segment.id, func.count(Revision.id))
            .outerjoin(Translation, (Translation.segment_id == Segment.id) & (Translation.lang == lang))
            .outerjoin(Revision, (Revision.translation_id == Translation.id) & (Revision.origin == "mt"))
            .where(Segment.document_id == document_id).group_by(Segment.id)
        ).all())
    return counts


def chunk_workers(database, job_id: int) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(JobChunk.worker).where(JobChunk.job_id == job_id)))


def worker_group(label: str) -> int:
    """The process group of the chunk claimer "host:pid" (its worker's main process)."""
    return os.getpgid(int(label.rsplit(":", 1)[1]))


def holds_a_chunk_past_a_fifth(database, worker):
    """wait_for's test: a fifth of the job is done and ``worker`` holds one of its chunks."""
    def test(job) -> bool:
        with database.session() as session:
            holders = session.scalars(select(JobChunk.worker).where(JobChunk.job_id == job.id,
                                                                    JobChunk.state == "running"))
            return job.done >= SEGMENTS // 5 and any(worker_group(label) == worker.pid for label in holders)

    return test


@pytest.fixture
def big_document(run_cli, tmp_path):
    install(run_cli, "en-pl")
    return import_text(run_cli, tmp_path, [f"Minsk {number}." for number in range(SEGMENTS)])


def test_a_job_queued_in_the_web_app_is_run_by_a_worker_process(run_cli, database, workers, web_client, tmp_path):
    install(run_cli, "en-be")
    document = import_text(run_cli, tmp_path, ["Tsikhanouskaya spoke in Warsaw.", "The battalion has 30 members."])
    client, token = web_client, web_client.csrf  # made after the broker was set: the app has no runner
    draft = client.post(f"/api/jobs/draft/{document}/be", headers={"X-CSRFToken": token}).get_json()["job"]
    export = client.post(f"/api/jobs/export/{document}/be/xliff", headers={"X-CSRFToken": token}).get_json()["job"]
    time.sleep(1)
    assert job_row(database, draft).state == "queued"  # nothing in the web process runs it
    workers("--queues", "mt,io")
    assert wait_for(database, draft).state == "done"
    counts = drafts_per_segment(database, document, "be")
    assert len(counts) == 2 and set(counts.values()) == {1}
    assert wait_for(database, export).state == "done"
    assert client.get(f"/jobs/{export}/download").status_code == 200
    assert all(worker_group(label) != os.getpgid(0) for label in chunk_workers(database, draft))


def test_two_workers_share_a_2000_segment_job_and_draft_no_segment_twice(database, workers, big_document):
    first, second = workers(), workers()
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=50), "ala")
    job = wait_for(database, job_id)
    assert (job.state, job.done, job.total) == ("done", SEGMENTS, SEGMENTS)
    counts = drafts_per_segment(database, big_document, "pl")
    assert len(counts) == SEGMENTS and set(counts.values()) == {1}
    groups = {worker_group(label) for label in chunk_workers(database, job_id)}
    assert groups == {first.pid, second.pid}  # both took chunks


def test_kill_9_of_a_worker_mid_job_the_job_finishes_with_every_segment_drafted_once(database, workers, big_document):
    first, second = workers(), workers()
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=50), "ala")

    wait_for(database, job_id, until=holds_a_chunk_past_a_fifth(database, first))
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    job = wait_for(database, job_id)
    assert (job.state, job.done, job.total) == ("done", SEGMENTS, SEGMENTS)
    counts = drafts_per_segment(database, big_document, "pl")
    assert len(counts) == SEGMENTS and set(counts.values()) == {1}
    with database.session() as session:
        taken_over = session.scalars(select(JobChunk.worker).where(JobChunk.job_id == job_id, JobChunk.attempts == 2))
        # The kill may land between the first worker's chunks (it had just finished one): then none is taken over, and
        # the finished job above says the rest was shared; any chunk taken over is the second worker's.
        assert {worker_group(label) for label in taken_over} <= {second.pid}


def test_cancel_stops_the_workers_at_the_next_chunk(run_cli, database, workers, big_document):
    workers()
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=50), "ala")
    wait_for(database, job_id, until=lambda job: job.done >= 100)
    run_cli("jobs", "cancel", job_id)
    at_cancel = job_row(database, job_id).done
    time.sleep(4)  # the chunk under way may finish; no other starts
    job = job_row(database, job_id)
    assert job.state == "cancelled" and job.done <= at_cancel + 50 < SEGMENTS
    time.sleep(2)
    assert job_row(database, job_id).done == job.done
    counts = drafts_per_segment(database, big_document, "pl")
    assert sum(counts.values()) == job.done and set(counts.values()) <= {0, 1}


def test_a_termbase_edit_in_another_process_is_used_by_the_workers_next_job(run_cli, database, workers, tmp_path):
    install(run_cli, "en-ru")
    document = import_text(run_cli, tmp_path, [f"Vadzim spoke in Minsk on day {day}." for day in range(20)])
    workers()
    first = json.loads(run_cli("translate", document, "--to", "ru", "--queue", "--json").stdout)["job"]
    assert wait_for(database, first).state == "done"
    with database.session() as session:
        texts = set(session.scalars(select(Translation.text).where(Translation.lang == "ru")))
    assert all(text.startswith("Vadzim spoke") for text in texts)
    # Another process (the CLI here, a web process in a team) edits the termbase.
    run_cli("glossary", "add", "vadzim", "en", "Vadzim", "--kind", "person")
    run_cli("glossary", "add", "vadzim", "ru", "Вадим", "--kind", "person")
    second = json.loads(run_cli("translate", document, "--to", "ru", "--force", "--queue", "--json").stdout)["job"]
    assert wait_for(database, second).state == "done"
    with database.session() as session:
        texts = set(session.scalars(select(Translation.text).where(Translation.lang == "ru")))
    assert texts and all(text.startswith("Вадим spoke") for text in texts)


def test_jobs_whose_messages_redis_lost_are_sent_again_and_finish(run_cli, database, workers, broker, tmp_path):
    install(run_cli, "en-uk")
    document = import_text(run_cli, tmp_path, [f"Hrodna council met on day {day}." for day in range(30)])
    waiting = [submit(database, "draft", draft_arguments([document], ["uk"], chunk_size=10, force=True), "ala")
               for _ in range(2)]
    redis.Redis.from_url(broker).flushall()  # Redis restarted without persistence: the messages are gone
    workers()
    for job_id in waiting:
        assert wait_for(database, job_id, timeout=60).state == "done"


def test_a_single_chunk_job_whose_worker_is_killed_is_taken_over_within_a_minute(database, workers, big_document):
    first = workers()
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=SEGMENTS), "ala")

    def first_holds_it(job):
        return any(label and worker_group(label) == first.pid for label in chunk_workers(database, job_id))

    wait_for(database, job_id, until=first_holds_it)
    os.killpg(first.pid, signal.SIGKILL)  # its message dies with it, unacknowledged, for Redis's 300 s
    first.wait()
    second = workers()
    job = wait_for(database, job_id, timeout=60)
    assert (job.state, job.done) == ("done", SEGMENTS)
    assert [worker_group(label) for label in chunk_workers(database, job_id)] == [second.pid]
    assert set(drafts_per_segment(database, big_document, "pl").values()) == {1}


def test_a_lost_job_is_sent_again_while_other_jobs_messages_wait_in_its_queue(run_cli, database, broker, tmp_path):
    from workbench.jobs import store
    from workbench.jobs.celery_app import _jobs_with_messages, resend_unattended

    install(run_cli, "en-uk")
    document = import_text(run_cli, tmp_path, ["Brest council met on Monday.", "It met again on Tuesday."])
    with database.session() as session:  # its message went with a Redis restart
        lost = store.enqueue(session, "draft", draft_arguments([document], ["uk"]), "ala").id
    waiting = submit(database, "draft", draft_arguments([document], ["uk"], force=True), "bob")  # no worker yet
    client = redis.Redis.from_url(broker)
    suspects = resend_unattended(database, ["mt"], set())
    resend_unattended(database, ["mt"], suspects)
    assert _jobs_with_messages(client, "mt") == {lost, waiting}


def test_a_worker_stopped_as_systemd_stops_it_finishes_its_chunk_and_the_others_finish_the_job(
        database, workers, big_document):
    first = workers()
    workers()  # the other, which takes the rest of the job
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=50), "ala")

    wait_for(database, job_id, until=holds_a_chunk_past_a_fifth(database, first))
    os.killpg(first.pid, signal.SIGTERM)  # `systemctl stop`: SIGTERM to every process of the unit
    assert first.wait(30) == 0
    job = wait_for(database, job_id)
    assert (job.state, job.done) == ("done", SEGMENTS)
    with database.session() as session:  # the chunk in hand was finished, not redone by the other
        assert session.scalar(select(func.max(JobChunk.attempts)).where(JobChunk.job_id == job_id)) == 1
    assert set(drafts_per_segment(database, big_document, "pl").values()) == {1}


def test_an_mt_worker_without_the_model_fails_the_job_with_the_reason_instead_of_finishing_it_empty(
        run_cli, database, workers, tmp_path, monkeypatch):
    document = import_text(run_cli, tmp_path, ["The Brest council met on Monday.", "Nobody was hurt."])
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "mt-machine"))  # a machine where nobody installed models
    workers("--queues", "mt")
    job_id = json.loads(run_cli("translate", document, "--to", "pl", "--queue", "--json").stdout)["job"]
    job = wait_for(database, job_id, timeout=60)
    assert set(drafts_per_segment(database, document, "pl").values()) == {0}
    assert job.state == "failed"  # it said done, with every segment still empty
    shown = run_cli("jobs", "show", job_id).stdout
    assert "failed" in shown and "no route en→pl" in shown and socket.gethostname() in shown


def test_sigterm_to_a_workers_main_process_alone_stops_it_after_the_chunk_in_hand(database, workers, big_document):
    first = workers()
    workers()  # the other, which takes the rest of the job
    job_id = submit(database, "draft", draft_arguments([big_document], ["pl"], chunk_size=20), "ala")

    def claims(labels=None) -> dict[int, str]:
        """chunk number -> its claimer, of the chunks ``labels`` (default: the first worker's) claimed."""
        with database.session() as session:
            rows = session.execute(select(JobChunk.number, JobChunk.worker).where(JobChunk.job_id == job_id))
            return {number: label for number, label in rows
                    if label and (label in labels if labels else worker_group(label) == first.pid)}

    wait_for(database, job_id, until=holds_a_chunk_past_a_fifth(database, first))
    before = claims()
    os.kill(first.pid, signal.SIGTERM)  # `kill PID`, systemd's KillMode=mixed: the main process only
    assert first.wait(30) == 0  # it waited for its pool process, which worked on until the job was done
    job = wait_for(database, job_id)
    assert (job.state, job.done) == ("done", SEGMENTS)
    with database.session() as session:
        assert session.scalar(select(func.max(JobChunk.attempts)).where(JobChunk.job_id == job_id)) == 1
    # The chunk in hand was finished; at most one more was claimed between the look and the signal.
    assert len(set(claims(set(before.values()))) - set(before)) <= 1
    assert set(drafts_per_segment(database, big_document, "pl").values()) == {1}
