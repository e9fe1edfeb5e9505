"""The termbase in memory: what the MT pipeline, QA, editor and CLI use.

    tb = Termbase.from_session(session)   # or Termbase.from_rows(csv_like_dicts)
    tb.scan(text, "be"); tb.fix(draft, "be", source=...); tb.hits(...); tb.check(...)

Automata are built per language on first use, so building a Termbase is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from glossary import enforcement, qa
from glossary.enforcement import ACCEPTABLE, FixResult
from glossary.inflection import inflect, known_common_word
from glossary.matching import FuzzyIndex, LanguageMatcher
from glossary.models import Concept
from glossary.qa import GlossaryIssue, Hit
from glossary.records import TermRecord, record_from_row, unify_kinds

# Wrong spellings often carry the endings of a neighbouring language (Тихановской in be text).
_NEIGHBOUR_PARADIGMS = {"be": ("ru", "uk"), "uk": ("ru", "be"), "ru": ("uk", "be")}


@dataclass(frozen=True)
class Match:
    """A term found in text; offsets index the text as given."""

    concept: str
    term: str  # the text as it appears
    start: int
    end: int
    status: str  # preferred | admitted | deprecated | forbidden | unlisted
    case: str | None
    canonical: str  # the termbase term matched (or the nearest one, for unlisted renderings)
    cases: tuple[str, ...] = ()  # every case the matched form can be


class Termbase:
    """All concepts and terms, with lazily built per-language matchers. Build one per process and
    rebuild it when the termbase tables change; scanning and fixing never touch the database."""

    REMEMBERED_SCANS = 4096

    def __init__(self, records: Iterable[TermRecord] = (), concept_notes: dict[str, str] | None = None):
        self.records: list[TermRecord] = list(records)
        self.concept_notes = concept_notes or {}
        self._by_concept: dict[str, list[int]] = {}
        self._by_concept_lang: dict[tuple[str, str], list[int]] = {}
        for index, record in enumerate(self.records):
            self._by_concept.setdefault(record.concept, []).append(index)
            self._by_concept_lang.setdefault((record.concept, record.lang), []).append(index)
        self._matchers: dict[str, LanguageMatcher] = {}
        self._case_forms: dict[int, list[tuple[str, str]]] = {}
        self._scanned: dict[tuple[str, str], tuple[Match, ...]] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> Termbase:
        """From CSV-like dicts (concept, lang, term, status[, note, kind, forms]); no database."""
        return cls(unify_kinds([record_from_row(row, f"row {number}: ") for number, row in enumerate(rows, 1)]))

    @classmethod
    def from_session(cls, session: Session) -> Termbase:
        concepts = session.scalars(select(Concept).options(selectinload(Concept.terms)).order_by(Concept.id))
        records, notes = [], {}
        for concept in concepts:
            notes[concept.key] = concept.note or ""
            records.extend(
                TermRecord(concept.key, term.lang, term.text, term.status, term.note or "", concept.kind, dict(term.forms or {}))
                for term in concept.terms
            )
        return cls(records, notes)

    # --- forms ----------------------------------------------------------------------------------

    def case_forms(self, index: int) -> list[tuple[str, str]]:
        """``(case, form)`` pairs of one term, canonical form of each case first."""
        forms = self._case_forms.get(index)
        if forms is None:
            forms = self._case_forms[index] = self._inflect(index)
        return forms

    def _inflect(self, index: int) -> list[tuple[str, str]]:
        record = self.records[index]
        wrong = record.status not in ACCEPTABLE
        return inflect(
            record.text,
            record.lang,
            animate=record.kind == "person",
            explicit=record.forms,
            word_forms=self._word_forms(record.concept, record.lang),
            extra_langs=_NEIGHBOUR_PARADIGMS.get(record.lang, ()) if wrong else (),
        )

    def _word_forms(self, concept: str, lang: str) -> dict[str, dict[str, str]]:
        return {
            self.records[i].text: self.records[i].forms
            for i in self._by_concept_lang.get((concept, lang), ())
            if self.records[i].forms and self.records[i].words == 1
        }

    def form_in_case(self, index: int, cases: Iterable[str]) -> str:
        """The term in the first of ``cases`` it has a form for (else its dictionary form)."""
        canonical: dict[str, str] = {}
        for case, form in self.case_forms(index):
            canonical.setdefault(case, form)
        return next((canonical[c] for c in cases if c in canonical), self.records[index].text)

    def preferred(self, concept: str, lang: str) -> list[int]:
        """Preferred terms of ``concept`` in ``lang``, full names (most words) first."""
        indexes = [i for i in self._by_concept_lang.get((concept, lang), ()) if self.records[i].status == "preferred"]
        return sorted(indexes, key=lambda i: -self.records[i].words)

    def terms_in(self, concept: str, lang: str) -> list[int]:
        return list(self._by_concept_lang.get((concept, lang), ()))

    def terms_of(self, concept: str) -> list[int]:
        return list(self._by_concept.get(concept, ()))

    # --- matching -------------------------------------------------------------------------------

    def _matcher(self, lang: str) -> LanguageMatcher:
        matcher = self._matchers.get(lang)
        if matcher is None:
            statuses = [r.status for r in self.records]
            # Not cached per term: a large termbase would hold every form twice.
            forms = (
                (index, form, case)
                for index, record in enumerate(self.records)
                if record.lang == lang
                for case, form in self._inflect(index)
            )
            matcher = self._matchers[lang] = LanguageMatcher(lang, forms, statuses)
        return matcher

    @cached_property
    def fuzzy(self) -> FuzzyIndex:
        return FuzzyIndex(((i, r.text.split()[-1]) for i, r in enumerate(self.records)), self.case_forms)

    def scan(self, text: str, lang: str) -> list[Match]:
        """Every term of ``lang`` in ``text`` (longest match wins), and unlisted renderings.

        Remembered for recent texts: the editor's panels and every PO/XLIFF entry scan a source
        for its hits and again for the glossary check.
        """
        matches = self._scanned.get((text, lang))
        if matches is None:
            if len(self._scanned) >= self.REMEMBERED_SCANS:
                self._scanned.clear()
            matches = self._scanned[(text, lang)] = self._scan(text, lang)
        return list(matches)

    def _scan(self, text: str, lang: str) -> tuple[Match, ...]:
        matches = []
        for span in self._matcher(lang).find(text):
            record = self.records[span.term]
            matched = text[span.start : span.end]
            if record.text.isupper() and not matched.isupper() or record.text[0].isupper() and not matched[0].isupper():
                continue  # names match only as names: "us" and "гонитва" are ordinary words
            matches.append(Match(record.concept, matched, span.start, span.end, record.status,
                                 span.cases[0], record.text, span.cases))
        taken = [(m.start, m.end) for m in matches]
        for hit in self.fuzzy.find(text, taken, lambda word: not _ordinary_word(word, lang)):
            record = self.records[hit.term]
            matches.append(Match(record.concept, hit.word, hit.start, hit.end, "unlisted", hit.case, record.text, (hit.case,)))
        return tuple(sorted(matches, key=lambda m: m.start))

    def fix(self, draft: str, lang: str, source: str | None = None, source_lang: str = "en") -> FixResult:
        return enforcement.fix(self, draft, lang, source, source_lang)

    def hits(self, source_text: str, source_lang: str, target_lang: str) -> list[Hit]:
        return qa.hits(self, source_text, source_lang, target_lang)

    def check(self, source: str, target: str, source_lang: str, target_lang: str) -> list[GlossaryIssue]:
        return qa.check(self, source, target, source_lang, target_lang)

    def note(self, concept: str, *indexes: int) -> str:
        """The concept's note, else the first note of the given terms."""
        if self.concept_notes.get(concept):
            return self.concept_notes[concept]
        return next((self.records[i].note for i in indexes if self.records[i].note), "")


def _ordinary_word(word: str, lang: str) -> bool:
    """True for words the ru/uk dictionaries know as something other than a name."""
    return lang in ("ru", "uk") and known_common_word(word, lang)


