"""Choosing one reading per word of Apertium's constraint-grammar output (the tagger's job).

Debian's ``apertium-tagger`` crashes on the rus-bel and rus-ukr ``.prob`` files, and keeping
the first reading CG left loses case and number ("у Польща", "економічний причинами"). Each
reading CG left is scored instead by

- pymorphy3's analyses of the Russian word (their probabilities), for the features the reading
  names (part of speech, case, number, gender);
- the preposition in front of the word's noun phrase (в + acc/prp, с + gen/ins, к + dat...);
- agreement of an adjective or determiner with the noun it stands before, and of a noun with
  the adjectives before it (a noun reading their readings can share).

The highest score wins; ties keep CG's order, as the first-reading stand-in did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# One lexical unit of the stream: ^surface/reading1/reading2$ ("\" escapes ^ / $).
LEXICAL_UNIT = re.compile(r"\^((?:\\.|[^$\\])*)\$")
_READING_SEPARATOR = re.compile(r"(?<!\\)/")
_TAG = re.compile(r"<([^>]+)>")

CASES = {"nom", "gen", "dat", "acc", "ins", "prp", "loc"}
# pymorphy3 (OpenCorpora) grammemes -> Apertium's tags for Russian.
_PYMORPHY_CASE = {"nomn": "nom", "voct": "nom", "gent": "gen", "gen2": "gen", "datv": "dat", "accs": "acc",
                  "acc2": "acc", "ablt": "ins", "loct": "prp", "loc2": "prp"}
_PYMORPHY_NUMBER = {"sing": "sg", "plur": "pl"}
_PYMORPHY_GENDER = {"masc": "m", "femn": "f", "neut": "nt"}
_PYMORPHY_POS = {"NOUN": "n", "ADJF": "adj", "ADJS": "adj", "COMP": "comp", "VERB": "v", "INFN": "v", "PRTF": "v",
                 "PRTS": "v", "GRND": "v", "NUMR": "num", "ADVB": "adv", "NPRO": "prn", "PRED": "adv",
                 "PREP": "pr", "CONJ": "cnj", "PRCL": "adv", "INTJ": "ij"}
_APERTIUM_POS = {"n": "n", "np": "n", "adj": "adj", "det": "adj", "vblex": "v", "vbmod": "v", "vaux": "v",
                 "vbser": "v", "num": "num", "adv": "adv", "prn": "prn", "pr": "pr", "cnjcoo": "cnj",
                 "cnjsub": "cnj", "cnjadv": "cnj", "ij": "ij", "predic": "adv"}
# Cases each Russian preposition governs (Apertium's "prp" is the prepositional case).
GOVERNMENT = {
    **dict.fromkeys(("в", "во", "на"), frozenset({"acc", "prp", "loc"})),
    **dict.fromkeys(("с", "со"), frozenset({"gen", "ins", "acc"})),
    **dict.fromkeys(("к", "ко", "благодаря", "согласно", "вопреки", "навстречу"), frozenset({"dat"})),
    **dict.fromkeys(("о", "об", "обо"), frozenset({"prp", "acc"})),
    "по": frozenset({"dat", "prp", "acc"}),
    "при": frozenset({"prp"}),
    **dict.fromkeys(("за", "под", "подо"), frozenset({"acc", "ins"})),
    **dict.fromkeys(("над", "надо", "перед", "передо"), frozenset({"ins"})),
    **dict.fromkeys(("через", "про", "сквозь"), frozenset({"acc"})),
    "между": frozenset({"ins", "gen"}),
    **dict.fromkeys(("от", "ото", "из", "изо", "для", "без", "безо", "у", "до", "после", "около", "вокруг",
                     "против", "среди", "кроме", "вместо", "возле", "мимо", "ради", "вдоль", "внутри", "из-за",
                     "из-под", "посреди", "ввиду", "вследствие", "накануне", "помимо", "насчёт", "насчет",
                     "вблизи", "позади", "впереди"), frozenset({"gen"})),
}
# Words that may stand between a preposition and its noun ("в этой новой стране").
_NOUN_PHRASE_INSIDE = {"adj", "comp", "num", "adv"}
PREPOSITION_WEIGHT = 1.0
AGREEMENT_WEIGHT = 0.6
OBJECT_WEIGHT = 0.6
CG_WEIGHT = 1.0
# «в том, что», «о том, как»: after a preposition, before a comma and a clause, "том" / "тем" is the demonstrative (the
# clause is what it points at), not the noun «том» (volume): Belarusian «у тым, што», not «у том, што».
CORRELATIVE_WEIGHT = 2.0
_CLAUSE_OPENERS = {"что", "чтобы", "как", "когда", "где", "куда", "откуда", "почему", "зачем", "кто", "чем",
                   "сколько", "насколько", "ли", "если", "который", "которая", "которое", "которые"}


@dataclass
class Reading:
    text: str
    lemma: str
    tags: list[str]
    pos: str = field(init=False)
    kept: bool = False  # left by constraint grammar (not only by the analyser)

    def __post_init__(self):
        self.pos = next((_APERTIUM_POS[tag] for tag in self.tags if tag in _APERTIUM_POS), "")
        if self.pos == "adj" and "comp" in self.tags:
            self.pos = "comp"  # "недавней": a comparative only if pymorphy3 also thinks so

    def first(self, options: set[str]) -> str | None:
        return next((tag for tag in self.tags if tag in options), None)

    @property
    def case(self) -> str | None:
        case = self.first(CASES)
        return "prp" if case == "loc" else case

    @property
    def number(self) -> str | None:
        return self.first({"sg", "pl"})

    @property
    def gender(self) -> str | None:
        return self.first({"m", "f", "nt"})


def parse_reading(text: str) -> Reading:
    lemma = text.split("<", 1)[0]
    return Reading(text, lemma, _TAG.findall(text))


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def _analyses(word: str) -> tuple[tuple[float, str, str | None, str | None, str | None], ...]:
    """pymorphy3's analyses of a Russian word: (score, pos, case, number, gender)."""
    found = []
    for parse in _morph().parse(word):
        tag = parse.tag
        found.append((parse.score, _PYMORPHY_POS.get(tag.POS or "", ""), _PYMORPHY_CASE.get(tag.case or ""),
                      _PYMORPHY_NUMBER.get(tag.number or ""), _PYMORPHY_GENDER.get(tag.gender or "")))
    return tuple(found)


