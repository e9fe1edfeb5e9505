"""TMX 1.4b: confirmed translations out, translation units into the TM."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import SOURCES, fixed_termbase, make_document  # noqa: F401 (fixture)
from lxml import etree
from sqlalchemy import select

from workbench import tm
from workbench.models import TranslationMemoryUnit

pytestmark = pytest.mark.usefixtures("fixed_termbase")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TMX_DTD = Path(__file__).resolve().parent / "schemas" / "tmx14b_subset.dtd"


def units(tree) -> list[dict[str, str]]:
    return [{tuv.get(XML_LANG): tuv.findtext("seg") for tuv in tu.iter("tuv")} for tu in tree.iter("tu")]


def test_document_export_holds_only_confirmed_translations(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.tmx"

    run_cli("export", document_id, "--lang", "be", "--format", "tmx", "-o", path)

    tree = etree.parse(str(path))
    dtd = etree.DTD(str(TMX_DTD))
    assert dtd.validate(tree), dtd.error_log
    assert tree.getroot().get("version") == "1.4"
    assert tree.find("header").get("srclang") == "en"
    # The draft (position 1) and the untranslated segment are not memory.
    assert [unit["en"] for unit in units(tree)] == [SOURCES[0], SOURCES[2]]
    assert units(tree)[1]["be"] == "Ён сказаў: «Мы вернемся»."


def test_tm_export_streams_the_whole_memory_one_unit_per_pair(database, run_cli, tmp_path):
    make_document(database, lang="be")
    make_document(database, lang="uk", translations={3: ("Батальйон створено у 2022 році.", "reviewed", "human")})
    with database.session() as session:
        tm.add_units(session, "en", "be", [("Imported.", "Імпартавана.")], origin="tmx:public.tmx")
    path = tmp_path / "all.tmx"

    result = run_cli("tm", "export", path, "--lang", "be,uk")
    only_imports = run_cli("tm", "export", tmp_path / "public.tmx", "--lang", "be", "--origin", "tmx:public.tmx")

    tree = etree.parse(str(path))
    assert etree.DTD(str(TMX_DTD)).validate(tree)
    exported = units(tree)
    assert result.stdout.strip() == f"{path}: 4 unit(s)" and len(exported) == 4
    assert {"en": SOURCES[3], "uk": "Батальйон створено у 2022 році."} in exported
    assert {"en": "Imported.", "be": "Імпартавана."} in exported
    assert units(etree.parse(str(tmp_path / "public.tmx"))) == [{"en": "Imported.", "be": "Імпартавана."}]
    assert "public.tmx: 1 unit(s)" in only_imports.stdout
    assert not list(tmp_path.glob("*.partial"))


def test_tmx_round_trip_into_the_translation_memory(database, run_cli, tmp_path):
    make_document(database)
    path = tmp_path / "all.tmx"
    run_cli("tm", "export", path, "--lang", "be")

    # The units live in documents already; a second workbench imports them into its TM.
    result = run_cli("tm", "import", path)
    again = run_cli("tm", "import", path)

    assert "en→be: 2 new unit(s)" in result.stdout
    assert "en→be: 0 new unit(s)" in again.stdout
    with database.session() as session:
        stored = session.scalars(select(TranslationMemoryUnit.origin)).all()
        # The document's confirmed translations are in the memory too, mirrored.
        assert sorted(stored) == ["document"] * 2 + ["tmx:all.tmx"] * 2
        assert tm.exact_match(session, SOURCES[2], "en", "be") == "Ён сказаў: «Мы вернемся»."


def test_import_reads_inline_markup_and_several_languages(database, run_cli, tmp_path):
    """Regional codes, as Trados writes them, are stored under the language the look-ups use."""
    path = tmp_path / "other-tool.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en-GB" creationtool="x" '
        'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en-GB"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>'
        '<tuv xml:lang="pl"><seg>Naciśnij <bpt i="1">&lt;b&gt;</bpt>Zapisz<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Нажмите «Сохранить».</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )

    result = run_cli("tm", "import", path)

    assert "en→pl: 1 new unit(s)" in result.stdout and "en→ru: 1 new unit(s)" in result.stdout
    with database.session() as session:
        assert tm.exact_match(session, "Press Save.", "en", "pl") == "Naciśnij Zapisz."
        assert tm.exact_match(session, "Press Save.", "en", "ru") == "Нажмите «Сохранить»."


@pytest.mark.parametrize("variant", ["be@tarask", "be-Latn"])
def test_a_variant_the_memory_cannot_hold_is_refused_not_a_new_language(database, run_cli, tmp_path, variant):
    path = tmp_path / "variant.tmx"
    path.write_text(
        f'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>It rained.</seg></tuv>'
        f'<tuv xml:lang="{variant}"><seg>Ішоў дождж.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )

    result = run_cli("tm", "import", path, expect_exit=1)

    assert f"variant.tmx: the file is in {variant}, a variant of be" in result.stderr
    assert "nothing imported" in result.stderr
    with database.session() as session:
        assert session.scalars(select(TranslationMemoryUnit)).all() == []


@pytest.mark.parametrize(
    "content, message",
    [
        ("<tmx version='1.4'><body><tu><tuv xml:lang='en'><seg>x</seg></tuv>", "not well-formed"),
        ("<tmx version='1.4'><header/><body><tu><tuv xml:lang='en'><seg>x</seg></tuv></tu></body></tmx>", "srclang"),
        ("<xliff version='1.2'/>", "not a TMX file"),
    ],
)
def test_broken_tmx_is_refused_and_adds_nothing(database, run_cli, tmp_path, content, message):
    path = tmp_path / "broken.tmx"
    path.write_text(content, encoding="utf-8")

    result = run_cli("tm", "import", path, expect_exit=1)

    assert message in result.stderr and "line 1" in result.stderr
    with database.session() as session:
        assert session.scalars(select(TranslationMemoryUnit)).all() == []
