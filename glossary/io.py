"""Termbase files: CSV (``concept,lang,term,status[,note,kind,forms]``) and TBX (v3 core / Basic,
and the older martif/termEntry/langSet shape on import).

Files are read and validated whole before the database is touched, so a bad file changes nothing.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from glossary.errors import GlossaryError
from glossary.models import Concept, Term
from glossary.records import CONTROL, TermRecord, format_forms, nfc, record_from_row, unify_kinds

CSV_COLUMNS = ("concept", "lang", "term", "status", "note", "kind", "forms")
_REQUIRED = ("concept", "lang", "term", "status")
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_TO_TBX = {status: f"{status}Term-admn-sts" for status in ("preferred", "admitted", "deprecated", "forbidden")}
_STATUS_FROM_TBX = {value: status for status, value in _STATUS_TO_TBX.items()} | {
    "standardizedTerm-admn-sts": "preferred",
    "regulatedTerm-admn-sts": "preferred",
    "legalTerm-admn-sts": "preferred",
    "supersededTerm-admn-sts": "deprecated",
}
MAX_ERRORS_SHOWN = 10
# Records written per flush (import_records): what an import holds in memory beyond the file's records.
IMPORT_BATCH = 2000
# A spreadsheet runs a cell that starts with one of these as a formula; the CSV export puts a
# quote before it (as OWASP advises) and the import takes that quote away again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ImportReport:
    concepts_created: int = 0
    concepts_updated: int = 0
    terms_created: int = 0
    terms_updated: int = 0

    def __str__(self) -> str:
        return (f"{self.concepts_created} concepts created, {self.concepts_updated} updated; "
                f"{self.terms_created} terms created, {self.terms_updated} updated")


@dataclass
class TermFile:
    records: list[TermRecord]
    concept_notes: dict[str, str]
    kinds_given: set[str]  # concepts whose kind the file states (others keep the stored kind)


def read_file(path: str | Path) -> TermFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tbx"):
        raise GlossaryError(f"{path}: termbase files must end in .csv or .tbx")
    if not path.is_file():
        raise GlossaryError(f"{path}: no such file")
    return _read_csv(path) if suffix == ".csv" else _read_tbx(path)


def _raise_collected(path: Path, errors: list[str]) -> None:
    if errors:
        shown = "; ".join(errors[:MAX_ERRORS_SHOWN])
        more = f" (and {len(errors) - MAX_ERRORS_SHOWN} more)" if len(errors) > MAX_ERRORS_SHOWN else ""
        raise GlossaryError(f"{path}: nothing imported: {shown}{more}")


def _check_duplicate(record: TermRecord, where: str, seen: dict, errors: list[str]) -> None:
    key = (record.concept, record.lang, record.text)
    if key in seen:
        errors.append(f"{where}repeats {record.lang} term {record.text!r} of {record.concept!r} ({seen[key]})")
    seen[key] = where.rstrip(": ")


def _read_csv(path: Path) -> TermFile:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(_row_sized_lines(handle, path))
            header = [name.strip() for name in reader.fieldnames or []]
            missing = [name for name in _REQUIRED if name not in header]
            unknown = [name for name in header if name not in CSV_COLUMNS]
            # A column named twice: DictReader would keep the last one's value and drop the other's.
            twice = [name for name in CSV_COLUMNS if header.count(name) > 1]
            if missing or unknown or twice:
                problem = (f"missing column(s) {', '.join(missing)}" if missing else
                           f"unknown column(s) {', '.join(unknown)}" if unknown else f"column(s) {', '.join(twice)} appear twice")
                raise GlossaryError(f"{path}: line 1: {problem}; the header is {','.join(CSV_COLUMNS[:5])}[,kind,forms]")
            reader.fieldnames = header
            records, errors, seen, kinds_given = [], [], {}, set()
            stated_kinds: dict[str, tuple[str, str]] = {}  # concept -> (the kind a row states, that row)
            for row in reader:
                where = f"line {reader.line_num}: "
                row = {name: _unquoted(value) for name, value in row.items()}
                if None in row or any(value is None for value in row.values()):
                    errors.append(f"{where}expected {len(header)} fields")
                    continue
                try:
                    record = record_from_row(row, where)
                except GlossaryError as error:
                    errors.append(str(error))
                    continue
                _check_duplicate(record, where, seen, errors)
                if (row.get("kind") or "").strip():
                    kinds_given.add(record.concept)
                    kind, line = stated_kinds.setdefault(record.concept, (record.kind, where.rstrip(": ")))
                    if kind != record.kind:
                        # "jordan" the country and "jordan" the player: one concept, the terms of
                        # both synonyms, and the first row's kind for all of them.
                        errors.append(f"{where}concept {record.concept!r} is of kind {record.kind} here but {kind} on "
                                      f"{line}: one key for two concepts?")
                records.append(record)
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    except csv.Error as error:
        # A field over the csv module's size limit, or an unreadable quote: not a termbase row.
        raise GlossaryError(f"{path}: nothing imported: line {reader.line_num}: {error}") from None
    _raise_collected(path, errors)
    return TermFile(unify_kinds(records), {}, kinds_given)


def _row_sized_lines(handle, path: Path):
    """The file's lines, refusing one longer than any row: the csv module splits a line into a
    list of all its fields first, and a 20 MB line of short fields took 600 MB doing it."""
    longest = 2 * csv.field_size_limit() * len(CSV_COLUMNS)  # every field at the limit, every quote doubled
    for number, line in enumerate(handle, 1):
        if len(line) > longest:
            raise GlossaryError(f"{path}: nothing imported: line {number}: {len(line):,} characters on one line, "
                                "more than any termbase row can hold")
        yield line


def _not_utf8(path: Path) -> GlossaryError:
    """The line and byte where ``path`` stops being UTF-8, counted from the file's start (the text
    reader's error counts from the start of its last block, so it named a place near the top)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return GlossaryError(f"{path}: line {line}: not UTF-8 text ({error.reason} at byte {error.start})")
    return GlossaryError(f"{path}: not UTF-8 text")  # it changed while being read


