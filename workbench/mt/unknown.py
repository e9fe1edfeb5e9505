"""Words an Apertium pair does not know: respelled for the target language, and marked.

Apertium leaves an unknown Russian word as it is, so a Belarusian or Ukrainian draft carries
Russian spelling (names above all: «Вашингтона», «Перри»). The word is respelled with the
target's orthography and regular ending correspondences, which is right for most names and
many international words, and marked so the translator sees which words no dictionary vouched
for: the engine writes ``⟪original⁣respelled⟫``, and the pipeline keeps the respelling (or the
original, when the termbase knows that spelling and will fix it), strips the marks and stores
the words on the draft (``Translation.mt_unknown``).

Frequent words the pairs lack (said, says, is, к...) come from ``data/apertium-gaps.csv``, a
small hand-written ru → be / uk list; everything else is respelled by rule. rus-bel's dictionary is
the smaller by far (it lacks работает, используют, предупреждают: about two unknown words a news
sentence), so a common word it lacks is asked of rus-ukr first, and the Ukrainian word's Belarusian
spellings (a table of uk → be correspondences, then the names' one) are looked up in hunspell-be: the
first one it knows, in the Russian word's form, is written (``belarusian_through_ukrainian``), still
marked as unknown.
"""

from __future__ import annotations

import csv
import re
import subprocess
from functools import lru_cache
from pathlib import Path

from glossary.inflection import copy_letter_case
from glossary.lexicon import known_common_word, pymorphy
from glossary.romanization import Rewriter, carry
from workbench.mt.readings import LEXICAL_UNIT

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
# Russian verb endings with a regular counterpart ("сказал" -> "сказав" / "сказаў").
_VERB_ENDINGS = {
    "uk": (("ться", "тися"), ("тся", "ться"), ("ть", "ти"), ("ал", "ав"), ("ял", "яв"), ("ел", "ів"), ("ил", "ив"),
           ("ыл", "ив"), ("ит", "ить")),
    "be": (("ться", "цца"), ("тся", "цца"), ("ть", "ць"), ("ал", "аў"), ("ял", "яў"), ("ел", "еў"), ("ил", "іў"),
           ("ыл", "ыў"), ("ит", "іць")),
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
_BELARUSIAN_HARD = re.compile(r"([рРжЖшШчЧцЦ])([іІеЕёЁюЮяЯ])")
_BELARUSIAN_HARD_IN_NAMES = re.compile(r"([рРжЖшШчЧцЦ])([іІеЕёЁюЮяЯ])|([дДтТ])([іІеЕ])")
# Belarusian writes о only under stress (аканне); most о of a longer word are unstressed.
_UNSTRESSED_O = re.compile(r"о(?=.*[аеиоуыэюяі])|(?<=[аеиоуыэюяі].)о")
_HARD_VOWEL = {"і": "ы", "е": "э", "ё": "о", "ю": "у", "я": "а"}


GAPS_FILE = Path(__file__).with_name("data") / "apertium-gaps.csv"


@lru_cache(maxsize=1)
def _gaps() -> dict[str, dict[str, str]]:
    """Russian word -> its form in each target language, for words the Apertium pairs lack."""
    with GAPS_FILE.open(encoding="utf-8", newline="") as file:
        return {row["ru"]: row for row in csv.DictReader(file)}


# Russian lemma endings and prefixes -> Ukrainian (infinitives, adjectives, verbs in -овать).
_UKRAINIAN_LEMMA_ENDINGS = (("ироваться", "уватися"), ("ировать", "увати"), ("оваться", "уватися"),
                            ("овать", "увати"), ("евать", "ювати"), ("ться", "тися"), ("ть", "ти"), ("ский", "ський"),
                            ("цкий", "цький"), ("ый", "ий"),
                            ("ой", "ий"), ("ий", "ій"), ("ость", "ість"), ("ение", "ення"), ("ание", "ання"),
                            ("яние", "яння"), ("тие", "ття"), ("ие", "ь"), ("ия", "ія"), ("ец", "ець"), ("ьера", "'єра"),
                            ("ьер", "'єр"))
_UKRAINIAN_LEMMA_PREFIXES = (("раз", "роз"), ("рас", "роз"), ("вы", "ви"))
_GRAMMEMES = ("case", "number", "gender", "person", "tense")
_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}


def _ukrainian_lemmas(lemma: str) -> list[str]:
    """Spellings of a Russian lemma a Ukrainian dictionary may hold ("негативный" -> "негативний")."""
    stems = [lemma]
    for prefix, replacement in _UKRAINIAN_LEMMA_PREFIXES:
        if lemma.startswith(prefix):
            stems.append(replacement + lemma[len(prefix):])
    for stem in list(stems):
        for ending, replacement in _UKRAINIAN_LEMMA_ENDINGS:
            if stem.endswith(ending):
                stems.append(stem[: -len(ending)] + replacement)
                break
    candidates = []
    for stem in stems:
        plain = "".join(_LETTERS["uk"].get(letter, letter) for letter in stem)
        candidates += [plain, _UKRAINIAN_I.sub("і", plain), *_vowel_variants(plain)]
    return list(dict.fromkeys(candidates))


