"""What the bilingual formats (PO, XLIFF, TMX) share: unit keys, reading a document's segments
with their translations in one query, and applying the edits that come back. (The notes each
unit carries are exchange/notes.py's.)

Every unit is named by a stable key built from the segment's id, ``doc{D}-seg{S}``: it survives
re-segmentation of other paragraphs and re-exports, so an edited file always finds its segment.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Iterable, Iterator, NamedTuple

from sqlalchemy import Text, and_, cast, select
from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.models import Document, Segment, Translation
from workbench.translations import get_translation, save_translation

GENERATOR = f"Workbench {version('workbench')}"
SEGMENT_KEY = re.compile(r"doc(\d+)-seg(\d+)")


def segment_key(document_id: int, segment_id: int) -> str:
    return f"doc{document_id}-seg{segment_id}"


def parse_segment_key(key: str) -> tuple[int, int] | None:
    match = SEGMENT_KEY.fullmatch(key.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


class Row(NamedTuple):
    """One segment and its translation into the export language (empty when there is none)."""

    segment_id: int
    paragraph: int
    source: str
    markup: dict
    text: str
    status: str
    # The source the translation was made from, when it differs from the current source.
    previous_source: str | None


def rows(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> Iterator[Row]:
    """The document's segments in order, read with Core from the tables: ORM loading would cost
    seconds on a 100k-segment document. With ``reviewed_only`` a translation that is not reviewed
    reads as none (a newsroom publishes only what its reviewer approved)."""
    segments, translations = Segment.__table__.c, Translation.__table__.c
    query = (
        select(
            segments.id,
            segments.paragraph,
            segments.source_text,
            # As text: most segments have no markup, and decoding "{}" 100k times costs a tenth
            # of a large export.
            cast(segments.markup, Text),
            translations.text,
            translations.status,
            translations.source_text,
        )
        .select_from(
            Segment.__table__.outerjoin(
                Translation.__table__, and_(translations.segment_id == segments.id, translations.lang == lang)
            )
        )
        .where(segments.document_id == document.id)
        .order_by(segments.position)
    )
    for segment_id, paragraph, source, markup, text, status, translated_from in session.connection().execute(query):
        if reviewed_only and status != "reviewed":
            text, status, translated_from = "", "untranslated", None
        changed = translated_from is not None and translated_from != source
        yield Row(
            segment_id,
            paragraph,
            source,
            json.loads(markup) if markup and markup != "{}" else {},
            text or "",
            status or "untranslated",
            translated_from if changed else None,
        )


@dataclass(frozen=True)
class IncomingUnit:
    """A unit read back from an exchange file."""

    key: str
    line: int
    source: str
    target: str
    status: str


@dataclass(frozen=True)
class IncomingFile:
    """An edited file read back whole, before anything is written."""

    lang: str
    units: list[IncomingUnit]
    origin: str  # recorded on the revisions it makes: "po import"
    notices: list[str] = field(default_factory=list)  # things left out, e.g. obsolete PO entries


@dataclass
class ImportReport:
    changed: int = 0
    unchanged: int = 0
    # One message per unit that was not applied as the file said, with its line number.
    problems: list[str] = field(default_factory=list)


def reject_duplicates(units: Iterable[IncomingUnit], what: str) -> None:
    """Refuse two units for one segment, however their keys are spelled ("doc1-seg2", " doc1-seg02"):
    the second would silently overwrite the first."""
    first_line: dict[object, int] = {}
    for unit in units:
        identity = parse_segment_key(unit.key) or unit.key
        if identity in first_line:
            raise WorkbenchError(
                f"line {unit.line}: duplicate {what} {unit.key!r} (first on line {first_line[identity]}); "
                "nothing imported"
            )
        first_line[identity] = unit.line


def apply_units(
    session: Session,
    document: Document,
    lang: str,
    units: list[IncomingUnit],
    *,
    origin: str,
    author: str = "",
    may_review: bool = True,
) -> ImportReport:
    """Save each unit's target through ``save_translation`` (one Revision per changed unit).

    Units that match no segment, translations of a source that has changed since the export
    (saved as drafts) and reviewed units from someone who may not review (saved as translated)
    are reported, never dropped silently. The caller's transaction makes the import all or nothing.
    """
    segments = {segment.id: segment for segment in document.segments}
    report = ImportReport()
    for unit in units:
        ids = parse_segment_key(unit.key)
        segment = segments.get(ids[1]) if ids and ids[0] == document.id else None
        if segment is None:
            report.problems.append(
                f"line {unit.line}: {unit.key!r} matches no segment of document {document.id}; not imported"
            )
            continue
        status = unit.status
        if unit.source != segment.source_text and status in ("translated", "reviewed"):
            status = "draft"
            report.problems.append(
                f"line {unit.line}: the source of {unit.key} changed since the export; imported as draft"
            )
        if status == "reviewed" and not may_review:
            status = "translated"
            report.problems.append(f"line {unit.line}: {unit.key} is marked reviewed, but you may not review; "
                                   "imported as translated")
        if _changes(get_translation(session, segment, lang), unit.target, status):
            save_translation(session, segment, lang, unit.target, status=status, origin=origin, author=author)
            report.changed += 1
        else:
            report.unchanged += 1
    return report


def _changes(existing: Translation | None, text: str, status: str) -> bool:
    if existing is None:
        return bool(text)
    if existing.text != text:
        return True
    # A file that only knows "translated" must not demote a reviewed translation it left alone.
    return existing.status != status and not (status == "translated" and existing.status == "reviewed")
