"""Findings 11 and 12: what translators typed cannot turn into live markup in a Markdown export,
nor into a formula in a spreadsheet opening the termbase CSV; NUL bytes never enter the termbase."""

from __future__ import annotations

import csv

import pytest
from markdown_it import MarkdownIt
from security_support import import_text
from sqlalchemy import select

from workbench.models import Segment
from workbench.translations import save_translation

HOSTILE = [
    "<script>alert(1)</script> Прывітанне.",
    "[Націсніце](javascript:alert(document.cookie)) тут.",
    "<javascript:alert(1)> і ![](javascript:alert(2)).",
    "\\[hidden](javascript:alert(3)) <img src=x onerror=alert(4)>.",
    "[x](<javascript:alert(5)>) і [y](JaVaScRiPt:alert(6)).",
]


@pytest.fixture
def markdown_document(run_cli, database, tmp_path):
    return import_text(run_cli, tmp_path / "story.md",
                       "# Title\n\nA [link](https://example.org/) and *emphasis*.\n\nSecond paragraph.\n")


def rendered(markdown: str) -> str:
    """HTML from a renderer that trusts every URL, as many Markdown renderers do."""
    renderer = MarkdownIt("commonmark")
    renderer.validateLink = lambda url: True
    return renderer.render(markdown)


@pytest.mark.parametrize("typed", HOSTILE)
def test_markdown_export_escapes_html_and_script_links_translators_typed(markdown_document, run_cli, database, typed):
    with database.session() as session:
        segment = session.scalars(select(Segment).order_by(Segment.position)).all()[-1]
        save_translation(session, segment, "be", typed, status="translated", origin="human")
    exported = run_cli("export", "1", "--lang", "be").stdout
    html = rendered(exported)
    assert "<script" not in html and "<img" not in html
    hrefs = "".join(part.split('"')[0] for part in html.split('href="')[1:]).lower()
    assert "javascript:" not in hrefs
    assert 'src="javascript' not in html


def test_markdown_export_keeps_the_documents_own_links_and_markup(markdown_document, run_cli, database):
    with database.session() as session:
        segments = session.scalars(select(Segment).order_by(Segment.position)).all()
        link = next(segment for segment in segments if "{1}" in segment.source_text)
        save_translation(session, link, "be", link.source_text.replace("A ", "Спасылка ").replace("and", "і"),
                         status="translated", origin="human")
    exported = run_cli("export", "1", "--lang", "be").stdout
    assert "[link](https://example.org/)" in exported and "*emphasis*" in exported
    assert run_cli("export", "1", "--lang", "en").stdout == markdown_document.read_text()


@pytest.mark.parametrize("formula", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"])
def test_termbase_csv_export_neutralises_formulas_and_imports_them_back(run_cli, database, tmp_path, formula):
    source = tmp_path / "terms.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["concept", "lang", "term", "status", "note"],
            ["k1", "en", formula, "preferred", formula],
            ["k1", "be", "звычайны", "preferred", ""],
        ])
    run_cli("glossary", "import", source)
    exported = tmp_path / "out.csv"
    run_cli("glossary", "export", exported)
    with exported.open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'" + formula in cells
    # Imported again, the quote goes: the termbase holds what it held.
    run_cli("glossary", "import", exported)
    shown = run_cli("glossary", "list").stdout
    assert formula in shown and "'" + formula not in shown


def test_nul_bytes_in_a_termbase_csv_are_refused(run_cli, database, tmp_path):
    source = tmp_path / "nul.csv"
    source.write_bytes(b"concept,lang,term,status\nk,en,bad\x00term,preferred\n")
    result = run_cli("glossary", "import", source, expect_exit=1)
    assert "NUL" in result.stderr and len(result.stderr.splitlines()) == 1
    assert "bad" not in run_cli("glossary", "list").stdout
