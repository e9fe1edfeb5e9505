"""New names in documents: what the CLI's ``glossary discover`` / ``adopt``, the editor's "New
names" panel and the import notice share.

Discovery and proposals live in the termbase package (glossary.discovery, glossary.proposals);
this module feeds them a document's source text and writes an adopted name into the termbase as
one concept: the chosen spelling preferred in each language, the other proposals and the other
English romanizations as deprecated variants, and for people the surname alone as well.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from glossary.discovery import DiscoveredName, discover
from glossary.errors import GlossaryError
from glossary.io import new_term
from glossary.lexicon import known_common_word
from glossary.models import Concept
from glossary.proposals import LANGUAGES, propose
from glossary.records import TermRecord, record_from_row
from glossary.termbase import Termbase
from workbench.config import check_import_size
from workbench.errors import WorkbenchError
from workbench.importers import decode, detect_format, parse
from workbench.importers.structure import Text
from workbench.models import Document, Segment

DISCOVERY_LANGUAGES = ("en",)
NAME_KINDS = ("person", "place", "organisation")


def check_discovery_language(lang: str) -> None:
    if lang not in DISCOVERY_LANGUAGES:
        raise WorkbenchError(f"finding new names reads English text; this one is {lang!r}")


def document_text(session: Session, document: Document) -> str:
    """The document's source text, one segment per line (a segment never spans sentences)."""
    texts = session.scalars(select(Segment.source_text).where(Segment.document_id == document.id).order_by(Segment.position))
    return "\n".join(texts)


def file_text(path: Path, fmt: str | None = None) -> str:
    """The translatable text of a file the importers can read (txt, Markdown, HTML)."""
    if not path.is_file():
        raise WorkbenchError(f"{path} is not a file")
    check_import_size(path.stat().st_size)
    text, _ = decode(path.read_bytes())
    parsed = parse(text, detect_format(path.name, fmt))
    return "\n\n".join("".join(piece.text for piece in paragraph.pieces if isinstance(piece, Text)) for paragraph in parsed.paragraphs)


def new_names(session: Session, document: Document, termbase: Termbase) -> list[DiscoveredName]:
    check_discovery_language(document.source_lang)
    return discover(document_text(session, document), termbase)


def count_new_names(session: Session, document: Document, termbase: Termbase | None = None) -> int | None:
    """How many names of an English document the termbase lacks (None for other languages)."""
    if document.source_lang not in DISCOVERY_LANGUAGES:
        return None
    return len(discover(document_text(session, document), termbase or Termbase.from_session(session)))


def notice(count: int) -> str:
    """The import notice: "7 names not in the termbase"."""
    if count == 0:
        return "Every name found is in the termbase."
    return f"{count} name{'s' if count != 1 else ''} not in the termbase"


def name_entry(name: DiscoveredName) -> dict:
    """A found name with its proposals, as the CLI's --json and the editor's panel show it:
    name, count, kind, sentences, origin, english_variants, proposals {lang: [{text, rule, known, forms}]}."""
    return name.as_dict() | propose(name.name, kind=name.kind).as_dict()


# Latin letters that do not decompose into a base letter and a mark: NFKD alone dropped them
# (Jabłonowski -> jabonowski, Łódź -> odz).
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T"})


def concept_key(name: str) -> str:
    """``"Ales Bialiatski"`` -> ``"ales-bialiatski"``, ``"Łódź"`` -> ``"lodz"`` (ASCII, for CSV and TBX)."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "name"


def adopt(
    session: Session,
    name: str,
    kind: str,
    chosen: dict[str, str],
    *,
    key: str | None = None,
) -> tuple[str, int]:
    """Add ``name`` as a new concept; returns (concept key, number of terms).

    ``chosen`` maps languages to the spelling to prefer (a missing language takes the first
    proposal). The other proposals of each language, and the other English romanizations of the
    name, are added as deprecated variants, so the termbase fixes them when MT produces them.
    """
    if kind not in NAME_KINDS:
        raise WorkbenchError(f"kind {kind!r} is not one of {', '.join(NAME_KINDS)}")
    name = " ".join(name.split())
    if not name:
        raise WorkbenchError("the name is empty")
    key = key or concept_key(name)
    taken = WorkbenchError(f"the termbase has a concept {key!r} already; give another key")
    if session.scalars(select(Concept.id).where(Concept.key == key)).first() is not None:
        raise taken
    unknown = set(chosen) - set(LANGUAGES)
    if unknown:
        raise WorkbenchError(f"cannot choose spellings in {', '.join(sorted(unknown))}; the languages are {', '.join(LANGUAGES)}")
    try:
        proposals = propose(name, kind=kind)
    except GlossaryError as error:
        raise WorkbenchError(str(error)) from None
    rows: list[tuple[str, str, str]] = [("en", name, "preferred")]
    rows += [("en", variant, "deprecated") for variant in proposals.english_variants]
    for lang in LANGUAGES:
        offered = [p.text for p in proposals.proposals[lang]]
        preferred = " ".join((chosen.get(lang) or (offered[0] if offered else "")).split())
        if not preferred:
            continue
        rows.append((lang, preferred, "preferred"))
        rows += [(lang, text, "deprecated") for text in offered if text != preferred and not _ordinary_word(text, lang)]
    if kind == "person":
        # The surname alone is how the text mentions the person after the first time.
        rows += [(lang, text.split()[-1], status) for lang, text, status in list(rows) if len(text.split()) > 1]
    records, seen = [], set()
    for lang, text, status in rows:
        if (lang, text) in seen:
            continue
        seen.add((lang, text))
        records.append(_record(key, lang, text, status, kind))
    # A new concept, its key checked free above: no need to load the termbase to merge into it.
    concept = Concept(key=key, kind=kind, note="")
    concept.terms = [new_term(record) for record in records]
    session.add(concept)
    try:
        session.flush()
    except IntegrityError:  # added by someone else since the check above
        raise taken from None
    return key, len(records)


def _ordinary_word(text: str, lang: str) -> bool:
    """A proposal that is also an everyday word (Весна for Viasna) must not become a deprecated
    term: the termbase would "fix" the word wherever a sentence starts with it."""
    return lang in ("ru", "uk") and len(text.split()) == 1 and known_common_word(text, lang)


def _record(key: str, lang: str, text: str, status: str, kind: str) -> TermRecord:
    try:
        return record_from_row({"concept": key, "lang": lang, "term": text, "status": status, "kind": kind,
                                "note": "added from new names"})
    except GlossaryError as error:
        raise WorkbenchError(str(error)) from None
