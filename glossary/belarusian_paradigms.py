"""Belarusian names' case forms from Debian's hunspell-be: the paradigm source Belarusian lacked.

pymorphy3 checks the Russian and Ukrainian rules and Morfeusz 2 the Polish ones; Belarusian had only its
endings, and the rules' guesses there made words no Belarusian writes (Часавам, Яравай, Гянджай). hunspell-be
lists some 3,300 capitalised names with affix flags that generate their forms, and its flags tell what the letters
cannot: the stress (Рыга/E: Рыгай, unstressed; a D word: -ой), a stem's genitive (Навагрудак/OH:
Навагрудка). The flags give forms, not cases: scripts/build_belarusian_paradigms.py labelled each suffix
rule with the cases apertium-bel reads in the common words hunspell-be gives the same flag
(glossary/data/be_affix_cases.tsv), so neither apertium nor spylls is needed here: the .dic file is read
for its capitalised entries alone (0.04 s and about 0.6 MB, once).

A listed name's rule forms are checked against its dictionary forms (``checked``): a case whose forms the
dictionary gives is written only in a form it gives, and a place's case the rules leave unsure gets the one
form the dictionary is sure of. Where the evaluation names showed a flag wrong (a stressed -ом, the genitive
of a place in -чы) it decides nothing. Names hunspell-be does not list keep the rules' forms; without the
package, every name does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from glossary import lexicon  # its spylls hunspell-be reads common nouns' flags (common_noun_paradigm): no second copy

HUNSPELL_BE_DIC = Path("/usr/share/hunspell/be_BY.dic")  # Debian package hunspell-be
_AFFIX_CASES = Path(__file__).parent / "data" / "be_affix_cases.tsv"
_CAPITALISED_ENTRY = re.compile(r"^([А-ЯЁІЎ][^/\n]*)/([A-Za-z]+)", re.M)
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_FEW_WORDS = 5  # a rule read in fewer common words than this says nothing of its cases
SURE = 0.9  # the share of a rule's forms read in a case for the dictionary to write that case
POSSIBLE = 0.1  # ... for a form to count as the dictionary's form of that case
_STRESSED_INSTRUMENTAL = re.compile("(?:ом|ём)$")
_PLURAL_GENITIVE = ("аў", "яў", "оў", "ёў")  # a plural's genitive ending, where a place's may be bare (Налібок)
_GENDERS = {"masc": ("m", "nt", "-"), "femn": ("f", "-")}

Rule = tuple[str, str, "re.Pattern[str]", dict[str, float]]  # strip, add, condition, share of each label


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[Rule]]:
    """hunspell-be's suffix rules by flag, each with the shares of its forms' gender.number.case labels."""
    rules: dict[str, list[Rule]] = {}
    for line in _AFFIX_CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        flag, strip, add, condition, analysed, shares = line.split("\t")
        labels = {label: float(share) for label, _, share in (item.partition(":") for item in shares.split())}
        rules.setdefault(flag, []).append((strip.replace("0", ""), add.replace("0", ""), re.compile(condition + "$"),
                                           labels if int(analysed) >= _FEW_WORDS else {}))
    return rules


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """hunspell-be's capitalised entries and their flags; empty without the package."""
    if not HUNSPELL_BE_DIC.is_file():
        return {}
    return dict(_CAPITALISED_ENTRY.findall(HUNSPELL_BE_DIC.read_text(encoding="utf-8")))


def _forms(stem: str, flags: str) -> list[tuple[str, dict[str, float]]]:
    """Every form hunspell-be makes of ``stem`` with its rule's labels."""
    rules = _rules()
    return [(stem[: len(stem) - len(strip)] + add, labels)
            for flag in flags for strip, add, condition, labels in rules.get(flag, ())
            if stem.endswith(strip) and condition.search(stem)]


def _share(labels: dict[str, float], genders: tuple[str, ...], number: str, case: str) -> float:
    return min(1.0, sum(labels.get(f"{gender}.{number}.{case}", 0.0) for gender in genders))


@lru_cache(maxsize=4096)
def _entry(word: str) -> tuple[tuple[str, ...], list[tuple[str, dict[str, float]]]]:
    """The genders to read and every form hunspell-be makes of the name ``word`` (none for a name it does not
    list). A feminine adjectival name (Ціханоўская) is its masculine's entry (Ціханоўскі) read in the feminine."""
    names = _names()
    if word in names:
        return _GENDERS["masc"], _forms(word, names[word])
    if word.endswith("ая"):
        masculine = next((word[:-2] + ending for ending in ("ы", "і") if word[:-2] + ending in names), "")
        forms = _forms(masculine, names.get(masculine, ""))
        if any(form == word and _share(labels, _GENDERS["femn"], "sg", "nom") >= SURE for form, labels in forms):
            return _GENDERS["femn"], forms
    return (), []


