"""Words an Apertium pair does not know: respelled for the target language, and marked.

Apertium leaves an unknown Russian word as it is, so a Belarusian or Ukrainian draft carries
Russian spelling (names above all: «Вашингтона», «Перри»). The word is respelled with the
target's orthography and regular ending correspondences, which is right for most names and
many international words, and marked so the translator sees which words no dictionary vouched
for: the engine writes ``⟪original⁣respelled⟫``, and the pipeline keeps the respelling (or the
original, when the termbase knows that spelling and will fix it), strips the marks and stores
the words on the draft (``Translation.mt_unknown``).
"""

from __future__ import annotations

import re
from functools import lru_cache

UNKNOWN_OPEN, UNKNOWN_CLOSE, SEPARATOR = "\u27ea", "\u27eb", "\u2063"  # ⟪ ⟫ and an invisible separator
_MARKED = re.compile(f"{UNKNOWN_OPEN}([^{UNKNOWN_CLOSE}{SEPARATOR}]*){SEPARATOR}([^{UNKNOWN_CLOSE}]*){UNKNOWN_CLOSE}")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# Russian adjective endings with a regular counterpart (longest first).
_ENDINGS = {
    "uk": (("ыми", "ими"), ("ими", "ими"), ("ого", "ого"), ("ому", "ому"), ("ая", "а"), ("яя", "я"),
           ("ую", "у"), ("юю", "ю"), ("ое", "е"), ("ее", "є"), ("ые", "і"), ("ие", "і"), ("ых", "их"), ("их", "их"),
           ("ый", "ий"), ("ий", "ий"), ("ым", "им"), ("им", "им")),
    "be": (("ыми", "ымі"), ("ими", "імі"), ("ого", "ага"), ("его", "яга"), ("ому", "аму"),
           ("ему", "яму"), ("ая", "ая"), ("ую", "ую"), ("ое", "ае"), ("ые", "ыя"), ("ие", "ія"), ("ых", "ых"),
           ("ий", "і"), ("ый", "ы")),
}
# Russian noun endings with a regular counterpart ("заявление" -> "заявлення" / "заяўленне").
_NOUN_ENDINGS = {
    "uk": (("нием", "нням"), ("ние", "ння"), ("ния", "ння"), ("нию", "нню"), ("ний", "нь"), ("тие", "ття"),
           ("тия", "ття"), ("ией", "ією"), ("ия", "ія"), ("ии", "ії"), ("ию", "ію")),
    "be": (("нием", "ннем"), ("ние", "нне"), ("ния", "ння"), ("нию", "нню"), ("ний", "нняў"), ("тие", "ццё"),
           ("ией", "іяй"), ("ия", "ія"), ("ии", "іі"), ("ию", "ію")),
}
# Letter correspondences, applied after the endings.
_LETTERS = {
    "uk": {"ы": "и", "э": "е", "ё": "ьо", "ъ": "'"},
    "be": {"и": "і", "щ": "шч", "ъ": "'"},
}
# Ukrainian "rule of nine": и after д т з с ц ч ш ж р before a consonant, і elsewhere.
_UKRAINIAN_I = re.compile(r"(?<![дтзсцчшжр])и|и(?![бвгґджзклмнпрстфхцчшщ])")
# Belarusian р, ж, ш, ч, ц are hard, and so are д, т in borrowed words and names ("Дытэр",
# "тэлефон"): the vowel after them is written hard.
_BELARUSIAN_HARD = re.compile(r"([рРжЖшШчЧцЦ])([іІеЕёЁюЮяЯ])|([дДтТ])([іІеЕ])")
_HARD_VOWEL = {"і": "ы", "е": "э", "ё": "о", "ю": "у", "я": "а"}


