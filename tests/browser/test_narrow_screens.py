"""The documents list and the termbase screen on a phone (390 px): nothing scrolls sideways,
and every row's controls can still be reached and used."""

from __future__ import annotations

import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from playwright.sync_api import expect
from sqlalchemy import select

from glossary.io import import_file
from workbench.documents import import_document
from workbench.models import Segment
from workbench.translations import save_translation

pytestmark = pytest.mark.browser


@pytest.fixture
def filled(database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        import_document(session, SEED_ARTICLE.read_bytes(), filename=SEED_ARTICLE.name, lang="en",
                        title="Pohonia Battalion: a volunteer unit with a very long title that must wrap on a phone")


def assert_no_sideways_scrolling(page):
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a {widths[1]} px window"


def test_documents_list_fits_a_phone(phone, live_server, filled):
    phone.goto(live_server + "/")
    assert_no_sideways_scrolling(phone)
    title = phone.get_by_role("link", name="Pohonia Battalion", exact=False)
    expect(title).to_be_visible()
    box = title.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    expect(phone.get_by_role("link", name="Delete…")).to_be_visible()
    title.click()
    expect(phone).to_have_url(f"{live_server}/documents/1/be")


def test_a_language_cells_lines_sit_under_its_bar_on_a_phone(phone, live_server, filled, database):
    with database.session() as session:
        segment = session.scalar(select(Segment).order_by(Segment.position))
        save_translation(session, segment, "be", "Батальён Пагоні.", status="translated", origin="human", author="local")
    phone.goto(live_server + "/")
    cell = phone.locator("td[data-label=be]")
    bar, waiting = cell.locator("a.progress").bounding_box(), cell.locator("a.to-review").bounding_box()
    assert waiting["x"] >= bar["x"] - 1 and waiting["y"] > bar["y"], "“1 to review” sits in the label column"
    title, languages = phone.locator("td[data-label=Title] a").all()
    assert languages.bounding_box()["x"] >= title.bounding_box()["x"] - 1  # “all languages” too


def test_termbase_fits_a_phone_and_a_term_can_be_edited_there(phone, live_server, filled):
    phone.goto(live_server + "/termbase?q=kyiv")
    assert_no_sideways_scrolling(phone)
    forms = phone.get_by_label("Forms").first
    expect(forms).to_be_visible()
    box = forms.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    forms.fill("dat=Kyivu")
    phone.get_by_role("button", name="Save").first.click()
    expect(phone.locator(".flash.info")).to_contain_text("Saved the en term “Kyiv” of “kyiv”.")
    expect(phone.get_by_label("Forms").first).to_have_value("dat=Kyivu")
    assert_no_sideways_scrolling(phone)


def test_add_this_term_form_fits_a_phone(phone, live_server, filled):
    phone.goto(live_server + "/termbase?add_term=Пагоня&add_lang=be")
    assert_no_sideways_scrolling(phone)
    expect(phone.get_by_label("Concept key")).to_be_focused()
    expect(phone.get_by_label("Concept key")).to_have_value("pahonia")  # proposed; the translator may replace it
    phone.keyboard.press("Control+A")
    phone.keyboard.type("pohonia-new")
    phone.get_by_role("button", name="Add term").first.click()
    expect(phone.locator(".flash.info")).to_contain_text("Added the be term “Пагоня” to the new concept “pohonia-new”.")


@pytest.mark.parametrize("width", [700, 1000])
def test_documents_and_termbase_fit_a_half_screen_window(page, live_server, filled, width):
    """A laptop window beside another (wider than a phone, narrower than the tables) scrolls no sideways."""
    page.set_viewport_size({"width": width, "height": 900})
    for address in ("/", "/termbase", "/termbase?add_term=Sviritsa&add_lang=en"):
        page.goto(live_server + address)
        assert_no_sideways_scrolling(page)
    expect(page.get_by_role("button", name="Save").first).to_be_visible()
    box = page.get_by_role("button", name="Save").first.bounding_box()
    assert box["x"] + box["width"] <= width