def _parser() -> etree.XMLParser:
    # No entity expansion, no DTD loading, no network: XXE and entity bombs stay inert.
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_comments=True)


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element, *names: str):
    return [child for child in element if _local(child) in names]


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _read_tbx(path: Path) -> TermFile:
    try:
        tree = etree.parse(str(path), _parser())
    except etree.XMLSyntaxError as error:
        raise GlossaryError(f"{path}: line {error.lineno}: not well-formed XML: {error.msg}") from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise GlossaryError(f"{path}: entity declarations are not allowed in termbase files")
    # An external DTD is never loaded, so its entities stay unresolved references: refuse them too.
    reference = next((node for node in tree.iter() if isinstance(node, etree._Entity)), None)
    if reference is not None:
        raise GlossaryError(f"{path}: line {reference.sourceline}: entity reference {reference.text} is not allowed")
    records, notes, errors, seen, kinds_given = [], {}, [], {}, set()
    entries = [e for e in tree.getroot().iter() if _local(e) in ("conceptEntry", "termEntry")]
    if not entries:
        raise GlossaryError(f"{path}: no conceptEntry or termEntry elements: is this a TBX file?")
    entry_lines: dict[str, int] = {}  # concept key -> the line of its entry
    for entry in entries:
        key = nfc((entry.get("id") or "").strip())
        if not key:
            errors.append(f"line {entry.sourceline}: {_local(entry)} has no id (the concept key)")
            continue
        if key in entry_lines:
            # Two concepts numbered alike (files of two tools pasted together) would become one,
            # their terms synonyms and the second's note the only one.
            errors.append(f"line {entry.sourceline}: {_local(entry)} id {key!r} is used again "
                          f"(first on line {entry_lines[key]}); each concept needs an id of its own")
            continue
        entry_lines[key] = entry.sourceline
        kind = next((_text(d) for d in _children(entry, "descrip") if d.get("type") == "conceptKind"), "")
        if kind:
            kinds_given.add(key)
        notes[key] = next((_text(n) for n in _children(entry, "note")), "")
        for lang_section in _children(entry, "langSec", "langSet"):
            lang = lang_section.get(_XML_LANG) or lang_section.get("lang") or ""
            for term_section in _children(lang_section, "termSec", "tig", "ntig"):
                record = _tbx_term(term_section, key, lang, kind, errors)
                if record:
                    _check_duplicate(record, f"line {term_section.sourceline}: ", seen, errors)
                    records.append(record)
    _raise_collected(path, errors)
    return TermFile(unify_kinds(records), notes, kinds_given)


