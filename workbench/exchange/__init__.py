"""Exchange formats: one module per format behind a small registry (like Weblate's formats).

An exporter turns one document in one target language into the bytes of a file; the CLI and the
editor's export buttons offer whatever is registered here.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.models import Document


@dataclass
class ExportResult:
    data: bytes
    # Things the user should know, e.g. segments that fell back to the source text.
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Exporter:
    name: str  # the --format value
    extension: str  # file name suffix, with the dot
    label: str  # shown on the editor's export buttons
    export: Callable[[Session, Document, str], ExportResult]
    # For formats whose suffix follows the document (the original layout: .txt, .md, .html).
    extension_for: Callable[[Document], str] | None = None

    def filename(self, document: Document, lang: str) -> str:
        """A safe file name built from the title: no directories, no traversal."""
        ascii_title = unicodedata.normalize("NFKD", document.title).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60] or "document"
        extension = self.extension_for(document) if self.extension_for else self.extension
        return f"{slug}-{document.id}.{lang}{extension}"


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def get_exporter(name: str) -> Exporter:
    _load_formats()
    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise WorkbenchError(f"unknown export format {name!r}; known formats: {known}") from None


def all_exporters() -> list[Exporter]:
    _load_formats()
    return sorted(EXPORTERS.values(), key=lambda exporter: exporter.name)


# Format modules register themselves when imported; add new ones here.
FORMAT_MODULES = ("original", "po", "xliff", "tmx")


def _load_formats() -> None:
    for module in FORMAT_MODULES:
        importlib.import_module(f"workbench.exchange.{module}")
