"""A blind reviewer's day in headless Chromium: a Ukrainian live blog reviewed with a screen reader
and the keyboard. What the accessibility tree says is what she hears: the names and descriptions
of the controls, the headings and landmarks she jumps by, and the live regions that tell her what
happened."""

from __future__ import annotations

import re
import time

import pytest
from conftest import SEED_TERMBASE
from playwright.sync_api import expect
from sqlalchemy import select

from glossary.io import import_file
from workbench.collaboration import add_comment
from workbench.models import Document, Segment
from workbench.translations import save_translation

pytestmark = pytest.mark.browser

# Short dated updates of a live blog; the Ukrainian of the first has a wrong number, the second
# a double space the source lacks (a warning, not an error).
UPDATES = [
    "09:14 Oleksandr Prokudin said 37 people were evacuated from Kherson overnight.",
    "09:20 Trains to Zaporizhzhia run with delays of up to an hour.",
    "09:31 \"The bridge is closed,\" Ivan Fedorov told reporters.",
]
UKRAINIAN = {
    1: ("09:14 Олександр Прокудін сказав, що вночі з Херсона евакуювали 73 людини.", "translated"),
    2: ("09:20 Потяги до Запоріжжя курсують  із затримкою до години.", "translated"),
    3: ("09:31 «Міст закрито», — сказав журналістам Іван Федоров.", "reviewed"),
}


def live_blog(database, updates: int = len(UPDATES)) -> tuple[int, dict[int, int]]:
    """The live blog (``updates`` segments, the first three translated into Ukrainian); its id and
    {position: segment id}."""
    with database.session() as session:
        document = Document(title="Live: the south, day 1,001", source_lang="en", checksum="live")
        document.segments = [Segment(position=n, paragraph=n, source_text=UPDATES[(n - 1) % len(UPDATES)])
                             for n in range(1, updates + 1)]
        session.add(document)
        session.flush()
        for position, (text, status) in UKRAINIAN.items():
            save_translation(session, document.segments[position - 1], "uk", text, status=status, origin="human", author="olena")
        ids = dict(session.execute(select(Segment.position, Segment.id).where(Segment.document_id == document.id)).all())
        return document.id, ids


def test_a_translation_box_is_read_with_its_source_status_comments_and_qa(page, live_server, database):
    """Tabbing into a segment's box, a screen reader read its name and text only: the source, the
    status, a translator's comment and QA's findings were elsewhere on the row, out of reach."""
    story, ids = live_blog(database)
    with database.session() as session:
        add_comment(session, session.get(Segment, ids[1]), "uk", "Is it 37 or 73 in the agency's copy?", author="olena")
    page.goto(f"{live_server}/documents/{story}/uk?qa=1")  # the segments QA has something to say about
    box = page.get_by_role("textbox", name="Ukrainian translation of segment 1")
    expect(box).to_have_accessible_description(re.compile(
        r"^09:14 Oleksandr Prokudin said 37 people were evacuated from Kherson overnight\. translated 1 comment "
        r"error — numbers: numbers missing from the translation: 37"))
    # A row with nothing more to say adds nothing ("0 comments", an empty QA list).
    expect(page.get_by_role("textbox", name="Ukrainian translation of segment 2")).to_have_accessible_description(
        re.compile(r"^09:20 Trains to Zaporizhzhia run with delays of up to an hour\. translated warning — "))


def test_qa_errors_and_warnings_are_told_apart_in_words_not_by_colour_alone(page, live_server, database):
    """An error (confirming waits for a second press) and a warning differed only in their colour,
    on the row, in the QA panel and on the row's marker."""
    story, ids = live_blog(database)
    page.goto(f"{live_server}/documents/{story}/uk?qa=1")
    first, second = page.locator(f"#segment-{ids[1]}"), page.locator(f"#segment-{ids[2]}")
    expect(first.locator(".row-qa li").first).to_have_text(re.compile(r"^error — numbers: "))
    expect(first.locator(".qa-marker")).to_have_text(re.compile(r"^⚠ 2 QA: 2 errors$"))
    expect(second.locator(".row-qa li")).to_have_text(re.compile(r"^warning — whitespace: "))
    expect(second.locator(".qa-marker")).to_have_text("⚠ 1 QA")
    second.locator("textarea").focus()
    expect(page.locator("#panel-qa li")).to_have_text([re.compile(r"^warning — whitespace: ")])
    # A save's answer writes the row again in the same words.
    second.locator("textarea").press("Control+Shift+Enter")
    expect(second.locator(".notice")).to_contain_text("Saved.")
    expect(second.locator(".row-qa li")).to_have_text(re.compile(r"^warning — whitespace: "))


