"""Assignments in headless Chromium, with logins: an admin assigns a language, the translator
sees it and filters to it, and another translator is warned once before saving in it."""

from __future__ import annotations

import pytest
from conftest import _serve, _stop
from playwright.sync_api import expect
from sqlalchemy import select

from workbench.accounts import add_user
from workbench.collaboration import assign
from workbench.models import Document, Segment, Translation
from workbench.translations import save_translation
from workbench.web import create_app

pytestmark = pytest.mark.browser

PASSWORD = "a long newsroom password"
SOURCES = ("The river rose overnight.", "Schools in the valley are closed.", "The mayor asked people to stay home.")


@pytest.fixture
def newsroom(database):
    """A live editor that requires logins: an admin, two translators and one story."""
    with database.session() as session:
        for name, role in (("chief", "admin"), ("olena", "translator"), ("taras", "translator")):
            add_user(session, name, PASSWORD, role)
        document = Document(title="Flood warning", source_lang="en", checksum="flood")
        document.segments = [Segment(position=n, paragraph=1, source_text=text) for n, text in enumerate(SOURCES, 1)]
        session.add(document)
        session.flush()
        document_id = document.id
    server, thread = _serve(create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)}))
    yield f"http://127.0.0.1:{server.effective_port}", document_id
    _stop(server, thread)


