"""Hostile and broken input, each through the real CLI: a clear one-line error, a non-zero exit,
and a database exactly as it was before (nothing half-imported, nothing lost).

Small text cases live in tests/hostile/; byte-level and big cases are generated here.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import inspect, text

from conftest import SEED_ARTICLE, SEED_TERMBASE

CORPUS = Path(__file__).resolve().parent / "hostile"

PARAGRAPHS = "Батальён «Пагоня» трэніруецца.\n\nThe group trains near Warsaw. “We are ready,” he said.\n"


def fingerprint(database) -> dict[str, list[str]]:
    """Every row of every table, so any change at all shows up."""
    tables = [name for name in inspect(database.engine).get_table_names() if name != "alembic_version"]
    with database.engine.connect() as connection:
        return {
            name: sorted(repr(tuple(row)) for row in connection.execute(text(f'SELECT * FROM "{name}"')))
            for name in sorted(tables)
        }


def assert_refused(result, *words: str) -> None:
    """One line on stderr, starting "Error:", mentioning ``words``; no traceback."""
    assert result.exit_code != 0, f"accepted: {result.stdout}"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), f"{word!r} not in {lines[0]!r}"


@pytest.fixture
def seeded(run_cli, database) -> int:
    """The seed article: existing work that no bad input may disturb. Returns its id."""
    return json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]


@pytest.fixture
def seeded_termbase(run_cli, database) -> None:
    run_cli("glossary", "import", SEED_TERMBASE)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- documents: `workbench import` --------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, extra_args, words",
    [
        pytest.param(
            "invalid-utf8.txt",
            "Перш за ўсё.\n\nДругі абзац.\n".encode() + b"\xd0\x28\xff broken\n",
            ("--encoding", "utf-8"),
            ("utf-8", "line 4"),
            id="invalid-utf8-declared",
        ),
        pytest.param(
            "invalid-utf8.txt",
            ("Перш за ўсё.\n\nДругі абзац.\n" * 50).encode() + b"\xd0\x28\xff broken\n",
            (),
            ("line 151",),
            id="invalid-utf8-detected",
        ),
        pytest.param("empty.txt", b"", (), ("empty",), id="empty"),
        pytest.param("blank.txt", b"\n \n\t\n", (), ("no text",), id="only-whitespace"),
        pytest.param(
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            (),
            ("binary",),
            id="png-renamed-txt",
        ),
        pytest.param("program.txt", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 4000, (), ("binary",), id="elf-renamed-txt"),
        pytest.param("nul.txt", b"Looks like text.\n\nBut has a \x00 NUL.\n", (), ("binary",), id="nul-in-text"),
        pytest.param(
            "surrogate.txt", "Text.\n".encode() + b"\xed\xa0\x80\n", ("--encoding", "utf-8"), ("utf-8",), id="utf8-encoded-surrogate"
        ),
        pytest.param("article.txt", b"Fine text.\n", ("--encoding", "no-such-codec"), ("no-such-codec",), id="unknown-encoding"),
    ],
)
def test_broken_documents_are_refused_and_nothing_is_imported(
    run_cli, database, seeded, tmp_path, name, data, extra_args, words
):
    before = fingerprint(database)
    result = run_cli("import", write(tmp_path, name, data), "--lang", "en", *extra_args, expect_exit=None)
    assert_refused(result, *words)
    assert fingerprint(database) == before


def test_file_over_the_size_limit_is_refused_before_reading(run_cli, database, seeded, tmp_path):
    """A 50 MB file against the default limit: refused with the limit named, nothing imported."""
    big = tmp_path / "huge.txt"
    with big.open("wb") as file:
        paragraph = ("The battalion trains near Warsaw. " * 30 + "\n\n").encode()
        for _ in range(50 * 2**20 // len(paragraph) + 1):
            file.write(paragraph)
    before = fingerprint(database)
    result = run_cli("import", big, "--lang", "en", expect_exit=None)
    assert_refused(result, "WORKBENCH_MAX_IMPORT_BYTES")
    assert fingerprint(database) == before


def test_nonsense_size_limit_is_reported(run_cli, database, seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "lots")
    before = fingerprint(database)
    result = run_cli("import", write(tmp_path, "a.txt", PARAGRAPHS.encode()), "--lang", "en", expect_exit=None)
    assert_refused(result, "WORKBENCH_MAX_IMPORT_BYTES", "lots")
    assert fingerprint(database) == before


def test_size_limit_is_configurable(run_cli, database, seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "1000")
    article = write(tmp_path, "article.txt", PARAGRAPHS.encode() * 20)
    before = fingerprint(database)
    assert_refused(run_cli("import", article, "--lang", "en", expect_exit=None), "limit of 1,000 bytes")
    assert fingerprint(database) == before
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "100000")
    run_cli("import", article, "--lang", "en")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_unicode_with_bom_imports_and_exports_back_byte_for_byte(run_cli, database, tmp_path, encoding):
    data = PARAGRAPHS.encode(encoding)
    assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8))
    imported = json.loads(run_cli("import", write(tmp_path, "bom.txt", data), "--lang", "en", "--json").stdout)
    shown = run_cli("show", imported["id"]).stdout
    assert "Батальён «Пагоня» трэніруецца." in shown
    assert "\ufeff" not in shown
    run_cli("export", imported["id"], "--lang", "en", "-o", tmp_path / "back.txt")
    assert (tmp_path / "back.txt").read_bytes() == data


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_imports_and_exports_back_byte_for_byte(run_cli, database, tmp_path, encoding):
    """Some Windows tools save UTF-16 without a byte order mark: its NULs are half of each ASCII
    character, not a sign of a binary file."""
    data = PARAGRAPHS.encode(encoding)
    imported = json.loads(run_cli("import", write(tmp_path, "nobom.txt", data), "--lang", "en", "--json").stdout)
    assert imported["encoding"] == encoding
    assert "Батальён «Пагоня» трэніруецца." in run_cli("show", imported["id"]).stdout
    run_cli("export", imported["id"], "--lang", "en", "-o", tmp_path / "back.txt")
    assert (tmp_path / "back.txt").read_bytes() == data


def test_markup_in_plain_text_is_stored_as_text(run_cli, database, tmp_path):
    imported = json.loads(run_cli("import", CORPUS / "script.txt", "--lang", "en", "--json").stdout)
    shown = run_cli("show", imported["id"], "--json").stdout
    assert '<script>alert(\\"stored as text\\")</script>' in shown
    run_cli("export", imported["id"], "--lang", "en", "-o", tmp_path / "back.txt")
    assert (tmp_path / "back.txt").read_bytes() == (CORPUS / "script.txt").read_bytes()


def test_html_scripts_are_not_translatable_text_and_survive_the_round_trip(run_cli, database, tmp_path):
    imported = json.loads(run_cli("import", CORPUS / "script.html", "--lang", "en", "--json").stdout)
    shown = run_cli("show", imported["id"]).stdout
    assert "Pahonia" in shown
    assert "document.cookie" not in shown and "steal" not in shown
    run_cli("export", imported["id"], "--lang", "en", "-o", tmp_path / "back.html")
    assert (tmp_path / "back.html").read_bytes() == (CORPUS / "script.html").read_bytes()


@pytest.mark.parametrize(
    "name, data",
    [
        ("unclosed-tags.html", (CORPUS / "unclosed-tags.html").read_bytes()),
        ("deep.html", b"<div>" * 20000 + b"<p>Deep text.</p>" + b"</div>" * 20000 + b"\n"),
        ("one-long-word.txt", b"x" * 300_000 + b"\n"),
        ("control-characters.txt", "Escape \x1b[31mred\x1b[0m, bell \x07, RTL \u202egnirts\u202c, zero\u200bwidth.\n".encode()),
    ],
)
def test_odd_but_valid_documents_import_exactly_or_are_refused_cleanly(run_cli, database, seeded, tmp_path, name, data):
    """Never a traceback: either the document round-trips byte for byte or it is refused whole."""
    before = fingerprint(database)
    result = run_cli("import", write(tmp_path, name, data), "--lang", "en", "--json", expect_exit=None)
    if result.exit_code != 0:
        assert_refused(result)
        assert fingerprint(database) == before
        return
    document_id = json.loads(result.stdout)["id"]
    run_cli("export", document_id, "--lang", "en", "-o", tmp_path / f"back-{name}")
    assert (tmp_path / f"back-{name}").read_bytes() == data


@pytest.mark.parametrize(
    "args",
    [
        ("import", SEED_ARTICLE, "--lang", "xx-klingon"),
        ("import", SEED_ARTICLE, "--lang", "english"),
        ("export", "{doc}", "--lang", "zz", "--format", "txt"),
        ("export", "{doc}", "--lang", "be,qqq", "--format", "txt"),
        ("translate", "{doc}", "--to", "be,zz"),
        ("glossary", "list", "--lang", "xx-klingon"),
        ("glossary", "add", "pahonia", "xx-klingon", "Pahonia"),
        ("tm", "export", "{tmp}/tm.tmx", "--lang", "zz"),
    ],
    ids=["import-klingon", "import-english", "export-zz", "export-list-with-qqq", "translate-zz",
         "glossary-list-klingon", "glossary-add-klingon", "tm-export-zz"],
)
def test_unknown_language_codes_are_refused(run_cli, database, seeded, tmp_path, args):
    before = fingerprint(database)
    result = run_cli(*(str(arg).format(doc=seeded, tmp=tmp_path) for arg in args), expect_exit=None)
    assert_refused(result, "unknown language code")
    assert fingerprint(database) == before


@pytest.mark.parametrize(
    "args",
    [
        ("import", SEED_ARTICLE, "--lang", "en", "--title", "T" * 600),
        ("user", "add", "u" * 150, "--password-stdin"),
        ("glossary", "add", "c" * 300, "en", "Term"),
        ("glossary", "add", "pahonia", "en", "t" * 5000),
    ],
    ids=["document-title-600", "user-name-150", "concept-key-300", "term-5000"],
)
def test_overlong_values_are_refused_cleanly(run_cli, database, seeded, args):
    """Column limits (VARCHAR on PostgreSQL) surface as a clear error, not a driver traceback."""
    before = fingerprint(database)
    result = run_cli(*args, input="long enough password\n", expect_exit=None)
    assert_refused(result, "at most")
    assert fingerprint(database) == before


@pytest.mark.parametrize("title", ["../../../../tmp/evil", "..\\..\\evil", "/etc/passwd", "....//....//x", ".."])
def test_export_file_names_never_leave_the_output_directory(run_cli, database, tmp_path, title):
    article = write(tmp_path, "article.txt", PARAGRAPHS.encode())
    run_cli("import", article, "--lang", "en", "--title", title)
    out = tmp_path / "deep" / "out"
    existing = set(tmp_path.rglob("*"))
    written = run_cli("export", "--all", "--lang", "en,be", "-o", out).stdout.split()
    assert len(written) == 2
    for path in written:
        assert Path(path).resolve().parent == out.resolve()
        assert not Path(path).name.startswith(".")
    new_files = {path for path in set(tmp_path.rglob("*")) - existing if path.is_file()}
    assert {path.parent for path in new_files} == {out}


@pytest.mark.parametrize("kind", ["termbase-csv", "po", "xliff"])
def test_every_import_honours_the_size_limit(run_cli, database, seeded, tmp_path, monkeypatch, kind):
    """A 50 MB termbase took over a minute and 1.5 GB before this limit: each importer checks it first.
    (TMX is streamed, so `tm import` takes public memories of any size: tests/test_tmx.py.)"""
    if kind == "termbase-csv":
        args = ("glossary", "import", SEED_TERMBASE)
    else:
        exported = tmp_path / f"seed.{kind}"
        run_cli("export", seeded, "--lang", "be", "--format", kind, "-o", exported)
        args = ("import-po", seeded, exported, "--lang", "be") if kind == "po" else ("import-xliff", seeded, exported)
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "1000")
    before = fingerprint(database)
    assert_refused(run_cli(*args, expect_exit=None), "limit of 1,000 bytes")
    assert fingerprint(database) == before


# --- PO: `workbench import-po DOC PATH --lang L` -------------------------------------------------


@pytest.fixture
def exported_po(run_cli, seeded, tmp_path) -> str:
    """A valid PO file of the seed article in Belarusian, as the workbench writes it."""
    run_cli("export", seeded, "--lang", "be", "--format", "po", "-o", tmp_path / "valid.po")
    return (tmp_path / "valid.po").read_text(encoding="utf-8")


def entry_starts(po: str) -> list[int]:
    return [match.start() for match in re.finditer(r"^msgctxt ", po, flags=re.M)]


def break_syntax(po: str) -> str:
    start = entry_starts(po)[2]
    return po[:start] + 'msgctxt "unterminated\nmsgid garbage without quotes\n' + po[start:]


def duplicate_msgctxt(po: str) -> str:
    first, second, third = entry_starts(po)[:3]
    context_line = po[first : po.index("\n", first) + 1]
    entry = po[second:third]
    return po[:second] + context_line + entry[entry.index("\n") + 1 :] + po[third:]


def wrong_plural_count(po: str) -> str:
    # Belarusian has three plural forms; this entry gives two.
    return po + (
        '\nmsgctxt "hostile-plural"\nmsgid "one soldier"\nmsgid_plural "%d soldiers"\n'
        'msgstr[0] "адзін салдат"\nmsgstr[1] "%d салдаты"\n'
    )


def with_translations(po: str) -> str:
    """The valid export with every msgstr filled, so a half-applied import would show."""
    return re.sub(r'^msgstr ""$(?!\n")', 'msgstr "ПЕРАКЛАД"', po, flags=re.M)


@pytest.mark.parametrize(
    "mutate, encode, words",
    [
        pytest.param(break_syntax, "utf-8", ("line",), id="syntax-error"),
        pytest.param(duplicate_msgctxt, "utf-8", ("duplicate", "line"), id="duplicate-msgctxt"),
        pytest.param(wrong_plural_count, "utf-8", ("plural", "line"), id="wrong-plural-count"),
        pytest.param(lambda po: po, "cp1251", ("utf-8",), id="declared-utf8-but-cp1251"),
    ],
)
def test_broken_po_is_refused_and_nothing_is_half_applied(
    run_cli, database, seeded, exported_po, tmp_path, mutate, encode, words
):
    broken = tmp_path / "broken.po"
    broken.write_bytes(mutate(with_translations(exported_po)).encode(encode))
    before = fingerprint(database)
    result = run_cli("import-po", seeded, broken, "--lang", "be", expect_exit=None)
    assert_refused(result, *words)
    assert fingerprint(database) == before


def test_po_import_with_unknown_language_is_refused(run_cli, database, seeded, exported_po, tmp_path):
    valid = write(tmp_path, "filled.po", with_translations(exported_po).encode())
    before = fingerprint(database)
    assert_refused(run_cli("import-po", seeded, valid, "--lang", "xx-klingon", expect_exit=None), "unknown language code")
    assert fingerprint(database) == before


# --- termbase: `workbench glossary import FILE`, and other XML imports ---------------------------


@pytest.mark.parametrize(
    "name, words",
    [
        ("xxe.tbx", ()),
        ("billion-laughs.tbx", ()),
        ("external-dtd.tbx", ()),
        ("wrong-columns.csv", ("column",)),
        ("short-row.csv", ("line 4",)),
        ("unknown-language.csv", ("line 3", "xx-klingon")),
        ("truncated.tbx", ("line",)),
    ],
)
def test_hostile_termbase_files_are_refused_and_nothing_is_imported(run_cli, database, seeded_termbase, name, words):
    before = fingerprint(database)
    result = run_cli("glossary", "import", CORPUS / name, expect_exit=None)
    assert_refused(result, *words)
    assert fingerprint(database) == before


@pytest.mark.parametrize(
    "args",
    [("tm", "import", CORPUS / "xxe.tmx"), ("import-xliff", "{doc}", CORPUS / "xxe.xliff")],
    ids=["tmx", "xliff"],
)
def test_xml_entities_are_never_expanded_in_tm_and_xliff_imports(run_cli, database, seeded, args):
    before = fingerprint(database)
    result = run_cli(*(str(arg).format(doc=seeded) for arg in args), expect_exit=None)
    assert_refused(result)
    assert fingerprint(database) == before


@pytest.mark.parametrize(
    "name, data",
    [
        ("empty.csv", b""),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("latin1.csv", "concept,lang,term,status,note\ncafe,fr,café,preferred,\n".encode("latin-1")),
    ],
)
def test_unreadable_termbase_files_are_refused(run_cli, database, seeded_termbase, tmp_path, name, data):
    before = fingerprint(database)
    assert_refused(run_cli("glossary", "import", write(tmp_path, name, data), expect_exit=None))
    assert fingerprint(database) == before


def test_termbase_csv_with_a_byte_order_mark_imports_like_without(run_cli, database, tmp_path):
    """Spreadsheets save CSV with a UTF-8 BOM; the header must still be recognised."""
    with_bom = write(tmp_path, "excel.csv", codecs.BOM_UTF8 + SEED_TERMBASE.read_bytes())
    run_cli("glossary", "import", with_bom)
    from_bom = run_cli("glossary", "list", "--json").stdout
    assert "Ціханоўская" in from_bom
    run_cli("glossary", "import", SEED_TERMBASE)
    assert run_cli("glossary", "list", "--json").stdout == from_bom


# --- characters XML cannot hold: exports never crash, XLIFF 2.0 carries them ----------------------


@pytest.fixture
def bell_document(run_cli, database, tmp_path) -> int:
    """A document whose text, and whose Belarusian translation, hold a BEL and an ESC (pasted from a
    terminal): legal in text and PO, impossible in XML 1.0."""
    article = write(tmp_path, "bell.txt", "The alarm\x07 rang near\x1b Brest.\n".encode())
    document_id = json.loads(run_cli("import", article, "--lang", "en", "--json").stdout)["id"]
    run_cli("export", document_id, "--lang", "be", "--format", "po", "-o", tmp_path / "bell.po")
    po = (tmp_path / "bell.po").read_text(encoding="utf-8")
    write(tmp_path, "bell.po", re.sub(r'^msgstr ""$(?!\n")', 'msgstr "Трывога\x07 прагучала."', po, flags=re.M).encode())
    run_cli("import-translations", document_id, tmp_path / "bell.po", "--lang", "be")
    return document_id


def test_xliff20_carries_control_characters_as_cp_codes_and_reads_them_back(run_cli, database, bell_document, tmp_path):
    out = tmp_path / "bell.xlf"
    run_cli("export", bell_document, "--lang", "be", "--format", "xliff", "-o", out)
    assert b'<cp hex="0007"/>' in out.read_bytes() and b'<cp hex="001B"/>' in out.read_bytes()
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "xliff_core_2.0_subset.xsd")))
    assert schema.validate(etree.parse(str(out))), schema.error_log
    before = fingerprint(database)
    assert "0 segment(s) changed, 1 unchanged, 0 problem" in run_cli("import-translations", bell_document, out).stdout
    assert fingerprint(database) == before


@pytest.mark.parametrize("fmt", ["xliff12", "tmx"])
def test_formats_without_control_characters_refuse_them_by_segment(run_cli, database, bell_document, tmp_path, fmt):
    result = run_cli("export", bell_document, "--lang", "be", "--format", fmt, "-o", tmp_path / f"bell.{fmt}",
                     expect_exit=None)
    assert_refused(result, "U+0007", "XLIFF 2.0")
    assert not (tmp_path / f"bell.{fmt}").exists()


def test_the_memory_export_refuses_a_control_character_by_unit(run_cli, database, bell_document, tmp_path):
    assert_refused(run_cli("tm", "export", tmp_path / "tm.tmx", "--lang", "be", expect_exit=None), "memory unit", "U+0007")
    assert not (tmp_path / "tm.tmx").exists()


def test_terminal_escapes_in_a_strangers_document_are_shown_not_sent_to_the_terminal(run_cli, database, tmp_path):
    """An ESC sequence (here: set the window title, then red) or a bidi override in a title or a
    segment would act on the terminal of whoever lists the documents."""
    hostile = "Minsk \x1b]0;owned\x07news \x1b[31mred\u202e\x9b2J.\n\nSecond \x1b[8mhidden paragraph.\n"
    document_id = json.loads(run_cli("import", write(tmp_path, "escapes.txt", hostile.encode()), "--lang", "en",
                                     "--json").stdout)["id"]
    outputs = [run_cli("docs").stdout, run_cli("show", document_id).stdout, run_cli("show", document_id, "--lang", "be").stdout]
    for output in outputs:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", output), repr(output)
    assert "\\x1b[31mred\\u202e\\x9b2J." in outputs[0] + outputs[1]
    assert "\\x1b[8mhidden" in outputs[1]
    assert json.loads(run_cli("show", document_id, "--json").stdout)["segments"][0]["source"].startswith("Minsk \x1b]0;")


def test_a_guessed_legacy_charset_is_said_so_the_user_can_check_it(run_cli, database, tmp_path):
    """cp1250 and Latin-2 differ in a few letters: a short Latin-2 text reads as cp1250 with one
    letter wrong, so the user is told the guess and how to correct it."""
    article = write(tmp_path, "legacy.txt", "Żołnierze ćwiczą.\n".encode("iso8859-2"))
    result = run_cli("import", article, "--lang", "en", "--json")
    assert "read as " + json.loads(result.stdout)["encoding"] in result.stderr and "--encoding" in result.stderr
    given = run_cli("import", article, "--lang", "en", "--encoding", "iso8859-2", "--json")
    assert given.stderr == "" and json.loads(given.stdout)["title"] == "Żołnierze ćwiczą."


# --- terminal escapes from the termbase and from file names ---------------------------------------

TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


@pytest.fixture
def termbase_stored_before_the_refusal(database) -> None:
    """Rows with an ESC sequence and a bidi override, as a termbase imported before control
    characters were refused holds them."""
    from glossary.models import Concept, Term

    with database.session() as session:
        concept = Concept(key="minsk\x1b]0;owned\x07", kind="place", note="capital \x1b[8mhidden")
        concept.terms = [Term(lang="be", text="Мінск\x1b[31m\u202e", status="preferred", note="\x1b[2J")]
        session.add(concept)


def test_glossary_list_and_show_print_control_characters_as_escapes(run_cli, termbase_stored_before_the_refusal):
    listed = run_cli("glossary", "list").stdout
    shown = run_cli("glossary", "show", "minsk\x1b]0;owned\x07").stdout
    for output in (listed, shown):
        assert not TERMINAL_CONTROL.search(output), repr(output)
        assert "Мінск\\x1b[31m\\u202e" in output and "minsk\\x1b]0;owned\\x07" in output
    assert "capital \\x1b[8mhidden" in shown
    assert json.loads(run_cli("glossary", "list", "--json").stdout)[0]["term"] == "Мінск\x1b[31m\u202e"


def test_tbx_export_of_a_term_stored_before_the_refusal_is_a_clear_error(run_cli, database,
                                                                         termbase_stored_before_the_refusal, tmp_path):
    result = run_cli("glossary", "export", tmp_path / "terms.tbx", expect_exit=1)
    assert_refused(result, "minsk", "U+001B", "TBX", ".csv")
    assert not TERMINAL_CONTROL.search(result.stderr), repr(result.stderr)
    assert list(tmp_path.glob("terms*")) == []
    run_cli("glossary", "export", tmp_path / "terms.csv")  # CSV carries them; nothing is lost
    assert "Мінск\x1b[31m" in (tmp_path / "terms.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("command, made", [(("glossary", "import"), True), (("import", "--lang", "en"), False)],
                         ids=["glossary-import-of-a-broken-file", "import-of-a-missing-file"])
def test_an_error_naming_a_hostile_file_name_prints_its_control_characters_as_escapes(run_cli, database, tmp_path,
                                                                                      command, made):
    name = "news\x1b]0;owned\x07\x1b[2J\u202e.csv"
    path = write(tmp_path, name, b"\x00\x01\x02 binary, not a termbase\n") if made else tmp_path / name
    result = run_cli(*command, path, expect_exit=1)
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    assert not TERMINAL_CONTROL.search(result.stderr), repr(result.stderr)
    assert "news\\x1b]0;owned\\x07\\x1b[2J\\u202e.csv" in result.stderr


def test_the_web_tbx_export_of_a_term_stored_before_the_refusal_names_it(web_client,
                                                                         termbase_stored_before_the_refusal):
    refused = web_client.get("/termbase/export.tbx", follow_redirects=True)
    page = refused.get_data(as_text=True)
    assert refused.status_code < 500 and "Traceback" not in page
    assert "U+001B" in page and "TBX (XML) cannot carry" in page
    exported = web_client.get("/termbase/export.csv")  # CSV carries them; nothing is lost
    assert exported.status_code == 200 and "Мінск\x1b[31m" in exported.get_data(as_text=True)
