"""Fuzzy matches and concordance search over the memory, served by the database's indexes.

Fuzzy: the units sharing the query's rarer words are candidates (a near-identical sentence
shares its names, numbers and uncommon words); the few hundred best-voted are scored with
rapidfuzz and ranked exactly as ``scan_matches`` ranks the whole language pair, which tests
and benchmarks/tm_benchmark.py compare against. No look-up asks for a word held by more than
COMMON units but together with one held by fewer, so its cost stays bounded at any memory size
on both databases. What this cannot find is a sentence that shares only common words with the
query: fuzz.ratio gives unrelated sentences of the same shape 0.6-0.7, which only a full scan
sees; the look-ups' threshold defaults to the editor's (TM_MIN_SIMILARITY, 0.75), above which
they are rare (benchmark figures in README).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from workbench.config import TM_MIN_SIMILARITY
from workbench.tm.index import UnitRow, check_query, index_for

# A word held by at most this many units is "rare": its units are all fetched and voted on
# (those of other language pairs too: the candidates' rows are checked).
RARE = 1000
# A word held by more units than this is too common to look up: PostgreSQL's GIN index is not
# ordered, so a look-up reads every unit holding its words. Words are counted only this far;
# counts are remembered, so a common word is counted once per process.
COMMON = 20_000
# Units scored per look-up, the best-voted first.
CANDIDATES = 300
# Units the rare words of one look-up may bring in, all told; how many of the other words make
# the sentence's frame, how many of them each look-up of the frame asks for together (every
# combination is asked), and how many units each such look-up brings in.
PROBE_BUDGET = 2000
FRAME_WORDS = 4
FRAME_TERMS = 3
FRAME_UNITS = 200
# The wider frame asked when the first brings a dense family of close siblings.
WIDE_FRAME_WORDS = 6
WIDE_FRAME_TERMS = 4
# A frame look-up that fills its FRAME_UNITS left older units out: it is asked again with each
# of this many more of the query's words (the least common first, too common ones included: held
# together with the frame's words, they narrow the look-up, and the index reads no further than
# the rarer words' units).
NARROWING_WORDS = 3
# ... unless the rare words already found a unit this close: the query is then a remembered
# sentence edited, and its other close matches share its rare words too.
NEAR_DUPLICATE = 0.85
SCAN_PAGE = 20000


@dataclass(frozen=True)
class TMMatch:
    source: str
    target: str
    score: float  # 0..1: similarity of the sources minus the unit's penalty; 1.0 = identical
    origin: str


class WordCounts:
    """How many units hold each word, remembered per database: the counts only steer which
    words are probed, so a slightly stale count costs a little recall, never a wrong result.
    Words no unit holds are not remembered (they would never be probed again)."""

    def __init__(self, size: int = 200_000):
        self.size = size
        self.counts: OrderedDict[tuple[str, str], int] = OrderedDict()
        # The database's statistics of common words, read once: a look-up of them in every
        # query cost a round trip and 1-2 ms of planning the statistics views. They change when
        # the table is analysed: an import in this process forgets them (``bulk_import``), as it
        # forgets the counts; another process's import reaches them when this one restarts, as it
        # reaches the counts.
        self.statistics: dict[str, dict[str, int]] = {}

    @staticmethod
    def _database(session: Session) -> str:
        return session.get_bind().url.render_as_string()

    def _key(self, session: Session, word: str) -> tuple[str, str]:
        return (self._database(session), word)

    def known(self, session: Session, word: str) -> int | None:
        return self.counts.get(self._key(session, word))

    def remember(self, session: Session, word: str, count: int) -> None:
        self.counts[self._key(session, word)] = count
        if len(self.counts) > self.size:
            self.counts.popitem(last=False)

    def common(self, session: Session) -> dict[str, int]:
        """Estimated unit counts of the words the database's statistics know as common."""
        database = self._database(session)
        if database not in self.statistics:
            self.statistics[database] = index_for(session).common_word_counts(session)
        return self.statistics[database]

    def forget(self) -> None:
        self.counts.clear()
        self.statistics.clear()


