"""Spelling a name in another script or language: rewrite tables and a scored search over them.

English gives East Slavic names in romanizations (Belarusian national and BGN/PCGN, Ukrainian
2010 national, Russian BGN/PCGN, ISO 9 and passport), and each of them loses something: "e"
is е or э, a soft sign vanishes, "ia" is я or ія. Read back, one romanized word is many Cyrillic
spellings. A ``Rewriter`` keeps them all as alternatives: each rule rewrites a piece of the word
at a cost, and a search keeps the cheapest spellings, adding what the target language's letter
trigram model says about each (a spelling that looks like the language costs less).

The same machinery carries a Cyrillic spelling across languages (be ↔ ru ↔ uk by their
correspondences: ў ↔ в, і ↔ и, akanye) and into Polish by the Polish press's transcription
(Ц → C, Ш → Sz, Ў → u, soft signs → ś / ń / ć).

Rule syntax, one source piece per line followed by its rewrites::

    ^e   э е:0.5     at the start of a word
    V:u  ў у:2       after a vowel (C: after a consonant)
    sky$ ский        at the end of a word
    '    ' ь:0.5 :1  ":1" rewrites to nothing at cost 1

A rewrite without ``:cost`` costs 0. For one source piece the first line whose condition holds
applies, so conditioned lines come before the plain one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from glossary.dictionaries import TrigramModel

_VOWELS = set("aeiouyаеёиіоуыэюяєїąęó")


@dataclass(frozen=True)
class _Rule:
    start: bool
    end: bool
    after: str  # "" | "V" | "C"
    rewrites: tuple[tuple[str, float], ...]

    def applies(self, word: str, position: int, length: int) -> bool:
        if self.start and position != 0 or self.end and position + length != len(word):
            return False
        if self.after:
            if position == 0:
                return False
            return (word[position - 1] in _VOWELS) == (self.after == "V")
        return True


def _parse(table: str) -> dict[str, list[_Rule]]:
    rules: dict[str, list[_Rule]] = {}
    for line in filter(str.strip, table.splitlines()):
        piece, *rewrites = line.split()
        after = ""
        if piece[:2] in ("V:", "C:"):
            after, piece = piece[0], piece[2:]
        start, end = piece.startswith("^"), piece.endswith("$") and len(piece) > 1
        piece = piece.strip("^$") if len(piece) > 1 else piece
        parsed = []
        for rewrite in rewrites:
            text, _, cost = rewrite.rpartition(":") if ":" in rewrite else (rewrite, "", "0")
            parsed.append((text, float(cost)))
        rule = _Rule(start, end, after, tuple(parsed))
        same = rules.setdefault(piece, [])
        # A later line for the same piece and condition overrides (language tables extend a common one).
        same[:] = [r for r in same if (r.start, r.end, r.after) != (start, end, after)]
        same.append(rule)
        same.sort(key=lambda r: not (r.start or r.end or r.after))  # stable: conditioned lines first
    return rules


class Rewriter:
    """One set of rewrite rules into one language; ``spellings`` searches them."""

    BEAM = 24

    def __init__(self, name: str, target: str, table: str, keep_unknown: bool = True):
        self.name = name  # the rule name proposals report
        self.target = target
        self._rules = _parse(table)
        self._longest = max(len(piece) for piece in self._rules)
        self._keep_unknown = keep_unknown

    def _options(self, word: str, position: int):
        found = False
        for length in range(min(self._longest, len(word) - position), 0, -1):
            rules = self._rules.get(word[position : position + length])
            if not rules:
                continue
            rule = next((r for r in rules if r.applies(word, position, length)), None)
            if rule is not None:
                found = True
                for text, cost in rule.rewrites:
                    yield length, text, cost
        if not found:
            yield 1, word[position] if self._keep_unknown else "", 0.0 if self._keep_unknown else 3.0

    def spellings(self, word: str, limit: int = 5) -> list[tuple[str, float]]:
        """The ``limit`` cheapest rewrites of one word (lower case in, lower case out), with costs."""
        word = word.lower()
        model = TrigramModel.of(self.target)
        # states[i]: cheapest (cost, text) having consumed word[:i]
        states: list[dict[str, float]] = [dict() for _ in range(len(word) + 1)]
        states[0][""] = 0.0
        for position in range(len(word)):
            if not states[position]:
                continue
            beam = sorted(states[position].items(), key=lambda item: item[1])[: self.BEAM]
            options = list(self._options(word, position))
            for text, cost in beam:
                for length, rewrite, rule_cost in options:
                    new_text = text + rewrite
                    padded = ("^^" + text)[-2:]
                    added = 0.0
                    for char in rewrite:
                        added += model.cost(padded, char)
                        padded = padded[1:] + char
                    total = cost + rule_cost + added
                    target = states[position + length]
                    if total < target.get(new_text, float("inf")):
                        target[new_text] = total
        finals = [(text, cost + model.cost(("^^" + text)[-2:], "$")) for text, cost in states[-1].items() if text]
        return sorted(finals, key=lambda item: item[1])[:limit]


# --- reading romanized names back into Cyrillic ------------------------------------------------

# Belarusian: national 2007 romanization without diacritics, BGN/PCGN, and press habits.
_FROM_LATIN_BE = """
shch шч
tsch ч:0.5
sch шч:1
dzh дж
zh ж
kh х
ch ч
sh ш
ts ц тс:2
dz дз
^ya я
ya я ыя:2 'я:1.5 ья:1.5
ia я ія:1.2 ыя:1.2 ья:2
yu ю ью:1.5
iu ю ію:1.5
^ye е
ye е ье:1.5
ie е іе:1.5
yo ё
io ё іо:1.5
V:u ў у:2
u у
w ў в:1.5
V:i й і:1.5
i і
V:y й ы:2
y ы
^e э е:0.5
e е э:0.3
a а
o о
b б
v в
g г ґ:3
h г х:2
d д
z з зь:2
k к
l л ль:1.5
m м
n н нь:2
p п
r р
s с сь:2
t т
f ф
c ц:1 к:1
x кс
q к
j й:1 ж:2
' ' ь:0.5 :1
- -
"""

# Ukrainian: the 2010 national system (the one Ukraine's passports and road signs use).
_FROM_LATIN_UK = """
shch щ
tsch ч:0.5
zgh зг
zh ж
kh х
ch ч
sh ш
tskyi$ цький
tskyy$ цький
tsky$ цький
tsk$ цьк цк:1
ts ц тс:2 ць:1.5
skyi$ ський
skyy$ ський
sky$ ський ский:1.5
skiy$ ський
sk$ ськ ск:1
^ya я
ya я 'я:1 ья:1.5
ia я ія:0.8 'я:1.5
^ye є
ye є е:1
ie є іє:1 іе:1.5
^yu ю
yu ю 'ю:1
iu ю ію:1 'ю:1.5
yo йо ьо:0.5
io ьо йо:0.5 іо:1
^yi ї
kyi$ кий
kyy$ кий
yi$ ий
yy$ ий
yi ий ї:0.5
iy$ ій ий:1
ii$ ій ії:1
ii ії ій:0.5
V:i ї й:0.3 і:1
i і ї:2
V:y й
y$ ий:0.3 и:1
y и
e е є:2
a а
o о
b б
v в
g ґ:0.5 г:0.7
h г
d д
z з
k к
l л ль:1.5
m м
n н нь:1.5
p п
r р
s с сь:1.5
t т ть:2
f ф
c к:1 ц:1
x кс
q к
j й:1 дж:1.5
w в
u у
' ' ь:0.5 :1
- -
"""

# Russian: BGN/PCGN, the passport system (ISO 9-like, 2013), and the press's habits (-sky, -ei).
_FROM_LATIN_RU = """
shch щ
tsch ч:0.5
sch щ:0.5 сх:2
zh ж
kh х
tch ч:0.5 тч:1
ch$ ч чь:0.5
ch ч
sh ш
ts ц тс:1.5
^ya я
ya я ья:1 ия:1.5
ia ия:0.4 я:0.3 ья:1.5
^yu ю
yu ю ью:1
iu ю:0.3 ию:0.5 ью:1.5
^ye е
ye е ье:0.8 ъе:2
ie ие:0.5 е:0.5 ье:1
^yo ё йо:1
yo ё ьо:1 йо:1.5
io ио:0.5 ё:0.5 ьо:1
sky$ ский
skiy$ ский
skii$ ский
iy$ ий
yy$ ый ий:0.3
ii$ ий ии:1
ei$ ей
V:y й
y$ ый:0.3 ий:0.3 ы:1 и:1.5
y ы ь:2 и:1
V:i й и:1
i и ь:2
^e э:0.3 е
e е э:1.5 ё:1.5
a а
o о
b б
v в
g г
h х г:1
d д
z з
k к
l л ль:1
m м мь:2
n н нь:1.2
p п
r р рь:1.5
s с сь:2
t т ть:1.5
f ф
c к:0.5 ц:1
x кс
q к
j й:0.5 дж:1.5 ж:2
w в
u у
' ь ъ:1 :1
- -
"""

# Polish names lose their diacritics in English text (Walesa, Lodz): put them back where the
# Polish dictionary and letter statistics want them.
_FROM_LATIN_PL = """
a a ą:2.5
e e ę:2.5
o o ó:2
l l ł:1.5
s s ś:2.5
z z ż:2 ź:2.5
c c ć:2.5
n n ń:2
"""

# --- Cyrillic into another East Slavic language -------------------------------------------------

_BE_TO_RU = """
скі$ ский
цкі$ цкий
ы$ ый ы:0.8
і$ ий:0.3 и:0.5
энка$ енко
енка$ енко:0.2 енка:0.8
анка$ енко:0.3 анка:0.6
ка$ ко:0.6 ка:0.4
а$ а
ў в
і и
ы ы и:1.5
э е э:0.7
ё ё:0.3 е:0.3 о:1.2
я я е:1
а а о:0.7
ц ц т:0.8
дз дз:0.6 д:0.4
шч щ
' ъ:0.5 ь:0.5 :0.3
ь ь :1.2
"""

_RU_TO_BE = """
ский$ скі
цкий$ цкі
енко$ энка:0.2 анка:0.4 енка:0.8
чев$ чоў:0.2 чаў:0.4 чэў:0.4
шев$ шоў:0.3 шаў:0.3 шэў:0.4
жев$ жоў:0.3 жаў:0.4
же жэ жа:0.5
ше шэ ша:0.5
че чэ ча:0.5
ре рэ ра:0.5
ий$ і:0.5 ы:0.3 ій:1.5
ый$ ы
ко$ ка:0.3 ко:0.6
ов$ оў аў:0.6
ев$ еў эў:0.6
ёв$ ёў
в в ў:0.6
и і ы:0.6
е е э:0.4 я:0.8
о о а:0.6
т т ц:0.6
д д дз:0.6
щ шч
ъ '
"""

_RU_TO_UK = """
ица$ иця:0.2 ица:0.6
ский$ ський
цкий$ цький
ская$ ська
цкая$ цька
ий$ ий
ый$ ий
ей$ ій:0.5 ей:0.6
ая$ а:0.4 ая:1
ов$ ов ів:1
ск$ ськ
цк$ цьк
и и:0.3 і:0.3
ы и
е е є:1
э е
ё ьо:0.6 о:0.3 е:1
ъ '
"""

_UK_TO_RU = """
піль$ поль
ський$ ский
цький$ цкий
ська$ ская
цька$ цкая
ий$ ий:0.3 ый:0.3
ськ$ ск
цьк$ цк
їв$ ев:0.3 ив:1
ів$ ов:0.3 ев:0.6 ив:0.8
івськ$ овск:0.3 ивск:0.5
івці$ овцы:0.3 ивцы:0.6
інь$ ень:0.3 инь:0.5
іль$ оль:0.4 иль:0.4
иця$ ица:0.2 ицья:1
і и
и и:0.3 ы:0.6
ї и:0.6 йи:1 е:1
є е
е е э:1
' ъ:0.6 ь:0.6 :0.4
"""

# --- Polish press transcription -----------------------------------------------------------------

# Shared by the three source languages: consonants, soft signs, iotated vowels.
_TO_POLISH_COMMON = """
щ szcz
ш sz
ч cz
ж ż
х ch
ц c
в w
б b
д d
з z
к k
м m
н n
п p
р r
с s
т t
ф f
й j
а a
о o
у u
ы y
э e
нск$ ńsk nsk:1
ле le
лё lo
лю lu
ля la
ли li
лі li
ль l
л ł
сь ś
зь ź
ць ć
нь ń
ть ć
дзь dź
дь dź
ь :0
' j:0.5 :0.5
ъ :0
жё żo
шё szo
чё czo
^ё jo
V:ё jo
ё io
^ю ju
V:ю ju
ю iu
^я ja
V:я ja
я ia
ская$ ska
цкая$ cka
ая$ a aja:0.6
"""

_RU_TO_POLISH = _TO_POLISH_COMMON + """
ский$ ski
цкий$ cki
ий$ ij
ый$ y
ой$ oj
же że
ше sze
че cze
ще szcze
це ce
^е je
V:е je
е ie
жи ży
ши szy
ци cy
и i
г g
"""

_UK_TO_POLISH = _TO_POLISH_COMMON + """
ський$ ski
цький$ cki
ська$ ska
цька$ cka
ле łe
ий$ y yj:0.5
ій$ ij
ськ sk
^є je
V:є je
є ie
^ї ji
ї ji
ьо io
йо jo
и y
і i
е e
г h
ґ g
"""

_BE_TO_POLISH = _TO_POLISH_COMMON + """
скі$ ski
цкі$ cki
дз dz
дж dż
ў u
^е je
V:е je
е ie
і i
г h
ґ g
"""

# --- Polish spelling into Cyrillic -------------------------------------------------------------

_FROM_POLISH_COMMON = """
szcz щ
trz тш
prz пш
krz кш
rz ж
sz ш
cz ч
ch х
dż дж
dź дзь
dz дз
ski$ ский
cki$ цкий
ska$ ская
cka$ цкая
ów$ ов:0.3 ув:0.3
la ля
lu лю
lo лё
le ле
li ли
l ль л:0.8
ie е
ia я
iu ю
io ё
^ja я
^ju ю
^jó ю
^je е
V:ja я
V:ju ю
V:je е
ą он
ę ен
ó у
ł л
ś сь
ź зь
ć ць
ń нь
ż ж
w в
c ц
j й
a а
b б
d д
e е
f ф
g г
h х
k к
m м
n н
o о
p п
r р
s с
t т
u у
z з
"""

_FROM_POLISH_RU = _FROM_POLISH_COMMON + """
y ы и:0.5
i и
"""

_FROM_POLISH_UK = _FROM_POLISH_COMMON.replace("ski$ ский", "ski$ ський").replace("cki$ цкий", "cki$ цький").replace(
    "ska$ ская", "ska$ ська").replace("cka$ цкая", "cka$ цька") + """
