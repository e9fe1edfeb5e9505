"""A reviewer's day in headless Chromium, with logins: what a senior editor does with the work of
translators (answer their questions, approve or send back, see what they changed)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select
from test_assignments_browser import log_in, newsroom, second_page  # noqa: F401 (fixtures)

from workbench.collaboration import add_comment
from workbench.models import Document, Segment
from workbench.translations import save_machine_draft, save_translation

pytestmark = pytest.mark.browser


def segment_of(database, document_id: int, position: int) -> int:
    with database.session() as session:
        return session.scalar(select(Segment.id).where(Segment.document_id == document_id, Segment.position == position))


def test_a_reviewer_answers_a_translators_question_and_she_sees_it_under_it(page, second_page, newsroom, database):
    base, story = newsroom
    second = segment_of(database, story, 2)
    with database.session() as session:
        add_comment(session, session.get(Segment, second), "uk", "Is it the valley's name or a plain valley?", author="olena")

    log_in(page, base, "chief")
    page.goto(f"{base}/documents/{story}/uk#segment-{second}")
    question = page.locator("#panel-comments li", has_text="Is it the valley's name")
    question.get_by_role("button", name="Answer").click()
    expect(page.locator("#comment-text")).to_be_focused()
    expect(page.locator("#comment-form .answering")).to_contain_text("Answering olena")
    page.keyboard.type("A plain valley: no capital letter.")
    page.keyboard.press("Control+Enter")
    expect(question.locator("ul li")).to_contain_text("A plain valley: no capital letter.")
    expect(page.locator("#comment-form .answering")).to_be_hidden()

    # Olena sees the answer in the thread of her question, and in the document's list.
    log_in(second_page, base, "olena")
    second_page.goto(f"{base}/documents/{story}/uk#segment-{second}")
    mine = second_page.locator("#panel-comments li", has_text="Is it the valley's name")
    expect(mine.locator("ul li")).to_contain_text("chief (uk)")
    expect(mine.locator("ul li")).to_contain_text("A plain valley: no capital letter.")
    second_page.get_by_text("Comments on this document").click()
    expect(second_page.locator("#document-comments")).to_contain_text("chief (uk) answering olena: A plain valley")


def translate(database, document_id: int, texts: dict[int, tuple[str, str]], lang: str = "uk", author: str = "olena") -> None:
    """Store a translator's ``{position: (text, status)}``."""
    with database.session() as session:
        for position, (text, status) in texts.items():
            segment = session.scalar(select(Segment).where(Segment.document_id == document_id, Segment.position == position))
            save_translation(session, segment, lang, text, status=status, origin="human", author=author)


def review_segment(page, base: str, database, story: int, position: int):
    """The admin (a reviewer) opens the uk editor on segment ``position``; answers the rows."""
    log_in(page, base, "chief")
    page.goto(f"{base}/documents/{story}/uk#segment-{segment_of(database, story, position)}")
    rows = page.locator("li.segment")
    expect(rows.nth(position - 1).locator("textarea")).to_be_focused()
    return rows


def test_approving_goes_on_to_the_next_segment_waiting_for_review(page, newsroom, database):
    base, story = newsroom
    translate(database, story, {1: ("Річка піднялася вночі.", "translated"), 2: ("Школи в долині", "draft"),
                                3: ("Мер попросив людей залишатися вдома.", "translated")})
    rows = review_segment(page, base, database, story, 1)
    page.keyboard.press("Control+Shift+KeyF")
    expect(rows.nth(0).locator(".badge")).to_have_text("reviewed")
    expect(rows.nth(2).locator("textarea")).to_be_focused()  # the draft is not ready for review
    page.keyboard.press("Control+Shift+KeyF")
    expect(rows.nth(2).locator(".badge")).to_have_text("reviewed")
    expect(rows.nth(1).locator(".badge")).to_have_text("draft")


