"""Exchange formats: one module per format behind a small registry (like Weblate's formats).

A format turns one document in one target language into the bytes of a file, and — for the
bilingual ones (PO, XLIFF) — reads an edited file back. The CLI (``export``,
``import-translations``) and the web app (export buttons, translation upload) offer whatever is
registered here.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from workbench.config import check_import_size
from workbench.errors import WorkbenchError
from workbench.exchange.bilingual import ImportReport, IncomingFile, apply_units
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
    # (session, document, lang, *, reviewed_only=False): with reviewed_only, a translation nobody has
    # reviewed goes out as untranslated (bilingual formats) or as the source text (original layout).
    export: Callable[..., ExportResult]
    # For formats whose suffix follows the document (the original layout: .txt, .md, .html).
    extension_for: Callable[[Document], str] | None = None
    # Reads an edited file back, validated whole: (path, target language or None if the file
    # names it) -> IncomingFile. None for formats that do not come back (original layout, TMX).
    read: Callable[[Path, str | None], IncomingFile] | None = None

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


def readable_extensions() -> list[str]:
    """File name suffixes ``import_translations`` recognises (".po", ".xlf", ...)."""
    return sorted({exporter.extension for exporter in all_exporters() if exporter.read})


def reader_for(path: Path, format_name: str | None = None) -> Exporter:
    """The format that reads ``path``: ``format_name``'s, else the one its suffix names."""
    if format_name is not None:
        exporter = get_exporter(format_name)
        if exporter.read is None:
            raise WorkbenchError(f"{format_name} files cannot be imported back")
        return exporter
    suffix = path.suffix.lower()
    exporter = next((e for e in all_exporters() if e.read and e.extension == suffix), None)
    if exporter is None:
        raise WorkbenchError(f"{path.name}: cannot tell the format from the name; "
                             f"translations come back in {', '.join(readable_extensions())} files")
    return exporter


def import_translations(session: Session, document: Document, path: Path, *, lang: str | None = None,
                        format_name: str | None = None, author: str = "", may_review: bool = True
                        ) -> tuple[str, ImportReport]:
    """Apply the edits in an exported file of ``document`` (all or nothing, in the caller's
    transaction); returns the file's language and what changed."""
    check_import_size(path.stat().st_size)
    incoming = reader_for(path, format_name).read(path, lang)
    target = _target_language(path, incoming.lang, lang)
    report = apply_units(session, document, target, incoming.units, origin=incoming.origin, author=author,
                         may_review=may_review)
    report.problems[:0] = incoming.notices
    return target, report


def _target_language(path: Path, file_lang: str, lang: str | None) -> str:
    """The language the file's translations are stored in. Tools write a region or a charset into
    the code ("be_BY", "uk_UA.UTF-8"): still the language itself, stored under "be" and "uk" where
    the editor shows it, not beside it. A variant ("be@tarask", "sr@latin") is another spelling of
    the language: taken only when ``lang`` says which language to store it in."""
    plain = plain_language(file_lang)
    language = re.match("[a-z]+", plain).group()
    if lang is not None:
        if language != lang.split("-")[0]:
            raise WorkbenchError(f"{path}: the file is in {file_lang}, not {lang}; nothing imported")
        return lang
    if plain != language:
        raise WorkbenchError(f"{path}: the file is in {file_lang}, a variant of {language}; give the language "
                             f"to import it as (--lang {language}); nothing imported")
    return language


def plain_language(code: str) -> str:
    """A validated code without the region and charset that tools add ("ru-ru", "uk-ua.utf-8" ->
    "ru", "uk"), so what they write is stored where the workbench looks for the language. A
    script or variant ("be-latn", "be@tarask") is kept: another way of writing it."""
    main, _, variant = re.sub(r"\.[^@]*", "", code).partition("@")
    first, *rest = main.split("-")
    kept = [first, *(subtag for subtag in rest if not re.fullmatch(r"[a-z]{2}|\d{3}", subtag))]
    return "-".join(kept) + (f"@{variant}" if variant else "")


# Format modules register themselves when imported; add new ones here.
FORMAT_MODULES = ("original", "po", "xliff", "tmx")


def _load_formats() -> None:
    for module in FORMAT_MODULES:
        importlib.import_module(f"workbench.exchange.{module}")
