"""The morphology dictionaries: pymorphy3 (ru, uk), Morfeusz 2 (pl) and Debian's hunspell-be (be).

They answer the questions the termbase asks: what are the case forms of a word the dictionary
knows (inflection); is a lower-case word an ordinary word of the language rather than a name
written in lower case (enforcement); and what the words around a name are (syntax): a noun and
its case, a verb and the subject it agrees with, a participle, an adjective made from a place.
Belarusian, with no dictionary that has parts of speech here, is read by its regular endings.
Each dictionary loads on first use and is shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from glossary.dictionaries import capitalised_stems
from glossary.errors import GlossaryError
from glossary.normalize import spelling_key
from glossary.romanization import carry

# pymorphy3's tags of a name: a person's (surname, first name, patronymic), a place's or a body's (Гомель, Газпром)
PERSON_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})
PLACE_NAME_TAGS = frozenset({"Geox", "Orgn"})
NAME_TAGS = PERSON_NAME_TAGS | PLACE_NAME_TAGS
_RARE_TAGS = frozenset({"Slng", "Arch"})
# Morfeusz 2 labels of proper names; ordinary words carry "nazwa_pospolita" or none.
_POLISH_NAME_LABELS = frozenset({"imię", "nazwisko", "nazwa_geograficzna", "nazwa_organizacji", "nazwa_obiektu",
                                 "nazwa_osobliwa", "pseudonim", "nazwa_własna"})
HUNSPELL_BE = Path("/usr/share/hunspell/be_BY")  # Debian package hunspell-be


@lru_cache(maxsize=2)
def pymorphy(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _case(parse, word: str) -> str | None:
    """The case of a pymorphy3 ``parse`` of ``word``. The Ukrainian dictionary leaves the case off the dictionary form
    of a noun it lists both animate and inanimate (директор, редактор: "NOUN,anim masc"), whose every other form has
    one: a noun's own lemma with no case is its nominative singular."""
    if parse.tag.case is None and parse.tag.POS == "NOUN" and parse.normal_form == word.lower():
        return "nomn"
    return parse.tag.case and str(parse.tag.case)


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


def belarusian_dictionary_entries(stem: str) -> list[str]:
    """The affix flags of hunspell-be's lower-case entries spelled ``stem``: a common word's (буда: EF)."""
    return ["".join(sorted(entry.flags)) for entry in _hunspell_be().dic.homonyms(stem) if entry.flags]


@lru_cache(maxsize=20_000)
def belarusian_name_entries(word: str) -> frozenset[str]:
    """The capitalised hunspell-be entries (names and places) whose form ``word`` is, as written (Гародні, Гародню:
    Гародня, the city of Hrodna); empty for a word hunspell-be does not list with its capital."""
    if not word[:1].isupper():
        return frozenset()
    return frozenset(stem for form in _hunspell_be().lookuper.good_forms(word)
                     if (stem := form.in_dictionary.stem if form.in_dictionary else form.stem)[:1].isupper())


def known_common_word(word: str, lang: str) -> bool:
    """True when the dictionary knows ``word`` and never as a name (a capitalised word that is no
    name, Polscy, Польські, Беларусы, Бывший: the fuzzy search for unlisted renderings must leave
    it alone, or a demonym or adjective becomes its place). False in a language with no dictionary here
    (English: a source's word is asked of it when a quotation opens with a name)."""
    if lang not in ("be", "pl", "uk", "ru"):
        return False
    if lang == "be":  # hunspell-be spells names with a capital: a lower-case entry is a common word
        return _hunspell_be().lookup(word.lower())
    if lang == "pl":
        # A surname in the plural (Polscy: the Polskis) is the family, not a rendering of one name.
        readings = [(lemma, names) for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word)
                    if tag != "ign" and not (":pl:" in tag and _POLISH_NAME_LABELS & set(names))]
        return bool(readings) and not any(_POLISH_NAME_LABELS & set(names) or lemma[:1].isupper() for lemma, names in readings)
    # As in Polish, a surname in the plural (польські: the Polskis) is a family, not one name.
    parses = [p for p in pymorphy(lang).parse(word.lower())
              if p.is_known and not ("plur" in p.tag.grammemes and "Surn" in p.tag.grammemes)]
    return bool(parses) and not any(NAME_TAGS & p.tag.grammemes for p in parses)


# A woman's adjectival surname's ending and its masculine's (Żukowska: Żukowski, Жуковская: Жуковский).
_MASCULINE_OF = {"ska": "ski", "cka": "cki", "ская": "ский", "цкая": "цкий", "ська": "ський", "цька": "цький"}
_FEMININE_ADJECTIVE = re.compile("(?:" + "|".join(_MASCULINE_OF) + ")$")

# An adjectival surname's forms that only a man's or only a woman's takes, in any case (Якубоўскі, Якубовського,
# Jakubowskiemu; Якубоўская, Якубовською, Jakubowskiej).
_ADJECTIVAL_STEM = r"(?:[сцз]ь?к|[scz]k|dzk)"
_SEX_OF_ADJECTIVAL_ENDING = (
    (re.compile(_ADJECTIVAL_STEM + r"(?:і|ий|и|i|y|ага|аму|ім|ого|ому|им|ом|iego|iemu|im)$", re.IGNORECASE), "masc"),
    (re.compile(_ADJECTIVAL_STEM + r"(?:ая|а|a|ой|ую|ай|ей|ій|ою|у|iej|ą|ę)$", re.IGNORECASE), "femn"))


def adjectival_surname_sex(word: str) -> str | None:
    """"masc" or "femn" for a word ending as a man's or a woman's adjectival surname, in whatever case; else None."""
    return next((sex for ending, sex in _SEX_OF_ADJECTIVAL_ENDING if ending.search(word)), None)


# Morfeusz's qualifiers of a word no longer in use or used in one region alone.
_POLISH_RARE_QUALIFIERS = frozenset({"daw.", "gwar.", "arch."})


# Morfeusz's classes of a verb's finite, imperative, infinitive and adverbial forms and of the adjective of "po
# polsku": none can stand right after a preposition other than po.
_POLISH_NOT_AFTER_A_PREPOSITION = frozenset({"fin", "bedzie", "praet", "impt", "imps", "inf", "pcon", "pant", "aglt", "adjp"})


@lru_cache(maxsize=20_000)
def ordinary_word(word: str, lang: str, name: str = "", place: bool = False, destination: bool = False,
                  after_a_preposition: bool = False, slot_cases: frozenset[str] = frozenset()) -> bool:
    """True when lower-case ``word`` can be an ordinary word of ``lang`` (путина, kijów, пагоня):
    then a lower-case form of a name is left alone. Readings whose dictionary form is ``name``
    (the term itself, lower case) count only as common nouns of a person's name (знак, мельник,
    świątek): an adjective that is a surname (навальный, sikorski) does not, nor does a reading
    of a ``place`` in ru/uk (the uk dictionary lists Львів untagged; Morfeusz tags its common
    nouns, so Polish winnica the vineyard stays a common noun) unless Russian says it is a common
    noun (изюм), or Ukrainian lists a common noun beside it (з-під варти, the guard) and the sentence
    does not send someone there as its ``destination`` (їдуть на поділля); a Russian nominative its dictionary
    lacks counts as the Ukrainian common noun it is spelt as (лобода; бьют кринички, the springs).
    Languages without a dictionary say True (touch nothing). A woman's adjectival surname counts as
    the adjective of its masculine, which is the surname too (żukowska, жуковская: żukowski, жуковский), and
    so does a possessive adjective made from a surname's stem (uk труханова: Трухан's, for Труханов). Polish
    ``after_a_preposition`` other than po: a verb form or the adjective of "po śląsku" is no reading there (w narwie,
    na śląsku, o starobielsku: the place). With ``slot_cases``, the cases the preposition before the word can govern
    there (ru, uk, pl), a noun's reading in none of them is no reading there (do trok: trok is a nominative or
    accusative, do takes the genitive; w kutnie, not sent there: kutnia's plural is no locative). An adjective's still
    is: an adjective made from the place, in lower case, is what the sets keep (z gdańska)."""
    word, name = word.lower(), name.lower()
    lemmas = {name, _FEMININE_ADJECTIVE.sub(lambda ending: _MASCULINE_OF[ending.group()], name) if not place else name}
    if lang in ("ru", "uk"):
        parses = pymorphy(lang).parse(word)
        # A slang or archaic reading does not make a place's form an ordinary word (в лиде: not лид, the lead).
        # Nor does another name the Ukrainian dictionary lists for a place's or person's word (у перемишлі:
        # Перемишель; пісні городецького: the village Городецьке); an organisation's stays a word (Гонитва).
        if any(p.is_known and not NAME_TAGS & p.tag.grammemes and not (place and _RARE_TAGS & p.tag.grammemes)
               and not (slot_cases and p.tag.POS == "NOUN" and _PYMORPHY_CASES.get(str(p.tag.case), "") not in slot_cases | {""})
               and not ((place or name) and lang == "uk" and _ukrainian_name_reading(p)
                        and not (place and _singular_beside_a_plural_place(p, parses, name)))
               and (p.normal_form not in lemmas and (place or not _possessive_of(p, name))
                    or not place and p.tag.POS == "NOUN" or lang == "uk" and not destination and _ukrainian_common_noun(p, parses))
               for p in parses):
            return True
        if lang == "ru" and word == name and not any(p.is_known for p in parses):
            # The name itself, as a plant or thing the Russian dictionary lacks (лобода) and the Ukrainian one has; or
            # where no preposition gives it a case (a lower-case place after one is the place: в вербичках), a form of
            # another common noun of the Ukrainian one, letter for letter (бьют кринички: криничка's plural, the springs,
            # beside the place Кринички).
            uk_parses = pymorphy("uk").parse(word)
            return any(p.normal_form == word and _ukrainian_common_noun(p, uk_parses)
                       or not slot_cases and p.normal_form != word and p.is_known and _common_nouns_word(p) for p in uk_parses)
        if lang == "uk" and not place and not any(p.is_known for p in parses):
            # A person's name the Ukrainian dictionary lacks in every reading that is, letter for letter, a common
            # noun the Russian one lists (лещина, the hazel, beside the standard ліщина): a common word, as a place's.
            return _russian_common_noun(word, name, lang, letter_for_letter=True)
        return place and _russian_common_noun(word, name, lang)
    if lang == "pl":
        # As a slang or archaic reading in Russian, an archaic or dialect word does not make a person's name an
        # ordinary word (partyki: partyka, a dialect batch; poliszczuk: poliszczuka, an archaic word). A place's
        # stays one, and so does a word Morfeusz calls only old-fashioned (w wilię, obnażył kielce: still written).
        # (A hyphen's own reading, interp, is no word: bielsku-białej is Bielsko and Biała.)
        return any(tag not in ("ign", "interp") and not _POLISH_NAME_LABELS & set(names) and not lemma[:1].isupper()
                   and (lemma.split(":")[0] not in lemmas or tag.startswith("subst"))
                   and not (after_a_preposition and tag.split(":")[0] in _POLISH_NOT_AFTER_A_PREPOSITION)
                   and not (slot_cases and tag.startswith("subst") and not polish_reading_cases(tag) & slot_cases)
                   and not (name and not place and _POLISH_RARE_QUALIFIERS.intersection(qualifiers))
                   for _, _, (_, lemma, tag, names, qualifiers) in morfeusz().analyse(word))
    if lang == "be":
        return _hunspell_be().lookup(word) or place and _russian_common_noun(word, name, lang)
    return True


def polish_reading_cases(tag: str) -> frozenset[str]:
    """The cases of a Morfeusz tag (subst:pl:nom.acc.voc:f: nom, acc and "voc"); empty for a reading with none."""
    field = next((part for part in tag.split(":")[1:] if set(part.split(".")) <= _MORFEUSZ_CASE_NAMES), "")
    return frozenset(_MORFEUSZ_CASES.get(case, case) for case in field.split(".") if case)


_MORFEUSZ_CASE_NAMES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})


# A possessive adjective's ending (труханів, хрущова, репин) and a surname's (Труханов, Хрущов, Репин).
_POSSESSIVE_ENDING = re.compile(r"(?:ів|їв|ов|ев|єв|ин|ін|їн)а?$")
_SURNAME_ENDING = re.compile(r"(?:ов|ев|єв|ів|ин|ін|їн)а?$")


def _possessive_of(reading, name: str) -> bool:
    """True for an adjective reading that is a possessive made from the surname ``name``'s own stem
    (uk труханова, азаровим: Трухан's; хрущова; a woman's ісмаїлову: Ісмаїл's): a form of the name itself,
    as the surname's own adjective is (навальный), not an ordinary word."""
    stem = _SURNAME_ENDING.sub("", name)
    return reading.tag.POS == "ADJF" and stem != name and _POSSESSIVE_ENDING.sub("", reading.normal_form) == stem