def _tbx_term(section, concept: str, lang: str, kind: str, errors: list[str]) -> TermRecord | None:
    where = f"line {section.sourceline}: "
    scope = [section, *_children(section, "termGrp")]  # ntig nests term and termNotes in termGrp
    fields = {"concept": concept, "lang": lang, "kind": kind, "status": "preferred"}
    for element in (child for parent in scope for child in parent):
        name, kind_attr = _local(element), element.get("type")
        if name == "term":
            if "term" in fields:  # one of them would be lost: each term has a termSec of its own
                errors.append(f"line {element.sourceline}: a second term {_text(element)!r} in the termSec of "
                              f"line {section.sourceline} (after {fields['term']!r}); give each term its own termSec")
                return None
            fields["term"] = _text(element)
        elif name == "termNote" and kind_attr == "administrativeStatus":
            value = _text(element)
            if value not in _STATUS_FROM_TBX:
                errors.append(f"line {element.sourceline}: unknown administrativeStatus {value!r}")
                return None
            fields["status"] = _STATUS_FROM_TBX[value]
        elif name == "termNote" and kind_attr == "inflectedForms":
            fields["forms"] = _text(element)
        elif name == "note":
            fields["note"] = _text(element)
    try:
        return record_from_row(fields, where)
    except GlossaryError as error:
        errors.append(str(error))
        return None


def import_file(session: Session, path: str | Path) -> ImportReport:
    """Create or update concepts and terms from a .csv or .tbx file; never duplicates."""
    return import_records(session, read_file(path))


def add_term(session: Session, concept: str, lang: str, text: str, *, status: str = "preferred",
             note: str = "", kind: str | None = None, forms: str | dict = "") -> tuple[TermRecord, ImportReport]:
    """Add one term, validated like a file row (the concept is created if new), or update its
    status, note and forms. ``kind`` None keeps an existing concept's kind."""
    record = record_from_row({"concept": concept, "lang": lang, "term": text, "status": status, "note": note,
                              "kind": kind or "term", "forms": forms})
    return record, import_records(session, TermFile([record], {}, {record.concept} if kind else set()))


def new_term(record: TermRecord) -> Term:
    return Term(lang=record.lang, text=record.text, status=record.status, note=record.note, forms=dict(record.forms))


def import_records(session: Session, termfile: TermFile) -> ImportReport:
    """Write the records a batch at a time: a batch's concepts are read from the database, their
    new and changed terms flushed, and nothing of it is held once the next batch starts (the
    session keeps flushed objects only while something refers to them). One flush at the end
    held a whole file's terms as ORM objects: 2.4 GB for a 20 MB file of 400,000 terms. The
    caller's transaction still makes the import all or nothing."""
    report = ImportReport()
    touched: set[str] = set()  # concepts whose note and kind this import has set
    records = termfile.records
    for start in range(0, len(records), IMPORT_BATCH):
        batch = records[start : start + IMPORT_BATCH]
        keys = list({record.concept for record in batch})
        concepts = {c.key: c for c in session.scalars(
            select(Concept).where(Concept.key.in_(keys)).options(selectinload(Concept.terms)))}
        for record in batch:
            _import_record(session, record, termfile, concepts, touched, report)
        session.flush()
    return report


def _import_record(session: Session, record: TermRecord, termfile: TermFile, concepts: dict[str, Concept],
                   touched: set[str], report: ImportReport) -> None:
    concept = concepts.get(record.concept)
    if concept is None:
        concept = concepts[record.concept] = Concept(key=record.concept, kind=record.kind,
                                                     note=termfile.concept_notes.get(record.concept, ""))
        session.add(concept)
        report.concepts_created += 1
        touched.add(record.concept)
    elif record.concept not in touched:
        touched.add(record.concept)
        note = termfile.concept_notes.get(record.concept) or concept.note
        kind = record.kind if record.concept in termfile.kinds_given else concept.kind
        if (note, kind) != (concept.note, concept.kind):
            concept.note, concept.kind = note, kind
            report.concepts_updated += 1
    term = next((t for t in concept.terms if t.lang == record.lang and t.text == record.text), None)
    if term is None:
        concept.terms.append(new_term(record))
        report.terms_created += 1
    elif (term.status, term.note, term.forms or {}) != (record.status, record.note, record.forms):
        term.status, term.note, term.forms = record.status, record.note, dict(record.forms)
        report.terms_updated += 1


