"""Case forms of terms in be, uk, pl and ru.

pymorphy3 inflects Russian and Ukrainian words its dictionaries know; paradigm rules cover the
surnames and place names they do not know, and Belarusian and Polish. Explicit forms win.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_PYMORPHY_CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}
_NAME_TAGS = frozenset({"Surn", "Name", "Geox", "Orgn", "Patr"})
_NOTE_FORM = re.compile(r"(\S+)\s*\(((?:nom|gen|dat|acc|ins|loc)(?:\s*/\s*(?:nom|gen|dat|acc|ins|loc))*)\)")

Paradigm = dict[str, list[str]]  # case -> forms, the first one canonical


def forms_from_note(note: str) -> dict[str, str]:
    """``"Кіева (gen) Кіеве (loc)"`` -> ``{"gen": "Кіева", "loc": "Кіеве"}`` (declension notes)."""
    forms: dict[str, str] = {}
    for word, cases in _NOTE_FORM.findall(note or ""):
        for case in cases.split("/"):
            forms.setdefault(case.strip(), word)
    return forms


def is_acronym(word: str) -> bool:
    return sum(1 for c in word if c.isupper()) > 1


def _indeclinable(word: str) -> Paradigm:
    return {case: [word] for case in CASES}


def _paradigm(word: str, stem: str, endings: dict[str, str | tuple[str, ...]]) -> Paradigm:
    paradigm: Paradigm = {"nom": [word]}
    for case in CASES[1:]:
        ending = endings.get(case)
        if ending is None:
            paradigm[case] = [word]
        else:
            variants = ending if isinstance(ending, tuple) else (ending,)
            paradigm[case] = [stem + v for v in variants]
    return paradigm


# --- Belarusian ------------------------------------------------------------------------------

_BE_DATIVE_MUTATION = {"к": "цэ", "г": "зе", "х": "се"}
_BE_HARD_HUSHING = "жшчрц"


def _be(word: str, animate: bool) -> Paradigm:
    lower = word.lower()
    if lower.endswith("ая"):
        stem = word[:-2]
        return _paradigm(word, stem, {"gen": "ай", "dat": "ай", "acc": "ую", "ins": "ай", "loc": "ай"})
    if lower.endswith(("ы", "і")) and len(word) > 4:  # masculine adjective: Інтэрнацыянальны
        stem = word[:-1]
        soft = lower.endswith("і")
        return _paradigm(word, stem, {
            "gen": "ага", "dat": "аму", "acc": "ага" if animate else None,
            "ins": "ім" if soft else "ым", "loc": "ім" if soft else "ым",
        })
    if lower.endswith("а"):
        stem, last = word[:-1], lower[-2:-1]
        gen = "і" if last in "кгх" else "ы"
        paradigm = _paradigm(word, stem, {"gen": gen, "acc": "у", "ins": ("ай", "ой")})
        if last in _BE_DATIVE_MUTATION:  # рука -> руцэ: the velar softens before the ending
            dative = word[:-2] + _BE_DATIVE_MUTATION[last]
        else:
            dative = stem + ("ы" if last in _BE_HARD_HUSHING else "е")
        paradigm["dat"] = paradigm["loc"] = [dative]
        return paradigm
    if lower.endswith("я"):
        return _paradigm(word, word[:-1], {"gen": "і", "dat": "і", "acc": "ю", "ins": ("яй", "ёй"), "loc": "і"})
    if lower.endswith("ь"):
        stem = word[:-1]
        return _paradigm(word, stem, {"gen": "я", "dat": "ю", "acc": "я" if animate else None, "ins": "ем", "loc": "і"})
    if lower[-1:].isalpha() and lower[-1] not in "аеёіоуыэюя":
        stem = word[:-1] + "в" if lower.endswith("ў") else word
        surname = lower.endswith(("ін", "ын", "оў", "еў", "ёў"))
        loc = "у" if animate or lower[-1] in "кгх" else "е"
        return _paradigm(word, stem, {
            "gen": "а", "dat": "у", "acc": "а" if animate else None,
            "ins": "ым" if surname and animate else "ам", "loc": loc,
        })
    return _indeclinable(word)


# --- Ukrainian and Russian rules (for words pymorphy3 does not know) -------------------------

def _uk(word: str, animate: bool) -> Paradigm:
    lower = word.lower()
    if lower.endswith(("ська", "цька", "зька")):
        return _paradigm(word, word[:-1], {"gen": "ої", "dat": "ій", "acc": "у", "ins": "ою", "loc": "ій"})
    if lower.endswith("а"):
        stem, last = word[:-1], lower[-2:-1]
        soft = last in "жчшщ"
        mutated = {"к": "ці", "г": "зі", "х": "сі"}.get(last)
        paradigm = _paradigm(word, stem, {"gen": "і" if soft else "и", "dat": "і", "acc": "у",
                                          "ins": "ею" if soft else "ою", "loc": "і"})
        if mutated:
            paradigm["dat"] = paradigm["loc"] = [word[:-2] + mutated]
        return paradigm
    if lower.endswith("я"):
        return _paradigm(word, word[:-1], {"gen": "і", "dat": "і", "acc": "ю", "ins": "ею", "loc": "і"})
    if lower.endswith("о") and animate:
        return _paradigm(word, word[:-1], {"gen": "а", "dat": ("у", "ові"), "acc": "а", "ins": "ом", "loc": ("у", "ові")})
    if lower[-1:].isalpha() and lower[-1] not in "аеєиіїоуюяь":
        stem = word
        if lower.endswith(("ів", "їв")) and not animate:  # Харків -> Харкова, Київ -> Києва
            stem = word[:-2] + ("о" if lower.endswith("ів") else "є") + word[-1]
        surname = lower.endswith(("ін", "ин", "ов", "ев", "єв", "їн"))
        return _paradigm(word, stem, {
            "gen": "а", "dat": ("у", "ові"), "acc": "а" if animate else None,
            "ins": "им" if surname and animate else "ом", "loc": ("ові", "у") if animate else "і",
        })
    return _indeclinable(word)


def _ru(word: str, animate: bool) -> Paradigm:
    lower = word.lower()
    if lower.endswith("ая"):
        return _paradigm(word, word[:-2], {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "loc": "ой"})
    if lower.endswith("а"):
        stem, last = word[:-1], lower[-2:-1]
        gen = "и" if last in "кгхжшчщ" else "ы"
        ins = "ей" if last in "жшчщц" else "ой"
        return _paradigm(word, stem, {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "loc": "е"})
    if lower.endswith("я"):
        dat = "и" if lower.endswith("ия") else "е"
        return _paradigm(word, word[:-1], {"gen": "и", "dat": dat, "acc": "ю", "ins": "ей", "loc": dat})
    if lower[-1:].isalpha() and lower[-1] not in "аеёиоуыэюяь":
        surname = lower.endswith(("ин", "ын", "ов", "ев", "ёв"))
        return _paradigm(word, word, {
            "gen": "а", "dat": "у", "acc": "а" if animate else None,
            "ins": "ым" if surname and animate else "ом", "loc": "е",
        })
    return _indeclinable(word)


# --- Polish ------------------------------------------------------------------------------------

# Locative/dative of nouns in -a (and masculine loc): the stem's last consonant softens.
_PL_SOFTENING = [
    ("ch", "sze"), ("st", "ście"), ("sł", "śle"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"),
    ("d", "dzie"), ("ł", "le"), ("n", "nie"), ("s", "sie"), ("z", "zie"), ("w", "wie"), ("m", "mie"),
    ("p", "pie"), ("b", "bie"), ("f", "fie"),
]
_PL_SOFT_FINALS = {"ń": "n", "ś": "s", "ć": "c", "ź": "z"}
_PL_SOFT_ENDINGS = ("l", "j", "cz", "sz", "rz", "ż", "c", "dz", "ń", "ś", "ć", "ź")


def _pl_soften(stem: str) -> str | None:
    lower = stem.lower()
    if lower.endswith(_PL_SOFT_ENDINGS):
        return None
    for consonant, replacement in _PL_SOFTENING:
        if lower.endswith(consonant):
            return stem[: len(stem) - len(consonant)] + replacement
    return None


def _pl(word: str, animate: bool) -> Paradigm:
    lower = word.lower()
    if lower.endswith(("ska", "cka", "dzka")):
        return _paradigm(word, word[:-1], {"gen": "iej", "dat": "iej", "acc": "ą", "ins": "ą", "loc": "iej"})
    if lower.endswith(("ski", "cki")):
        return _paradigm(word, word, {"gen": "ego", "dat": "emu", "acc": "ego" if animate else None, "ins": "m", "loc": "m"})
    if lower.endswith(("owy", "ny")) and len(word) > 5:  # adjective: Międzynarodowy
        return _paradigm(word, word[:-1], {
            "gen": "ego", "dat": "emu", "acc": "ego" if animate else None, "ins": "ym", "loc": "ym",
        })
    if lower.endswith(("ia", "ja")):
        return _paradigm(word, word[:-1], {"gen": "i", "dat": "i", "acc": "ę", "ins": "ą", "loc": "i"})
    if lower.endswith("a") or (lower.endswith("o") and animate):
        stem = word[:-1]
        last = stem.lower()[-1:]
        gen = "i" if last in ("k", "g", "l", "j") else "y"
        softened = _pl_soften(stem)
        paradigm = _paradigm(word, stem, {"gen": gen, "acc": "ę", "ins": "ą"})
        paradigm["dat"] = paradigm["loc"] = [softened] if softened else [stem + "y"]
        return paradigm
    if lower[-1:] in _PL_SOFT_FINALS:  # Pogoń -> Pogoni, Białoruś -> Białorusi
        stem = word[:-1] + _PL_SOFT_FINALS[lower[-1]] + "i"
        if animate:
            return _paradigm(word, stem, {"gen": "a", "dat": "owi", "acc": "a", "ins": "em", "loc": "u"})
        return _paradigm(word, stem, {"gen": "", "dat": "", "ins": "ą", "loc": ""})
    if lower[-1:].isalpha() and lower[-1] not in "aąeęioóuy":
        stem = word
        if re.search(r"ó[^aąeęioóuy]$", lower):  # Kijów -> Kijowa
            stem = word[:-2] + "o" + word[-1]
        velar = stem.lower().endswith(("k", "g"))
        softened = _pl_soften(stem)
        paradigm = _paradigm(word, stem, {
            "gen": "a", "dat": "owi", "acc": "a" if animate else None, "ins": "iem" if velar else "em",
        })
        # Velar and soft stems take -u in the locative (Mińsku, Kremlu); hard ones soften (Putinie).
        hard = softened and not velar and not stem.lower().endswith("ch")
        paradigm["loc"] = [softened] if hard else [stem + "u"]
        return paradigm
    return _indeclinable(word)


_RULES = {"be": _be, "uk": _uk, "ru": _ru, "pl": _pl}


@lru_cache(maxsize=2)
def _analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _copy_letter_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pymorphy(word: str, lang: str, animate: bool) -> Paradigm | None:
    """The paradigm from the dictionary when it knows ``word`` as a nominative noun or adjective."""
    parses = [
        p for p in _analyzer(lang).parse(word.lower())
        if p.is_known and p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn"
    ]
    if not parses:
        return None
    parse = next((p for p in parses if _NAME_TAGS & p.tag.grammemes), parses[0])
    paradigm: Paradigm = {}
    for case in CASES:
        wanted = {_PYMORPHY_CASES[case], "sing"}
        if case == "acc" and parse.tag.POS == "ADJF":
            wanted.add("anim" if animate else "inan")
        inflected = parse.inflect(wanted) or parse.inflect({_PYMORPHY_CASES[case]})
        paradigm[case] = [_copy_letter_case(word, inflected.word if inflected else word.lower())]
    return paradigm


@lru_cache(maxsize=20_000)
def word_paradigm(word: str, lang: str, animate: bool) -> Paradigm:
    """Case forms of one word (no explicit forms applied)."""
    rules = _RULES.get(lang)
    if rules is None or len(word) < 3 or is_acronym(word) or not word[-1].isalpha():
        return _indeclinable(word)
    if lang in ("ru", "uk"):
        known = _pymorphy(word, lang, animate)
        if known:
            return known
    return rules(word, animate)


def inflect(
    text: str,
    lang: str,
    *,
    animate: bool = False,
    explicit: dict[str, str] | None = None,
    word_forms: dict[str, dict[str, str]] | None = None,
    extra_langs: tuple[str, ...] = (),
) -> list[tuple[str, str]]:
    """``(case, form)`` pairs for ``text``; the first pair of each case is the canonical form.

    ``explicit`` overrides whole-term forms; ``word_forms`` overrides single words of a multi-word
    term (the surname's declension applies inside the full name). ``extra_langs`` adds the forms
    other languages' paradigms would give, for wrong spellings that carry a foreign ending.
    """
    words = text.split()
    paradigms = [_merged_paradigm(word, (lang, *extra_langs), animate, (word_forms or {}).get(word)) for word in words]
    pairs: list[tuple[str, str]] = []
    for case in CASES:
        if explicit and case in explicit:
            pairs.append((case, explicit[case]))
        # Every combination of the words' variants: a wrong full name may mix endings.
        pairs.extend((case, " ".join(combination)) for combination in product(*(p[case] for p in paradigms)))
    return list(dict.fromkeys(pairs))


def _merged_paradigm(word: str, langs: tuple[str, ...], animate: bool, explicit: dict[str, str] | None) -> Paradigm:
    merged: Paradigm = {case: [] for case in CASES}
    if explicit:
        for case, form in explicit.items():
            merged[case].append(form)
    for lang in langs:
        for case, forms in word_paradigm(word, lang, animate).items():
            merged[case].extend(f for f in forms if f not in merged[case])
    return merged


def known_common_word(word: str, lang: str) -> bool:
    """True when the ru/uk dictionary knows ``word`` but not as a name (ordinary words)."""
    parses = [p for p in _analyzer(lang).parse(word.lower()) if p.is_known]
    return bool(parses) and not any(_NAME_TAGS & p.tag.grammemes for p in parses)