def test_the_segment_list_has_a_heading_and_the_two_page_bars_have_names_of_their_own(page, live_server, database, web_app):
    """Jumping by heading went from the title to the jobs and the panels, never to the segments;
    the landmarks list showed two navigations called "Pages"."""
    web_app.config["PAGE_SIZE"] = 2
    story, _ = live_blog(database, updates=5)
    page.goto(f"{live_server}/documents/{story}/uk?page=2")
    heading = page.get_by_role("heading", name="Segments 3–4 of 5", level=2)
    expect(heading).to_be_attached()
    expect(page.get_by_role("list", name="Segments 3–4 of 5")).to_be_attached()
    expect(page.get_by_role("navigation", name="Pages", exact=True)).to_have_count(1)
    expect(page.get_by_role("navigation", name="Pages, after the segments")).to_have_count(1)


def test_approving_all_counts_on_in_a_live_region(page, live_server, database):
    """Approving a long document takes a request per batch: the count went on the button, which,
    disabled, had lost the focus and was not read again, so she heard nothing for seconds."""
    story, _ = live_blog(database)
    page.goto(f"{live_server}/documents/{story}/uk")
    expect(page.locator("li.segment.active")).to_have_count(1)  # the editor's script has started
    held = []

    def first_batch_then_hold(route):
        if held or route.request.post_data_json["after"]:
            return held.append(route)
        route.fulfill(json={"approved": 100, "held": [], "next": 1})  # as if the first batch had approved 100

    page.route("**/approve", first_batch_then_hold)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=re.compile("Approve every translated segment")).click()
    expect(page.get_by_role("status").filter(has_text="Approving…")).to_have_text("Approving… 100 approved")
    held[0].continue_()
    expect(page.locator(".flashes")).to_contain_text("Approved 101 segments")


def test_the_result_of_approving_all_is_told_after_the_reload(page, live_server, database):
    """The result came back in a live region that already held it when the page loaded, which
    screen readers do not read: she heard nothing of what approve-all did."""
    story, _ = live_blog(database)
    # What the live region is told after the page is there (not what the parser put in).
    page.add_init_script("""
        window.told = [];
        new MutationObserver((changes) => {
          for (const change of changes) {
            const region = change.target.closest && change.target.closest('[role=status]');
            if (region && document.readyState !== 'loading' && change.addedNodes.length) window.told.push(region.textContent.trim());
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
    """)
    page.goto(f"{live_server}/documents/{story}/uk")
    expect(page.locator("li.segment.active")).to_have_count(1)  # the editor's script has started
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=re.compile("Approve every translated segment")).click()
    expect(page.locator(".flashes")).to_contain_text("Approved 1 segment; 1 left translated for their QA errors: ¶ 1.")
    # (Polled from here: wait_for_function evaluates a string, which the editor's CSP refuses.)
    deadline = time.monotonic() + 5
    while not any(text.startswith("Approved 1 segment") for text in page.evaluate("window.told")):
        assert time.monotonic() < deadline, page.evaluate("window.told")
        page.wait_for_timeout(50)


def test_the_documents_links_are_large_enough_to_hit(page, live_server, database):
    """A language's progress bar (13 px high) and its "to review" link right under it were too
    small a target (WCAG 2.5.8: 24 px) for a magnifier's or a shaking hand's click."""
    live_blog(database)
    page.goto(live_server)
    for link in (page.get_by_role("link", name=re.compile(r"^uk: ")), page.get_by_role("link", name="2 to review")):
        assert link.bounding_box()["height"] >= 24, link.bounding_box()


