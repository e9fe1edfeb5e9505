"""PO export (polib + babel) and import back, checked with GNU msgfmt."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import polib
import pytest
from exchange_support import SOURCES, fixed_termbase, make_document  # noqa: F401 (fixture)
from sqlalchemy import func, select

from workbench.models import Revision, Segment, Translation
from workbench.translations import get_translation

pytestmark = pytest.mark.usefixtures("fixed_termbase")


def export(run_cli, document_id, path, lang="be"):
    run_cli("export", document_id, "--lang", lang, "--format", "po", "-o", path)
    return polib.pofile(str(path))


def msgfmt_check(path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["msgfmt", "--check", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )


def translation(database, document_id, position, lang="be") -> Translation | None:
    with database.session() as session:
        segment = session.scalar(select(Segment).where(Segment.document_id == document_id, Segment.position == position))
        return get_translation(session, segment, lang)


def revision_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Revision))


@pytest.mark.parametrize("lang", ["be", "uk", "pl", "ru"])
def test_export_passes_msgfmt_check_with_babel_plural_forms(database, run_cli, tmp_path, lang):
    document_id = make_document(database, lang=lang)
    path = tmp_path / f"doc.{lang}.po"
    catalog = export(run_cli, document_id, path, lang)

    check = msgfmt_check(path)
    assert check.returncode == 0 and check.stderr == "", check.stderr
    assert catalog.metadata["Language"] == lang
    assert catalog.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert catalog.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalog.metadata["X-Generator"].startswith("Workbench")
    assert catalog.metadata["Last-Translator"] == "olga"
    for field in ("Project-Id-Version", "PO-Revision-Date", "Language-Team"):
        assert catalog.metadata[field]


def test_export_entries_carry_context_flags_and_notes(database, run_cli, tmp_path):
    document_id = make_document(database)
    catalog = export(run_cli, document_id, tmp_path / "doc.po")

    assert catalog.metadata["Language-Team"] == "Belarusian"
    assert [entry.msgid for entry in catalog] == SOURCES
    assert len({entry.msgctxt for entry in catalog}) == len(SOURCES)
    assert all(entry.msgctxt.startswith(f"doc{document_id}-seg") for entry in catalog)
    name, paragraph = catalog[3].occurrences[0]
    assert name == "pohonia_test.txt" and paragraph == "1"
    translated, draft, reviewed, untranslated = catalog
    assert "termbase: Tsikhanouskaya → Ціханоўская" in translated.comment
    assert translated.msgstr.startswith("Ціханоўская") and not translated.fuzzy
    assert draft.fuzzy and "no-c-format" in draft.flags
    assert not reviewed.fuzzy
    assert untranslated.msgstr == "" and not untranslated.fuzzy


def test_qa_warnings_and_changed_source_show_in_the_export(database, run_cli, tmp_path):
    document_id = make_document(
        database, translations={0: ("Тихановская выступила в Вильнюсе в понедельник", "translated", "human"),
                                3: ("Батальён створаны ў 2022 годзе.", "translated", "human")}
    )
    with database.session() as session:
        segment = session.scalar(select(Segment).where(Segment.document_id == document_id, Segment.position == 3))
        segment.source_text = "The battalion was formed in the spring of 2022."
    catalog = export(run_cli, document_id, tmp_path / "doc.po")

    first, changed = catalog[0], catalog[3]
    assert "QA error (glossary): forbidden term «Тихановская»" in first.comment
    assert "QA warning (punctuation)" in first.comment
    assert changed.previous_msgid == "The battalion was formed in 2022."
    assert changed.fuzzy
    assert msgfmt_check(tmp_path / "doc.po").returncode == 0


def test_lost_inline_markup_is_a_qa_error_in_the_notes(database, run_cli, tmp_path):
    sources = ["Read {1}the statement{2} in full."]
    document_id = make_document(
        database,
        sources=sources,
        translations={0: ("Прачытайце заяву цалкам.", "translated", "human")},
        markup={0: {"{1}": '<a href="/statement">', "{2}": "</a>"}},
    )
    catalog = export(run_cli, document_id, tmp_path / "doc.po")

    assert "QA error (placeholders): placeholder {1} is missing from the translation" in catalog[0].comment


def test_percent_signs_do_not_break_format_checks(database, run_cli, tmp_path):
    sources = ["Turnout was 45% (%d of %s voters), up 10 %."]
    document_id = make_document(database, sources=sources, translations={0: ("Яўка: 45 %.", "translated", "human")})
    path = tmp_path / "doc.po"
    export(run_cli, document_id, path)
    check = msgfmt_check(path)
    assert check.returncode == 0 and check.stderr == ""


def test_import_applies_edits_with_one_revision_each(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    translated, draft, reviewed, untranslated = catalog
    translated.msgstr = "Святлана Ціханоўская выступіла ў Вільні ў панядзелак."
    draft.flags.remove("fuzzy")  # the translator confirmed the machine draft as it is
    untranslated.msgstr = "Батальён быў створаны ў 2022 годзе."
    untranslated.flags.append("fuzzy")
    catalog.save(str(path))
    before = revision_count(database)

    result = run_cli("import-po", document_id, path, "--lang", "be", "--author", "ivan")

    assert "3 segment(s) changed, 1 unchanged" in result.stdout
    assert revision_count(database) == before + 3
    assert translation(database, document_id, 0).text.startswith("Святлана")
    assert translation(database, document_id, 1).status == "translated"
    assert translation(database, document_id, 2).status == "reviewed"
    new = translation(database, document_id, 3)
    assert (new.status, new.origin, new.updated_by) == ("draft", "po import", "ivan")
    with database.session() as session:
        origins = session.scalars(select(Revision.origin).order_by(Revision.id.desc()).limit(3)).all()
    assert origins == ["po import"] * 3


def test_import_reports_entries_that_match_no_segment(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    catalog.append(polib.POEntry(msgctxt=f"doc{document_id}-seg999999", msgid="Gone.", msgstr="Няма."))
    catalog.append(polib.POEntry(msgctxt="old", msgid="Old.", msgstr="Старое.", obsolete=True))
    catalog[3].msgstr = "Батальён быў створаны ў 2022 годзе."
    catalog.save(str(path))

    result = run_cli("import-po", document_id, path, "--lang", "be")

    assert "seg999999' matches no segment" in result.stderr
    assert "obsolete entry 'old' (#~) not imported" in result.stderr
    assert translation(database, document_id, 3).text == "Батальён быў створаны ў 2022 годзе."


def test_import_of_a_changed_source_is_kept_as_draft_and_reported(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    catalog[3].msgstr = "Батальён быў створаны ў 2022 годзе."
    catalog.save(str(path))
    with database.session() as session:
        segment = session.scalar(select(Segment).where(Segment.document_id == document_id, Segment.position == 3))
        segment.source_text = "The battalion was formed in spring 2022."

    result = run_cli("import-po", document_id, path, "--lang", "be")

    assert "changed since the export" in result.stderr
    assert translation(database, document_id, 3).status == "draft"


BROKEN = {
    "syntax": ('msgctxt "doc{d}-seg{s}"\nmsgid "The battalion was formed in 2022."\nmsgstr "Тэкст\n', "line 12: syntax error"),
    "duplicate": (
        'msgctxt "doc{d}-seg{s}"\nmsgid "x"\nmsgstr "a"\n\nmsgctxt "doc{d}-seg{s}"\nmsgid "x"\nmsgstr "b"\n',
        "line 14: duplicate msgctxt",
    ),
    "plurals": (
        'msgctxt "doc{d}-seg{s}"\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\n',
        "line 10: 2 plural forms",
    ),
}
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=3; plural=0;\\n"\n\n'


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_malformed_files_are_refused_with_a_line_number_and_change_nothing(database, run_cli, tmp_path, kind):
    document_id = make_document(database)
    with database.session() as session:
        segment_ids = session.scalars(select(Segment.id).where(Segment.document_id == document_id).order_by(Segment.position)).all()
    body, expected = BROKEN[kind]
    good = f'msgctxt "doc{document_id}-seg{segment_ids[0]}"\nmsgid "{SOURCES[0]}"\nmsgstr "Змянілася."\n\n'
    path = tmp_path / "broken.po"
    path.write_text(HEADER + good + body.format(d=document_id, s=segment_ids[3]), encoding="utf-8")
    before = revision_count(database)

    result = run_cli("import-po", document_id, path, "--lang", "be", expect_exit=1)

    assert expected in result.stderr
    assert revision_count(database) == before
    assert translation(database, document_id, 0).text.startswith("Ціханоўская")


def test_a_file_in_the_wrong_encoding_is_refused_with_its_line(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "latin.po"
    path.write_bytes(HEADER.encode() + 'msgctxt "x"\nmsgid "a"\nmsgstr "caf\xe9"\n'.encode("latin-1"))

    result = run_cli("import-po", document_id, path, "--lang", "be", expect_exit=1)

    assert "line 8" in result.stderr and "UTF-8" in result.stderr


def test_batch_export_writes_one_file_per_document_and_language(database, run_cli, tmp_path):
    first, second = make_document(database), make_document(database)
    out = tmp_path / "out"

    result = run_cli("export", "--all", "--lang", "be,uk,pl,ru", "--format", "po", "-o", out)

    files = sorted(path.name for path in out.iterdir())
    assert len(files) == 8 and len(result.stdout.split()) == 8
    assert all(name.endswith(".po") for name in files)
    assert any(f"-{first}.be.po" in name for name in files) and any(f"-{second}.ru.po" in name for name in files)
    assert all(msgfmt_check(path).returncode == 0 for path in out.iterdir())


def test_a_file_of_another_language_is_refused(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.po"
    export(run_cli, document_id, path, lang="be")

    result = run_cli("import-po", document_id, path, "--lang", "uk", expect_exit=1)

    assert "not uk" in result.stderr


def test_a_file_rewritten_by_gettext_tools_imports_without_changes(database, run_cli, tmp_path):
    document_id = make_document(database)
    exported, rewrapped = tmp_path / "doc.po", tmp_path / "msgcat.po"
    export(run_cli, document_id, exported)
    subprocess.run(["msgcat", "--width=40", "-o", str(rewrapped), str(exported)], check=True)
    before = revision_count(database)

    result = run_cli("import-po", document_id, rewrapped, "--lang", "be")

    assert "0 segment(s) changed, 4 unchanged, 0 problem(s)" in result.stdout
    assert revision_count(database) == before


# Characters str.splitlines() breaks at but gettext does not: a PO file holds them raw (or, for
# \v and \f, escaped) inside one string line.
LINE_BREAKING_CHARACTERS = "\u2028\u2029\x85\x1c\x1d\x1e\v\f"


def test_sources_and_translations_with_unicode_line_separators_come_back_exactly(database, run_cli, tmp_path):
    source = f"Sirens{LINE_BREAKING_CHARACTERS}sounded in Hrodna."
    article = tmp_path / "separators.txt"
    article.write_text(source + "\n", encoding="utf-8")
    document_id = json.loads(run_cli("import", article, "--lang", "en", "--json").stdout)["id"]
    path = tmp_path / "separators.po"
    catalog = export(run_cli, document_id, path)
    assert msgfmt_check(path).returncode == 0, msgfmt_check(path).stderr
    typed = f"Сірэны{LINE_BREAKING_CHARACTERS}гучалі ў Гродне."
    catalog[0].msgstr = typed
    catalog.save(str(path))

    result = run_cli("import-po", document_id, path, "--lang", "be")

    assert "1 segment(s) changed, 0 unchanged, 0 problem(s)" in result.stdout
    with database.session() as session:
        assert session.scalars(select(Translation.text)).all() == [typed]


def import_article(run_cli, tmp_path, text: str) -> int:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    return json.loads(run_cli("import", article, "--lang", "en", "--json").stdout)["id"]


def stored_translations(database) -> list[str]:
    with database.session() as session:
        return session.scalars(select(Translation.text)).all()


def with_msgstr(run_cli, tmp_path, typed: str, before: str = "") -> tuple[int, Path, int]:
    """A one-segment document exported to PO, its msgstr written as ``typed`` (escapes as typed)
    and ``before`` put in front; -> the document id, the file and the msgstr's line."""
    document_id = import_article(run_cli, tmp_path, "Light returned.")
    path = tmp_path / "doc.po"
    export(run_cli, document_id, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(before + text[: text.rindex('msgstr ""')] + f'msgstr "{typed}"\n', encoding="utf-8")
    return document_id, path, text.count("\n")


def test_a_bell_rewritten_by_msgcat_as_backslash_a_comes_back_as_a_bell(database, run_cli, tmp_path):
    document_id = import_article(run_cli, tmp_path, "The siren\x07 wailed in Pinsk.")
    exported, rewritten = tmp_path / "doc.po", tmp_path / "msgcat.po"
    catalog = export(run_cli, document_id, exported)
    catalog[0].msgstr = "Сірэна\x07 завыла ў Пінску."
    catalog.save(str(exported))
    subprocess.run(["msgcat", "-o", str(rewritten), str(exported)], check=True, capture_output=True)
    assert '"Сірэна\\a завыла' in rewritten.read_text(encoding="utf-8")

    result = run_cli("import-po", document_id, rewritten, "--lang", "be")

    assert "1 segment(s) changed, 0 unchanged, 0 problem(s)" in result.stdout
    assert stored_translations(database) == ["Сірэна\x07 завыла ў Пінску."]


@pytest.mark.parametrize(
    "typed, stored",
    [
        (r"\320\241\320\262\321\217\321\202\320\273\320\276", "Святло"),  # UTF-8 bytes in octal
        (r"\xd0\xa1\xd0\xb2\xd1\x8f\xd1\x82\xd0\xbb\xd0\xbe", "Святло"),  # and in hex
        (r"back\\a slash \\101", "back\\a slash \\101"),  # escaped backslashes stay backslashes
        (r"tab\011 quote\042", 'tab\t quote"'),
    ],
    ids=["octal", "hex", "escaped-backslash", "escapes-polib-knows"],
)
def test_octal_and_hex_escapes_are_read_as_gettext_reads_them(database, run_cli, tmp_path, typed, stored):
    document_id, path, _ = with_msgstr(run_cli, tmp_path, typed)
    assert msgfmt_check(path).returncode == 0, msgfmt_check(path).stderr

    run_cli("import-po", document_id, path, "--lang", "be")

    assert stored_translations(database) == [stored]


@pytest.mark.parametrize("typed, message", [("Святло\\0", "an escaped NUL"), ("Святло\0", "a NUL character")],
                         ids=["escaped", "raw"])
def test_a_nul_is_refused_with_its_line(database, run_cli, tmp_path, typed, message):
    document_id, path, line = with_msgstr(run_cli, tmp_path, typed)

    result = run_cli("import-po", document_id, path, "--lang", "be", expect_exit=1)

    assert f"line {line}: {message}" in result.stderr
    assert stored_translations(database) == []


@pytest.mark.parametrize("typed", ["Святло вярнулася.\n", "\nСвятло вярнулася."], ids=["trailing", "leading"])
def test_a_translation_with_a_stray_line_break_still_exports_a_file_msgfmt_accepts(database, run_cli, tmp_path, typed):
    document_id = import_article(run_cli, tmp_path, "Light returned.")
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    catalog[0].msgstr = typed
    catalog.save(str(path))
    run_cli("import-po", document_id, path, "--lang", "be")

    again = export(run_cli, document_id, tmp_path / "again.po")

    assert msgfmt_check(tmp_path / "again.po").returncode == 0, msgfmt_check(tmp_path / "again.po").stderr
    assert again[0].msgstr == typed and "fuzzy" in again[0].flags
    assert "line break" in again[0].comment


@pytest.mark.parametrize(
    "title",
    ["Why charset=koi8-r still haunts us", "Two lines\nContent-Type: text/plain; charset=koi8-r"],
    ids=["charset-in-title", "header-line-in-title"],
)
def test_a_title_naming_a_charset_does_not_change_how_the_file_is_read(database, run_cli, tmp_path, title):
    article = tmp_path / "article.txt"
    article.write_text("Light returned.\n", encoding="utf-8")
    document_id = json.loads(run_cli("import", article, "--lang", "en", "--title", title, "--json").stdout)["id"]
    path = tmp_path / "doc.po"
    # polib, like gettext, takes the first "charset=" in the header as the file's charset.
    assert export(run_cli, document_id, path).encoding.lower() == "utf-8"
    assert msgfmt_check(path).returncode == 0, msgfmt_check(path).stderr
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex('msgstr ""')] + 'msgstr "Святло вярнулася."\n', encoding="utf-8")

    run_cli("import-po", document_id, path, "--lang", "be")

    assert stored_translations(database) == ["Святло вярнулася."]