ów$ ів ув:0.5
^je є
V:je є
lo льо
li лі
y и
i і
"""

_FROM_POLISH_BE = _FROM_POLISH_COMMON.replace("szcz щ", "szcz шч").replace("ski$ ский", "ski$ скі").replace(
    "cki$ цкий", "cki$ цкі") + """
ów$ аў:0.3 оў:0.5 ув:0.5
li лі
V:ł ў л:0.5
V:w ў в:0.5
y ы
i і
e э е:0.5
o о а:0.3
"""

FROM_LATIN = {
    "be": Rewriter("reverse Belarusian national / BGN-PCGN romanization", "be", _FROM_LATIN_BE),
    "uk": Rewriter("reverse Ukrainian 2010 national romanization", "uk", _FROM_LATIN_UK),
    "ru": Rewriter("reverse Russian BGN-PCGN / ISO 9 / passport romanization", "ru", _FROM_LATIN_RU),
    "pl": Rewriter("Polish diacritics restored", "pl", _FROM_LATIN_PL),
}

ACROSS = {
    ("be", "ru"): Rewriter("be→ru correspondences", "ru", _BE_TO_RU),
    ("ru", "be"): Rewriter("ru→be correspondences", "be", _RU_TO_BE),
    ("ru", "uk"): Rewriter("ru→uk correspondences", "uk", _RU_TO_UK),
    ("uk", "ru"): Rewriter("uk→ru correspondences", "ru", _UK_TO_RU),
    ("be", "pl"): Rewriter("Polish press transcription of Belarusian", "pl", _BE_TO_POLISH, keep_unknown=False),
    ("uk", "pl"): Rewriter("Polish press transcription of Ukrainian", "pl", _UK_TO_POLISH, keep_unknown=False),
    ("ru", "pl"): Rewriter("Polish press transcription of Russian", "pl", _RU_TO_POLISH, keep_unknown=False),
    ("pl", "ru"): Rewriter("Russian transcription of Polish", "ru", _FROM_POLISH_RU),
    ("pl", "uk"): Rewriter("Ukrainian transcription of Polish", "uk", _FROM_POLISH_UK),
    ("pl", "be"): Rewriter("Belarusian transcription of Polish", "be", _FROM_POLISH_BE),
}


# Latin letters English text keeps from a name's own spelling (Villaseñor, Müller, Şahin,
# Bērziņš), read as the English-letter spelling that the reverse romanizations know; a letter
# the table lacks loses its marks (é → e). Left in, they would stay Latin inside Cyrillic.
_PLAIN_LATIN = {
    "ñ": "ny", "ń": "ny", "ņ": "ny", "ň": "ny", "ü": "yu", "ø": "yo", "ö": "yo", "œ": "yo", "å": "o", "ä": "e",
    "æ": "e", "ç": "ch", "č": "ch", "ć": "ch", "ş": "sh", "š": "sh", "ś": "sh", "ș": "sh", "ț": "ts", "ţ": "ts",
    "ž": "zh", "ż": "zh", "ź": "zh", "ř": "rzh", "ł": "l", "ļ": "l", "ą": "on", "ę": "en", "ı": "y", "ß": "ss",
    "đ": "d", "ð": "d", "þ": "th", "ė": "e", "ě": "ye",
}
# The same letters as Polish spells them, for the tables that read Polish into Cyrillic.
_POLISH_READING = {
    "ñ": "ń", "ņ": "ń", "ň": "ń", "ç": "cz", "č": "cz", "ş": "sz", "š": "sz", "ș": "sz", "ț": "c", "ţ": "c",
    "ž": "ż", "ř": "rz", "ļ": "l", "ü": "iu", "ø": "io", "ö": "io",
}
_POLISH_LETTERS = frozenset("ąćęłńóśźż")


def plain_latin(word: str, polish: bool = False) -> str:
    """``word`` in English letters only (in Polish letters when ``polish``), for reading into Cyrillic."""
    table = _POLISH_READING if polish else {}
    letters = []
    for char in word:
        lower = char.lower()
        if polish and lower in _POLISH_LETTERS or char.isascii():
            letters.append(char)
            continue
        plain = table.get(lower) or _PLAIN_LATIN.get(lower) or "".join(c for c in unicodedata.normalize("NFD", lower) if c.isascii())
        letters.append(plain.capitalize() if char.isupper() else plain)
    return "".join(letters)


def has_own_letters(word: str) -> bool:
    """The word is written with letters beyond English's, i.e. in its own language's spelling."""
    return any(char.isalpha() and not char.isascii() for char in word)


@lru_cache(maxsize=20_000)
def read_back(word: str, lang: str, limit: int = 5) -> tuple[tuple[str, float], ...]:
    """Cyrillic (or, for pl, diacritic) spellings of one romanized word, cheapest first."""
    return tuple(FROM_LATIN[lang].spellings(word if lang == "pl" else plain_latin(word), limit))


# Place names only: a Belarusian neuter in unstressed -а is -о in Russian (Гродна → Гродно); a
# woman's surname in -ава keeps its -а (Калеснікава → Колесникова).
# A place in -ічы (Баранавічы, Ляхавічы) is a plural, Барановичи, Барановичі, Baranowicze, with
# the Russian о of its unstressed -аві-; no adjective in -ый.
_PLURAL_PLACES_RU = """
ы$ ы ый:1
чы$ чи
авічы$ овичи авичи:0.5
"""
PLACE_ACROSS = {
    ("be", "ru"): Rewriter("be→ru correspondences", "ru", _BE_TO_RU + "\nа$ а:0.3 о:0.5\n" + _PLURAL_PLACES_RU),
    ("ru", "uk"): Rewriter("ru→uk correspondences", "uk", _RU_TO_UK + "\nичи$ ичі\n"),
    ("be", "pl"): Rewriter("Polish press transcription of Belarusian", "pl", _BE_TO_POLISH + "\nы$ y:1.5\nічы$ icze\nавічы$ owicze awicze:0.5\n",
                           keep_unknown=False),
    ("ru", "pl"): Rewriter("Polish press transcription of Russian", "pl", _RU_TO_POLISH + "\nичи$ icze\n", keep_unknown=False),
}


@lru_cache(maxsize=20_000)
def carry(word: str, source: str, target: str, limit: int = 5, place: bool = False) -> tuple[tuple[str, float], ...]:
    """Spellings in ``target`` of a ``source``-language word (of a place name when ``place``);
    be ↔ uk go through Russian."""
    if source == target:
        return ((word.lower(), 0.0),)
    if source == "pl":
        word = plain_latin(word, polish=True)  # the Polish tables read Polish letters, not Bērziņš's
    rewriter = (PLACE_ACROSS.get((source, target)) if place else None) or ACROSS.get((source, target))
    if rewriter is not None:
        return tuple(rewriter.spellings(word, limit))
    found: dict[str, float] = {}
    for middle, cost in carry(word, source, "ru", 3, place):
        for text, more in carry(middle, "ru", target, 3, place):
            found[text] = min(found.get(text, float("inf")), cost + more)
    return tuple(sorted(found.items(), key=lambda item: item[1])[:limit])


def rule_name(source: str, target: str) -> str:
    if (source, target) in ACROSS:
        return ACROSS[(source, target)].name
    return f"{source}→ru→{target} correspondences"


def capitalise(text: str) -> str:
    """Upper-case the first letter of each part of a (hyphenated, slashed or quoted) name."""
    return re.sub(r"(?:^|(?<=[-/\"“«]))\w", lambda match: match.group().upper(), text)


# --- romanizing: the English spellings a name also appears in ------------------------------------

_TO_LATIN_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "'": "", "’": "", "-": "-",
}
_TO_LATIN = {
    # BGN/PCGN as the English-language press writes it (Tikhanovskaya, Peskov, Navalny).
    "ru": _TO_LATIN_COMMON | {"г": "g", "е": "e", "ё": "yo", "и": "i", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
                              "ий": "y", "ый": "y", "ей": "ei", "ье": "ye"},
    # The Ukrainian 2010 national system.
    "uk": _TO_LATIN_COMMON | {"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "ю": "iu",
                              "я": "ia", "ий": "yi", "ій": "ii", "зг": "zgh"},
    # The Belarusian national system without diacritics, as Belarusians romanize their own names.
    "be": _TO_LATIN_COMMON | {"г": "h", "е": "ie", "ё": "io", "і": "i", "ы": "y", "э": "e", "ю": "iu", "я": "ia",
                              "ў": "u", "й": "i", "шч": "shch"},
}
_WORD_INITIAL = {"ru": {"е": "ye"}, "uk": {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "й": "y"},
                 "be": {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}}


def romanize(text: str, lang: str) -> str:
    """``text`` in the romanization the English press most often uses for ``lang``."""
    table, initial = _TO_LATIN[lang], _WORD_INITIAL[lang]
    words = []
    for word in text.split():
        lower, out, position = word.lower(), [], 0
        while position < len(lower):
            pair = lower[position : position + 2]
            at_start = position == 0 or lower[position - 1] in "-'’ьъаеёиіоуыэюяєї"
            if pair in table and (len(pair) == 2) and (pair[1] != "й" or position + 2 == len(lower)):
                out.append(table[pair])
                position += 2
                continue
            char = lower[position]
            out.append(initial.get(char, table.get(char, char)) if at_start else table.get(char, char))
            position += 1
        words.append(capitalise("".join(out)))
    return " ".join(words)


# --- the standard schemes: every romanization a Cyrillic name may appear in ---------------------------------------

_AFTER_WHICH_IOTATED = frozenset("аеёиіоуыэюяєїьъў'’-")


@lru_cache(maxsize=1)
def _scheme_table() -> dict:
    import tomllib
    from pathlib import Path

    with open(Path(__file__).parent / "data" / "romanization_schemes.toml", "rb") as file:
        return tomllib.load(file)


@lru_cache(maxsize=1)
def _schemes() -> dict[str, tuple[tuple[dict[str, str], dict[str, str], dict[str, str]], ...]]:
    """``lang -> ((letters, initial, final), …)`` from glossary/data/romanization_schemes.toml."""
    table = _scheme_table()
    by_lang: dict[str, list[tuple[dict[str, str], dict[str, str], dict[str, str]]]] = {}
    for name, scheme in table.items():
        if "langs" not in scheme:
            continue  # (german_lookup: no scheme)
        base = table.get(scheme.get("base", ""), {})
        letters = base.get("letters", {}) | scheme["letters"]
        for lang in scheme["langs"]:
            by_lang.setdefault(lang, []).append((letters, scheme["initial"], scheme["final"]))
    return {lang: tuple(schemes) for lang, schemes in by_lang.items()}


def _romanized_with(word: str, letters: dict[str, str], initial: dict[str, str], final: dict[str, str]) -> str | None:
    """Lower-case ``word`` in one scheme; None when it has a letter the scheme does not spell."""
    ending = next((end for end in final if word.endswith(end)), "")
    body, out, position = word[: len(word) - len(ending)], [], 0
    while position < len(body):
        pair = body[position : position + 2]
        if len(pair) == 2 and pair in letters:
            out.append(letters[pair])
            position += 2
            continue
        char = body[position]
        spelled = initial.get(char) if position == 0 or body[position - 1] in _AFTER_WHICH_IOTATED else None
        if spelled is None:
            spelled = letters.get(char)
        if spelled is None:
            return None
        out.append(spelled)
        position += 1
    return "".join(out) + (final[ending] if ending else "")


def romanizations(word: str, lang: str) -> frozenset[str]:
    """``word`` (Cyrillic, of ``lang``) in lower case under each standard scheme for ``lang``
    (glossary/data/romanization_schemes.toml): the spellings MT may write of it."""
    lower = word.lower()
    spelled = (_romanized_with(lower, *scheme) for scheme in _schemes().get(lang, ()))
    return frozenset(text for text in spelled if text)


def english_lookups(word: str) -> tuple[str, ...]:
    """``word`` and, when it is spelled the German way, its English-letter readings (Koschewnikow: Kozhevnikov,
    Koshevnikov): the spellings to look a romanized word's concept up by."""
    lower = word.lower()
    if "sch" not in lower and "w" not in lower:
        return (word,)
    readings = [lower]
    for german, english in _scheme_table()["german_lookup"]["respell"]:
        readings = [reading.replace(german, spelled) if german in reading else reading for reading in readings for spelled in english]
    return (word, *dict.fromkeys(reading.capitalize() for reading in readings if reading != lower))