def test_answering_a_comment_thread_says_whom_and_that_it_was_stored(page, live_server, database):
    """Every comment's button was called "Answer", the box she was put in did not say what it
    answered, and once sent, the focus went back to the translation without a word."""
    story, ids = live_blog(database)
    with database.session() as session:
        add_comment(session, session.get(Segment, ids[1]), "uk", "Is it 37 or 73 in the agency's copy?", author="olena")
    page.goto(f"{live_server}/documents/{story}/uk#segment-{ids[1]}")
    page.get_by_role("button", name="Answer olena").click()
    answer = page.get_by_role("textbox", name="Comment on this segment")
    expect(answer).to_be_focused()
    expect(answer).to_have_accessible_description(re.compile(r"^Answering olena: “Is it 37 or 73"))
    page.keyboard.type("37: the agency corrected its copy at 09:40.")
    page.keyboard.press("Control+Enter")
    expect(page.get_by_role("textbox", name="Ukrainian translation of segment 1")).to_be_focused()
    expect(page.locator(f"#segment-{ids[1]} .notice")).to_have_text("Answer added.")
    expect(answer).to_have_accessible_description("")


def test_checking_a_name_in_the_termbase_reads_headings_and_buttons_of_their_own(page, live_server, database):
    """Looking a name up, every concept's heading ended in "Delete concept…" and every term's
    buttons were "Save" and "Delete…", so tabbing through a concept said nothing of which term."""
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    page.goto(f"{live_server}/termbase?q=Tsikhanouskaya")
    expect(page.get_by_role("heading", level=2)).to_have_text(["tsikhanouskaya person"])
    concept = page.get_by_role("region", name="tsikhanouskaya person", exact=True)
    expect(concept.get_by_role("button", name="Save Tsikhanouskaya (en)", exact=True)).to_have_count(1)
    expect(concept.get_by_role("link", name="Delete Tsikhanouskaya (en)…", exact=True)).to_have_count(1)
    expect(concept.get_by_role("link", name="Delete concept…")).to_be_visible()


def _luminance(rgb: str) -> float:
    channels = [int(value) / 255 for value in re.findall(r"\d+", rgb)[:3]]
    red, green, blue = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_the_focus_ring_stands_out_from_the_page_around_it(page, live_server, database):
    """The focus ring was yellow on the light grey page (1.8:1; WCAG 1.4.11 asks 3:1): with a
    magnifier, which segment had the focus was hard to see."""
    story, _ = live_blog(database)
    page.goto(f"{live_server}/documents/{story}/uk")
    expect(page.locator("li.segment.active")).to_have_count(1)
    style = page.evaluate("""() => {
        const focused = getComputedStyle(document.activeElement);
        return {outline: focused.outlineColor, outlineReach: parseFloat(focused.outlineWidth) + parseFloat(focused.outlineOffset),
                shadow: focused.boxShadow, page: getComputedStyle(document.documentElement).backgroundColor};
    }""")
    # The outermost ring meets the page: a box shadow reaching past the outline, or the outline.
    shadow = re.match(r"(rgba?\([^)]*\)) 0px 0px 0px (\d+)px", style["shadow"])
    outer = shadow.group(1) if shadow and float(shadow.group(2)) > style["outlineReach"] else style["outline"]
    lighter, darker = sorted((_luminance(outer), _luminance(style["page"])), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 3, style


def test_a_replace_preview_is_told_in_one_line_not_read_out_whole(page, live_server, database):
    """The preview's whole table (every segment's diff, its termbase changes and QA) was a live
    region: a screen reader read dozens of rows aloud before she could press Enter to replace."""
    story, _ = live_blog(database)
    page.goto(f"{live_server}/documents/{story}/uk")
    expect(page.locator("li.segment.active")).to_have_count(1)
    page.keyboard.press("Control+k")
    page.keyboard.type("сказав")
    page.keyboard.press("Tab")
    page.keyboard.type("заявив")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Replace in the selected segments")).to_be_focused()
    expect(page.locator("#replace-preview [aria-live], #replace-preview[aria-live]")).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="would change")).to_have_text(
        "2 segment(s) would change; Enter replaces in the selected ones.")
    page.locator("#r-find").fill("Миколаїв")  # a search nothing matches
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="No translation")).to_have_text("No translation contains that text.")