def _noun_word_tags(reading) -> set[str] | None:
    """The grammemes the Ukrainian dictionary puts on a noun's word as a whole (before the space
    that starts the form's own: "NOUN,femn,inan" gives femn and inan), or None for no noun."""
    lexeme = str(reading.tag).split(" ", 1)[0].split(",")
    return set(lexeme[1:]) if lexeme[0] == "NOUN" else None


def _ukrainian_name_reading(reading) -> bool:
    """True for a noun the Ukrainian dictionary lists as a name: it tags no place Geox, but puts a
    name's gender on the word (Варта "NOUN,femn,inan", Перемишель "NOUN,masc,inan") and a common
    noun's on each form (варта "NOUN,inan femn", the guard)."""
    tags = _noun_word_tags(reading)
    return tags is not None and bool({"masc", "femn", "neut"} & tags)


def _singular_beside_a_plural_place(reading, parses, name: str) -> bool:
    """True for a reading of another lemma not in the plural (кринки: кринка the jug's genitive) where the
    dictionary lists the place itself as a plural-only noun (Кринки), and the Russian dictionary knows that
    lemma as a common noun (кринка): the Ukrainian one tags it as it tags a name (Балта, Баранівка: other
    places, whose forms stay names)."""
    return reading.normal_form != name and reading.tag.number != "plur" \
        and any(other.normal_form == name and "Pltm" in other.tag.grammemes for other in parses) \
        and _russian_common_noun(reading.normal_form, reading.normal_form, "uk")


def _a_common_noun_of_the_places_spelling(word: str, name: str, cases: frozenset[str]) -> bool:
    """True when the Ukrainian dictionary reads lower-case ``word`` as a common noun spelt as the place ``name`` (варта,
    the guard, beside the river Варта) in one of ``cases``, those of its adjective readings (вартою: вартий's
    instrumental too): the word is then no adjective that needs its noun, but may be that common noun ("під вартою")."""
    parses = pymorphy("uk").parse(word.lower())
    return any(p.normal_form == name.lower() and _PYMORPHY_CASES.get(str(p.tag.case)) in cases and _ukrainian_common_noun(p, parses)
               for p in parses)


def _ukrainian_common_noun(parse, parses) -> bool:
    """True for a reading the Ukrainian dictionary gives a common noun beside a name of the same
    spelling among ``parses`` (варта the guard beside the river Варта, лобода the plant beside the
    surname). A word it lists once (поділля) may be the place itself, as it lists Львів."""
    return parse.is_known and _common_nouns_word(parse) and any(
        other.is_known and other.normal_form == parse.normal_form and other.tag.POS == "NOUN" and not _common_nouns_word(other)
        for other in parses)


def _common_nouns_word(reading) -> bool:
    """True for a Ukrainian reading of a common noun: the dictionary puts no name's gender or number on its word as a
    whole (варта "NOUN,inan femn", the guard; not the river Варта "NOUN,femn,inan", nor the place Кринички "NOUN,plur,Pltm,inan")."""
    tags = _noun_word_tags(reading)
    return tags is not None and tags <= {"inan", "anim"}


@lru_cache(maxsize=4096)
def adjective_without_its_noun(word: str, lang: str, name: str, following: str, after_preposition: bool, destination: bool = False) -> bool:
    """True when every ordinary reading of lower-case ``word`` is an adjective (минском, покровську,
    луцька, łucka) and ``following``, the next word, is no noun or adjective it agrees with: an
    adjective needs its noun, so the word is a place's own form written in lower case ("під мінськом
    не вщухають", "у краматорську вночі"), not the adjective ("в минском метро", "луцька міська
    рада"). A nominative may be a predicate with its noun before it ("озеро тут глибоке"): it counts
    only right after a preposition ("з покровська", "do łucka"). A following word the dictionary lacks agrees by
    pymorphy3's guesses (в смоленском облздраве). Readings of the place ``name``
    itself do not count (the uk dictionary lists Покровськ untagged), unless Ukrainian lists a common noun of that
    spelling beside it in a case of the adjective's (під вартою: the guard, not the river Варта), other than the
    accusative where the sentence sends someone there as its ``destination`` (поїхали на варту: the river). ru, uk, pl."""
    readings = _agreement_forms(word, lang, name, adjectives="only")
    # (where the sentence sends someone, a common noun's accusative may be the place: поїхали на варту)
    shared = frozenset().union(*(cases for cases, _, _ in readings)) - ({"acc"} if destination else set())
    if not readings or lang == "uk" and _a_common_noun_of_the_places_spelling(word, name, shared):
        return False
    if not after_preposition and any("nom" in cases or not cases for cases, _, _ in readings):
        return False
    # A lower-case word the dictionary lacks is guessed (в смоленском облздраве: облздрав, the region's health board):
    # an abbreviated institution is a noun, and the adjective agreeing with it its ordinary one.
    return not following or not following.islower() or not (_agree(readings, _agreement_forms(following, lang))
                                                            or _agree(readings, _agreement_forms(following, lang, guessed=True)))


# Belarusian possessive pronouns, which no dictionary here reads for agreement: a word after one is a
# common noun. Not мае, маю: also the verb "has", "have".
BELARUSIAN_POSSESSIVES = (frozenset(f"{stem}{ending}" for stem in ("наш", "ваш") for ending in ("", "а", "ы", "ага", "ай", "аму", "у", "ым"))
                          | frozenset(f"{stem}{ending}" for stem in ("м", "тв", "св")
                                      for ending in ("ой", "ая", "аё", "ае", "айго", "аёй", "айму", "аю", "аім"))) - {"мае", "маю"}


# A Belarusian feminine adjective's nominative and accusative endings, and its noun's: no dictionary
# here reads Belarusian for agreement, and these endings tell it (драўляная ступка, драўляную ступку).
_BELARUSIAN_FEMININE_AGREEMENT = ((("ая", "яя"), ("а", "я")), (("ую", "юю"), ("у", "ю")))
_BELARUSIAN_PLURAL_ADJECTIVE = ("ыя", "ія")
_BELARUSIAN_PLURAL_NOUN = ("ы", "і", "а", "я")  # вокны, дзеці, ясла, вароты
# Vowel letters: Belarusian ones, and every letter of the four languages that is a vowel.
BELARUSIAN_VOWELS = "аеёіоуыэюя"
VOWELS = frozenset("аеёиіоуыэюяєїaąeęioóuy")
# Languages whose dictionaries know first names (feminine_first_name, masculine_first_name).
FIRST_NAME_LANGS = ("ru", "uk", "pl")


def described_by_belarusian_adjective(word: str, adjective_before: str, name: str = "") -> bool:
    """True when ``adjective_before`` ends as a feminine adjective agreeing with lower-case ``word``
    ("старая драўляная ступка", the mortar), or as a masculine one (-ы, -і) before a word in a consonant
    that Russian knows as a common noun letter for letter ("жытні калас": колос, the ear of grain, which
    hunspell-be lacks; not прэзідэнт Расіі пуцін, a genitive before no common noun), or as a plural one
    before a plural noun's ending ("Новыя ясла"): a name written in lower case has no adjective before it. ``name``: the term whose lower-case form ``word`` may be."""
    word, adjective_before = word.lower(), adjective_before.lower()
    if len(adjective_before) <= 3:
        return False
    if adjective_before.endswith(("ы", "і")) and word[-1:] not in BELARUSIAN_VOWELS + "йў":
        return _russian_common_noun(word, name or word, "be", letter_for_letter=True)
    if adjective_before.endswith(_BELARUSIAN_PLURAL_ADJECTIVE) and word.endswith(_BELARUSIAN_PLURAL_NOUN):
        # "Новыя ясла" (the nursery, not Jasło): a plural adjective, whose feminine the dictionary knows (новая;
        # no noun in -ія has one: гісторыя, дэлегацыя), agreeing with a plural noun's ending
        feminine = adjective_before[:-2] + ("ая" if adjective_before.endswith("ыя") else "яя")
        return _hunspell_be().lookup(feminine)
    return any(adjective_before.endswith(adjective) and word.endswith(noun) for adjective, noun in _BELARUSIAN_FEMININE_AGREEMENT)


def described_by_adjective(word: str, adjective_before: str, lang: str) -> bool:
    """True when ``adjective_before``, the word before lower-case ``word``, is an adjective that agrees
    with it ("місцеві бровари" the breweries): a name written in lower case has none. ru, uk, pl."""
    readings = _agreement_forms(adjective_before, lang, adjectives="any")
    return bool(readings) and _agree(readings, _agreement_forms(word, lang))


def _polish_lemmas(word: str, nominative: bool = False) -> set[str]:
    """The lemmas Morfeusz reads ``word`` as a form of; with ``nominative``, as a nominative of."""
    return {lemma.split(":")[0] for _, _, (_, lemma, tag, _, _) in morfeusz().analyse(word)
            if tag != "ign" and (not nominative or "nom" in (tag.split(":") + ["", ""])[2].split("."))}


@lru_cache(maxsize=4096)
def same_lemma(word: str, term: str, lang: str) -> bool:
    """True when the dictionary reads ``word`` as a form of the same word as ``term`` (pl Rosjan and
    Rosjanie, both of Rosjanin): the term itself in another case, not another spelling. ru, uk, pl; in Polish, of a
    lemma Morfeusz reads ``term`` as a nominative of (Wołczyn is the village Wołczyno's genitive too, not the town
    Wołczyn's misdeclined Wołczynu, Wołczyno's dative)."""
    if lang in ("ru", "uk"):
        lemmas = [{p.normal_form for p in pymorphy(lang).parse(w.lower()) if p.is_known} for w in (word, term)]
    elif lang == "pl":
        lemmas = [_polish_lemmas(word), _polish_lemmas(term, nominative=True)]
    else:
        return False
    return bool(lemmas[0] & lemmas[1])


def describes_noun_before(word: str, noun_before: str, lang: str) -> bool:
    """True when lower-case ``word`` is an adjective agreeing with ``noun_before`` (pl "województwa
    mazowieckiego", "szkołę polską"), in a case other than a masculine's accusative, whose animate and inanimate
    forms the genders here do not tell apart ("adwokat sikorskiego": the lawyer, not the liqueur)."""
    readings = [(cases - {"acc"} if "masc" in genders or not genders else cases, number, genders)
                for cases, number, genders in _agreement_forms(word, lang, adjectives="any")]
    return bool(readings) and _agree(readings, _agreement_forms(noun_before, lang))


# An adjectival name's genitive (Рокитного, Вишневої, Сосновой, Горячих) and what it tells of its gender and number
# (-ого: a masculine's or a neuter's). Not -ей: a plural noun's too (Смолевичей).
_ADJECTIVAL_GENITIVES = (("ого", "sing"), ("его", "sing"), ("ої", "femn"), ("ой", "femn"),
                         ("их", "plur"), ("ых", "plur"))


def adjectival_name_describes(cases: tuple[str, ...], name: str, genitives: list[str], noun_after: str, lang: str) -> bool:
    """True when a lower-case word, the form in ``cases`` of ``name`` declined as an adjective (its ``genitives``:
    Рокитне, Рокитного; a Russian neuter in -ое by that ending alone), agrees as an adjective with the noun or adjective
    ``noun_after`` ("нарізали рокитне гілля", the willow branches; ru "рокитное гнездо"): an ordinary adjective, which
    the dictionary may lack (рокитний) while it lists the place, and no place's name, which no word after it agrees
    with. ru, uk."""
    if lang not in ("ru", "uk") or function_word(noun_after, lang):
        return False
    kinds = {next((kind for ending, kind in _ADJECTIVAL_GENITIVES if genitive.lower().endswith(ending)), None) for genitive in genitives}
    if lang == "ru" and name.lower().endswith(("ое", "ее")):
        kinds = {"sing"}  # a neuter adjective's ending, whether its paradigm declines it (Лозового) or not (в Лозовое)
    if len(kinds) != 1 or None in kinds:
        return False
    kind = kinds.pop()
    number = "plur" if kind == "plur" else "sing"
    genders = frozenset() if kind == "plur" else frozenset({kind if kind == "femn" else "masc" if name.lower().endswith("й") else "neut"})
    return _agree(((frozenset(cases), number, genders),), _agreement_forms(noun_after, lang))


def describes_noun_after(word: str, noun_after: str, lang: str) -> bool:
    """True when lower-case ``word`` is a nominative adjective agreeing with ``noun_after`` (pl "szczęsny
    dzień", the happy day): a surname of an adjective's spelling is then the adjective. The nominative
    alone: an oblique case may be the surname's before the verb's object ("po wystąpieniu sikorskiego
    głos zabrał"), unless no reading of the noun is a man's singular, the one an oblique surname could
    agree with by chance (ru, uk: эвакуацию мирного населения, the peaceful population). A preposition the
    dictionary also reads as an abbreviation, a noun of every case (uk про), is no noun. ru, uk, pl."""
    if function_word(noun_after, lang):
        return False
    adjective = _agreement_forms(word, lang, adjectives="any")
    nouns = _agreement_forms(noun_after, lang)
    readings = [({"nom"} & cases, number, genders) for cases, number, genders in adjective]
    if any(cases for cases, _, _ in readings) and _agree(readings, nouns):
        return True
    # (ru, uk: Morfeusz tags the pronoun nic a noun, and "adwokat sikorskiego niczego nie" is the man's)
    return lang != "pl" and bool(nouns) and all(number == "plur" or genders and "masc" not in genders for _, number, genders in nouns) \
        and _agree(adjective, nouns)


