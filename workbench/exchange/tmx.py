"""TMX 1.4b: confirmed translations out (for other tools' translation memories) and TMX files in
(into the workbench's TM, which the MT pipeline and the editor consult).

Only translations a person confirmed (translated / reviewed) are exported: drafts are not memory.
The whole memory goes out and comes in streamed (lxml's xmlfile and iterparse), so public
memories of millions of units pass in bounded memory.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import tm
from workbench.errors import WorkbenchError
from workbench.exchange import Exporter, ExportResult, plain_language, register_exporter
from workbench.exchange.bilingual import GENERATOR, rows, segment_key
from workbench.exchange.xmlsafe import local_name, open_xml, refuse_unwritable
from workbench.languages import file_language
from workbench.models import CONFIRMED_STATUSES, Document, TranslationMemoryUnit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXPORT_PAGE = 2000  # units read per query by the streamed export
# Inline codes that hold the original format's markup rather than text.
NATIVE_CODE_ELEMENTS = {"bpt", "ept", "it", "ph", "ut"}


def _tuv(tu: etree._Element, lang: str, text: str, where: str) -> None:
    tuv = etree.SubElement(tu, "tuv")
    tuv.set(XML_LANG, lang)
    etree.SubElement(tuv, "seg").text = refuse_unwritable(text, where, "TMX")


def _header(source_lang: str) -> etree._Element:
    return etree.Element(
        "header",
        creationtool="Workbench",
        creationtoolversion=GENERATOR.split()[-1],
        segtype="sentence",
        datatype="plaintext",
        adminlang="en",
        srclang=source_lang,
        **{"o-tmf": "workbench"},
    )


def build_tmx(source_lang: str, documents: Iterable[Document], session: Session, langs: list[str],
              *, reviewed_only: bool = False) -> bytes:
    """One ``tu`` per segment with at least one confirmed (``reviewed_only``: reviewed) translation into ``langs``."""
    root = etree.Element("tmx", version="1.4")
    root.append(_header(source_lang))
    body = etree.SubElement(root, "body")
    for document in documents:
        units: dict[int, etree._Element] = {}
        for lang in langs:
            for row in rows(session, document, lang, reviewed_only=reviewed_only):
                # A translation of a source that has changed since would pair the wrong sentences.
                if row.status not in CONFIRMED_STATUSES or not row.text or row.previous_source is not None:
                    continue
                key = segment_key(document.id, row.segment_id)
                if row.segment_id not in units:
                    units[row.segment_id] = tu = etree.SubElement(body, "tu", tuid=key)
                    _tuv(tu, document.source_lang, row.source, f"segment {key}")
                _tuv(units[row.segment_id], lang, row.text, f"the {lang} translation of {key}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_tmx(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> ExportResult:
    return ExportResult(build_tmx(document.source_lang, [document], session, [lang], reviewed_only=reviewed_only))


def write_memory_tmx(session: Session, output: BinaryIO, langs: list[str], origin: str | None = None) -> int:
    """Stream the memory's units into ``langs`` (confirmed translations and imports, or those of
    one ``origin``) as a TMX file to ``output``, one ``tu`` per unit, reading the table a page
    at a time. Returns the number of units written.
    """
    units = TranslationMemoryUnit
    query = select(units.id, units.source_lang, units.target_lang, units.source_text, units.target_text).where(
        units.target_lang.in_(langs)
    )
    if origin is not None:
        query = query.where(units.origin == origin)
    written, last_id = 0, 0
    with etree.xmlfile(output, encoding="UTF-8") as xml:
        xml.write_declaration()
        with xml.element("tmx", version="1.4"):
            xml.write(_header("*all*"), pretty_print=True)
            with xml.element("body"):
                while page := session.execute(query.where(units.id > last_id).order_by(units.id).limit(EXPORT_PAGE)).all():
                    for unit_id, source_lang, target_lang, source, target in page:
                        tu = etree.Element("tu", srclang=source_lang)
                        _tuv(tu, source_lang, source, f"memory unit {unit_id}")
                        _tuv(tu, target_lang, target, f"memory unit {unit_id}")
                        xml.write(tu, pretty_print=True)
                    written += len(page)
                    last_id = page[-1][0]
    return written


register_exporter(Exporter(name="tmx", extension=".tmx", label="TMX 1.4 (confirmed translations)", export=export_tmx))


def seg_text(element: etree._Element | None) -> str:
    """The text of a ``seg``: highlighting (``hi``, ``sub``) keeps its text, native codes are left out."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and local_name(child) not in NATIVE_CODE_ELEMENTS:
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(path: Path, progress: Callable[[int], None] | None = None) -> Iterator[tuple[str, str, str, str]]:
    """``(source_lang, target_lang, source, target)`` for each pair of a TMX file, streamed.

    The file is read with iterparse and each ``tu`` dropped once read, so memory stays flat for
    files of any size. ``progress`` is called with the number of bytes read so far.
    """
    header_source = None
    languages = _LanguageCodes(path)
    with open_xml(path) as (handle, events):
        for event, element in events:
            name = local_name(element)
            if event == "start":
                if element.getparent() is None and name != "tmx":
                    raise WorkbenchError(f"{path}: line {element.sourceline}: not a TMX file (the root element is <{name}>)")
                continue
            if name == "header":
                header_source = element.get("srclang")
            elif name == "tu":
                yield from _tu_pairs(path, element, header_source, languages)
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
                if progress:
                    progress(handle.tell())


