"""Exchange formats: one module per format behind a small registry (like Weblate's formats).

An exporter turns one document in one target language into the bytes of a file; the CLI and the
editor's export buttons offer whatever is registered here.
"""

from __future__ import annotations

import importlib
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
FORMAT_MODULES = ("original",)


def _load_formats() -> None:
    for module in FORMAT_MODULES:
        importlib.import_module(f"workbench.exchange.{module}")
