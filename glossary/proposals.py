"""Proposed be / uk / pl / ru spellings of a name the termbase does not know yet.

    propose("Hrodna", kind="place").proposals["ru"][0]
    -> Proposal(text="Гродно", rule="be→ru correspondences", known=True, forms={"gen": "Гродно", ...})

For each word: guess the name's origin from its romanization, read it back into the origin's
Cyrillic (romanization.read_back), carry the spelling into the other languages by their
correspondences and into Polish by the press's transcription (romanization.carry), and take
first names from their national equivalents (data/first_names.tsv). A spelling a dictionary
lists (lexicon.known_name: a place, a first name, a known surname) outranks one that is
only a transliteration. Every proposal comes with the rule that made it and its case forms from
the termbase's inflection, so a translator sees the paradigm the concept will match.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.inflection import CASES, inflect
from glossary.lexicon import known_name
from glossary.romanization import FROM_LATIN, capitalise, carry, has_own_letters, read_back, romanize, rule_name

LANGUAGES = ("be", "uk", "pl", "ru")
EAST_SLAVIC = ("be", "uk", "ru")
MAX_PROPOSALS = 3
MAX_NAME_WORDS = 10  # State Service of Ukraine for Ethnopolitics and Freedom of Conscience: longer runs are no names
KNOWN_BONUS = 8.0  # a dictionary listing outweighs the letter model's doubts about a spelling
OTHER_READING_PENALTY = 4.0  # English often romanizes a name through another language (Tikhanovskaya)
FIRST_NAMES_RULE = "first-name equivalents"
OWN_SPELLING_RULE = "own Latin spelling kept"
_FIRST_NAMES = Path(__file__).parent / "data" / "first_names.tsv"

# Evidence in a romanization for the language it came from, with weights.
_ORIGIN_FEATURES = {
    "pl": [(r"sz|cz|rz|ł|ą|ę|ó|ś|ż|ź|ć|ń", 3), (r"w", 2), (r"ow$", 1.5), (r"(?:ski|cki|ska|cka)$", 0.5), (r"ej$", 1.5),
           (r"[aeiou]j|^j", 0.5), (r"lj|nj", -2)],
    "be": [(r"[aeo]u(?:[^aeiouy]|$)", 3), (r"aw$", 1), (r"dz[iy]|tsi|sia|svia|zia|tsia", 2),
           (r"(?:enka|anka|chanka)$", 2.5), (r"[^v]ka$", 1.2), (r"(?:evich|ievich|kevich)$", 1.6), (r"ava$|iava$|yava$", 0.7),
           (r"ia", 1), (r"tski$", 1)],
    "uk": [(r"(?:enko|chuk|iuk|yuk|chyk)$", 3), (r"ko$", 1.5), (r"(?:yi|yy|iy|ii)$", 2.5), (r"[^aeiouy]y[^aeiouy]", 1.5),
           (r"(?:iv|ivka|ovka|ivsk|hiv)$", 2), (r"^h|[^sckz]h", 1.5), (r"ie|yi", 0.7), (r"ia", 0.8)],
    "ru": [(r"(?:ov|ev|yov|in|yn)$", 1.5), (r"(?:sky|skiy|skaya|tskaya|aya)$", 1.5), (r"ei$|ey$", 0.7), (r"g", 0.8),
           (r"(?:grad|burg)$", 2), (r"yev|yov|ye", 0.5), (r"[^aeiouy]ny$", 1), (r"ya", 0.8)],
}
KNOWN_EVIDENCE = 2.5  # a dictionary of the language lists the read-back spelling (Hrodna -> Гродна)
FIRST_NAME_EVIDENCE = 3.0
AKANYE_COST = 2.0  # the first name is spelt as that language's form romanized (Kyrylo, Ihar)


@dataclass(frozen=True)
class Proposal:
    text: str
    rule: str
    known: bool = False  # a spelling dictionary lists it (or each of its words)
    forms: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def as_dict(self) -> dict:
        return {"text": self.text, "rule": self.rule, "known": self.known, "forms": self.forms}


@dataclass
class NameProposals:
    name: str
    kind: str
    origin: str
    proposals: dict[str, list[Proposal]]
    english_variants: list[str]  # other romanizations of the name: deprecated English terms

    def as_dict(self) -> dict:
        return {
            "name": self.name, "kind": self.kind, "origin": self.origin,
            "proposals": {lang: [p.as_dict() for p in found] for lang, found in self.proposals.items()},
            "english_variants": self.english_variants,
        }


@dataclass(frozen=True)
class _Candidate:
    text: str  # lower case
    cost: float
    rule: str
    known: bool = False


@lru_cache(maxsize=1)
def _first_names() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[tuple[str, str], dict[str, tuple[str, ...]]]]:
    """By English spelling, and by (language, Cyrillic spelling): the name's form in each language."""
    by_english, by_form = {}, {}
    with _FIRST_NAMES.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            forms = {lang: tuple(row[lang].split("|")) for lang in (*EAST_SLAVIC, "pl") if row[lang]}
            for english in row["english"].split("|"):
                by_english.setdefault(english.lower(), forms)
            for lang in EAST_SLAVIC:
                for form in forms.get(lang, ()):
                    by_form.setdefault((lang, form.lower()), forms)
    return by_english, by_form