# Russian и and е where Ukrainian often writes і ("видео" -> "відео", "цунами" -> "цунамі",
# "лечить" -> "лікувати" no, but "белый" -> "білий"): each of the first few may change.
_VOWEL_OPTIONS = {"и": ("и", "і"), "е": ("е", "і", "є")}
_VARIABLE_VOWELS = 4


def _vowel_variants(word: str) -> list[str]:
    variants = [""]
    changed = 0
    for letter in word:
        options = _VOWEL_OPTIONS.get(letter, (letter,))
        if len(options) > 1:
            changed += 1
            if changed > _VARIABLE_VOWELS:
                options = options[:1]
        variants = [variant + option for variant in variants for option in options]
    return variants


@lru_cache(maxsize=100_000)
def ukrainian_form(word: str) -> str | None:
    """The Ukrainian word with the Russian word's lemma and grammar, when pymorphy3's Ukrainian
    dictionary knows that lemma ("Москве" -> "Москві", "негативную" -> "негативну")."""
    russian = pymorphy("ru").parse(word.lower())[0]
    ukrainian = pymorphy("uk")
    if "Fixd" in russian.tag:  # indeclinable: the same word if it is indeclinable in Ukrainian too ("відео")
        return next((copy_letter_case(word, lemma) for lemma in _ukrainian_lemmas(russian.normal_form)
                     if ukrainian.word_is_known(lemma)
                     and any("Fixd" in parse.tag and parse.normal_form == lemma for parse in ukrainian.parse(lemma))),
                    None)
    wanted = {value for name in _GRAMMEMES if (value := getattr(russian.tag, name))}
    # Plural forms have no gender, and the Ukrainian dictionary leaves number off many nouns'
    # tags: then ask for less.
    attempts = [wanted, wanted - {russian.tag.gender}, wanted - {russian.tag.number}, {russian.tag.case} - {None}]
    for lemma in _ukrainian_lemmas(russian.normal_form):
        if not ukrainian.word_is_known(lemma):
            continue
        parses = [parse for parse in ukrainian.parse(lemma)
                  if parse.normal_form == lemma and parse.tag.POS == russian.tag.POS
                  # A capitalised word read as a common noun is most likely a name ("Палу" is not "пал").
                  and not (word[:1].isupper() and not _PROPER & (set(russian.tag.grammemes) | set(parse.tag.grammemes)))]
        if any("Fixd" in parse.tag for parse in parses):
            return copy_letter_case(word, lemma)
        # Every reading of the lemma with all the grammemes first ("білорус" is also a surname, singular only).
        for grammemes in attempts:
            for parse in parses:
                inflected = parse.inflect(grammemes) if grammemes else parse
                if inflected is not None:
                    return copy_letter_case(word, inflected.word)
    return None


# How many Belarusian spellings of a Ukrainian word are tried against hunspell-be, by the common words' table and
# by the names' (on NTREX's dev lines 212 of the 224 words found are among the table's first six; each miss costs
# every look-up, 2 ms each).
_BELARUSIAN_SPELLINGS, _NAME_SPELLINGS = 6, 3
# Ukrainian -> Belarusian spelling correspondences of common words (the romanization tables' uk -> be goes
# through Russian and is made for names): endings of verbs and adjectives, prefixes, дзеканне and цеканне,
# hard ж ш ч ц р, akanne and ў as cheap alternatives, for hunspell-be to choose among.
_UKRAINIAN_TO_BELARUSIAN = Rewriter("uk→be common words", "be", """
ться$ цца
тися$ цца
тись$ цца
ти$ ць ці:1
ть$ ць
ує$ уе
ює$ уе юе:0.5
єш$ еш
єте$ еце
ете$ еце
ого$ ага ога:0.4
ому$ аму ому:0.4
ої$ ай ой:0.4
ою$ ай:0.2 аю:0.4 ою:0.6
ій$ ай:0.4 ой:0.5 ій:0.3
ими$ ымі імі:0.5
их$ ых іх:0.5
им$ ым ім:0.5
ий$ ы і:0.4
ння$ нне ння:0.3
ття$ ццё цце:0.5
^під пад
^від ад
^при пры
^пере пера
^роз раз
ді дзі
ди дзі:0.4 ды
дя дзя
дю дзю
де дзе
дь дзь
ті ці
ти ці:0.4 ты
тя ця
тю цю
те це
же жэ
ше шэ
че чэ
це цэ
ре рэ
жи жы
ши шы
чи чы
ци цы
ри ры
ці цы
рі ры
ї і
є е
и ы і:0.4
е е э:0.5 я:0.5
о о а:0.3
щ шч
ґ г
в в ў:0.4
’ '
""")