def dictionary_paradigm(word: str) -> dict[str, dict[str, float]]:
    """The forms hunspell-be lists for the name ``word`` by case, each with the share of its rule's forms
    read in that case ({} for a name it does not list); a plural-only place (Паставы) in the plural."""
    genders, forms = _entry(word)
    # The number whose oblique cases the forms are surer of: Есентукі/Q, a plural (Есентукоў, Есентукам), though
    # one of its rules' -ам is also a singular's instrumental in a few common words.
    number = max(("sg", "pl"), key=lambda number: sum(
        any(_share(labels, genders, number, case) >= SURE for _, labels in forms) for case in CASES[1:]))
    paradigm: dict[str, dict[str, float]] = {}
    for form, labels in forms:
        for case in CASES[1:]:
            share = _share(labels, genders, number, case)
            if share >= POSSIBLE:
                paradigm.setdefault(case, {})[form] = max(share, paradigm.get(case, {}).get(form, 0.0))
    return paradigm


def checked(word: str, paradigm: dict[str, list[str]], animate: bool) -> dict[str, list[str]]:
    """The rules' ``paradigm`` of the Belarusian name ``word`` checked against hunspell-be: in a case the
    dictionary gives forms of, the rules' forms it confirms come first (the first is the one written), and
    with none confirmed the dictionary's one sure form is written, else the case is left unsure; a case the
    rules leave unsure gets the dictionary's one sure form. The accusative goes by animacy, which the
    common words of one flag mix (кравец, a person: краўца; Астравец, a town: у Астравец): it is the
    genitive where the rules make it so, else one of the dictionary's forms or the nominative, never decided
    by the dictionary alone. So is a person's locative (аб Пятру; у вядры, a thing's), and a case the rules
    leave unsure for a person stays so: the labels come from common words, most of them things. Unchanged for
    a name hunspell-be does not list."""
    known = dictionary_paradigm(word)
    if not known:
        return paradigm
    every_form = {form for form, _ in _entry(word)[1]} | {word}
    checked_paradigm = {case: list(forms) for case, forms in paradigm.items()}
    for case in ("gen", "dat", "ins") if animate else ("gen", "dat", "ins", "loc"):
        theirs = known.get(case, {})
        if case == "ins" and theirs and all(_STRESSED_INSTRUMENTAL.search(form) for form in theirs):
            # hunspell-be's stressed -ом (flag U) is wrong for 3 of the 10 evaluation names it gives it to (Лунінец:
            # Лунінцам, Кастусь: Кастусем): it confirms the rules' -ом, never overrides them.
            theirs = {form: share for form, share in theirs.items() if form in paradigm.get(case, ())}
            if not theirs:
                continue
        sure = [form for form, share in theirs.items() if share >= SURE]
        if case == "gen" and word.endswith("чы"):
            sure = []  # a place in -чы writes its genitive bare or in -аў, whatever its flag (Ушачы/P: Ушач; Клімавічы/G)
        ruled = paradigm.get(case)
        if case == "gen" and not animate and ruled and sure and all(form.endswith(_PLURAL_GENITIVE) for form in sure) \
                and not any(form.endswith(_PLURAL_GENITIVE) for form in ruled):
            # A plural place's bare genitive that the rules are sure of (a stressed stem's -кі: Налібокі, з Налібок, as
            # Трок, Хойнік) is written; the flag's -аў (Налібокі/P: Налібокаў), a common word's, is found in a draft too.
            checked_paradigm[case] = ruled + [form for form in sure if form not in ruled]
            continue
        if ruled is None:
            if len(sure) == 1 and not animate:
                checked_paradigm[case] = sure
            continue
        # (a case no labelled rule gives allows the dictionary's forms alone: Гродна/H has no Гродны)
        confirmed = [form for form in ruled if form in (theirs or every_form)]
        if confirmed and _unstressed_instrumental(case, sure):
            checked_paradigm[case] = confirmed  # (the rules' stressed twin is the stress the flag rules out: Вязьма/E, no Вязьмой)
        elif confirmed:
            checked_paradigm[case] = confirmed + [form for form in ruled if form not in confirmed]
        elif len(sure) == 1:
            checked_paradigm[case] = sure + ruled
        else:
            del checked_paradigm[case]
    for case in ("acc", "loc") if animate else ("acc",):
        if case not in paradigm:
            continue
        if case == "acc" and paradigm["acc"] == paradigm.get("gen"):
            checked_paradigm["acc"] = checked_paradigm.get("gen", [])
        else:
            confirmed = [form for form in paradigm[case] if form in every_form]
            checked_paradigm[case] = confirmed + [form for form in paradigm[case] if form not in confirmed] if confirmed else []
        if not checked_paradigm[case]:
            del checked_paradigm[case]
    return checked_paradigm