@lru_cache(maxsize=4096)
def adjective_as_noun(word: str, lang: str) -> bool:
    """True when ``word`` is an adjective and a noun of one lemma (nowy, the newcomer; ведучий, the
    host), not a noun with a homonymous adjective of another lemma (ministrowi: minister's dative and
    the possessive ministrowy's plural; uk міністрові, of міністрів). ru, uk, pl."""
    if lang == "pl":
        readings = [(tag.split(":")[0], lemma.split(":")[0]) for _, _, (_, lemma, tag, _, _) in morfeusz().analyse(word.lower())]
    elif lang in ("ru", "uk"):
        readings = [({"NOUN": "subst", "ADJF": "adj"}.get(p.tag.POS, ""), p.normal_form) for p in pymorphy(lang).parse(word.lower()) if p.is_known]
    else:
        return False
    nouns = {lemma for kind, lemma in readings if kind == "subst"}
    return any(kind == "adj" and lemma in nouns for kind, lemma in readings)


def adjective_reading(word: str, lang: str) -> bool:
    """True when ``word`` can be an adjective, whatever else it can be (нову: also the noun нова). ru, uk, pl."""
    return bool(_agreement_forms(word, lang, adjectives="any"))


_UKRAINIAN_INDEFINITE_NUMERALS = frozenset({"кілька", "декілька"})


@lru_cache(maxsize=4096)
def numeral(word: str, lang: str) -> bool:
    """True when ``word`` can be a numeral (кілька, несколько, kilka). ru, uk, pl."""
    if lang in ("ru", "uk"):
        # The uk dictionary tags кілька and декілька (several) as pronouns: Ukrainian grammars call them numerals.
        return any(p.is_known and (p.tag.POS == "NUMR" or p.normal_form in _UKRAINIAN_INDEFINITE_NUMERALS)
                   for p in pymorphy(lang).parse(word.lower()))
    if lang == "pl":
        return any(tag.startswith("num") for _, _, (_, _, tag, _, _) in morfeusz().analyse(word.lower()))
    return False


def _agree(adjectives, nouns) -> bool:
    """True when some reading of an adjective can describe some reading of a noun: a case in common,
    the same number, and in the singular no other gender."""
    return any(cases & other_cases and number == other_number
               and (number == "plur" or not genders or not other_genders or genders & other_genders)
               for cases, number, genders in adjectives for other_cases, other_number, other_genders in nouns)


_POLISH_GENDER_SETS = {"m1": "masc", "m2": "masc", "m3": "masc", "f": "femn", "n": "neut", "n1": "neut", "n2": "neut"}


@lru_cache(maxsize=4096)
def _agreement_forms(word: str, lang: str, name: str = "", adjectives: str = "", guessed: bool = False
                     ) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """``(cases, number, genders)`` of each reading of ``word`` that agrees like a noun or adjective;
    with ``adjectives``, of its ordinary adjective readings (not of ``name``): "any", or "only" when
    all its ordinary readings are adjectives, else none (a short adjective has no case). ru, uk, pl.
    ``guessed``: of the readings pymorphy3 guesses for a word its dictionary lacks (облздраве), none for one it knows."""
    forms = []
    if lang in ("ru", "uk"):
        parses = pymorphy(lang).parse(word.lower())
        if guessed and any(parse.is_known for parse in parses):
            return ()
        for parse in parses:
            tag = parse.tag
            if not guessed and (not parse.is_known or NAME_TAGS & tag.grammemes) or adjectives and parse.normal_form == name.lower():
                continue
            if adjectives and tag.POS not in ("ADJF", "ADJS"):
                if adjectives == "only":
                    return ()
                continue
            if tag.POS in ("NOUN", "ADJF", "ADJS", "PRTF", "NUMR"):
                case = _PYMORPHY_CASES.get(str(tag.case))
                forms.append((frozenset({case} if case else ()), str(tag.number or "sing"),
                              frozenset({str(tag.gender)} if tag.gender and str(tag.gender) != "ms-f" else ())))
    elif lang == "pl":
        for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word.lower()):
            parts = tag.split(":")
            if tag == "ign" or _POLISH_NAME_LABELS & set(names) or adjectives and lemma.split(":")[0] == name.lower():
                continue
            if adjectives and parts[0] != "adj":
                if adjectives == "only":
                    return ()
                continue
            if parts[0] in ("subst", "adj", "ppas", "pact", "num") and len(parts) > 3:
                forms.append((frozenset(_MORFEUSZ_CASES[c] for c in parts[2].split(".") if c in _MORFEUSZ_CASES),
                              _POLISH_NUMBERS.get(parts[1], parts[1]),
                              frozenset(_POLISH_GENDER_SETS[g] for g in parts[3].split(".") if g in _POLISH_GENDER_SETS)))
    return tuple(forms)


# Relative and interrogative words that agree like adjectives but open a clause whose subject may be the name after
# them ("политик, которого Трамп уволил"): no case of theirs is the name's.
_RELATIVES = frozenset({"который", "котрий", "який", "чей", "чий", "który", "jaki", "czyj"})


def oblique_adjective_cases(word: str, lang: str) -> frozenset[str]:
    """The singular cases of ``word`` when it is an adjective (or a pronoun that agrees like one) and every ordinary
    reading of it is in an oblique case: a person right after it is in one of them ("критиком самого Трампа",
    "колишнього Трампа", "byłego Trumpa"). Empty for a word that may be a nominative, a plural alone, a relative
    word (которого Трамп уволил), a passive participle, whose agent is in the instrumental and which agrees with the
    noun before it (угоду, укладену X), or anything but an adjective. ru, uk, pl."""
    if passive_participle(word, lang):
        return frozenset()
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word.lower()) if p.is_known and not NAME_TAGS & p.tag.grammemes]
        if not parses or any(p.normal_form in _RELATIVES or {"Anph", "Subx"} & p.tag.grammemes for p in parses):
            return frozenset()
    elif lang == "pl":
        if any(lemma.split(":")[0] in _RELATIVES for _, _, (_, lemma, _, _, _) in morfeusz().analyse(word.lower())):
            return frozenset()
    else:
        return frozenset()
    readings = _agreement_forms(word, lang, adjectives="only")
    cases = frozenset(case for forms, number, _ in readings if number == "sing" for case in forms)
    return frozenset() if not readings or any("nom" in forms for forms, _, _ in readings) else cases


def genitive_reading(word: str, lang: str) -> bool:
    """True when an ordinary reading of ``word`` (a noun or adjective, not a name) is in the genitive:
    after a noun it may be that noun's complement (adwokat łosika, the elk's). ru, uk, pl."""
    return any("gen" in cases for cases, _, _ in _agreement_forms(word, lang))


def genitive_noun(word: str, lang: str) -> bool:
    """True when the dictionary reads ``word``, as written, as a noun in the genitive, a name's included (пустыни,
    Карпат, pustyni): after a noun it is that noun's complement. ru, uk, pl; False elsewhere."""
    if lang in ("ru", "uk"):
        return any(p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" for p in pymorphy(lang).parse(word))
    if lang == "pl":
        return any(tag.startswith("subst") and "gen" in polish_reading_cases(tag) for _, _, (_, _, tag, _, _) in morfeusz().analyse(word))
    return False


def russian_readings(word: str, lang: str, alternatives: int = 2, place: bool = False) -> Iterator[tuple[str, list]]:
    """Each of the likeliest Russian spellings of ``word`` (itself, lower case, in ru) with the
    Russian dictionary's known readings of it: how a word is read that the Belarusian and Ukrainian
    dictionaries do not tag (ролю as роль, Валынь as Волынь)."""
    for spelling, _ in carry(word, lang, "ru", alternatives, place):
        yield spelling, [p for p in pymorphy("ru").parse(spelling) if p.is_known]


def listed_with_a_genitive_in_ey(word: str, lang: str) -> bool:
    """True when the Russian dictionary lists the plural-only place ``word`` (in -ичи, -ичі, any spelling)
    with the genitive -ей (Смолевичи: Смолевичей): that usage, not the bare genitive (Костюкович), is the place's."""
    return any({"Geox", "Pltm"} <= p.tag.grammemes and any(form.word.endswith("ей") for form in p.lexeme if "gent" in form.tag.grammemes)
               for _, parses in russian_readings(word, lang) for p in parses)


@lru_cache(maxsize=4096)
def russian_noun_in_aya(word: str, lang: str) -> bool:
    """True when the Russian dictionary knows a word in -ая (its Russian spelling) only as a noun of that very
    form (Лиепая, the city): its -я is a noun's ending (в Лиепае, у Ліепаі), not an adjective's (Яровая, whose
    reading as a surname has the adjective's lemma яровой; Кременная, a noun declined as one). ru, be, uk."""
    readings = [p for spelling, parses in russian_readings(word, lang) for p in parses if p.tag.case == "nomn"]
    # (Кременная is a noun of the adjective's declension: Кременной.)
    return bool(readings) and all(p.tag.POS == "NOUN" and p.normal_form.endswith("ая")
                                  and not ((genitive := p.inflect({"gent"})) and genitive.word.endswith(("ой", "ей")))
                                  for p in readings)


def russian_stressed_ending(word: str) -> bool | None:
    """Whether the Russian spelling of a Belarusian feminine adjective (Белавежская, Гарадская) is
    stressed on its ending, as the dictionary's masculine shows (городской: -ой; беловежский: -ий, the
    stem); None when the dictionary does not know it or knows both (донской, донский). Belarusian -цкая is
    Russian -цкая or -тская (Савецкая: советская)."""
    spellings = (word, word[:-4] + "тская") if word.lower().endswith("цкая") else (word,)
    endings = {p.normal_form[-2:] for one in spellings for spelling, parses in russian_readings(one, "be") if spelling.endswith("ая")
               for p in parses if p.tag.POS == "ADJF" and p.normal_form[-2:] in ("ий", "ый", "ой")}
    return None if len(endings) != 1 and endings != {"ий", "ый"} else "ой" in endings


def belarusian_plural_noun_genitive(word: str) -> str | None:
    """The genitive plural hunspell-be spells for the Belarusian plural noun ``word`` in -ы, -і (дарогі: дарог; плаўні:
    плаўняў; ручаі: ручаёў), in lower case, when it lists one of -аў, -оў, -яў, -ёў and the bare stem; None when it does
    not know the plural, lists none or two (лукі: лукаў and лук, which usage chooses between), or lists a hard stem's
    -аў or -оў: a place's usage may set those apart from the common noun's (Набярэжных Чоўнаў beside чаўноў, Мінеральных
    Вод beside водаў)."""
    lower = word.lower()
    if not lower.endswith(("ы", "і")) or not _hunspell_be().lookup(lower):
        return None
    stem = lower[:-1]
    listed = [form for form in (stem + "аў", stem + "оў", stem + "яў", stem + "ёў", stem) if _hunspell_be().lookup(form)]
    return listed[0] if len(listed) == 1 and not listed[0].endswith(("аў", "оў")) else None


def belarusian_adjective_stressed_ending(word: str) -> bool | None:
    """Whether the Belarusian feminine or masculine adjective ``word`` (Вялікая, Маладая; Красны, Стары) is stressed on
    its ending, as hunspell-be's spelling of its oblique case shows: Belarusian writes о only under stress, so the
    dictionary lists вялікай (not вялікой), маладой (not маладай), краснага (not краснога), старога (not старага; the
    Russian ста́рый is no guide). None when it does not know the adjective's nominative, or knows both obliques
    or neither (залатай is also a verb's imperative)."""
    lower = word.lower()
    if not lower.endswith(("ая", "ы")) or not _hunspell_be().lookup(lower):
        return None
    stem, endings = (lower[:-2], ("ай", "ой")) if lower.endswith("ая") else (lower[:-1], ("ага", "ога"))
    unstressed, stressed = (_hunspell_be().lookup(stem + ending) for ending in endings)
    return None if unstressed == stressed else stressed


def _russian_common_noun(word: str, name: str, lang: str, letter_for_letter: bool = False) -> bool:
    """True when a form of a name's own word is a common noun's: the Russian dictionary, which tags
    its places (uk lists Львів untagged, hunspell-be lacks many nouns), knows the Russian spelling as
    a form of a common noun as well (изюм, изюма, ізюм the raisins; десна the gum; not Волынь).
    ``letter_for_letter``: only by a Russian spelling of the word's length (калас: колос, the ear of
    grain), for a person's name, not one that drops a letter (белька, the surname Бэлька: not белка).
    A qualitative adjective counts as well (свободним: свободный, free; the uk dictionary lacks it), for
    a place named by one (Свободный) is written lower case only as the adjective."""
    lemmas = {spelling for spelling, _ in carry(name, lang, "ru", 2)}
    # Beside the place's own reading (десна the gum, Десна the river), not a slang or archaic one (лида).
    return any((p.tag.POS == "NOUN" or p.tag.POS == "ADJF" and "Qual" in p.tag.grammemes) and p.normal_form in lemmas and not (NAME_TAGS | _RARE_TAGS | {"Geox"}) & p.tag.grammemes
               for spelling, parses in russian_readings(word, lang) if not letter_for_letter or len(spelling) == len(word)
               for p in parses)


_MORFEUSZ_CASES = {"nom": "nom", "gen": "gen", "dat": "dat", "acc": "acc", "inst": "ins", "loc": "loc"}
_PERSON_LABELS = frozenset({"imię", "nazwisko", "pseudonim"})  # (the singer Niemen, Niemena, is no river: Niemna)


@lru_cache(maxsize=20_000)
def polish_forms(word: str, animate: bool) -> dict[str, list[str]] | None:
    """Singular case forms of a Polish proper name Morfeusz 2 knows (Wrocław -> Wrocławia ...; a
    plural-only place's plural ones, Skierniewice -> Skierniewic), or None.

    Of its homonyms, a name of the right kind (a person's for ``animate``: Moskwa the city, not
    the surname) with the most distinct forms wins; indeclinable readings are left to the rules.
    """
    lemmas: dict[str, dict[str, list[str]]] = {}
    given_name: dict[str, bool] = {}
    plural_lemmas: dict[str, bool] = {}
    for form, lemma, tag, names, _ in morfeusz().generate(word):
        parts = tag.split(":")
        labels = set(names) & _POLISH_NAME_LABELS
        # Singular forms; a plural-only place's plural ones (Skierniewice: ze Skierniewic, w Skierniewicach).
        plural_only = "pt" in parts[3:]
        if len(parts) < 3 or parts[0] != "subst" or ("pl" if plural_only else "sg") not in parts[1].split(".") or not labels:
            continue
        fits = labels & _PERSON_LABELS if animate else labels - _PERSON_LABELS
        if not fits or len(parts[2].split(".")) > 3:  # more than three cases in one tag: indeclinable
            continue
        given_name[lemma] = "imię" in labels
        plural_lemmas[lemma] = plural_only
        for case in parts[2].split("."):
            if case in _MORFEUSZ_CASES:
                forms = lemmas.setdefault(lemma, {}).setdefault(_MORFEUSZ_CASES[case], [])
                if form not in forms:
                    forms.append(form)
    for lemma, forms in lemmas.items():
        if plural_lemmas.get(lemma):  # a plural place's bare genitive is the standard one: Czerniowiec, not Czerniowców
            forms["gen"] = sorted(forms.get("gen", []), key=lambda form: form.endswith("ów"))
    complete = [lemma for lemma, f in lemmas.items() if f.get("nom", [None])[0] == word and all(c in f for c in _MORFEUSZ_CASES.values())]
    best = max(complete, key=lambda lemma: (len({x for forms in lemmas[lemma].values() for x in forms}), given_name[lemma]), default=None)
    return lemmas[best] if best else None


@lru_cache(maxsize=4_096)
def polish_indeclinable_place(word: str) -> bool:
    """True when Morfeusz 2 knows ``word`` as a place and only as an indeclinable one (every case in one tag:
    Massachusetts, Connecticut, Illinois; the spelling dictionary's "ndm", w Massachusetts): the rules would
    decline its final consonant (Massachusettsie), which no Polish writer does."""
    places = [tag.split(":") for _, _, (_, _, tag, names, _) in morfeusz().analyse(word) if "nazwa_geograficzna" in names]
    return bool(places) and all(len(parts) > 2 and len(parts[2].split(".")) > 3 for parts in places)


@lru_cache(maxsize=4_096)
def a_womans_indeclinable_title(word: str, lang: str) -> bool:
    """True for a Polish title Morfeusz also reads as a woman's, every case in one form (minister, prezydent: zapytali
    minister Wronę): the name after it may be in any case. East Slavic titles decline for women too (министра Ивановой)."""
    return lang == "pl" and any((parts := tag.split(":"))[0] == "subst" and len(parts) > 3 and parts[3] == "f"
                                and len(parts[2].split(".")) > 3 for _, _, (_, _, tag, _, _) in morfeusz().analyse(word.lower()))


@lru_cache(maxsize=4_096)
def polish_plural_of_a_noun(word: str) -> tuple[str, ...] | None:
    """The genitives plural of the common nouns whose nominative plural ``word`` is, lower-cased (Połogi: połogów;
    Krupki: krupek; Szachty: szacht or szachtów, of szachta and szacht), or None when it is no noun's nominative
    plural, also a singular noun's nominative (Pole) or a name Morfeusz lists (Mali, Nagasaki: indeclinable). A place
    so named is that plural (w Połogach). (Not a plural of persons: mali, the little ones.)"""
    lemmas = set()
    for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word):
        parts = tag.split(":")
        if parts[0] != "subst" or len(parts) < 4 or "nom" not in parts[2].split("."):
            continue
        if "sg" in parts[1].split("."):
            return None
        if "nazwa_pospolita" in names and parts[3] != "m1":
            lemmas.add(lemma)
    if not lemmas:
        return None
    return tuple(sorted({form for lemma in lemmas for form, _, tag, _, _ in morfeusz().generate(lemma)
                         if (parts := tag.split(":"))[0] == "subst" and len(parts) > 2
                         and parts[1] == "pl" and "gen" in parts[2].split(".")}))


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