WORD_COUNTS = WordCounts()


def _scored(query: str, rows: Iterable, cutoff: float = 0.0) -> list[tuple]:
    """Sort keys of those ``rows`` (``UNIT_COLUMNS``) as similar as ``cutoff`` before their
    penalty: the penalised similarity first, then trust, then the newest; a total order, so
    the indexed look-up and the full scan rank the same units the same way."""
    rows = list(rows)
    similar = process.extract(query, [row[1] for row in rows], scorer=fuzz.ratio, score_cutoff=_percent_cutoff(cutoff), limit=None)
    scored = []
    for _source, similarity, position in similar:
        unit = UnitRow(*rows[position])
        score = round(similarity / 100 - unit.penalty, 4)
        scored.append((-score, not unit.confirmed, not unit.reviewed, unit.penalty, -unit.id, unit))
    return scored


def _percent_cutoff(cutoff: float) -> float:
    # Less a rounding step: a unit a hair under ``cutoff`` rounds to it, and ties stay. Never under
    # 0, which rapidfuzz refuses with a TypeError (`tm fuzzy --min 0`).
    return max(cutoff * 100 - 0.01, 0.0)


def _ranked(scored: list[tuple], limit: int) -> tuple[list[tuple], float]:
    """The keys that can still be among the best ``limit`` sources, and the score a unit needs
    to join them (0 while fewer than ``limit`` sources are known)."""
    scored.sort(key=lambda key: key[:5])
    sources: set[str] = set()
    for position, key in enumerate(scored):
        sources.add(key[-1].source)
        if len(sources) == limit:
            floor = -key[0]
            # Ties with the last kept score stay: the trust order decides between them.
            end = position + 1
            while end < len(scored) and -scored[end][0] >= floor:
                end += 1
            return scored[:end], floor
    return scored, 0.0


def _top(scored: list[tuple], limit: int, threshold: float) -> list[TMMatch]:
    """The best ``limit`` matches at or above ``threshold``, one per source."""
    matches: dict[str, TMMatch] = {}
    for negative_score, *_trust, unit in sorted(scored, key=lambda key: key[:5]):
        if -negative_score < threshold or len(matches) == limit:
            break
        matches.setdefault(unit.source, TMMatch(unit.source, unit.target, -negative_score, unit.origin))
    return list(matches.values())


def _lengths(query: str, score: float) -> tuple[int, int]:
    """The shortest and longest source that can be as similar as ``score`` to ``query``:
    fuzz.ratio is at most twice the shorter length over both lengths. A frame look-up fetches
    the newest units of those lengths only (a short query's frame is held by thousands of
    longer sentences, which filled its FRAME_UNITS and left the close ones out)."""
    score = max(score - 0.0001, 0.01)  # less _scored's rounding step
    return math.floor(len(query) * score / (2 - score)), math.ceil(len(query) * (2 - score) / score)


def _probe_words(session: Session, query: str) -> tuple[dict[str, list[int]], dict[str, int]]:
    """The units holding each of the query's rarest words, as many words as fit in PROBE_BUDGET
    units (at least two), and its other words with their counts, least common first.

    Words seen for the first time are counted from the database's statistics if they are
    common there, else by reading their units (up to COMMON + 1) once, in the look-up that also
    fetches the units of the known words that can be probes.
    """
    index = index_for(session)
    query_words = index.split_words(session, query)
    unseen = [word for word in query_words if WORD_COUNTS.known(session, word) is None]
    common = WORD_COUNTS.common(session)
    for word in unseen:
        # Trusted well above RARE only: an estimate from a sample is off by a tenth near there,
        # and a rare word taken for a common one is not looked up.
        if common.get(word, 0) > 3 * RARE:
            WORD_COUNTS.remember(session, word, common[word])
    uncounted = [word for word in unseen if WORD_COUNTS.known(session, word) is None]
    # With them, the units of the known words that are probes whatever the uncounted words'
    # counts turn out to be (those can only take budget from them): one look-up for both.
    known = {word: WORD_COUNTS.known(session, word) for word in query_words if word not in uncounted}
    found = index.units_with_each_word(session, uncounted + _within_budget(known), RARE, COMMON + 1)
    for word in uncounted:
        # A word no unit holds is not remembered: the next confirmed segment may hold it, and a
        # remembered 0 kept its units out of every look-up until a restart (a repeated sentence
        # never found its twin, confirmed after the first look-up).
        if found[word][0]:
            WORD_COUNTS.remember(session, word, found[word][0])
    counts = {word: WORD_COUNTS.known(session, word) or 0 for word in query_words}
    probes = _within_budget(counts)
    by_rarity = _by_rarity(counts)
    return {word: found[word][1] for word in probes}, {word: counts[word] for word in by_rarity[len(probes) :]}


