"""Importing, listing, showing, exporting and deleting documents (API and CLI, both databases)."""

import json
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE
from sqlalchemy import event, func, insert, select

from workbench.documents import (
    delete_document,
    document_progress,
    find_document_by_checksum,
    import_document,
    reassemble,
)
from workbench.errors import WorkbenchError
from workbench.exchange import get_exporter
from workbench.models import Document, Revision, Segment, Translation
from workbench.translations import save_translation

QUOTE = "“We see a window of opportunity,” Prokopiev told CNN on Monday."


def import_seed(run_cli) -> dict:
    return json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)


def test_seed_imports_into_paragraphs_and_sentences(run_cli, database):
    summary = import_seed(run_cli)
    assert summary["paragraphs"] == 32  # the seed's blank-line separated blocks
    assert summary["title"] == "Some Belarusians want to fight Russians in Ukraine."
    with database.session() as session:
        texts = session.scalars(select(Segment.source_text).order_by(Segment.position)).all()
    assert summary["segments"] == len(texts) == 42
    assert QUOTE in texts
    assert "Belarusian military could 'soon' join war in Ukraine, US and NATO officials say" in texts
    assert texts[-1] == "Leave a Comment"


def test_seed_exports_byte_for_byte_in_its_own_language(run_cli, tmp_path):
    document_id = import_seed(run_cli)["id"]
    target = tmp_path / "out.txt"
    result = run_cli("export", document_id, "--lang", "en", "--format", "txt", "-o", target)
    assert target.read_bytes() == SEED_ARTICLE.read_bytes()
    assert "untranslated" not in result.stderr


def test_windows_file_with_bom_and_crlf_round_trips_through_the_database(run_cli, tmp_path):
    data = "\ufeffHeadline without a stop\r\n\r\nMr. Smith came.  Then he left.\r\n\r\n\r\nEnd\t".encode("utf-8")
    source = tmp_path / "windows.txt"
    source.write_bytes(data)
    document_id = json.loads(run_cli("import", source, "--json").stdout)["id"]
    run_cli("export", document_id, "--lang", "en", "-o", tmp_path / "back.txt")
    assert (tmp_path / "back.txt").read_bytes() == data


def test_if_new_returns_the_existing_document(run_cli):
    first = run_cli("import", SEED_ARTICLE, "--if-new").stdout.strip()
    again = run_cli("import", SEED_ARTICLE, "--if-new", "--json").stdout
    assert json.loads(again)["id"] == int(first) and json.loads(again)["existing"] is True
    assert run_cli("import", SEED_ARTICLE).stdout.strip() != first


def test_export_uses_translations_and_reports_fallbacks(run_cli, database):
    document_id = import_seed(run_cli)["id"]
    with database.session() as session:
        segments = session.scalars(select(Segment).order_by(Segment.position)).all()
        save_translation(session, segments[0], "be", "Некаторыя беларусы хочуць ваяваць.", status="translated", origin="human")
        save_translation(session, segments[1], "be", "", status="untranslated", origin="human")
    result = run_cli("export", document_id, "--lang", "be")
    assert result.stdout.startswith("Некаторыя беларусы хочуць ваяваць. They also hope")
    assert "41 segments untranslated, source text used: 2-42" in result.stderr


def test_html_translation_exports_as_html_with_markup_restored(database, run_cli, tmp_path):
    html = b"<html><body><p>Hello <b>dear</b> friend &amp; guest.</p><script>x = 1 < 2</script></body></html>"
    with database.session() as session:
        document = import_document(session, html, filename="page.html", lang="en")
        segment = document.segments[0]
        assert segment.source_text == "Hello {1}dear{/1} friend & guest."
        # The translator lost the closing placeholder and typed a bare "&".
        save_translation(session, segment, "ru", "Привет, {1}дорогой друг & гость.", status="draft", origin="mt")
        result = get_exporter("txt").export(session, document, "ru")
    assert result.warnings == ["1 segment unconfirmed (draft), exported as drafted: 1"]
    assert result.data.decode() == (
        "<html><body><p>Привет, <b>дорогой друг &amp; гость.</b></p><script>x = 1 < 2</script></body></html>"
    )


def test_cyrillic_translation_of_a_latin1_html_page_uses_character_references(database):
    with database.session() as session:
        document = import_document(session, "<p>Café.</p>".encode("latin-1"), filename="p.htm", lang="en", encoding="latin-1")
        save_translation(session, document.segments[0], "be", "Кавярня.", status="translated", origin="human")
        data = get_exporter("txt").export(session, document, "be").data
    assert data == b"<p>&#1050;&#1072;&#1074;&#1103;&#1088;&#1085;&#1103;.</p>"