@lru_cache(maxsize=4_096)
def common_noun_in_the_nominative(word: str, lang: str) -> bool:
    """True when the pl, ru or uk dictionary reads ``word``, in lower case, as an ordinary noun in the nominative
    (Ludzie: człowiek's plural; Гончарі: гончар's), whatever name readings it has beside (Morfeusz's surname Luda,
    pymorphy3's Гончар): a capitalised word opening a sentence that reads so is the sentence's subject, and its
    capital the sentence's. Belarusian's dictionary tells no case: False."""
    lower = word.lower()
    if lang == "pl":
        return any(tag.split(":")[0] in ("subst", "depr") and "nom" in polish_reading_cases(tag)
                   and not _POLISH_NAME_LABELS & set(labels) and lemma[:1].islower()
                   for _, _, (_, lemma, tag, labels, _) in morfeusz().analyse(lower))
    if lang in ("ru", "uk"):
        return any(p.is_known and p.tag.POS == "NOUN" and _case(p, lower) == "nomn" and not NAME_TAGS & p.tag.grammemes
                   for p in pymorphy(lang).parse(lower))
    return False


@lru_cache(maxsize=4_096)
def known_nominative(word: str, lang: str) -> bool:
    """True when the ru or uk dictionary knows ``word`` as a noun's own nominative (Иловайск, Калуш, Манчестер; not
    Паданг, which it only guesses)."""
    return lang in ("ru", "uk") and any(p.is_known and p.tag.POS == "NOUN" and _case(p, word) == "nomn" and p.normal_form == word.lower()
                                        for p in pymorphy(lang).parse(word.lower()))


@lru_cache(maxsize=50_000)
def known_name(word: str, lang: str) -> bool:
    """True when a dictionary of ``lang`` lists ``word`` (capitalised) as a name or place: hunspell's capitalised
    stems, or pymorphy3's own nominative of a name (ru, uk). The evidence that ranks proposed spellings of new names."""
    if word in capitalised_stems(lang):
        return True
    if lang in ("ru", "uk"):
        return any(
            p.is_known and NAME_TAGS & p.tag.grammemes and p.tag.case == "nomn" and p.word == word.lower()
            and p.normal_form == word.lower()
            for p in pymorphy(lang).parse(word)
        )
    return False


@lru_cache(maxsize=2_000)
def indeclinable_name(word: str, lang: str) -> bool:
    """True when the ru or uk dictionary knows ``word`` only as an indeclinable noun (Алматы, Алмати: a
    Kazakh name, no plural): another language's spelling of it in -y is no plural of its own."""
    if lang not in ("ru", "uk"):
        return False
    readings = [p for p in pymorphy(lang).parse(word) if p.is_known and p.normal_form == word.lower() and p.tag.POS == "NOUN"]
    return bool(readings) and all("Fixd" in p.tag.grammemes for p in readings)


def other_lemma_cases(word: str, lang: str, name: str) -> frozenset[str]:
    """The oblique cases in which the ru or uk dictionary reads ``word`` as another place than the name
    ``name`` (Печоры: the river Печора's genitive, beside the town Печоры's nominative). A person's name is
    none (Ляховичі, Броди: the surnames Ляхович's locative, Брода's genitive), and Russian, whose dictionary
    marks places (Geox), counts no common noun either (Крупки, Сороки: the towns, not крупка's, сорока's
    genitive). Ukrainian's marks no place, so there a common noun counts, unless the dictionary knows the
    name itself as a plural-only noun (Дунаївці: the town, not the locative of a Дунаївка)."""
    if lang not in ("ru", "uk"):
        return frozenset()
    nouns = [p for p in pymorphy(lang).parse(word) if p.is_known and p.tag.POS == "NOUN"]
    if lang == "uk" and any(p.normal_form == name.lower() and "Pltm" in p.tag.grammemes for p in nouns):
        return frozenset()
    return frozenset(case for p in nouns if p.normal_form != name.lower() and not PERSON_NAME_TAGS & p.tag.grammemes
                     and (lang == "uk" or "Geox" in p.tag.grammemes)
                     and (case := _PYMORPHY_CASES.get(str(p.tag.case))) not in (None, "nom"))


def belarusian_plural_noun(word: str) -> bool:
    """True when hunspell-be makes lower-case ``word`` in -ы/-і from a base word one letter shorter
    (метады of метад, пераклады of пераклад) or from a feminine noun in -а (вырубкі of вырубка, мовы of
    мова) and does not list it as a base word of its own (новы, вялікі): a noun's plural or genitive,
    where the ending alone would also read a masculine adjective."""
    dictionary = _hunspell_be().dic
    return word.endswith(("ы", "і")) and not dictionary.homonyms(word) \
        and bool(dictionary.homonyms(word[:-1]) or dictionary.homonyms(word[:-1] + "а"))


@lru_cache(maxsize=20_000)
def foreign_word(word: str, lang: str) -> bool:
    """True when the dictionary of ``lang`` knows ``word`` at most as a surname (Rights, Rossa):
    no word of the language, nor one of its first names or places."""
    if lang in ("ru", "uk"):
        return all("Surn" in p.tag.grammemes for p in pymorphy(lang).parse(word.lower()) if p.is_known)
    if lang == "pl":
        return all(tag == "ign" or set(names) == {"nazwisko"} for _, _, (_, _, tag, names, _) in morfeusz().analyse(word))
    if lang == "be":
        return not known_word(word, lang)
    return False


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
def person_noun_cases(word: str, lang: str) -> frozenset[str]:
    """The singular cases ``word`` can be in as a common noun for a person (прем'єра: gen or acc of
    прем'єр; not the premiere). ru, uk, pl."""
    word = word.lower()
    if lang in ("ru", "uk"):
        return frozenset(_PYMORPHY_CASES[_case(p, word)] for p in pymorphy(lang).parse(word)
                         if p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and "plur" not in p.tag.grammemes
                         and not NAME_TAGS & p.tag.grammemes and _case(p, word) in _PYMORPHY_CASES)
    if lang == "pl":
        return frozenset(_MORFEUSZ_CASES[case] for _, _, (_, _, tag, names, _) in morfeusz().analyse(word)
                         if (parts := tag.split(":"))[0] == "subst" and len(parts) > 3 and parts[1] == "sg"
                         and "m1" in parts[3].split(".") and not _POLISH_NAME_LABELS & set(names)
                         for case in parts[2].split(".") if case in _MORFEUSZ_CASES)
    return frozenset()


@lru_cache(maxsize=4096)
def apposition_person_cases(word: str, lang: str) -> frozenset[str]:
    """The singular cases ``word`` can be in as a noun for a man or a woman (ru, uk, pl): ``person_noun_cases``, and in
    Polish, whose dictionary marks no woman as a person, a feminine noun made from a man's with -ka (operatorka from
    operator, nauczycielka from nauczyciel). An apposition after a name in such a noun shows the name's case."""
    cases = person_noun_cases(word, lang)
    if lang != "pl":
        return cases
    womens = frozenset(_MORFEUSZ_CASES[case] for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word.lower())
                       if (parts := tag.split(":"))[0] == "subst" and len(parts) > 3 and parts[1] == "sg" and parts[3] == "f"
                       and lemma.endswith("ka") and person_noun(lemma[:-2], "pl") and not _POLISH_NAME_LABELS & set(names)
                       for case in parts[2].split(".") if case in _MORFEUSZ_CASES)
    return cases | womens


