"""Termbase files: CSV and TBX import/export round-trip, re-import updates, bad input is refused whole."""

import unicodedata

import pytest
from sqlalchemy import func, select

from conftest import SEED_TERMBASE
from glossary import enforcement
from glossary.errors import GlossaryError
from glossary.io import add_term, export_file, import_file
from glossary.models import Concept, Term
from glossary.termbase import Termbase


def counts(database):
    with database.session() as session:
        return session.scalar(select(func.count(Concept.id))), session.scalar(select(func.count(Term.id)))


def assert_refused(database, path, pattern: str) -> None:
    """Importing ``path`` fails with a message matching ``pattern`` and stores nothing."""
    with pytest.raises(GlossaryError, match=pattern):
        with database.session() as session:
            import_file(session, path)
    assert counts(database) == (0, 0)


def test_import_creates_then_reimport_changes_nothing(database):
    with database.session() as session:
        first = import_file(session, SEED_TERMBASE)
    with database.session() as session:
        second = import_file(session, SEED_TERMBASE)
    assert (first.concepts_created, first.terms_created) == counts(database)
    assert (second.concepts_created, second.concepts_updated, second.terms_created, second.terms_updated) == (0, 0, 0, 0)
    with database.session() as session:
        kyiv = session.scalars(select(Term).where(Term.text == "Кіеў")).one()
        assert kyiv.forms == {"gen": "Кіева", "loc": "Кіеве"}  # read from the declension note
        assert kyiv.concept.kind == "place"


def test_reimport_updates_status_and_note(database, tmp_path):
    changed = tmp_path / "changed.csv"
    changed.write_text("concept,lang,term,status,note\nkyiv,en,Kiev,forbidden,never\nkyiv,en,Kyiiv,deprecated,\n", encoding="utf-8")
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    before = counts(database)
    with database.session() as session:
        report = import_file(session, changed)
    assert (report.terms_created, report.terms_updated, report.concepts_created) == (1, 1, 0)
    assert counts(database) == (before[0], before[1] + 1)
    with database.session() as session:
        kiev = session.scalars(select(Term).where(Term.text == "Kiev", Term.lang == "en")).one()
        assert (kiev.status, kiev.note, kiev.concept.kind) == ("forbidden", "never", "place")


@pytest.mark.parametrize(
    "content, message",
    [
        ("concept,lang,term,status\nkyiv,en,Kyiv,preferred\nkyiv,be,Кіеў,favourite\n", "line 3: status 'favourite'"),
        ("concept,lang,term,status\nkyiv,xx-klingon,Kyiv,preferred\n", "line 2: unknown language code .xx-klingon."),
        ("concept,lang,term,status\n,en,Kyiv,preferred\n", "line 2: the concept key is empty"),
        ("concept,lang,term,status\nkyiv,en,Kyiv,preferred\nkyiv,en,Kyiv,admitted\n", "line 3: repeats en term 'Kyiv'"),
        ("concept,lang,word\nkyiv,en,Kyiv\n", "missing column(s) term, status"),
        # Two concepts under one key became one, of the first row's kind, their terms synonyms.
        ("concept,lang,term,status,kind\njordan,en,Jordan,preferred,place\njordan,en,Michael Jordan,preferred,person\n",
         "line 3: concept 'jordan' is of kind person here but place on line 2: one key for two concepts?"),
        # The second "term" column silently won: Kiev was stored, Kyiv lost.
        ("concept,lang,term,status,term\nkyiv,en,Kyiv,preferred,Kiev\n", "line 1: column(s) term appear twice"),
        ("concept,lang,term,status,forms\nkyiv,be,Кіеў,preferred,genitive=Кіева\n", "line 2: forms must look like"),
        # Two forms for one case: the second silently replaced the first.
        ("concept,lang,term,status,forms\nkyiv,be,Кіеў,preferred,gen=Кіева; loc=Кіеве; gen=Кіеву\n",
         "line 2: forms give gen twice ('Кіева', 'Кіеву')"),
        ("concept,lang,term,status\nbell,en,Bell\x07town,preferred\n", "line 2: a value holds the control character U\\+0007"),
        ("concept,lang,term,status,note\nbell,en,Belltown,preferred,\x1b[31mred\n", "line 2: .*U\\+001B"),
        # The same term composed (NFC) and decomposed (NFD, as macOS writes it): one term, not two.
        ("concept,lang,term,status\nkyiv,be,Кіеў,preferred\nkyiv,be,Кіеу\u0306,admitted\n", "line 3: repeats be term 'Кіеў'"),
    ],
)
def test_bad_rows_are_refused_with_line_numbers_and_nothing_is_imported(database, tmp_path, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    assert_refused(database, bad, message.replace("(", r"\(").replace(")", r"\)"))


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_export_then_import_round_trips(database, tmp_path, suffix):
    exported = tmp_path / f"termbase{suffix}"
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        export_file(session, exported)
        export_file(session, tmp_path / "before.csv")
        session.execute(Term.__table__.delete())
        session.execute(Concept.__table__.delete())
    with database.session() as session:
        report = import_file(session, exported)
        export_file(session, tmp_path / "after.csv")
    assert report.terms_created == counts(database)[1] > 150
    # TBX groups terms by language, so only the order of rows may differ.
    after, before = ((tmp_path / name).read_text(encoding="utf-8").splitlines() for name in ("after.csv", "before.csv"))
    assert sorted(after) == sorted(before)


def test_tbx_v2_termentry_files_import(database, tmp_path):
    tbx = tmp_path / "old.tbx"
    tbx.write_text(
        """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="minsk"><langSet xml:lang="be">
  <tig><term>Мінск</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
  <tig><term>Минск</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
</langSet></termEntry></body></text></martif>""",
        encoding="utf-8",
    )
    with database.session() as session:
        import_file(session, tbx)
        assert sorted((t.text, t.status) for t in session.scalars(select(Term))) == [
            ("Минск", "deprecated"), ("Мінск", "preferred")]


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    ],
)
def test_tbx_entities_are_refused(database, tmp_path, doctype):
    tbx = tmp_path / "evil.tbx"
    tbx.write_text(f"""<?xml version="1.0"?>{doctype}
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&b;</term></termSec></langSec>
</conceptEntry></body></text></tbx>""".replace("&b;", "&xxe;" if "xxe" in doctype else "&b;"), encoding="utf-8")
    assert_refused(database, tbx, "entity declarations are not allowed")