def english_first_names() -> frozenset[str]:
    """Lower-case English spellings of the first names in the table."""
    return frozenset(_first_names()[0])


def same_first_name(first: str, second: str) -> bool:
    """Aliaksandr and Alexander are one name in two romanizations; Siarhei and Sviatlana are two."""
    by_english = _first_names()[0]
    forms = by_english.get(first.lower())
    return first.lower() == second.lower() or forms is not None and forms is by_english.get(second.lower())


def first_name_equivalents(word: str, lang: str) -> dict[str, tuple[str, ...]]:
    """The first name ``word`` of ``lang`` (be, uk, ru) in each language of the table (Вольга: ru Ольга), or {}."""
    return _first_names()[1].get((lang, word.lower()), {})


def guess_origin(name: str) -> str:
    """The language a romanized name most likely comes from (ru when nothing says otherwise).

    Evidence: the romanization's habits (_ORIGIN_FEATURES), a first name spelt the way that
    language's form romanizes, and a dictionary of the language listing the read-back spelling.
    """
    scores = dict.fromkeys(("pl", "be", "uk", "ru"), 0.0)
    scores["ru"] = 0.5
    words = name.lower().split()
    by_english, _ = _first_names()
    for position, word in enumerate(words):
        for lang, features in _ORIGIN_FEATURES.items():
            scores[lang] += sum(weight for pattern, weight in features if re.search(pattern, word))
        forms = by_english.get(word) if position == 0 and len(words) > 1 else None
        for lang in EAST_SLAVIC:
            spellings = [text for text, _ in read_back(word, lang, 3)]
            if forms is not None:
                # Ihor is Ігор romanized the Ukrainian way; Igor would be the Russian way.
                scores[lang] += FIRST_NAME_EVIDENCE * any(
                    f.lower() == spellings[0] or romanize(f, lang).lower() == word for f in forms.get(lang, ()))
            elif any(_known(text, lang) for text in spellings):
                scores[lang] += KNOWN_EVIDENCE
        if forms is None and any(_known(text, "pl") for text, _ in read_back(word, "pl", 8)):
            scores["pl"] += KNOWN_EVIDENCE
    return max(scores, key=scores.get)


def _known(text: str, lang: str) -> bool:
    return known_name(capitalise(text), lang)


def _akanye(text: str) -> float:
    """Belarusian writes о and ё only under stress, and a word has one stress: each further о
    or ё costs (Севастопаль, not Севастополь)."""
    return AKANYE_COST * sum(max(0, sum(part.count(v) for v in "оё") - 1) for part in text.split("-"))


_SPELLING_RULES = {"be": _akanye}


def _ranked(candidates: list[_Candidate], lang: str) -> list[_Candidate]:
    """Cheapest first, a dictionary's spellings ahead by KNOWN_BONUS; one entry per spelling."""
    best: dict[str, _Candidate] = {}
    spelling_rule = _SPELLING_RULES.get(lang, lambda text: 0.0)
    for candidate in candidates:
        # Table entries come known already and ranked; the bonus is for what search found.
        known = candidate.known or _known(candidate.text, lang)
        cost = candidate.cost - (KNOWN_BONUS if known and not candidate.known else 0.0) + spelling_rule(candidate.text)
        if candidate.text not in best or cost < best[candidate.text].cost:
            best[candidate.text] = _Candidate(candidate.text, cost, candidate.rule, known)
    return sorted(best.values(), key=lambda c: c.cost)