def test_a_file_saved_in_the_charset_its_header_names_imports(database, run_cli, tmp_path):
    document_id = import_article(run_cli, tmp_path, "Light returned.")
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    catalog[0].msgstr = "Святло вярнулася."
    path.write_bytes(str(catalog).replace("charset=UTF-8", "charset=CP1251").encode("cp1251"))

    run_cli("import-po", document_id, path, "--lang", "be")

    assert stored_translations(database) == ["Святло вярнулася."]


def test_only_the_header_content_type_names_the_charset(database, run_cli, tmp_path):
    """A comment (or any text) saying "charset=" is not the header's Content-Type line."""
    document_id, path, _ = with_msgstr(run_cli, tmp_path, "Святло вярнулася.",
                                       before="# Converted from charset=koi8-r by hand.\n")

    run_cli("import-po", document_id, path, "--lang", "be")

    assert stored_translations(database) == ["Святло вярнулася."]


@pytest.mark.parametrize("respelled", ["doc{d}-seg0{s}", " doc{d}-seg{s}"], ids=["leading-zero", "space"])
def test_two_entries_for_one_segment_are_refused_however_the_key_is_spelled(database, run_cli, tmp_path, respelled):
    document_id = import_article(run_cli, tmp_path, "Light returned.")
    path = tmp_path / "doc.po"
    catalog = export(run_cli, document_id, path)
    entry = catalog[0]
    entry.msgstr = "Святло вярнулася."
    document, segment = entry.msgctxt.removeprefix("doc").split("-seg")
    catalog.append(polib.POEntry(msgctxt=respelled.format(d=document, s=segment), msgid=entry.msgid, msgstr="Іншае."))
    catalog.save(str(path))

    result = run_cli("import-po", document_id, path, "--lang", "be", expect_exit=1)

    assert "duplicate msgctxt" in result.stderr
    assert stored_translations(database) == []