def test_malformed_tbx_names_the_line(database, tmp_path):
    tbx = tmp_path / "broken.tbx"
    tbx.write_text('<tbx><text><body>\n<conceptEntry id="x">\n</body></text></tbx>', encoding="utf-8")
    with pytest.raises(GlossaryError, match="line 3: not well-formed"):
        with database.session() as session:
            import_file(session, tbx)


def test_termbase_from_the_database_fixes_like_the_file(database):
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
    with database.session() as session:
        termbase = Termbase.from_session(session)
    assert enforcement.fix(termbase, "Мы бачылі Тихановскую ў Киеве.", "be").text == "Мы бачылі Ціханоўскую ў Кіеве."
    assert enforcement.fix(termbase, "Rozmawialiśmy z Tichanowską.", "pl").text == "Rozmawialiśmy z Cichanouską."
    assert Termbase().scan("Tikhanovskaya", "en") == []


def test_a_decomposed_file_updates_the_composed_terms_instead_of_adding_twins(database, tmp_path):
    composed = "concept,lang,term,status,note,kind,forms\nmahilyow,be,Магілёў,preferred,,place,gen=Магілёва\n"
    (tmp_path / "first.csv").write_text(composed, encoding="utf-8")
    decomposed = tmp_path / "mac.csv"
    decomposed.write_text(unicodedata.normalize("NFD", composed.replace("preferred", "admitted")), encoding="utf-8")
    assert decomposed.read_bytes() != (tmp_path / "first.csv").read_bytes().replace(b"preferred", b"admitted")
    with database.session() as session:
        import_file(session, tmp_path / "first.csv")
    with database.session() as session:
        report = import_file(session, decomposed)
    assert (report.terms_created, report.terms_updated) == (0, 1)
    with database.session() as session:
        term = session.scalars(select(Term)).one()
        assert (term.text, term.status, term.forms) == ("Магілёў", "admitted", {"gen": "Магілёва"})


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_export_never_writes_through_a_symbolic_link(database, tmp_path, suffix):
    precious = tmp_path / "profile"
    precious.write_text("export PATH=/usr/bin\n", encoding="utf-8")
    (tmp_path / f"termbase{suffix}").symlink_to(precious)
    with database.session() as session:
        import_file(session, SEED_TERMBASE)
        with pytest.raises(GlossaryError, match="symbolic link"):
            export_file(session, tmp_path / f"termbase{suffix}")
    assert precious.read_text(encoding="utf-8") == "export PATH=/usr/bin\n"