def export_file(session: Session, path: str | Path) -> int:
    """Write every concept and term to a .csv or .tbx file; returns the number of terms."""
    path = Path(path)
    concepts = list(session.scalars(select(Concept).options(selectinload(Concept.terms)).order_by(Concept.id)))
    if path.suffix.lower() == ".csv":
        _write_csv(path, concepts)
    elif path.suffix.lower() == ".tbx":
        _write_tbx(path, concepts)
    else:
        raise GlossaryError(f"{path}: termbase files must end in .csv or .tbx")
    return sum(len(c.terms) for c in concepts)


def _open_for_writing(path: Path) -> BinaryIO:
    """``path`` truncated or created, never through a symbolic link: `glossary export link.csv`
    must not overwrite whatever the link points at (a shell profile, another user's file)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o666)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise GlossaryError(f"{path} is a symbolic link; refusing to write through it") from None
        raise GlossaryError(f"cannot write {path}: {error.strerror}") from None
    return os.fdopen(descriptor, "wb")


def _write_csv(path: Path, concepts: list[Concept]) -> None:
    with _open_for_writing(path) as binary, io.TextIOWrapper(binary, encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for concept in concepts:
            for term in concept.terms:
                row = [concept.key, term.lang, term.text, term.status, term.note or "", concept.kind,
                       format_forms(term.forms or {})]
                writer.writerow([_quoted(value) for value in row])


def _formula_like(value: str) -> bool:
    # Quotes before the sign count too: a note that itself begins '-ism' gets one more quote on
    # export and loses only that one on import (it lost its own, and came back as -ism').
    return value.lstrip("'").startswith(FORMULA_STARTS)


def _quoted(value: str) -> str:
    return "'" + value if _formula_like(value) else value


def _unquoted(value):
    if isinstance(value, str) and value.startswith("'") and _formula_like(value):
        return value[1:]
    return value


def _refuse_what_xml_cannot_hold(concepts: list[Concept]) -> None:
    """A concept or term stored before control characters were refused (records.CONTROL) cannot
    go into XML: named here, with the way out, instead of lxml's ValueError from every front end."""
    for concept in concepts:
        values = {f"concept {concept.key!r}": [concept.key, concept.note or ""]} | {
            f"concept {concept.key!r}, {term.lang} term {term.text!r}": [term.text, term.note or "",
                                                                        *(term.forms or {}).values()]
            for term in concept.terms}
        for where, texts in values.items():
            if control := next(filter(None, (CONTROL.search(text) for text in texts)), None):
                raise GlossaryError(f"{where}: holds the control character U+{ord(control.group()):04X}, which "
                                    "TBX (XML) cannot carry; correct it or export to .csv")


def _write_tbx(path: Path, concepts: list[Concept]) -> None:
    _refuse_what_xml_cannot_hold(concepts)
    root = etree.Element("tbx", nsmap={None: TBX_NAMESPACE}, type="TBX-Basic", style="dca")
    root.set(_XML_LANG, "en")
    header = etree.SubElement(etree.SubElement(etree.SubElement(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    etree.SubElement(header, "p").text = "Workbench termbase"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for concept in concepts:
        entry = etree.SubElement(body, "conceptEntry", id=concept.key)
        etree.SubElement(entry, "descrip", type="conceptKind").text = concept.kind
        if concept.note:
            etree.SubElement(entry, "note").text = concept.note
        languages: dict[str, etree._Element] = {}
        for term in concept.terms:
            if term.lang not in languages:
                languages[term.lang] = etree.SubElement(entry, "langSec", {_XML_LANG: term.lang})
            section = etree.SubElement(languages[term.lang], "termSec")
            etree.SubElement(section, "term").text = term.text
            etree.SubElement(section, "termNote", type="administrativeStatus").text = _STATUS_TO_TBX[term.status]
            if term.forms:
                etree.SubElement(section, "termNote", type="inflectedForms").text = format_forms(term.forms)
            if term.note:
                etree.SubElement(section, "note").text = term.note
    with _open_for_writing(path) as handle:
        etree.ElementTree(root).write(handle, encoding="UTF-8", xml_declaration=True, pretty_print=True)