def worth_translating(word: str) -> bool:
    """A word rus-bel lacks that rus-ukr may translate better than ``respell`` spells it: a common word that is
    neither a hand-written gap nor respelled into a Belarusian word already ("выступают" -> "выступаюць")."""
    return (word[:1].islower() and bool(_CYRILLIC.search(word)) and word not in _gaps()
            and not known_common_word(respell(word, "be"), "be"))


def belarusian_through_ukrainian(words: list[str], ukrainian: list[str]) -> dict[str, str]:
    """Russian common word -> the Belarusian word, for ``words`` rus-bel lacks and rus-ukr translated as
    ``ukrainian`` ("предупреждают" -> "попереджають" -> "папераджаюць"): the first Belarusian spelling of the
    Ukrainian word that hunspell-be knows, in the Russian word's form. Words rus-ukr lacks too are left out."""
    found = {}
    for word, translation in zip(words, ukrainian):
        if _MARKED.search(translation) or " " in translation:
            continue
        tag = pymorphy("ru").parse(word)[0].tag
        if not _same_part_of_speech(tag, translation):
            continue
        found[word] = next((form for spelling, _ in _belarusian_spellings(translation)
                            if (form := _in_russian_form(spelling, word, tag)) and known_common_word(form, "be")), None)
    return {word: spelling for word, spelling in found.items() if spelling}


def _belarusian_spellings(translation: str):
    """The common words' table's spellings of a Ukrainian word, then the names' table's, the latter (a search of
    its own) only if none of the first is taken."""
    yield from _UKRAINIAN_TO_BELARUSIAN.spellings(translation, _BELARUSIAN_SPELLINGS)
    yield from carry(translation, "uk", "be", limit=_NAME_SPELLINGS)


# Belarusian adjective endings the Ukrainian ones carry to a spelling of another form: plural -і is -ыя / -ія
# (можливі: мажлівы is the masculine, мажлівыя the plural), feminine oblique -ої is -ай (тяжкої: цяжкай, not цяжкае).
_ADJECTIVE_PLURAL = re.compile("([ыі])$")
_FEMININE_OBLIQUE = re.compile("([ая])е$")
_ADJECTIVES = {"ADJF", "ADJS", "PRTF", "PRTS"}


# Parts of speech pymorphy3's Ukrainian dictionary may give a Russian part of speech's translation.
_UKRAINIAN_PARTS_OF_SPEECH = {"PRTF": {"PRTF", "ADJF"}, "PRTS": {"PRTS", "ADJS", "ADJF"}, "ADJS": {"ADJS", "ADJF"},
                              "INFN": {"INFN", "VERB"}}  # the Ukrainian dictionary tags an infinitive VERB


def _same_part_of_speech(tag, translation: str) -> bool:
    """False when rus-ukr's word is of another part of speech than the Russian word's ``tag`` ("вызвавшего" ->
    "який"): a mistranslation."""
    russian = tag.POS
    wanted = _UKRAINIAN_PARTS_OF_SPEECH.get(russian, {russian})
    return any(parse.tag.POS in wanted for parse in pymorphy("uk").parse(translation.replace("’", "'")))


def _in_russian_form(spelling: str, word: str, tag) -> str | None:
    """The Belarusian ``spelling`` in the Russian ``word``'s form where an ending shows it, None where it shows
    another: a reflexive verb stays reflexive, an adjective's plural and feminine oblique cases take their
    endings (a full adjective's feminine and neuter nominative only if the spelling has them), a hard-stem
    noun's locative is not its plural (сайце, not сайты). ``tag``: pymorphy3's first reading of ``word``."""
    if word.endswith(("ся", "сь")) != spelling.endswith(("ся", "цца", "ца")):
        return None
    if tag.POS in _ADJECTIVES:
        if tag.number == "plur" and tag.case in ("nomn", "accs", None):  # None: a short form
            return _ADJECTIVE_PLURAL.sub(r"\1я", spelling)
        if tag.gender == "femn" and tag.case in ("gent", "datv", "ablt", "loct"):
            return _FEMININE_OBLIQUE.sub(r"\1й", spelling)
        if tag.POS == "ADJF" and tag.case in ("nomn", "accs") and tag.gender in ("femn", "neut"):
            # можлива, ідеальні: Ukrainian short and wrong forms; the Belarusian full one ends in -ая, -ую, -ае
            full = {"femn": ("ая", "яя", "ую", "юю"), "neut": ("ае", "яе", "ое")}[tag.gender]
            return spelling if spelling.endswith(full) else None
    if tag.POS == "NOUN" and tag.number == "sing" and tag.case in ("datv", "loct") and spelling.endswith("ы"):
        return None
    return spelling


