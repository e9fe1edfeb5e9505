"""XLIFF 2.0 and 1.2: schema-valid export, states mapped both ways, safe parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import SOURCES, fixed_termbase, make_document  # noqa: F401 (fixture)
from lxml import etree
from sqlalchemy import select

from workbench.exchange.inline import read_text
from workbench.models import Segment
from workbench.translations import get_translation

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

pytestmark = pytest.mark.usefixtures("fixed_termbase")
SCHEMAS = {"xliff": "xliff_core_2.0_subset.xsd", "xliff12": "xliff_core_1.2_subset.xsd"}
NS = {"xliff": "urn:oasis:names:tc:xliff:document:2.0", "xliff12": "urn:oasis:names:tc:xliff:document:1.2"}


def export(run_cli, document_id, path, format_name):
    run_cli("export", document_id, "--lang", "be", "--format", format_name, "-o", path)
    return etree.parse(str(path))


def statuses(database, document_id, lang="be") -> list[str]:
    with database.session() as session:
        segments = session.scalars(select(Segment).where(Segment.document_id == document_id).order_by(Segment.position))
        return [(translation.status if (translation := get_translation(session, s, lang)) else "none") for s in segments]


@pytest.mark.parametrize("format_name", ["xliff", "xliff12"])
def test_export_validates_against_the_schema(database, run_cli, tmp_path, format_name):
    document_id = make_document(database)
    tree = export(run_cli, document_id, tmp_path / "doc.xlf", format_name)

    schema = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMAS[format_name])))
    assert schema.validate(tree), schema.error_log
    # The schema is strict enough to notice a state outside the standard's list.
    state_holder = tree.find(f".//{{{NS[format_name]}}}{'segment' if format_name == 'xliff' else 'target'}")
    state_holder.set("state", "approved-by-boss")
    assert not schema.validate(tree)


def test_xliff20_states_and_notes(database, run_cli, tmp_path):
    document_id = make_document(database)
    tree = export(run_cli, document_id, tmp_path / "doc.xlf", "xliff")
    ns = {"x": NS["xliff"]}

    segments = tree.findall(".//x:segment", ns)
    # An unconfirmed draft is "initial" with its target, never "translated".
    assert [s.get("state") for s in segments] == ["translated", "initial", "reviewed", "initial"]
    assert segments[1].get("subState") is None and segments[1].find("x:target", ns) is not None
    assert segments[3].find("x:target", ns) is None
    assert [s.findtext("x:source", namespaces=ns) for s in segments] == SOURCES
    assert tree.getroot().get("trgLang") == "be"
    assert "termbase: Tsikhanouskaya → Ціханоўская" in tree.findtext(".//x:note", namespaces=ns)


def test_xliff20_drafts_written_by_older_versions_still_come_back_as_drafts(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    tree = export(run_cli, document_id, path, "xliff")
    segment = tree.findall(".//x:segment", {"x": NS["xliff"]})[1]
    segment.set("state", "translated")
    segment.set("subState", "workbench:draft")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    run_cli("import-xliff", document_id, path)

    assert statuses(database, document_id) == ["translated", "draft", "reviewed", "none"]


def test_xliff12_states(database, run_cli, tmp_path):
    document_id = make_document(database)
    tree = export(run_cli, document_id, tmp_path / "doc.xliff", "xliff12")
    ns = {"x": NS["xliff12"]}

    targets = tree.findall(".//x:target", ns)
    assert [t.get("state") for t in targets] == ["translated", "needs-review-translation", "signed-off", "new"]
    assert tree.findall(".//x:trans-unit", ns)[2].get("approved") == "yes"


@pytest.mark.parametrize("format_name", ["xliff", "xliff12"])
def test_round_trip_without_edits_changes_nothing(database, run_cli, tmp_path, format_name):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    export(run_cli, document_id, path, format_name)
    before = statuses(database, document_id)

    result = run_cli("import-xliff", document_id, path)

    assert "0 segment(s) changed, 4 unchanged" in result.stdout
    assert statuses(database, document_id) == before == ["translated", "draft", "reviewed", "none"]


def test_xliff20_edits_come_back_with_their_states(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    tree = export(run_cli, document_id, path, "xliff")
    ns = {"x": NS["xliff"]}
    segments = tree.findall(".//x:segment", ns)
    segments[1].set("state", "reviewed")  # a reviewer approved the draft in another tool
    etree.SubElement(segments[3], f"{{{NS['xliff']}}}target").text = "Батальён быў створаны ў 2022 годзе."
    segments[3].set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    result = run_cli("import-xliff", document_id, path, "--author", "ivan")

    assert "2 segment(s) changed" in result.stdout
    assert statuses(database, document_id) == ["translated", "reviewed", "reviewed", "translated"]


def test_xliff12_edits_come_back_with_their_states(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.xliff"
    tree = export(run_cli, document_id, path, "xliff12")
    ns = {"x": NS["xliff12"]}
    targets = tree.findall(".//x:target", ns)
    targets[0].set("state", "needs-review-translation")
    targets[3].text = "Батальён быў створаны ў 2022 годзе."
    targets[3].set("state", "final")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    run_cli("import-xliff", document_id, path)

    assert statuses(database, document_id) == ["draft", "draft", "reviewed", "reviewed"]


def test_external_entities_are_never_resolved(database, run_cli, tmp_path):
    document_id = make_document(database)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "evil.xlf"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="be">'
        f'<file id="f"><unit id="doc{document_id}-seg1"><segment state="final"><source>x</source>'
        "<target>&xxe;</target></segment></unit></file></xliff>"
    )

    result = run_cli("import-xliff", document_id, path, expect_exit=1)

    assert "DOCTYPE" in result.stderr
    assert statuses(database, document_id) == ["translated", "draft", "reviewed", "none"]


def test_malformed_xml_names_the_line_and_changes_nothing(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "broken.xlf"
    export(run_cli, document_id, path, "xliff")
    lines = path.read_text(encoding="utf-8").splitlines()
    broken = next(number for number, line in enumerate(lines) if "</target>" in line)
    lines[broken] = lines[broken].replace("</target>", "")
    path.write_text("\n".join(lines), encoding="utf-8")

    result = run_cli("import-xliff", document_id, path, expect_exit=1)

    # lxml notices the unclosed <target> where </segment> comes instead, on the next line.
    assert f"line {broken + 2}: not well-formed" in result.stderr
    assert statuses(database, document_id) == ["translated", "draft", "reviewed", "none"]


def test_duplicate_unit_ids_are_refused(database, run_cli, tmp_path):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    tree = export(run_cli, document_id, path, "xliff")
    file = tree.find(".//{urn:oasis:names:tc:xliff:document:2.0}file")
    units = list(file)
    units[1].set("id", units[0].get("id"))
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    result = run_cli("import-xliff", document_id, path, expect_exit=1)

    assert "duplicate unit id" in result.stderr


MARKUP = {"{1}": '<a href="/statement">', "{/1}": "</a>", "{2/}": "<br>", "{escapes}": {"&": "&amp;"}}
LINKED = {
    "sources": ["Read {1}the statement{/1} here.{2/}"],
    "translations": {0: ("Прачытайце {1}заяву{/1} тут.{2/}", "translated", "human")},
    "markup": {0: MARKUP},
}


def test_xliff20_writes_placeholders_as_inline_codes_with_their_markup(database, run_cli, tmp_path):
    document_id = make_document(database, **LINKED)
    tree = export(run_cli, document_id, tmp_path / "doc.xlf", "xliff")
    ns = {"x": NS["xliff"]}

    schema = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMAS["xliff"])))
    assert schema.validate(tree), schema.error_log
    target = tree.find(".//x:target", ns)
    assert [(etree.QName(code).localname, code.get("dataRef")) for code in target] == [
        ("sc", "o1"), ("ec", "c1"), ("ph", "s2")
    ]
    assert target.text == "Прачытайце " and target[0].tail == "заяву"
    data = {item.get("id"): item.text for item in tree.iterfind(".//x:data", ns)}
    assert data == {"o1": '<a href="/statement">', "c1": "</a>", "s2": "<br>"}


@pytest.mark.parametrize("format_name", ["xliff", "xliff12"])
def test_inline_codes_come_back_as_placeholders(database, run_cli, tmp_path, format_name):
    document_id = make_document(database, **LINKED)
    path = tmp_path / "doc.xlf"
    tree = export(run_cli, document_id, path, format_name)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMAS[format_name])))
    assert schema.validate(tree), schema.error_log
    assert "0 segment(s) changed, 1 unchanged" in run_cli("import-xliff", document_id, path).stdout

    # Another tool moves the link to a different word and edits the text around it.
    target = tree.find(f".//{{{NS[format_name]}}}target")
    target.text = "Тут "
    target[0].tail = "заява"
    target[1].tail = "."
    target[2].tail = ""
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    run_cli("import-xliff", document_id, path)

    with database.session() as session:
        segment = session.scalar(select(Segment).where(Segment.document_id == document_id))
        assert get_translation(session, segment, "be").text == "Тут {1}заява{/1}.{2/}"


@pytest.mark.parametrize(
    "xml, text",
    [
        (f'<target xmlns="{NS["xliff"]}">Read <pc id="1">this<ph id="2"/></pc> now<cp hex="0009"/></target>', "Read {1}this{2/}{/1} now\t"),
        (f'<target xmlns="{NS["xliff12"]}">Read <g id="1">this</g> <bpt id="3">&lt;b&gt;</bpt>now<ept id="3">&lt;/b&gt;</ept></target>', "Read {1}this{/1} now"),
    ],
)
def test_codes_written_by_other_tools_are_read_as_placeholders_or_text(xml, text):
    assert read_text(etree.fromstring(xml)) == text


def test_a_tag_the_translation_lost_leaves_its_partner_isolated_and_valid(database, run_cli, tmp_path):
    document_id = make_document(
        database,
        sources=LINKED["sources"],
        translations={0: ("Прачытайце заяву{/1} тут.", "draft", "human")},
        markup=LINKED["markup"],
    )
    path = tmp_path / "doc.xlf"
    tree = export(run_cli, document_id, path, "xliff")

    closing = tree.find(f".//{{{NS['xliff']}}}target")[0]
    assert (closing.get("id"), closing.get("isolated")) == ("1", "yes")
    assert etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMAS["xliff"]))).validate(tree)
    assert "0 segment(s) changed" in run_cli("import-xliff", document_id, path).stdout


@pytest.mark.parametrize("value", ["zz", "", "0000", "D800", "110000", "1F600A"])
def test_a_cp_code_that_is_no_storable_character_is_refused_with_its_line(database, run_cli, tmp_path, value):
    document_id = make_document(database)
    path = tmp_path / "doc.xlf"
    export(run_cli, document_id, path, "xliff")
    lines = path.read_text(encoding="utf-8").splitlines()
    edited = next(number for number, line in enumerate(lines) if "<target>" in line)
    lines[edited] = lines[edited].replace("<target>", f'<target>New <cp hex="{value}"/>', 1)
    path.write_text("\n".join(lines), encoding="utf-8")

    result = run_cli("import-xliff", document_id, path, expect_exit=1)

    assert result.stderr.startswith(f"Error: line {edited + 1}: <cp hex='{value}'/>"), result.stderr
    assert statuses(database, document_id) == ["translated", "draft", "reviewed", "none"]


def test_an_xliff12_file_bundling_two_target_languages_is_refused(database, run_cli, tmp_path):
    """Units in a second, Russian <file> were stored as Belarusian, the first <file>'s language."""
    document_id, path = make_document(database), tmp_path / "doc.xliff"
    root = export(run_cli, document_id, path, "xliff12").getroot()
    russian = etree.SubElement(root, root[0].tag, {**root[0].attrib, "target-language": "ru"})
    etree.SubElement(russian, f"{{{NS['xliff12']}}}body").append(root[0].findall(f".//{{{NS['xliff12']}}}trans-unit")[-1])
    etree.ElementTree(root).write(str(path), encoding="UTF-8", xml_declaration=True)

    result = run_cli("import-xliff", document_id, path, expect_exit=1)

    assert "different target languages (be, ru)" in result.stderr
    assert statuses(database, document_id, "ru") == ["none"] * 4
