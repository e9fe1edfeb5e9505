"""The post-editor in headless Chromium: keyboard flow, glossary, filters, conflicts, history.

A live editor runs on a free loopback port (waitress in a thread); Debian's Chromium drives it
(fixtures in tests/conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from playwright.sync_api import expect
from sqlalchemy import select

from glossary.io import import_file
from workbench.documents import import_document
from workbench.models import Document, Segment, Translation
from workbench.translations import get_translation, save_machine_draft, save_translation

pytestmark = pytest.mark.browser


@pytest.fixture
def seed_document(database) -> int:
    """The seed article with a termbase and machine drafts (no MT engine needed) for its first segments."""
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        document = import_document(session, SEED_ARTICLE.read_bytes(), filename=SEED_ARTICLE.name, lang="en", title="Pohonia Battalion")
        segments = session.scalars(select(Segment).where(Segment.document_id == document.id).order_by(Segment.position)).all()
        for segment in segments[2:6]:
            draft = f"[be] {segment.source_text}"
            save_machine_draft(session, segment, "be", draft, origin="mt", route="argos en→ru | apertium ru→be", raw_mt=draft, alternatives=[draft + " (2)"])
        return document.id


def rows(page):
    return page.locator("li.segment")


def stored(database, segment_id: int, lang: str = "be") -> Translation | None:
    with database.session() as session:
        return get_translation(session, session.get(Segment, segment_id), lang)


def test_open_the_seed_and_translate_with_the_keyboard(page, live_server, seed_document, database):
    page.goto(f"{live_server}/documents/{seed_document}/be")
    expect(page.locator("h1")).to_contain_text("Pohonia Battalion")
    first = rows(page).nth(0)
    expect(first.locator("textarea")).to_be_focused()  # the first segment that needs work
    expect(page.locator("#panel-glossary")).not_to_contain_text("Select a segment")

    page.keyboard.type("Некаторыя беларусы хочуць ваяваць з расейцамі ва Украіне.")
    page.keyboard.press("Control+Enter")
    expect(first.locator(".badge")).to_have_text("translated")
    expect(rows(page).nth(1).locator("textarea")).to_be_focused()
    segment_id = int(first.get_attribute("data-segment"))
    assert stored(database, segment_id).text == "Некаторыя беларусы хочуць ваяваць з расейцамі ва Украіне."
    assert stored(database, segment_id).updated_by == "local"

    page.keyboard.press("Alt+ArrowDown")  # segment 3 holds a machine draft
    page.keyboard.press("Alt+KeyS")
    expect(rows(page).nth(2).locator("textarea")).to_have_value(rows(page).nth(2).locator(".source").inner_text())
    page.keyboard.press("Alt+KeyM")
    expect(rows(page).nth(2).locator("textarea")).to_have_value(f"[be] {rows(page).nth(2).locator('.source').inner_text()}")
    page.keyboard.press("Alt+KeyR")  # the local user is an admin, so may review
    expect(rows(page).nth(2).locator(".badge")).to_have_text("reviewed")

    page.keyboard.press("Alt+KeyH")
    expect(page.locator("#help")).to_be_visible()
    expect(page.locator("#help")).to_contain_text("Ctrl")
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()


def test_glossary_hits_insert_into_the_translation(page, live_server, seed_document):
    page.goto(f"{live_server}/documents/{seed_document}/be?q=Lukashenko&in=source")
    row = rows(page).nth(0)
    row.locator("textarea").click()
    glossary = page.locator("#panel-glossary")
    expect(glossary).to_contain_text("Lukashenko")
    page.keyboard.type("Прэзідэнт ")
    hit_number = [text.strip() for text in glossary.locator("li > .term-status").all_inner_texts()].index("Alexander Lukashenko") + 1
    page.keyboard.press(f"Alt+Digit{hit_number}")
    expect(row.locator("textarea")).to_have_value("Прэзідэнт Аляксандр Лукашэнка")
    glossary.get_by_role("button", name="Лукашэнка", exact=True).first.click()
    expect(row.locator("textarea")).to_have_value("Прэзідэнт Аляксандр ЛукашэнкаЛукашэнка")


def test_save_fixes_a_deprecated_name_and_the_fix_can_be_undone(page, live_server, seed_document):
    page.goto(f"{live_server}/documents/{seed_document}/be?q=Lukashenko&in=source")
    row = rows(page).nth(0)
    row.locator("textarea").fill("Лукашенко сказаў.")
    row.locator("textarea").press("Control+Enter")
    expect(row.locator(".changes")).to_contain_text("Лукашенко")
    expect(row.locator("textarea")).not_to_have_value("Лукашенко сказаў.")
    row.locator(".changes").get_by_role("button", name="Undo").click()  # only the replacement has one
    expect(row.locator("textarea")).to_have_value("Лукашенко сказаў.")


def test_filter_by_status_and_text(page, live_server, seed_document):
    page.goto(f"{live_server}/documents/{seed_document}/be")
    page.get_by_label("Status").select_option("draft")
    page.get_by_role("button", name="Filter").click()
    expect(rows(page)).to_have_count(4)
    expect(rows(page).locator(".badge")).to_have_text(["draft"] * 4)

    page.goto(f"{live_server}/documents/{seed_document}/be")
    filters = page.get_by_role("search", name="Filter segments")
    filters.get_by_label("Find", exact=True).fill("prokopiev")
    filters.get_by_label("Whole word").check()
    filters.get_by_role("button", name="Filter").click()
    for source in rows(page).locator(".source").all_inner_texts():
        assert "prokopiev" in source.lower()
    assert rows(page).count() >= 3


def test_a_concurrent_save_shows_both_versions_and_lets_me_take_mine(page, live_server, seed_document, database):
    page.goto(f"{live_server}/documents/{seed_document}/be?status=draft")
    row = rows(page).nth(0)
    segment_id = int(row.get_attribute("data-segment"))
    with database.session() as session:  # a colleague saves first
        segment = session.get(Segment, segment_id)
        current = get_translation(session, segment, "be")
        save_translation(session, segment, "be", "Версія калегі.", status="translated", origin="human", author="olga", base_version=current.version)

    row.locator("textarea").fill("Мая версія.")
    row.locator("textarea").press("Control+Enter")
    conflict = row.locator(".conflict")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text("Версія калегі.")
    expect(conflict).to_contain_text("Мая версія.")
    expect(conflict).to_contain_text("olga")
    assert stored(database, segment_id).text == "Версія калегі."  # nothing overwritten

    conflict.get_by_role("button", name="Take mine").click()
    expect(row.locator(".badge")).to_have_text("translated")
    expect(conflict).to_be_hidden()
    assert stored(database, segment_id).text == "Мая версія."


def test_history_restores_an_earlier_version(page, live_server, seed_document, database):
    page.goto(f"{live_server}/documents/{seed_document}/be?status=draft")
    row = rows(page).nth(0)
    segment_id = int(row.get_attribute("data-segment"))
    for text in ("Першая рэдакцыя.", "Другая рэдакцыя."):
        row.locator("textarea").fill(text)
        row.locator("textarea").press("Control+Shift+Enter")  # save as draft, stay here
        expect(row.locator(".notice")).to_contain_text("Saved")
    history = page.locator("#panel-history")
    expect(history.locator("li")).to_have_count(3)  # machine draft + two edits
    history.locator("li").nth(1).get_by_role("button", name="Restore").click()
    expect(row.locator("textarea")).to_have_value("Першая рэдакцыя.")
    expect(history.locator("li")).to_have_count(4)
    assert stored(database, segment_id).text == "Першая рэдакцыя."


def test_unsaved_edits_survive_a_reload(page, live_server, seed_document):
    page.goto(f"{live_server}/documents/{seed_document}/be")
    rows(page).nth(0).locator("textarea").fill("Яшчэ не захавана")
    page.reload()
    expect(rows(page).nth(0).locator("textarea")).to_have_value("Яшчэ не захавана")
    expect(rows(page).nth(0).locator(".notice")).to_contain_text("restored")


def test_search_and_replace_with_preview(page, live_server, seed_document, database):
    page.goto(f"{live_server}/documents/{seed_document}/be?status=draft")
    page.get_by_text("Search and replace").click()
    page.get_by_label("Find in translations").fill("[be]")
    page.get_by_label("Replace with").fill("[BE]")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#replace-preview")
    expect(preview).to_contain_text("4 segment(s) would change")
    preview.get_by_role("checkbox").nth(3).uncheck()
    preview.get_by_role("button", name="Replace in the selected segments").click()
    expect(preview).to_contain_text("Replaced in 3 segment(s).")
    expect(rows(page).nth(0).locator("textarea")).to_have_value(re.compile(r"^\[BE\] "))
    expect(rows(page).nth(3).locator("textarea")).to_have_value(re.compile(r"^\[be\] "))
    assert stored(database, int(rows(page).nth(0).get_attribute("data-segment"))).text.startswith("[BE] ")


def test_documents_screen_links_to_every_language(page, live_server, seed_document):
    page.goto(live_server)
    expect(page.get_by_role("link", name="Pohonia Battalion")).to_be_visible()
    page.get_by_role("link", name="all languages").click()
    expect(page.locator(".all-languages > li").first).to_contain_text("be")


def test_markup_in_segments_and_translations_stays_inert_text(page, live_server, database):
    hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    with database.session() as session:
        document = Document(title=hostile, source_lang="en", checksum="hostile")
        document.segments = [Segment(position=1, paragraph=1, source_text=hostile)]
        session.add(document)
        session.flush()
        save_translation(session, document.segments[0], "be", hostile, status="translated", origin="human", author=hostile)
        document_id = document.id
    page.goto(f"{live_server}/documents/{document_id}/be")
    expect(page.locator("#panel-history")).to_contain_text(hostile)  # the panels, built by the script, too
    expect(rows(page).nth(0).locator(".source")).to_have_text(hostile)
    assert page.evaluate("window.pwned") is None
    assert page.locator("li.segment img, li.segment script, #panels img").count() == 0


def test_export_downloads_the_file_and_shows_what_fell_back_to_the_source(page, live_server, seed_document):
    page.goto(f"{live_server}/documents/{seed_document}/be")
    with page.expect_download() as download:
        page.get_by_role("link", name="Original layout").click()
    assert download.value.suggested_filename.endswith(".be.txt")
    assert "Some Belarusians want to fight" in Path(download.value.path()).read_text(encoding="utf-8")
    expect(page.locator("#export-warnings")).to_contain_text("untranslated, source text used")
