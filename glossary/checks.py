"""Glossary checks for the editor panel, PO comments and QA."""

from __future__ import annotations

from typing import NamedTuple

from glossary.syntax import cases_in_text
from glossary.termbase import ACCEPTABLE, Termbase


# Tuples rather than frozen dataclasses: an export builds one per term of every segment.
class Hit(NamedTuple):
    concept: str
    source_term: str
    status: str
    targets: list[str]  # preferred target terms, full names first
    note: str
    start: int
    end: int


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


def check(termbase: Termbase, source: str, target: str, source_lang: str, target_lang: str) -> list[GlossaryIssue]:
    """Wrong renderings in ``target``, and source concepts with no preferred or admitted rendering."""
    issues = []
    target_matches = termbase.scan(target, target_lang)
    for match in target_matches:
        if match.status in ACCEPTABLE:
            continue
        cases = cases_in_text(match.cases, target, match.start, target_lang, termbase.kind(match.concept))
        better = termbase.replacement(match.concept, match.term, cases, target_lang)
        advice = f"; use «{better}»" if better else ""
        issues.append(GlossaryIssue(
            match.concept, f"{match.status} term «{match.term}»{advice}",
            "error" if match.status == "forbidden" else "warning", match.start, match.end,
        ))
    rendered = {m.concept for m in target_matches}  # wrong renderings are reported above
    for match in termbase.scan(source, source_lang):
        if match.concept in rendered or not termbase.terms_in(match.concept, target_lang):
            continue
        rendered.add(match.concept)
        expected = ", ".join(f"«{termbase.records[i].text}»" for i in termbase.preferred(match.concept, target_lang))
        issues.append(GlossaryIssue(
            match.concept, f"«{match.term}» in the source has no admitted {target_lang} rendering (expected {expected})", "error",
        ))
    return issues