def _relative(found: tuple[tuple[str, float], ...], rule: str, extra: float = 0.0) -> list[_Candidate]:
    """Candidates with costs relative to the cheapest (costs of different searches compare so)."""
    floor = found[0][1] if found else 0.0
    return [_Candidate(text, cost - floor + extra, rule) for text, cost in found]


def _carried(sources: list[_Candidate], source: str, target: str, limit: int, penalty: float = 0.0,
             place: bool = False) -> list[_Candidate]:
    """The ``target`` spellings of the best ``sources`` (spellings in ``source``), each costing
    what its source costs beyond the best one."""
    found = []
    for spelling in sources:
        found += _relative(carry(spelling.text, source, target, limit, place), rule_name(source, target),
                           penalty + spelling.cost - sources[0].cost)
    return found


def _first_name_candidates(word: str, origin: str) -> dict[str, list[_Candidate]] | None:
    """The name's national forms from the table (they count as known), and its Polish
    transcription ahead of the Polish equivalent (the Polish press transcribes)."""
    by_english, by_form = _first_names()
    forms = by_english.get(word.lower())
    if forms is None and origin in EAST_SLAVIC:
        forms = next((by_form[(origin, text)] for text, _ in read_back(word, origin, 3) if (origin, text) in by_form), None)
    if forms is None:
        return None
    spellings = {text for lang in EAST_SLAVIC for text, _ in read_back(word, lang, 3)}
    found = {}
    for lang in EAST_SLAVIC:
        # The form the English spelling reads back to comes first (Mikola -> Мікола, not Мікалай).
        ordered = sorted(forms.get(lang, ()), key=lambda form: form.lower() not in spellings)
        found[lang] = [_Candidate(form.lower(), i * 0.5 - KNOWN_BONUS, FIRST_NAMES_RULE, True) for i, form in enumerate(ordered)]
    source = origin if origin in EAST_SLAVIC else "ru"
    polish = [replace(c, cost=c.cost - KNOWN_BONUS, known=True) for c in _carried(found[source][:1], source, "pl", 2)]
    if forms.get("pl"):
        polish.append(_Candidate(forms["pl"][0].lower(), 1.5 - KNOWN_BONUS, FIRST_NAMES_RULE, True))
    found["pl"] = polish
    return found


def _word_candidates(word: str, origin: str, kind: str, is_first_name: bool) -> dict[str, list[_Candidate]]:
    """Ranked spellings of one word of a name of ``kind`` in each language."""
    if is_first_name:
        found = _first_name_candidates(word, origin)
        if found is not None:
            return {lang: _ranked(found[lang], lang) for lang in LANGUAGES}
    if origin == "pl" and has_own_letters(word):
        result = {"pl": [_Candidate(word.lower(), 0.0, OWN_SPELLING_RULE)]}  # Bērziņš is spelt already
    else:
        result = {origin: _ranked(_relative(read_back(word, origin, 8), FROM_LATIN[origin].name), origin)}
    for lang in EAST_SLAVIC:
        if lang != origin:
            # Carried from the origin's spelling, or read straight from English: the English
            # press often romanizes a name through another language (Tikhanovskaya).
            found = _carried(result[origin][:3], origin, lang, 8, place=kind == "place")
            found += _relative(read_back(word, lang, 4), FROM_LATIN[lang].name, OTHER_READING_PENALTY)
            result[lang] = _ranked(found, lang)
    if origin != "pl":
        polish = []
        for lang in EAST_SLAVIC:
            # The origin's spelling first; the Polish press also keeps older forms taken from Russian.
            polish += _carried(result[lang][:2], lang, "pl", 3, 0.0 if lang == origin else 2.0, kind == "place")
        result["pl"] = _ranked(polish + _polish_variants(polish), "pl")
    return result


# The Polish forms of places the Polish press inherited (Charków, Lwów, Chersoń): a variant is
# offered only when the Polish dictionary lists it.
_POLISH_VARIANTS = [(r"(?:ow|iw|aw|au|ou|ew)$", "ów"), (r"n$", "ń"), (r"ie", "e"), (r"e", "ie"), (r"ij$", "y")]