def _by_rarity(counts: dict[str, int]) -> list[str]:
    """The words ``counts`` finds in some unit, least common first."""
    return sorted((word for word, count in counts.items() if count), key=counts.__getitem__)


def _within_budget(counts: dict[str, int]) -> list[str]:
    """The rarest of the words ``counts`` counts, as many as fit in PROBE_BUDGET units (at least
    two), none held by more than RARE."""
    chosen, budget = [], PROBE_BUDGET
    for word in _by_rarity(counts):
        if counts[word] > RARE or (len(chosen) >= 2 and counts[word] > budget):
            break
        chosen.append(word)
        budget -= counts[word]
    return chosen


def _siblings(session: Session, others: dict[str, int], words: int, terms: int, narrowing_words: int, lengths: tuple[int, int], seen: set[int], source_lang: str, target_lang: str) -> list[int]:
    """Ids of units not in ``seen`` holding ``terms`` of the frame, the ``words`` least common of
    ``others`` not too common to look up (every combination is asked, FRAME_UNITS newest units
    each, the whole frame if it has no more than ``terms`` words; sources ``lengths`` long),
    newest first. A combination that fills its FRAME_UNITS is asked again with each of the
    ``narrowing_words`` next words."""
    frame = [word for word, count in others.items() if count <= COMMON][:words]
    probes = [list(chosen) for chosen in itertools.combinations(frame, terms)] if len(frame) > terms else [frame] if frame else []
    index = index_for(session)
    # A probe of one word comes with its count: the index may read a word held by many units
    # among the newest ones first.
    found = index.units_with_words(session, probes, source_lang, target_lang, FRAME_UNITS, lengths,
                                   [others[probe[0]] if len(probe) == 1 else 0 for probe in probes])
    # Each narrowed look-up once: the frame's combinations narrowed by its other words meet again
    # (three of four frame words and the fourth are the whole frame).
    narrower = {frozenset(probe + [word]): probe + [word] for probe, ids in zip(probes, found) if len(ids) == FRAME_UNITS
                for word in [word for word in others if word not in probe][:narrowing_words]}
    found += index.units_with_words(session, list(narrower.values()), source_lang, target_lang, FRAME_UNITS, lengths)
    return list(dict.fromkeys(unit_id for ids in found for unit_id in ids if unit_id not in seen))


