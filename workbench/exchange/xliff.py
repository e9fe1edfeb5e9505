"""XLIFF 2.0 (``--format xliff``) and XLIFF 1.2 (``--format xliff12``, for older CAT tools).

One unit per segment, named by the stable segment key; the termbase hits, QA warnings and the
translators' comments travel as notes, and inline markup placeholders as inline codes (see
``inline``). Workbench statuses map to XLIFF states like this:

| workbench    | XLIFF 2.0 segment state | XLIFF 1.2 target state          |
| ------------ | ----------------------- | ------------------------------- |
| untranslated | initial (no target)     | new (empty target)              |
| draft        | initial (with target)   | needs-review-translation        |
| translated   | translated              | translated                      |
| reviewed     | reviewed                | signed-off (approved="yes")     |

An unconfirmed draft is never "translated": other tools would take it as done. Importing reads
the states back the same way, and understands the states other tools write: 2.0 final →
reviewed, and translated + subState workbench:draft (what older workbench versions wrote) →
draft; 1.2 final → reviewed, needs-* → draft; a target under "initial"/"new" counts as a draft
(or translated when no state is given).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from sqlalchemy.orm import Session

from workbench.collaboration import comments_by_segment
from workbench.errors import WorkbenchError
from workbench.exchange import Exporter, ExportResult, register_exporter
from workbench.exchange.bilingual import (
    IncomingFile,
    IncomingUnit,
    reject_duplicates,
    rows,
    segment_key,
)
from workbench.exchange.inline import XLIFF12, XLIFF20, read_text, write_original_data, write_text
from workbench.exchange.notes import Annotator
from workbench.exchange.xmlsafe import local_name, parse_xml, refuse_unwritable, shown
from workbench.languages import file_language
from workbench.models import Document

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
ORIGIN = "xliff import"
# Older workbench versions marked drafts as translated with this subState; still read as drafts.
DRAFT_SUBSTATE = "workbench:draft"

STATE20 = {"untranslated": "initial", "draft": "initial", "translated": "translated", "reviewed": "reviewed"}
STATE12 = {
    "untranslated": "new",
    "draft": "needs-review-translation",
    "translated": "translated",
    "reviewed": "signed-off",
}
FROM_STATE12 = {
    "final": "reviewed",
    "signed-off": "reviewed",
    "translated": "translated",
    "needs-adaptation": "draft",
    "needs-l10n": "draft",
    "needs-review-adaptation": "draft",
    "needs-review-l10n": "draft",
    "needs-review-translation": "draft",
    "needs-translation": "draft",
    "new": "draft",
}


def _serialise(root: etree._Element) -> ExportResult:
    return ExportResult(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def export_xliff20(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> ExportResult:
    ns = f"{{{XLIFF20}}}"
    root = etree.Element(
        ns + "xliff", nsmap={None: XLIFF20}, version="2.0", srcLang=document.source_lang, trgLang=lang
    )
    root.set(XML_SPACE, "preserve")
    file_element = etree.SubElement(root, ns + "file", id=f"doc{document.id}", original=shown(document.original_filename or document.title))
    annotator = Annotator(session, document.source_lang, lang)
    comments = comments_by_segment(session, document.id)
    for row, notes in annotator.annotate(rows(session, document, lang, reviewed_only=reviewed_only)):
        unit = etree.SubElement(file_element, ns + "unit", id=segment_key(document.id, row.segment_id))
        row_comments = comments.get(row.segment_id, [])
        if notes or row_comments:
            notes_element = etree.SubElement(unit, ns + "notes")
            for note in notes:
                etree.SubElement(notes_element, ns + "note").text = shown(note)
            for comment in row_comments:
                etree.SubElement(notes_element, ns + "note", category="comment").text = shown(comment)
        write_original_data(unit, row.markup, ns)
        segment = etree.SubElement(unit, ns + "segment", state=STATE20[row.status])
        write_text(etree.SubElement(segment, ns + "source"), row.source, row.markup)
        if row.text:
            write_text(etree.SubElement(segment, ns + "target"), row.text, row.markup)
    return _serialise(root)


def export_xliff12(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> ExportResult:
    ns = f"{{{XLIFF12}}}"
    root = etree.Element(ns + "xliff", nsmap={None: XLIFF12}, version="1.2")
    file_element = etree.SubElement(
        root,
        ns + "file",
        original=shown(document.original_filename or document.title),
        datatype="plaintext",
        **{"source-language": document.source_lang, "target-language": lang},
    )
    body = etree.SubElement(file_element, ns + "body")
    annotator = Annotator(session, document.source_lang, lang)
    comments = comments_by_segment(session, document.id)
    for row, notes in annotator.annotate(rows(session, document, lang, reviewed_only=reviewed_only)):
        key = segment_key(document.id, row.segment_id)
        unit = etree.SubElement(body, ns + "trans-unit", id=key)
        unit.set(XML_SPACE, "preserve")
        if row.status == "reviewed":
            unit.set("approved", "yes")
        source = refuse_unwritable(row.source, f"segment {key}", "XLIFF 1.2")
        write_text(etree.SubElement(unit, ns + "source"), source, row.markup)
        target = refuse_unwritable(row.text, f"the {lang} translation of {key}", "XLIFF 1.2")
        write_text(etree.SubElement(unit, ns + "target", state=STATE12[row.status]), target, row.markup)
        for note in notes:
            etree.SubElement(unit, ns + "note", **{"from": "workbench"}).text = shown(note)
        for comment in comments.get(row.segment_id, []):
            etree.SubElement(unit, ns + "note", **{"from": "translator"}).text = shown(comment)
    return _serialise(root)


def read_xliff(path: Path, _lang: str | None = None) -> IncomingFile:
    """The target language and the units of an XLIFF 2.0 or 1.2 file (whichever its namespace
    says), validated before anything is written. The file always names its language."""
    root = parse_xml(path)
    namespace = etree.QName(root).namespace
    if local_name(root) != "xliff" or namespace not in (XLIFF20, XLIFF12):
        raise WorkbenchError(f"{path}: line {root.sourceline}: not an XLIFF 2.0 or 1.2 file")
    if namespace == XLIFF20:
        lang, units = root.get("trgLang"), list(_units20(root))
    else:
        # Each 1.2 <file> names its own target language: one import stores one language.
        languages = {element.get("target-language") for element in root.iterfind(f"{{{XLIFF12}}}file")}
        if len(languages) > 1:
            named = ", ".join(sorted(str(language) for language in languages))
            raise WorkbenchError(f"{path}: its <file> elements are in different target languages ({named}); "
                                 "import one language at a time; nothing imported")
        lang = languages.pop() if languages else None
        units = list(_units12(root, path))
    if not lang:
        raise WorkbenchError(f"{path}: the file does not name its target language")
    reject_duplicates(units, "unit id")
    return IncomingFile(file_language(lang), units, ORIGIN)


def _units20(root: etree._Element):
    ns = {"x": XLIFF20}
    for unit in root.iterfind(".//x:unit", ns):
        segments = unit.findall("x:segment", ns)
        source = "".join(read_text(segment.find("x:source", ns)) for segment in segments)
        target = "".join(read_text(segment.find("x:target", ns)) for segment in segments)
        # A unit split into several segments by another tool takes the state of its first one.
        first = segments[0] if segments else unit
        state, substate = first.get("state", "initial"), first.get("subState")
        if not target:
            status = "untranslated"
        elif state == "translated":
            status = "draft" if substate == DRAFT_SUBSTATE else "translated"
        elif state in ("reviewed", "final"):
            status = "reviewed"
        else:
            status = "draft"
        yield IncomingUnit(unit.get("id", ""), unit.sourceline, source, target, status)


def _units12(root: etree._Element, path: Path):
    ns = {"x": XLIFF12}
    for unit in root.iterfind(".//x:trans-unit", ns):
        target_element = unit.find("x:target", ns)
        target = read_text(target_element)
        state = target_element.get("state") if target_element is not None else None
        if not target:
            status = "untranslated"
        elif state is None:
            status = "reviewed" if unit.get("approved") == "yes" else "translated"
        elif state in FROM_STATE12:
            status = FROM_STATE12[state]
        else:
            raise WorkbenchError(f"{path}: line {target_element.sourceline}: unknown XLIFF 1.2 state {state!r}")
        yield IncomingUnit(unit.get("id", ""), unit.sourceline, read_text(unit.find("x:source", ns)), target, status)


register_exporter(Exporter(name="xliff", extension=".xlf", label="XLIFF 2.0", export=export_xliff20, read=read_xliff))
register_exporter(Exporter(name="xliff12", extension=".xliff", label="XLIFF 1.2", export=export_xliff12, read=read_xliff))
