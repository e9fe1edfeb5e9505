"""Plain term records, and turning CSV-like rows into them with clear errors."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from glossary.errors import GlossaryError
from glossary.inflection import CASES, forms_from_note
from glossary.languages import normalise_language
from glossary.models import KINDS, STATUSES, Concept, Term

# C0 controls other than tab and line breaks (which a note may hold).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
NO_FORMS: Mapping[str, str] = MappingProxyType({})
# Column sizes (VARCHAR on PostgreSQL): longer values are refused here, with the row named.
MAX_CONCEPT_KEY = Concept.__table__.c.key.type.length
MAX_TERM = Term.__table__.c.text.type.length


@dataclass(frozen=True, slots=True)
class TermRecord:
    concept: str
    lang: str
    text: str
    status: str = "preferred"
    note: str = ""
    kind: str = "term"
    forms: Mapping[str, str] = field(default_factory=lambda: NO_FORMS, hash=False, compare=False)  # explicit case forms

    @property
    def words(self) -> int:
        return len(self.text.split())


def format_forms(forms: dict[str, str]) -> str:
    """``{"gen": "Кіева"}`` -> ``"gen=Кіева"`` (the CSV ``forms`` column)."""
    return "; ".join(f"{case}={forms[case]}" for case in CASES if case in forms)


def parse_forms(value: str) -> dict[str, str]:
    forms = {}
    for part in filter(None, (p.strip() for p in value.split(";"))):
        case, _, form = part.partition("=")
        case, form = case.strip(), form.strip()
        if case not in CASES or not form:
            raise ValueError(f"forms must look like 'gen=Кіева; loc=Кіеве' with cases {', '.join(CASES)}; got {part!r}")
        if case in forms:
            raise ValueError(f"forms give {case} twice ({forms[case]!r}, {form!r})")
        forms[case] = form
    return forms


def nfc(text: str) -> str:
    """Composed form: a file saved on a Mac writes "ў" as "у" + U+0306, the same term in other
    bytes, which would otherwise become a second, invisible twin of the stored one."""
    return unicodedata.normalize("NFC", text)


def validate_concept_key(key: str) -> str:
    key = nfc((key or "").strip())
    if not key:
        raise GlossaryError("the concept key is empty")
    if len(key) > MAX_CONCEPT_KEY:
        raise GlossaryError(f"the concept key has {len(key)} characters; at most {MAX_CONCEPT_KEY} fit")
    return key


def record_from_row(row: dict, where: str = "") -> TermRecord:
    """Validate one row (``concept, lang, term, status[, note, kind, forms]``) into a record."""
    for value in row.values():
        if isinstance(value, str) and (control := CONTROL.search(value)):
            # A NUL byte is binary, never text (PostgreSQL cannot even store it); a BEL or ESC is
            # no part of a term, and XML (the TBX export) cannot hold either.
            name = "a NUL character" if control.group() == "\x00" else f"the control character U+{ord(control.group()):04X}"
            raise GlossaryError(f"{where}a value holds {name}, which is not text (a binary or damaged file?)")
    try:
        concept = validate_concept_key(row.get("concept"))
        text = nfc(" ".join((row.get("term") or "").split()))
        status = (row.get("status") or "preferred").strip().lower()
        kind = (row.get("kind") or "term").strip().lower()
        note = (row.get("note") or "").strip()
        if not text:
            raise ValueError("the term is empty")
        if len(text) > MAX_TERM:
            raise ValueError(f"the term has {len(text)} characters; at most {MAX_TERM} fit")
        if status not in STATUSES:
            raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        forms = row.get("forms") or {}
        forms = {case: nfc(form) for case, form in (forms.items() if isinstance(forms, dict) else parse_forms(forms).items())}
        if not forms and len(text.split()) == 1:
            forms = forms_from_note(note, text)
        # Interned: a 100k-concept termbase repeats these strings hundreds of thousands of times.
        return TermRecord(sys.intern(concept), sys.intern(normalise_language(row.get("lang"))), text,
                          sys.intern(status), note, sys.intern(kind), forms or NO_FORMS)
    except ValueError as error:
        raise GlossaryError(f"{where}{error}") from None


def unify_kinds(records: list[TermRecord]) -> list[TermRecord]:
    """Give every term of a concept the kind any of its rows names (the CSV kind may be on one row)."""
    kinds: dict[str, str] = {}
    for record in records:
        if record.kind != "term":
            kinds.setdefault(record.concept, record.kind)
    return [replace(r, kind=kinds[r.concept]) if r.concept in kinds and r.kind != kinds[r.concept] else r for r in records]