def _match_case(template: str, text: str) -> str:
    if template.isupper() and len(template) > 1:
        return text.upper()
    if template[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


@lru_cache(maxsize=2)
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


# Russian lemma endings -> Ukrainian (infinitives, adjectives).
_UKRAINIAN_LEMMA_ENDINGS = (("ться", "тися"), ("ть", "ти"), ("ый", "ий"), ("ой", "ий"), ("ий", "ій"))
_GRAMMEMES = ("case", "number", "gender", "person", "tense")


def _ukrainian_lemmas(lemma: str) -> list[str]:
    """Spellings of a Russian lemma a Ukrainian dictionary may hold ("негативный" -> "негативний")."""
    stems = [lemma]
    for ending, replacement in _UKRAINIAN_LEMMA_ENDINGS:
        if lemma.endswith(ending):
            stems.append(lemma[: -len(ending)] + replacement)
    candidates = []
    for stem in stems:
        plain = "".join(_LETTERS["uk"].get(letter, letter) for letter in stem)
        candidates += [plain, _UKRAINIAN_I.sub("і", plain)]
    return list(dict.fromkeys(candidates))


@lru_cache(maxsize=100_000)
def ukrainian_form(word: str) -> str | None:
    """The Ukrainian word with the Russian word's lemma and grammar, when pymorphy3's Ukrainian
    dictionary knows that lemma ("Москве" -> "Москві", "негативную" -> "негативну")."""
    russian = _morph("ru").parse(word.lower())[0]
    ukrainian = _morph("uk")
    wanted = {value for name in _GRAMMEMES if (value := getattr(russian.tag, name))}
    # The Ukrainian dictionary leaves number off many nouns' tags: then ask for less.
    attempts = [wanted, wanted - {russian.tag.number}, {russian.tag.case} - {None}]
    for lemma in _ukrainian_lemmas(russian.normal_form):
        if not ukrainian.word_is_known(lemma):
            continue
        for parse in ukrainian.parse(lemma):
            if parse.normal_form != lemma or parse.tag.POS != russian.tag.POS:
                continue
            for grammemes in attempts:
                inflected = parse.inflect(grammemes) if grammemes else parse
                if inflected is not None:
                    return _match_case(word, inflected.word)
    return None


def respell(word: str, target: str) -> str:
    """A Russian word written as ``target`` ("be" or "uk") would spell it; other words unchanged."""
    if target not in _LETTERS or not _CYRILLIC.search(word):
        return word
    if target == "uk" and (form := ukrainian_form(word)):
        return form
    lower = word.lower()
    adjective = _morph("ru").parse(lower)[0].tag.POS in ("ADJF", "PRTF")
    for ending, replacement in _ENDINGS[target] if adjective else _NOUN_ENDINGS[target]:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            lower = lower[: -len(ending)] + "\0" + replacement
            break
    stem, _, ending = lower.partition("\0")
    letters = _LETTERS[target]
    respelled = "".join(letters.get(letter, letter) for letter in stem) + ending
    if target == "uk":
        stem = _UKRAINIAN_I.sub("і", respelled[: len(respelled) - len(ending)])
        # A vowel before е gives є ("Мариетта" -> "Марієтта").
        respelled = re.sub(r"(?<=[аеиоуяюєї])е", "є", stem) + ending
    if target == "be":
        respelled = _BELARUSIAN_HARD.sub(
            lambda m: (m.group(1) or m.group(3)) + _HARD_VOWEL[(m.group(2) or m.group(4)).lower()], respelled)
    return _match_case(word, respelled) if word[:1].isupper() else respelled


def mark_unknown(original: str, respelled: str) -> str:
    return f"{UNKNOWN_OPEN}{original}{SEPARATOR}{respelled}{UNKNOWN_CLOSE}"


def split_unknown(text: str, keep_original=lambda word: False) -> tuple[str, list[str]]:
    """``"у ⟪Перри⁣Перрі⟫"`` -> ``("у Перрі", ["Перрі"])``: the text and its unknown words.

    ``keep_original(word)`` says which unknown words stay as the source spelled them.
    """
    words = []

    def resolve(match: re.Match) -> str:
        word = match.group(1) if keep_original(match.group(1)) else match.group(2)
        words.append(word)
        return word

    clean = _MARKED.sub(resolve, text)
    return clean, list(dict.fromkeys(words))
