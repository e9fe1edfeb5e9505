"""The editor's "New names" panel in headless Chromium: open it, pick and edit spellings, add.

The editor's browser tests keep one Playwright open for the whole session, and a thread can hold
only one: this test drives a Chromium of its own from a thread of its own, so it runs alone or
beside them.
"""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select
from conftest import ARTIFACTS, CHROMIUM

from glossary.models import Concept
from workbench.documents import import_document
from workbench.models import Document, Segment

pytestmark = pytest.mark.browser

LINES = [
    "A court in Hrodna jailed the blogger Eduard Babaryka, 33, on Tuesday.",
    "Police in Mazyr detained the activist Nasta Loika, the rights group Viasna said.",
]


def in_own_browser(steps, screenshot: str) -> None:
    """Run ``steps(page)`` in a Chromium of its own on a thread of its own; re-raise its failure."""
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="en-GB")
                page.set_default_timeout(10_000)
                try:
                    steps(page)
                finally:
                    ARTIFACTS.mkdir(exist_ok=True)
                    page.screenshot(path=str(ARTIFACTS / f"{screenshot}.png"))
                    browser.close()
        except BaseException as error:  # noqa: BLE001 (re-raised in the test's thread)
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=300)
    assert not thread.is_alive(), "the browser thread did not finish"
    if "error" in outcome:
        raise outcome["error"]


def test_translator_picks_and_edits_spellings_and_adds_the_name(live_server, database, request):
    with database.session() as session:
        document = Document(title="Names", source_lang="en", checksum="names-browser")
        document.segments = [Segment(position=i, paragraph=i, source_text=line) for i, line in enumerate(LINES, 1)]
        session.add(document)
        session.flush()
        document_id = document.id
    chosen = {}

    def steps(page) -> None:
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{live_server}/documents/{document_id}/be")
        page.get_by_text("New names").click()
        entry = page.locator('#names-list li[data-name="Nasta Loika"]')
        expect(entry).to_be_visible(timeout=60_000)  # the first request loads the spelling dictionaries
        expect(page.locator("#names-count")).to_have_text("(5)")
        expect(page.locator("#names-more")).to_be_hidden()  # one page of names

        second = entry.get_by_role("group", name="Proposals in be").get_by_role("button").nth(1)
        second.click()
        expect(second).to_have_attribute("aria-pressed", "true")
        chosen["be"] = entry.get_by_label("Nasta Loika in be").input_value()
        assert chosen["be"] and chosen["be"] in second.inner_text()
        entry.get_by_label("Nasta Loika in pl").fill("Nasta Łojka")
        entry.get_by_role("button", name="Add to termbase").click()
        expect(page.locator("#names-list .added")).to_contain_text("added as nasta-loika")
        assert errors == []

    in_own_browser(steps, request.node.name)
    with database.session() as session:
        concept = session.scalars(select(Concept).where(Concept.key == "nasta-loika")).one()
        preferred = {(t.lang, t.text) for t in concept.terms if t.status == "preferred"}
    assert ("pl", "Nasta Łojka") in preferred and ("be", chosen["be"]) in preferred


def test_a_name_added_shows_at_once_in_the_termbase_panel_of_the_segment(live_server, database, request):
    with database.session() as session:
        document_id = import_document(session, "Mayor Teodora Villaseñor spent the night at the pumping station.\n".encode(),
                                      filename="flood.txt", lang="en").id

    def steps(page) -> None:
        page.goto(f"{live_server}/documents/{document_id}/ru")
        expect(page.locator("#panel-glossary")).to_have_text("No termbase terms in this segment.", timeout=60_000)
        page.get_by_text("New names").click()
        entry = page.locator('#names-list li[data-name="Teodora Villaseñor"]')
        expect(entry).to_be_visible(timeout=60_000)
        entry.get_by_label("Teodora Villaseñor in ru").fill("Теодора Вильясеньор")
        entry.get_by_role("button", name="Add to termbase").click()
        expect(page.locator("#names-list .added")).to_contain_text("added as")
        expect(page.locator("#panel-glossary")).to_contain_text("Теодора Вильясеньор")

    in_own_browser(steps, request.node.name)
