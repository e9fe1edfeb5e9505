"""The editor's Draft button in headless Chromium: a background job fills the page as chunks land."""

from __future__ import annotations

import threading

import pytest
from conftest import SEED_ARTICLE
from mt_models import copy_packages
from playwright.sync_api import expect
from waitress.server import create_server

from workbench.documents import import_document
from workbench.mt.argos import install_package
from workbench.web import create_app

pytestmark = pytest.mark.browser


@pytest.fixture
def jobs_server(database):
    """A live editor whose own runner thread runs the jobs (no broker)."""
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False),
                      "LOGIN_REQUIRED": False})
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)
    app.extensions["workbench.jobs"].stop()


def test_draft_button_fills_the_rows_but_not_the_one_being_typed_in(page, jobs_server, database):
    install_package(copy_packages()["en-be"])
    with database.session() as session:
        document = import_document(session, SEED_ARTICLE.read_bytes(), filename=SEED_ARTICLE.name, lang="en").id
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(f"{jobs_server}/documents/{document}/be")
    rows = page.locator("li.segment")
    expect(rows.nth(1).locator("textarea")).to_have_value("")
    rows.nth(0).locator("textarea").fill("Мой уласны пераклад")  # unsaved work in progress
    page.get_by_role("button", name="Draft Belarusian").click()
    expect(page.locator("#jobs-message")).to_contain_text("Draft queued")
    expect(page.locator("#jobs-list .job").first).to_contain_text("done", timeout=60_000)
    expect(rows.nth(1).locator(".badge")).to_have_text("draft")
    expect(rows.nth(1).locator("textarea")).not_to_have_value("")
    expect(rows.nth(0).locator("textarea")).to_have_value("Мой уласны пераклад")
    progress = page.locator("#jobs-list progress").first
    assert progress.get_attribute("value") == progress.get_attribute("max")
    assert not [message for message in messages if "Content Security Policy" in message]


def test_a_draft_that_could_not_translate_says_why(page, jobs_server, database):
    """No engine for the language: the job fails (nothing is left looking done), and the panel says
    nothing was drafted and why."""
    with database.session() as session:
        document = import_document(session, b"The river Sviritsa crested on Thursday.\n\nNobody was hurt.\n",
                                   filename="flood.txt", lang="en").id
    page.goto(f"{jobs_server}/documents/{document}/pl")
    page.get_by_role("button", name="Draft Polish").click()
    job = page.locator("#jobs-list .job").first
    expect(job).to_contain_text("failed", timeout=60_000)
    expect(job).to_contain_text("0 drafted")
    expect(job.locator(".job-error")).to_contain_text("no route en→pl")


def test_the_jobs_page_says_when_there_are_none(page, live_server):
    page.goto(f"{live_server}/jobs")
    page.wait_for_load_state("networkidle")  # the list is refreshed from the jobs API once loaded
    expect(page.locator("#jobs-list")).to_contain_text("No jobs yet")
