"""A newsroom's set-up on several machines (docs/operations.md, "A team on several machines"):
what its admin and its users meet when Redis, PostgreSQL or a machine goes away, shared job
files, their lifetime and the per-person cap on queued jobs (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from conftest import SEED_ARTICLE
from test_jobs_workers import free_port
from workbench.jobs.models import Job


def test_a_job_queued_while_redis_is_down_is_kept_for_the_workers_not_a_500(run_cli, web_client, database,
                                                                             monkeypatch):
    document = json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]
    monkeypatch.setenv("WORKBENCH_BROKER_URL", f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    answer = web_client.post(f"/api/jobs/export/{document}/be/po", headers={"X-CSRFToken": web_client.csrf})
    assert answer.status_code == 202
    queued = json.loads(run_cli("translate", document, "--to", "be", "--queue", "--json").stdout)["job"]
    with database.session() as session:
        assert [session.get(Job, job_id).state for job_id in (answer.get_json()["job"], queued)] == ["queued", "queued"]