def _polish_variants(candidates: list[_Candidate]) -> list[_Candidate]:
    variants = []
    for candidate in candidates[:6]:
        for pattern, replacement in _POLISH_VARIANTS:
            text = re.sub(pattern, replacement, candidate.text, count=1)
            if text != candidate.text and _known(text, "pl"):
                variants.append(_Candidate(text, candidate.cost + 1.0, candidate.rule + " + Polish dictionary"))
    return variants


def _cheapest(parts: list[list[_Candidate]], width: int = MAX_PROPOSALS) -> list[tuple[_Candidate, ...]]:
    """The cheapest combinations of the parts' spellings, built part by part keeping the best
    ``width`` squared (a long name must not multiply out)."""
    combos: list[tuple[float, tuple[_Candidate, ...]]] = [(0.0, ())]
    for candidates in parts:
        combos = sorted(((cost + c.cost, choice + (c,)) for cost, choice in combos for c in candidates[:width]),
                        key=lambda item: item[0])[: width * width]
    return [choice for _, choice in combos]


def _combine(words: list[list[_Candidate]], lang: str, animate: bool) -> list[Proposal]:
    """At most MAX_PROPOSALS spellings of the whole name, with their case forms."""
    proposals = []
    for choice in _cheapest(words)[:MAX_PROPOSALS]:
        text = " ".join(capitalise(c.text) for c in choice)
        rules = list(dict.fromkeys(c.rule for c in reversed(choice) if c.rule))  # the surname's rule first
        proposals.append(Proposal(text, " + ".join(rules), all(c.known for c in choice), _case_forms(text, lang, animate)))
    return proposals


def _case_forms(text: str, lang: str, animate: bool) -> dict[str, str]:
    forms: dict[str, str] = {}
    for case, form in inflect(text, lang, animate=animate):
        forms.setdefault(case, form)
    return {case: forms[case] for case in CASES if case in forms}


def propose(name: str, kind: str = "person", origin: str | None = None) -> NameProposals:
    """Ranked be / uk / pl / ru spellings of ``name`` (an English-text name), at most 3 each."""
    words = name.split()
    if len(words) > MAX_NAME_WORDS:
        raise GlossaryError(f"{name[:60]!r} has {len(words)} words; a name has at most {MAX_NAME_WORDS}")
    origin = origin or guess_origin(name)
    # The Polish press keeps a name written in its own Latin spelling as it is (Teodora Villaseñor).
    own_spelling = any(has_own_letters(word) for word in words)
    per_word = []
    for position, word in enumerate(words):
        if not any(char.isalpha() for char in word):
            # "&" in Hallgren & Oduya is no word to spell: every language keeps it.
            per_word.append(dict.fromkeys(LANGUAGES, [_Candidate(word, 0.0, "", True)]))
            continue
        parts = word.split("-")
        # A hyphenated word (Kara-Murza, Ivano-Frankivsk) is spelt part by part.
        part_candidates = [
            _word_candidates(part, origin, kind, kind == "person" and position == 0 and len(words) > 1) for part in parts
        ]
        if own_spelling:
            for candidates, part in zip(part_candidates, parts):
                candidates["pl"] = [_Candidate(part.lower(), -KNOWN_BONUS, OWN_SPELLING_RULE, True)] + [
                    c for c in candidates["pl"] if c.text != part.lower()]
        if len(parts) == 1:
            per_word.append(part_candidates[0])
            continue
        per_word.append({
            lang: [_Candidate("-".join(c.text for c in combo), sum(c.cost for c in combo), combo[-1].rule,
                              all(c.known for c in combo)) for combo in _cheapest([c[lang] for c in part_candidates], 2)]
            for lang in LANGUAGES
        })
    animate = kind == "person"
    proposals = {lang: _combine([word[lang] for word in per_word], lang, animate) for lang in LANGUAGES}
    return NameProposals(name, kind, origin, proposals, english_variants(name, proposals))


def english_variants(name: str, proposals: dict[str, list[Proposal]]) -> list[str]:
    """Other romanizations of the top spellings (Tikhanovskaya for Tsikhanouskaya)."""
    variants = []
    for lang in EAST_SLAVIC:
        if proposals.get(lang):
            variant = romanize(proposals[lang][0].text, lang)
            if variant.lower() != name.lower() and variant not in variants:
                variants.append(variant)
    return variants
