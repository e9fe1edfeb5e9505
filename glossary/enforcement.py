"""Fixing drafts: wrong renderings become the preferred term in the same case and letter case."""

from __future__ import annotations

from dataclasses import dataclass, field

from glossary.normalize import has_mixed_script
from glossary.syntax import cases_in_text
from glossary.termbase import ACCEPTABLE, Match, Termbase

MISSING_THRESHOLD = 0.6  # looser than plain scanning: the source says the term must be there


@dataclass(frozen=True)
class Change:
    concept: str
    from_: str
    to: str
    reason: str  # deprecated | forbidden | unlisted | missing
    start: int | None  # offsets in the draft as given; None when a missing term was not located
    end: int | None


@dataclass
class FixResult:
    text: str
    changes: list[Change] = field(default_factory=list)


def fix(termbase: Termbase, draft: str, lang: str, source: str | None = None, source_lang: str = "en") -> FixResult:
    matches = termbase.scan(draft, lang)
    changes = [change for m in matches if (change := _change_for(termbase, m, draft, lang))]
    if source:
        changes += _missing(termbase, draft, lang, termbase.scan(source, source_lang), matches)
    return FixResult(_apply(draft, changes), changes)


def _reason(match: Match) -> str | None:
    if match.status not in ACCEPTABLE:
        return match.status
    # A correct term typed with look-alike letters (Latin i in Cyrillic) is not the listed spelling.
    return "unlisted" if has_mixed_script(match.term) else None


def _change_for(termbase: Termbase, match: Match, draft: str, lang: str) -> Change | None:
    reason = _reason(match)
    if reason is None:
        return None
    cases = cases_in_text(match.cases, draft, match.start, lang, termbase.kind(match.concept))
    replacement = termbase.replacement(match.concept, match.term, cases, lang,
                                       same_term=match.canonical if match.status in ACCEPTABLE else None)
    if replacement is None or replacement == match.term:
        return None
    return Change(match.concept, match.term, replacement, reason, match.start, match.end)


def _missing(termbase: Termbase, draft: str, lang: str, source_matches: list[Match], draft_matches: list[Match]) -> list[Change]:
    """Concepts of the source that the draft lacks: fix their nearest rendering or report them."""
    present = {m.concept for m in draft_matches}
    taken = [(m.start, m.end) for m in draft_matches]
    changes = []
    for concept in dict.fromkeys(m.concept for m in source_matches):
        if concept in present:
            continue
        preferred = termbase.preferred(concept, lang)
        if not preferred:
            continue
        nearest = termbase.fuzzy.nearest(draft, termbase.terms_of(concept), taken, MISSING_THRESHOLD)
        if nearest is None:
            changes.append(Change(concept, "", termbase.records[preferred[0]].text, "missing", None, None))
            continue
        cases = cases_in_text((nearest.case,), draft, nearest.start, lang, termbase.kind(concept))
        to = termbase.replacement(concept, nearest.word, cases, lang)
        taken.append((nearest.start, nearest.end))
        if to != nearest.word:
            changes.append(Change(concept, nearest.word, to, "missing", nearest.start, nearest.end))
    return changes


def _apply(text: str, changes: list[Change]) -> str:
    pieces, position = [], 0
    for change in sorted((c for c in changes if c.start is not None), key=lambda c: c.start):
        pieces += [text[position : change.start], change.to]
        position = change.end
    return "".join(pieces) + text[position:]
