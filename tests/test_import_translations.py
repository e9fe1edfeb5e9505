"""One import for every readable format: ``workbench import-translations DOC FILE`` (format from
the file's name; import-po and import-xliff kept), the registry's ``read``, and the upload page."""

from __future__ import annotations

import io
from pathlib import Path

import polib
import pytest
from exchange_support import make_document
from sqlalchemy import select

from workbench import exchange
from workbench.exchange import Exporter, ExportResult, all_exporters, register_exporter
from workbench.exchange.bilingual import IncomingFile, IncomingUnit, segment_key
from workbench.models import Document, Segment, Translation


def translations(database, document_id: int) -> list[tuple[str, str]]:
    with database.session() as session:
        rows = session.execute(select(Segment.position, Translation.text, Translation.status).join(Translation)
                               .where(Segment.document_id == document_id).order_by(Segment.position))
        return [(text, status) for _, text, status in rows]


def edited_po(run_cli, document_id: int, path: Path, *, language_header: bool = True) -> Path:
    run_cli("export", document_id, "--lang", "be", "--format", "po", "-o", path)
    catalog = polib.pofile(str(path))
    catalog[3].msgstr = "Батальён быў створаны ў 2022 годзе."
    if not language_header:
        del catalog.metadata["Language"]
    catalog.save(str(path))
    return path


def test_only_bilingual_formats_read_files_back():
    assert {exporter.name for exporter in all_exporters() if exporter.read} == {"po", "xliff", "xliff12"}
    assert exchange.readable_extensions() == [".po", ".xlf", ".xliff"]


@pytest.mark.parametrize(("format_name", "name"), [("po", "doc.po"), ("xliff", "doc.xlf"), ("xliff12", "doc.xliff")])
def test_the_format_follows_the_file_name(database, run_cli, tmp_path, format_name, name):
    document_id = make_document(database)
    path = tmp_path / name
    run_cli("export", document_id, "--lang", "be", "--format", format_name, "-o", path)
    result = run_cli("import-translations", document_id, path, "--author", "ivan")
    assert result.stdout == "be: 0 segment(s) changed, 4 unchanged, 0 problem(s)\n"


def test_edits_come_back_and_the_old_commands_still_work(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = edited_po(run_cli, document_id, tmp_path / "doc.po")
    assert "1 segment(s) changed" in run_cli("import-translations", document_id, path).stdout
    assert translations(database, document_id)[3] == ("Батальён быў створаны ў 2022 годзе.", "translated")
    renamed = path.rename(tmp_path / "doc.txt")
    assert "0 segment(s) changed" in run_cli("import-po", document_id, renamed, "--lang", "be").stdout


def test_mistakes_are_one_line_errors_that_change_nothing(database, run_cli, tmp_path):
    document_id = make_document(database)
    before = translations(database, document_id)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    result = run_cli("import-translations", document_id, notes, expect_exit=1)
    assert result.stderr == ("Error: notes.txt: cannot tell the format from the name; "
                             "translations come back in .po, .xlf, .xliff files\n")
    headless = edited_po(run_cli, document_id, tmp_path / "headless.po", language_header=False)
    result = run_cli("import-translations", document_id, headless, expect_exit=1)
    assert "has no Language header; give its target language (--lang)" in result.stderr
    xliff = tmp_path / "doc.xlf"
    run_cli("export", document_id, "--lang", "be", "--format", "xliff", "-o", xliff)
    assert "the file is in be, not uk" in run_cli("import-translations", document_id, xliff, "--lang", "uk", expect_exit=1).stderr
    assert translations(database, document_id) == before
    assert "1 segment(s) changed" in run_cli("import-translations", document_id, headless, "--lang", "be").stdout


def test_a_new_format_needs_only_its_module(database, run_cli, tmp_path, monkeypatch):
    """An extension point: a format that registers ``read`` is imported by the same command."""
    monkeypatch.setattr(exchange, "EXPORTERS", dict(exchange.EXPORTERS))
    document_id = make_document(database)
    with database.session() as session:
        segment_id = session.scalar(select(Segment.id).where(Segment.document_id == document_id, Segment.position == 3))

    def read_lines(path: Path, lang: str | None) -> IncomingFile:
        key, source, target = path.read_text(encoding="utf-8").strip().split("|")
        return IncomingFile(lang or "be", [IncomingUnit(key, 1, source, target, "translated")], "lines import")

    register_exporter(Exporter("lines", ".lines", "Lines", lambda *_: ExportResult(b""), read=read_lines))
    path = tmp_path / "edit.lines"
    path.write_text(f"{segment_key(document_id, segment_id)}|The battalion was formed in 2022.|Батальён.", encoding="utf-8")
    assert "1 segment(s) changed" in run_cli("import-translations", document_id, path).stdout
    assert translations(database, document_id)[3] == ("Батальён.", "translated")


def test_translations_come_back_through_the_browser(database, run_cli, tmp_path, web_client):
    document_id = make_document(database)
    page = web_client.get("/").get_data(as_text=True)
    assert f'href="/documents/{document_id}/translations">Import translations…' in page
    form = web_client.get(f"/documents/{document_id}/translations").get_data(as_text=True)
    assert 'accept=".po,.xlf,.xliff"' in form
    data = edited_po(run_cli, document_id, tmp_path / "doc.po").read_bytes()
    done = web_client.post(f"/documents/{document_id}/translations",
                       data={"csrf_token": web_client.csrf, "file": (io.BytesIO(data), "mine.po")})
    assert done.status_code == 303 and done.headers["Location"] == f"/documents/{document_id}/be"
    assert "mine.po: 1 segment(s) changed, 3 unchanged, 0 problem(s)." in web_client.get("/").get_data(as_text=True)
    assert translations(database, document_id)[3] == ("Батальён быў створаны ў 2022 годзе.", "translated")
    with database.session() as session:
        assert session.scalar(select(Translation.updated_by).where(Translation.text.startswith("Батальён"))) == "local"


def test_a_broken_upload_says_why_and_changes_nothing(database, web_client):
    document_id = make_document(database)
    before = translations(database, document_id)
    web_client.post(f"/documents/{document_id}/translations",
                data={"csrf_token": web_client.csrf, "file": (io.BytesIO(b'msgid "x\nmsgstr ""\n'), "broken.po")},
                headers={"Referer": f"http://localhost/documents/{document_id}/translations"})
    page = web_client.get("/").get_data(as_text=True)
    assert "broken.po: line 1: syntax error" in page and "upload" not in page.split("broken.po")[1][:40]
    assert translations(database, document_id) == before


def test_someone_who_may_not_review_imports_reviewed_units_as_translated(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    run_cli("export", document_id, "--lang", "be", "--format", "xliff", "-o", path)
    path.write_text(path.read_text(encoding="utf-8").replace('state="translated"', 'state="final"', 1), encoding="utf-8")
    with database.session() as session:
        document = session.get(Document, document_id)
        lang, report = exchange.import_translations(session, document, path, may_review=False)
    assert (lang, report.changed) == ("be", 0)  # translated stays translated
    assert "is marked reviewed, but you may not review; imported as translated" in report.problems[0]