@lru_cache(maxsize=4096)
def people_noun(word: str, lang: str) -> bool:
    """True when ``word`` can be a plural noun for people in the nominative (мешканці, жители,
    mieszkańcy): a place named after it is theirs. ru, uk, pl."""
    word = word.lower()
    if lang in ("ru", "uk"):
        return any(p.is_known and p.tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= p.tag.grammemes
                   and not NAME_TAGS & p.tag.grammemes for p in pymorphy(lang).parse(word))
    if lang == "pl":
        return any(tag.startswith("subst:pl:") and "nom" in tag.split(":")[2].split(".") and "m1" in tag.split(":")[3:4][0].split(".")
                   for _, _, (_, _, tag, names, _) in morfeusz().analyse(word)
                   if tag.count(":") >= 3 and not _POLISH_NAME_LABELS & set(names))
    return False


@lru_cache(maxsize=4096)
def feminine_first_name(word: str, lang: str) -> bool:
    """True when the dictionary knows ``word`` only as a woman's first name (Светлана, Юлія, Iga). ru, uk, pl."""
    if lang == "pl":
        names = [tag.split(":") for _, _, (_, _, tag, labels, _) in morfeusz().analyse(word) if "imię" in labels]
        return bool(names) and all(len(parts) > 3 and parts[3] == "f" for parts in names)
    names = [parse.tag for parse in pymorphy(lang).parse(word.lower())
             if parse.is_known and "Name" in parse.tag.grammemes and parse.tag.case == "nomn"]
    return bool(names) and all("femn" in tag.grammemes for tag in names)


@lru_cache(maxsize=4096)
def frozen_plural_surname(word: str) -> bool:
    """True for a Russian surname that is an adjective's genitive plural (Седых, Долгих, Черных: "of the grey
    ones"), which declines in no language; not a name in -их the dictionary knows (Ульрих, Дитрих: Ульриха)."""
    lower = word.lower()
    if len(lower) < 5 or not lower.endswith(("ых", "их")):
        return False
    parses = pymorphy("ru").parse(lower)
    if any(parse.is_known and "Name" in parse.tag.grammemes for parse in parses):
        return False
    return any({"ADJF", "plur", "gent"} <= parse.tag.grammemes or {"Surn", "Fixd"} <= parse.tag.grammemes for parse in parses)


@lru_cache(maxsize=4096)
def possessive_womans_surname(word: str) -> bool:
    """True when the Russian dictionary reads ``word`` as a woman's surname formed from a man's in -ин, -ын
    (Рощина from Рощин, Гущина), an adjective's forms (Рощиной), though its -щина, -чина is most often a
    noun's (овчина, Кравчина: Кравчины). A surname it only guesses counts where it knows no common noun so spelt."""
    parses = pymorphy("ru").parse(word.lower())
    surnames = [parse for parse in parses
                if {"Surn", "femn", "nomn"} <= parse.tag.grammemes and parse.normal_form.endswith(("ин", "ын"))]
    return any(parse.is_known for parse in surnames) or bool(surnames) and not any(
        parse.is_known and parse.tag.POS == "NOUN" and not NAME_TAGS & parse.tag.grammemes for parse in parses)


@lru_cache(maxsize=4096)
def masculine_first_name(word: str, lang: str) -> bool:
    """True when the dictionary knows ``word`` as a man's first name in the nominative singular
    (Франциск, Franciszek). ru, uk, pl."""
    if lang == "pl":
        return any("imię" in labels and tag.startswith("subst:sg:nom:m1")
                   for _, _, (_, _, tag, labels, _) in morfeusz().analyse(word))
    return any(parse.is_known and {"Name", "masc", "nomn"} <= parse.tag.grammemes and "plur" not in parse.tag.grammemes
               for parse in pymorphy(lang).parse(word.lower()))


@lru_cache(maxsize=4096)
def belarusian_mans_first_name(word: str) -> bool:
    """True when the Russian dictionary (its Russian spelling: Фама as Фома) or the Ukrainian one (Ілля, spelled
    alike) knows the Belarusian first name ``word`` as a man's alone: not Саша, a man's or a woman's."""
    genders = {parse.tag.gender for _, parses in russian_readings(word, "be", 4) for parse in parses
               if {"Name", "nomn"} <= parse.tag.grammemes}
    genders |= {parse.tag.gender for parse in pymorphy("uk").parse(word.lower())
                if parse.is_known and {"Name", "nomn"} <= parse.tag.grammemes}
    return genders == {"masc"}


@lru_cache(maxsize=1024)
def declined_mans_name_in_o(word: str, lang: str) -> bool:
    """True when the Ukrainian dictionary knows a Ukrainian spelling of the man's first name ``word`` in -о as one
    that declines, its genitive in -а (Пятро, Дзмітро, Паўло: Петро, Дмитро, Павло: Петра), not a foreign name that
    does not (Бруно, Лео) nor a woman's (Ніко). Belarusian writes an unstressed о as а, so its -о is stressed and
    declines as the Ukrainian one: Пятра, Пятру, Пятром (ТСБМ); the Russian dictionary lists these names as
    indeclinable foreign ones."""
    if not word.lower().endswith("о"):
        return False
    for spelling, _ in carry(word, lang, "uk", 3):
        parses = [p for p in pymorphy("uk").parse(spelling) if p.is_known and {"Name", "masc"} <= p.tag.grammemes]
        if any("Fixd" in p.tag.grammemes for p in parses):
            return False
        if any("nomn" in p.tag.grammemes and (genitive := p.inflect({"gent"})) and genitive.word == spelling[:-1] + "а"
               for p in parses):
            return True
    return False


_POLISH_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc"})


@lru_cache(maxsize=4096)
def indeclinable_before_a_name(word: str, lang: str) -> bool:
    """True when a dictionary knows ``word`` and reads it as no first name and nothing but an indeclinable word
    or an adverb (Супер in Супер Марио: ru супер, uk супер, pl super; ru леди).
    Before a surname it is no first name to decline (на Супер Марыё, not Супера Марыё), whatever its ending."""
    if lang == "pl":
        analyses = [analysis[2] for analysis in morfeusz().analyse(word) if analysis[2][2] not in ("ign", "frag", "brev:npun")]
        if any("imię" in labels for _, _, _, labels, _ in analyses):
            return False
        # An indeclinable word is one form in every case of each of its lemmas (super: an adjective of all six; an
        # adverb has none; doktor is a woman's in every case but a man's nominative alone).
        lemmas: dict[str, set[str]] = {}
        for _, lemma, tag, labels, _ in analyses:
            if not labels or "nazwa_pospolita" in labels:
                cases = lemmas.setdefault(lemma, set())
                cases |= set(tag.split(":")[2].split(".")) if tag.startswith(("adj:", "subst:")) else set() if tag.startswith("adv") else {"?"}
        return bool(lemmas) and all(not cases or _POLISH_CASES <= cases and "?" not in cases for cases in lemmas.values())
    if lang == "be":
        parses = [parse for _, found in russian_readings(word, "be") for parse in found]
    elif lang in ("ru", "uk"):
        parses = [parse for parse in pymorphy(lang).parse(word.lower()) if parse.is_known]
    else:
        return False
    # (an adverb or an indeclinable word alone: a verb, particle or interjection a first name resembles, Віталь
    # as витал, Эва, is no sign)
    return bool(parses) and all(not NAME_TAGS & parse.tag.grammemes
                                and ("Fixd" in parse.tag.grammemes or parse.tag.POS == "ADVB") for parse in parses)


@lru_cache(maxsize=4096)
def first_name_reading(word: str, lang: str, only: bool = False) -> bool:
    """True when a dictionary reads ``word`` as a first name in some case (Borisa, Олександр, Аляксандра: the
    Belarusian through its Russian spellings); with ``only``, when it has no other reading (Рафаэль; not
    Израиля, also the country, nor Роза, the flower), in ru, uk, pl alone: Belarusian's guessed Russian
    spellings read too many words as names (Маці as Мати, Адэсы)."""
    if lang == "pl" and only:
        # The word's own readings (its lemma, not a form of another: Jany's genitive Jan), a surname's aside: most first
        # names are surnames too (Jan, Paweł), which makes them no less a first name before a surname.
        readings = [("imię" in labels) for _, _, (_, lemma, tag, labels, _) in morfeusz().analyse(word)
                    if tag != "ign" and not tag.startswith("brev") and lemma.split(":")[0].lower() == word.lower()
                    and set(labels) != {"nazwisko"}]
    elif lang == "pl":
        readings = [("imię" in labels) for _, _, (_, _, tag, labels, _) in morfeusz().analyse(word) if tag != "ign"]
    elif lang == "be" and not only:
        readings = [("Name" in parse.tag.grammemes) for _, parses in russian_readings(word, "be", 4) for parse in parses]
    elif lang in ("ru", "uk"):
        readings = [("Name" in parse.tag.grammemes) for parse in pymorphy(lang).parse(word.lower()) if parse.is_known]
    else:
        return False
    return bool(readings) and (all(readings) if only else any(readings))


@lru_cache(maxsize=20_000)
def governor_reading(word: str, lang: str) -> tuple[str, str | None] | None:
    """What the dictionary makes of a word right before a name that no government table lists
    (ru, uk, pl; be by its endings): ``("object", "acc")`` for a plural or infinitive verb, whose subject cannot be one
    person named after it (попросили, zapytali, считать); ``("noun", "gen")`` for another common
    noun (рейтингу, дому); ``("verb", None)`` for another verb; ``("person", case)`` for a noun for a person, with its case when only one
    fits (пенсионерку: acc; its plural, родители: gen; a nominative or unclear form: None)."""
    word = word.lower()
    if lang in ("ru", "uk"):
        return _pymorphy_reading(word, lang)
    if lang == "pl":
        return _morfeusz_reading(word)
    if lang == "be":
        return _belarusian_reading(word)
    return None


# Belarusian has no dictionary with parts of speech here: its regular endings stand in.
_BE_VERBAL_NOUN = re.compile(r"(?:нн|цц|чч|сс|зз|лл|жж|дз)(?:е|я|ю|ем|і)$")  # вызваленне, вызвалення
# затрымалі, допытвалі; патрабуюць, затрымаць (not the nouns in -сць: маладосць)
_BE_OBJECT_VERB = re.compile(r"[аяіыэе]лі$|(?<!с)(?:уць|юць|аць|яць|ыць|іць)$")
# (-мант, -мент name things: момант, дакумент, парламент; no person's noun ends so)
_BE_PERSON_STEM = r"(?:ар|ер|ёр|іст|ыст|эт|нік|лаг|ал|(?<!м[аеэ])нт|ат)"  # блогер, журналіст, паэт, генерал, прэзідэнт, дэпутат
# -ку after a vowel is a masculine -ік/-ык noun's dative (кіраўніку, палітыку); after a consonant a -ка noun's accusative (журналістку).
# -цу is a woman's -ніца noun's accusative (кіраўніцу), but a man's -ца noun's (дарадцу, праваабаронцу) accusative
# or dative alike: the words before decide. So they do for -цы: a -ка noun's dative (журналістцы), a -ніца noun's
# genitive, dative or locative (кіраўніцы), a man's -ца noun's genitive (паўабаронцы, мовазнаўцы: his dative is -цу).
_BE_PERSON_ENDINGS = ((re.compile(r"кы$|[цк]э$|[іы]ку$"), "dat"), (re.compile(r"(?<!ні)цу$|цы$"), None), (re.compile(r"[цк]у$"), "acc"),
                      (re.compile(_BE_PERSON_STEM + "у$"), "dat"), (re.compile(_BE_PERSON_STEM + "а$"), "gen"),
                      (re.compile(r"(?:" + _BE_PERSON_STEM + r"|[цк])(?:ам|ай)$"), "ins"),
                      # the people of a person, as in ru/uk: адвакаты Луцэнкі, журналісты
                      (re.compile(_BE_PERSON_STEM + r"[ыі]$"), "gen"))


# Gerunds by their endings (крытыкуючы, кажучы, гледзячы, сустрэўшы; -ачы ends the genitive of задача, перадача).
# Adjectives from present participles end so too (вядучы, бягучы, кіруючы): the verb's stem must say which.
_BE_GERUND = re.compile(r"(?:ючы|учы|ячы|ўшы)$")
# -хіў, -тыў end nouns (архіў, калектыў, матыў), no past verb.
_BE_NOUN_IN_W = r"(?<![хт])"
# сказаў (сказов), сказаць, нарадзіўся; a present in -ае/-яе/-уе (знае, раздае), which ends no Belarusian noun
_BE_VERB_LIKE = re.compile(r"(?:[аяеэоё]ў|" + _BE_NOUN_IN_W + r"[іы]ў|ц[ьі]|ся|ца|[аяу]е)$")