def test_a_big_file_is_written_in_batches_and_merges_with_what_is_stored(database, tmp_path, monkeypatch):
    # A 20 MB file (the default import limit, 400,000 terms) held every term as an ORM object
    # until one flush at the end: 2.4 GB. Now a batch at a time reaches the database.
    from sqlalchemy import event

    from glossary import io as termbase_io

    monkeypatch.setattr(termbase_io, "IMPORT_BATCH", 50)
    with database.session() as session:
        termbase_io.add_term(session, "river7", "en", "Bank", note="kept")
    rows = [f"river{i},{lang},{word}{i},preferred,," for i in range(60) for lang, word in (("en", "Shore"), ("pl", "Brzeg"))]
    big = tmp_path / "big.csv"
    big.write_text("concept,lang,term,status,note,kind\n" + "\n".join(rows) + "\nriver7,en,Bank,admitted,,place\n",
                   encoding="utf-8")
    pending: list[int] = []
    with database.session() as session:
        event.listen(session, "before_flush", lambda s, *_: pending.append(len(s.new)))
        report = import_file(session, big)
    assert max(pending) <= 50 + 50  # a batch's terms and at most as many new concepts
    assert str(report) == "59 concepts created, 1 updated; 120 terms created, 1 updated"
    with database.session() as session:
        river7 = session.scalars(select(Concept).where(Concept.key == "river7")).one()
        assert river7.kind == "place" and {(t.lang, t.text, t.status) for t in river7.terms} == {
            ("en", "Bank", "admitted"), ("en", "Shore7", "preferred"), ("pl", "Brzeg7", "preferred")}
    assert counts(database) == (60, 121)



def test_two_tbx_entries_with_one_id_are_refused_not_merged(database, tmp_path):
    # Two tools' files pasted together number their concepts alike: "bank" (money) and "bank"
    # (river) would become one concept whose terms are synonyms, with the second's note.
    tbx = tmp_path / "merged.tbx"
    tbx.write_text("""<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><note>money</note><langSec xml:lang="en"><termSec><term>bank</term></termSec></langSec></conceptEntry>
<conceptEntry id=" c1"><note>river</note><langSec xml:lang="en"><termSec><term>shore</term></termSec></langSec></conceptEntry>
</body></text></tbx>""", encoding="utf-8")
    assert_refused(database, tbx, r"line 3: conceptEntry id 'c1' is used again \(first on line 2\)")


def test_a_row_in_another_encoding_is_named_by_its_line_however_far_down(database, tmp_path):
    # Rows pasted from a Windows-1251 file at the end of a long UTF-8 one: the byte was counted
    # from the start of the decoder's last block, so the message pointed near the top.
    good = "concept,lang,term,status\n" + "".join(f"c{i},en,Term{i},preferred\n" for i in range(20000))
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(good.encode() + "brest,be,Брэст,preferred\n".encode("cp1251"))
    offset = len(good.encode()) + len("brest,be,")
    assert_refused(database, mixed, f"line 20002: not UTF-8 text \\(invalid start byte at byte {offset}\\)")


def test_a_value_that_starts_with_a_quoted_formula_sign_survives_a_csv_round_trip(database, tmp_path):
    # The import takes away the quote the export puts before =, +, -, @; a note that itself began
    # with a quote and one of them ('-ism' is a suffix) left the export as it was and came back cut.
    notes = {"ism": "'-ism' is a suffix, not a word", "at": "'@' is read 'at'", "plus": "+1 is a formula sign"}
    with database.session() as session:
        for key, note in notes.items():
            add_term(session, key, "en", key.capitalize(), note=note)
        export_file(session, tmp_path / "notes.csv")
        session.execute(Term.__table__.delete())
        session.execute(Concept.__table__.delete())
    with database.session() as session:
        import_file(session, tmp_path / "notes.csv")
        assert {term.concept.key: term.note for term in session.scalars(select(Term))} == notes


def test_a_line_longer_than_any_row_is_refused_before_the_csv_module_splits_it(database, tmp_path):
    # 2.6 MB of short fields on one line: the csv module made a list of 870,000 strings of it
    # (a 20 MB line, under the import limit, took 600 MB) before the row was found too wide.
    wide = tmp_path / "wide.csv"
    wide.write_text("concept,lang,term,status\nkyiv,en,Kyiv,preferred" + ",xy" * 870_000 + "\n", encoding="utf-8")
    assert_refused(database, wide, "line 2: 2,610,023 characters on one line, more than any termbase row")


def test_a_tbx_term_section_with_two_terms_is_refused(database, tmp_path):
    # One termSec, two <term>s (a converter that put synonyms together): the last one was stored
    # and the first silently lost.
    tbx = tmp_path / "synonyms.tbx"
    tbx.write_text("""<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="minsk"><langSec xml:lang="be"><termSec>
<term>Мінск</term>
<term>Менск</term></termSec></langSec></conceptEntry>
</body></text></tbx>""", encoding="utf-8")
    assert_refused(database, tbx, "line 4: a second term .Менск. in the termSec of line 2 .after .Мінск..")
