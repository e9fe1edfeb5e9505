"""Glossary checks for the editor panel, PO comments and QA.

``insertions`` is what the editor's termbase panel shows: each source concept once, with the
preferred target term in the case its place in the source needs (the form one key inserts). It
builds forms with ``Termbase.replacement``, the same call the save-time fix uses.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from glossary.lexicon import has_place_adjective, place_adjective
from glossary.syntax import cases_in_text, source_case
from glossary.termbase import ACCEPTABLE, Match, Termbase


# Tuples rather than frozen dataclasses: an export builds one per term of every segment.
class Hit(NamedTuple):
    concept: str
    source_term: str
    status: str
    targets: list[str]  # preferred target terms, full names first
    note: str
    start: int
    end: int


# A hit and the form one key inserts: the preferred term (full name or surname, as the source
# has it) in ``case``. Hit's fields come first, so an Insertion is built as ``Insertion(*hit, form, case)``.
Insertion = NamedTuple("Insertion", [*Hit.__annotations__.items(), ("form", str), ("case", str)])


class GlossaryIssue(NamedTuple):
    concept: str
    message: str
    severity: str  # error | warning
    start: int | None = None  # offsets in the target, when the issue is a span of it
    end: int | None = None


def hits(termbase: Termbase, source_text: str, source_lang: str, target_lang: str) -> list[Hit]:
    found = []
    for match in termbase.scan(source_text, source_lang):
        targets, note = termbase.targets_and_note(match.concept, source_lang, target_lang)
        found.append(Hit(match.concept, match.term, match.status, list(targets), note, match.start, match.end))
    return found


def insertions(termbase: Termbase, source_text: str, source_lang: str, target_lang: str) -> list[Insertion]:
    """Each concept of the source once (its first occurrence), with the form to insert: the surname
    alone when the source has it alone, in the case the source position needs ("Tsikhanouskaya's"
    -> genitive). Where no form of that case is sure, the dictionary form."""
    found, seen = [], set()
    for hit in hits(termbase, source_text, source_lang, target_lang):
        if hit.concept in seen or not hit.targets:
            continue
        seen.add(hit.concept)
        case = source_case(source_text, hit.start, hit.end, source_lang, target_lang, termbase.kind(hit.concept))
        form = termbase.replacement(hit.concept, hit.source_term, (case,), target_lang)
        if form is None:
            case, form = "nom", termbase.replacement(hit.concept, hit.source_term, ("nom",), target_lang)
        found.append(Insertion(*hit, form, case))
    return found


def check(termbase: Termbase, source: str, target: str, source_lang: str, target_lang: str, *,
          source_matches: Sequence[Match] | None = None, target_matches: Sequence[Match] | None = None) -> list[GlossaryIssue]:
    """Wrong renderings in ``target``, and source concepts with no preferred or admitted rendering.
    ``source_matches`` and ``target_matches``: the texts' scans, when the caller has made them."""
    issues = []
    if target_matches is None:
        target_matches = termbase.scan(target, target_lang)
    for match in target_matches:
        if match.status in ACCEPTABLE or termbase.kind(match.concept) == "place" and place_adjective(match.term, match.canonical):
            continue  # an adjective from a place (Минский суд) is no rendering of the place
        cases = cases_in_text(match.cases, target, match.start, target_lang, termbase.kind(match.concept), match.end)
        better = termbase.replacement(match.concept, match.term, cases, target_lang)
        advice = f"; use «{better}»" if better else f"; no sure {cases[0] if cases else 'nom'} form of the preferred term: fix by hand"
        issues.append(GlossaryIssue(
            match.concept, f"{match.status} term «{match.term}»{advice}",
            "error" if match.status == "forbidden" else "warning", match.start, match.end,
        ))
    rendered = {m.concept for m in target_matches}  # wrong renderings are reported above
    for match in termbase.scan(source, source_lang) if source_matches is None else source_matches:
        if match.concept in rendered or not termbase.terms_in(match.concept, target_lang) \
                or termbase.kind(match.concept) == "place" and any(
                    has_place_adjective(target, termbase.records[i].text, target_lang) for i in termbase.preferred(match.concept, target_lang)):
            continue  # "Minsk protests": Мінські протести renders the place
        rendered.add(match.concept)
        expected = ", ".join(f"«{termbase.records[i].text}»" for i in termbase.preferred(match.concept, target_lang))
        issues.append(GlossaryIssue(
            match.concept, f"«{match.term}» in the source has no admitted {target_lang} rendering (expected {expected})", "error",
        ))
    return issues