def _belarusian_reading(word: str) -> tuple[str, str | None] | None:
    if _BE_VERBAL_NOUN.search(word) or _belarusian_plural_genitive(word):  # (міністраў, прыхільнікаў: a noun's genitive plural)
        return "noun", "gen"
    if not _BE_VERB_LIKE.search(word) and not _BE_OBJECT_VERB.search(word) and _russian_thing(word):
        return "noun", "gen"  # ролю, імя, ідэі: a common noun heads a genitive
    if _BE_OBJECT_VERB.search(word):
        return "object", "acc"
    return next((("person", case) for pattern, case in _BE_PERSON_ENDINGS if pattern.search(word)), None)


def _russian_thing(word: str) -> bool:
    """True when the Russian spelling of a Belarusian word is a noun for a thing and nothing else
    (ролю, имя, идеи): no dictionary of Belarusian tells parts of speech."""
    return any(parses and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and not NAME_TAGS & p.tag.grammemes
                              for p in parses)
               for _, parses in russian_readings(word, "be"))


# The dictionary's second genitive and locative (чашка чаю, на берегу) are the genitive and locative an adjective
# agrees with (на высоком берегу).
_PYMORPHY_CASES = {"nomn": "nom", "gent": "gen", "gen2": "gen", "datv": "dat", "accs": "acc", "acc2": "acc", "ablt": "ins",
                   "loct": "loc", "loc2": "loc"}


@lru_cache(maxsize=20_000)
def gerund(word: str, lang: str) -> bool:
    """True for a gerund (критикуючи, критикуя, крытыкуючы, krytykując): no subject of its own, so not even two
    names joined after it ("критикуючи X й Y") are one; they are its objects."""
    word = word.lower()
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word) if p.is_known]
        return bool(parses) and parses[0].tag.POS == "GRND"
    if lang == "pl":
        return any(tag.split(":")[0] in ("pcon", "pant") for _, _, (_, _, tag, _, _) in morfeusz().analyse(word))
    return lang == "be" and bool(_BE_GERUND.search(word))  # (the caller checks the stem is a verb's)


def _subjectless_or_plural(parse, word: str) -> bool:
    """True for a verb form whose subject cannot be one person named after it: a plural, an infinitive (the uk
    dictionary tags some as a bare VERB, its lemma: звільняти, звільнити), a gerund or a Ukrainian impersonal in
    -но/-то, which have no subject of their own (критикуючи Трампа, критикуя Трампа, затримано Савчина)."""
    tag = parse.tag
    return tag.POS in ("INFN", "GRND") or "plur" in tag.grammemes or "infn" in tag.grammemes or "Impe" in tag.grammemes \
        or tag.POS == "VERB" and parse.normal_form == word and not (tag.tense or tag.person or tag.number or tag.gender)


@lru_cache(maxsize=4096)
def impersonal_infinitive(word: str, lang: str) -> str | None:
    """The verb a Ukrainian impersonal in -но/-то comes from (затримано: затримати), if the dictionary reads ``word``
    as one first: обрано, not the adverb відкрито first read so."""
    parses = [p for p in pymorphy(lang).parse(word.lower()) if p.is_known]
    return parses[0].normal_form if parses and parses[0].tag.POS == "VERB" and "Impe" in parses[0].tag.grammemes else None


def _pymorphy_reading(word: str, lang: str) -> tuple[str, str | None] | None:
    parses = [p for p in pymorphy(lang).parse(word) if p.is_known and not NAME_TAGS & p.tag.grammemes]
    if not parses:
        return None
    tag = parses[0].tag
    if tag.POS in ("VERB", "INFN", "GRND"):
        return ("object", "acc") if _subjectless_or_plural(parses[0], word) and "intr" not in tag.grammemes \
            else ("verb", None)  # uk tags no transitivity
    if tag.POS != "NOUN":
        return None
    if "anim" not in tag.grammemes:
        return "noun", "gen"
    nouns = [p.tag for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes]
    if all("plur" in t.grammemes for t in nouns):
        return "person", "gen"  # "родители Протасевича": the people of a person
    cases = {_PYMORPHY_CASES.get(t.case) for t in nouns if "plur" not in t.grammemes}
    return "person", _single_case(cases)


@lru_cache(maxsize=20_000)
def adjective(word: str, lang: str) -> bool:
    """True when every reading the dictionary has of ``word`` is an adjective or participle (білоруського,
    białoruskiego): one before a title agrees with it. ru, uk, pl."""
    if lang == "pl":
        readings = [tag for _, _, (_, _, tag, _, _) in morfeusz().analyse(word.lower()) if tag != "ign"]
        return bool(readings) and all(tag.startswith(("adj:", "ppas:", "pact:")) for tag in readings)
    if lang not in ("ru", "uk"):
        return False
    # A surname reading does not count: польського is the adjective, not the Polskis' name.
    parses = [p for p in pymorphy(lang).parse(word.lower()) if p.is_known and not NAME_TAGS & p.tag.grammemes]
    return bool(parses) and all(p.tag.POS in ("ADJF", "PRTF") for p in parses)  # a participle agrees like one


# Belarusian masculine person nouns by their ending (no dictionary here): міністру the dative without
# a preposition; міністрам the instrumental.
_BE_PERSON_NOUN_CASES = (("ам", "ins"), ("ям", "ins"), ("ом", "ins"), ("ём", "ins"), ("ем", "ins"), ("у", "dat"), ("ю", "dat"))


@lru_cache(maxsize=20_000)
def noun_case(word: str, lang: str) -> str | None:
    """The one oblique case any singular noun reading of ``word`` can be in (мэру, голові: dat),
    whether the dictionary reads it as a person or not (голові: the head, or the chairman). ru, uk;
    be by the endings of a masculine noun for a person (міністру: dat), and a genitive plural hunspell-be confirms
    (міністраў: a plural title before one person is no apposition to them, but whose they are)."""
    if lang == "be":
        if _belarusian_plural_genitive(word.lower()):
            return "gen"
        return next((case for ending, case in _BE_PERSON_NOUN_CASES if word.lower().endswith(ending)), None)
    if lang not in ("ru", "uk"):
        return None
    return _single_case({_PYMORPHY_CASES.get(p.tag.case) for p in pymorphy(lang).parse(word.lower())
                         if p.is_known and p.tag.POS == "NOUN" and "plur" not in p.tag.grammemes})


def _single_case(cases: set) -> str | None:
    """The one oblique case a person noun's form can be in; without a preposition -у is the dative, not the locative."""
    if "dat" in cases:
        cases.discard("loc")
    return cases.pop() if len(cases) == 1 and "nom" not in cases else None


def _morfeusz_reading(word: str) -> tuple[str, str | None] | None:
    readings = [(lemma, tag.split(":")) for _, _, (_, lemma, tag, names, _) in morfeusz().analyse(word)
                if tag != "ign" and not _POLISH_NAME_LABELS & set(names)]
    if not readings:
        return None
    classes = {parts[0] for _, parts in readings}
    if classes & {"fin", "praet", "inf", "pcon", "pant"}:  # (pcon, pant: gerunds, krytykując, spotkawszy: no subject of their own)
        plural = any(p[0] in ("inf", "pcon", "pant") or p[0] in ("fin", "praet") and p[1] == "pl" for _, p in readings)
        return ("object", "acc") if plural and not classes & {"subst"} else ("verb", None)
    nouns = [(lemma, parts) for lemma, parts in readings if parts[0] == "subst" and len(parts) > 3]
    if not nouns:
        return ("noun", "gen") if "ger" in classes else None  # a verbal noun: uwolnienia, spotkanie
    # A noun for a person: masculine personal (m1), or a woman's noun in -ka (emerytka, redaktorka)
    # or a participle's -ąca (przewodnicząca), or a woman's -owa from a man's (szefowa, królowa).
    persons = [parts for lemma, parts in nouns if "m1" in parts[3].split(".")
               or parts[3] == "f" and (lemma.split(":")[0].endswith(("ka", "ąca")) and len(lemma) > 5
                                       or _polish_womans_noun_from_a_mans(lemma.split(":")[0]))]
    if not persons:
        return "noun", "gen"
    if all(parts[1] == "pl" for parts in persons):
        return "person", "gen"
    return "person", _single_case({_MORFEUSZ_CASES.get(c) for parts in persons if parts[1] == "sg" for c in parts[2].split(".")})


@lru_cache(maxsize=1024)
def _polish_womans_noun_from_a_mans(lemma: str) -> bool:
    """True for a woman's noun made from a man's personal noun by -owa (szefowa from szef, królowa from król); not a
    thing's noun that merely ends so (rozmowa, budowa, połowa: no rozm, bud, poł is a person). Not -yni (mistrzyni), whose
    nominative is its genitive, dative and locative too: read as a person's title, it would make the name after it a
    nominative where an impersonal verb wants the dative (Mistrzyni olimpijskiej X zadano pytanie)."""
    if not lemma.endswith("owa") or len(lemma) < 6:
        return False
    stem = lemma[:-3]
    readings = [(base.split(":")[0], tag.split(":")) for _, _, (_, base, tag, _, _) in morfeusz().analyse(stem)]
    return any(base == stem and parts[0] == "subst" and len(parts) > 3 and "nom" in parts[2].split(".") and "m1" in parts[3].split(".")
               for base, parts in readings)


# A finite verb's agreement: (number, gender): "sing"/"plur", "masc"/"femn"/"neut" in the past
# tense, None in the present or future (which says only the third person singular).
Agreement = tuple[str, str | None]
# Nominative personal pronouns: a clause that has one has its subject.
PERSONAL_PRONOUNS = {
    "be": frozenset({"я", "ты", "ён", "яна", "яно", "мы", "вы", "яны"}),
    "uk": frozenset({"я", "ти", "він", "вона", "воно", "ми", "ви", "вони"}),
    "ru": frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они"}),
    "pl": frozenset({"ja", "ty", "on", "ona", "ono", "my", "wy", "oni", "one"}),
}
# The number and gender of each personal pronoun above (None: either gender; я, ты take a verb of both).
_PRONOUN_AGREEMENT = {**{word: ("sing", "masc") for word in ("ён", "він", "он", "on")},
                      **{word: ("sing", "femn") for word in ("яна", "вона", "она", "ona")},
                      **{word: ("sing", "neut") for word in ("яно", "воно", "оно", "ono")},
                      **{word: ("sing", None) for word in ("я", "ты", "ти", "ja", "ty")},
                      **{word: ("plur", None) for word in ("мы", "вы", "яны", "ми", "ви", "вони", "они", "my", "wy", "oni", "one")}}


def pronoun_agrees(word: str, lang: str, agreement: Agreement) -> bool:
    """True when ``word`` is a personal pronoun in the nominative that can be the subject of a verb of ``agreement``
    (он похвалил, яна падзякавала, oni pochwalili; not он похвалила)."""
    if word.lower() not in PERSONAL_PRONOUNS.get(lang, ()):
        return False
    number, gender = _PRONOUN_AGREEMENT[word.lower()]
    return number == agreement[0] and (gender is None or agreement[1] is None or gender == agreement[1])


# Nominative pronouns a clause's subject may be, indefinite ones too: a name before one and its verb is the
# verb's object put first ("Беразоўскаму нехта дапамог").
SUBJECT_PRONOUNS = {lang: PERSONAL_PRONOUNS[lang] | frozenset(indefinite) for lang, indefinite in (
    ("be", ("нехта", "хтосьці", "хто-небудзь", "ніхто")), ("uk", ("хтось", "хто-небудь", "ніхто")),
    ("ru", ("кто-то", "кто-нибудь", "никто")), ("pl", ("ktoś", "nikt")))}
# (-мог: the past of -магчы verbs, перамог, дапамог, which no noun ends in)
_BE_PAST = ((re.compile(r"(?:[аяеэу]ў|" + _BE_NOUN_IN_W + r"[іы]ў|шоў|ёў|мог)$"), ("sing", "masc")), (re.compile(r"(?:[аяеэіыо]|ш|ну)ла$"), ("sing", "femn")),
            # the past of -йсці verbs has -шл- (пайшла, прыйшло, разышліся), of -нуць verbs -нул- (вярнулася, кінулі)
            (re.compile(r"(?:[аяеэіыо]|ш|ну)ло$"), ("sing", "neut")), (re.compile(r"(?:[аяеэіыо]|ш|ну)лі$"), ("plur", None)))
_POLISH_GENDERS = {"m1": "masc", "m2": "masc", "m3": "masc", "f": "femn", "n": "neut"}
_POLISH_NUMBERS = {"sg": "sing", "pl": "plur"}


def _agreement_of(tag) -> Agreement:
    """The agreement a pymorphy3 ``tag`` of a past verb, a short adjective or a participle asks of its subject: the
    plural, or the singular and its gender (None where the tag gives none)."""
    return ("plur", None) if tag.number == "plur" else ("sing", str(tag.gender) if tag.gender else None)


