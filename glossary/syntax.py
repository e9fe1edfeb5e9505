"""The case a preposition governs: context for replacing a word whose own form does not tell its case.

A wrong rendering is often a foreign or indeclinable spelling ("w Kiev", "у Киев"): its ending says
nominative, but the preposition before it says which case the preferred term must take. The tables
list only prepositions that, before a place, person or organisation name in typical news text, take
one case; prepositions that commonly take two (with different meanings) are left out on purpose, so
the word keeps the case its own form gives.
"""

from __future__ import annotations

import re
from typing import Sequence


def _table(**groups: str) -> dict[str, str]:
    """``loc="w we"`` -> ``{"w": "loc", "we": "loc"}``; several words may form one preposition."""
    return {" ".join(p.split("_")): case for case, words in groups.items() for p in words.split()}


PREPOSITION_CASES: dict[str, dict[str, str]] = {
    # Polish. "w"/"na" take the accusative after verbs of motion (jechać na Ukrainę) and "o" does in
    # "walka o Kijów"; the static locative (w Kijowie, na Białorusi, o Kijowie) is far more common.
    # Left out: z/ze (ins "with" vs gen "from"), za/pod/nad/przed (ins vs acc with motion).
    "pl": _table(
        loc="w we na o przy po",
        gen="do od bez dla u z_powodu obok koło spod według wokół zamiast podczas wśród naprzeciw",
        dat="dzięki ku przeciw przeciwko",
        ins="między",
        acc="przez",
    ),
    # Russian. Left out: с/со (ins "with" vs gen "from"), за/под (ins vs acc: "за Путина", "под Киев").
    "ru": _table(
        loc="в во на о об обо при",
        gen="из от ото до у без для около возле после среди кроме против вокруг из-за из-под",
        dat="к ко по благодаря согласно",
        ins="над надо перед передо между",
        acc="про через сквозь",
    ),
    # Ukrainian. Left out: з/із/зі (ins vs gen), за/під (ins vs acc), по (dat "удар по Києву" vs loc
    # "по Києві"), о/об (loc of time vs acc). "к" is not standard Ukrainian (до is).
    "uk": _table(
        loc="у в ві уві на при",
        gen="до від од без для біля коло після серед крім проти навколо довкола замість з-під з-за із-за",
        dat="завдяки всупереч",
        ins="над перед між поміж",
        acc="про через крізь",
    ),
    # Belarusian. Left out: з/са/із (ins vs gen), за/пад (ins vs acc with motion).
    "be": _table(
        loc="у ў в на пры аб аба па",
        gen="да ад без для каля ля пасля сярод акрамя супраць вакол замест з-пад з-за",
        dat="дзякуючы насустрач",
        ins="над перад паміж між",
        acc="пра праз цераз",
    ),
}

# "у/в Лукашэнкі", "у Тихановської": before a person, be/uk у/в mean "at someone's" and take the genitive.
PERSON_PREPOSITION_CASES: dict[str, dict[str, str]] = {
    "be": _table(gen="у ў в"),
    "uk": _table(gen="у в"),
}

_LONGEST = max(len(p.split()) for table in PREPOSITION_CASES.values() for p in table)
# The word every listed preposition of a language ends with: most words before a name are none.
_LAST_WORDS = {lang: {p.split()[-1] for p in table} for lang, table in PREPOSITION_CASES.items()}
# Spaces and opening quotes between a preposition and the name.
_OPENING_QUOTES = "«„“\"'‘("
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_WINDOW = 40


def preposition_before(text: str, start: int, lang: str) -> str | None:
    """The listed preposition (lower case) right before ``text[start:]``, if any."""
    table = PREPOSITION_CASES.get(lang)
    if not table:
        return None
    before = text[max(0, start - _WINDOW) : start]
    gap_start = len(before)
    while gap_start and (before[gap_start - 1].isspace() or before[gap_start - 1] in _OPENING_QUOTES):
        gap_start -= 1
    if not any(c.isspace() for c in before[gap_start:]):
        return None
    words = before[:gap_start].split()
    if start > _WINDOW:
        words = words[1:]  # the window may have cut the first word
    if not words or words[-1].lower() not in _LAST_WORDS[lang]:
        return None
    for count in range(min(_LONGEST, len(words)), 0, -1):
        phrase = words[-count:]
        if all(_PLAIN_WORD.fullmatch(w) for w in phrase) and (key := " ".join(phrase).lower()) in table:
            return key
    return None


def governed_case(text: str, start: int, lang: str, kind: str = "term") -> str | None:
    """The case the preposition right before ``text[start:]`` gives a name of ``kind``, if it is clear."""
    preposition = preposition_before(text, start, lang)
    if preposition is None:
        return None
    if kind == "person" and preposition in PERSON_PREPOSITION_CASES.get(lang, {}):
        return PERSON_PREPOSITION_CASES[lang][preposition]
    return PREPOSITION_CASES[lang][preposition]


def cases_in_context(cases: Sequence[str], governed: str | None) -> tuple[str, ...]:
    """The cases to render a replaced word in, most likely first.

    The word's own form wins when it settles the case: a single oblique case (Тихановскую) stays, and
    an oblique form that cannot be in the governed case keeps its own cases. A bare dictionary form
    (nominative, or an indeclinable word that can be any case) takes the governed case, and so does a
    form whose several oblique cases include it (Тихановской after при: loc).
    """
    cases = tuple(cases)
    if governed is None or not cases or cases[0] == governed:
        return cases
    if "nom" in cases or (len(cases) > 1 and governed in cases):
        return (governed, *(c for c in cases if c != governed))
    return cases


def cases_in_text(cases: Sequence[str], text: str, start: int, lang: str, kind: str = "term") -> tuple[str, ...]:
    """The cases of a word at ``text[start:]``, most likely first: a foreign or indeclinable spelling
    ("w Kiev") has only its dictionary form, so the preposition before it tells the case."""
    return cases_in_context(cases, governed_case(text, start, lang, kind))
