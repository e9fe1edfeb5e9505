"""Text folding for matching, and a cross-script key for spotting unlisted transliterations.

``fold`` keeps one folded character per original character (or per base letter plus its combining
marks), so match offsets always point into the text the user gave us.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

APOSTROPHES = "'’ʼ‘`´′"
# Applied with str.replace, which skips through text in C; str.translate with a table costs a
# Python-level lookup per character of a whole document.
_SAME_LETTERS = [(char, "'") for char in APOSTROPHES if char != "'"] + [("ё", "е"), ("Ё", "Е")]

# Letters that look the same in Latin and Cyrillic (upper and lower case).
_LATIN_LOOKALIKES = "AaBCcEeHiIKMOoPpTXxYy"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНіІКМОоРрТХхУу"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LOOKALIKE_SET = set(_LATIN_LOOKALIKES) | set(_CYRILLIC_LOOKALIKES)

_COMBINING = re.compile(r"[\u0300-\u036F]")


def character_class(test) -> str:
    """A regex character class of the Basic Multilingual Plane characters that pass ``test``."""
    ranges, first = [], None
    for code in range(0x10000 + 1):
        if code < 0x10000 and test(chr(code)):
            first = code if first is None else first
        elif first is not None:
            ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(code - 1)) if code - 1 > first else ""))
            first = None
    return "[" + "".join(ranges) + "]"


# A letter with the combining marks that follow it.
_CLUSTER = re.compile("." + character_class(unicodedata.combining) + "+", re.DOTALL)
# Latin and Cyrillic letters side by side, as look-alike typos leave them (Цiханоўская). Most
# texts have none; each regex starts with a character class, so the engine skips ahead to it.
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_SEAMS = (
    re.compile(r"[\u0400-\u04FF][A-Za-z\u00C0-\u024F]"),
    re.compile(r"[A-Za-z\u00C0-\u024F][\u0400-\u04FF]"),
)
# A word with such a seam: the only kind whose look-alikes need fixing (found in C, so a Cyrillic
# sentence quoting "CNN" costs no Python call per word).
_MIXED_WORD = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]*?(?:[A-Za-z\u00C0-\u024F][\u0400-\u04FF]|[\u0400-\u04FF][A-Za-z\u00C0-\u024F]))[^\W\d_]+"
)


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _dominant_script_fix(word: str) -> str:
    """Rewrite look-alike letters of a mixed-script word into the word's dominant script."""
    cyrillic = sum(1 for c in word if is_cyrillic(c) and c not in _LOOKALIKE_SET)
    latin = sum(1 for c in word if not is_cyrillic(c) and c not in _LOOKALIKE_SET)
    if cyrillic > latin:
        return word.translate(_TO_CYRILLIC)
    if latin > cyrillic:
        return word.translate(_TO_LATIN)
    return word


def has_mixed_script(text: str) -> bool:
    """True when a word of ``text`` has Latin and Cyrillic letters side by side."""
    return _CYRILLIC.search(text) is not None and any(seam.search(text) for seam in _SEAMS)