def test_a_reviewer_sees_which_machine_drafts_were_changed_and_how(page, newsroom, database):
    base, story = newsroom
    with database.session() as session:
        for position, draft in ((1, "Ріка піднялася за ніч."), (2, "Школи в долині закриті.")):
            segment = session.scalar(select(Segment).where(Segment.document_id == story, Segment.position == position))
            save_machine_draft(session, segment, "uk", draft, origin="mt", route="apertium ru→uk", raw_mt=draft)
    translate(database, story, {1: ("Річка піднялася вночі.", "translated"), 2: ("Школи в долині закриті.", "translated")})

    log_in(page, base, "chief")
    page.goto(f"{base}/documents/{story}/uk?status=translated")
    rows = page.locator("li.segment")
    expect(rows.nth(0).locator(".mt-edit")).to_have_text("MT edited")
    expect(rows.nth(1).locator(".mt-edit")).to_have_text("MT unchanged")
    rows.nth(0).locator(".source").click()
    edits = page.locator("#panel-mt .mt-edits")
    expect(edits).to_contain_text("Changes to the machine draft:")
    expect(edits.locator("del")).to_have_text(["Ріка ", "за ніч."])
    expect(edits.locator("ins")).to_have_text(["Річка ", "вночі."])


def test_a_segment_sent_back_with_a_reason_shows_it_on_the_translators_list(page, second_page, newsroom, database):
    base, story = newsroom
    translate(database, story, {1: ("Річка піднялася вночі.", "translated"), 2: ("Школи в долині зачинено.", "translated"),
                                3: ("Мер попросив людей лишатися вдома.", "translated")})
    rows = review_segment(page, base, database, story, 2)
    page.keyboard.press("Control+Shift+Enter")  # back to a draft
    expect(rows.nth(1).locator(".badge")).to_have_text("draft")
    page.keyboard.press("Control+Shift+KeyL")
    page.keyboard.type("Закриті, not зачинено: schools are closed by an order.")
    page.keyboard.press("Control+Enter")
    expect(rows.nth(1).locator(".comment-count")).to_have_text("1 comment")
    expect(rows.nth(0).locator(".comment-count")).to_be_hidden()

    # Olena's list shows which segment came back with a reason, before she opens it.
    log_in(second_page, base, "olena")
    second_page.goto(f"{base}/documents/{story}/uk")
    theirs = second_page.locator("li.segment")
    expect(theirs.nth(1).locator(".badge")).to_have_text("draft")
    expect(theirs.nth(1).locator(".comment-count")).to_have_text("1 comment")
    expect(theirs.nth(2).locator(".comment-count")).to_be_hidden()


def test_a_reviewer_approves_the_document_after_looking_at_its_qa(page, newsroom, database):
    base, story = newsroom
    translate(database, story, {1: ("Річка піднялася вночі.", "translated"), 2: ("Школи в долині зачинені.", "translated"),
                                3: ("Мер попросив 2 людей залишатися вдома.", "translated")})
    log_in(page, base, "chief")
    page.goto(f"{base}/documents/{story}/uk")
    page.get_by_label("With QA warnings").check()
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.segment")).to_have_count(1)  # the number the source lacks
    page.get_by_role("link", name="Clear").click()
    expect(page.locator("li.segment")).to_have_count(3)  # the whole document again, its script started:
    expect(page.locator("li.segment.active")).to_have_count(1)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Approve every translated segment").click()
    expect(page.locator(".flash")).to_have_text("Approved 2 segments; 1 left translated for their QA errors: ¶ 3.")
    expect(page.locator("li.segment .badge")).to_have_text(["reviewed", "reviewed", "translated"])


def test_approving_the_last_on_a_page_goes_on_to_the_next_pages_first_waiting_for_review(page, web_app, live_server, database):
    with database.session() as session:
        document = Document(title="Night trains", source_lang="en", checksum="trains")
        document.segments = [Segment(position=n, paragraph=n, source_text=text) for n, text in enumerate(
            ("Night trains return.", "The first leaves at ten.", "Tickets cost more.", "Sleeping cars are new."), 1)]
        session.add(document)
        session.flush()
        story = document.id
    translate(database, story, {1: ("Нічні потяги повертаються.", "translated"), 2: ("Перший вирушає о десятій.", "translated"),
                                4: ("Спальні вагони нові.", "translated")})  # 3 waits for its translator
    web_app.config["PAGE_SIZE"] = 2
    page.goto(f"{live_server}/documents/{story}/uk#segment-{segment_of(database, story, 1)}")
    expect(page.locator("li.segment").nth(0).locator("textarea")).to_be_focused()
    page.keyboard.press("Control+Shift+KeyF")
    expect(page.locator("li.segment").nth(1).locator("textarea")).to_be_focused()
    page.keyboard.press("Control+Shift+KeyF")
    expect(page.locator("li.segment .number")).to_have_text(["3", "4"])  # the next page
    expect(page.locator("li.segment").nth(1).locator("textarea")).to_be_focused()