def test_progress_counts_every_status_for_target_and_other_languages(database):
    with database.session() as session:
        document = import_document(session, b"One. Two.\n\nThree.", filename="a.txt", lang="en")
        first, second, third = document.segments
        save_translation(session, first, "uk", "Один.", status="reviewed", origin="human")
        save_translation(session, second, "uk", "Два.", status="draft", origin="mt")
        save_translation(session, third, "de", "Drei.", status="translated", origin="human")
        progress = document_progress(session, document)
    assert list(progress) == ["be", "uk", "pl", "ru", "de"]
    assert progress["be"] == {"untranslated": 3, "draft": 0, "translated": 0, "reviewed": 0}
    assert progress["uk"] == {"untranslated": 1, "draft": 1, "translated": 0, "reviewed": 1}
    assert progress["de"]["translated"] == 1


def test_reassemble_lists_fallback_positions(database):
    with database.session() as session:
        document = import_document(session, b"One. Two.\n\nThree.\n", filename="a.txt", lang="en")
        save_translation(session, document.segments[1], "pl", "Dwa.", status="translated", origin="human")
        result = reassemble(document, "pl")
    assert result.text == "One. Dwa.\n\nThree.\n"
    assert result.fallback_positions == [1, 3]


def test_bad_input_is_one_line_error_and_leaves_no_document(run_cli, tmp_path, monkeypatch):
    cases = {
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \n\n\t\n", "no text to translate"),
        "broken.txt": ("Добры дзень. ".encode() + b"\xd0", "not valid utf-8"),
        "notes.docx": (b"text", "--format"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        result = run_cli("import", tmp_path / name, expect_exit=1)
        assert message in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    run_cli("import", SEED_ARTICLE, "--lang", "xx-nonsense", expect_exit=1)
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "1000")
    assert "over the import limit of 1,000 bytes" in run_cli("import", SEED_ARTICLE, expect_exit=1).stderr
    assert json.loads(run_cli("docs", "--json").stdout) == []


def test_failed_import_in_a_transaction_adds_nothing(database):
    with pytest.raises(WorkbenchError):
        with database.session() as session:
            import_document(session, b"fine text", filename="a.txt", lang="en")
            import_document(session, b"\x00\x01", filename="b.txt", lang="en")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Segment)) == 0


def test_docs_and_show_list_progress_and_segments_side_by_side(run_cli, database):
    document_id = import_seed(run_cli)["id"]
    with database.session() as session:
        quote = session.scalar(select(Segment).where(Segment.source_text == QUOTE))
        save_translation(session, quote, "uk", "«Ми бачимо вікно можливостей», — сказав Прокоп'єв.", status="reviewed", origin="human")
    listing = run_cli("docs").stdout
    assert "Ukrainian" in listing and "1/42 done (1 reviewed)" in listing and "Belarusian" in listing
    docs = json.loads(run_cli("docs", "--json").stdout)
    assert docs[0]["progress"]["uk"]["reviewed"] == 1
    shown = run_cli("show", document_id, "--lang", "uk").stdout
    assert "[reviewed] «Ми бачимо" in shown and "| [untranslated]" in shown
    rows = json.loads(run_cli("show", document_id, "--lang", "uk", "--json").stdout)["segments"]
    assert [row["status"] for row in rows].count("reviewed") == 1
    assert run_cli("show", 999, expect_exit=1).stderr.strip() == "Error: no document with id 999; `workbench docs` lists them"


def test_delete_removes_segments_translations_and_history(run_cli, database):
    document_id = import_seed(run_cli)["id"]
    with database.session() as session:
        document = session.get(Document, document_id)
        save_translation(session, document.segments[0], "ru", "Текст.", status="translated", origin="human")
    run_cli("delete", document_id, expect_exit=1, input="n\n")
    run_cli("delete", document_id, "--yes")
    with database.session() as session:
        for model in (Document, Segment, Translation, Revision):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_find_and_delete_through_the_api(database):
    with database.session() as session:
        document = import_document(session, b"Hello.", filename="a.md", lang="EN", title="  Greeting ")
        assert (document.title, document.source_lang, document.format) == ("Greeting", "en", "md")
        assert find_document_by_checksum(session, document.checksum) is document
        delete_document(session, document)
        assert find_document_by_checksum(session, document.checksum) is None