def _unstressed_instrumental(case: str, sure: list[str]) -> bool:
    """True when hunspell-be is sure of an unstressed instrumental (Вязьма/E: Вязьмай; Орша, Ялта): the flag says where
    the stress falls, which the letters do not (Вязьма́ would write Вязьмой), so the rules' stressed -ой, -ёй is no
    form of the name; a Russian draft's Вязьмой is then a wrong form to mend, not a Belarusian variant to keep. (The
    flags' stressed forms are not so trusted: see the -ом of flag U.)"""
    return case == "ins" and bool(sure) and not any(_STRESSED_INSTRUMENTAL.search(form) or form.endswith(("ой", "ёй")) for form in sure)


_SHORTEST_NAME = 4  # letters of the shortest common noun read as a whole name (Буда)
_PLACE_ENDINGS = Path(__file__).parent / "data" / "be_place_endings.txt"
_STRESSED_PLURAL_GENITIVE = ("оў", "ёў")


@lru_cache(maxsize=1)
def _place_endings() -> frozenset[str]:
    """The common nouns a compound place name may end in (гарадок: Райгарадок), from glossary/data."""
    lines = _PLACE_ENDINGS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def common_noun_paradigm(word: str, whole: bool = False) -> dict[str, list[str]]:
    """The forms of a place named by a Belarusian common noun, or ending in one (Акопы, trenches: Акопаў, у Акопах;
    Райгарадок, Давыд-Гарадок: -гарадка, -гарадку), from that noun's entry in hunspell-be, whose capitalised entries
    lack such places: the rules cannot tell a plural's -аў from -оў, nor whether a vowel drops, and the noun's flags
    can. A case is written in the forms the noun's rules are sure of (an inanimate's accusative, where they are
    not, is its nominative). The whole name, else (unless ``whole``) its longest ending that glossary/data/be_place_endings.txt lists
    (a settlement's noun) decides; {} when none does. A plural's stressed genitive (-оў) is left unsure."""
    lower = word.lower()
    for cut in range(0, 1 if whole else len(lower) - _SHORTEST_NAME + 1):
        tail = lower[cut:]
        if cut and (tail not in _place_endings() or " " in word[:cut]):
            continue
        for stem, number in ((tail, "sg"), *(((tail[:-1], "pl"),) if tail.endswith(("ы", "і")) else ())):
            forms = [form for entry in lexicon.belarusian_dictionary_entries(stem) for form in _forms(stem, entry)]
            if number == "pl" and not any(form == tail and _share(labels, _NOUN_GENDERS, "pl", "nom") >= SURE for form, labels in forms):
                continue
            paradigm: dict[str, list[str]] = {"nom": [tail]}
            for case in CASES[1:]:
                sure = [form for form, labels in forms if _share(labels, _NOUN_GENDERS, number, case) >= SURE]
                if sure:
                    paradigm[case] = list(dict.fromkeys(sure))
            if len(paradigm) < len(CASES) - 1:
                continue  # not this noun's paradigm (a verb's, an adjective's entry)
            if number == "pl" and any(form.endswith(_STRESSED_PLURAL_GENITIVE) for form in paradigm.get("gen", ())):
                del paradigm["gen"]  # the noun's stressed -оў (беразнікоў) is its stress, not the place's: unsure
            paradigm.setdefault("acc", [tail])
            prefix, capital = word[:cut], word[cut].isupper()
            return {case: [prefix + (form[0].upper() + form[1:] if capital else form) for form in forms_of_case]
                    for case, forms_of_case in paradigm.items()}
    return {}


_NOUN_GENDERS = ("-",)  # a noun's labels; an adjective's (горкі) name its genders
