"""The editor's "New names" panel in headless Chromium: open it, pick and edit spellings, add."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select
from test_editor_browser import chromium, live_server, page  # noqa: F401 (fixtures)

from glossary.models import Concept
from workbench.models import Document, Segment

pytestmark = pytest.mark.browser

LINES = [
    "A court in Hrodna jailed the blogger Eduard Babaryka, 33, on Tuesday.",
    "Police in Mazyr detained the activist Nasta Loika, the rights group Viasna said.",
]


def test_translator_picks_and_edits_spellings_and_adds_the_name(page, live_server, database):  # noqa: F811
    with database.session() as session:
        document = Document(title="Names", source_lang="en", checksum="names-browser")
        document.segments = [Segment(position=i, paragraph=i, source_text=line) for i, line in enumerate(LINES, 1)]
        session.add(document)
        session.flush()
        document_id = document.id
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server}/documents/{document_id}/be")
    page.get_by_text("New names").click()
    entry = page.locator('#names-list li[data-name="Nasta Loika"]')
    expect(entry).to_be_visible(timeout=60_000)  # the first request loads the spelling dictionaries
    expect(page.locator("#names-count")).to_have_text("(5)")
    expect(page.locator("#names-more")).to_be_hidden()  # one page of names

    belarusian = entry.get_by_label("Nasta Loika in be")
    choices = entry.get_by_role("group", name="Proposals in be").get_by_role("button")
    second = choices.nth(1)
    second.click()
    expect(second).to_have_attribute("aria-pressed", "true")
    chosen_be = belarusian.input_value()
    assert chosen_be and chosen_be in second.inner_text()
    entry.get_by_label("Nasta Loika in pl").fill("Nasta Łojka")
    entry.get_by_role("button", name="Add to termbase").click()
    expect(page.locator("#names-list .added")).to_contain_text("added as nasta-loika")
    assert errors == []

    with database.session() as session:
        concept = session.scalars(select(Concept).where(Concept.key == "nasta-loika")).one()
        preferred = {(t.lang, t.text) for t in concept.terms if t.status == "preferred"}
    assert ("pl", "Nasta Łojka") in preferred and ("be", chosen_be) in preferred
