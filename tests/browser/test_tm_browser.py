"""The editor's concordance panel in headless Chromium: typed and selected look-ups, highlights,
paging, and units that carry HTML shown as text."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from workbench import tm
from workbench.models import Document, Segment

pytestmark = pytest.mark.browser


@pytest.fixture
def document_with_memory(database) -> int:
    with database.session() as session:
        document = Document(title="Concordance", source_lang="en", checksum="c")
        document.segments = [Segment(position=1, paragraph=1, source_text="The battalion crossed the border at dawn.")]
        session.add(document)
        tm.add_units(session, "en", "be", [
            ("The <img src=x onerror=alert(1)> battalion was formed in 2022.", "Батальён <b>створаны</b> ў 2022 годзе."),
            *((f"The border was closed for {n} days.", f"Мяжа была зачыненая {n} дзён.") for n in range(25)),
        ], origin="tmx:news.tmx")
        session.flush()
        return document.id


def test_concordance_finds_highlights_pages_and_escapes(page, live_server, document_with_memory):
    page.goto(f"{live_server}/documents/{document_with_memory}/be")
    panel = page.locator("#concordance")
    panel.get_by_label("Word or phrase").fill("battalion")
    panel.get_by_label("Word or phrase").press("Enter")

    results = panel.locator("#concordance-results li")
    expect(results).to_have_count(1)
    expect(results.first.locator(".concordance-source mark")).to_have_text("battalion")
    # The unit's markup is text: no element was made from it.
    expect(results.first.locator(".concordance-source")).to_contain_text("<img src=x onerror=alert(1)>")
    expect(results.first.locator("img, b")).to_have_count(0)

    panel.get_by_label("Search in").select_option("target")
    panel.get_by_label("Word or phrase").fill("мяжа")
    panel.get_by_role("button", name="Search").click()
    expect(results).to_have_count(20)
    expect(results.first.locator(".concordance-target mark")).to_have_text("Мяжа")
    panel.get_by_role("button", name="Next").click()
    expect(results).to_have_count(5)
    expect(panel.get_by_role("button", name="Next")).to_be_disabled()

    # Selecting words in a source segment looks them up.
    page.evaluate("""() => {
        const source = document.querySelector('li.segment .source').firstChild;
        const range = document.createRange();
        range.setStart(source, 14); range.setEnd(source, 28);
        getSelection().removeAllRanges(); getSelection().addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    expect(panel.get_by_label("Word or phrase")).to_have_value("crossed the bo")
    expect(panel.locator("#concordance-status")).to_contain_text("No unit holds")