@lru_cache(maxsize=20_000)
def finite_verb(word: str, lang: str) -> Agreement | None:
    """The agreement of ``word`` when it is a finite verb of the third person (заявіў, ввів, заявила,
    каже, oświadczyła, mówi): its subject must agree with it. Belarusian by its past-tense endings, and its present
    as :func:`belarusian_present_verb` reads it."""
    word = word.lower()
    if lang in ("ru", "uk"):
        parses = pymorphy(lang).parse(word)
        parse = parses[0]  # a Russianism in Ukrainian (поблагодарив) is a guessed verb
        if parse.tag.POS in ("ADJF", "ADJS"):
            # A short adjective the dictionary reads first (uk жив: живий) is also the past verb (жити).
            parse = next((p for p in parses if p.is_known and p.tag.POS == "VERB"), parse)
        tag = parse.tag
        if tag.POS != "VERB" or tag.mood == "impr" or tag.person in ("1per", "2per"):
            return None
        if tag.tense == "past":
            return _agreement_of(tag)
        return (str(tag.number or "sing"), None) if tag.person == "3per" else None
    if lang == "pl":
        for _, _, (_, _, tag, _, _) in morfeusz().analyse(word):
            parts = tag.split(":")
            if parts[0] == "praet" and len(parts) > 2:
                genders = {_POLISH_GENDERS.get(g) for g in parts[2].split(".")}
                return _POLISH_NUMBERS.get(parts[1], parts[1]), genders.pop() if len(genders) == 1 else None
            if parts[0] == "fin" and len(parts) > 2 and parts[2] == "ter":
                return _POLISH_NUMBERS.get(parts[1], parts[1]), None
        return None
    if lang == "be":
        # A reflexive verb agrees as its plain form does: сфатаграфаваўся, засмяялася, смяецца, вучацца.
        plain = _BE_REFLEXIVE.sub(lambda ending: _BE_REFLEXIVE_PLAIN[ending.group()], word)
        if plain == word and _belarusian_plural_genitive(word):
            return None  # памочнікаў, удзельнікаў: a noun's genitive plural, though it ends like сказаў
        return next((agreement for pattern, agreement in _BE_PAST if pattern.search(plain)), None) \
            or belarusian_present_verb(plain)
    return None


def only_a_finite_verb(word: str, lang: str) -> bool:
    """True when ``word`` is a finite verb of the third person in every reading the dictionary gives: "wybrali",
    "zawiesili", not "jedna" (also the numeral one), "trzyma", "стала" (also a noun). Belarusian by its verb endings
    alone (:func:`finite_verb`)."""
    if finite_verb(word, lang) is None:
        return False
    word = word.lower()
    if lang in ("ru", "uk"):
        return all(p.tag.POS in ("VERB", "PRTS") for p in pymorphy(lang).parse(word) if p.is_known)
    if lang == "pl":
        return all(tag.startswith(("fin", "praet", "bedzie", "impt", "imps", "inf", "aglt")) or tag == "ign"
                   for _, _, (_, _, tag, _, _) in morfeusz().analyse(word))
    return True


# The Belarusian third person present by the endings no noun has: after a vowel (знае, дае, хварэе, разумее;
# памятаюць, працуюць: no infinitive ends in a vowel + -юць, -нуць and -аць do) and -іць, -ыць (робіць).
_BE_PRESENT = ((re.compile(r"(?:[аяуэе]е|[іы]ць)$"), ("sing", None)), (re.compile(r"[аяеэоуыі]юць$"), ("plur", None)))
# The endings of a verb a caller's table lists already (a verb of motion): -е/-э after any consonant, ь, ў or
# apostrophe (едзе, вязе), and the plural in -уць, -юць, -аць, -яць (едуць, ездзяць, возяць), which an infinitive
# also has; that the table lists the word tells it is a verb.
_BE_LISTED_PRESENT = ((re.compile(r"(?:[^ауыэіюяеёо][еэ]|[іы]ць)$"), ("sing", None)), (re.compile(r"[уюая]ць$"), ("plur", None)))
# A first-conjugation present after a consonant (вядзе, нясе, бярэ, піша, кажа), which ends like a noun's locative
# (горадзе) or a feminine nominative (мяжа).
_BE_CONSONANT_PRESENT = re.compile(r"(?:[бвгджзклмнпрстфхцчш]|дз)[еэ]$|[шжч]а$")


def belarusian_present_verb(word: str, listed: bool = False) -> Agreement | None:
    """The agreement of ``word`` when it is a Belarusian present-tense verb of the third person: by an ending no noun
    has (знае, робіць, памятаюць), or by -е/-э after a consonant or -а after ш, ж, ч when hunspell-be proves it a verb
    (:func:`belarusian_consonant_present`: вядзе, піша). ``listed``: the caller's table lists the word as a verb, so
    the verb's endings alone tell its form, those an infinitive or a noun shares too (едзе, едуць, возяць).
    The one place that decides a Belarusian present; :func:`finite_verb` asks it for the present."""
    for pattern, agreement in _BE_PRESENT + (_BE_LISTED_PRESENT if listed else ()):
        if pattern.search(word):
            return agreement
    return ("sing", None) if belarusian_consonant_present(word) else None


def belarusian_consonant_present(word: str) -> bool:
    """True for a Belarusian present-tense verb in -е/-э after a consonant or in -а after ш, ж, ч (вядзе, бярэ, піша):
    hunspell-be knows its third person plural in -уць (вядуць, бяруць, пішуць), which no noun's form has (горадуць).
    The part of :func:`belarusian_present_verb` a word ending like a noun's locative (горадзе) must pass."""
    if not _BE_CONSONANT_PRESENT.search(word):
        return False
    stem = word[:-1]
    return _hunspell_be().lookup((stem[:-2] + "д" if stem.endswith("дз") else stem) + "уць")


_BE_PLURAL_GENITIVE = re.compile(r"(?<=[^аяеэіыоёуюьў'])[аяо]ў$")


# (-оў too: калоў, палоў, whose infinitive hunspell-be knows; the agreement table's ending leaves them out)
_BE_PAST_MASCULINE = re.compile(r"(?:[аяеэоё]ў|" + _BE_NOUN_IN_W + r"[іы]ў)$")


def belarusian_past_verb(word: str) -> bool:
    """True for a Belarusian man's past verb (стаяў, выказаў, зрабіў): its ending, and hunspell-be knows its infinitive
    (стаяць), which no noun's genitive plural has (міністраў, спраў)."""
    word = word.lower()
    return bool(_BE_PAST_MASCULINE.search(word)) and _infinitive_of_a_past(word)


def _infinitive_of_a_past(word: str) -> bool:
    """True when hunspell-be knows the infinitive in -ць of a word in -ў (сказаў: сказаць; not памочнікаў)."""
    return _hunspell_be().lookup(word[:-1] + "ць")


def _belarusian_plural_genitive(word: str) -> bool:
    """True for a Belarusian word in -аў/-яў/-оў after a consonant that hunspell-be knows as a noun's genitive plural
    and not as a past verb: its nominative plural is a word (памочнікі, дэпутаты) and no infinitive in -ць goes with
    it (памочнікаць). A word that is both keeps its verb reading (сказаў: сказы, сказаць; латаў)."""
    if not _BE_PLURAL_GENITIVE.search(word):
        return False
    dictionary, stem = _hunspell_be(), word[:-2]
    return any(dictionary.lookup(stem + ending) for ending in ("ы", "і")) and not _infinitive_of_a_past(word)


_BE_REFLEXIVE_PLAIN = {"ўся": "ў", "лася": "ла", "лося": "ло", "ліся": "лі", "ецца": "е", "юцца": "юць", "іцца": "іць"}
_BE_REFLEXIVE = re.compile("(?:" + "|".join(_BE_REFLEXIVE_PLAIN) + ")$")


# Belarusian nominatives by their endings: a consonant (рэжым), -о/-е (пытанне); not the plural's
# -аў/-ам/-ах (выбараў) nor -а/-я, a feminine nominative or a masculine genitive (тыдня), which
# counts only before a feminine verb.
_BE_NOMINATIVE = re.compile(r"[оеё]$|(?<!аў|яў|оў|ёў|ам|ям|ах|ях)(?<=[^аяеэіыоёуюь])$")
_BE_FEMININE_NOMINATIVE = re.compile(r"[аяь]$")
_BE_NEUTER_NOMINATIVE = re.compile(r"[оеё]$")


_PREDICATE_REACH = 3  # the words a subject's predicate may stand past it: "Медики Хмелевским довольны"


def predicate_further_on(text: str, end: int, lang: str) -> Agreement | None:
    """The agreement of the first predicate among the few words of its clause right after ``text[:end]`` (past
    spaces only, so a comma ends the search): a finite verb (Медики добрались), or in ru and uk a short adjective or
    participle the dictionary knows (Медики Хмелевским довольны, Ковалі задоволені не були: the plural's). For telling an
    ordinary noun that opens a sentence from the oblique form of a name it resembles: the predicate needs a subject."""
    for _ in range(_PREDICATE_REACH):
        following = NEXT_WORD.match(text, end)
        if not following:
            return None
        word, end = following.group(1), following.end()
        if agreement := finite_verb(word, lang) or _short_adjective(word, lang):
            return agreement
    return None


def _short_adjective(word: str, lang: str) -> Agreement | None:
    """The number and gender of a ru or uk short adjective or participle the dictionary knows (довольны, рад, задоволені)."""
    if lang not in ("ru", "uk"):
        return None
    parse = next((p for p in pymorphy(lang).parse(word.lower()) if p.is_known and p.tag.POS in ("ADJS", "PRTS")), None)
    return _agreement_of(parse.tag) if parse is not None else None


@lru_cache(maxsize=20_000)
def can_be_subject_of(word: str, lang: str, agreement: Agreement) -> bool:
    """True when the noun ``word`` can be the nominative subject of a verb of ``agreement``: "рэжым"
    of узмацніў can, "канфлікту", "тыдня" and "засідання" of оголосив cannot. Belarusian by its
    nominative endings."""
    word = word.lower()
    if len(word) < 2:
        return False  # a particle or preposition (ж, с), which a dictionary also reads as an abbreviation
    if lang in ("ru", "uk"):  # nor does an indeclinable reading count (того: Togo)
        return any(p.tag.POS == "NOUN" and _case(p, word) == "nomn" and not {"Abbr", "Fixd"} & p.tag.grammemes
                   and _agrees(str(p.tag.number or "sing"), p.tag.gender and str(p.tag.gender), agreement)
                   for p in pymorphy(lang).parse(word))
    if lang == "pl":
        for _, _, (_, _, tag, _, _) in morfeusz().analyse(word):
            parts = tag.split(":")
            if parts[0] in ("subst", "depr") and len(parts) > 3 and "nom" in parts[2].split(".") \
                    and any(_agrees(_POLISH_NUMBERS.get(n, n), _POLISH_GENDERS.get(g), agreement)
                            for n in parts[1].split(".") for g in parts[3].split(".")):
                return True
        return False
    if lang == "be":
        if _BE_NEUTER_NOMINATIVE.search(word) and agreement[0] == "sing" and agreement[1] in ("masc", "femn"):
            return False  # a neuter (ушанаванне, пакаранне) is no subject of a man's or a woman's past: "Ушанаванне X прыняла"
        # A present-tense verb has no gender: a feminine -а noun may be its subject (Спадчына ... вывучаецца).
        return bool(_BE_NOMINATIVE.search(word) or agreement in (("sing", "femn"), ("sing", None)) and _BE_FEMININE_NOMINATIVE.search(word))
    return True


def a_known_noun_no_subject_of(word: str, lang: str, agreement: Agreement) -> bool:
    """True when the dictionary knows ``word`` as a noun (a place's name too: Ukrainy, Украины) and no reading of it can
    be the subject of a verb of ``agreement``: a capitalised genitive, which a verb's subject after it need not outweigh.
    ru, uk, pl; a word no dictionary knows (a foreign surname) is none."""
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word.lower()) if p.is_known and p.tag.POS == "NOUN"]
        if any(({"Fixd"} | PERSON_NAME_TAGS) & p.tag.grammemes for p in parses):
            return False  # a person's name, or an undeclined word (Лукашенко): any case, the subject's too
        known = bool(parses)
    elif lang == "pl":
        known = any(tag.startswith(("subst:", "depr:")) for _, _, (_, _, tag, _, _) in morfeusz().analyse(word))
    else:
        return False
    return known and not can_be_subject_of(word, lang, agreement)


def _agrees(number: str, gender: str | None, agreement: Agreement) -> bool:
    """A subject of ``number`` and ``gender`` agrees with a verb's ``agreement`` (uk tags no singular)."""
    verb_number, verb_gender = agreement
    if number != verb_number:
        return False
    return verb_gender is None or gender is None or gender == verb_gender or number == "plur"


