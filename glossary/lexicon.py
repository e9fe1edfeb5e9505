"""The morphology dictionaries: pymorphy3 (ru, uk), Morfeusz 2 (pl) and Debian's hunspell-be (be).

They answer two questions the termbase asks: what are the case forms of a word the dictionary
knows (inflection), and is a lower-case word an ordinary word of the language rather than a name
written in lower case (enforcement). Each dictionary loads on first use and is shared.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from glossary.errors import GlossaryError

NAME_TAGS = frozenset({"Surn", "Name", "Geox", "Orgn", "Patr"})  # pymorphy3
# Morfeusz 2 labels of proper names; ordinary words carry "nazwa_pospolita" or none.
_POLISH_NAME_LABELS = frozenset({"imię", "nazwisko", "nazwa_geograficzna", "nazwa_organizacji", "nazwa_obiektu",
                                 "nazwa_osobliwa", "pseudonim", "nazwa_własna"})
HUNSPELL_BE = Path("/usr/share/hunspell/be_BY")  # Debian package hunspell-be


@lru_cache(maxsize=2)
def pymorphy(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=1)
def morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(generate=True, analyse=True)


@lru_cache(maxsize=1)
def _hunspell_be():
    from spylls.hunspell import Dictionary

    if not HUNSPELL_BE.with_suffix(".dic").is_file():
        raise GlossaryError(f"the Belarusian dictionary {HUNSPELL_BE}.dic is missing; install Debian's hunspell-be")
    return Dictionary.from_files(str(HUNSPELL_BE))


def known_common_word(word: str, lang: str) -> bool:
    """True when the ru/uk dictionary knows ``word`` and never as a name (a capitalised word that
    is no name: the fuzzy search for unlisted renderings must leave it alone)."""
    parses = [p for p in pymorphy(lang).parse(word.lower()) if p.is_known]
    return bool(parses) and not any(NAME_TAGS & p.tag.grammemes for p in parses)


@lru_cache(maxsize=20_000)
def ordinary_word(word: str, lang: str, name: str = "") -> bool:
    """True when lower-case ``word`` can be an ordinary word of ``lang`` (путина, kijów, пагоня):
    then a lower-case form of a name is left alone. Readings whose dictionary form is ``name``
    (the term itself, lower case) do not count: the uk dictionary lists Львів untagged.
    Languages without a dictionary say True (touch nothing)."""
    word, name = word.lower(), name.lower()
    if lang in ("ru", "uk"):
        return any(p.is_known and not NAME_TAGS & p.tag.grammemes and p.normal_form != name
                   for p in pymorphy(lang).parse(word))
    if lang == "pl":
        return any(tag != "ign" and not _POLISH_NAME_LABELS & set(names) and not lemma[:1].isupper()
                   and lemma.split(":")[0] != name
                   for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word))
    if lang == "be":
        return _hunspell_be().lookup(word)
    return True


_MORFEUSZ_CASES = {"nom": "nom", "gen": "gen", "dat": "dat", "acc": "acc", "inst": "ins", "loc": "loc"}
_PERSON_LABELS = frozenset({"imię", "nazwisko"})


@lru_cache(maxsize=20_000)
def polish_forms(word: str, animate: bool) -> dict[str, list[str]] | None:
    """Singular case forms of a Polish proper name Morfeusz 2 knows (Wrocław -> Wrocławia ...), or None.

    Of its homonyms, a name of the right kind (a person's for ``animate``: Moskwa the city, not
    the surname) with the most distinct forms wins; indeclinable readings are left to the rules.
    """
    lemmas: dict[str, dict[str, list[str]]] = {}
    given_name: dict[str, bool] = {}
    for form, lemma, tag, names, _ in morfeusz().generate(word):
        parts = tag.split(":")
        labels = set(names) & _POLISH_NAME_LABELS
        if len(parts) < 3 or parts[0] != "subst" or "sg" not in parts[1].split(".") or not labels:
            continue
        fits = labels & _PERSON_LABELS if animate else labels - _PERSON_LABELS
        if not fits or len(parts[2].split(".")) > 3:  # more than three cases in one tag: indeclinable
            continue
        given_name[lemma] = "imię" in labels
        for case in parts[2].split("."):
            if case in _MORFEUSZ_CASES:
                forms = lemmas.setdefault(lemma, {}).setdefault(_MORFEUSZ_CASES[case], [])
                if form not in forms:
                    forms.append(form)
    complete = [lemma for lemma, f in lemmas.items() if f.get("nom", [None])[0] == word and all(c in f for c in _MORFEUSZ_CASES.values())]
    best = max(complete, key=lambda lemma: (len({x for forms in lemmas[lemma].values() for x in forms}), given_name[lemma]), default=None)
    return lemmas[best] if best else None


@lru_cache(maxsize=20_000)
def known_word(word: str, lang: str) -> bool:
    """True when the dictionary of ``lang`` knows ``word`` in any reading (True without a dictionary)."""
    if lang in ("ru", "uk"):
        return any(p.is_known for p in pymorphy(lang).parse(word.lower()))
    if lang == "pl":
        return any(tag != "ign" for _, _, (_, _, tag, _, _) in morfeusz().analyse(word))
    if lang == "be":
        return _hunspell_be().lookup(word) or _hunspell_be().lookup(word.lower())
    return True


@lru_cache(maxsize=20_000)
def head_noun(word: str, lang: str) -> str | None:
    """"inan" or "anim" when ``word`` can be a common noun in the nominative or accusative (the head
    a following name depends on: "адвокат", "lotnisko"), else None. ru, uk, pl only."""
    word = word.lower()
    if lang in ("ru", "uk"):
        for parse in pymorphy(lang).parse(word):
            tag = parse.tag
            if parse.is_known and tag.POS == "NOUN" and tag.case in ("nomn", "accs") and not NAME_TAGS & tag.grammemes:
                return "anim" if "anim" in tag.grammemes else "inan"
        return None
    if lang == "pl":
        for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word):
            parts = tag.split(":")
            if parts[0] == "subst" and len(parts) > 3 and {"nom", "acc"} & set(parts[2].split(".")) \
                    and not _POLISH_NAME_LABELS & set(names) and len(parts[2].split(".")) <= 3:
                return "anim" if "m1" in parts[3].split(".") else "inan"
    return None


@lru_cache(maxsize=20_000)
def person_noun(word: str, lang: str) -> bool:
    """True when ``word`` can be a common noun for a person in any case (жены, сына, doradcy):
    a name after it depends on it, not on a title before it. ru, uk, pl only."""
    word = word.lower()
    if lang in ("ru", "uk"):
        return any(parse.is_known and parse.tag.POS == "NOUN" and "anim" in parse.tag.grammemes
                   and not NAME_TAGS & parse.tag.grammemes for parse in pymorphy(lang).parse(word))
    if lang == "pl":
        for _, _, (_, _, tag, names, _) in morfeusz().analyse(word):
            parts = tag.split(":")  # subst:sg:gen:m1 -- m1: a noun for a man or for people
            if parts[0] == "subst" and len(parts) > 3 and "m1" in parts[3].split(".") and not _POLISH_NAME_LABELS & set(names):
                return True
    return False


@lru_cache(maxsize=4096)
def feminine_first_name(word: str, lang: str) -> bool:
    """True when the dictionary knows ``word`` only as a woman's first name (Светлана, Юлія). ru, uk."""
    names = [parse.tag for parse in pymorphy(lang).parse(word.lower())
             if parse.is_known and "Name" in parse.tag.grammemes and parse.tag.case == "nomn"]
    return bool(names) and all("femn" in tag.grammemes for tag in names)