def _morphology_score(surface: str, reading: Reading) -> float:
    """The probability pymorphy3 gives to analyses compatible with the reading."""
    total = 0.0
    for score, pos, case, number, gender in _analyses(surface.lower()):
        if pos and reading.pos and pos != reading.pos:
            continue
        if case and reading.case and case != reading.case:
            continue
        if number and reading.number and number != reading.number:
            continue
        if gender and reading.gender and reading.number != "pl" and gender != reading.gender:
            continue
        total += score
    return total


@dataclass
class _Unit:
    match: re.Match
    surface: str
    readings: list[Reading]
    chosen: int = 0

    @property
    def reading(self) -> Reading | None:
        return self.readings[self.chosen] if self.readings else None


def _governing_preposition(units: list[_Unit], index: int) -> str | None:
    """The preposition that opens the noun phrase the word at ``index`` ends, if any."""
    for previous in range(index - 1, max(index - 5, -1), -1):
        reading = units[previous].reading
        if reading is None:
            return None
        if reading.pos == "pr":
            return units[previous].surface.lower()
        if reading.pos not in _NOUN_PHRASE_INSIDE:
            return None
    return None


def _head_noun(units: list[_Unit], index: int) -> Reading | None:
    """The noun an adjective at ``index`` stands before ("новой [стране]")."""
    for following in range(index + 1, min(index + 4, len(units))):
        reading = units[following].reading
        if reading is None:
            return None
        if reading.pos == "n":
            return reading
        if reading.pos not in _NOUN_PHRASE_INSIDE:
            return None
    return None


def _modifies(reading: Reading) -> bool:
    """An adjective, or a pronoun such as "весь" that agrees with a noun it stands before ("все документы")."""
    return reading.pos == "adj" or (reading.pos == "prn" and "def" in reading.tags)


def _modifiers(units: list[_Unit], index: int) -> list[_Unit]:
    """The adjectives and determiners just before the noun at ``index`` ("[этой новой] страны")."""
    found = []
    for previous in range(index - 1, max(index - 4, -1), -1):
        readings = units[previous].readings
        if not any(_modifies(reading) for reading in readings):
            break
        found.append(units[previous])
    return found