# An adjective made from a place (Мінскі, Минский, Мінські, miński): its -ск-/-цк-/-sk- suffix and an
# ending only adjectives have after it. The place's own forms after -ск (Мінска, Мінську, Минском,
# Минске, Mińska, Mińsku, Mińskiem) end otherwise; Мінська, Мінську, mińska are both and stay forms.
_PLACE_ADJECTIVE = re.compile(
    r"(?:с|ц|з)ь?к(?:ий|ій|ый|і|ая|яя|ое|ае|ее|ие|ія|ые|ыя|ого|ага|его|ому|аму|ему|ым|ім|им|ой|ай|ую|ых|іх|их|ыми|ымі|ими|ої|ою|ей)$"
    r"|(?:с|ц|з)ьке$"  # (the Ukrainian neuter, Мінське; never a form of the place, whose locative is Мінську)
    r"|[sc]k(?:i|ie|iego|iemu|im|imi|ich|ą|iej)$", re.IGNORECASE)


def place_adjective(word: str, place: str) -> bool:
    """True when ``word`` is an adjective formed from a place name (Минский, Мінскі, Miński for
    Мінск), not a form of the place itself; a place whose own name is such an adjective is not
    taken for one."""
    words = place.split()
    # (a place of a noun and its adjective, two words or joined by a hyphen, may end in a feminine nominative, which no
    # adjective of a place ends in: Puszcza Białowieska, whose Puszczy Białowieskiej is the place; Кам'янка-Бузька,
    # whose Кам'янки-Бузької is the place, as Каменки-Бугской is Каменка-Бугская's; Polska alone is a noun)
    parts = _NAME_PARTS.split(place)
    return bool(_PLACE_ADJECTIVE.search(word)) and not _PLACE_ADJECTIVE.search(words[-1]) \
        and not (len(parts) > 1 and _FEMININE_ADJECTIVE_ENDING_A_PLACE.search(parts[-1]))


_NAME_PARTS = re.compile(r"[\s-]+")
# The feminine nominative of an adjective made with -sk-, -ck-, as the last word of a place's name.
_FEMININE_ADJECTIVE_ENDING_A_PLACE = re.compile(r"(?:[sc]ka|[сцз]ька|[сц]кая)$")


_WORDS = re.compile(r"[^\W\d_]+")
# The word right after a position (``NEXT_WORD.match(text, end)``) and right before one
# (``WORD_BEFORE.search(text, max(0, start - 40), start)``), for the neighbours of a matched term.
# A word may hold an apostrophe (uk прем'єр, be сям'я): all of it is the word, not the letters before it.
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:['’][^\W\d_]+)*)")
WORD_BEFORE = re.compile(r"(?<!['’])([^\W\d_]+(?:['’][^\W\d_]+)*)[ \t]+$")
# The word a single space before a surname, hyphenated or not, whole (Жан-Поль Сартр): the first name it may be.
WORD_BEFORE_A_NAME = re.compile(r"(?<![\w'’-])([^\W\d_]+(?:[-'’][^\W\d_]+)*) $")
# What stands before a word that opens a sentence: the start of the text or of a joined one (the scan's separator ends
# in \x00), what ends a sentence (. ! ? …) or opens a quotation, a list or an aside (: « „ “ " ( — –  -), and past it
# only spaces, quotes, brackets and dashes.
_SENTENCE_OPENS_AFTER = re.compile(r"(?:^|[\x00.!?…:«„“\"(—–-])[\s«»\"„“”'()—–-]*$")


def opens_a_sentence(text: str, start: int) -> bool:
    """True when the word at ``text[start:]`` opens its sentence (or a quotation or a list within it), so that its
    capital is the sentence's and says nothing of a name (Медики добрались, «Учора Сцяпанаў …», Справа: Медика …)."""
    return bool(_SENTENCE_OPENS_AFTER.search(text, 0, start))


def _place_adjectives(text: str, place: str) -> list[re.Match]:
    """The adjectives of ``text`` made from ``place`` (Мінські, Мінський, kijowski)."""
    stem = spelling_key(place.split()[-1]).rstrip("aeiouy")
    if len(stem) < 3:
        return []
    return [word for word in _WORDS.finditer(text)
            if (place_adjective(word.group(), place) or _FEMININE_PLACE_ADJECTIVE.search(word.group()))
            and spelling_key(word.group()).startswith(stem)]


def has_place_adjective(text: str, place: str, lang: str) -> bool:
    """True when ``text`` has an adjective made from ``place`` that describes a noun next to it
    (Мінські протести for Мінськ, Kijowski rząd or rząd kijowski for Kijów): it renders the place a
    source names, which is then no missing term."""
    return any(describes_a_neighbour(text, word.start(), word.end(), lang) for word in _place_adjectives(text, place))


def place_adjective_alone(text: str, place: str, lang: str) -> re.Match | None:
    """An adjective made from ``place`` that describes no word next to it: MT's rendering of the
    place itself ("використовує Мінський як базу" for "uses Minsk as a base")."""
    return next((word for word in _place_adjectives(text, place)
                 if not describes_a_neighbour(text, word.start(), word.end(), lang)), None)


# The feminine adjective that also spells a place's genitive (Київська влада; Мінська, Mińska are also
# forms of the place): an adjective only where it agrees with a noun next to it.
_FEMININE_PLACE_ADJECTIVE = re.compile(r"(?:с|ц|з)ька$|[sc]ka$", re.IGNORECASE)


def describes_a_neighbour(text: str, start: int, end: int, lang: str, adjective_form: bool = True) -> bool:
    """True when the word at ``text[start:end]`` is an adjective agreeing with a noun next to it: an
    ``adjective_form`` of a place (Мінські протести; Polish also after it: sąd miński), or any form of
    it that agrees with the lower-case noun after it (Польська делегація; Польська is also Польща's
    adjective). One with no noun to describe stands for a noun itself: MT's "використовує Мінський
    як базу" for "uses Minsk as a base" is a wrong rendering of the place. Belarusian, with no
    dictionary here, takes every adjective form for one that describes a noun, and an adjective the
    dictionary does not know describes any word after it but a function word; nor does any other form describe
    a function word."""
    word = text[start:end]
    after = NEXT_WORD.match(text, end)
    if not adjective_form:
        # (a preposition or conjunction the dictionary also reads as a letter's name, a noun of every case, is no
        # noun to describe: "книга вишневского о выборах")
        return bool(after and after.group(1).islower() and not function_word(after.group(1), lang)
                    and described_by_adjective(after.group(1), word, lang))
    if lang not in ("ru", "uk", "pl"):
        return True
    if after and not function_word(after.group(1), lang) and (
            described_by_adjective(after.group(1), word, lang) or not adjective_reading(word, lang)):
        return True
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(lang == "pl" and before and not function_word(before.group(1), lang)
                and describes_noun_before(word.lower(), before.group(1), lang))


@lru_cache(maxsize=4096)
def function_word(word: str, lang: str) -> bool:
    """True when ``word`` can be a conjunction, preposition, particle or pronoun (uk "як", also the
    noun yak): no noun for an adjective before it to describe. ru, uk, pl."""
    if lang in ("ru", "uk"):
        return any(p.tag.POS in ("CONJ", "PREP", "PRCL", "NPRO") for p in pymorphy(lang).parse(word.lower()))
    if lang == "pl":
        return any(tag.split(":")[0] in ("conj", "comp", "prep", "qub", "ppron12", "ppron3")
                   for _, _, (_, _, tag, _, _) in morfeusz().analyse(word.lower()))
    return False


# Belarusian passive participles: напісаны, зроблены, арганізаваная, падпісанага (not зялёны).
_BE_PASSIVE_PARTICIPLE = re.compile(r"[аяе]нн?(?:ы|ая|ае|ыя|ага|аму|ую|ай|ым|ых|ымі)$")


@lru_cache(maxsize=20_000)
def passive_participle(word: str, lang: str) -> bool:
    """True when ``word`` is a passive participle (написану, подписанный, падпісаны): a person right
    after one that follows its noun is its agent, in the instrumental. ru, uk, be (Polish says przez)."""
    word = word.lower()
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word) if p.is_known]  # затриманим: also the detainee
        # An adjective read first is the participle's own adjective (снятой beside снять: снятые X).
        return bool(parses) and ("pssv" in parses[0].tag.grammemes
                                 or parses[0].tag.POS == "ADJF" and any("pssv" in p.tag.grammemes for p in parses))
    if lang == "be":
        return bool(_BE_PASSIVE_PARTICIPLE.search(word))
    return False


# Belarusian passive participles in the nominative, by number and gender: прызнаны, прызнаная, прызнанае, прызнаныя.
_BE_NOMINATIVE_PARTICIPLE = {"ы": ("sing", "masc"), "ая": ("sing", "femn"), "ае": ("sing", "neut"), "ыя": ("plur", None)}


@lru_cache(maxsize=20_000)
def nominative_participle(word: str, lang: str) -> Agreement | None:
    """The number and gender of a passive participle in the nominative that may be a predicate: a Russian short one
    (назначен, признана), a Ukrainian or Belarusian full one (призначений, прызнаная), which those languages use as
    predicates. None for any other word or case (назначенного, прызнанаму) and for a Russian full form, which
    describes the noun after it."""
    if not passive_participle(word, lang):
        return None
    word = word.lower()
    if lang == "be":
        ending = next((ending for ending in ("ыя", "ая", "ае", "ы") if re.search(r"[аяе]нн?" + ending + "$", word)), None)
        return _BE_NOMINATIVE_PARTICIPLE.get(ending) if ending else None
    wanted = ("PRTS",) if lang == "ru" else ("PRTF", "ADJF")  # (the uk dictionary tags its participles as adjectives)
    parse = next((p for p in pymorphy(lang).parse(word) if p.is_known and "pssv" in p.tag.grammemes and p.tag.POS in wanted
                  and (lang == "ru" or p.tag.case == "nomn")), None)
    return _agreement_of(parse.tag) if parse is not None else None


@lru_cache(maxsize=20_000)
def short_passive_participle(word: str, lang: str) -> bool:
    """True for a Russian short passive participle (подготовлен, подписана, утверждено): a predicate, which never
    describes the person after it, so that person is its agent."""
    return lang == "ru" and any(p.tag.POS == "PRTS" and "pssv" in p.tag.grammemes for p in pymorphy(lang).parse(word.lower())[:1])


_BE_OBLIQUE_ONLY = ("ага", "яга", "аму", "яму", "ам", "ям", "ом", "ем", "ай", "яй", "ой", "ах", "ях", "аў", "яў", "оў")


@lru_cache(maxsize=20_000)
def object_case_possible(word: str, lang: str, cases: frozenset[str] = frozenset({"nom", "acc"})) -> bool:
    """True when the noun ``word`` can be in the nominative or accusative (заяву, przemówienie; not
    минулого, року): a clause that opens with it may have put its object first. With ``cases``
    ({"acc"}), whether it can be in those."""
    word = word.lower()
    if lang in ("ru", "uk"):
        return any(p.tag.POS == "NOUN" and _PYMORPHY_CASES.get(p.tag.case) in cases for p in pymorphy(lang).parse(word))
    if lang == "pl":
        return any(tag.startswith(("subst:", "depr:")) and cases & set(tag.split(":")[2].split("."))
                   for _, _, (_, _, tag, _, _) in morfeusz().analyse(word) if tag.count(":") >= 2)
    if lang == "be":
        return not word.endswith(_BE_OBLIQUE_ONLY)
    return True


@lru_cache(maxsize=20_000)
def particle_or_adverb(word: str, lang: str) -> bool:
    """True for a negation, particle or adverb (не, nie, також, już): it may stand between a
    subject and its verb. ru, uk, pl (be: by syntax's table)."""
    word = word.lower()
    if word in _NEGATIVE_PRONOUNS:
        return True  # "Карпенко нічого не їв": the object of a negated verb, before it, as an adverb stands
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word) if p.is_known]
        return bool(parses) and parses[0].tag.POS in ("ADVB", "PRCL")
    if lang == "pl":
        tags = [tag for _, _, (_, _, tag, _, _) in morfeusz().analyse(word) if tag != "ign"]  # nie: also niego
        return any(tag.startswith(("qub", "part", "adv")) for tag in tags) \
            and not any(tag.startswith(("subst", "fin", "praet")) for tag in tags)
    return False


_NEGATIVE_PRONOUNS = frozenset({"нічога", "нікога", "нічого", "нікого", "ничего", "никого", "nic", "niczego", "nikogo"})


@lru_cache(maxsize=20_000)
def nominative_only(word: str, lang: str, agreement: Agreement) -> bool:
    """True when the noun ``word`` can be a subject agreeing with a verb of ``agreement`` and
    cannot be its object (брат, brat; not протест, which is both). ru, uk, pl."""
    word = word.lower()
    if lang in ("ru", "uk"):
        parses = [p for p in pymorphy(lang).parse(word) if p.is_known and p.tag.POS == "NOUN"]
        return can_be_subject_of(word, lang, agreement) and not any(p.tag.case == "accs" for p in parses)
    if lang == "pl":
        tags = [tag.split(":") for _, _, (_, _, tag, _, _) in morfeusz().analyse(word)]
        return can_be_subject_of(word, lang, agreement) \
            and not any(t[0] in ("subst", "depr") and len(t) > 2 and "acc" in t[2].split(".") for t in tags)
    return False