def stored_languages(database) -> list[str]:
    with database.session() as session:
        return session.scalars(select(Translation.lang)).all()


@pytest.mark.parametrize("header", ["be_BY", "be-BY", "be_BY.UTF-8", "BE"])
def test_a_region_or_charset_in_the_language_header_stores_the_translations_under_the_language(
    database, run_cli, tmp_path, header
):
    """Poedit writes "be_BY": the translations belong in the editor's Belarusian column, not in a
    separate "be-by" one nobody sees."""
    document_id, path, _ = with_msgstr(run_cli, tmp_path, "Святло вярнулася.")
    path.write_text(path.read_text(encoding="utf-8").replace('"Language: be\\n"', f'"Language: {header}\\n"'),
                    encoding="utf-8")

    result = run_cli("import-po", document_id, path)

    assert result.stdout.startswith("be: 1 segment(s) changed")
    assert stored_languages(database) == ["be"]


@pytest.mark.parametrize("header, named", [("be@tarask", "be@tarask"), ("be_Latn", "be-latn")])
def test_a_language_variant_is_imported_only_into_the_language_given(database, run_cli, tmp_path, header, named):
    """Taraškievica (be@tarask) and Łacinka (be-Latn) are other spellings, not the editor's be."""
    document_id, path, _ = with_msgstr(run_cli, tmp_path, "Сьвятло вярнулася.")
    path.write_text(path.read_text(encoding="utf-8").replace('"Language: be\\n"', f'"Language: {header}\\n"'),
                    encoding="utf-8")

    refused = run_cli("import-po", document_id, path, expect_exit=1)
    assert named in refused.stderr and "--lang be" in refused.stderr
    assert stored_languages(database) == []

    run_cli("import-po", document_id, path, "--lang", "be")
    assert stored_languages(database) == ["be"]