def _agree(modifier: Reading, noun: Reading) -> bool:
    return (modifier.case == noun.case and modifier.number == noun.number
            and (noun.number == "pl" or not modifier.gender or not noun.gender or modifier.gender == noun.gender))


def _choose(units: list[_Unit], index: int) -> int:
    unit = units[index]
    preposition = _governing_preposition(units, index)
    allowed = GOVERNMENT.get(preposition or "")
    head = _head_noun(units, index) if any(_modifies(reading) for reading in unit.readings) else None
    # A noun takes the case and number its adjectives can share ("любимой песни": gen sg).
    modifiers = _modifiers(units, index) if unit.readings[0].pos == "n" else []
    # A noun right after a transitive verb (and its adjectives) is most often its object ("видел это событие").
    before = index - len(modifiers) - 1
    verb = units[before].reading if unit.readings[0].pos == "n" and not allowed and before >= 0 else None
    object_case = verb is not None and verb.pos == "v" and "tv" in verb.tags and not {"pp", "gpr"} & set(verb.tags)
    correlative = (index + 2 < len(units) and index > 0 and units[index - 1].reading is not None
                   and units[index - 1].reading.pos == "pr" and units[index + 1].surface == ","
                   and units[index + 2].surface.lower() in _CLAUSE_OPENERS)
    best, best_score = 0, float("-inf")
    for position, reading in enumerate(unit.readings):
        score = _morphology_score(unit.surface, reading) + (CG_WEIGHT if reading.kept else 0.0)
        if allowed and reading.case:
            score += PREPOSITION_WEIGHT if reading.case in allowed else -PREPOSITION_WEIGHT
        if head is not None and _modifies(reading) and reading.case and head.case:
            agrees = reading.case == head.case and reading.number == head.number
            # A pronoun's readings disagree in number too ("все": всё or все), so one that cannot agree loses.
            score += AGREEMENT_WEIGHT if agrees else -AGREEMENT_WEIGHT if reading.pos == "prn" else 0.0
        if object_case and reading.case == "acc":
            score += OBJECT_WEIGHT
        if correlative and "dem" in reading.tags:
            score += CORRELATIVE_WEIGHT
        if reading.case and modifiers and all(any(_agree(other, reading) for other in modifier.readings
                                                  if _modifies(other))
                                               for modifier in modifiers):
            score += AGREEMENT_WEIGHT
        if score > best_score:
            best, best_score = position, score
    return best


def disambiguate(stream: str, analyses: str | None = None) -> str:
    """``^word/r1/r2$`` -> ``^r$`` with the best-scored reading, for a whole CG output stream.

    ``analyses``: the stream before CG. Its readings that CG removed compete too, without CG's
    bonus: CG sometimes removes the only right one («в прошлом году»: the adjective and the
    locative), and pymorphy3 with the preposition and agreement can win it back.
    """
    units = []
    removed = [match.group(1) for match in LEXICAL_UNIT.finditer(analyses)] if analyses else []
    for position, match in enumerate(LEXICAL_UNIT.finditer(stream)):
        parts = _READING_SEPARATOR.split(match.group(1))
        readings = [parse_reading(part) for part in parts[1:]]
        for reading in readings:
            reading.kept = True
        if len(removed) > position and removed[position].startswith(parts[0] + "/") and readings:
            kept = set(parts[1:])
            readings += [parse_reading(part) for part in _READING_SEPARATOR.split(removed[position])[1:]
                         if part not in kept and not part.startswith("*")]
        units.append(_Unit(match, parts[0], readings))
    # Nouns first, so adjectives can agree with the noun's chosen reading.
    ambiguous = [index for index, unit in enumerate(units) if len(unit.readings) > 1]
    for index in sorted(ambiguous, key=lambda index: any(_modifies(reading) for reading in units[index].readings)):
        units[index].chosen = _choose(units, index)
    pieces, position = [], 0
    for unit in units:
        pieces += [stream[position : unit.match.start()], "^", unit.reading.text if unit.readings else unit.surface, "$"]
        position = unit.match.end()
    return "".join(pieces) + stream[position:]