@pytest.fixture
def second_page(chromium):
    """Another person's browser (its own cookies and local storage)."""
    context = chromium.new_context(viewport={"width": 1440, "height": 1000}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def log_in(page, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Documents")).to_be_visible()


def type_into_active_row(page, number: int, text: str, keys: str):
    """Type ``text`` into row ``number`` (from 0), which the editor must have put the cursor in, and press ``keys``."""
    row = page.locator("li.segment").nth(number)
    expect(row.locator("textarea")).to_be_focused()
    page.keyboard.type(text)
    page.keyboard.press(keys)
    return row


def stored_texts(database, document_id: int) -> dict[int, str]:
    with database.session() as session:
        return dict(session.execute(
            select(Segment.position, Translation.text).join(Translation, Translation.segment_id == Segment.id)
            .where(Segment.document_id == document_id, Translation.lang == "uk")
        ).all())


def test_assign_see_filter_and_warn_a_helper_once(page, second_page, newsroom, database):
    base, story = newsroom
    log_in(page, base, "chief")
    page.goto(f"{base}/documents/{story}/assignments")
    page.get_by_label("Assign uk translator to").fill("olena")
    page.get_by_label("Assign uk translator to").press("Enter")
    expect(page.locator(".flash.info")).to_have_text("“Flood warning” uk: translator olena.")

    # Olena sees it on the documents list, filters to her work and translates without a warning.
    log_in(second_page, base, "olena")
    expect(second_page.locator("td[data-label=uk]")).to_contain_text("olena")
    second_page.get_by_role("link", name="Assigned to me").click()
    expect(second_page.get_by_role("heading", name="Assigned to me")).to_be_visible()
    second_page.get_by_role("link", name="uk:").click()
    expect(second_page.locator("#assignment")).to_contain_text("Translator: olena")
    first = type_into_active_row(second_page, 0, "Річка піднялася вночі.", "Control+Enter")
    expect(first.locator(".badge")).to_have_text("translated")

    # Taras helps under deadline: his first save is held once with Olena's name, then goes in.
    log_in(page, base, "taras")  # the admin's tab logs out by logging in as someone else
    page.goto(f"{base}/documents/{story}/uk")
    expect(page.locator("#assignment")).to_contain_text("Translator: olena")
    second = type_into_active_row(page, 1, "Школи в долині зачинені.", "Control+Enter")
    expect(second.locator(".notice")).to_contain_text("assigned to olena (translator)")
    expect(second.locator(".badge")).to_have_text("untranslated")
    assert 2 not in stored_texts(database, story)
    page.keyboard.press("Control+Enter")
    expect(second.locator(".badge")).to_have_text("translated")
    third = type_into_active_row(page, 2, "Мер попросив людей залишатися вдома.", "Control+Shift+Enter")  # a draft: no second warning
    expect(third.locator(".badge")).to_have_text("draft")
    expect(third.locator(".notice")).not_to_contain_text("assigned")
    page.reload()  # once means once, after a reload too
    page.locator("li.segment").nth(2).locator("textarea").fill("Мер попросив усіх залишатися вдома.")
    page.keyboard.press("Control+Enter")
    expect(page.locator("li.segment").nth(2).locator(".badge")).to_have_text("translated")
    assert stored_texts(database, story) == {1: "Річка піднялася вночі.", 2: "Школи в долині зачинені.",
                                             3: "Мер попросив усіх залишатися вдома."}


def test_a_helper_saving_with_the_mouse_is_warned_once_too(page, newsroom, database):
    base, story = newsroom
    with database.session() as session:
        document = session.get(Document, story)
        assign(session, document, "uk", "translator", "olena", by="chief", may_assign_others=True)
        first = session.scalar(select(Segment).where(Segment.document_id == story, Segment.position == 1))
        save_translation(session, first, "uk", "Річка піднялася.", status="translated", origin="human", author="olena")
        save_translation(session, first, "uk", "Річка піднялася вночі.", status="translated", origin="human", author="olena")

    # Taras restores Olena's earlier wording with the mouse: held once with her name, as a key would be.
    log_in(page, base, "taras")
    page.goto(f"{base}/documents/{story}/uk#segment-{first.id}")
    row = page.locator("li.segment").nth(0)
    restore = page.locator("#panel-history").get_by_role("button", name="Restore")
    restore.click()
    expect(row.locator(".notice")).to_contain_text("assigned to olena (translator)")
    assert stored_texts(database, story) == {1: "Річка піднялася вночі."}
    restore.click()
    expect(row.locator("textarea")).to_have_value("Річка піднялася.")
    assert stored_texts(database, story) == {1: "Річка піднялася."}


def test_a_helper_replacing_across_the_document_is_warned_once_too(page, newsroom, database):
    base, story = newsroom
    with database.session() as session:
        document = session.get(Document, story)
        assign(session, document, "uk", "translator", "olena", by="chief", may_assign_others=True)
        document.segments.append(Segment(position=4, paragraph=2, source_text=SOURCES[0]))  # the first sentence again
        first = session.scalar(select(Segment).where(Segment.document_id == story, Segment.position == 1))
        save_translation(session, first, "uk", "Ріка піднялася вночі.", status="translated", origin="human", author="olena")

    # Taras replaces a word across Olena's language: held with her name, nothing stored, then done.
    log_in(page, base, "taras")
    page.goto(f"{base}/documents/{story}/uk")
    expect(page.locator("li.segment.active")).to_have_count(1)  # the editor's script runs
    page.keyboard.press("Control+KeyK")
    page.keyboard.type("Ріка")
    page.get_by_label("Replace with").fill("Річка")
    page.get_by_label("Replace with").press("Enter")
    preview = page.locator("#replace-preview")
    expect(preview.get_by_role("button", name="Replace in the selected segments")).to_be_focused(timeout=15000)  # the termbase loads first
    page.keyboard.press("Enter")
    expect(preview.get_by_role("alert")).to_contain_text("assigned to olena (translator)")
    assert stored_texts(database, story) == {1: "Ріка піднялася вночі."}
    page.keyboard.press("Enter")  # again: the button kept the focus
    expect(preview).to_contain_text("Replaced in 1 segment(s).")
    assert stored_texts(database, story) == {1: "Річка піднялася вночі."}

    # Warned once means once: confirming and giving the text to its repetition go straight in.
    page.reload()
    row = page.locator("li.segment").nth(0)
    row.locator("textarea").focus()
    page.keyboard.press("Control+Enter")
    expect(row.locator(".notice").get_by_role("button", name="Apply to 1 identical segment")).to_be_visible()
    row.locator(".notice").get_by_role("button", name="Apply to 1 identical segment").click()
    expect(row.locator(".notice")).to_contain_text("Applied to 1 identical segment")
    assert stored_texts(database, story) == {1: "Річка піднялася вночі.", 4: "Річка піднялася вночі."}

