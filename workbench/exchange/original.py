"""Original layout export: the target text in the document's own format and layout.

A plain-text document exports plain text, Markdown exports Markdown, HTML exports HTML, and the
file name's extension follows. Exporting in the source language gives back the imported file byte for byte.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from workbench.documents import reassemble
from workbench.exchange import Exporter, ExportResult, register_exporter
from workbench.models import Document

EXTENSIONS = {"txt": ".txt", "md": ".md", "html": ".html"}


def original_extension(document: Document) -> str:
    return EXTENSIONS.get(document.format, ".txt")


def export_original(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> ExportResult:
    reassembled = reassemble(document, lang, reviewed_only=reviewed_only)
    warnings = []
    if reassembled.fallback_positions:
        missing = "not reviewed" if reviewed_only else "untranslated"
        warnings.append(_listed(reassembled.fallback_positions, f"{missing}, source text used"))
    if reassembled.draft_positions:
        warnings.append(_listed(reassembled.draft_positions, "unconfirmed (draft), exported as drafted"))
    try:
        data = reassembled.text.encode(document.encoding)
    except UnicodeEncodeError:
        # The translation has letters the original's encoding lacks (Cyrillic in windows-1252).
        if document.format == "html":
            data = reassembled.text.encode(document.encoding, errors="xmlcharrefreplace")
        else:
            data = reassembled.text.encode("utf-8")
            warnings.append(f"the {lang} text does not fit the original {document.encoding}; written as UTF-8")
    return ExportResult(data, warnings)


def _listed(positions: list[int], what: str) -> str:
    """"3 segments untranslated, source text used: 4, 7-8"."""
    count = len(positions)
    return f"{count} segment{'s' if count != 1 else ''} {what}: {_ranges(positions)}"


def _ranges(positions: list[int]) -> str:
    """[4, 7, 8, 9] -> "4, 7-9"."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and position == runs[-1][-1] + 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)


register_exporter(
    Exporter(
        name="txt",
        extension=".txt",
        label="Original layout",
        export=export_original,
        extension_for=original_extension,
    )
)
