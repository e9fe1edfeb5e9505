"""Finding 8 in a real browser: under the Content-Security-Policy every page works — the editor
saves with the keyboard — Chromium reports no blocked script or style, and an injected inline
script does not run."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect
from security_support import make_app
from waitress.server import create_server

from workbench.documents import import_document

pytestmark = pytest.mark.browser

# Runs before any page script: records every CSP violation the page reports.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def served(database):
    with database.session() as session:
        text = Path(__file__).resolve().parents[2] / "seeds" / "pohonia-battalion.en.txt"
        document_id = import_document(session, text.read_bytes(), filename=text.name, lang="en", title="Seed").id
    server = create_server(make_app(database, LOGIN_REQUIRED=False), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}", document_id
    server.close()
    thread.join(timeout=5)


def test_every_page_works_under_the_policy_without_violations(served, page):
    base, document_id = served
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(str(error)))
    for path in ("/", "/termbase", f"/documents/{document_id}/all"):
        page.goto(base + path)
        assert page.evaluate("window.__violations") == [], path
    response = page.goto(f"{base}/documents/{document_id}/be")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    first = page.locator("li.segment").nth(0)
    first.locator("textarea").fill("Прывітанне.")
    first.locator("textarea").press("Control+Enter")
    expect(first.locator(".badge")).to_have_text("translated")
    assert page.evaluate("window.__violations") == []
    assert not [line for line in console if "Content Security Policy" in line or "Refused" in line]
    # What an injected inline script would do: the policy stops it.
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.body.append(s); }")
    assert page.evaluate("window.ran") is None
    assert any(violation.startswith("script-src") for violation in page.evaluate("window.__violations"))