def respell(word: str, target: str) -> str:
    """A Russian word written as ``target`` ("be" or "uk") would spell it; other words unchanged."""
    if target not in _LETTERS or not _CYRILLIC.search(word):
        return word
    if gap := _gaps().get(word.lower()):
        return copy_letter_case(word, gap[target])
    if target == "uk" and (form := ukrainian_form(word)):
        return form
    lower = word.lower()
    pos = pymorphy("ru").parse(lower)[0].tag.POS
    endings = (_ENDINGS if pos in ("ADJF", "PRTF") else _VERB_ENDINGS if pos in ("VERB", "INFN") else _NOUN_ENDINGS)
    for ending, replacement in endings[target]:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            lower = lower[: -len(ending)] + "\0" + replacement
            break
    stem, _, ending = lower.partition("\0")
    name = word[:1].isupper()
    letters = _LETTERS[target]
    if target == "uk":
        # Russian ы is always и; ё is ьо after a consonant, йо elsewhere ("Ёлкин" -> "Йолкін").
        stem = re.sub(r"(?<![бвгґджзклмнпрстфхцчшщ])ё", "йо", stem).replace("ы", "\1")
    respelled = "".join(letters.get(letter, letter) for letter in stem)
    if target == "uk":
        # The rule of nine for borrowed words and names (и after д т з с ц ч ш ж р before a
        # consonant, і elsewhere), and a vowel before е gives є ("Мариетта" -> "Марієтта").
        if name or pos not in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
            respelled = _UKRAINIAN_I.sub("і", respelled)
        respelled = re.sub(r"(?<=[аеиоуяюєїі])е", "є", respelled).replace("\1", "и")
    respelled += ending
    if target == "be":
        respelled = (_BELARUSIAN_HARD_IN_NAMES if name else _BELARUSIAN_HARD).sub(
            lambda m: (m.group(1) or m.group(3)) + _HARD_VOWEL[(m.group(2) or m.group(4)).lower()], respelled)
        if not name:
            respelled = _UNSTRESSED_O.sub("а", respelled)
    return copy_letter_case(word, respelled) if name else respelled


# The analyser's reading of a word it does not know: "^разрушены/*разрушены$".
_UNANALYSED = re.compile(r"\^([^/$^]+)/\*\1\$")
# A full passive participle's nominative reading ("разрушить<vblex>…<pp><pasv><mfn><an><pl><nom>") or an
# adjective's ("раненый<adj><sint><f><an><sg><nom>"), and the same as a short form (<short>, no animacy or case).
_FULL_NOMINATIVE = re.compile(r"([^/]+?<(?:pp><pasv|adj><sint)>)((?:<[a-z]+>)*?<(?:m|f|nt|mfn)>)<(?:an|nn|aa)>(<(?:sg|pl)>)<nom>")


def _full_form(word: str) -> str | None:
    """The nominative of the full participle whose short form ``word`` is, by pymorphy3
    ("разрушены" -> "разрушенные", "ранена" -> "раненная")."""
    for parse in pymorphy("ru").parse(word.lower()):
        if {"PRTS", "pssv"} <= parse.tag.grammemes and (full := parse.inflect({"PRTF", "nomn"})):
            return full.word
    return None


def analyse_short_participles(stream: str, analyser: str) -> str:
    """``^разрушены/*разрушены$`` -> ``^разрушены/разрушить<vblex>…<pp><pasv><short><mfn><pl>$``.

    The pairs' Russian analysers lack the short passive participles of many verbs whose full forms
    they know (rus-ukr «разрушены», rus-bel «арестован»), and a word left unknown reaches the draft in
    Russian; the full form's readings, made short, let the transfer translate it as it does «закрыт».
    """
    full_forms = {word: full for word in {match.group(1) for match in _UNANALYSED.finditer(stream)}
                  if (full := _full_form(word))}
    if not full_forms:
        return stream
    words = list(full_forms)
    output = subprocess.run(["lt-proc", "-w", analyser], input="".join(f"{full_forms[word]}\n" for word in words),
                            capture_output=True, text=True, check=False).stdout
    readings = {}
    for word, line in zip(words, output.split("\n")):
        unit = LEXICAL_UNIT.fullmatch(line.strip())
        short = [_FULL_NOMINATIVE.sub(r"\1<short>\2\3", reading) for reading in (unit.group(1).split("/")[1:] if unit else [])
                 if _FULL_NOMINATIVE.fullmatch(reading)]
        if short:
            readings[word] = list(dict.fromkeys(short))
    return _UNANALYSED.sub(lambda match: "^" + "/".join([match.group(1), *readings[match.group(1)]]) + "$"
                           if match.group(1) in readings else match.group(0), stream)


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