def test_import_path_and_format_mistakes_are_one_line_errors(run_cli, tmp_path):
    assert run_cli("import", tmp_path / "missing.txt", expect_exit=1).stderr == f"Error: {tmp_path / 'missing.txt'} is not a file\n"
    result = run_cli("import", SEED_ARTICLE, "--format", "docx", expect_exit=1)
    assert result.stderr == "Error: unknown import format 'docx'; use one of txt, md, html\n"


def test_format_option_overrides_the_extension(run_cli, tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"<p>Hello <b>there</b>.</p>")
    document_id = run_cli("import", page, "--format", "html").stdout.strip()
    segments = json.loads(run_cli("show", document_id, "--json").stdout)["segments"]
    assert [row["source"] for row in segments] == ["Hello {1}there{/1}."]


def test_markdown_translation_keeps_headings_lists_and_links(database):
    source = b"# Pohonia\n\n- Minsk is [far](https://example.org).\n- Kyiv is near.\n"
    with database.session() as session:
        document = import_document(session, source, filename="notes.md", lang="en")
        translated = ["Пагоня", "Мінск {1}далёка{/1}.", "Кіеў блізка."]
        for segment, text in zip(document.segments, translated):
            save_translation(session, segment, "be", text, status="translated", origin="human")
        data = get_exporter("txt").export(session, document, "be").data
    assert data.decode() == "# Пагоня\n\n- Мінск [далёка](https://example.org).\n- Кіеў блізка.\n"


def test_original_layout_export_into_a_directory_keeps_the_documents_extension(run_cli, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_bytes(b"# Pohonia\n\nMinsk is *far*.\n")
    document_id = run_cli("import", notes, "--title", "Field notes").stdout.strip()
    written = run_cli("export", document_id, "--lang", "en,be", "-o", tmp_path / "out").stdout.split()
    assert [Path(path).name for path in written] == [f"field-notes-{document_id}.en.md", f"field-notes-{document_id}.be.md"]
    assert Path(written[0]).read_bytes() == notes.read_bytes()


def _add_translated_document(database, segments: int) -> int:
    """A document whose every segment has a translation with a revision, inserted in bulk."""
    with database.session() as session:
        document = Document(title=f"{segments} segments", source_lang="en", checksum=str(segments))
        session.add(document)
        session.flush()
        session.execute(insert(Segment), [{"document_id": document.id, "position": n, "paragraph": n,
                                           "source_text": f"Sentence {n}."} for n in range(segments)])
        segment_ids = session.scalars(select(Segment.id).where(Segment.document_id == document.id)).all()
        session.execute(insert(Translation), [{"segment_id": s, "lang": "be", "text": "Сказ.", "status": "translated",
                                               "version": 1} for s in segment_ids])
        translation_ids = session.scalars(select(Translation.id).join(Segment).where(Segment.document_id == document.id)).all()
        session.execute(insert(Revision), [{"translation_id": t, "new_text": "Сказ.", "new_status": "translated",
                                            "origin": "human"} for t in translation_ids])
        return document.id


def test_deleting_a_document_runs_the_same_statements_whatever_its_size(database):
    """The database cascades the delete; the ORM does not load and delete row by row."""
    counts = []
    for size in (3, 300):
        document_id = _add_translated_document(database, size)
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731 (conn, cursor, statement, ...)
        event.listen(database.engine, "before_cursor_execute", listener)
        try:
            with database.session() as session:
                delete_document(session, session.get(Document, document_id))
        finally:
            event.remove(database.engine, "before_cursor_execute", listener)
        counts.append(len(statements))
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Revision)) == 0
            assert session.scalar(select(func.count()).select_from(Segment)) == 0
    assert counts[0] == counts[1] <= 3, counts


HUGE_ID = "1" + "0" * 19


@pytest.mark.parametrize("command", [("show", HUGE_ID), ("delete", HUGE_ID, "--yes"), ("export", HUGE_ID, "--lang", "be"),
                                     ("translate", HUGE_ID, "--to", "be"), ("documents", "assign", HUGE_ID, "uk", "olena")])
def test_a_document_id_past_64_bits_is_refused_by_the_command_line(run_cli, command):
    # It reached the database driver, whose OverflowError ended the command in a traceback.
    refused = run_cli(*command, expect_exit=2)
    assert "is not in the range 1<=x<=9223372036854775807" in refused.stderr
