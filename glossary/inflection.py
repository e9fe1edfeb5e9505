"""Case forms of terms in be, uk, pl and ru.

The dictionaries inflect the words they know (pymorphy3 for ru and uk, Morfeusz 2 for pl); paradigm
rules cover the surnames and places they do not know, and Belarusian. Explicit forms win.

A paradigm lists only the forms it is sure of: a word whose shape no rule covers has its
nominative alone, and enforcement leaves such a word as it is rather than guess an ending.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import product
from pathlib import Path

from glossary import belarusian_paradigms, lexicon

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_PYMORPHY_CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}
_CASES_OF_PYMORPHY = {tag: case for case, tag in _PYMORPHY_CASES.items()}
_NOTE_FORM = re.compile(r"(\S+)\s*\(((?:nom|gen|dat|acc|ins|loc)(?:\s*/\s*(?:nom|gen|dat|acc|ins|loc))*)\)")
# A note saying the term does not decline (be Цімашэнка: "a woman's surname: indeclinable").
_NOTE_INDECLINABLE = re.compile(r"\bindeclinable\b|\bdoes not decline\b|не скланяецца|не склоняется|не відмінюється", re.IGNORECASE)

Paradigm = dict[str, list[str]]  # case -> forms, the first one canonical; a missing case is not known


def forms_from_note(note: str, term: str = "") -> dict[str, str]:
    """``"Кіева (gen) Кіеве (loc)"`` -> ``{"gen": "Кіева", "loc": "Кіеве"}`` (declension notes); a
    note calling the ``term`` indeclinable gives it its one form in every case."""
    if term and _NOTE_INDECLINABLE.search(note or ""):
        return {case: term for case in CASES[1:]}
    forms: dict[str, str] = {}
    for word, cases in _NOTE_FORM.findall(note or ""):
        for case in cases.split("/"):
            forms.setdefault(case.strip(), word)
    return forms


def is_acronym(word: str) -> bool:
    return sum(1 for c in word if c.isupper()) > 1


# A surname whose second capital follows a Gaelic prefix (McGarry, MacDonald, O'Neill):
# a name, not an acronym, that declines as any surname does (McGarry'ego, MacDonalda, O'Neilla).
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]+")


def _indeclinable(word: str) -> Paradigm:
    return {case: [word] for case in CASES}


def _unknown(word: str) -> Paradigm:
    """A word no rule is sure of: its dictionary form only."""
    return {"nom": [word]}


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


# Захарова, Калеснікава, Пуціна; not a noun in -щина, -чына (Лещина, the hazel: Лещины, Лешчыне).
_FEMININE_SURNAME = re.compile(r"(?:[оеёєа]в|(?<![чщ])[іиы]н)а$")


# --- Belarusian ------------------------------------------------------------------------------

_BE_DATIVE_MUTATION = {"к": "цэ", "г": "зе", "х": "се"}
_BE_SOFTENING = {"т": "ц", "д": "дз"}  # before -е: Брэст -> у Брэсце, Ліда -> Лідзе
_BE_FOREIGN_YO = re.compile(r"['’]ё")  # a foreign name's ьо/йо after a consonant: Б'ёрн (Bjørn)
_BE_STRESSED_ONLY = re.compile(r"[оёэ]", re.IGNORECASE)  # written only in a stressed syllable
_BE_HARD = "жшчрц"  # always hard: -ы where other stems take -е (Жытомір -> у Жытоміры)
# A feminine adjective's -ая follows a consonant: after a vowel the -я is a noun's (Мая: Маі).
_ADJECTIVE_IN_AYA = re.compile(r"[^аеёиіоуыэюяє]ая$")


def _be_e(stem: str) -> str:
    """``stem`` + the locative/dative -е, with the consonant changes Belarusian spelling shows."""
    last = stem[-1:].lower()
    if last in _BE_HARD:
        return stem + "ы"
    if last in _BE_SOFTENING:
        return stem[:-1] + _BE_SOFTENING[last] + "е"
    return stem + "е"


# The dative, instrumental and locative plural endings of a plural-only place, by language.
_PLURAL_PLACE_ENDINGS = {"be": ("ам", "амі", "ах"), "uk": ("ам", "ами", "ах"), "ru": ("ам", "ами", "ах"), "pl": ("om", "ami", "ach")}


def _plural_place(word: str, lang: str, bare_genitive: bool = False) -> Paradigm:
    """A place named by a plural-only noun in -ы/-и/-y: its dative, instrumental and locative (Ошмяны:
    Ошмянам, Ошмянами, в Ошмянах; Czerkasy: w Czerkasach), and its genitive only where the word shows
    it is bare (Баранавічы: з Баранавіч); else it goes by the stress or the word (-ов, -ів, -аў, -ów or
    none), which no letter shows."""
    dative, instrumental, locative = _PLURAL_PLACE_ENDINGS[lang]
    paradigm = _paradigm(word, word[:-1], {"gen": "", "dat": dative, "ins": instrumental, "loc": locative})
    if lang == "be" and bare_genitive and word.lower().endswith("чы"):
        # Belarusian writes the genitive of a place in -чы bare (Баранавіч) or in -аў (Клімавічаў, Мытішчаў): the
        # bare one is sure where hunspell-be lists the place with it (Клімавічы/G), not where it lacks the place.
        bare_genitive = lexicon.known_word(word, "be") and all(lexicon.known_word(form, "be") for form in paradigm["gen"])
    if not bare_genitive:
        del paradigm["gen"]
    return paradigm


# The genitive plural endings a plural-only place may take (Пологов, Полагаў, Połogów; Мачулищей).
_PLURAL_GENITIVE_ENDINGS = ("ов", "ев", "ёв", "ів", "їв", "ей", "аў", "оў", "ёў", "яў", "ow", "ów", "ew")
_SOFT_PLURAL = {"ru": re.compile(r"[бвдзлмнпрстф]и$"), "uk": re.compile(r"[бвдзлмнпрстф]і$"), "be": re.compile(r"[бвдзлмнпрсф]і$")}


def plural_genitive(word: str, genitive: str) -> bool:
    """True when ``genitive`` is the genitive plural of a plural-only place named ``word`` (Мачулищи: Мачулищ; Крупкі:
    Крупак; Krupki: Krupek; Пологи: Пологов): bare, with a fleeting vowel before its last consonant (for a й or ь
    there: Стайки, Стаек; Sieńki, Sieniek), or with a plural ending; no singular's genitive is so made from a
    nominative in -ы, -и, -і, -y, -i, -e."""
    lower, genitive = word.lower(), genitive.lower()
    if len(word) < 4 or lower[-1] not in "ыиіyie" or lower[-2:-1] in lexicon.VOWELS:
        return False
    stem = lower[:-1]
    before = stem[:-2] + {"й": "", "ь": "", **{soft: hard + "i" for soft, hard in _PL_SOFT_FINALS.items()}}.get(stem[-2], stem[-2])
    return genitive == stem or genitive in (stem + ending for ending in _PLURAL_GENITIVE_ENDINGS) \
        or genitive in (before + vowel + stem[-1] for vowel in "оаеэёoe")


# The genitive plural endings a language gives a plural-only place beside the bare genitive (Бельцов, Клімавічаў, Дзяргачоў,
# Броварів, Czausów).
_PLURAL_PLACE_GENITIVE_ENDINGS = {"be": ("аў", "оў"), "ru": ("ов", "ев"), "uk": ("ів",), "pl": ("ów",)}
_PLURAL_LOCATIVES = {"be": ("ах", "ях"), "ru": ("ах", "ях"), "uk": ("ах", "ях"), "pl": ("ach",)}  # (Докшыцах, Гливицях)


def plural_place_genitives_of_either_form(word: str, lang: str, locative: str, genitives: Sequence[str] = ()) -> list[str]:
    """The genitives a plural-only place may take where its letters do not choose one: bare (Докшыцы: Докшыц,
    Бельцы: Бельц, Ашмяны: Ашмян, Dokszyce: Dokszyc; Ukrainian only after ц or ч, and softens the ц: Гливиці, Гливиць) or with the
    language's plural ending (Черновцов, Клімавічаў, Czausów), which the stress or usage chooses. For finding a
    draft's own genitive, lower case included (жыхары докшыц, z bielc), never for writing. Only for one word in
    -ы, -и, -і, -y, -i, -e after a consonant whose ``locative`` is a plural's made on the same stem (Докшыцах):
    a singular's is not (Аполе, Opolu). Where a Belarusian place's own ``genitives`` are sure of the bare one
    (Мікашэвічы: Мікашэвіч, which hunspell-be lists), usage follows it: none. Empty otherwise."""
    lower = word.lower()
    if lang not in _PLURAL_PLACE_GENITIVE_ENDINGS or len(word) < 5 or not word.isalpha() or lower[-1] not in "ыиіyie" \
            or lower[-2] in lexicon.VOWELS or locative not in (word[:-1] + ending for ending in _PLURAL_LOCATIVES[lang]):
        return []
    stem = word[:-1]
    if lang == "be" and stem in genitives:
        return []
    endings = [stem + ending for ending in _PLURAL_PLACE_GENITIVE_ENDINGS[lang]]
    if lang == "uk" and lower[-2] not in "цч":
        return endings  # (Ukrainian leaves a hard stem bare only with a fleeting vowel: Ромни, Ромен; Бровари, Броварів)
    return [stem + "ь" if lang == "uk" and lower[-2] == "ц" else stem, *endings]


# A Ukrainian word closing its last syllable with an і (Розділ, Тетерів): the і may be an о or е of the other forms.
_UK_CLOSING_I = re.compile(r"і([бвгґджзклмнпрстфхцчшщ]+)$", re.IGNORECASE)


def polish_bare_plural_genitive(word: str, others: Callable[[], list[tuple[str, str, str]]]) -> str | None:
    """The bare genitive of a Polish plural-only place whose genitive the rules and Morfeusz leave open (Szachty:
    Szacht or Szachtów; Morfeusz's szachta and szacht give both), where the same place's East Slavic names, ``others()``
    giving their ``(language, name, genitive)``, agree on a bare one in two languages at least (Шахты, Шахти: Шахт):
    the plural is a feminine's, whose genitive is bare in Polish too (z Szacht, as Żory: Żor). Only a genitive that is
    the name without its ending counts (Ромны: Ромен inserts a vowel Polish may not); one neighbour alone, or
    neighbours that part (Бровары: Бровар, Бровари: Броварів), leave it unsure. None otherwise."""
    if not word.lower().endswith(("y", "i")):
        return None
    paradigm = word_paradigm(word, "pl", animate=False)
    if "gen" in paradigm or not paradigm.get("loc") or not all(form.endswith("ach") for form in paradigm["loc"]):
        return None
    neighbours = others()
    if len({lang for lang, _, _ in neighbours}) < 2 or not all(
            name.lower().endswith(("ы", "и", "і")) and genitive.lower() == name.lower()[:-1] for _, name, genitive in neighbours):
        return None
    return word[:-1]


def ukrainian_opened_place(text: str, russian: list[str]) -> dict[str, str] | None:
    """The forms of a Ukrainian place whose last word closes its last syllable with an і where the concept's Russian
    name has an о or е (Новий Розділ: Новый Роздол; Тетерів: Тетерев): the і is that vowel closed, which opens again
    in the other forms (Новим Роздолом, у Новому Роздолі, у Тетереві), not the і of the dictionary's other word
    (розділ, "section": Розділу). Declined as the name with the vowel opened; a case whose forms end differently
    (Роздола, Роздолу: either genitive may be the place's) is left out. None without such a Russian name."""
    words = text.split()
    if not (closed := _UK_CLOSING_I.search(words[-1])) or closed.start() < 2:
        return None
    tail, before = closed.group(1).lower(), words[-1][closed.start() - 1].lower()
    for name in russian:
        other = name.split()
        last = other[-1].lower()
        if len(other) != len(words) or len(last) < len(tail) + 2 or not last.endswith(tail) \
                or last[-len(tail) - 1] not in "ое" or last[-len(tail) - 2] != before:
            continue
        opened = words[-1][:closed.start()] + last[-len(tail) - 1] + words[-1][closed.start() + 1:]
        forms: dict[str, list[str]] = {}
        for case, form in inflect(" ".join([*words[:-1], opened]), "uk"):
            forms.setdefault(case, []).append(form)
        # (The dative's and locative's -ові, -у, -і are variants of one case; the genitive's -а, -у are no variants.)
        return {"acc": text} | {case: "/".join(found) for case, found in forms.items()
                                if case in ("dat", "loc") or case in ("gen", "ins") and len({form[-1] for form in found}) == 1}
    return None


def ukrainian_bare_plural_genitive(word: str, russian: list[str]) -> dict[str, str] | None:
    """``{"gen": "Ромнів/Ромен"}`` for a Ukrainian plural-only place in -и whose Russian name the Russian dictionary
    gives a bare genitive with a fleeting е or о (Ромны: Ромен, as Лубны: Лубен): both are in use, the Ukrainian
    dictionary's (Ромнів) first, the bare one the press writes too, made from the Ukrainian stem as the Russian is from
    its own. Not a bare genitive without a fleeting vowel (Бровары: Бровар, where Ukrainian says Броварів). None when
    either dictionary does not know the place or the stems end differently."""
    if not word.endswith("и") or len(word) < 4:
        return None
    own = [parse.inflect({"gent"}) for parse in lexicon.pymorphy("uk").parse(word)
           if parse.is_known and parse.tag.POS == "NOUN" and "Pltm" in parse.tag.grammemes and parse.tag.case == "nomn"]
    if not own or own[0] is None:
        return None
    stem = word[:-1]
    for spelling in russian:
        ru_stem = spelling[:-1]
        if not spelling.endswith("ы") and not spelling.endswith("и") or ru_stem[-1:].lower() != stem[-1:].lower():
            continue
        for parse in lexicon.pymorphy("ru").parse(spelling):
            if not (parse.is_known and "Pltm" in parse.tag.grammemes and "Geox" in parse.tag.grammemes and parse.tag.case == "nomn"):
                continue
            genitive = (parse.inflect({"gent"}) or parse).word
            if len(genitive) != len(ru_stem) + 1 or genitive[-2] not in "ео" or genitive[:-2] + genitive[-1] != ru_stem.lower():
                continue
            bare = stem[:-1] + genitive[-2] + stem[-1]
            dictionary = copy_letter_case(word, own[0].word)
            return {"gen": dictionary if bare == dictionary else f"{dictionary}/{bare}"}
    return None


def soft_plural_place_forms(word: str, lang: str) -> Paradigm | None:
    """The forms of a place named by a soft plural-only noun in -и, -і (ru Шегини: Шегиням, в Шегинях), for one the rules
    read as a foreign indeclinable (Тбилиси, Сочи); its genitive (-ей, -ів or bare) no letter shows. None for another word."""
    return plural_place_forms(word, lang) if lang in _SOFT_PLURAL and _SOFT_PLURAL[lang].search(word.lower()) else None


def plural_place_forms(word: str, lang: str) -> Paradigm:
    """The dative, instrumental and locative of a plural-only place, hard (Мачулищам, Крупкамі, Połogach) or soft
    (Ясли: Яслям), and its accusative, the nominative; the genitive is the word's own."""
    paradigm = _plural_place(word, lang)
    if lang in _SOFT_PLURAL and _SOFT_PLURAL[lang].search(word.lower()):
        paradigm = {case: [form[: len(word) - 1] + "я" + form[len(word):] for form in forms] if case != "nom" else forms
                    for case, forms in paradigm.items()}
    return paradigm | {"acc": [word]}


_BE_LITHUANIAN_PLURAL = re.compile(r"[^аеёіоуыэюяйь'’]яй$")  # a consonant and -яй: Lithuanian -iai, no Belarusian noun's ending


def _be(word: str, animate: bool, given: bool = False) -> Paradigm:
    lower = word.lower()
    if [letter for letter in lower if letter in lexicon.BELARUSIAN_VOWELS] == ["ё"] and not _BE_FOREIGN_YO.search(lower):
        # One syllable under ё: an ending may take the stress, and Belarusian writes the unstressed ё as я or е
        # (Пётр: Пятра; Лёў: Льва), which no rule here knows. A foreign name's 'ё (Б'ёрн: the Scandinavian
        # Bjørn) keeps its stress on the stem: Б'ёрна, Б'ёрну.
        return _unknown(word)
    if given and lexicon.declined_mans_name_in_o(word, "be"):
        # A man's first name in the stressed -о that Ukrainian declines (Пятро, Дзмітро, Паўло) is a masculine noun:
        # Пятра Ялінчука, з Дзмітром Саўчуком, аб Паўлу; no rule's indeclinable foreign -о (Бруно).
        return _paradigm(word, word[:-1], {"gen": "а", "dat": "у", "acc": "а", "ins": "ом", "loc": "у"})
    # Ціханоўская; not the first name Мая (Маяй), nor a noun in -я the Russian dictionary knows (Ліепая: у Ліепаі)
    adjectival = bool(_ADJECTIVE_IN_AYA.search(lower)) and not given and not lexicon.russian_noun_in_aya(word, "be")
    if adjectival or animate and not given and _FEMININE_SURNAME.search(lower):  # adjectival: Ціханоўская, Захарава
        stem = word[:-2] if adjectival else word[:-1]
        oblique = "ай"
        if adjectival and not _BE_STRESSED_ONLY.search(stem) and not lower.endswith(("ская", "цкая", "зкая")):
            # No о, ё, э shows the stem's stress, and the ending may take it (Яравая: Яравой, the Russian яровая):
            # the Russian dictionary's masculine tells (яровой: -ой). Unknown to it, the unstressed -ай of most such
            # surnames (Харужай) stays. (A -ская adjective keeps the stress of its stem: Ціханоўскай.)
            oblique = "ой" if lexicon.russian_stressed_ending(word) else "ай"
        return _paradigm(word, stem, {"gen": oblique, "dat": oblique, "acc": "ую" if adjectival else "у",
                                      "ins": oblique, "loc": oblique})
    if lower.endswith("чы") and not animate:  # a plural place: Баранавічы -> у Баранавічах
        return _plural_place(word, "be", bare_genitive=True)
    if lower.endswith("цы") and not animate:  # Катавіцы -> з Катавіц, у Катавіцах
        # (Чарнаўцы: Чарнаўцоў or -цаў, by the stress, which is not written)
        return _plural_place(word, "be", bare_genitive=lower.endswith("іцы"))
    # A place of four letters in -ы is a plural-only noun too (Сумы: у Сумах), no adjective.
    if lower.endswith(("ы", "і")) and (len(word) > 4 or not animate and len(word) == 4 and lower.endswith("ы")):
        # masculine adjective: Ціханоўскі, Інтэрнацыянальны
        if not animate and lower.endswith("ны"):
            # A place named by a word in -ны alone is a plural-only noun (Ашмяны: у Ашмянах); its
            # genitive (Ашмян) goes by the stress, which is not written. Before a noun it is an adjective.
            return _plural_place(word, "be")
        if not animate and lower[-2:-1] in "кгх" and lower[-3:-2] in lexicon.BELARUSIAN_VOWELS and lower.endswith("і"):
            # A place in -кі after a vowel is a plural-only noun, its genitive bare: Хойнікі -> з Хойнік,
            # у Хойніках; Трокі -> Трок (a consonant before -кі may take a fleeting vowel: not here).
            return _plural_place(word, "be", bare_genitive=True)
        if not animate and (lower.endswith("ы") or lower[-2:-1] in "кгх") and not lower.endswith(("скі", "цкі", "зкі")):
            # Паставы, Мёры, Брузгі, Крупкі: plural-only places. Their dative, instrumental and locative end the same
            # whatever the stress (Паставам, Паставамі, у Паставах; у Брузгах); their genitive goes by the stress (-аў,
            # -оў) or drops a fleeting vowel (Крупак), which no letter shows: none. A plural thing's accusative is
            # its nominative (цягнік у Бендэры).
            return _plural_place(word, "be")
        if not animate and not lower.endswith(("ні", "скі", "цкі", "зкі")):
            return {"nom": [word], "acc": [word]}  # another -і: a foreign name's or a soft plural's, no ending sure
        if lower.endswith("і") and not lower.endswith(("кі", "гі", "хі", "ні")):
            return _indeclinable(word)  # a foreign name, no adjective: Саакашвілі, Вердзі
        if animate and lower.endswith("ні") and not lexicon.known_word(lower, "be"):
            # A person's -ні that is no Belarusian soft adjective (сіні, верхні) is a foreign name, indeclinable
            # (Берлусконі, Марконі); declined as an adjective it gave the invented Марконім.
            return _indeclinable(word)
        return _be_masculine_adjective(word, animate)
    if lower.endswith("а"):
        stem, last = word[:-1], lower[-2:-1]
        if animate and last in "кгх":  # a man's surname in -ка: Лукашэнка -> Лукашэнку, Лукашэнкам
            return _paradigm(word, stem, {"gen": "і", "dat": "у", "acc": "у", "ins": "ам", "loc": "у"})
        gen = "і" if last in "кгх" else "ы"
        # о, ё, э are written under stress alone: a stem with one has it, so the instrumental's ending is
        # unstressed, -ай (Эма: Эмай, Ропша: Ропшай); else it may be either (Дзвіной; Стрыпа: Стрыпай, Стрыпой).
        instrumental = "ай" if _BE_STRESSED_ONLY.search(stem) else ("ай", "ой")
        if given and animate and not lexicon.belarusian_mans_first_name(word):
            # So is a woman's first name's (Магда: Магдай, not the Russian Магдой): every one of the 109 in a consonant
            # and -а that hunspell-be lists, and the Russian dictionary knows as a woman's, takes -ай, none -ой.
            instrumental = "ай"
        paradigm = _paradigm(word, stem, {"gen": gen, "acc": "у", "ins": instrumental})
        if last == "к" and (_BE_STRESSED_ONLY.search(stem[:-1]) or lower.endswith("ўка")
                            or not animate and lower[-3:-2] not in lexicon.BELARUSIAN_VOWELS):
            # Belarusian writes о, ё, э only under stress: a stem with one has the stress, the ending is
            # unstressed, and after к it is -цы (у Кахоўцы, на Лёўцы), not the stressed -цэ (на рацэ).
            # So is the ending of the suffix -ўка (Russian -овка, -евка): у Аўдзееўцы, and a place's -ка
            # after a consonant, its unstressed suffix -к- (у Вульцы, у Астраленцы).
            dative = word[:-2] + "цы"
        elif last in _BE_DATIVE_MUTATION:  # рука -> руцэ: the velar softens before the ending
            dative = word[:-2] + _BE_DATIVE_MUTATION[last]
        else:
            dative = _be_e(stem)
        # A man's first name in -а is a masculine noun: its dative and locative are -у (Міколу, Фаму, Кузьму).
        paradigm["dat"] = paradigm["loc"] = [stem + "у" if given and lexicon.belarusian_mans_first_name(word) else dative]
        return paradigm
    if lower.endswith("я"):
        oblique = "ю" if given and animate and lexicon.belarusian_mans_first_name(word) else "і"  # Ілля: Іллю, as Міколу
        # (A surname in -я declines as a woman's, Сіліня: Сіліні; a man's first name beside it makes it his: inflect.)
        paradigm = _paradigm(word, word[:-1], {"gen": "і", "dat": oblique, "acc": "ю", "ins": ("яй", "ёй"), "loc": oblique})
        if animate and not given and lower.endswith("ія"):
            # A Georgian surname in -ія (Гварамія, Данэлія) is a man's as often as a woman's: his dative, locative
            # (Гварамію) and instrumental (Гвараміем) are a masculine noun's, hers a feminine's; unsure here. (A
            # Belarusian -ыя, Рацыя, is the rules' woman's.)
            for case in ("dat", "ins", "loc"):
                del paradigm[case]
        return paradigm
    if lower.endswith("ь"):
        stem = word[:-1]
        gender = "masc" if animate else _be_place_gender(word)
        if gender == "femn":  # Валынь -> з Валыні, над Прыпяццю
            return _paradigm(word, stem, {"gen": "і", "dat": "і", "loc": "і"}) | _be_feminine_instrumental(stem)
        if gender != "masc":
            return _unknown(word)  # no dictionary says which declension: never guess
        if animate and _BE_YA_BEFORE_LAST_SYLLABLE.search(lower):
            # Belarusian writes я for an unstressed е only right before the stress: a name stressed on its
            # last syllable (Пятру́сь) whose ending takes the stress writes е there (Петруся́), one stressed
            # on the я or on a stem that keeps it does not: the stress is not written, so no ending is sure.
            return _unknown(word)
        return _be_soft_masculine(word, stem, animate)
    if not animate and _BE_LITHUANIAN_PLURAL.search(lower):
        # A Lithuanian plural in -iai (Šiauliai: Шаўляй, Мажэйкяй) is written undeclined, as the sets' paradigms give
        # every one (Біржай, Зарасай too, whose -ай a Belarusian noun has as well: those stay by the rule below).
        return _indeclinable(word)
    if lower.endswith("й") and len(word) > 3 and not lower.endswith("ий") and (animate or not lower.endswith("ій")):
        # Сяргей, Аляксей, Андрэй; a man's name in -ій too (Іраклій: Іраклія, Іракліем, аб Іракліі); not Russian -ий.
        soft = lower.endswith("ій")
        return _paradigm(word, word[:-1], {"gen": "я", "dat": "ю", "acc": "я" if animate else None, "ins": "ем",
                                           "loc": "і" if soft or not animate else "ю"})
    if lower[-1:].isalpha() and lower[-1] not in "аеёіоуыэюяй":
        stem = word[:-1] + "в" if lower.endswith("ў") else word
        # Surnames in -ін/-оў/-аў take -ым (Буданавым); first names take -ам (Станіславам, Збігневам, Марцінам).
        # (A possessive suffix needs a stem: a name of three letters is a foreign one, Сін, Мін: Сінам.)
        surname = lower.endswith(("ін", "ын", "оў", "еў", "ёў", "аў")) and not lower.endswith("слаў") and not given and len(word) > 3
        # -ук/-юк/-як surnames stress their ending, and a stressed -о- stays: Краўчуком, Кавальчуком, Пазняком.
        stressed = animate and lower.endswith(("ук", "юк", "як"))
        if not animate and _FLEETING_VOWEL.search(lower):
            drops = _drops_its_vowel(word)
            if drops is None and _BE_SUFFIX_ETS.search(lower):
                # The suffix -ец drops its е as in Ukrainian and Russian (Крамянец: Крамянца, Кременець, Кременца); a
                # stem with о, ё or э, written only under stress, might change with the stress: not here.
                drops = True
            if drops is None:
                return _unknown(word)  # Гарадок -> Гарадка, but Беласток -> Беластока: no rule knows which
            if drops:
                # л before the ц is soft, and Belarusian writes it so (Елец: Ельца, Мелец: Мельца); в after a
                # vowel and before the ц it now meets is ў (Астравец: Астраўца).
                stem = _BE_W_BEFORE_A_CONSONANT.sub("ў", word[:-2] + ("ь" if lower.endswith("лец") else "") + word[-1])
                # Belarusian writes о only under stress, and the stress stays on the ending: Гарадком; after
                # -ец the ending's stress is not written (Лунінцам, Камянцом).
                paradigm = _paradigm(word, stem, {"gen": "а", "dat": "у", "ins": "ом" if lower.endswith("ок") else "ам",
                                                  "loc": "у" if lower[-1] == "к" else "ы"})
                if lower.endswith("ец"):
                    del paradigm["ins"]
                return paradigm
        paradigm = _paradigm(word, stem, {
            "gen": "а", "dat": "у", "acc": "а" if animate else None,
            "ins": "ым" if surname and animate else "ом" if stressed else "ам",
        })
        # A person's locative is -у (аб Алесю, аб Бураку); a surname in -ін, -оў, -аў is written so too (аб Быкаву)
        # and with a place's -е (аб Пуціне, аб Філатаве): both are its forms, a text's either stays.
        paradigm["loc"] = [stem + "у"] if animate or lower[-1] in "кгх" else [_be_e(stem)]
        if surname and animate:
            paradigm["loc"].append(_be_e(stem))
        return paradigm
    if lower.endswith(("ае", "яе")) and len(word) > 4 and not animate:  # a neuter adjective: Глыбокае, Сіняе
        stem = word[:-2]
        soft = lower.endswith("яе") or stem[-1:].lower() in "кгх"
        return _paradigm(word, stem, {"gen": "яга" if lower.endswith("яе") else "ага",
                                      "dat": "яму" if lower.endswith("яе") else "аму",
                                      "ins": "ім" if soft else "ым", "loc": "ім" if soft else "ым"})
    if _BE_SOFT_NEUTER.search(lower) and not animate:  # Палессе, Падмаскоўе, Закарпацце
        return _paradigm(word, word[:-1], {"gen": "я", "dat": "ю", "ins": "ем", "loc": "і"})
    if lower.endswith("о"):
        # Belarusian writes an unstressed final -о as -а (Лукашэнка, Гродна): a person's -о the
        # dictionary does not know is a stressed foreign ending, indeclinable (Клічко); Пятро
        # declines, and a place may be a neuter noun: not sure.
        return _indeclinable(word) if animate and not lexicon.known_word(word, "be") else _unknown(word)
    return _indeclinable(word)


def _be_soft_masculine(word: str, stem: str, animate: bool) -> Paradigm:
    return _paradigm(word, stem, {"gen": "я", "dat": "ю", "acc": "я" if animate else None, "ins": "ем",
                                  "loc": "ю" if animate else "і"})  # аб Алесю, у Гомелі


def belarusian_name_of_either_stress(word: str) -> Paradigm:
    """The case forms a draft may write of a Belarusian man's name in -ь whose stress the rules cannot
    know (Пятрусь: Пятруся or Петруся), both ways: a first name recognised before a surname being
    fixed, never written. So is a woman's name in -а whose stem shows the stress in the instrumental's stressed -ой
    (Тэрэзой, Эмой: the rules write Тэрэзай). Empty for any other word."""
    lower = word.lower()
    if lower.endswith("а") and _BE_STRESSED_ONLY.search(lower[:-1]):
        return {"ins": [word[:-1] + "ой"]}
    if not lower.endswith("ь") or not _BE_YA_BEFORE_LAST_SYLLABLE.search(lower):
        return {}
    reduced = _BE_YA_BEFORE_LAST_SYLLABLE.sub(lambda ya: "Е" if ya.group() == "Я" else "е", word)
    oblique = {case: forms for case, forms in _be_soft_masculine(reduced, reduced[:-1], True).items() if case != "nom"}
    return _with_all_forms(_be_soft_masculine(word, word[:-1], True), oblique)


def _be_masculine_adjective(word: str, animate: bool, stressed: bool | None = None) -> Paradigm:
    soft = word[-1:].lower() == "і"
    oblique = "о" if stressed else "а"
    paradigm = _paradigm(word, word[:-1], {
        "gen": oblique + "га", "dat": oblique + "му", "acc": oblique + "га" if animate else None,
        "ins": "ім" if soft else "ым", "loc": "ім" if soft else "ым",
    })
    if stressed is None and not _BE_STRESSED_ONLY.search(word[:-1]) and not word.lower().endswith(("скі", "цкі", "зкі")):
        # The nominative -ы is stressed or not (новы, малады́) and writes no о that would say so: the
        # genitive and dative are -ага, -аму after a stressed stem (Новага) and -ога, -ому after an
        # unstressed one (Старога, Садавога), so neither is sure; -ым is both's. (-скі stresses its stem.)
        for case in ("gen", "dat", "acc") if animate else ("gen", "dat"):
            del paradigm[case]
    return paradigm


# A surname's suffix: -ін/-оў and their women's -іна/-ова, -ук/-юк/-як (stressed: Краўчуком).
_BE_SURNAME_SUFFIX = re.compile(r"(?:[іы]н|[оеёа]ў|[іы]на|[оеёа]ва|[уюя]к)$")
# A plural-only place in a vowel and -кі, -гі, -хі (Хойнікі, Трокі, Есентукі).
_BE_PLURAL_IN_KI = re.compile(r"[аеёіоуыэюя][кгх]і$")
# A soft neuter noun: a doubled consonant, ў or an apostrophe before -е (Палессе, Падмаскоўе, Прыдняпроўе).
_BE_SOFT_NEUTER = re.compile(r"(?:(?:сс|зз|лл|нн|цц|чч|шш|жж|дздз)|ў|['’])е$")
_BE_YA_BEFORE_LAST_SYLLABLE = re.compile(r"я(?=[^аеёіоуыэюя]+[аеіуыюя][^аеёіоуыэюя]*$)", re.IGNORECASE)
# Places named -поль/-паль (Greek polis) are masculine in every East Slavic language.
MASCULINE_POLIS_PLACE = re.compile(r"п[ао]ль$")


# A masculine noun's last vowel that may drop in its other cases (Гарадок: Гарадка, Городок: Городка,
# Лунінец: Лунінца); whether it does is the word's own fact (Беласток: Беластока).
# Two syllables before the suffix -ець after a consonant (Лунинець; not Жнець, Боєць).
_UK_FLEETING_ETS = re.compile(r"[аеєиіїоуюя][^аеєиіїоуюяй'’ь]*[бвгґджзклмнпрстфхцчшщ]ець$")
# A Ukrainian place in the Slavic possessive suffix and the neuter -о (Ярцево, Тутаєво, Сараєво), of a stem of two letters or more.
_UK_NEUTER_POSSESSIVE_PLACE = re.compile(r"\w{2}[оеє]во$")
_RU_NEUTER_POSSESSIVE_PLACE = re.compile(r"\w{2}(?:[оеёє]в|[иыі]н)о$")
# A Slavic neuter place in a consonant and -но (Хмельно, Кольно; not the vowel before it of a foreign Лугано).
_RU_SLAVIC_NEUTER_IN_NO = re.compile(r"\w{2}[бвгджзклмнпрстфхцчшщь]но$")
# A Russian or Ukrainian masculine adjective of a hard stem (Новый, Большой, Великий, Новий), of a stem of three letters or more.
_RUSSIAN_HARD_ADJECTIVE = re.compile(r"\w{3}(?:[ыо]й|(?<=[кгх])[иі]й)$")
# (After a vowel's в too, which turns ў before the ц: Язлавец, Язлаўца.)
_BE_SUFFIX_ETS = re.compile(r"^[^оёэ]*[аеіуыюя][^аеёіоуыэюяь]*[^аеёіоуыэюя]ец$")
_FLEETING_VOWEL = re.compile(r"(?:[оаеэ]к|[еэ]ц|e[kc])$")
_PL_FLEETING_EC = re.compile(r"[aąeęioóuy][^aąeęioóuy]*?(?:(dz|[nszcwbpmf])iec|(l)ec)$")
_PL_NAMES_FLEETING_EL = re.compile(r"[^aąeęioóuy]i?eł$")
# A Polish place's -ek after a consonant (not -rzek, whose rz may change): Żołudek, Gródek; and the -ok Polish writes for a
# Russian -ок, -ёк (Torżok, Торжок: Torżka, w Torżku).
_PL_PLACE_FLEETING_EK = re.compile(r"[^aąeęioóuy](?<!rz)[eo]k$")
_PL_ALTERNATING_VOWEL = re.compile(r"(?:ie|ó)[^aąeęioóuy]+$")
_PL_SOFT_SPELLING = {"n": "ń", "s": "ś", "z": "ź", "c": "ć", "dz": "dź"}


@lru_cache(maxsize=4096)
def _drops_its_vowel(word: str, place: bool = True) -> bool | None:
    """Whether a Belarusian place in -ок/-ак/-ец (or a name) drops that vowel in its other cases, as
    the Russian dictionary's entry for its Russian spelling does (Гарадок: Городок, Городка; Павел:
    Павла); None when no dictionary knows the word."""
    drops = set()
    for spelling, parses in lexicon.russian_readings(word, "be", 8, place=place):
        if not place and any("Name" in parse.tag for parse in parses):
            parses = [parse for parse in parses if "Name" in parse.tag]  # a name's reading, not a noun's (лев, лева the coin)
        for parse in parses:
            if parse.tag.POS == "NOUN" and parse.tag.gender == "masc" and parse.tag.case == "nomn" and parse.tag.number == "sing":
                genitive = parse.inflect({"gent"})
                if genitive is not None:
                    # городок, городка; белосток, белостока; елец, ельца, лев, льва (the л softens where the е drops)
                    drops.add(len(genitive.word if "ь" in spelling else genitive.word.replace("ь", "")) == len(spelling))
    return drops.pop() if len(drops) == 1 else None


# A Belarusian surname's consonant and -ец, -эц after a hard one (Гарабец, Канавалец, Скварэц), whose е, э may drop in
# the other cases; not after ц, which may be a softened т (Айцец: Айца).
_BE_SURNAME_IN_ETS = re.compile(r"[^аеёіоуыэюяьйц'’][еэ]ц$")


def belarusian_surname_dropping_its_e(word: str, russian: list[str]) -> dict[str, str] | None:
    """The oblique forms of a Belarusian man's surname in a consonant and -ец, -эц that the rules leave unsure (no
    dictionary noun explains its stem: Гарабец, Скварэц) where the Russian dictionary declines the concept's Russian
    surname, the same word, dropping its е (Горобец: Горобца; Скворец: Скворца): the Belarusian drops it too (Гарабца,
    Гарабцу, аб Гарабцу), л softening, в becoming ў and дз hardening to д before the ц as in every such word
    (Канавальца, Букаўца, маладца). The instrumental goes by the stress, which the Russian ending after ц shows
    (stressed -ом: Гарабцом; unstressed -ем: Краўцам); none without it. None where a Russian name keeps its е (the
    surname Швец: Швеца) or no dictionary knows one."""
    if not _BE_SURNAME_IN_ETS.search(word.lower()) or "gen" in word_paradigm(word, "be", animate=True):
        return None
    known = [(name, forms) for name in russian if name.lower().endswith("ец") and (forms := _pymorphy(name, "ru", animate=True))]
    if not any(forms.get("gen") for _, forms in known) or not all(
            drops_its_last_vowel(name, genitive.replace("ь", "")) for name, forms in known for genitive in forms.get("gen", [])):
        return None
    stem = word[:-2]
    if stem.lower().endswith("дз"):
        stem = stem[:-1]  # (маладзец: маладца)
    elif stem.lower().endswith("л"):
        stem += "ь"
    stem = _BE_W_BEFORE_A_CONSONANT.sub("ў", stem + "ц")
    forms = {"gen": stem + "а", "dat": stem + "у", "acc": stem + "а", "loc": stem + "у"}
    instrumentals = {form[-2:] for _, found in known for form in found.get("ins", [])}
    if instrumentals in ({"ом"}, {"ем"}):
        forms["ins"] = stem + ("ом" if instrumentals == {"ом"} else "ам")
    return forms


def _be_dropped_vowel(word: str) -> Paradigm:
    """A Belarusian man's name whose last vowel drops as its Russian spelling's does (Павел: Павла):
    в after a vowel and before the consonant it now meets is written ў (Паўла, Паўлу, Паўлам). The
    locative (аб Паўлу or Паўле) no grammar here settles: left unsure. A dropped о or ё was stressed (Belarusian
    writes them under stress alone), and the stress moves to the ending, which then writes о: Казёл, Казлом."""
    lower = word.lower()
    softened = "ь" if lower[-3:-2] == "л" and lower[-2] in "её" else ""  # Леў: Льва, as Лев: Льва
    stem = _BE_W_BEFORE_A_CONSONANT.sub("ў", (_be_hardened_before_a_dropped_vowel(word[:-2]) if lower[-2] in "её" else word[:-2]) + softened + word[-1])
    if lower.endswith("ў"):
        stem = stem[:-1] + "в"  # ў is в before a vowel: Льва
    stressed = lower[-2] in "оё" or len(_VOWELS_OF_STEMS.findall(lower)) == 1  # a monosyllable's stress moves on: Львом
    paradigm = _paradigm(word, stem, {"gen": "а", "dat": "у", "acc": "а", "ins": "ом" if stressed else "ам"})
    del paradigm["loc"]
    return paradigm


def _be_hardened_before_a_dropped_vowel(stem: str) -> str:
    """Belarusian writes т, д as ц, дз before a soft vowel (цеканне, дзеканне; its own ц, дз are hard: цэгла): where the
    е, ё after them drops, the hard consonant is back (дзяцел: дзятла, кацёл: катла; so Дзяцел: Дзятла)."""
    if stem[-1:].lower() == "ц":
        return stem[:-1] + ("Т" if stem[-1].isupper() else "т")
    if stem[-2:].lower() == "дз":
        return stem[:-2] + ("Д" if stem[-2].isupper() else "д")
    return stem


_BE_W_BEFORE_A_CONSONANT = re.compile(r"(?<=[аеёіоуыэюя])в(?=[^аеёіоуыэюяьі'’]$)", re.IGNORECASE)
# A Belarusian name whose last vowel may drop (Павел: Паўла), as its Russian spelling's does (Павла).
_BE_NAMES_FLEETING_VOWEL = re.compile(r"[оаеэ][^аеёіоуыэюяьй'’]$")

# A surname whose last vowel may drop in its other cases (Дзядок: Дзядка) or may not (Гудок: Гудока); a
# foreign -ек keeps it (Бузек: Бузека, Чапек: Чапека). A Polish -ok is no Polish suffix's (Polish writes -ek): a Belarusian
# Łuczanok drops it as Лучанок does (Łuczanka), another name may not. The Belarusian suffix -онак/-ёнак (below) is one too.
_SURNAMES_FLEETING_VOWEL = re.compile(r"(?:[оё]к|ёл|ok|[оё]нак)$")

# The suffix -онок/-ёнок/-енок of a surname (Лученок; Belarusian -янок, and -анок after a hard consonant: Лучанок;
# Polish -onok, -ianok, -czanok: Łuczanok) drops its vowel as the nouns made with it do (ребёнок: ребёнка, опёнок:
# опёнка): Лученка, Лучанку, Łuczankowi. Not a stem's -ан and -ок (Чабанок: чабан, Chabanok): that is the name's own fact.
# Belarusian writes the suffix -онак/-ёнак where the о, ё before the н bears the stress (Belarusian writes them under
# stress alone) and the -ак after it is unstressed: that а is the fleeting vowel, the stressed о, ё stay (Макаёнак:
# Макаёнка, Макаёнкам; Мацюшонак: Мацюшонку), as every such word hunspell-be lists declines (валёнак, рамонак, Кавалёнак).
_DIMINUTIVE_NOK = re.compile(r"(?:[еёо]|[чшжцр]а|я)нок$|[оё]нак$|(?:[eo]|(?:cz|sz|ż|rz|c)a|ia)nok$")

# A person's surname in -ец/-ець/-ec (Коновалец, Konowalec): whether and how its vowel drops (Коновальца,
# Konowalca; Кузнеца keeps it) is the fact of the common noun it ends in (валец: вальца; walec: walca).
_PERSONS_FLEETING_VOWEL = re.compile(r"(?:[еэ]ц|ець|ec)$")


@lru_cache(maxsize=4096)
def _oblique_stem(word: str, lang: str) -> str | None:
    """The stem of the oblique cases of a surname in -ец/-ec that no dictionary knows, from the
    longest masculine common noun the Russian, Ukrainian or Polish dictionary knows that it ends in
    (Коновалец as валец: Коновальц-; Konowalec as walec: Konowalc-); None when no such noun is known."""
    lower = word.lower()
    for start in range(1, len(lower) - 3):
        tail = lower[start:]
        if lang == "pl":
            genitives = [form for form, lemma, tag, _, _ in lexicon.morfeusz().generate(tail)
                         if lemma == tail and tag.startswith("subst:sg:gen") and tag.split(":")[-1][:1] == "m"]
        else:
            genitives = [genitive.word for parse in lexicon.pymorphy("uk" if lang == "uk" else "ru").parse(tail)
                         if parse.is_known and parse.normal_form == tail and parse.tag.POS == "NOUN"
                         and parse.tag.gender == "masc" and parse.tag.number == "sing" and parse.tag.case == "nomn"
                         and not lexicon.NAME_TAGS & parse.tag.grammemes
                         and (genitive := parse.inflect({"gent", "sing"})) is not None]
        if genitives:
            return word[:start] + genitives[0][:-1]
    return None


def _with_oblique_stem(word: str, lang: str, paradigm: Paradigm, wrong: bool) -> Paradigm:
    """A person's surname in -ец/-ec declined on its dictionary noun's stem (Коновальца, Konowalca); a
    right spelling no noun explains keeps only its nominative (unsure); a wrong spelling's forms are
    recognised both ways."""
    stem = _oblique_stem(word, lang)
    if stem is None:
        return _with_dropped_vowel(word, paradigm) if wrong else {"nom": [word]}
    moved = {case: [stem + form[len(word):] if case not in ("nom",) and form.startswith(word) else form for form in forms]
             for case, forms in paradigm.items()}
    if wrong:
        return {case: forms + [form for form in moved.get(case, []) if form not in forms] for case, forms in paradigm.items()}
    return moved


def place_on_dropped_vowel(word: str, lang: str, genitive: str) -> Paradigm | None:
    """The forms of a place in a vowel and a consonant whose genitive the termbase gives without that vowel
    (Rajhorodok: gen=Rajhorodka, as Gródek: Gródka): every oblique case drops it (w Rajhorodku, Rajhorodkiem), not
    the full stem the rules would keep (Rajhorodoku); None for any other genitive."""
    short = word[:-2] + word[-1]
    if len(word) < 4 or word[-2].lower() not in lexicon.VOWELS or word[-1].lower() in lexicon.VOWELS \
            or not genitive.startswith(short) or genitive.startswith(word):
        return None
    return {case: [form if case in ("nom", "acc") else short + form[len(word):] for form in forms if form.startswith(word)]
            for case, forms in _RULES[lang](word, False).items()}


def genitive_dropping_its_vowel_as(word: str, lang: str, others: Callable[[], list[tuple[str, str, str]]]) -> str | None:
    """The genitive of a Russian or Ukrainian place in -ок, -ец no dictionary knows (Райгородок, Цехановец) whose
    vowel drops as the same place's does in a neighbouring language, ``others()`` giving its ``(language, name,
    genitive)`` there (asked only of such a word: it looks the neighbours up) (uk Райгородок: Райгородка; be Райгарадок: gen=Райгарадка; be Цеханавец: gen=Цеханаўца): the
    same suffix drops its vowel in all three (в Райгородке, в Цехановце), where the rules alone are not sure
    (Белосток keeps it). For -ец only a Belarusian genitive tells: Ukrainian drops the е of every -ець, a foreign
    one too (Ліберець: Ліберця), where Russian may keep it (в Либереце). A Polish place in a consonant and -ek
    Morfeusz does not know (Żołudek, for Жалудок, Желудок: Żołudka, w Żołudku) drops its e as Polish -ek nouns do
    (Gródek: Gródka) when its East Slavic name drops its о, as does one in -ok (Torżok, Торжок: Torżka); a Turkic -ek that keeps it (Бишкек: Бишкека, Biszkeku)
    is not dropped. None when no other name drops it or the rules are sure."""
    fleeting = _PL_PLACE_FLEETING_EK if lang == "pl" else _FLEETING_VOWEL
    if lang not in ("ru", "uk", "pl") or not fleeting.search(word.lower()) or "gen" in word_paradigm(word, lang, animate=False):
        return None
    if any(drops_its_last_vowel(other, genitive) for other_lang, other, genitive in others()
           if other_lang == "be" or not word.lower().endswith("ц")):
        return word[:-2] + word[-1] + ("a" if lang == "pl" else "а")
    return None


def polish_place_keeping_its_ok(word: str, others: Callable[[], list[tuple[str, str, str]]]) -> dict[str, str] | None:
    """The forms of a Polish place in a consonant and -ok, -ek no dictionary knows whose East Slavic names,
    ``others()`` giving their ``(language, name, genitive)``, all keep the о, е (Моздок: Моздока; Малгобек: Малгобека): it
    declines as the Polish nouns in -ok that keep it do (potok, wyrok: potoku) and as the places Morfeusz knows (Bangkoku,
    Władywostoku, Białegostoku; Biszkeku): z Mozdoku, w Małgobeku, Małgobekiem. One whose names drop it takes -ka
    (genitive_dropping_its_vowel_as: Torżka). The caller asks it of places
    in Russia alone, where no Polish tradition gives a Slavic town -a (Sanok: Sanoka). None otherwise."""
    if not _PL_PLACE_FLEETING_EK.search(word.lower()) or "gen" in word_paradigm(word, "pl", animate=False):
        return None
    neighbours = others()
    if neighbours and all(genitive.lower().startswith(name.lower()) for _, name, genitive in neighbours):
        # (the -a usage also gives such a town is read, never written: as pl_place_genitive_u.toml's)
        return {"gen": f"{word}u/{word}a", "dat": f"{word}owi", "ins": f"{word}iem", "loc": f"{word}u"}
    return None


def polish_misdeclined_place_forms(forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The endings MT gives a right Polish place in a hard consonant whose genitive is -a and locative -ie (Wołczyn:
    Wołczyna, Wołczynie; Latyczów: Latyczowa, Latyczowie) that its paradigm lacks: the loan nouns' -u, read as the
    genitive or the locative it stands for (z Wołczynu, we Wołczynu), and the Russian locative's -e without the
    softening (w Latyczowe, from в Летичеве). They are the right name in a wrong form, to be found and mended in the
    case the sentence needs, never written; ``forms`` is the term's paradigm, ``(case, form)``."""
    genitives = [form for case, form in forms if case == "gen"]
    locatives = [form for case, form in forms if case == "loc"]
    if len(genitives) != 1 or len(locatives) != 1 or " " in genitives[0] or not genitives[0].endswith("a"):
        return []
    stem = genitives[0][:-1]
    if locatives[0] != stem + "ie":
        return []
    written = {form for _, form in forms}
    return [(case, form) for case, form in (("gen", stem + "u"), ("loc", stem + "u"), ("loc", stem + "e"))
            if form not in written]


def dictionary_genitives(word: str, lang: str) -> list[str]:
    """The genitives of a place the Russian or Ukrainian dictionary knows (uk Райгородок: Райгородка); none of a
    word it does not know, whatever the rules would give."""
    known = _pymorphy(word, lang, animate=False) if lang in ("ru", "uk") else None
    return known.get("gen", []) if known else []


def drops_its_last_vowel(word: str, genitive: str) -> bool:
    """True when ``genitive`` is ``word``'s without the vowel before its last consonant (Райгарадок: Райгарадка;
    Цехановець: Цехановця), not with it (Белосток: Белостока)."""
    stem, genitive = word.lower().removesuffix("ь").replace("ў", "в"), genitive.replace("ў", "в")  # (Цеханавец: Цеханаўца)
    if len(stem) < 4 or stem[-2] not in lexicon.VOWELS or stem[-1] in lexicon.VOWELS:
        return False
    return genitive.lower().startswith(stem[:-2] + stem[-1]) and not genitive.lower().startswith(stem)


def _with_dropped_vowel(word: str, paradigm: Paradigm) -> Paradigm:
    """A wrong spelling's ``paradigm`` plus its forms without the last vowel (ru Новогрудок ->
    Новогрудка): recognised in a draft, never written."""
    short = word[:-2] + word[-1]
    return {case: forms + [short + form[len(word):] for form in forms
                           if case not in ("nom", "acc") and form.startswith(word) and short + form[len(word):] not in forms]
            for case, forms in paradigm.items()}


@lru_cache(maxsize=4096)
def _be_place_gender(word: str) -> str | None:
    """The gender of a Belarusian place in -ь, from the Russian dictionary's entry for its Russian
    spelling (Валынь -> Волынь, feminine; Гомель, masculine); None when no dictionary knows it."""
    if MASCULINE_POLIS_PLACE.search(word.lower()):
        return "masc"
    genders = {
        parse.tag.gender
        for spelling, parses in lexicon.russian_readings(word, "be", 8, place=True) if spelling.endswith("ь")
        for parse in parses
        if parse.tag.POS == "NOUN" and "Geox" in parse.tag.grammemes and parse.tag.case == "nomn"
    }
    return genders.pop() if len(genders) == 1 else None


def _be_feminine_instrumental(stem: str) -> Paradigm:
    """Feminine -ь nouns double a consonant after a vowel (Уманню, Прыпяццю, меддзю), not after a
    consonant (радасцю); a labial stem's form is not one rules can be sure of."""
    lower = stem.lower()
    if lower[-1:] in "бпвмф":
        return {}
    if lower.endswith("дз") and lower[-3:-2] in lexicon.BELARUSIAN_VOWELS:
        return {"ins": [stem[:-2] + "д" + stem[-2:] + "ю"]}
    if lower[-2:-1] in lexicon.BELARUSIAN_VOWELS:
        return {"ins": [stem + stem[-1] + "ю"]}
    return {"ins": [stem + "ю"]}


def mans_surname_in_a(word: str, lang: str) -> dict[str, str]:
    """The oblique forms of a man's surname in -а/-a (Скарына, Скорина, Skaryna), or a Belarusian one in -я
    (Нябензя: Нябензю): a masculine noun of the first declension, never a woman's -ина/-ова surname
    (Скарынай, Скориной as a dative)."""
    if lang in ("be", "uk", "ru") and _CYRILLIC_VOWEL_BEFORE_A.search(word.lower()):
        return {case: word for case in CASES[1:]}  # after a vowel it does not decline (Гарсіа), a man's or not
    if lang == "be" and word[-1:].lower() == "я":  # суддзя: суддзі, суддзю; the instrumental goes by the stress
        paradigm = _paradigm(word, word[:-1], {"gen": "і", "dat": "ю", "acc": "ю", "loc": "ю"})
        del paradigm["ins"]
    elif lang == "be":  # masculine nouns in -а: dative and locative -у, instrumental -ам (мужчыну, мужчынам)
        paradigm = _paradigm(word, word[:-1], {"gen": "і" if word[-2:-1].lower() in "кгх" else "ы", "dat": "у",
                                               "acc": "у", "ins": "ам", "loc": "у"})
    else:  # ru, uk, pl: the endings of a noun in -а (Скорине, Скорині, Skarynie), each part's of a double one (Кара-Мурзе)
        paradigm = _double_surname(word, lang, False, man=True) or word_paradigm(word, lang, animate=True, given=True)
    return {case: forms[0] for case, forms in paradigm.items() if forms and case != "nom"}


def womans_first_name_forms(word: str, lang: str) -> dict[str, str] | None:
    """The oblique forms of a woman's first name in a consonant, which the rules would decline as a
    man's (Любова, Lubowem): Polish declines none (z Lubow, z Carmen), nor one in -o (z Nino); Belarusian declines one in -ў or
    -ь as a feminine noun of the third declension (Любоў: Любові, Любоўю; Нінэль: Нінэлі, Нінэллю) and a
    foreign one in a hard consonant not at all (Кармэн), and one in -ка/-га/-ха as a feminine noun (Вольга:
    Вользе), not as the man's -ка the rules take it for. Russian and Ukrainian decline one in a hard consonant only
    where their dictionary knows it as a woman's (uk Любов: Любові; Тінатін, Кармен not at all). None for another
    name in a vowel."""
    lower = word.lower()
    if lang == "be" and lower[-2:] in ("ка", "га", "ха"):
        return belarusian_womans_surname_in_a(word)  # Вольга: Вользе, Вольгай (the rules' -га is a man's: Вольгу)
    if lang == "pl" and lower[-1:] == "o":
        return {case: word for case in CASES[1:]}  # Nino: not a man's Dmytro (Dmytra, Dmytrem)
    if lang in ("ru", "uk") and lower[-1:] not in "аяеєэиыіїуюоёйь" and not _dictionary_womans_name(word, lang):
        return {case: word for case in CASES[1:]}  # Тінатін, Кармен: the dictionary's masculine reading is no woman's
    if lang not in ("be", "pl") or lower[-1:] in "аяaąеєэeиыіїуюyоoёйi":
        return None
    if lang == "be" and lower[-1:] in "ўь":
        if lower.endswith("ў"):
            oblique, instrumental = word[:-1] + "ві", word + "ю"
        else:  # a consonant before -ь doubles after a vowel (Нінэллю), not after a consonant (радасцю)
            stem = word[:-1]
            oblique, instrumental = stem + "і", stem + (stem[-1] if lower[-3:-2] in lexicon.BELARUSIAN_VOWELS else "") + "ю"
        return {"gen": oblique, "dat": oblique, "acc": word, "ins": instrumental, "loc": oblique}
    return {case: word for case in CASES[1:]}


def _dictionary_womans_name(word: str, lang: str) -> bool:
    """Whether the ru or uk dictionary knows ``word`` as a woman's first name in the nominative (uk Любов)."""
    return any(parse.is_known and {"Name", "femn", "nomn"} <= parse.tag.grammemes for parse in lexicon.pymorphy(lang).parse(word))


# A surname's -а is unstressed (Сaрóка, Азара́нка): after к the dative and locative write -цы (Азаранцы, Трэсцы).
_BE_SURNAME_DATIVE = {"к": "цы", "г": "зе", "х": "се"}


def belarusian_adjectival_womans_surname(word: str) -> bool:
    """True for a Belarusian woman's surname in -ава, -ова, -ева, -іна, -ына, which the rules decline as a
    possessive adjective (Плішкава: Плішкавай, Плішкаву) whatever another language writes (the Polish Plíšková)."""
    return bool(_FEMININE_SURNAME.search(word.lower()))


def belarusian_womans_surname_in_a(word: str, noun_in_ava: bool = False) -> dict[str, str]:
    """The oblique forms of a Belarusian woman's surname in -а that is a noun (Сарока, Азаранка): a
    feminine noun's, Сарокі, Сароцы, Сароку, Сарокай (the rules' -ка is a man's: Лукашэнку); none
    for an adjective (Ціханоўская) or an -ава/-ына surname, which the rules decline as one, unless
    ``noun_in_ava`` says its -ава is a noun's (Бокучава: Бокучавы)."""
    lower = word.lower()
    if not lower.endswith("а") or lower.endswith("ая") or _FEMININE_SURNAME.search(lower) \
            and not (noun_in_ava and lower.endswith("ава")):
        return {}
    if _CYRILLIC_VOWEL_BEFORE_A.search(lower):
        return {case: word for case in CASES[1:]}  # after a vowel it does not decline (Мбоа), as a man's does not
    stem, last = word[:-1], lower[-2:-1]
    dative = word[:-2] + _BE_SURNAME_DATIVE[last] if last in _BE_SURNAME_DATIVE else _be_e(stem)
    return {"gen": stem + ("і" if last in "кгх" else "ы"), "dat": dative, "acc": stem + "у", "ins": stem + "ай",
            "loc": dative}


_POSSESSIVE_ENDINGS = {"be": {"gen": "ай", "dat": "ай", "acc": "у", "ins": "ай", "loc": "ай"},
                       "uk": {"gen": "ої", "dat": "ій", "acc": "у", "ins": "ою", "loc": "ій"},
                       "ru": {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "loc": "ой"}}
HUSHED_INA = re.compile(r"[чщ][іиы]на$", re.IGNORECASE)  # Рощина, be Рошчына: a noun's ending or a woman's possessive


def possessive_womans_surname_forms(word: str, lang: str) -> dict[str, str] | None:
    """The oblique forms of a woman's surname in -а that is a possessive adjective (be Рошчына: Рошчынай; uk
    Рощина: Рощиної, Рощиній; ru Рощиной), which the rules take for a noun after ч, щ (Рошчыны); None in
    Polish, which declines her -yna as a noun (Roszczyny)."""
    endings = _POSSESSIVE_ENDINGS.get(lang)
    if not endings or not word.lower().endswith("а"):
        return None
    return {case: word[:-1] + ending for case, ending in endings.items()}


def polish_womans_surname_in_ina(word: str) -> dict[str, str] | None:
    """The oblique forms of a woman's Polish surname in -ina/-yna that stands for a Russian possessive one (Синицына,
    Касаткина): Polish declines it as a noun (Sinicyny, Sinicynie, Sinicynę) or, as it does her -owa, as an
    adjective (Sinicynej, Sinicyną), both in use; the noun's first, the adjective's a variant a draft keeps. None for
    another ending."""
    if not word.lower().endswith(("ina", "yna")):
        return None
    noun = {case: forms[0] for case, forms in word_paradigm(word, "pl", animate=True).items() if forms and case != "nom"}
    if noun.get("gen") != word[:-1] + "y":
        return None
    adjective = polish_feminine_adjective(word)
    return {case: "/".join(dict.fromkeys([noun[case], adjective[case]])) for case in CASES[1:] if case in noun and case in adjective}


def polish_adjectival_misreadings(forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The -ej a Polish surname in -ina/-yna declined as a noun (Kasatkina, Kasatkiny, Kasatkinie) is
    given by MT copying the Russian -иной as an adjective's: Kasatkinej, for the genitive, dative or
    locative. No form of the surname, only what an unlisted spelling may resemble."""
    nominative = next((form for case, form in forms if case == "nom"), "")
    if not nominative.lower().endswith(("ina", "yna")) or ("gen", nominative[:-1] + "y") not in forms:
        return []
    return [(case, nominative[:-1] + "ej") for case in ("gen", "dat", "loc")]


_NOTE_GENDER = re.compile(r"\b(masculine|feminine)\b(?: in ([\w/]+(?: and [\w/]+)?))?", re.IGNORECASE)
_LANGUAGE_NAMES = {"belarusian": "be", "ukrainian": "uk", "russian": "ru", "polish": "pl"}


_SAID_INDECLINABLE = ("does not decline", "is indeclinable", "indeclinable")
_CLAUSE_END = re.compile(r"[;,.:(]")


def said_indeclinable(note: str, term: str, lang: str) -> bool:
    """True when ``note`` says ``term`` does not decline in ``lang``, named before it ("ru/uk Друскининкай
    does not decline"; not "Russian Бондаренко does not decline" for the Ukrainian Бондаренко)."""
    start = note.find(term)
    if start < 0 or not note[start + len(term):].lstrip().startswith(_SAID_INDECLINABLE):
        return False
    clause = _CLAUSE_END.split(note[:start])[-1].lower()
    named = {_LANGUAGE_NAMES.get(name, name) for name in re.split(r"[/\s]+", clause) if name}
    return lang in named


# A note's word for a language, as a clause of it names one ("in be/uk/ru", "the Polish name").
_NOTE_LANGUAGE = re.compile(r"\b(be|uk|ru|pl|belarusian|ukrainian|russian|polish)\b", re.IGNORECASE)
_NOTE_CLAUSE_END = re.compile(r"[;,.]")
# A note calling the name a plural ("plural", "plural-only", "plural noun") or a neuter, or undeclined in a language.
NOTE_PLURAL = re.compile(r"\bplural\b", re.IGNORECASE)
NOTE_NEUTER = re.compile(r"\bneuter\b", re.IGNORECASE)
NOTE_UNDECLINED = re.compile(r"\b(?:undeclined|indeclinable|does not decline|not declined)\b", re.IGNORECASE)


def note_says_of(note: str, lang: str, said: re.Pattern, named_only: bool = False) -> bool:
    """True when a clause of ``note`` says ``said`` of the name in ``lang``: the clause names that language ("the Polish
    name Sopoćkinie is plural", "usually undeclined in pl") or, unless ``named_only``, no language at all ("village in
    the Lviv region; plural"); not a clause about other languages alone ("plural-only in ru/uk/be (Унгены)")."""
    for clause in _NOTE_CLAUSE_END.split(_without_asides_on_other_languages(note or "")):
        if not said.search(clause):
            continue
        named = {_LANGUAGE_NAMES.get(name.lower(), name.lower()) for name in _NOTE_LANGUAGE.findall(clause)}
        if lang in named or not named and not named_only:
            return True
    return False


def _without_asides_on_other_languages(note: str) -> str:
    """``note`` without the parentheses that follow a clause naming its own languages ("undeclined in be/uk/ru (Polish:
    Kiernów, masculine)"): an aside giving another language's name, which the clause's word does not concern (Kiernów
    declines: w Kiernowie). A parenthesis after a clause that names no language is the clause's own ("plural (in
    Polish)")."""
    def aside(match: re.Match) -> str:
        return "" if _NOTE_LANGUAGE.search(_NOTE_CLAUSE_END.split(note[:match.start()])[-1]) else match.group(0)
    return re.sub(r"\([^()]*\)", aside, note)


def gender_in_note(note: str, lang: str) -> str | None:
    """"masc" or "femn" when a termbase note names the place's gender in ``lang``: one given for that
    language ("feminine in be/uk/ru, masculine in Polish"), else the one gender it names for all
    ("town near Kyiv; masculine"); None when it names none or both."""
    everywhere, here = set(), set()
    for gender, languages in _NOTE_GENDER.findall(note or ""):
        gender = "masc" if gender.lower() == "masculine" else "femn"
        named = {_LANGUAGE_NAMES.get(name, name) for name in re.split(r"[/,]|\s+and\s+|\s+", languages.lower()) if name}
        if not named & {*_LANGUAGE_NAMES.values()}:
            everywhere.add(gender)  # "masculine in use" names no language
        elif lang in named:
            here.add(gender)
    genders = here or everywhere
    return genders.pop() if len(genders) == 1 else None


def instrumental_gender(instrumental: str) -> str | None:
    """"femn" or "masc" as the instrumental of a noun in -ь or a Polish soft consonant shows (be
    Лоддзю, pl Łodzią: feminine; Гомелем, Humaniem: masculine); None for any other."""
    lower = instrumental.lower()
    if lower.endswith(("ю", "ą")):
        return "femn"
    return "masc" if lower.endswith(("ем", "ём", "ам", "em")) else None


def soft_place_forms(word: str, lang: str, gender: str, dictionary_first: bool = True) -> dict[str, str] | None:
    """The oblique forms of a place in -ь (be, uk, ru) or -ń, -ś, -ć, -ź (pl) of the given gender
    (Гостомель, Гостомеля, Гостомелем; Умань, Умані, Уманню; Humań, Humania, w Humaniu), or None where
    the rules are not sure: a Ukrainian і in the last syllable may alternate (Ірпінь, Ірпеня;
    Бориспіль, Борисполя), a labial blocks the doubling. A dictionary or rule that knows the place's
    gender comes first unless ``dictionary_first`` is false (the termbase's own forms show the gender)."""
    lower = word.lower()
    if len(word) < 4 or dictionary_first and "gen" in word_paradigm(word, lang, animate=False):
        return None
    if lang == "pl":
        if lower[-1] not in _PL_SOFT_FINALS:
            return None
        stem = word[:-1] + _PL_SOFT_FINALS[lower[-1]] + "i"  # Humań -> Humani-
        if gender == "masc":
            return {"gen": stem + "a", "dat": stem + "owi", "acc": word, "ins": stem + "em", "loc": stem + "u"}
        return {"gen": stem, "dat": stem, "acc": word, "ins": stem + "ą", "loc": stem}
    if lang not in ("be", "uk", "ru") or not lower.endswith("ь"):
        return None
    stem = word[:-1]
    if lang == "uk" and stem[-2:-1].lower() in "іїи":
        return None
    if gender == "masc":
        return {"gen": stem + "я", "dat": stem + "ю", "acc": word, "ins": stem + "ем", "loc": stem + ("е" if lang == "ru" else "і")}
    if lang == "ru":
        return {"gen": stem + "и", "dat": stem + "и", "acc": word, "ins": word + "ю", "loc": stem + "и"}
    instrumental = _be_feminine_instrumental(stem).get("ins")  # the same doubling in uk: Уманню, Волинню
    oblique = stem + "і"
    return {"gen": oblique, "dat": oblique, "acc": word, "loc": oblique} | ({"ins": instrumental[0]} if instrumental else {})


_HUSHING = "чшжщ"


def feminine_hushing_place_forms(word: str, lang: str, russian: list[str]) -> dict[str, str] | None:
    """The oblique forms of a be or uk place in a hushing consonant, a labial or р that is feminine (be Свіслач,
    Перм, Цвер; uk Свіслоч: з Свіслачы, з Пермі, у Цверы; зі Свіслочі): Belarusian and Ukrainian drop the -ь Russian
    writes after these consonants. After a hushing one Russian writes it in feminine nouns alone (Свислочь, ночь; the
    masculine врач has none); after another the Russian dictionary says whose it is (Пермь, Тверь feminine; Гомель,
    which keeps its soft л, masculine). None when no Russian spelling says so, or when a Ukrainian і in the last
    syllable may alternate (ніч, ночі), which no rule here can tell."""
    lower = word.lower()
    if lang not in ("be", "uk") or len(word) < 3 or lower[-1:] not in _HUSHING + _HARD_BEFORE_A_DROPPED_SOFT_SIGN:
        return None
    hushing = lower[-1] in _HUSHING
    if not any(spelling.lower().endswith(lower[-1] + "ь") and (hushing or _russian_feminine_noun(spelling)) for spelling in russian):
        return None
    vowels = _VOWELS_OF_STEMS.findall(lower)
    if lang == "uk" and vowels and vowels[-1] == "і":
        return None
    hard = lang == "be" and (hushing or lower[-1] == "р")  # Belarusian ж, ш, ч, р are always hard: -ы (Цверы, Свіслачы)
    oblique = word + ("ы" if hard else "і")
    forms = {"gen": oblique, "dat": oblique, "acc": word, "loc": oblique}
    if hushing:
        doubled = word + word[-1] if lower[-2:-1] in lexicon.BELARUSIAN_VOWELS + "иєї" else word  # ноччу, Свіслаччу; after a consonant none
        forms["ins"] = doubled + ("у" if lang == "be" else "ю")
    else:
        forms["ins"] = word + "'ю"  # an apostrophe, no doubling, after a labial or р (Перм'ю, Сібір'ю; uk Твер'ю)
    return forms


_HARD_BEFORE_A_DROPPED_SOFT_SIGN = "бпвмфр"
_PL_HUSHING = ("sz", "cz", "ż", "rz")


def polish_feminine_hushing_place_forms(word: str) -> dict[str, str] | None:
    """The oblique forms of a Polish place in sz, cz, ż, rz that the termbase's note calls feminine (Rossosz,
    Россошь: "feminine"): Polish declines a feminine in a hushing consonant as its own (mysz, Bydgoszcz): w Rossoszy,
    Rossoszą, not the masculine Rossoszu the rules give. (The Russian -ь alone does not tell: Polish keeps Kercz
    masculine.) None for a word in another final."""
    if not word.lower().endswith(_PL_HUSHING) or len(word) < 4:
        return None
    oblique = word + "y"
    return {"gen": oblique, "dat": oblique, "acc": word, "ins": word + "ą", "loc": oblique}


# A Polish -nia, -sia, -zia whose i only softens the consonant, as the East Slavic name's -ня, -ся, -зя shows
# (Horodnia, Городня); a name in -ния, -ія (Patagonia, Патагония) has an i of its own: Patagonii.
_PL_SOFTENING_IA = re.compile(r"(?:n|s|z)ia$")
_EAST_SLAVIC_SOFT_A = re.compile(r"(?:[^иіїьйн]н|[^иіїьйс]с|[^иіїьйз]з)я$")  # (not a doubled -ння: Поділля's kind)


def polish_place_in_a_softening_i(word: str, east_slavic: list[str]) -> dict[str, str] | None:
    """The oblique forms of a Polish place in -nia, -sia, -zia whose East Slavic names end in a consonant and -ня, -ся,
    -зя (Horodnia: Городня, Гарадня): the i only softens the consonant, so the oblique -i is that i alone (Horodni,
    as Gdynia: Gdyni), not the -ii of a name whose i is a syllable (Kalifornia: Калифорния, Kalifornii). None for any
    other word, or where no East Slavic name says so or one ends in -ия, -ія."""
    if not _PL_SOFTENING_IA.search(word.lower()) or len(word) < 5 \
            or not any(_EAST_SLAVIC_SOFT_A.search(name.lower()) for name in east_slavic) \
            or any(name.lower().endswith(("ия", "ія")) for name in east_slavic):
        return None
    stem = word[:-1]
    return {"gen": stem, "dat": stem, "acc": stem + "ę", "ins": stem + "ą", "loc": stem}


def _russian_feminine_noun(spelling: str) -> bool:
    """Whether the Russian dictionary reads ``spelling`` as a feminine noun and as nothing else (Анадырь, both: no)."""
    genders = {parse.tag.gender for parse in lexicon.pymorphy("ru").parse(spelling)
               if parse.is_known and parse.tag.POS == "NOUN" and parse.tag.case == "nomn"}
    return genders == {"femn"}


_VOWELS_OF_STEMS = re.compile(r"[аеёиіоуыэюя]", re.IGNORECASE)
_REDUCED = {("а", "о"), ("я", "е"), ("а", "е")}  # Belarusian akanne and yakanne write an unstressed о, е so


def belarusian_stressed_ending(word: str, russian: list[str], russian_instrumentals: tuple[str, ...] = ()) -> dict[str, str] | None:
    """``{"ins": ...}`` for a Belarusian feminine place in -а whose stem is unstressed: every stem vowel
    is a Russian spelling's о or е written as а or я, which Belarusian does only without stress
    (Дзясна for Десна, Масква for Москва), so the ending is stressed and takes -ой (над Дзясной), not
    the unstressed -ай the rules give (пад Оршай); so too after a hushing consonant or ц where the Russian
    instrumental the termbase lists is -ой, which Russian writes there only under stress (Гянджой; unstressed
    -ей: Пущей, Belarusian Пушчай). None when no Russian spelling tells."""
    if word[-2:-1].lower() in _HUSHING + "ц" and word.lower().endswith("а"):
        endings = {form.strip().lower()[-2:] for forms in russian_instrumentals for form in forms.split("/")} & {"ой", "ей"}
        if len(endings) == 1:
            return {"ins": word[:-1] + ("ой" if endings == {"ой"} else "ай")}
    stem = _VOWELS_OF_STEMS.findall(word[:-1].lower())
    for spelling in russian:
        theirs = _VOWELS_OF_STEMS.findall(spelling[:-1].lower())
        if spelling[-1:].lower() == "а" and stem and len(theirs) == len(stem) and all(pair in _REDUCED for pair in zip(stem, theirs)):
            return {"ins": word[:-1] + "ой"}
    return None


def belarusian_adjectival_surname(word: str, russian: list[str]) -> dict[str, str] | None:
    """The oblique forms of a Belarusian man's surname in -ы whose stem writes no о that would show its
    stress (Садавы, Забарны), by his Russian surname's ending, which shows it: -ой is stressed (Садовой:
    Садавога, Садавому), -ый unstressed (Забарный: Забарнага), and so is -ий after a hushing consonant
    (Горячий: Гарачага); None when no Russian spelling tells."""
    if not word.lower().endswith("ы") or _BE_STRESSED_ONLY.search(word[:-1]):
        return None
    endings = {spelling.lower()[-2:] for spelling in russian} & {"ой", "ый", "ий"}
    if not endings or "ой" in endings and len(endings) > 1:
        return None
    oblique = "о" if endings == {"ой"} else "а"
    stem = word[:-1]
    return {"gen": f"{stem}{oblique}га", "dat": f"{stem}{oblique}му", "acc": f"{stem}{oblique}га"}


def belarusian_plural_genitives_in_chy(word: str) -> list[str]:
    """Both genitives a Belarusian plural-only place in -чы may take, bare or in -аў (Смілавічы: Смілавіч,
    Смілавічаў), which usage, not a rule, chooses: for finding its Belarusian spelling in another language's text
    (Жители Смілавічаў), never for writing. Empty for any other word."""
    if len(word) < 5 or not word.lower().endswith("чы"):
        return []
    return [word[:-1], word[:-1] + "аў"]


def belarusian_plural_genitive(word: str, russian: list[str]) -> dict[str, str] | None:
    """``{"gen": ...}`` for a Belarusian plural-only place in -ы whose Russian name the Russian
    dictionary knows as a plural-only place with the genitive -ов, -ев (Броды: Бродов): Belarusian's is -аў where the
    stem's о, э or ё shows the stress on it (Бродаў, Стоўбцаў), the stressed -оў where every stem vowel is a Russian
    о or е Belarusian writes as а or я, which it does only without stress (Катлы, Котлы: Катлоў), and the one
    hunspell-be lists otherwise. None elsewhere: the stress that chooses is not written (Са́рны: Сарнаў; Щигры́,
    Клинцы́: Шчыгроў), nor where the Russian dictionary gives a bare genitive (Кимры: Кимр) or does not know the place,
    nor for a place in -кі, which Belarusian may leave bare where Russian has -ов (Хойнікі: з Хойнік, Хойники: Хойников)."""
    lower = word.lower()
    if len(word) < 4 or not lower.endswith("ы") or lower[-2] in lexicon.BELARUSIAN_VOWELS:
        return None
    stem = _VOWELS_OF_STEMS.findall(lower[:-1])
    for spelling in russian:
        for parse in lexicon.pymorphy("ru").parse(spelling.lower()):
            if not (parse.is_known and {"Pltm", "Geox", "nomn"} <= parse.tag.grammemes):
                continue
            genitive = (parse.inflect({"gent"}) or parse).word
            if not genitive.endswith(("ов", "ев")) or genitive[:-2] != spelling.lower()[:-1]:
                continue
            theirs = _VOWELS_OF_STEMS.findall(spelling.lower()[:-1])
            if len(theirs) == len(stem) and all(pair in _REDUCED for pair in zip(stem, theirs)):
                return {"gen": word[:-1] + "оў"}
            if _BE_STRESSED_ONLY.search(word[:-1]):
                return {"gen": word[:-1] + "аў"}
            listed = [form for form in (word[:-1] + "аў", word[:-1] + "оў") if lexicon.known_word(form, "be")]
            return {"gen": listed[0]} if len(listed) == 1 else None
    return None


def belarusian_adjectival_place(word: str, russian: list[str]) -> dict[str, str] | None:
    """The oblique forms of a Belarusian place in -ы that its Russian name shows to be a masculine adjective
    (Свабодны: Свободный), not the plural-only noun the rules take a place in -ны for (Свабоднам is no
    word): злучыць Свабодны, да Свабоднага, Свабоднаму, пад Свабодным; None when no Russian name tells."""
    stem = word[:-1]
    if not any(spelling.lower().endswith(("ый", "ой")) for spelling in russian):
        return None
    # A stem whose о shows the stress leaves the ending unstressed (Свабоднага); else the Russian ending says.
    forms = {"gen": stem + "ага", "dat": stem + "аму"} if _BE_STRESSED_ONLY.search(stem) else belarusian_adjectival_surname(word, russian)
    return forms and forms | {"acc": word, "ins": stem + "ым", "loc": stem + "ым"}


def belarusian_adjective_stressed_by_russian(adjective: str, russian: list[str]) -> bool | None:
    """True when the Belarusian adjective that opens a place's name (Галая Прыстань, Лясная Паляна) stresses its ending,
    which its nominative does not show (-ы, -ая are both's; only the oblique cases write it: Галай or Галой?), as the
    adjective of the concept's Russian name shows: every stem vowel a Russian о or е written as а or я, which
    Belarusian does only without stress, leaves the stress to the ending (Голая: Галой Прыстані; Лесная: Лясной
    Паляны). None otherwise (a Russian ending is no guide: ста́рый, стары́), and where a stem's о, ё, э shows it already."""
    lower = adjective.lower()
    if not (lower.endswith("ы") or _ADJECTIVE_IN_AYA.search(lower)) or _BE_STRESSED_ONLY.search(lower):
        return None
    stem = _VOWELS_OF_STEMS.findall(lower[:-2] if lower.endswith("ая") else lower[:-1])
    for spelling in russian:
        theirs = spelling.lower()
        their_stem = _VOWELS_OF_STEMS.findall(theirs[:-2])
        if theirs.endswith(("ый", "ий", "ой", "ая")) and stem and len(their_stem) == len(stem) \
                and all(pair in _REDUCED for pair in zip(stem, their_stem)):
            return True
    return None


def russian_neuter_in_ye(word: str) -> dict[str, str]:
    """Case forms of a Russian neuter place in -ье the dictionary does not know (Расточье, Загородье: Расточья, по
    Расточью, Расточьем, о Расточье), as Полесье and Подмосковье decline; the rules leave any unknown word in -е undeclined,
    as a foreign one is (Монпелье, Пуатье)."""
    stem = word[:-1]
    return {"gen": stem + "я", "dat": stem + "ю", "acc": word, "ins": stem + "ем", "loc": word}


def belarusian_neuter(word: str) -> dict[str, str]:
    """Case forms of a Belarusian neuter place spelt with a final -а (Жодзіна, Маладзечна: Russian
    Жодино, Молодечно), which the feminine rule would get wrong (Жодзіны). A neuter stem in к, г, х takes -у in the
    locative (у воку, у воблаку, на яблыку: у Морскім Воку), not the -е that would soften it (Воке)."""
    stem = word[:-1]
    locative = stem + "у" if stem[-1:].lower() in "кгх" else _be_e(stem)
    return {"gen": word, "dat": stem + "у", "acc": word, "ins": stem + "ам", "loc": locative}


# --- Ukrainian and Russian rules (for words pymorphy3 does not know) -------------------------

def _uk(word: str, animate: bool, given: bool = False) -> Paradigm:
    lower = word.lower()
    if lower.endswith(("ська", "цька", "зька")):
        return _paradigm(word, word[:-1], {"gen": "ої", "dat": "ій", "acc": "у", "ins": "ою", "loc": "ій"})
    if animate and not given and _FEMININE_SURNAME.search(lower):  # Захарова, Путіна (not Марина)
        return _paradigm(word, word[:-1], {"gen": "ої", "dat": "ій", "acc": "у", "ins": "ою", "loc": "ій"})
    if lower.endswith("ий") and len(word) > 4:  # masculine adjective: Зеленський, Навальний
        return _paradigm(word, word[:-2], {"gen": "ого", "dat": "ому", "acc": "ого" if animate else None,
                                           "ins": "им", "loc": ("ому", "ім")})
    if lower.endswith("ій") and animate:  # Сергій, Олексій
        return _paradigm(word, word[:-1], {"gen": "я", "dat": ("ю", "єві"), "acc": "я", "ins": "єм", "loc": ("єві", "ю")})
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
        if lower[-2:-1] in "аеєиіїоуюя'’":  # after a vowel і and е are written ї and є: Агнія -> Агнії, Агнією
            return _paradigm(word, word[:-1], {"gen": "ї", "dat": "ї", "acc": "ю", "ins": "єю", "loc": "ї"})
        return _paradigm(word, word[:-1], {"gen": "і", "dat": "і", "acc": "ю", "ins": "ею", "loc": "і"})
    if lower.endswith("о") and animate:  # Лукашенко, Бабарико
        return _paradigm(word, word[:-1], {"gen": "а", "dat": ("у", "ові"), "acc": "а", "ins": "ом", "loc": ("у", "ові")})
    if lower.endswith("ь") and animate:  # a man's surname: Шмигаль -> Шмигаля, Шмигалеві
        return _paradigm(word, word[:-1], {"gen": "я", "dat": ("ю", "еві"), "acc": "я", "ins": "ем", "loc": ("еві", "ю")})
    if lower[-1:].isalpha() and lower[-1] not in "аеєиіїоуюяьй":
        stem = word
        if lower.endswith(("ів", "їв")) and not animate:  # Харків -> Харкова, Київ -> Києва
            stem = word[:-2] + ("о" if lower.endswith("ів") else "є") + word[-1]
        surname = lower.endswith(("ін", "ин", "ов", "ев", "єв", "їн")) and len(word) > 3  # (Сін, Мін: Сіном)
        return _paradigm(word, stem, {
            "gen": "а", "dat": ("у", "ові"), "acc": "а" if animate else None,
            "ins": "им" if surname and animate else "ем" if lower[-1] in "жчшщ" else "ом",  # Статкевичем
            # A place's locative is -і (у Харкові), -у after a velar (у Білоозерську, Луцьку: not -ські, -цькі).
            "loc": ("ові", "у") if animate else "у" if lower[-1] in "кгх" else "і",
        })
    if not animate and _UK_NEUTER_POSSESSIVE_PLACE.search(lower):
        # A place in the Slavic possessive -ово, -ево, -єво is a neuter noun, declined as the dictionary declines the
        # ones it knows (Мукачево, Кемерово: Мукачева, у Кемерові): з Ярцева, у Тутаєві, not left in the nominative.
        return _paradigm(word, word[:-1], {"gen": "а", "dat": "у", "ins": "ом", "loc": "і"})
    if lower.endswith("о") and not animate:
        # A place in -о is neuter or does not decline (Сенно, Лепело; Осло): its ending is no rule's, but either
        # way its accusative is its nominative (вирушила на Сенно).
        return {"nom": [word], "acc": [word]}
    if lower.endswith(("о", "й", "ь")):  # soft stems: not sure of the ending
        return _unknown(word)
    if not animate and _UK_NEUTER_ADJECTIVE_PLACE.search(lower) and len(word) > 5:
        # A place named by a neuter possessive adjective (Russian -ово, -ино: Курахове, Шебекине) or a neuter
        # adjective in -не, -ське, -цьке the dictionary does not know (Касторне, Озерське) declines as one: із
        # Шебекиного, у Касторному; it was left in the nominative everywhere.
        return _paradigm(word, word[:-1], {"gen": "ого", "dat": "ому", "ins": "им", "loc": ("ому", "ім")})
    if lower.endswith("и") and not animate and len(word) > 3:
        # A place in -и is a plural-only noun (Ukrainian writes a foreign indeclinable -і: Тбілісі): у Хойниках,
        # Ошмянам; its genitive goes by the stress (Черкас, Броварів), which is not written.
        return _plural_place(word, "uk")
    if lower.endswith(("ці", "чі")) and not animate and len(word) > 4:  # a plural place: Бєльці -> із Бєльців, у Бєльцях
        soft = lower.endswith("ці")
        # A place in -ичі takes the bare genitive as well (з Баранович, жителі Іванкович), beside -ичів: a draft's either
        # form stays, -ів is written.
        genitive = ("ів", "") if lower.endswith("ичі") else "ів"
        return _paradigm(word, word[:-1], {"gen": genitive, "dat": "ям" if soft else "ам", "ins": "ями" if soft else "ами",
                                           "loc": "ях" if soft else "ах"})
    return _indeclinable(word)


# A Ukrainian neuter adjective's ending: the possessive -ове, -ине (Курахове, Шебекине), -не after a vowel and a
# consonant (Касторне, Чаплинне, Красне) and -ське, -цьке, -зьке (Озерське); not a foreign vowel's -не (Сьєрра-Леоне)
# nor a Latvian -кне, -ксне no adjective has (Резекне, Алуксне: у Резекне).
_UK_NEUTER_ADJECTIVE_PLACE = re.compile(r"(?:[оеє]в|[иії]н|[аеєиіїоуюя][бвдзлмнпрстфцжшчщ]н|[сцз]ьк)е$")


_RU_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_RU_NOUN_BEFORE_IY = frozenset("рлтдвбмпзсфц")  # -ий after these ends a noun (Григорий, Игнаций), never an adjective


def _ru(word: str, animate: bool, given: bool = False) -> Paradigm:
    lower = word.lower()
    adjectival = bool(_ADJECTIVE_IN_AYA.search(lower)) and not lexicon.russian_noun_in_aya(word, "ru")
    if adjectival or animate and not given and _FEMININE_SURNAME.search(lower):  # Тихановская, Захарова
        stem = word[:-2] if adjectival else word[:-1]
        # After ж, ш, ч, щ an adjective's -ой is stressed (Большой), its -ей not (Хоружей, as хорошей): the
        # stress is not written, so only the accusative is sure.
        paradigm = _paradigm(word, stem, {"gen": "ой", "dat": "ой", "acc": "ую" if adjectival else "у",
                                          "ins": "ой", "loc": "ой"})
        if lower[-3:] in ("жая", "шая", "чая", "щая"):
            paradigm = {case: forms for case, forms in paradigm.items() if case in ("nom", "acc")}
        return paradigm
    if animate and lower.endswith("ий") and lower[-3:-2] in _RU_NOUN_BEFORE_IY:
        # No adjective ends in -рий, -лий, -тий...: a noun like Григорий (Баторий: Батория, о Батории).
        return _paradigm(word, word[:-1], {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "и"})
    if animate and lower[-3:] in ("жой", "шой", "чой", "щой"):
        # A surname in a hushing consonant and -ой is seldom a Russian adjective (Большой) and often a foreign noun
        # (Moldovan Попшой: Попшоя, Попшоем): no ending is sure.
        return _unknown(word)
    if lower.endswith(("ый", "ой", "ий")) and len(word) > 4:  # masculine adjective: Навальный, Тихановский
        soft = lower.endswith("ий") and lower[-3:-2] not in "кгхц"  # Крайний -> Крайнего
        vowel = "е" if soft or lower[-3:-2] in "жшчщ" and not lower.endswith("ой") else "о"  # Рыжего, but Большого
        instrumental = "ым" if lower.endswith("ый") or lower.endswith("ой") and lower[-3:-2] not in "кгхжшчщ" else "им"
        return _paradigm(word, word[:-2], {"gen": vowel + "го", "dat": vowel + "му", "acc": vowel + "го" if animate else None,
                                           "ins": instrumental, "loc": vowel + "м"})
    if lower.endswith("а"):
        stem, last = word[:-1], lower[-2:-1]
        gen = "и" if last in "кгхжшчщ" else "ы"
        paradigm = _paradigm(word, stem, {"gen": gen, "dat": "е", "acc": "у", "ins": "ей" if last in "жшчщц" else "ой", "loc": "е"})
        if animate and last in _HUSHING:
            # After a hushing consonant a name's instrumental -ой is stressed (Ганжой), its -ей not (Пущей): the
            # stress is not written, so only a dictionary or an explicit form can say which.
            del paradigm["ins"]
        return paradigm
    if lower.endswith("я"):
        dat = "и" if lower.endswith("ия") else "е"
        return _paradigm(word, word[:-1], {"gen": "и", "dat": dat, "acc": "ю", "ins": "ей", "loc": dat})
    if lower.endswith(("ей", "ай")) and animate:  # Сергей, Николай
        return _paradigm(word, word[:-1], {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "е"})
    if lower.endswith(("ых", "их")) and len(word) > 4:  # Черных, Седых: indeclinable surnames
        return _indeclinable(word)
    if lower[-1:] in _RU_CONSONANTS:  # not a Belarusian -і or -ў: those spellings get no Russian endings
        surname = lower.endswith(("ин", "ын", "ов", "ев", "ёв")) and len(word) > 3  # (Син, Мин: Сином)
        paradigm = _paradigm(word, word, {
            "gen": "а", "dat": "у", "acc": "а" if animate else None,
            "ins": "ым" if surname and animate else "ем" if lower.endswith("ич") else "ом", "loc": "е",
        })
        if lower[-1] in "жшчщц" and not lower.endswith("ич"):
            del paradigm["ins"]  # -ом when stressed (Ткачом), -ем when not (Статкевичем): stress is not written
        return paradigm
    if lower.endswith("ь") and animate:  # a man's surname: Шмыгаль -> Шмыгаля
        return _paradigm(word, word[:-1], {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "е"})
    if lower.endswith(("й", "ь")):
        return _unknown(word)
    if lower.endswith("ы") and not animate and len(word) > 3:  # a plural-only place: Ошмяны, в Ошмянах
        return _plural_place(word, "ru")
    if lower.endswith("ичи") and not animate:  # Осиповичи as Барановичи: из Осиповичей (-ей after ч), в Осиповичах
        return _plural_place(word, "ru") | {"gen": [word[:-1] + "ей"]}
    if not animate and len(word) > 4 and _RU_PLURAL_PLACE_IN_KI.search(lower):
        # A Slavic place in -ники or a consonant and -ки is a plural-only noun (Липники, Лиски: в Липниках, к Лискам). A
        # -ник's genitive is -ников (из Липников); a -ка's or -ок's is not written in its letters (Лисок, Озерков): none.
        # (Not -нки, -аки: Хельсинки, Нагасаки are foreign and undeclined.)
        paradigm = _plural_place(word, "ru")
        return paradigm | {"gen": [word[:-1] + "ов"]} if lower.endswith("ники") else paradigm
    if not animate and len(word) > 4 and _RU_NEUTER_ADJECTIVE_PLACE.search(lower):
        # A place named by a neuter adjective the dictionary does not know (Рокитное, Чаплинное) declines as one: из
        # Рокитного, в Рокитном; it was left in the nominative everywhere. (-ое after a velar or hushing consonant
        # takes -им: Широким, Большим.) The soft -нее places (Верхнее) are adjectives the dictionary knows.
        return _paradigm(word, word[:-2], {"gen": "ого", "dat": "ому", "ins": "им" if lower[-3] in "кгхжшчщ" else "ым", "loc": "ом"})
    return _indeclinable(word)  # Лукашенко, Гродно: indeclinable in Russian


# A Russian plural-only place's suffix: -ники, or a consonant other than н and -ки (Липники, Лиски, Стайки; not Хельсинки).
_RU_PLURAL_PLACE_IN_KI = re.compile(r"(?:ник|[бвдзлмпрстфшжй]к)и$")
# A Russian neuter adjective's ending: -ое after a consonant (Рокитное, Широкое); not after a vowel (Тхое, Ноэ).
_RU_NEUTER_ADJECTIVE_PLACE = re.compile(r"[бвгдзклмнпрстфхцжшчщ]ое$")


# --- Polish ------------------------------------------------------------------------------------

# Locative/dative of nouns in -a (and masculine loc): the stem's last consonant softens.
_PL_SOFTENING = [
    ("ch", "sze"), ("h", "sze"), ("st", "ście"), ("sł", "śle"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"),
    ("d", "dzie"), ("ł", "le"), ("n", "nie"), ("s", "sie"), ("z", "zie"), ("w", "wie"), ("m", "mie"),
    ("p", "pie"), ("b", "bie"), ("f", "fie"),
    ("v", "vie"),  # a foreign v is Polish w (o Golubevie, Mukachevo: w Mukachevie, z Mukacheva in MT's drafts)
]
# In a noun in -a or -o, s and z before a softened n, m, ł soften too (ojczyzna: ojczyźnie, wiosna: wiośnie,
# Wisła: Wiśle, Krosno: Krośnie); a masculine noun's do not (w organizmie), nor the z of a digraph, which is no
# z of its own (karczma: karczmie, Kineszma: Kineszmie, Krzna: Krznie).
_PL_CLUSTER_SOFTENING = [("sn", "śnie"), ("zn", "źnie"), ("sm", "śmie"), ("zm", "źmie"), ("zł", "źle")]
_PL_DIGRAPH_Z = ("cz", "sz", "rz", "dz")
_PL_SOFT_FINALS = {"ń": "n", "ś": "s", "ć": "c", "ź": "z"}
_PL_SOFT_ENDINGS = ("l", "j", "cz", "sz", "rz", "ż", "c", "dz", "ń", "ś", "ć", "ź")


def _transcribed_first_name_as_its_polish_one(word: str) -> Paradigm:
    """The case forms of a first name transcribed from Russian or Belarusian in -ieł whose Polish
    name, the same but for the i, is one Morfeusz knows (Pawieł beside Paweł, for Павел): it drops
    its e as the Polish name does, so its oblique forms are the Polish name's (Pawła, Pawłowi,
    Pawłem, Pawle), as the Polish press declines Pawieł Durow (Pawła Durowa). A name with no such
    Polish twin (Sawieł) stays unsure: a transcription may keep its e as a surname does (Kozieł)."""
    polish = word[:-3] + word[-2:]
    if not word.lower().endswith("ieł") or not lexicon.masculine_first_name(polish, "pl"):
        return _unknown(word)
    forms = lexicon.polish_forms(polish, True)
    if not forms or any(polish in cased for case, cased in forms.items() if case != "nom"):
        return _unknown(word)
    return {"nom": [word]} | {case: list(cased) for case, cased in forms.items() if case != "nom"}


def _pl_noun_in_a(word: str, given: bool = False) -> Paradigm:
    """A Polish noun in -a (or a man's name in -o) with a consonant before it: Kamianka, Kamianki, Kamiance, Kamiankę."""
    stem = word[:-1]
    last = stem.lower()[-1:]
    gen = "i" if last in ("k", "g", "l", "j") else "y"
    softened = _pl_soften(stem)
    paradigm = _paradigm(word, stem, {"gen": gen, "acc": "ę", "ins": "ą"})
    paradigm["dat"] = paradigm["loc"] = [softened] if softened else [stem + ("i" if last == "l" else "y")]  # Jamala: Jamali
    if given and re.search(r"[^c]h$", stem.lower()):
        # The h of a Ukrainian or Belarusian first name stands for their г: Polish declines Olha, Wolha as
        # the Olga they are (Olgi: Olhi, Wolhi), not as a noun in -cha (a surname's Telihy).
        paradigm["gen"] = [stem + "i"]
    return paradigm


def _pl_soften(stem: str, vowel_ending: bool = True) -> str | None:
    lower = stem.lower()
    if lower.endswith(_PL_SOFT_ENDINGS):
        return None
    for consonant, replacement in (_PL_CLUSTER_SOFTENING if vowel_ending else []) + _PL_SOFTENING:
        if lower.endswith(consonant) and not (len(consonant) == 2 and lower[:-1].endswith(_PL_DIGRAPH_Z)):
            return stem[: len(stem) - len(consonant)] + replacement
    return None


def _pl(word: str, animate: bool, given: bool = False, keeps_its_e: bool = False) -> Paradigm:
    lower = word.lower()
    if not animate and lower.endswith(_pl_undeclined_place_endings()) and len(word) > 5:
        return _indeclinable(word)  # a Latvian -pils town: w Daugavpils (glossary/data/pl_undeclined_places.toml)
    if given and re.search(r"[iy]y$", lower):
        # A first name in the English -iy of -ий/-ій (Andriy; Polish writes Andrij) declines as the -ij it stands
        # for, when MT declines it: Andriya, z Andriyem, o Andriyu.
        return _paradigm(word, word, {"gen": "a", "dat": "owi", "acc": "a", "ins": "em", "loc": "u"})
    if not given and (double := polish_womans_double_surname(word)):
        return double
    if lower.endswith(("ska", "cka", "dzka")) and not given:  # (a man's -ska is a noun: Deripaska, Deripasce)
        return _paradigm(word, word[:-1], {"gen": "iej", "dat": "iej", "acc": "ą", "ins": "ą", "loc": "iej"})
    # Zacharowa -> Zacharowej, and a spelling romanized from Russian the same way (Domracheva ->
    # Domrachevej, Gorbanevskaya -> Gorbanevskiej); a foreign -ina surname declines as a noun (Switoliny).
    if animate and not given and re.search(r"[oea][wv]a$", lower):
        return _paradigm(word, word[:-1], {"gen": "ej", "dat": "ej", "acc": "ą", "ins": "ą", "loc": "ej"})
    if animate and not given and lower.endswith("ová") and len(word) > 4:
        # A Czech or Slovak woman's -ová is an adjective: Polish declines it as its own -owa, the á kept in the
        # nominative alone (Saková: Sakovej, Sakovą; Kvitová: Kvitovej).
        return _paradigm(word, word[:-1], {"gen": "ej", "dat": "ej", "acc": "ą", "ins": "ą", "loc": "ej"})
    if animate and not given and lower.endswith(("skaya", "ckaya")):
        return _paradigm(word, word[:-3], {"gen": "iej", "dat": "iej", "acc": "ą", "ins": "ą", "loc": "iej"})
    if lower.endswith(("ski", "cki")):
        return _paradigm(word, word, {"gen": "ego", "dat": "emu", "acc": "ego" if animate else None, "ins": "m", "loc": "m"})
    if animate and not given and (english := polish_english_surname(word)):
        return english
    if animate and re.search(r"[^aąeęioóuy]i$", lower) and len(word) > 4:  # a man's Verdi -> Verdiego
        stem = word[:-1] if lower.endswith("li") else word  # but Saakaszwili -> Saakaszwilego
        paradigm = _paradigm(word, stem, {"gen": "ego", "dat": "emu", "acc": "ego"})
        paradigm["ins"] = paradigm["loc"] = [word + "m"]
        return paradigm
    if not animate and re.search(r"[aeo]ny$", lower) and len(word) > 5:
        # A place named by a word in -any, -eny, -ony alone is a plural-only noun (Ossolany: w Ossolanach), not an
        # adjective (Ossolanego). One in -any is named for its people's -anie, whose genitive is bare as every such place
        # Morfeusz knows has it (Kobylan, Brzeżan, Dobrzan, Gorzan, Zagórzan, Turzan, Jaślan, Lipian): Kiejdan, Telechan,
        # Święcian. The genitive of one in -eny, -ony (Ardenów) only the termbase can say.
        return _plural_place(word, "pl", bare_genitive=lower.endswith("any"))
    if lower.endswith(("owy", "ny")) and len(word) > 5:  # adjective: Międzynarodowy
        return _paradigm(word, word[:-1], {
            "gen": "ego", "dat": "emu", "acc": "ego" if animate else None, "ins": "ym", "loc": "ym",
        })
    if animate and lower.endswith(("sia", "zia", "cia", "nia")) and not (
            given and lower.endswith("nia") and len(re.findall(r"[aąeęioóuy]", lower[:-3])) > 1):
        # In a person's -sia, -zia, -cia, -nia (-dzia) the i only softens the consonant: Łesia, Kasia, Tania ->
        # Łesi, Kasi, Tani (Maria, Julia: Marii, Julii; a place, Dania: Danii). A pet name's -nia follows one
        # syllable (Ania, Tonia); after two a first name's -ia is its own syllable: Eugenia, Stefania -> Eugenii (a
        # surname's -nia is Slavic -ня: Herasimienia -> Herasimieni).
        return _paradigm(word, word[:-1], {"gen": "", "dat": "", "acc": "ę", "ins": "ą", "loc": ""})
    if lower.endswith(("ia", "ja")):
        paradigm = _paradigm(word, word[:-1], {"gen": "i", "dat": "i", "acc": "ę", "ins": "ą", "loc": "i"})
        if lower.endswith("ja") and lower[-3:-2] in "aąeęioóuy":  # after a vowel the j goes before -i: Zoja, Agnija -> Zoi, Agnii
            paradigm["gen"] = paradigm["dat"] = paradigm["loc"] = [word[:-2] + "i"]
            if not animate and lower.endswith("ija"):
                # A place in -ija is Ukrainian -ія written out (Bałaklija): Polish writes its -ii (as żmii) or keeps
                # the j (Bałakliji), no rule says which.
                for case in ("gen", "dat", "loc"):
                    del paradigm[case]
        return paradigm
    if given and animate and lower.endswith("o") and len(word) > 3 and lower[-2:-1] not in "aąeęioóuył":
        # A man's Ukrainian or Belarusian first name in -o declines as a masculine noun (Dmytro: Dmytra, Dmytrowi,
        # z Dmytrem, o Dmytrze; Petro: Petra), where a surname's -o takes a feminine's endings (Kościuszko: Kościuszką).
        # (Usage differs on one in -ło, Mychajło: Mychajłą or Mychajłem; the rules' feminine endings stay.)
        stem = word[:-1]
        velar = stem.lower().endswith(("k", "g", "ch"))
        return _paradigm(word, stem, {"gen": "a", "dat": "owi", "acc": "a", "ins": "iem" if stem[-1:] in "kg" else "em"}) \
            | {"loc": [stem + "u" if velar else _pl_soften(stem) or stem + "u"]}
    if re.search(r"[aeou]a$", lower):  # (a romanized -ya is -я: Byadulya)
        # After a vowel the -a's oblique -i is Polish -ja's (Lea: Lei, Medea: Medei, as Zoja: Zoi), never the hard -y the
        # rules give a consonant (Tey); after another vowel than e usage differs (Samoa, Goa stay): unsure.
        if lower[-2] != "e":
            return _unknown(word)
        return _paradigm(word, word[:-1], {"gen": "i", "dat": "i", "acc": "ę", "ins": "ą", "loc": "i"})
    if lower.endswith("a") or (lower.endswith("o") and animate):
        return _pl_noun_in_a(word, given)
    if lower.endswith("o"):  # a neuter place: Grodno -> Grodna, Grodnie
        stem = word[:-1]
        softened = _pl_soften(stem)
        if softened is None:
            return _unknown(word)
        return _paradigm(word, stem, {"gen": "a", "dat": "u", "ins": "em"}) | {"loc": [softened]}
    if lower[-1:] in _PL_SOFT_FINALS:  # Pogoń -> Pogoni, Białoruś -> Białorusi
        stem = word[:-1] + _PL_SOFT_FINALS[lower[-1]] + "i"
        if animate:
            return _paradigm(word, stem, {"gen": "a", "dat": "owi", "acc": "a", "ins": "em", "loc": "u"})
        # A place Morfeusz does not know: feminine (Pogoń -> Pogoni) or masculine (Humań -> Humania)?
        return _unknown(word)
    if lower[-1:].isalpha() and lower[-1] not in "aąeęioóuy":
        stem = word
        if re.search(r"ó[^aąeęioóuy]$", lower):  # Kijów -> Kijowa
            stem = word[:-2] + "o" + word[-1]
        if animate and not keeps_its_e and lower.endswith("ek") and re.search(r"[aąeęioóuy]", lower[:-2]):
            # The -ek of a Polish name is a fleeting vowel (Dudek: Dudka, Buzek: Buzka); after -i- or -rz- the
            # consonant before it may harden or soften in a way the rules do not write (Kosiek: Kośka): left unsure.
            if lower[-3] == "i" or lower.endswith("rzek"):
                return _unknown(word)
            stem = word[:-2] + word[-1]
        if animate and not keeps_its_e and _PL_NAMES_FLEETING_EL.search(lower):
            # A name in -eł, -ieł that Morfeusz does not know may drop its e as Paweł does (Pawła; the Russian Павел:
            # Pawieł) or keep it as a surname may (Kozieł: Kozieła): the name's own fact, no ending is sure.
            return _transcribed_first_name_as_its_polish_one(word) if given else _unknown(word)
        velar = stem.lower().endswith(("k", "g"))
        softened = _pl_soften(stem, vowel_ending=False)
        paradigm = _paradigm(word, stem, {
            "gen": "a", "dat": "owi", "acc": "a" if animate else None, "ins": "iem" if velar else "em",
        })
        # Velar and soft stems take -u in the locative (Mińsku, Kremlu); hard ones soften (Putinie).
        hard = softened and not velar and not stem.lower().endswith("h")  # -ch, -h: Lechu, druhu
        paradigm["loc"] = [softened] if hard else [stem + "u"]
        if stem.lower().endswith("v"):
            paradigm["loc"] = [stem + "u", softened]  # a romanized v: MT's Medvedevu and Golubevie alike
        if not animate and lower.endswith(_PL_PLACE_GENITIVE_U):
            paradigm["gen"] = [stem + "u"]
        elif not animate and not lower.endswith(_PL_PLACE_GENITIVE_A):
            # Bachmutu or Bachmuta: only the dictionary, the termbase, or a common noun the name ends in can say.
            analogue = _pl_common_noun_ending(word)
            if analogue is None and lower.endswith(_pl_foreign_place_genitive_u()):
                # A foreign town's final: -u written (Stepanakertu, Termezu, Izmaiłu), -a still read as the genitive
                # usage also gives some of them (z Bachmuta beside z Bachmutu): a translator's -a is no mistake to mend.
                paradigm["gen"] = [stem + "u", stem + "a"]
            elif analogue is None:
                del paradigm["gen"]
                if re.search(r"[sc]ław$", lower):
                    # Except a Slavic town's -sław, -cław, whose w is soft as Morfeusz's towns' all are (Jarosław,
                    # Bracław, Zasław, Borysław: Jarosławia, w Jarosławiu): Krasław, Perejasław, w Krasławiu, Perejasławiem.
                    return _paradigm(word, word, {"gen": "ia", "dat": "iowi", "acc": None, "ins": "iem", "loc": "iu"})
                if stem.lower()[-1:] in "bpfwm":
                    # A final labial may be soft, which Polish does not write (gołąb: gołębia, gołębiem, gołębiu;
                    # Wsielub: we Wsielubiu), so the hard one's endings (Chełmem, w Chełmie) are no surer than the genitive.
                    return {case: paradigm[case] for case in ("nom", "acc")}
            else:
                paradigm |= analogue
        return paradigm
    if not animate and lower.endswith("ce"):  # a plural-only place Morfeusz does not know (-ice: -ic, -icach)
        return _unknown(word)
    if not animate and re.search(r"[iy]cze$", lower):
        # A place in -icze/-ycze is a plural-only noun with a bare genitive: Kalinkowicze, do Kalinkowicz, w Baranowiczach.
        return _plural_place(word, "pl", bare_genitive=True)
    if not animate and re.search(r"[aou]cze$", lower) and len(word) > 5:
        # So is one in -acze (Derhacze: the Ukrainian Дергачі), its genitive in -y or bare (Derhaczy); a neuter
        # noun writes -ecze (Zarzecze: Zarzecza).
        return _plural_place(word, "pl")
    if not animate and re.search(r"[iy]ki$", lower) and len(word) > 5:
        # A place in -iki/-yki is a plural-only noun, its genitive bare (Czaśniki: do Czaśnik, w Czaśnikach), as
        # in Belarusian (Хойнікі); after a consonant -ki may take a fleeting vowel (Łomianki: Łomianek): not here.
        return _plural_place(word, "pl", bare_genitive=True)
    if not animate and re.search(r"[aeouy]jki$", lower) and len(word) > 5:
        # So is one in a vowel and -jki (Czajki, Morfeusz's: w Czajkach; Wałujki: w Wałujkach), not the foreign word
        # that does not decline: the plural of a feminine in -jka, whose genitive is bare with the e every such noun
        # puts between j and k (bójek, czajek, sójek; Morfeusz's Czajek): z Wałujek.
        return _plural_place(word, "pl") | {"gen": [word[:-2] + "ek"]}
    if not animate and re.search(r"(?:[^aąeęioóuy]n|ow)e$", lower) and len(word) > 5:
        # A place named by a neuter adjective (Rubiżne, Kurachowe: the Ukrainian Рубіжне, Курахове) declines as
        # one, with the -em place names keep in the locative and instrumental: z Rubiżnego, w Rubiżnem.
        return _paradigm(word, word[:-1], {"gen": "ego", "dat": "emu", "ins": "em", "loc": "em"})
    if not animate and re.search(r"(?:[^aąeęioóuy]|[iy])nie$", lower):
        # A neuter noun (Zaniemenie: na Zaniemeniu) or a plural-only place (Łubnie, do Łubni; Szeginie, w Szeginiach;
        # Sopoćkinie): no ending says which. (Not -anie: the plural of a people's -anin, Rosjanie: Rosjan.)
        return _unknown(word)
    if not animate and re.search(r"(?:[^kg]ie|rze|że|cze|sze|[aeo]le)$", lower) and len(word) > 5:
        # A neuter place in a soft stem (Zakarpacie, Pomorze; l is soft: Krasnopole as pole): z Zakarpacia, na Zakarpaciu,
        # w Krasnopolu. Not an adjective (Mazowieckie).
        return _paradigm(word, word[:-1], {"gen": "a", "dat": "u", "ins": "em", "loc": "u"})
    if not animate and lower.endswith("y") and len(word) > 4:
        # A plural-only place Morfeusz does not know (Czerkasy, Browary): w Czerkasach; its genitive
        # (Czerkas or Czerkasów) only the termbase can say.
        return _plural_place(word, "pl")
    if animate and not given and _PL_BELARUSIAN_U.search(lower):
        return _pl_belarusian_u(word)
    return _indeclinable(word)


# A Belarusian man's name in -ŭ romanized -u after a or e (Niaklajeŭ: Niaklajeu, Stanisłaŭ: Stanislau);
# not French -eau, -ieu (Rousseau, Depardieu).
_PL_BELARUSIAN_U = re.compile(r"(?:[^aąeęioóuy][ae]|[^aąeęioóuy]?io|[^aąeęioóuy]o)u$")  # -аў, -оў, -ёў: Niaklajeu, Kastusiou


@lru_cache(maxsize=None)
def _data_table(name: str) -> dict[str, list[str]]:
    """The word lists of glossary/data/``name``.toml, read once."""
    with open(Path(__file__).parent / "data" / f"{name}.toml", "rb") as file:
        return tomllib.load(file)


def _pl_undeclined_places() -> dict[str, list[str]]:
    """The parts of places Polish leaves as they are (glossary/data/pl_undeclined_places.toml)."""
    return _data_table("pl_undeclined_places")


def _pl_undeclined_place_endings() -> tuple[str, ...]:
    return tuple(_pl_undeclined_places()["endings"])


@lru_cache(maxsize=1)
def _pl_foreign_place_genitive_u() -> tuple[str, ...]:
    """The finals of places Morfeusz does not know whose genitive is -u (glossary/data/pl_place_genitive_u.toml)."""
    return tuple(_data_table("pl_place_genitive_u")["endings"])


def _pl_place_prepositions() -> frozenset[str]:
    return frozenset(_pl_undeclined_places()["unchanged_after"])


@lru_cache(maxsize=1)
def _pl_english_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _data_table("pl_english_names")
    return tuple(data["silent_e"]), tuple(data["silent_consonants"])


def polish_english_surname(word: str) -> Paradigm | None:
    """A man's English surname whose last letters are not pronounced as written, declined as Polish writes it
    (glossary/data/pl_english_names.toml): its spelling kept whole, the ending after an apostrophe (Flake'a,
    Flake'owi, Kavanaugh'a; a k stem's -iem replaces the silent e: Flakiem, as Morfeusz's Blakiem; a k or dż stem
    takes -u in the locative: o Flake'u, o Lodge'u). A locative whose stem consonant alternates (Vance: o Vansie,
    Wilde: o Wildzie) or that a pronounced vowel may end (Kavanaugh) is left unsure. An -ie that is
    pronounced [i] declines as an adjective, no apostrophe (Abercrombie: Abercrombiego, Abercrombiemu, as
    Morfeusz's Charliego). The apostrophe is the typed one the dictionaries and the termbase write (Morfeusz
    writes ’); a fix follows the text's (enforcement._apostrophe_of_the_text)."""
    lower = word.lower()
    if len(word) < 4:
        return None
    if re.search(r"[^aąeęioóuy]ie$", lower):
        return _paradigm(word, word, {"gen": "go", "dat": "mu", "acc": "go", "ins": "m", "loc": "m"})
    silent_e, silent_consonants = _pl_english_endings()
    if _PL_ENGLISH_Y.search(lower):
        # An -y read [i] declines as an adjective, its ending after an apostrophe in the genitive, dative and
        # accusative alone (Kennedy'ego, Kennedy'emu, z Kennedym: WSO, Poradnia PWN «Kennedy i Castiglione»).
        return _paradigm(word, word, {"gen": "'ego", "dat": "'emu", "acc": "'ego", "ins": "m", "loc": "m"})
    if lower.endswith(silent_consonants):
        # The norm writes a silent consonant's endings without an apostrophe, which it keeps for a silent -e, -es,
        # -ais and an -y read [i] (Eliot: Eliota, as Kavanaugha, Kavanaughowi; WSO, NCK «Kiedy apostrof w odmianie
        # nazwisk»); usage writes Kavanaugh'a too (NTREX's translators write both): written without, kept with.
        paradigm = _paradigm(word, word, {"gen": ("a", "'a"), "dat": ("owi", "'owi"), "acc": ("a", "'a"), "ins": ("em", "'em")})
        del paradigm["loc"]
        return paradigm
    if not lower.endswith(silent_e):
        return None
    paradigm = _paradigm(word, word, {"gen": "'a", "dat": "'owi", "acc": "'a", "ins": "'em", "loc": "'u"})
    if lower.endswith("ke"):
        paradigm["ins"] = [word[:-1] + "iem"]
    elif lower.endswith("pe"):
        paradigm["loc"] = [word[:-1] + "ie"]  # a labial softens as Polish writes it, no apostrophe: o Philippie
    elif not lower.endswith("ge"):  # (an English -ge is a dż, which takes -u: o Lodge'u)
        del paradigm["loc"]
    return paradigm


# An English -y read [i]: after a doubled consonant or a k, g, v no Polish adjective writes it so (Lammy, Kenny,
# Bradley is -ey: Bradleya, no apostrophe); Polish -dy, -ty (Twardy) are adjectives of its own.
_PL_ENGLISH_Y = re.compile(r"([^aąeęioóuy])\1y$|[kgv]y$")


def _pl_belarusian_u(word: str) -> Paradigm:
    """A Belarusian man's name in -ŭ in Polish text declines as a consonant stem: Niaklajeua, z
    Niaklajeuem; its locative has no settled spelling."""
    paradigm = _paradigm(word, word, {"gen": "a", "dat": "owi", "acc": "a", "ins": "em"})
    del paradigm["loc"]
    return paradigm


def _pl_common_noun_ending(word: str, whole: bool = False) -> Paradigm | None:
    """The oblique forms of a place Morfeusz does not know that ends in a masculine common noun it
    knows, declined as that noun (Zdzięcioł as dzięcioł: Zdzięcioła, Zdzięciole), when the noun keeps
    its stem (no vowel drops, as in pień, pnia; its ó may open to o: dwór, dworu); else None. ``whole``: the
    place's word may be the noun itself, an inanimate one (Nowy Targ, after its adjective: targ, Nowego Targu)."""
    lower = word.lower()
    opened = _PL_CLOSED_O.sub("o", lower)
    # Longest first; an inanimate noun (m3) before an animate one, whose genitive in -a is its
    # animacy's: a place is inanimate (Władykaukaz ends in ukaz, Władykaukazu; kaukaz the sheepdog
    # says kaukaza). An animate one serves when no inanimate one is found (Zdzięcioł as dzięcioł).
    tails = []
    for start in range(0 if whole else 1, len(lower) - 3):
        tail = lower[start:]
        genders = {tag.split(":")[-1] for _, _, (_, lemma, tag, _, _) in lexicon.morfeusz().analyse(tail)
                   if tag.startswith("subst:sg:nom") and tag.split(":")[-1][:1] == "m" and lemma == tail}
        if genders:
            tails.append((tail, genders))
    if not tails:
        return None
    tail, genders = min(tails, key=lambda pair: "m3" not in pair[1])  # the first of the best kind
    start = len(lower) - len(tail)
    if "m3" not in genders and lower[:start] not in _PL_PREFIXES:
        # An animate noun's genitive -a is its animacy's: it tells the place's only when the place is the noun
        # with a prefix (Zdzięcioł: z + dzięcioł), not when a foreign name happens to end in it (Szymkent: kent).
        return None
    forms: Paradigm = {}
    for form, lemma, tag, _, _ in lexicon.morfeusz().generate(tail):
        parts = tag.split(":")
        if lemma != tail or parts[0] != "subst" or parts[1] != "sg":
            continue
        for case in parts[2].split("."):
            if case in ("gen", "dat", "inst", "loc") and form.startswith(opened[start:-1]):
                forms.setdefault(_PL_CASES[case], []).append(copy_letter_case(word, word[:start] + form))
    return forms if forms.get("gen", [""])[0].lower().startswith(opened) and len(forms) == 4 else None


_PL_CASES = {"gen": "gen", "dat": "dat", "inst": "ins", "loc": "loc"}
_PL_CLOSED_O = re.compile(r"ó(?=[^aąeęioóuy]+$)")  # ó of a last closed syllable, o where an ending opens it
_PL_PREFIXES = frozenset({"z", "s", "ze", "za", "na", "nad", "o", "od", "po", "pod", "przy", "przed", "prze", "roz", "u", "w", "we", "wy", "do"})


# Finals of places Morfeusz does not know whose genitive is surely -a (Mohylewa, Kramatorska, Doniecka,
# Torećka, Mariupola, Żytomierza); other masculine places take -u as often (Bachmutu, Izraela). The
# possessive -ów is also written as Russian -ов and Ukrainian -ів spell it (Tambowa, Czuhujiwa).
_PL_PLACE_GENITIVE_A = ("ów", "ow", "iw", "ew", "sk", "ck", "ćk", "pol", "in", "yn", "ierz",
                        # Slavic -icz/-ycz, -usz/-ysz/-isz, -eż/-aż/-yrz and German -burg: Halicza, Sławutycza, Kałusza,
                        # Paryża, Woroneża, Mozyrza, Hamburga (not after o: the river Soż, Sożu)
                        "icz", "ycz", "usz", "ysz", "isz", "eż", "aż", "yrz", "burg")
# A place named by -grad/-gród/-gard or -dar takes -u, as the nouns gród, gard, dar do: Wołgogradu, Myrnohradu,
# Biełgorodu, Nowogrodu, Stargardu, Krasnodaru, Enerhodaru; so does one named by the Turkic -kent, town (Taszkentu,
# Szymkentu).
_PL_PLACE_GENITIVE_U = ("grad", "hrad", "gorod", "horod", "gród", "hród", "gard", "dar", "kent")


_RULES = {"be": _be, "uk": _uk, "ru": _ru, "pl": _pl}
# Two capitalised names joined after a linking vowel, the second a masculine noun in a consonant
# (Івана-Франкоўск); a second name in a vowel is an adjective's noun that declines with it (Зялёна-Гура).
_NOUN_AND_ADJECTIVE_PLACE = re.compile(r"((?:[^\W\d_]|['’])*[^\W\d_аеёиіїоуыэюяєaąeęioóuy])-([^\W\d_]+(?:ський|цький|ский|цкий|скі|цкі|ski|cki))")
# A foreign first part in -а before a capitalised noun in -а/-я (Банска-Бистрица, Коста-Рика).
# (An apostrophe inside either part is a Ukrainian spelling's: Кам'янка-Бузька, Кам’янка-Дніпровська.)
_FOREIGN_FIRST_PART_PLACE = re.compile(r"([А-ЯЁІЇЄҐ](?:[^\W\d_]|['’])+а-)([А-ЯЁІЇЄҐ](?:[^\W\d_]|['’])+[ая])")
# A Belarusian place of a noun in -а and its adjective after a hyphen (Рава-Руская): the noun's stem, the adjective.
_BE_NOUN_BEFORE_ITS_ADJECTIVE = re.compile(r"([А-ЯЁІЎ][а-яёіўь']+)а-([А-ЯЁІЎ][а-яёіўь']+[^аеёіоуыэюя][ая]я)")
_BE_PLACE_OF_TWO_NOUNS = re.compile(r"([А-ЯЁІЎ][а-яёіўь']+а)-([А-ЯЁІЎ][а-яёіўь']+[аы])")
# A plural noun and the plural adjective after it joined by a hyphen (Russian Дубичи-Церковные, Ukrainian Дубичі-Церковні):
# the Russian and Ukrainian spelling of a place Polish and Belarusian write as two words (Dubicze Cerkiewne).
_PLURAL_NOUN_BEFORE_ITS_ADJECTIVE = re.compile(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[иіы])-([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ые|ие|і))")
_LINKED_PLACE = re.compile(r"([^\W\d_]+[оаыиoy]-)([^\W\d_]*[бвгджзклмнпрстфхцчшщbcdfghjklmnprstwzńł])$")
# Two capitalised names joined by a hyphen, the first in a consonant, the second a noun in a consonant (Давид-Городок,
# Улан-Батор, Усть-Илимск, Баден-Баден; be Эр-Рыяд, Соль-Ілецк): Russian, Ukrainian and Belarusian decline the second
# alone (в Давид-Городке, з Улан-Батора, з Эр-Рыяда), not the whole (the two capitals read as an acronym's, which never declines).
_COMPOUND_PLACE = re.compile(r"([А-ЯЁІЇЄҐЎ][а-яёіїєґў'’]*[бвгґджзклмнпрстфхцчшщўь]-)([А-ЯЁІЇЄҐЎ][а-яёіїєґў'’]*[бвгґджзклмнпрстфхцчшщў])")


def copy_letter_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pymorphy(word: str, lang: str, animate: bool, given: bool = False) -> Paradigm | None:
    """The paradigm from the dictionary when it knows ``word`` as a nominative noun or adjective."""
    # A place in a consonant declines (в Несвиже), and so does a feminine one in a vowel and -я (в Лиепае): the
    # dictionary's indeclinable reading of one is its mistake.
    consonant_place = not animate and word[-1:].lower() in _RU_CONSONANTS
    declining_place = consonant_place or not animate and bool(re.search(r"[аеиоуыэюяєії]я$", word.lower()))
    parses = [
        p for p in lexicon.pymorphy(lang).parse(word.lower())
        if p.is_known and p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn"
        and not (declining_place and "Fixd" in p.tag.grammemes)
        # Nor is its adjective reading (uk миколаїв, ru мамин: Mykola's, mum's): a short possessive adjective
        # names an owner, the place is a masculine noun (Миколаєва, у Миколаєві; not Миколаєвого, Миколаєвім).
        and not (consonant_place and p.tag.POS == "ADJF")
        # nor a person's (Мамин-Сибиряк, Сестрин): a surname in -ин, -ов declines as Пушкин (Мамина, Маминым,
        # о Мамине), never as the possessive (Маминого, Маминому) no surname takes.
        and not (animate and not given and "Poss" in p.tag.grammemes)
        # A place is no participle (uk reads the Polish Закопане as закопаний, buried): not the language's word.
        and not (not animate and {"pssv", "actv"} & p.tag.grammemes)
    ]
    if not parses:
        return None
    # A person's name reads as a surname or first name, a place's as a place (Львов: the city,
    # not the surname, whose accusative is Львова).
    if animate:
        ranked = [p for p in parses if lexicon.PERSON_NAME_TAGS & p.tag.grammemes] + [p for p in parses if lexicon.NAME_TAGS & p.tag.grammemes]
        # uk Латушко, Кличко: a man's surname declines; the dictionary lists the woman's,
        # indeclinable reading first (a woman's -ко surname needs explicit forms in the termbase).
        ranked.sort(key=lambda parse: "Fixd" in parse.tag)
        if not ranked and word.lower().endswith("ь") and all("femn" in parse.tag for parse in parses):
            return None  # a man's surname that is a feminine noun (Даль, даль "distance") declines as a man's: Даля
        if not given and _FEMININE_SURNAME.search(word.lower()) and ranked and not lexicon.PERSON_NAME_TAGS - {"Name"} & ranked[0].tag.grammemes:
            # A surname the dictionary knows only as a first name (Славина): a woman's -ина, -ова surname declines as
            # an adjective (Славиной), not as the first name (Славины).
            return None
        if lang == "uk" and word.lower().endswith("ко") and all("Fixd" in parse.tag for parse in ranked):
            # No reading of a person that declines (Франко): Ukrainian declines a man's -ко surname (Франка,
            # Франкові) by the rules; a woman's is indeclinable where the termbase's first name tells.
            return None
    else:  # a place: the dictionary's place, else any reading that is not a person (uk Гомель has no Geox)
        # An inanimate reading before an animate one: Черкаси the town (з Черкас), not черкаси the people (черкасів);
        # a place named in the plural is a plural-only noun (uk Великі Луки: Лук, not луків the bows).
        ranked = [p for p in parses if lexicon.PLACE_NAME_TAGS & p.tag.grammemes] + sorted(
            (p for p in parses if not lexicon.PERSON_NAME_TAGS & p.tag.grammemes),
            key=lambda parse: ("anim" in parse.tag, "Pltm" not in parse.tag))
        if not ranked:
            return None  # only a surname (uk Могильов): its animate forms are no place's (в Могильова)
        if word.lower().endswith("ня") and ranked[0].tag.POS == "ADJF" and ranked[0].normal_form != word.lower() \
                and any(p.tag.POS == "NOUN" and p.normal_form == word.lower() for p in parses):
            # A place in -ня the dictionary reads as a soft adjective's feminine (uk городній: городня) and as a noun of
            # its own spelling (the surname Городня) is that soft-stem feminine noun (Городні, Городнею, as Вишня),
            # not the adjective (Городньої, Городньою), which a place named alone would not be: the rules decide.
            return None
        if not lexicon.PLACE_NAME_TAGS & ranked[0].tag.grammemes and {"masc", "femn"} <= {p.tag.gender for p in ranked if p.tag.POS == "NOUN" and p.tag.number != "plur"}:
            # A masculine and a feminine common noun of the place's spelling (uk галич): the dictionary does
            # not say which the place declines as (Галича, not Галичі); the rules decide by the word.
            return None
    # A person's word the dictionary tags as no name reads as its animate noun before an inanimate one: uk Володимир the
    # man (Володимира Лаєвського), not the town, whose accusative is its nominative.
    parse = (ranked or (sorted(parses, key=lambda p: "anim" not in p.tag.grammemes) if animate else parses))[0]
    # A place named in the plural keeps the plural (Великие Луки: Великих Лук, Великим Лукам).
    number = "plur" if not animate and parse.tag.number == "plur" else "sing"
    paradigm: Paradigm = {}
    for case in CASES:
        wanted = {_PYMORPHY_CASES[case], number}
        if case == "acc" and parse.tag.POS == "ADJF":
            if number == "plur" or parse.tag.gender in (None, "masc"):  # (a feminine's accusative has one form: Великую)
                wanted.add("anim" if animate else "inan")
            if number == "sing" and parse.tag.gender:
                wanted.add(parse.tag.gender)  # a woman's Горская: Горскую, not the man's animate Горского
        inflected = parse.inflect(wanted)
        if inflected is None and case == "acc" and parse.tag.POS == "ADJF" and parse.tag.gender == "femn":
            inflected = parse.inflect(wanted - {number})  # the uk dictionary tags no singular: Велику
        if inflected is None and not (case == "acc" and parse.tag.POS == "ADJF" and not animate):
            # (A place read as an adjective keeps its nominative as its accusative: у Кропивницький.)
            inflected = parse.inflect({_PYMORPHY_CASES[case]})
        paradigm[case] = [_own_e(word, copy_letter_case(word, inflected.word if inflected else word.lower()))]
    # The dictionary's other forms of a case (uk Гомелеві, Гомелі, Гомелю), after its first.
    for form in parse.lexeme:
        tag = form.tag
        case = _CASES_OF_PYMORPHY.get(tag.case)
        if case and (tag.number == "plur") == (number == "plur") and tag.gender == parse.tag.gender and case != "acc" \
                and ("Supr" in tag) == ("Supr" in parse.tag):  # not the superlative's forms (Великая: not Величайшей)
            variant = _own_e(word, copy_letter_case(word, form.word))
            if variant not in paradigm[case]:
                paradigm[case].append(variant)
    for rival in ranked or parses:
        if rival.tag.POS == "ADJF" == parse.tag.POS and rival.normal_form != parse.normal_form and rival.tag.gender == parse.tag.gender:
            # Two adjectives of the same spelling (большая: большой or больший) decline apart (Большой, Большей):
            # the dictionary does not say which the name is, so only the cases they share are sure.
            for case in CASES[1:]:
                theirs = rival.inflect({_PYMORPHY_CASES[case], number} | ({parse.tag.gender} if parse.tag.gender else set()))
                if case in paradigm and (theirs is None or copy_letter_case(word, theirs.word) not in paradigm[case]):
                    del paradigm[case]
    if lang == "uk" and "loc" in paradigm:  # (a rival adjective may have left the locative unsure)
        # An adjective's locative (or an adjectival surname's) is written -ому (у Великому, Білгороді-Дністровському,
        # при Зеленському); the dictionary lists the older short -ім first, which a draft may have: read, not written.
        paradigm["loc"].sort(key=lambda form: not form.lower().endswith("ому"))
    if lang == "uk" and not animate and "loc" in paradigm:
        # A place's locative is -і (у Маріуполі); -еві/-ові are a person's (при Зеленському, Петрові).
        # The genitive's stem too: Ірпінь alternates its vowel (Ірпеня, Ірпеневі).
        stems = (word, word[:-1], *(form[:-1] for form in paradigm.get("gen", ())[:1]))
        personal = {stem + ending for stem in stems for ending in ("ові", "еві", "єві")}
        place_forms = [form for form in paradigm["loc"] if form not in personal]
        paradigm["loc"] = place_forms or paradigm["loc"]
    if lang == "uk" and animate and "femn" not in parse.tag and "loc" in paradigm:
        # A man's name takes the dative endings in the locative too: при Зеленському, при Володимирові.
        paradigm["loc"] += [form for form in paradigm.get("dat", ()) if form not in paradigm["loc"]]
    if not animate and number == "plur" and not lexicon.PLACE_NAME_TAGS & parse.tag.grammemes:
        paradigm = _place_named_by_a_people(word, paradigm, parses)
    return paradigm


def _place_named_by_a_people(word: str, paradigm: Paradigm, parses: list) -> Paradigm:
    """A plural place the dictionary knows only as a people's name (ru Печенеги, the Pechenegs; Угры) is no people:
    its accusative is its nominative (в Печенеги, в Угры), not the animate people's (печенегов). Its genitive is left
    as the dictionary gives it: a place's may be the people's (Кривичів, Чашників) or bare (Черкас), which no reading
    tells."""
    if any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.tag.number == "plur" for p in parses):
        return dict(paradigm, acc=[word])
    return paradigm


# Letters a dictionary may write where the termbase's spelling has their plain twin: Russian ё for е (optional),
# Ukrainian ґ for г (uk reads Магдалена as the name Маґдалена).
_DICTIONARY_LETTERS = {("е", "ё"), ("Е", "Ё"), ("г", "ґ"), ("Г", "Ґ")}


def _common_noun_unlike_a_place(word: str) -> bool:
    """Whether a Ukrainian place in і and a consonant is spelt as a common noun whose і stays (розділ, розділу)
    and as the nominative another noun's і would have when it closes an о of that noun's other forms (роздол,
    роздолу): the place may be either (Новий Розділ: Роздолу, as кінь: коня), so no form of it is sure and the
    noun's (Розділу) may be another word's."""
    lower = word.lower()
    if not word[:1].isupper() or not (closed := re.search(r"і([^аеєиіїоуюяьй'’]+)$", lower)):
        return False
    parses = [p for p in lexicon.pymorphy("uk").parse(lower) if p.is_known and p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    if not parses or any(lexicon.PLACE_NAME_TAGS & p.tag.grammemes for p in parses):
        return False
    stem = lower[:closed.start()]
    if not all((genitive := p.inflect({"gent"})) is not None and genitive.word.startswith(stem + "і") for p in parses):
        return False
    opened = stem + "о" + closed.group(1)
    return any(p.is_known and p.tag.POS == "NOUN" and p.normal_form == opened for p in lexicon.pymorphy("uk").parse(opened))


def _own_e(word: str, form: str) -> str:
    """``form`` with the е or г that ``word`` writes where the dictionary writes ё or ґ (Федоров:
    Федорова, not Фёдорова; Магдалена: Магдалену, not Маґдалену): the termbase's spelling decides."""
    return "".join(mine if (mine, theirs) in _DICTIONARY_LETTERS else theirs for mine, theirs in zip(word, form)) + form[len(word):]


def _polish_ko_surname_declined_as_a_mans_noun(word: str) -> Paradigm:
    """The forms MT gives a man's wrong spelling in -ko when it declines the surname as a masculine noun
    (Mrochka, Mrochkowi, Mrochkiem, Mrochku), where Polish declines it as a feminine noun in -a
    (Mroczko: Mroczki, Mroczce, Mroczką, as Kościuszko). Found in a draft only, never written."""
    stem = word[:-1]
    return {"gen": [stem + "a"], "dat": [stem + "owi"], "acc": [stem + "a"], "ins": [stem + "iem"], "loc": [stem + "u"]}


def _with_all_forms(first: Paradigm, other: Paradigm) -> Paradigm:
    """``first``'s forms of each case, then ``other``'s it lacks."""
    return {case: [*first.get(case, []), *(f for f in other.get(case, []) if f not in first.get(case, []))]
            for case in CASES if case in first or case in other}


def _with_variants(known: Paradigm, ruled: Paradigm) -> Paradigm:
    """The dictionary's paradigm, plus the rules' other endings of a case where the rules agree with
    the dictionary's form: pymorphy3 gives Бабарикові, Ukrainian also says Бабарику."""
    return {case: forms + [f for f in ruled.get(case, []) if f not in forms] if forms[0] in ruled.get(case, []) else forms
            for case, forms in known.items()}


# A Slovak or Czech place of an adjective in -ská and a noun (Банска-Быстрыца, Дунайска-Стрэда): Belarusian
# keeps the adjective's -ска and declines the noun (у Банска-Быстрыцы); its two capitals make no acronym.
_BE_SLOVAK_PLACE = re.compile(r"(?:[А-ЯЁІЎ][а-яёіўь']+[сц]ка-)+[А-ЯЁІЎ][а-яёіўь']+[^аеёіоуыэюя]а")


_CYRILLIC_VOWEL_BEFORE_A = re.compile(r"[аеёиіоуыэюяєї]а$")


# The letters a Polish word may end in: Polish's own, the q, v, x of foreign names (Max: Maxa), and the Czech,
# Slovak and French letters Polish declines after (Kvitová: Kvitovej, Babiš: Babiša, René: Renégo). Not the
# Baltic ė, ū, ā of women's names (Meilutytė), which Polish leaves as they are.
_POLISH_FINALS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżqvx" + "áéíúýůěčďňřšťž"


# A Polish place of two capitalised names joined by a hyphen (Bielsko-Biała, Kędzierzyn-Koźle, Sol-Ileck).
_PL_HYPHENATED_PLACE = re.compile(r"([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)-([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)")
# The last part of a Slavic place a foreign first part stays before (Sol-Ileck, Ust-Ilimsk, Ust-Kamienogorsk).
_PL_SLAVIC_PLACE_END = re.compile(r"(?:sk|ck)$")


# A Russian adjective's feminine -ая spelt with Polish letters (Wielikaja, Russkaja, Krasnaja), after its stem.
_POLISH_SPELT_RUSSIAN_ADJECTIVE = re.compile(r"\w{3}[^aąeęioóuyj]aja$")


def _polish_spelt_russian_adjective(word: str) -> Paradigm | None:
    """The forms a draft gives a wrong Polish spelling of a Russian feminine adjective (Wielikaja, Rawa-Russkaja): the
    Polish adjective's endings on its stem (z Wielikiej Bagaczki, o Rawie-Russkiej) or the Russian ones spelt with
    Polish letters (z Wielikoj Bagaczki, w stronę Rawy-Russkoj, Russkuju); found, never written. None for another word."""
    if not _POLISH_SPELT_RUSSIAN_ADJECTIVE.search(word.lower()):
        return None
    stem = word[:-3]
    oblique = "iej" if stem.lower().endswith(("k", "g")) else "ej"
    return {"nom": [word], "gen": [stem + oblique, stem + "oj"], "dat": [stem + oblique, stem + "oj"],
            "acc": [stem + "ą", stem + "uju"], "ins": [stem + "ą", stem + "oj"], "loc": [stem + oblique, stem + "oj"]}


def _polish_hyphenated_place(word: str, wrong: bool) -> Paradigm | None:
    """The forms of a Polish place of two names joined by a hyphen, or None for a word that is none or whose
    declension no source is sure of (Baden-Baden: w Baden-Baden; the draft is left as it is).

    A first part Morfeusz knows as a place declines, and so does the second, as the place or the adjective it is
    (Bielsko-Biała: w Bielsku-Białej; Kędzierzyn-Koźle: w Kędzierzynie-Koźlu; Skarżysko-Kamienna: w Skarżysku-Kamiennej;
    Czechowice-Dziedzice: w Czechowicach-Dziedzicach), and so does a second part that is a common noun listed in
    glossary/data/pl_undeclined_places.toml as one such places end in, as that noun (Busko-Zdrój: w Busku-Zdroju,
    Iwonicza-Zdroju; a first part Morfeusz lacks then has the rules' cases: w Horyńcu-Zdroju); any other second part, neither place nor adjective, leaves the whole unsure. A foreign first part stays before a Slavic place in -sk, -ck that declines alone (Sol-Ileck:
    w Sol-Ilecku, z Sol-Ilecka), and a Russian first part Polish keeps (Ust-, "mouth of") before any last part
    (Ust-Ługa: w Ust-Łudze, z Ust-Ługi). The two capitals make no acronym.

    The parts are looked up in Morfeusz even for a ``wrong`` spelling (its parts may be right: Bielsko of
    Bielsko-Biala); a wrong second part in -a is found with a feminine adjective's endings too (w Bielsku-Bialej),
    never written."""
    parts = _PL_HYPHENATED_PLACE.fullmatch(word)
    if not parts:
        return None
    first, last = parts.groups()
    first_forms = lexicon.polish_forms(first, False)
    last_noun = _polish_declining_last_noun(last)
    last_forms = lexicon.polish_forms(last, False) or _attributive(last, "pl") or last_noun
    if wrong:
        # Any reading a draft may have given a wrong spelling's parts, found, never written: the first kept or
        # declined (Kedzierzyn-Kozle: w Kedzierzynie-Kozlu; Sol-Iletsk: w Sol-Iletsku), a last in -a as a noun or a
        # feminine adjective (w Bielsku-Bialej), the whole kept as written.
        firsts = _with_all_forms(_indeclinable(first), first_forms or _pl(first, False))
        lasts = _with_all_forms(last_forms or {}, _pl(last, False))
        if last.endswith("a"):
            lasts = _with_all_forms(lasts, _paradigm(last, last[:-1], {"gen": "ej", "dat": "ej", "acc": "ą", "ins": "ą", "loc": "ej"}))
        if russian := _polish_spelt_russian_adjective(last):
            lasts = _with_all_forms(lasts, russian)
        return _with_all_forms(_indeclinable(word), _joined(firsts, lasts))
    if first_forms is None and last_noun:
        first_forms = word_paradigm(first, "pl", False)  # the rules' cases of a first part Morfeusz lacks (Horyniec: Horyńca)
    if first_forms is None:
        if not _PL_SLAVIC_PLACE_END.search(last) and first not in _pl_undeclined_places()["unchanged_first_parts"]:
            return None
        return _joined(_indeclinable(first), word_paradigm(last, "pl", False))
    return _joined(first_forms, last_forms) if last_forms else _unknown(word)


def _polish_declining_last_noun(last: str) -> Paradigm | None:
    """The forms of a hyphenated place's last part that is a common noun such places end in (Zdrój: Zdroju,
    Zdrojem, as zdrój), from Morfeusz's noun; None for any other word."""
    if last not in _pl_undeclined_places()["declining_last_nouns"]:
        return None
    forms = _pl_common_noun_ending(last, whole=True)
    return {"nom": [last], "acc": [last]} | forms if forms else None


def _plural_place_and_its_adjective(word: str, lang: str, wrong: bool) -> Paradigm | None:
    """The forms of a Russian or Ukrainian place of a plural noun and its plural adjective joined by a hyphen (Дубичи-Церковные:
    в Дубичах-Церковных, под Дубичами-Церковными; Дубичі-Церковні: у Дубичах-Церковних): both parts decline, as the
    adjective agrees with its noun; not the one undeclined form the rules take an unknown compound for. A wrong spelling's
    undeclined form, as MT may leave it, is found too; a Ukrainian genitive is not written. None where the first part is
    no plural (its locative in -ах, -ях) or the second no adjective the dictionary knows."""
    parts = _PLURAL_NOUN_BEFORE_ITS_ADJECTIVE.fullmatch(word)
    if not parts or not lexicon.adjective_reading(parts.group(2).lower(), lang):
        return None
    noun, adjective = (word_paradigm(part, lang, False, wrong) for part in parts.groups())
    if not all(form.endswith(("ах", "ях")) for form in noun.get("loc") or ["-"]) \
            or not all(form.endswith(("их", "ых", "іх")) for form in adjective.get("loc") or ["-"]):
        return None
    both = _joined(noun, adjective) | {"nom": [word]}  # (not the dictionary's long Ukrainian Церковнії)
    if wrong:
        return _with_all_forms(both, _indeclinable(word))
    # A Ukrainian plural place's genitive goes by usage, bare or in -ів (Кривиць or the rules' Кривиців): not written.
    return {case: forms for case, forms in both.items() if case != "gen"} if lang == "uk" else both


def _joined(*parts: Paradigm) -> Paradigm:
    """The forms of a name of parts joined by hyphens, each part's form of the case: the cases every part is sure of."""
    return {case: ["-".join(combination) for combination in product(*(part[case] for part in parts))]
            for case in CASES if all(part.get(case) for part in parts)}


@lru_cache(maxsize=12_000)
def word_paradigm(word: str, lang: str, animate: bool, wrong: bool = False, given: bool = False) -> Paradigm:
    """Case forms of one word (no explicit forms applied); cases it is not sure of are missing.
    A ``given`` name (a person's word before the surname) is no surname: Марына, not Ярмошына.

    A ``wrong`` spelling is not looked up in Morfeusz 2: it knows right Polish spellings only, and a
    look-up is the dearest step of building a large termbase's matcher."""
    rules = _RULES.get(lang)
    if lang == "be" and given and (listed := _data_table("be_first_names")["forms"].get(word)):
        # A man's first name whose stem changes with the stress (Пётр: Пятра; Змітрок: Змітрака; Францішак: Францішка),
        # which the rules leave unsure: its forms are listed (glossary/data/be_first_names.toml, checked against hunspell-be).
        return {"nom": [word]} | {case: [form] for case, form in zip(CASES[1:], listed)}
    if lang == "pl" and not animate and (hyphenated := _polish_hyphenated_place(word, wrong)) is not None:
        return hyphenated
    if rules and not animate and (linked := _LINKED_PLACE.match(word)):
        # A place of two names joined by a linking vowel (Ивано-Франковск, Ханты-Мансийск) declines its
        # last name alone: Івано-Франківська, Iwano-Frankiwska.
        first = linked.group(1)
        return {case: [first + form for form in forms]
                for case, forms in word_paradigm(linked.group(2), lang, animate, wrong).items()}
    if lang in ("ru", "uk") and not animate and (foreign := _FOREIGN_FIRST_PART_PLACE.fullmatch(word)) \
            and not lexicon.adjective_reading(foreign.group(1)[:-1].lower(), lang):
        # A place whose first part is a foreign word in -а (Банска-Бистрица, Коста-Рика, Алма-Ата) declines its
        # last part alone in Russian and Ukrainian: в Банска-Бистрице, з Коста-Рики. A first part the dictionary
        # reads as an adjective (Стара-Загора: стара) may decline too: no rule's.
        first = foreign.group(1)
        last = word_paradigm(foreign.group(2), lang, animate, wrong)
        last_alone = {case: [first + form for form in forms] for case, forms in last.items()}
        if first[:-1].lower() not in _UNDECLINED_PREFIXES \
                and (_feminine_common_noun(first[:-1].replace("’", "'"), lang) or _declined_before_its_adjective(word, foreign.group(2), lang)):
            # A first part the dictionary knows as a feminine noun is no foreign word: a place of two nouns declines
            # both (Середина-Буда: под Серединой-Будой, атаковали Середину-Буду), not its last part alone (Середина-Буду).
            # (Not a Turkic кара, black, that Russian's кара, punishment, spells: Кара-Балты.) So does a first part before a
            # Russian adjective, which agrees with it (Рава-Русская: в Раву-Русскую, из Равы-Русской), or in a place the
            # Ukrainian dictionary declines so (Рава-Руська: біля Рави-Руської), not a transcribed adjective before a
            # foreign one (Бяла-Підляська: до Бяла-Підляської).
            # A wrong spelling's forms with its last part declined alone, as MT leaves them (Рава-Русской), are found
            # in a draft too; never written.
            both = _joined(word_paradigm(first[:-1], lang, animate, wrong), last)
            return _with_all_forms(both, last_alone) if wrong else both
        return last_alone
    if lang == "be" and not animate and (parts := _BE_NOUN_BEFORE_ITS_ADJECTIVE.fullmatch(word)) \
            and parts.group(1).lower() not in _UNDECLINED_PREFIXES \
            and (adjective := word_paradigm(parts.group(2), lang, animate, wrong)).get("gen", [parts.group(2)]) != [parts.group(2)]:
        # A first part in -а before a Belarusian adjective in -ая, -яя agrees with it, so both decline (Рава-Руская: з
        # Равы-Рускай, пад Равай-Рускай), as Russian's Рава-Русская does; not the nominative in every case. Only where the
        # adjective's oblique is sure (its stress known).
        return _joined(word_paradigm(parts.group(1) + "а", lang, animate, wrong), adjective)
    if lang in ("ru", "uk", "be") and not animate and (compound := _COMPOUND_PLACE.fullmatch(word)):
        first = compound.group(1)
        return {case: [first + form for form in forms]
                for case, forms in word_paradigm(compound.group(2), lang, animate, wrong).items()}
    if lang == "be" and not animate and not wrong and (nouns := _BE_PLACE_OF_TWO_NOUNS.fullmatch(word)) \
            and (first := belarusian_paradigms.common_noun_paradigm(nouns.group(1), whole=True)) \
            and (last := belarusian_paradigms.common_noun_paradigm(nouns.group(2), whole=True)):
        # A place of two common nouns joined by a hyphen (Сярэдзіна-Буда: каля Сярэдзіны-Буды, as Russian's Середины-Буды)
        # declines both as the nouns they are; not a place whose last part is a name (Буда-Кашалёва, a neuter).
        return _joined(first, last)
    if lang in ("ru", "uk") and not animate and (plural := _plural_place_and_its_adjective(word, lang, wrong)):
        return plural
    if rules and not animate and (parts := _NOUN_AND_ADJECTIVE_PLACE.fullmatch(word)):
        # A place of a noun and the adjective after it joined by a hyphen (Кам'янець-Подільський, Переяслав-Хмельницький)
        # declines both: Кам'янця-Подільського, not Кам'янець-Подільський in every case.
        noun, adjective = (word_paradigm(part, lang, animate, wrong) for part in parts.groups())
        return _joined(noun, adjective)
    if rules and animate and not given and (double := _double_surname(word, lang, wrong)) is not None:
        return double
    if rules is None or len(word) < 3 or is_acronym(word) and not (lang == "be" and _BE_SLOVAK_PLACE.fullmatch(word)
                                                                 or animate and _PREFIXED_SURNAME.fullmatch(word)) \
            or not word[-1].isalpha() or lang == "pl" and word[-1].lower() not in _POLISH_FINALS:
        # A Polish name ending in a letter Polish does not have (Meilutytė) takes no Polish ending after it.
        return _indeclinable(word)
    if lang == "uk" and not animate and not wrong and _common_noun_unlike_a_place(word):
        return _unknown(word)
    if lang == "ru" and not animate and not wrong and _RU_NEUTER_POSSESSIVE_PLACE.search(word.lower()):
        # A Russian place in -ино, -ово, -ево (Тёткино, Работино) is a neuter noun, declined (из Тёткина, под Работином)
        # or left undeclined, both in use: a draft's either form stays, the declined one is written. Never the
        # possessive adjective the dictionary may read it as (тёткино, aunt's: Тёткиного, no place's form).
        return _with_all_forms(_russian_neuter_place(word), _indeclinable(word))
    if lang in ("ru", "uk"):
        known = _pymorphy(word, lang, animate, given)
        if known:
            return _with_variants(known, rules(word, animate, given))
        if lang == "ru" and not animate and _RU_SLAVIC_NEUTER_IN_NO.search(word.lower()):
            # A Slavic neuter place in a consonant and -но the dictionary does not know (Хмельно, Кольно) is left
            # undeclined in writing, and declined as a neuter noun in speech and much of the press (из Хмельна, в
            # Хмельне): the undeclined form is written, a draft's declined one is its right oblique form and stays.
            return _with_all_forms(_indeclinable(word), _russian_neuter_place(word))
    if lang == "pl" and word[:1].isupper() and not wrong:
        known = lexicon.polish_forms(word, animate)
        if known:
            return known
        if not animate and lexicon.polish_indeclinable_place(word):
            return _indeclinable(word)  # w Massachusetts, z Connecticut: Morfeusz's places that do not decline
        if not animate and lexicon.masculine_first_name(word, lang):
            # A place Morfeusz knows only as a man's first name (Mścisław): the rules' endings are the
            # man's (Mścisławie), a town's may differ (w Jarosławiu), so none is sure.
            return _unknown(word)
        if not animate and (genitives := lexicon.polish_plural_of_a_noun(word)) is not None:
            # A place named by a common noun's plural (Połogi, Krupki, Szachty) is that plural: w Połogach, not the
            # indeclinable or singular word the rules take it for. Its genitive is the noun's where that is bare
            # (krupek: Krupek); a noun's -ów may be a place's bare one (łazów, but z Łaz), so none is sure.
            plural = plural_place_forms(word, lang)
            if len(genitives) == 1 and not genitives[0].endswith("ów"):
                return plural | {"gen": [copy_letter_case(word, genitives[0])]}
            return plural
    if lang in ("be", "uk", "ru") and _CYRILLIC_VOWEL_BEFORE_A.search(word.lower()):
        # A name in -а after a vowel (Тэа, Гарсіа, Моравиа) does not decline in Belarusian, Ukrainian or Russian, as
        # their grammars say of Гарсиа and Гулиа: the rules' endings would make words the language cannot have (Тэы,
        # Гарсиой). A wrong spelling's declined forms are still found in a draft.
        return _with_all_forms(_indeclinable(word), rules(word, animate, given)) if wrong else _indeclinable(word)
    paradigm = rules(word, animate, given)
    if lang == "pl" and wrong and (russian := _polish_spelt_russian_adjective(word)):
        paradigm = _with_all_forms(paradigm, russian)
    if lang == "pl" and wrong and animate and (word.lower().endswith("ek") or _PL_NAMES_FLEETING_EL.search(word.lower())):
        # A wrong spelling of a transcribed name is found whether the draft drops its e or keeps it (Kamchybkiem, Kamchybekiem;
        # Pawieła).
        paradigm = _with_all_forms(paradigm, _pl(word, animate, given, keeps_its_e=True))
    if lang == "pl" and wrong and animate and not given and re.search(r"\wko$", word.lower()):
        paradigm = _with_all_forms(paradigm, _polish_ko_surname_declined_as_a_mans_noun(word))
    if lang == "be" and not animate and not wrong and _BE_PLURAL_IN_KI.search(word.lower()) \
            and not _BE_STRESSED_ONLY.search(word[:-1]) and len(_VOWELS_OF_STEMS.findall(word[:-1])) > 1:
        # The bare genitive of a place in -кі (Хойнік, Трок) is a stressed stem's: a stem of more syllables with no
        # о, ё, э to show its stress may leave it to the ending, whose genitive is -оў (Есентукі: Есентукоў). Left
        # unsure to write; a wrong spelling's bare genitive is still found (Друскенік in Russian text).
        paradigm.pop("gen", None)
    if lang == "uk" and not animate and _UK_FLEETING_ETS.search(word.lower()):
        # A Ukrainian place in the suffix -ець is masculine and drops its е (Кременець: Кременця, Тростянця;
        # Лунинець: Лунинця), л softening before the ц (Стрілець: Стрільця).
        stem = word[:-3] + ("ь" if word[-4].lower() == "л" else "") + "ц"
        paradigm = {"nom": [word], "gen": [stem + "я"], "dat": [stem + "ю", stem + "еві"], "acc": [word],
                    "ins": [stem + "ем"], "loc": [stem + "і", stem + "ю"]}
    if lang == "pl" and not animate and (fleeting := _PL_FLEETING_EC.search(word.lower())):
        # A Polish place in the suffix -iec/-lec drops its e, the consonant before it keeping its softness where
        # Polish writes it (Łuniniec: Łunińca, Krzemieniec: Krzemieńca; Bolesławiec: Bolesławca; Zgorzelec: Zgorzelca).
        consonant = fleeting.group(1) or "l"
        stem = word[: fleeting.start(1) if fleeting.group(1) else fleeting.start(2)] + _PL_SOFT_SPELLING.get(consonant, consonant) + "c"
        paradigm = {"nom": [word], "gen": [stem + "a"], "dat": [stem + "owi"], "acc": [word], "ins": [stem + "em"],
                    "loc": [stem + "u"]}
    elif not animate and _FLEETING_VOWEL.search(word.lower()):
        # A place in -ок/-ец, -ek/-ec no dictionary knows: Городок, Gródek drop the vowel (Городка,
        # Gródka), Белосток does not. A wrong spelling's forms are recognised either way; the right
        # spelling's are no rule's (Belarusian's rules ask the Russian dictionary).
        if wrong:
            paradigm = _with_dropped_vowel(word, paradigm)
        elif lang != "be":
            paradigm = _unknown(word)
    if animate and _PERSONS_FLEETING_VOWEL.search(word.lower()):
        paradigm = _with_oblique_stem(word, lang, paradigm, wrong)
    elif lang == "be" and animate and not wrong and _BE_NAMES_FLEETING_VOWEL.search(word.lower()) \
            and (drops := _drops_its_vowel(word, place=False)) is not False \
            and (drops or given and word.lower().endswith(("ак", "ок", "ек", "эк"))):
        # A first name in -ак no dictionary knows may drop its vowel (Францішак: Францішка; Казак does
        # not): no ending is sure.
        paradigm = _be_dropped_vowel(word) if drops else _unknown(word)
    elif animate and not given and lang in ("be", "ru", "uk", "pl") and _SURNAMES_FLEETING_VOWEL.search(word.lower()):
        # A surname in -ок, -ёк, -ёл no dictionary knows as a name: whether its vowel drops (Дзядок:
        # Дзядка) is the name's own fact. A wrong spelling's forms are recognised either way;
        # the right spelling keeps its nominative only, unless the Russian dictionary's noun settles it.
        drops = _drops_its_vowel(word, place=False) if lang == "be" else None
        if drops is None and _DIMINUTIVE_NOK.search(word.lower()):
            drops = True
        if wrong:
            paradigm = _with_dropped_vowel(word, paradigm)
        elif drops and lang == "be":
            paradigm = _be_dropped_vowel(word)
        elif drops:
            short = word[:-2] + word[-1]
            paradigm = {case: [short + form[len(word):] if case != "nom" and form.startswith(word) and form != word else form
                               for form in forms] for case, forms in paradigm.items()}
        elif drops is None:
            paradigm = _unknown(word)
    if wrong and animate and given and lang == "pl" and word.lower().endswith("ya") and len(word) > 3:
        # A first name romanized in -ya (Kaya, Agniya) takes Polish -i after its y in MT's drafts (Kayi, Agniyi),
        # as Maja does after j (Mai): found, never written.
        paradigm = _with_all_forms(paradigm, {case: [word[:-1] + "i"] for case in ("gen", "dat", "loc")})
    if wrong and animate and given and lang == "pl" and word.isascii() and len(word) > 2:
        paradigm = _with_all_forms(paradigm, _romanized_russian_endings(word))
    if wrong and animate and given and lang == "pl" and _PL_BELARUSIAN_U.search(word.lower()):
        paradigm = _pl_belarusian_u(word)  # a wrong first name so too (z Stanislauem): found, never written
    elif wrong and animate and given and lang == "pl" and re.search(r"[^aąeęioóuy]y$", word.lower()):
        # A Russian first name romanized in -y (Dmitry, Yury) is declined in Polish text as an adjective
        # (z Dmitrym): found, never written.
        stem = word[:-1]
        paradigm = _with_all_forms(paradigm, {"gen": [stem + "ego"], "dat": [stem + "emu"], "acc": [stem + "ego"],
                                              "ins": [word + "m"], "loc": [word + "m"]})
        paradigm = _with_all_forms(paradigm, _romanized_russian_given_name(stem))
    elif wrong and animate and given and lang == "pl" and re.search(r"[aeiou]i$", word.lower()):
        # So is one in -ei, -ai (Sergei, Andrei) as a noun in -j (Sergeia, z Sergeiem), and one in a consonant and -i
        # (Yuri) as an adjective (Yuriego): found, never written.
        paradigm = _with_all_forms(paradigm, {"gen": [word + "a"], "dat": [word + "owi"], "acc": [word + "a"],
                                              "ins": [word + "em"], "loc": [word + "u"]})
    elif wrong and animate and given and lang == "pl" and re.search(r"[^aąeęioóuy]i$", word.lower()):
        paradigm = _with_all_forms(paradigm, {"gen": [word + "ego"], "dat": [word + "emu"], "acc": [word + "ego"],
                                              "ins": [word + "m"], "loc": [word + "m"]})
        paradigm = _with_all_forms(paradigm, _romanized_russian_given_name(word[:-1]))
    if wrong and animate and not given and lang in ("ru", "uk") and re.search(r"[бвгдзклмнпрстфх]ы$", word.lower()) and len(word) > 4:
        # A Belarusian adjectival surname (Чорны, Белы) cited in Russian or Ukrainian text with its Belarusian endings
        # (раман Чорнага, з Белым), unstressed -ага or stressed -ога: found, never written.
        stem = word[:-1]
        oblique = [stem + "ага", stem + "ога"]
        paradigm = _with_all_forms(paradigm, {"gen": oblique, "dat": [stem + "аму", stem + "ому"], "acc": oblique,
                                              "ins": [word + "м"], "loc": [word + "м"]})
    if wrong and animate and lang in ("ru", "uk") and re.search(r"[аеиоуыяі][жшчщц]$", word.lower()):
        # A wrong spelling's instrumental after a hushing consonant, stressed -ом or unstressed -ем (Пшыдачом,
        # Пшыдачем): the stress is not written, so either is found, never written.
        paradigm = _with_all_forms(paradigm, {"ins": [word + "ом", word + "ем"]})
    if wrong and animate and not given and lang == "pl" and word.lower().endswith("li") and len(word) > 4:
        # Polish drops the i of -li before -ego (Saakaszwilego); MT often keeps it (Kavelashviliego): found, never written.
        paradigm = _with_all_forms(paradigm, {"gen": [word + "ego"], "dat": [word + "emu"], "acc": [word + "ego"]})
    if wrong and animate and not given and (lang == "pl" or word.isascii()):
        paradigm = _with_russian_endings(word, paradigm)  # Zhirinovskogo in Polish text, Khodorkovskogo in Russian
    if wrong and not animate and lang in ("ru", "uk") and _RU_NEUTER_POSSESSIVE_PLACE.search(word.lower()):
        # A Russian place in -ово, -ево, -ино (Тутаево, Пушкино) declined as Russian declines it beside leaving it
        # undeclined (в Тутаеве, из Тутаева): a wrong spelling's forms found in a draft, never written.
        paradigm = _with_all_forms(paradigm, _russian_neuter_place(word))
    if lang == "pl" and wrong and "gen" not in paradigm and "dat" in paradigm:
        # Only recognised, never written: a wrong spelling of a place may carry either genitive
        # (Belgorodu, Kaliningradu), which the right spelling's paradigm then renders.
        paradigm = paradigm | {"gen": [word + "u", word + "a"]}
    if lang == "be" and not wrong and not animate and len(paradigm) < len(CASES):
        # A place named by a common noun, or ending in one, declines as that noun where the rules are unsure (Акопы:
        # Акопаў; Райгарадок: Райгарадку).
        paradigm = belarusian_paradigms.common_noun_paradigm(word) | paradigm
    if lang == "be" and not wrong and not (animate and not given and _BE_SURNAME_SUFFIX.search(word.lower())):
        # hunspell-be's forms of a name it lists; not a person's word with a surname's suffix, which hunspell-be
        # lists as a town or first name that declines otherwise (Брагін: Брагінам, the man Брагіным; Пуціна)
        ruled = paradigm
        paradigm = belarusian_paradigms.checked(word, paradigm, animate)
        if given and word.lower().endswith(("а", "я")) and lexicon.belarusian_mans_first_name(word):
            # a man's -у, -ю (Фаму): hunspell-be's labels come from feminine common words (руцэ), not from his declension
            paradigm |= {case: ruled[case] for case in ("dat", "loc") if case in ruled}
    return paradigm


# The shapes of a double surname's part that tell whose it is: a woman's possessive or adjective (Львова-Белова,
# Кидава-Блоньская, Nowak-Zielińska), a man's (Римский-Корсаков, Петров-Водкин). A part in -ава/-awa is a woman's too
# (Кидава), though it may be a noun: its own paradigm says.
_WOMANS_PART = re.compile(r"(?:(?:[оеёєа]в|(?<![чщ])[іиы]н)а|[oea]wa|ая|[сцз]ька|(?:sk|ck|dzk)a|ová)$")
_MANS_PART = re.compile(r"(?:[оеёєа]в|[іиы]н|[оеёа]ў|[иыоі]й|[сц]кі|[oe]w|[iy]n|(?:sk|ck)i)$")
# The prefixes a double surname keeps undeclined (Тер-Петросяна, Бонч-Бруевича, Кара-Мурзы, Ibn-, Mac-, von-). Another
# first part of four sounds or fewer in a consonant may be one too, or a surname that declines (Жук-Грышкевіч: Жука-):
# no rule's. (One in a vowel is a noun: Sowy-Lipińskiej.)
_UNDECLINED_PREFIXES = frozenset({"тер", "тэр", "ter", "бонч", "boncz", "кара", "kara", "ибн", "ібн", "ibn", "абу", "abu",
                                  "бен", "ben", "фон", "von", "ван", "van", "мак", "mac", "сен", "сэн", "sen", "аль", "al"})
_SHORT_PART = 4
_POLISH_DIGRAPH = re.compile(r"cz|sz|rz|ch|dz")


def _double_surname(word: str, lang: str, wrong: bool, man: bool = False) -> Paradigm | None:
    """The forms of a double surname: every part declines by its own type, whose gender the parts' shapes tell
    (Львовой-Беловой, Кидавы-Блоньской, Nowak-Zielińskiej; Римского-Корсакова, Косіняка-Камыша), but for a
    first part that is an undeclined prefix (Тер-Петросяна, Кара-Мурзы). A woman's part in a consonant stays
    as written; a man's accusative is his genitive. A case any part is unsure of is missing; parts of both
    genders, another short first part in a consonant (a prefix or a surname: Жук-), or parts in a consonant
    and in a vowel with no part telling whose they are (Nowak-Duda: Nowaka-Dudy or a woman's Nowak-Dudy; ``man``
    says) leave the name its nominative alone. None for a word that is no double surname."""
    parts = word.split("-")
    if len(parts) < 2 or not all(len(part) > 1 and part[0].isupper() and part[1:].islower() and part.isalpha() for part in parts):
        return None
    woman = any(_WOMANS_PART.search(part.lower()) for part in parts)
    man = man or any(_MANS_PART.search(part.lower()) for part in parts)
    prefix = parts[0].lower() in _UNDECLINED_PREFIXES
    finals = {part[-1].lower() in lexicon.VOWELS for part in parts[1 if prefix else 0:]}
    if woman and man or not prefix and parts[0][-1].lower() not in lexicon.VOWELS \
            and len(_POLISH_DIGRAPH.sub("c", parts[0].lower())) <= _SHORT_PART or not woman and not man and len(finals) > 1:
        return _unknown(word)
    paradigms = [_indeclinable(parts[0])] if prefix else []
    for part in parts[len(paradigms):]:
        lower = part.lower()
        if woman and lower[-1:] not in "аяaá":
            paradigm = _indeclinable(part)  # a woman's Nowak
        elif lang == "be" and lower[-1:] == "а" and not lower.endswith("ая") and not _FEMININE_SURNAME.search(lower):
            # a noun in -а: a woman's or a man's (Гайды, Гайдзе; the man's dative Гайду)
            forms = belarusian_womans_surname_in_a(part) if woman else mans_surname_in_a(part, lang) if man else {}
            paradigm = {"nom": [part]} | {case: [form] for case, form in forms.items()}
        elif lang == "be" and woman and lower.endswith("ава"):
            # an adjective (Уласава: Уласавай, from Власова) or a noun (Кідава: Кідавы): the two agree in two cases
            paradigm = {case: forms for case, forms in word_paradigm(part, lang, True, wrong).items() if case in ("nom", "acc", "ins")}
        elif lang != "be" and lower.endswith(("ава", "awa")):
            paradigm = {"nom": [part]} | {case: [form] for case, form in mans_surname_in_a(part, lang).items()}  # Кидавы, Kidawy
        else:
            paradigm = word_paradigm(part, lang, True, wrong)
            if lower[-1:] not in lexicon.VOWELS and "gen" in paradigm:
                paradigm |= {"acc": paradigm["gen"]}  # a man's, not a reed's (камыш)
        paradigms.append(paradigm)
    if lang == "be" and any(form.endswith(("ам", "ом", "ём", "ям")) for paradigm in paradigms for form in paradigm.get("ins", [])):
        # Belarusian writes о only under stress, which the rules guess from the ending (Пазняком); a foreign
        # double surname's stress is its own (Kosiniak: Касінякам; Кумач: Кумачом), so a noun's instrumental is no
        # rule's. (An adjective's or possessive's -ым is sure: Рымскім-Корсакавым.)
        paradigms = [{case: forms for case, forms in paradigm.items() if case != "ins"} for paradigm in paradigms]
    return _joined(*paradigms)


def mans_double_surname_with_a_fixed_part(word: str, lang: str) -> dict[str, str]:
    """The forms of a man's foreign double surname whose first part ends in a consonant and whose last ends in a
    vowel no declension of his takes (-і, -и, -е, -о, -у, -ю, not -а/-я: Бернерс-Лі, Бернерс-Ли, Berners-Lee): the
    last part stays as written, the first declines as his surname would alone (Бернерса-Лі, Bernersa-Lee), his
    accusative his genitive. (Whose it is the termbase says: a woman's consonant does not decline, and the shapes of
    such parts tell no sex, so _double_surname leaves them their nominative.) Belarusian's instrumental goes by
    a stress the rules do not know: left out, as there. Empty for any other word."""
    parts = word.split("-")
    if len(parts) != 2 or not all(len(part) > 1 and part[0].isupper() and part[1:].islower() and part.isalpha() for part in parts):
        return {}
    first, last = parts
    if first[-1].lower() in lexicon.VOWELS or last[-1].lower() not in lexicon.VOWELS or last[-1].lower() in "аяaą" \
            or first.lower() in _UNDECLINED_PREFIXES or len(_POLISH_DIGRAPH.sub("c", first.lower())) <= _SHORT_PART:
        return {}
    paradigm = word_paradigm(first, lang, True)
    if "gen" in paradigm:
        paradigm = paradigm | {"acc": paradigm["gen"]}
    return {case: f"{forms[0]}-{last}" for case, forms in paradigm.items()
            if case != "nom" and forms and forms[0] != first and not (lang == "be" and case == "ins")}


def _romanized_russian_given_name(stem: str) -> Paradigm:
    """The Russian endings of a first name in -ий romanized (Yevgeny, Yuri: Евгения, Юрия), which MT keeps in
    Polish text (w sprawie Yevgeniya, adwokaci Yuriya): found, never written."""
    # (with j for y too, as a Polish eye spells them: Anatoliju, Apollinariju)
    return {"gen": [stem + "iya", stem + "ija"], "dat": [stem + "iyu", stem + "iju"], "acc": [stem + "iya", stem + "ija"],
            "ins": [stem + "iyem", stem + "iem", stem + "ijem"], "loc": [stem + "ii"]}


def _romanized_russian_endings(word: str) -> Paradigm:
    """The Russian endings MT keeps on a Russian first name romanized in a consonant or -a in Polish text (z Ivanom,
    o Ivane; z Irinoj, Irine, Irinu): found, never written."""
    lower = word.lower()
    if re.search(r"[^aąeęioóuyj]a$", lower):
        stem = word[:-1]
        return {"gen": [stem + ("i" if lower[-2] in "kgh" else "y")], "dat": [stem + "e"], "acc": [stem + "u"],
                "ins": [stem + "oj", stem + "oy"], "loc": [stem + "e"]}
    if re.search(r"[bcdfghklmnprstvwzł]$", lower):
        return {"dat": [word + "u"], "ins": [word + "om"], "loc": [word + "e"]}
    return {}


# A Russian surname romanized with its Russian case ending (Zhirinovskogo, Pugachevoy): recognised
# as the wrong spelling's form in that case, never written.
# Letters Polish does not write (y after k, v): Polish -ski, -owa are no romanization.
_ROMANIZED_ADJECTIVE = re.compile(r"(sk|ck)(?:y|iy|ii|yi)$", re.IGNORECASE)  # -yi: Ukrainian -ський (Novynskyi)
# A Ukrainian or Russian adjective in -овий/-овой romanized (Khvylovy, Khvylovyi), which MT declines with Polish
# endings after the v (Khvylovego) or Russian ones (Khvylovogo).
_ROMANIZED_OV_ADJECTIVE = re.compile(r"(ov|ev)(?:y|yi|oy)$", re.IGNORECASE)
_ROMANIZED_FEMININE = re.compile(r"[oe]va$|skaya$", re.IGNORECASE)


def _with_russian_endings(word: str, paradigm: Paradigm) -> Paradigm:
    """A romanized Russian surname's ``paradigm`` plus the Russian endings it is often written with."""
    endings: dict[str, tuple[str, ...]] = {}
    adjectival = False
    if (adjective := _ROMANIZED_ADJECTIVE.search(word)):
        stem = word[: adjective.start(1) + len(adjective.group(1))]
        # Russian endings, and Polish ones on the English spelling (Khodorkovskiego, Dzerzhinskiemu).
        endings = {"gen": ("ogo", "iego"), "dat": ("omu", "iemu"), "acc": ("ogo", "iego"), "ins": ("im", "ym"), "loc": ("om", "im")}
    elif (adjective := _ROMANIZED_OV_ADJECTIVE.search(word)):
        stem = word[: adjective.start(1) + 2]
        endings = {"gen": ("ogo", "ego"), "dat": ("omu", "emu"), "acc": ("ogo", "ego"), "ins": ("ym",), "loc": ("om", "ym")}
    elif (feminine := _ROMANIZED_FEMININE.search(word)):
        adjectival = feminine.group().lower() == "skaya"  # Tikhanovskaya: Tikhanovskoy, Tikhanovskuyu
        stem = word[:-3] if adjectival else word[:-1]
        oblique = ("oy", "oj")
        endings = {"gen": oblique, "dat": oblique, "acc": ("uyu", "uju") if adjectival else ("u",), "ins": oblique, "loc": oblique}
    merged = {case: list(forms) for case, forms in paradigm.items()}
    for case, variants in endings.items():
        forms = merged.setdefault(case, [])
        forms.extend(stem + ending for ending in variants if stem + ending not in forms)
    if adjectival:
        # And a Polish adjective's endings on all the letters before its -a, the y kept (Gulevskaya: z Gulevskayą,
        # wobec Gulevskayej), as a draft declines the English spelling it was given.
        for case, ending in {"gen": "ej", "dat": "ej", "acc": "ą", "ins": "ą", "loc": "ej"}.items():
            if (form := word[:-1] + ending) not in merged.setdefault(case, []):
                merged[case].append(form)
    return merged


def _polish_genitive_tail(words: list[str]) -> int | None:
    """The position of a Polish name's last word when it is a common noun's genitive after another noun (Rezerwat
    Biosfery, Pałac Kultury, Plac Zbawiciela): the genitive belongs to that noun and stays in every case. None when
    Morfeusz reads the last word as a nominative singular too (Góra Kalwaria: both decline) or as an adjective, or
    the word before it as no noun (Wielkie Jeziora: the plural agrees with its adjective)."""
    if len(words) < 2 or not words[-1][:1].isupper():
        return None

    def readings(word: str) -> list[list[str]]:
        return [[lemma, *tag.split(":")] for _, _, (_, lemma, tag, _, _) in lexicon.morfeusz().analyse(word.lower())]

    last, before = readings(words[-1]), readings(words[-2])
    # A common noun's genitive only: a place's may be an adjective's homograph (Stanica Ługańska: Ługańsk's genitive).
    genitive = any(lemma[:1].islower() and parts[0] == "subst" and "gen" in parts[2].split(".") for lemma, *parts in last if len(parts) > 2)
    nominative = any(parts[0] in ("subst", "adj") and (parts[1] == "sg" and "nom" in parts[2].split(".") or parts[0] == "adj")
                     for _, *parts in last if len(parts) > 2) or _PL_SK_ADJECTIVE.search(words[-1].lower())
    noun_before = any(parts[:2] == ["subst", "sg"] and "nom" in parts[2].split(".") for _, *parts in before if len(parts) > 2) \
        and not any(parts[0] == "adj" for _, *parts in before)
    return len(words) - 1 if genitive and not nominative and noun_before else None


def _fixed_prepositional_tail(words: list[str]) -> int | None:
    """The position of the preposition in a Polish place name of the form "X nad Y" (Białogród nad Dniestrem,
    Nowe Miasto nad Pilicą, Kamień pod Tarnowem), where a capitalised word follows it; else None."""
    return next((position for position in range(1, len(words) - 1)
                 if words[position] in _pl_place_prepositions() and words[position + 1][:1].isupper()), None)


def inflect(
    text: str,
    lang: str,
    *,
    animate: bool = False,
    explicit: dict[str, str] | None = None,
    word_forms: dict[str, dict[str, str]] | None = None,
    extra_langs: tuple[str, ...] = (),
    wrong: bool = False,
    stressed_adjective: bool | None = None,
) -> list[tuple[str, str]]:
    """``(case, form)`` pairs for ``text``; the first pair of each case is the canonical form.

    ``explicit`` overrides whole-term forms; ``word_forms`` overrides single words of a multi-word
    term (the surname's declension applies inside the full name). ``extra_langs`` adds the forms
    other languages' paradigms would give, for ``wrong`` spellings that carry a foreign ending.
    ``stressed_adjective`` says whether a Belarusian place's adjective stresses its ending where no letter shows it.
    """
    words = text.split()
    if lang == "pl" and not animate and (at := _fixed_prepositional_tail(words) or _polish_genitive_tail(words)):
        # A place named for what it lies by (Białogród nad Dniestrem, Frankfurt nad Odrą) declines the words before
        # the preposition alone; the phrase after it stays as it is (z Białogrodu nad Dniestrem, not nadu Dniestru).
        # So does one whose last word is its noun's genitive (Berezyński Rezerwat Biosfery: w Berezyńskim Rezerwacie
        # Biosfery, not Biosferach). Explicit forms still come first.
        head, phrase = " ".join(words[:at]), " ".join(words[at:])
        explicit_pairs = [(case, form) for case in CASES for form in (explicit or {}).get(case, "").split("/") if form]
        return list(dict.fromkeys([*explicit_pairs, *((case, f"{form} {phrase}") for case, form
                                                      in inflect(head, lang, word_forms=word_forms, extra_langs=extra_langs, wrong=wrong))]))
    langs = (lang, *extra_langs)
    paradigms = [(animate and position < len(words) - 1 and word not in (word_forms or {}) and _double_given_name(word, langs, wrong))
                 or _merged_paradigm(word, langs, animate, (word_forms or {}).get(word), wrong, given=animate and position < len(words) - 1)
                 for position, word in enumerate(words)]
    if lang == "be" and animate and not wrong and len(words) > 1 and words[-1] not in (word_forms or {}) \
            and re.search(r"[^аеёіоуыэюя]я$", words[-1].lower()) and lexicon.belarusian_mans_first_name(words[0]):
        # A man's first name says whose the surname in -я is (Васіль Нябензя: Васілю Нябензю, not a woman's Нябензі).
        paradigms[-1] = {"nom": [words[-1]]} | {case: [form] for case, form in mans_surname_in_a(words[-1], lang).items()}
    if animate:
        # A word before the surname that is no first name and declines in no reading is no first name to decline
        # (Супер Марыё: на Супер Марыё, not Супера); a wrong spelling keeps the forms a draft may have given it too.
        paradigms[:-1] = [(_with_all_forms(_indeclinable(word), paradigm) if wrong else _indeclinable(word))
                          if lexicon.indeclinable_before_a_name(word, lang) else paradigm
                          for word, paradigm in zip(words, paradigms[:-1])]
    if animate and len(words) > 2 and all(word.lower() in _SPELLED_LETTERS for word in words[:-1]):
        # A first name spelled as letters (Джей Ді: JD) is an initialism, which does not decline (з Джей Ді Венсом);
        # a wrong spelling keeps the forms a draft may have given it too.
        paradigms[:-1] = [_with_all_forms(_indeclinable(word), paradigm) if wrong else _indeclinable(word)
                          for word, paradigm in zip(words, paradigms[:-1])]
    if not animate and not word_forms:
        attributes = [_attributive(word, lang, words[-1], stressed_adjective) for word in words[:-1]]
        if lang == "pl" and len(words) == 2 and attributes[0] and words[0].lower().endswith("a") \
                and (_attributive(words[1], lang) or words[1].lower().endswith(("ska", "cka", "dzka"))) \
                and _pl_place_declined_as_a_noun(words[0]):
            # A place Morfeusz knows by the first word, before an adjective, is that place's noun (Wola Ostrowiecka, Ruda
            # Śląska: w Woli Ostrowieckiej, z Rudy Śląskiej), not the adjective it may also read as (woli, rudy: Wolej).
            # A first word Morfeusz declines as an adjective (Nowa, Stara: Nowej) is the adjective of the noun after it,
            # however that noun may read too (Nowa Wola, Nowa Ruda: w Nowej Woli, Nowej Rudzie, never Wolej, Rudej).
            attributes[0] = None
        # A wrong spelling's adjective keeps the other languages' endings too (be text's Russian Минской):
        # recognised in a draft, never written.
        paradigms[:-1] = [(_with_all_forms(attribute, paradigm) if wrong else attribute) if attribute else paradigm
                          for attribute, paradigm in zip(attributes, paradigms[:-1])]
        if lang == "be" and attributes and attributes[-1] and words[-2].lower().endswith(("ыя", "ія")) \
                and words[-1].lower().endswith(("ы", "і")):
            # A plural adjective tells its noun is a plural: its dative, instrumental and locative are a plural's
            # (Мазурскія азёры: у Мазурскіх азёрах; Вялікія Лукі: Вялікім Лукам), not the indeclinable or singular the
            # rules may take the word for; its genitive goes by the stress or drops an ending (Лук), which no letter shows,
            # but hunspell-be spells it for a common noun's plural (Старыя Дарогі: Старых Дарог; Гарышнія Плаўні: Гарышніх Плаўняў).
            paradigms[-1] = _belarusian_plural_noun(words[-1])
        if lang == "be" and len(words) == 2 and words[0].lower().endswith(("ы", "і")) and words[1].lower().endswith(("ыя", "ія")):
            # So does one after a noun in -ы, -і (Дубічы Царкоўныя: у Дубічах Царкоўных, пад Дубічамі Царкоўнымі): the noun is
            # a plural, not the masculine adjective the rules take a first word in -ы for (Дубічым), and the adjective a
            # plural's, not the feminine its -ыя may read as (Царкоўныю). Its genitive as above: hunspell-be's for a common
            # noun's plural (Дарогі Старыя: Дарог Старых), else none, which the noun's stress or usage decides.
            paradigms = [_belarusian_plural_noun(words[0]), _be_plural_adjective(words[1])]
        if lang in ("ru", "uk") and len(words) > 1 and _plural_adjective(words[-2], lang) \
                and (plural := _plural_noun_in_a(words[-1], lang, paradigms[-1])):
            # So in Russian and Ukrainian: a noun in -а after a plural adjective is a plural, a neuter's (Великие Будища,
            # Великі Будища: Великих Будищ, у Великих Будищах), not the feminine singular the rules or the dictionary's
            # other word take it for (Будищу, Будищі).
            paradigms[-1] = plural
        if attributes and attributes[-1] and len(words[-1]) < 3 and words[-1][-1:].lower() in _RU_CONSONANTS and lang in ("be", "ru"):
            # A noun after its adjective is a word, not an acronym, however short: it declines (Часавым Ярам). (Not
            # Ukrainian's, whose genitive -а or -у no rule knows: Часового Яру.)
            paradigms[-1] = _RULES[lang](words[-1], False)
        if lang == "pl" and len(words) == 2 and attributes[0] and words[1].lower().endswith(("ska", "cka", "dzka")) \
                and not _attributive(words[1], lang):
            # After its adjective, a last word in -ska, -cka that is no adjective (neither Morfeusz's nor one made with
            # -sk-, -ck- after a stem of three letters) is the noun the adjective agrees with (Mała Wyska: z Małej Wyski,
            # w Małej Wysce), not the woman's surname or adjective the rules take an -ska for (Wyskiej).
            paradigms[1] = _pl_noun_in_a(words[1])
        if lang == "pl" and len(words) == 2 and not attributes[0] and words[0][-1:].lower() not in "iy" \
                and (adjective := _attributive(words[1], lang)):
            # A noun before its adjective (Brzostowica Wielka, Wola Wielka): the adjective declines as one
            # (Brzostowicy Wielkiej), not as the noun the rules take it for (Wielce). (Not after a first word in -i, -y,
            # a Ukrainian plural adjective no rule knows: Horiszni Pławni, not Horiszni Pławnim.)
            paradigms[1] = adjective
        if lang == "pl" and len(words) == 2 and not attributes[0] and words[1].lower().endswith("e") \
                and _attributive(words[1], lang) and (noun := _pl_neuter_common_noun(words[0])):
            # A neuter common noun before an adjective in -e (Morze Kaspijskie, Jezioro Bodeńskie) makes the adjective a
            # neuter singular, not the plural its -e may be: nad Morzem Kaspijskim, Jeziora Bodeńskiego (Morfeusz's noun).
            paradigms = [noun, _pl_neuter_adjective(words[1])]
        if lang == "pl" and len(words) == 2 and attributes[0] and words[0].lower().endswith("e") \
                and (noun := _pl_neuter_common_noun(words[1])):
            # So after it: a noun Morfeusz knows only as a neuter singular (Oko, Miasto, Pole; never a plural's nominative,
            # as Błota, Łuki are) makes the adjective in -e before it a neuter singular too: nad Morskim Okiem, do Morskiego
            # Oka, w Starym Mieście, not the nominative left for want of a number.
            paradigms = [_pl_neuter_adjective(words[0]), noun]
        if lang == "pl" and len(words) == 2 and attributes[0] and not paradigms[1].get("gen") \
                and (noun := _pl_common_noun_ending(words[1], whole=True)):
            # A place named by an adjective and a masculine common noun is that noun (Nowy Targ: Nowego Targu, as
            # targ, targu), whose genitive -u or -a no rule knows.
            paradigms[1] = paradigms[1] | noun
        if lang == "pl" and len(words) == 2 and not attributes[0] and words[1].lower().endswith("e") \
                and (_PL_PLURAL_NOUN.search(words[0].lower()) or _pl_neuter_plural_in_a(words[0], paradigms[0])) \
                and lexicon.adjective_reading(words[1].lower(), lang):
            # A plural noun before its adjective in -e (Mosty Wielkie, Górki Wielkie; a neuter's -a that Morfeusz declines
            # as a plural: Łaziska Górne) tells the adjective is a plural too: w Mostach Wielkich, z Mostów Wielkich, w
            # Łaziskach Górnych, never the neuter place Morfeusz knows by the adjective alone (Wielkie: w Wielkiem;
            # Górne: Górnego). The genitive is written only where the noun's own is sure (Mostów, Górek, Łazisk).
            plural = paradigms[0] if all(form.endswith("ach") for form in paradigms[0].get("loc") or ["-"]) \
                else _pl_plural_noun(words[0])
            paradigms = [plural, _pl_plural_adjective(words[1])]
        if lang == "pl" and len(words) == 2 and attributes[0] and words[0].lower().endswith("e") \
                and _PL_PLURAL_NOUN.search(words[1].lower()):
            # The noun's plural (Łuki, Drogi, Wody) tells the adjective in -e is a plural too, not a neuter: w Wielkich
            # Łukach, Starym Drogom. Both decline regularly but for the genitive, where a place may keep a bare one
            # (Wielkich Łuk, not łuków): that one only the termbase gives.
            paradigms = [_pl_plural_adjective(words[0]), _pl_plural_noun(words[1])]
        if lang == "be" and len(words) > 1 and words[-2].lower().endswith(("ае", "яе")) and words[-1].lower().endswith("а") \
                and any(form.endswith(("ага", "яга")) for form in paradigms[-2].get("gen", ())):
            # A neuter adjective tells the noun in -а it agrees with is neuter (Каспійскае мора: Каспійскага мора, у
            # Белым возеры), not the feminine the rules take it for (Каспійскага моры, a locative).
            paradigms[-1] = {"nom": [words[-1]]} | {case: [form] for case, form in belarusian_neuter(words[-1]).items()}
        feminine = any(_feminine_adjective(word, other, bool(attribute) and other == lang)
                       for attribute, word in zip(attributes, words) for other in (langs if wrong else (lang,)))
        # (A wrong spelling's noun with the other languages' endings too: uk text's Russian Казачьей Лопани.)
        softs = [soft for other in (langs if wrong else (lang,)) if (soft := soft_place_forms(words[-1], other, "femn"))]
        if feminine and not _PL_ALTERNATING_VOWEL.search(words[-1].lower()) and softs:
            # A feminine adjective tells the gender of the noun it agrees with: one in a soft consonant no
            # dictionary knows declines as a feminine (Савецкая Гавань: Савецкай Гавані; Sowiecka Gawań: Sowieckiej
            # Gawani; Казачья Лопань: Казачьей Лопани, Козача Лопань: Козачої Лопані); not a Polish one whose last vowel
            # may drop or change (Stara Wieś: Starej Wsi; Łódź: Łodzi), nor a Ukrainian one whose і may alternate (сіль:
            # солі: soft_place_forms leaves it unsure).
            paradigms[-1] = {"nom": [words[-1]]}
            for soft in softs:
                paradigms[-1] = _with_all_forms(paradigms[-1], {case: [form] for case, form in soft.items()})
        elif lang == "pl" and feminine and words[-1][-1:].lower() not in "aeiouyąę" \
                and not all(form.endswith(("i", "y")) for form in paradigms[-1].get("gen") or ["-"]):
            # A feminine noun in a consonant (Biała Cerkiew: Cerkwi) is no rule's: the rules' endings are a masculine's;
            # Morfeusz's feminine ones (genitive -i, -y) stand (Nowa Przystań: Nowej Przystani).
            paradigms[-1] = {"nom": [words[-1]], "acc": [words[-1]]}
    if not animate and len(words) == 1 and explicit and plural_genitive(text, explicit.get("gen", "").split("/")[0]):
        # A bare or plural genitive the termbase gives (Мачулищ, Крупак, Krupek) says the place is plural-only: its
        # other cases are a plural's (в Мачулищах, у Крупках), not the singular or indeclinable word the rules take it for.
        paradigms = [{case: forms for case, forms in plural_place_forms(text, lang).items() if case != "gen"}]
    elif not animate and len(words) == 1 and explicit and lang == "pl" and explicit.get("loc", "").split("/")[0] == text[:-1] + "ach":
        # So does a Polish plural's locative in -ach (a note's "plural": Szeginie, w Szeginiach), not the singular the rules
        # take it for (Szeginiu); a plural genitive the rules give stays (Wasilewicze: z Wasilewicz).
        genitives = [form for form in paradigms[0].get("gen", []) if plural_genitive(text, form)]
        paradigms = [{case: forms for case, forms in plural_place_forms(text, lang).items() if case != "gen"}
                     | ({"gen": genitives} if genitives else {})]
    if not animate and len(words) == 1 and explicit and lang in ("pl", "ru", "uk") \
            and (dropped := place_on_dropped_vowel(text, lang, explicit.get("gen", "").split("/")[0])):
        paradigms = [dropped]
    if not animate and not wrong and len(words) == 1 and lang in ("ru", "uk") and explicit and {"gen", "dat", "ins", "loc"} & set(explicit) \
            and all(form == text for value in explicit.values() for form in value.split("/")):
        # A place whose every listed form is its nominative (ru Лешно: gen=Лешно; loc=Лешно) does not decline in the
        # termbase's usage: no rule's declined variant of it (Лешна) is its form. (A wrong spelling keeps the rules'
        # forms a draft may give it: Шауляя.)
        paradigms = [_indeclinable(text)]
    pairs: list[tuple[str, str]] = []
    explicit = _with_animate_accusative(explicit, text, animate) if explicit else explicit
    for case in CASES:
        if explicit and case in explicit:
            pairs.extend((case, form) for form in explicit[case].split("/"))  # alternatives: gen=Жодина/Жодино
        # Every combination of the words' variants: a wrong full name may mix endings. A right term's form with letters its
        # language cannot have (Belarusian, Russian ы after a vowel; Polish sź, cź) is no form a rule is sure of: not written.
        impossible = None if wrong else _IMPOSSIBLE_LETTERS.get(lang)
        forms = (" ".join(combination) for combination in product(*(p.get(case, []) for p in paradigms)))
        pairs.extend((case, form) for form in forms if not (impossible and impossible.search(form)))
    return list(dict.fromkeys(pairs))


def _declined_before_its_adjective(word: str, last: str, lang: str) -> bool:
    """True when the first part of a hyphenated place in -а is a noun its adjective agrees with, so both decline: a
    Russian full adjective after it (Рава-Русская, Гута-Пеняцкая: -ая, no transcription's ending, unlike Бяла-Подляска),
    or a Ukrainian place the dictionary knows as a noun (Рава-Руська); a Ukrainian -ська may transcribe a foreign
    adjective (Бяла-Підляська), whose first part stays."""
    lower = last.lower()
    if lang == "ru":
        return lower.endswith("кая") or lower.endswith(("ая", "яя")) and any(
            p.is_known and p.tag.POS == "ADJF" and p.tag.gender == "femn" and p.tag.case == "nomn" for p in lexicon.pymorphy(lang).parse(lower))
    return lower.endswith(("ська", "цька", "зька")) and lexicon.known_nominative(word, lang)  # (not Санта-Барбара)


def _plural_adjective(word: str, lang: str) -> bool:
    """True when the ru or uk dictionary knows ``word`` as a plural adjective's nominative (Великие, Великі, Верхні)."""
    return any(p.is_known and p.tag.POS == "ADJF" and p.tag.number == "plur" and p.tag.case == "nomn"
               for p in lexicon.pymorphy(lang).parse(word.lower()))


# A neuter's suffix -ищ- (городище, селище, Будище): its genitive plural is bare (городищ, Великих Будищ).
_NEUTER_IN_ISHCH = re.compile(r"[^аеёиіїоуыэюяє]ища$")


def _plural_noun_in_a(word: str, lang: str, paradigm: Paradigm) -> Paradigm | None:
    """The forms of a capitalised noun in -а after a plural adjective, which is a plural (a neuter's: Будища, Озёра):
    the dictionary's plural where it knows one (Озёр), else its dative, instrumental and locative (Будищам, Будищами,
    Будищах), its accusative the nominative, and a genitive only where the suffix -ищ- shows it bare (Будищ); a
    plural in -а may be a masculine's too (Берега: Берегов). None for another word, or one whose forms already are a
    plural's."""
    if not word[:1].isupper() or not word.lower().endswith("а") or word[-2:-1].lower() in lexicon.VOWELS \
            or any(form.lower().endswith(("ам", "ям")) for form in paradigm.get("dat", ())):
        return None
    plural = plural_place_forms(word, lang)
    known = [p for p in lexicon.pymorphy(lang).parse(word.lower())
             if p.is_known and p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn" and "anim" not in p.tag.grammemes]
    genitives = {inflected.word for p in known if (inflected := p.inflect({"gent", "plur"}))}
    if len(genitives) == 1:
        plural["gen"] = [copy_letter_case(word, genitives.pop())]
    elif not known and _NEUTER_IN_ISHCH.search(word.lower()):
        plural["gen"] = [word[:-1]]
    return plural


def _feminine_adjective(word: str, lang: str, attributive: bool) -> bool:
    """True when ``word`` before a place's noun is a feminine adjective of ``lang``: one the rules decline as an
    ``attributive`` or the dictionary reads as an adjective (Казачья, Козача), or any Belarusian -ая."""
    lower = word.lower()
    return lower.endswith(_FEMININE_ADJECTIVE_ENDINGS.get(lang, ())) and (
        attributive or lang == "be" or lang in ("ru", "uk") and lexicon.adjective_reading(lower, lang))


# The endings of a feminine adjective (Савецкая, Козача, Казачья, Sowiecka; be any -а, -я of a first word).
_FEMININE_ADJECTIVE_ENDINGS = {"be": ("a", "ая"), "pl": ("a",), "ru": ("ая", "яя", "ья"), "uk": ("а", "я")}
_IMPOSSIBLE_LETTERS = {"be": re.compile(r"[аеёіоуэюя]ы", re.IGNORECASE), "ru": re.compile(r"[аеёиоуэюя]ы", re.IGNORECASE),
                       "pl": re.compile(r"[sc]ź", re.IGNORECASE)}


# English letter names as Cyrillic spells them: a first name of only these spells initials (JD: Джей Ді).
_SPELLED_LETTERS = frozenset({"эй", "ей", "эйч", "ейч", "би", "бі", "сі", "си", "ди", "ді", "дзі", "джей", "джэй", "кей", "кэй",
                              "эл", "ел", "эм", "ем", "эн", "ен", "пи", "пі", "ти", "ті", "эс", "ес", "эф", "еф"})


def _russian_neuter_place(word: str) -> Paradigm:
    """A Russian place in -ино, -ово, -ево declined as the neuter noun it is (Тёткино: из Тёткина, под Тёткином, в
    Тёткине)."""
    return _paradigm(word, word[:-1], {"gen": "а", "dat": "у", "ins": "ом", "loc": "е"})


def _feminine_common_noun(word: str, lang: str) -> bool:
    """True when the ru or uk dictionary knows ``word`` as a feminine common noun's nominative (середина, гора)."""
    return any(p.is_known and p.tag.POS == "NOUN" and p.tag.gender == "femn" and p.tag.case == "nomn" and p.tag.number != "plur"
               and not lexicon.NAME_TAGS & p.tag.grammemes and p.normal_form == word.lower()
               for p in lexicon.pymorphy(lang).parse(word.lower()))


def _double_given_name(word: str, langs: tuple[str, ...], wrong: bool) -> Paradigm | None:
    """The forms of a double first name whose first part ends in a consonant: its last part alone
    declines (Касым-Жамарт: Касым-Жамарта; Жан-Поль: Жан-Поля); None for any other word. Polish
    declines both parts (Frank-Walter: Frankiem-Walterem), so a case either part is unsure of is missing."""
    head, _, last = word.rpartition("-")
    if not head or head[-1:].lower() in lexicon.VOWELS or not last[:1].isupper():
        return None
    if langs[0] == "pl":
        parts = [_merged_paradigm(part, langs, True, None, wrong, given=True) for part in (head, last)]
        return _joined(*parts)
    return {case: [f"{head}-{form}" for form in forms]
            for case, forms in _merged_paradigm(last, langs, True, None, wrong, given=True).items() if forms}


def _attributive(word: str, lang: str, noun: str = "", stressed: bool | None = None) -> Paradigm | None:
    """The forms of an adjective before a place's noun, declined as an adjective and not as the noun
    the rules would take it for (Niżny Nowogród: w Niżnym, not Niżnach; Biała, not Biały); a Polish -ski, -cki, -dzki word
    Morfeusz lacks is one by its suffix (Berezinski, Bodenskie: a draft's spellings). A Belarusian plural adjective declines as one before a
    plural noun in -ы, -і (Вялікія Лукі: у Вялікіх Луках), else keeps only its nominative and accusative. pl (an
    adjective Morfeusz knows), be; None otherwise. ``stressed`` says whether a Belarusian adjective's ending is
    stressed where its spelling does not (see belarusian_adjective_stressed_by_russian)."""
    lower = word.lower()
    if lang == "be" and lower.endswith(("ыя", "ія")):
        return _be_plural_adjective(word) if noun.lower().endswith(("ы", "і")) else {"nom": [word], "acc": [word]}
    if lang == "be" and lower.endswith("ы") and len(word) > 3:  # Чырвоны Бор: Чырвонага Бора; Новы Урэнгой: Новага
        if stressed is None:
            stressed = lexicon.belarusian_adjective_stressed_ending(word)
        return _be_masculine_adjective(word, animate=False, stressed=stressed)
    if lang == "be" and _RUSSIAN_HARD_ADJECTIVE.search(lower):
        # A Russian or Ukrainian spelling's adjective, which Belarusian never writes (-ый, -ой, -кий): MT gives its stem
        # the Belarusian endings (Мэр Новага Роздола, Старога Самбора), stressed or not; found in a draft, never written.
        stem = word[:-2]
        return {"nom": [word], "gen": [stem + "ага", stem + "ога"], "dat": [stem + "аму", stem + "ому"], "acc": [word],
                "ins": [stem + "ым"], "loc": [stem + "ым"]}
    if lang == "be" and re.search(r"[^аеёіоуыэюяў'’]яя$", lower):
        # A soft adjective (Верхняя, Ніжняя, Сіняя) is stressed on its stem, so its oblique ending is -яй, its accusative
        # -юю (Верхняй Сыраваткі, пад Верхняй Сыраваткай, у Верхнюю Сыраватку), as hunspell-be declines верхні, ніжні.
        oblique = word[:-2] + "яй"
        return {"nom": [word], "gen": [oblique], "dat": [oblique], "acc": [word[:-2] + "юю"], "ins": [oblique], "loc": [oblique]}
    if lang == "be" and lower.endswith("ая") and not _BE_STRESSED_ONLY.search(lower[:-2]):
        # Its oblique ending is -ай unstressed (Новай Кахоўкі: о is written under stress alone), -ой
        # stressed (Старой Русы), and no written letter tells which: only the accusative -ую is sure,
        # unless it is made with -ск- and the Russian dictionary's masculine shows the stress (беловежский:
        # Белавежскай; городской: Гарадской), as -ск- adjectives stress the same syllable in both.
        # Else Belarusian spelling shows the stress where hunspell-be knows the adjective (вялікай, маладой: Вялікай
        # Багачкі, Маладой Гвардыі).
        if stressed is None and lower.endswith(("ская", "цкая", "зкая")):
            stressed = lexicon.russian_stressed_ending(word)
        if stressed is None:
            stressed = lexicon.belarusian_adjective_stressed_ending(word)
        if stressed is None:
            return {"nom": [word], "acc": [word[:-2] + "ую"]}
        oblique = word[:-2] + ("ой" if stressed else "ай")
        return {"nom": [word], "gen": [oblique], "dat": [oblique], "acc": [word[:-2] + "ую"], "ins": [oblique], "loc": [oblique]}
    if lang in ("ru", "uk") and len(word) > 4 and re.search(r"(?:[оеёії]в|[иы]н)$", lower) \
            and not re.search(r"(?:[ыиоі]й|ая)$", noun.lower()):
        # A possessive adjective before the place's noun (Сергиев Посад, Павлов Посад; not a noun before its adjective:
        # Ростов Великий): Russian declines it short, but for -ым, -ом (под Сергиевым Посадом, в Сергиевом Посаде);
        # Ukrainian in full past the nominative, і alternating with о, ї with є (у Сергієвому Посаді).
        if lang == "ru":
            return _paradigm(word, word, {"gen": "а", "dat": "у", "acc": None, "ins": "ым", "loc": "ом"})
        stem = word[:-2] + {"ів": "ов", "їв": "єв"}.get(lower[-2:], lower[-2:]) if lower.endswith(("ів", "їв")) else word
        return _paradigm(word, stem, {"gen": "ого", "dat": "ому", "acc": None, "ins": "им", "loc": ("ому", "ім")})
    if lang == "be" and len(word) > 4 and re.search(r"[аоеё]ў$", lower) and not re.search(r"(?:[ыіо]|ая)$", noun.lower()):
        # So too a Belarusian one in -ў, its в back before an ending: short but for -ым, in the locative as well
        # (Часаў Яр: Часава Яра, пад Часавым Ярам, у Часавым Яры), never a noun's -ам (Часавам).
        return _paradigm(word, word[:-1] + "в", {"gen": "а", "dat": "у", "acc": None, "ins": "ым", "loc": "ым"})
    if lang == "uk" and lower.endswith(("а", "ий", "е")) and lexicon.adjective_reading(lower, lang):
        # A Ukrainian adjective, which the dictionary may read as a noun first (Ясна Поляна: ясна, gums: Ясен); its
        # locative -ому before the older -ім (у Малому Тростенці).
        if lower.endswith("а"):
            return _paradigm(word, word[:-1], {"gen": "ої", "dat": "ій", "acc": "у", "ins": "ою", "loc": "ій"})
        stem = word[:-2] if lower.endswith("ий") else word[:-1]
        return _paradigm(word, stem, {"gen": "ого", "dat": "ому", "acc": None, "ins": "им", "loc": ("ому", "ім")})
    if lang != "pl" or not (lexicon.adjective_reading(lower, lang) or _PL_SK_ADJECTIVE.search(lower)):
        return None
    if lower.endswith("e"):  # plural (Wielkie Łuki, Stare Drogi) or neuter (Stare Miasto): no letter tells
        return {"nom": [word], "acc": [word]}
    if lower.endswith(("y", "i")):
        base = word[:-1] if lower.endswith("y") else word  # Niżny -> Niżnego, Wielki -> Wielkiego
        return {"nom": [word], "gen": [base + "ego"], "dat": [base + "emu"], "acc": [word],
                "ins": [word + "m"], "loc": [word + "m"]}
    if lower.endswith("a"):
        return {"nom": [word]} | {case: [form] for case, form in polish_feminine_adjective(word).items()}
    return None


_PL_PLURAL_NOUN = re.compile(r"(?:[kg]i|[^aąeęioóuy]y)$")
# A Polish adjective's -ski, -cki, -dzki suffix in its masculine, feminine or neuter (Berezinski, Bodenskie, Czudzkie), after a stem.
_PL_SK_ADJECTIVE = re.compile(r"\w{3}(?:[sc]|dz)k(?:i|a|ie)$")


def _belarusian_plural_noun(word: str) -> Paradigm:
    """The forms of a Belarusian place's plural noun in -ы, -і beside its plural adjective (Старыя Дарогі, Дубічы
    Царкоўныя): a plural-only place's (Дарогам, у Дубічах), with the genitive only where hunspell-be spells one for
    the common noun's plural (Дарог: :func:`lexicon.belarusian_plural_noun_genitive`); a place's own goes by usage."""
    paradigm = plural_place_forms(word, "be")
    if genitive := lexicon.belarusian_plural_noun_genitive(word):
        paradigm["gen"] = [copy_letter_case(word, genitive)]
    return paradigm


def _be_plural_adjective(word: str) -> Paradigm:
    """A Belarusian plural adjective in -ыя, -ія before its plural noun (Вялікія, Мазурскія): Вялікіх, Вялікім, Вялікімі;
    an inanimate's accusative, its nominative. (The place's genitive is written only where its noun's own is sure.)"""
    stem, vowel = word[:-2], word[-2]
    return {"nom": [word], "gen": [stem + vowel + "х"], "dat": [stem + vowel + "м"], "acc": [word],
            "ins": [stem + vowel + "мі"], "loc": [stem + vowel + "х"]}


def _pl_plural_adjective(word: str) -> Paradigm:
    """A Polish plural adjective in -e (Stare, Wielkie, Tanie): Starych, Starym, Starymi. (Its genitive is written
    with its noun's alone, where that is sure.)"""
    soft = word.lower().endswith("ie")
    stem, vowel = (word[:-2], "i") if soft else (word[:-1], "y")
    return {"nom": [word], "gen": [stem + vowel + "ch"], "dat": [stem + vowel + "m"], "acc": [word], "ins": [stem + vowel + "mi"],
            "loc": [stem + vowel + "ch"]}


def _pl_neuter_adjective(word: str) -> Paradigm:
    """A Polish neuter singular adjective in -e (Kaspijskie, Czarne): Kaspijskiego, Kaspijskiemu, Kaspijskim."""
    stem = word[:-1]
    return {"nom": [word], "gen": [stem + "ego"], "dat": [stem + "emu"], "acc": [word],
            "ins": [stem + ("m" if word.lower().endswith("ie") else "ym")], "loc": [stem + ("m" if word.lower().endswith("ie") else "ym")]}


def _pl_neuter_common_noun(word: str) -> Paradigm | None:
    """The singular forms of a capitalised Polish word that Morfeusz knows only as a neuter common noun in the
    singular nominative (Morze, Jezioro, Pole: Morza, Morzu, Morzem), in the word's letter case; else None."""
    lower = word.lower()
    # (A homonym's lemma carries its sense after a colon: oko:Sn_col, oko:Sn_ncol, both the eye's singular.)
    readings = [tag.split(":") for _, _, (_, lemma, tag, _, _) in lexicon.morfeusz().analyse(lower) if lemma.split(":")[0] == lower]
    if not any(parts[:2] == ["subst", "sg"] and "nom" in parts[2].split(".") and parts[3] == "n" for parts in readings) \
            or any(parts[0] == "subst" and parts[1] == "pl" and "nom" in parts[2].split(".") for parts in readings):
        return None
    forms: Paradigm = {}
    for form, lemma, tag, _, _ in lexicon.morfeusz().generate(lower):
        parts = tag.split(":")
        if lemma.split(":")[0] != lower or parts[:2] != ["subst", "sg"] or parts[3] != "n":
            continue
        for case in parts[2].split("."):
            case = _PL_CASES.get(case, case if case in ("nom", "acc") else None)
            if case and copy_letter_case(word, form) not in forms.setdefault(case, []):
                forms[case].append(copy_letter_case(word, form))
    return forms if all(case in forms for case in CASES) else None


def _pl_neuter_plural_in_a(word: str, paradigm: Paradigm) -> bool:
    """True for a Polish word in -a whose forms are a plural's (Łaziska, Budziska, Bagna: Łaziskach, Budziskom), not the
    feminine singular another word in -a is (Ruda, Wola: Rudzie, Woli)."""
    locatives = paradigm.get("loc") or []
    return word.lower().endswith("a") and bool(locatives) and all(form.endswith("ach") for form in locatives) \
        and all(form.endswith("om") for form in paradigm.get("dat") or ["-"])


def _pl_plural_noun(word: str) -> Paradigm:
    """A Polish plural noun in -y or -ki/-gi (Drogi, Łuki, Wody), but for its genitive: Drogom, Drogami, Drogach."""
    stem = word[:-1]
    return {"nom": [word], "dat": [stem + "om"], "acc": [word], "ins": [stem + "ami"], "loc": [stem + "ach"]}


def _pl_place_declined_as_a_noun(word: str) -> bool:
    """True when Morfeusz 2 knows ``word`` as a place it declines as a noun (Wola: Woli; Ruda: Rudy), not as the
    feminine adjective it is (Nowa, Stara: Nowej, Starej)."""
    known = lexicon.polish_forms(word, animate=False)
    return bool(known) and polish_feminine_adjective(word)["gen"] not in known.get("gen", [])


def polish_feminine_adjective(word: str) -> dict[str, str]:
    """The oblique forms of a Polish feminine adjective in -a (Biała: Białej, Białą; Wysoka: Wysokiej)."""
    oblique, instrumental = word[:-1] + ("iej" if word.lower().endswith(("ka", "ga")) else "ej"), word[:-1] + "ą"
    return {"gen": oblique, "dat": oblique, "acc": instrumental, "ins": instrumental, "loc": oblique}


def polish_neuter_adjective(word: str) -> dict[str, str]:
    """The oblique forms of a place named by a Polish neuter adjective in -e, with the -em place names keep in
    the instrumental and locative (Krugłe: Krugłego, w Krugłem; Wysokie: Wysokiego, w Wysokiem)."""
    stem = word[:-1]
    if word.lower().endswith(("ke", "ge")):
        # A transcribed -ske (Honczariwske, for Гончарівське) is the -skie adjective: Polish writes the i before every
        # ending of a k or g (Honczariwskiego, Honczariwskiemu, w Honczariwskim), never Honczariwskego.
        stem += "i"
        return {"gen": stem + "ego", "dat": stem + "emu", "acc": word, "ins": stem + "m", "loc": stem + "m"}
    return {"gen": stem + "ego", "dat": stem + "emu", "acc": word, "ins": stem + "em", "loc": stem + "em"}


def polish_womans_double_surname(word: str) -> Paradigm | None:
    """The forms of a woman's double surname in -ska whose first part ends in -a: both parts decline (Kidawa-Błońska:
    Kidawy-Błońskiej, Kidawą-Błońską), the first as the noun or adjective it is, never the last alone; a case either
    part is unsure of is missing. None for any other word."""
    head, _, tail = word.rpartition("-")
    if not head.lower().endswith("a") or not tail.lower().endswith(("ska", "cka", "dzka")):
        return None
    return _double_surname(word, "pl", False)


def polish_name_keeping_its_e(word: str) -> dict[str, str] | None:
    """The oblique forms of a foreign person's name in -e and a consonant with its e kept (Najem: Najema, Ałmazbek:
    Ałmazbeka), where the dictionary (Morfeusz's Polish surname Najem: Najma) or the rules (Dudek: Dudka) drop it as
    Polish does in its own -ek, -ec; None when they keep it anyway or the name has no such e."""
    if not re.fullmatch(r".*e[^aąeęioóuy\W]", word.lower()):
        return None
    dropped = word_paradigm(word, "pl", animate=True).get("gen")
    if not dropped or dropped[0].startswith(word):
        return None
    return {case: forms[0] for case, forms in _pl(word, True, keeps_its_e=True).items() if case != "nom"}


def polish_place_in_a_hard_labial(word: str, russian: list[str]) -> dict[str, str] | None:
    """The dative, instrumental and locative of a Polish place in a labial the rules leave unsure, because Polish
    does not write a soft labial's softness (gołąb: gołębia, gołębiu), when its Russian names end in the hard
    labial itself (Харп, no -пь): Charpowi, z Charpem, w Charpie. Its genitive (-u or -a) stays unsure."""
    lower = word.lower()
    if not russian or not lower.endswith(("b", "p", "f", "w", "m")) or "ó" in lower[-2:] \
            or not all(text.lower().endswith(("б", "п", "ф", "в", "м")) for text in russian) \
            or set(word_paradigm(word, "pl", animate=False)) != {"nom", "acc"}:
        return None
    softened = _pl_soften(word, vowel_ending=False)
    return {"dat": word + "owi", "ins": word + "em", "loc": softened} if softened else None


# A Polish plural-only place in a vowel, one consonant and -y (Puławy, Brzeżany, Czerkasy, Szamotuły, Tychy): not the
# masculine adjective's -owy, -ewy (Narodowy).
_PL_PLURAL_PLACE_IN_Y = re.compile(r"\w[aąeęioóuy](?:[bdfhlłmnprstwz]|ch)y$")


def polish_plural_place_bare_genitive(word: str, noun_genitives: tuple[str, ...] | None) -> str | None:
    """The bare genitive of a Polish plural-only place in a vowel, one consonant and -y that Morfeusz does not know as
    a place (Tatarbunary: z Tatarbunar; Kiejdany, Prużany, Czeboksary, Żuławy: Kiejdan, Prużan, Czeboksar, Żuław), as
    Polish names of towns in the plural take it (Puławy: Puław, Tychy: Tych, Żary: Żar); ``noun_genitives`` are the
    genitives plural of the common noun the word is the plural of (None for no noun's): the bare one must be among them
    (sumy: sum or sumów; a masculine noun's -ów alone, Brody: brodów, Browary: browarów, leaves the place's unsure). None
    for another word, and for -eny, -ony, whose genitives part (Ardeny: Ardenów). (The -ów of a mountain range or
    islands, Sudety, Azory, is Morfeusz's.)"""
    lower = word.lower()
    if len(word) < 5 or not _PL_PLURAL_PLACE_IN_Y.search(lower) or lower.endswith(("owy", "ewy", "eny", "ony")):
        return None
    if noun_genitives is not None and lower[:-1] not in noun_genitives:
        return None
    return word[:-1]


def polish_plural_place(word: str) -> dict[str, str]:
    """The oblique forms of a Polish plural-only place in -e (Maczuliszcze: Maczuliszczom, w Maczuliszczach),
    which the rules take for a neuter singular (Maczuliszczu); its genitive is the termbase's."""
    return {case: forms[0] for case, forms in _plural_place(word, "pl").items() if case != "nom"}


def polish_plural_adjective_place(text: str) -> dict[str, str] | None:
    """The oblique forms of a Polish place of an adjective in -e and a noun in -e, -ki or -gi that the termbase calls
    plural (Wielkie Soroczyńce, Wielkie Budyszcze: w Wielkich Soroczyńcach, w Wielkich Budyszczach), which the rules
    take for a neuter singular (Budyszczu) or leave undeclined; its genitive (bare or -ów) is the termbase's. None
    for any other term."""
    words = text.split()
    if len(words) != 2 or not words[0].lower().endswith("e") or not lexicon.adjective_reading(words[0].lower(), "pl") \
            or not words[1].lower().endswith(("e", "ki", "gi")) or lexicon.adjective_reading(words[1].lower(), "pl"):
        return None
    adjective, noun = _pl_plural_adjective(words[0]), polish_plural_place(words[1])
    return {case: f"{adjective[case][0]} {noun[case]}" for case in ("dat", "acc", "ins", "loc")}


def _with_animate_accusative(explicit: dict[str, str], word: str, animate: bool) -> dict[str, str]:
    """Explicit forms with the accusative a man's name in a consonant takes when they give only its
    genitive: the same form (gen=Дзядка: Дзядка, never the rules' Дзядока)."""
    if animate and "gen" in explicit and "acc" not in explicit and word[-1:].lower() not in lexicon.VOWELS:
        return {**explicit, "acc": explicit["gen"]}
    return explicit


def _merged_paradigm(word: str, langs: tuple[str, ...], animate: bool, explicit: dict[str, str] | None,
                     wrong: bool, given: bool = False) -> Paradigm:
    merged: Paradigm = {case: [] for case in CASES}
    if explicit:
        for case, forms in _with_animate_accusative(explicit, word, animate).items():
            merged[case].extend(forms.split("/"))
    for lang in langs:
        for case, forms in word_paradigm(word, lang, animate, wrong, given).items():
            merged[case].extend(f for f in forms if f not in merged[case])
    return merged


# A Polish draft machine-translated from Russian may leave a transcribed Russian place half declined in Russian: the
# feminine adjective's -ой (Charnoy, Charnoj) or its -ая read as a Polish -a (Verkhnej, Werchniej for Verkhnyaya,
# Werchniaja), the noun's -е, -у, -ой (w Charnoy Vode). The adjective's transcribed nominative ending: -aya, -yaya,
# -aja, -iaja, -ia or a plain -a.
_TRANSCRIBED_FEMININE_ADJECTIVE = re.compile(r"(?:[yi]?a[yj]a|a)$", re.IGNORECASE)
_TRANSCRIBED_ADJECTIVE_ENDINGS = {
    "gen": ("ej", "iej", "oy", "oj", "oi", "ey"), "dat": ("ej", "iej", "oy", "oj", "oi", "ey"),
    "loc": ("ej", "iej", "oy", "oj", "oi", "ey"), "ins": ("ą", "ią", "oy", "oj", "oi", "ey"),
    "acc": ("ą", "ią", "uyu", "uju", "uiu", "yuyu", "juju", "iuiu")}
_TRANSCRIBED_NOUN_ENDINGS = {"gen": ("y", "i"), "dat": ("e",), "loc": ("e",), "acc": ("u", "ę"), "ins": ("oy", "oj", "oi", "ą")}


def polish_transcribed_russian_feminine_place(words: Sequence[str], polish_nouns: Paradigm | None = None) -> Paradigm | None:
    """The oblique forms a Polish draft gives a wrong spelling of a feminine place transcribed from Russian, one noun in
    -a after one or more feminine adjectives (Charna Voda, Verkhnyaya Pyshma), with the Russian endings transcribed or the
    Polish ones on the transcribed stems (w Charnoy Vode, z Charnoy Vody, do Verkhnej Pyshmy, w Werchniej Pyszmie),
    the noun with its ``polish_nouns`` forms too: found in a draft, never written. None for any other shape, and for a
    noun alone, whose transcribed -e enforcement reads as the case its preposition needs (Bitwa o Bobrovitse)."""
    *adjectives, noun = words
    if not adjectives or not noun.lower().endswith("a") or noun.lower().endswith(("aya", "aja")) or len(noun) < 3 \
            or any(len(_TRANSCRIBED_FEMININE_ADJECTIVE.sub("", word)) < 3 for word in adjectives) \
            or not all(word.lower().endswith("a") for word in adjectives):
        return None
    stems = [_TRANSCRIBED_FEMININE_ADJECTIVE.sub("", word) for word in adjectives]
    paradigm: Paradigm = {}
    for case, noun_endings in _TRANSCRIBED_NOUN_ENDINGS.items():
        adjective_forms = [[stem + ending for ending in _TRANSCRIBED_ADJECTIVE_ENDINGS[case]] for stem in stems]
        nouns = list(dict.fromkeys([noun[:-1] + ending for ending in noun_endings] + (polish_nouns or {}).get(case, [])))
        paradigm[case] = [" ".join(parts) for parts in product(*adjective_forms, nouns)]
    return paradigm