def _fix_lookalikes(text: str) -> str:
    if not has_mixed_script(text):
        return text
    return _MIXED_WORD.sub(lambda m: _dominant_script_fix(m.group()), text)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few letters (İ) lower-case into two characters; keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text`` for matching: NFC, one apostrophe, look-alikes, ё=е, lower case.

    Returns the folded text and, when its length differs from ``text`` (decomposed letters, stress
    marks), the original offset of every folded character plus one for the end; else ``None``.
    """
    offsets = None
    if _COMBINING.search(text):
        text, offsets = _compose(text)
    for variant, letter in _SAME_LETTERS:
        if variant in text:
            text = text.replace(variant, letter)
    folded = _lower_same_length(_fix_lookalikes(text))
    return folded, offsets


def fold_term(text: str) -> str:
    return fold(text)[0]


def _compose(text: str) -> tuple[str, list[int]]:
    """Compose base letter + combining marks; marks that do not compose (stress accents) drop.

    Only the clusters are handled one by one: a whole document folded at once may be megabytes
    with a handful of accents."""
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for cluster in _CLUSTER.finditer(text):
        start, end = cluster.span()
        chars.append(text[position:start])
        offsets.extend(range(position, start))
        chars.append(unicodedata.normalize("NFC", cluster.group())[0])
        offsets.append(start)
        position = end
    chars.append(text[position:])
    offsets.extend(range(position, len(text) + 1))
    return "".join(chars), offsets


# --- cross-script similarity key -------------------------------------------------------------

_LATIN_DIGRAPHS = [
    ("x", "ks"), ("shch", "s"), ("sch", "s"), ("sz", "s"), ("sh", "s"), ("zh", "z"), ("rz", "z"),
    ("kh", "x"), ("ch", "x"), ("cz", "c"), ("ts", "c"), ("tz", "c"),
]
_LETTER_KEY = str.maketrans({
    # Cyrillic
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ж": "z",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "x",
    "ц": "c", "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "'": "",
    # Latin
    "y": "i", "j": "i", "w": "v", "ó": "o", "ą": "o", "ę": "e", "é": "e",
    "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z", "ć": "c", "h": "x", "q": "k",
})
_REPEATS = re.compile(r"(.)\1+")
# The Ukrainian adjectival genitive -ого romanized with h for г (Matsiievskoho, Snizhnoho, Lozovoho, Biloho): the -ogo
# every other spelling of it keys to (Мацієвського, Macijewskiego, Сніжного), so the fuzzy search's ending check sees one
# ending.
_ROMANIZED_GENITIVE = re.compile(r"(?<=[klnv])oxo$")
# The Polish press writes a Russian е after a consonant as ie (Stiepanakiert, Niebienzia, Biełowa: Степанакерт,
# Небензя, Белова). Inside the word only: a final -ie is a Polish locative's ending (w Madrycie), which the
# ending check of the fuzzy search must still tell from a Russian -е (о Модриче).
_SOFTENED_E = re.compile(r"(?<=[bcdfgklmnprstvxz])ie(?=[a-z])")


def spelling_key(word: str) -> str:
    """A Latin spelling shared by transliterations: Ціханоўская and Tsikhanouskaya -> cixanouskaia."""
    key = fold_term(word)
    for digraph, replacement in _LATIN_DIGRAPHS:
        key = key.replace(digraph, replacement)
    key = key.translate(_LETTER_KEY)
    key = _ROMANIZED_GENITIVE.sub("ogo", _REPEATS.sub(r"\1", "".join(c for c in key if c.isalpha())))
    return _SOFTENED_E.sub("e", key) if "ie" in key else key


_VOWEL_SHIFTS = str.maketrans({"o": "a", "u": "v"})  # akanne (Пагоня/Погоня), ў/в/u/w


def translit_key(word: str) -> str:
    """``spelling_key`` with o=a and u=v: Тихановская, Ціханоўская, Tikhanovskaya come together."""
    return _REPEATS.sub(r"\1", spelling_key(word).translate(_VOWEL_SHIFTS))


_STEM_CLASSES = str.maketrans({"c": "t", "x": "g"})  # Пуцін/Путин, h/г/х
_VOWELISH = "aeiv"


def stem_key(word: str) -> str:
    """``translit_key`` without its case ending, t=c and g=x: the blocking key for fuzzy lookups.

    Ціханоускую, Tikhanovskaya and Тихановская share one; so do Kalesnikową and Калеснікава.
    """
    stem = translit_key(word).translate(_STEM_CLASSES).rstrip(_VOWELISH)
    if stem.endswith("m") and len(stem) > 4:  # instrumental -ом/-ам/-em
        stem = stem[:-1].rstrip(_VOWELISH)
    return stem


def similarity(a: str, b: str) -> float:
    """1 - normalised Levenshtein distance (rapidfuzz's C implementation: the fuzzy search's hot spot)."""
    return Levenshtein.normalized_similarity(a, b)


def letter_case_like(model: str, text: str) -> str:
    """Give ``text`` the letter case of ``model``: UPPER stays upper, lower stays lower."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return text.upper()
    if letters and all(c.islower() for c in letters):
        return text.lower()
    return text