def fuzzy_matches(
    session: Session,
    source_text: str,
    source_lang: str,
    target_lang: str,
    limit: int = 5,
    threshold: float = TM_MIN_SIMILARITY,
) -> list[TMMatch]:
    """The most similar remembered sources, best first, one per source (indexed look-up).

    Candidates are the units sharing most of the query's rare words, and the newest units that
    hold three of its four least common other words not too common to look up (for a sentence
    of common words, or one that differs from many remembered ones in every name and number);
    when those bring a dense family of close siblings, also the units holding four of its six.
    A look-up of such words that brings as many units as it fetches is asked again with one
    more of the query's words at a time, so that older units sharing more of them come too.
    """
    index = index_for(session)
    index.prepare_look_ups(session)
    rare, others = _probe_words(session, source_text)
    votes: Counter[int] = Counter()
    for ids in rare.values():
        votes.update(ids)
    best_voted = heapq.nlargest(CANDIDATES, votes.items(), key=lambda item: (item[1], item[0]))
    scored = _scored(source_text, index.rows_by_id(session, [unit_id for unit_id, _votes in best_voted], source_lang, target_lang), threshold)
    # The sentence's frame: units holding three of its least common other words (siblings of
    # the same wording that differ in most names and numbers).
    seen = {unit_id for unit_id, _votes in best_voted}
    scored, floor = _ranked(scored, limit)
    narrowing_words = 0 if scored and -scored[0][0] >= NEAR_DUPLICATE else NARROWING_WORDS
    siblings = _siblings(session, others, FRAME_WORDS, FRAME_TERMS, narrowing_words, _lengths(source_text, max(threshold, floor)),
                         seen, source_lang, target_lang)
    close = _scored(source_text, index.rows_by_id(session, siblings, source_lang, target_lang), max(threshold, floor))
    scored += close
    if len(close) >= limit:
        # A dense family of siblings outscores what the rare words found: which of them rank
        # first depends on the slots they share with the query, so ask for units holding four
        # of its six least common words (more of its slots at once). Only such queries pay for it.
        seen.update(siblings)
        scored, floor = _ranked(scored, limit)
        siblings = _siblings(session, others, WIDE_FRAME_WORDS, WIDE_FRAME_TERMS, narrowing_words,
                             _lengths(source_text, max(threshold, floor)), seen, source_lang, target_lang)
        scored += _scored(source_text, index.rows_by_id(session, siblings, source_lang, target_lang), max(threshold, floor))
    return _top(scored, limit, threshold)


def scan_matches(
    session: Session,
    source_text: str,
    source_lang: str,
    target_lang: str,
    limit: int = 5,
    threshold: float = TM_MIN_SIMILARITY,
) -> list[TMMatch]:
    """``fuzzy_matches`` by reading every unit of the pair: the reference the index is checked
    against (tests, benchmark), never used to serve a request."""
    index = index_for(session)
    kept: list[tuple] = []
    floor, next_id = threshold, None
    while True:
        page, next_id = index.pair_sources(session, source_lang, target_lang, next_id, SCAN_PAGE)
        # A penalty only lowers a score: units under the threshold, or under the best ``limit``
        # sources so far, before it are out (less a rounding step, as in ``_scored``).
        similar = process.extract(
            source_text, [source for _id, source in page], scorer=fuzz.ratio, score_cutoff=_percent_cutoff(floor), limit=None
        )
        ids = [page[position][0] for _source, _score, position in similar]
        kept, best = _ranked(kept + _scored(source_text, index.rows_by_id(session, ids, source_lang, target_lang), floor), limit)
        floor = max(floor, best)
        if next_id is None:
            return _top(kept, limit, threshold)


# No table holds more rows than a 64-bit integer counts: a page past them is empty.
LAST_ROW = 2**63 - 1


@dataclass(frozen=True)
class ConcordanceHit:
    source: str
    target: str
    origin: str
    # (start, end) character spans of the query in each side, for highlighting.
    source_spans: list[tuple[int, int]] = field(default_factory=list)
    target_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class ConcordancePage:
    hits: list[ConcordanceHit]
    page: int
    has_more: bool


def concordance(
    session: Session,
    query: str,
    source_lang: str,
    target_lang: str,
    *,
    field: str = "source",
    page: int = 1,
    page_size: int = 20,
) -> ConcordancePage:
    """Units whose source (or target) contains ``query`` (case-insensitive), newest first, paged."""
    query = check_query(query, field)
    page = max(page, 1)
    offset = (page - 1) * page_size
    if offset + page_size >= LAST_ROW:
        return ConcordancePage(hits=[], page=page, has_more=False)  # the database's OFFSET cannot even say it
    rows = index_for(session).find(session, query, source_lang, target_lang, field, offset, page_size + 1)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    hits = [
        ConcordanceHit(
            source=unit.source,
            target=unit.target,
            origin=unit.origin,
            source_spans=[match.span() for match in pattern.finditer(unit.source)],
            target_spans=[match.span() for match in pattern.finditer(unit.target)],
        )
        for unit in (UnitRow(*row) for row in rows[:page_size])
    ]
    return ConcordancePage(hits=hits, page=page, has_more=len(rows) > page_size)