class _LanguageCodes(dict):
    """The languages the file's codes are stored under, by their spelling in the file (a million
    units use the same two or three). A region or charset (en-US, ru-RU as Trados writes) is
    dropped, so ``en→ru`` look-ups find the units; a variant (be@tarask, be-Latn) is refused, as
    the PO import does without ``--lang``: stored apart, no look-up would ever find it."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    def __missing__(self, code: str) -> str:
        plain = plain_language(file_language(code))
        language = re.match("[a-z]+", plain).group()
        if plain != language:
            raise WorkbenchError(f"{self.path}: the file is in {code}, a variant of {language} the memory "
                                 "cannot hold apart; nothing imported")
        self[code] = language
        return language


def _tu_pairs(path: Path, tu: etree._Element, header_source: str | None, languages: _LanguageCodes) -> Iterator[tuple[str, str, str, str]]:
    variants = {}
    for tuv in tu.iter("tuv"):
        lang = tuv.get(XML_LANG) or tuv.get("lang")
        if not lang:
            raise WorkbenchError(f"{path}: line {tuv.sourceline}: <tuv> without xml:lang")
        variants[languages[lang]] = seg_text(tuv.find("seg"))
    source_lang = tu.get("srclang") or header_source
    if not source_lang or source_lang == "*all*":
        raise WorkbenchError(f"{path}: line {tu.sourceline}: no source language (srclang) for this unit")
    source_lang = languages[source_lang]
    if source_lang not in variants:
        raise WorkbenchError(f"{path}: line {tu.sourceline}: the unit has no <tuv> in its source language {source_lang}")
    source = variants.pop(source_lang)
    for target_lang, target in variants.items():
        yield source_lang, target_lang, source, target


def import_tmx(
    session: Session, path: Path, *, penalty: float = 0.0, progress: Callable[[int], None] | None = None
) -> dict[tuple[str, str], int]:
    """Add the file's pairs to the TM in batches; returns how many units each language pair gained.

    One transaction: a broken unit at the end of a big file leaves the memory as it was.
    """
    origin = f"tmx:{path.name}"
    added: dict[tuple[str, str], int] = {}
    pending: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def store(pair: tuple[str, str]) -> None:
        added[pair] = added.get(pair, 0) + tm.add_units(session, *pair, pending.pop(pair), origin, penalty)

    with tm.bulk_import(session):
        for source_lang, target_lang, source, target in read_tmx(path, progress):
            pair = (source_lang, target_lang)
            pending.setdefault(pair, []).append((source, target))
            if len(pending[pair]) == tm.BATCH:
                store(pair)
        for pair in list(pending):
            store(pair)
    return added
