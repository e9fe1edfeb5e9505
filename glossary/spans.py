"""Parts of a text the termbase leaves alone: URLs, e-mail addresses, quotations in another language
and names inside hyphenated compounds.

"https://ru.wikipedia.org/wiki/Тихановская" and «Встреча Лукашенко и Путина прошла в Минске» quoted
in a Belarusian sentence are right as they are; fixing the names in them would break a link or
misquote. A quotation counts as another language when most of its words (the termbase's matches
left out) are in a different script or unknown to the target language's dictionary.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Sequence

from glossary import lexicon
from glossary.normalize import is_cyrillic

# A link, an e-mail address, or a bare domain name (kazan.ru, kieslowski.pl): a dot between two words with
# no space after it, the last a top-level domain in Latin letters.
_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?!\w|\.\w)"
                   r"(?:/\S*)?", re.IGNORECASE)
_DOMAIN_DOT = re.compile(r"\w\.[a-z]", re.IGNORECASE)
_QUOTATION = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"\n]*\"")
_QUOTE_MARKS = "«„“\""
_CLOSING_QUOTES = frozenset("»”“\"")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC_LANGS = frozenset({"be", "uk", "ru"})
# English words no Slavic language shares: a Polish dictionary knows "met" and "in" as abbreviations.
_ENGLISH = frozenset("the and of in with met said says was were has have had from that this which will would".split())


def protected_spans(text: str, lang: str, taken: Sequence[tuple[int, int]],
                    sibling_spellings: Sequence[tuple[int, int, str]] = (),
                    people: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of ``text`` not to change; ``taken`` are the termbase's matches (left out of the
    language test, so a quoted name alone, «Гонитва», is not a foreign quotation);
    ``sibling_spellings`` those of them spelled as a neighbouring language writes the name
    (start, end, that language); ``people`` those that are persons' names the termbase lists (no mere resemblance)."""
    spans = []
    if "@" in text or "://" in text or "www." in text or _DOMAIN_DOT.search(text):
        spans += [m.span() for m in _LINK.finditer(text)]
    if any(mark in text for mark in _QUOTE_MARKS):
        matched = _Coverage(taken)
        quotations = [m.span() for m in _QUOTATION.finditer(text)
                      if _announced_language(text, m.start()) not in (None, lang) or _foreign(text, m.start(), m.end(), lang, matched)
                      or _in_the_language_of_its_names(text, m.start(), m.end(), sibling_spellings)]
        spans += quotations
        if lang in _CYRILLIC_LANGS and any(_latin(text[start:end]) for start, end in quotations):
            # A text citing a title in the Latin original («Kultura») cites its people so too: "выданне
            # «Kultura», якое рэдагаваў Jerzy Giedroyc" keeps the name as the citation spells it.
            spans += [(start, end) for start, end in taken if _latin(text[start:end])]
    spans += [(start, end) for start, end in taken
              if _in_foreign_name(text, end, lang, taken, (start, end) in people) or _in_compound(text, start, end)]
    spans += _addresses_in_another_script(text, lang, taken)
    return spans


# An address's pieces: words, numbers (12, 20-093, 5a) and what may stand between them (ul. Nałęczowska 12, Lublin).
_ADDRESS_PIECE = re.compile(r"[^\W\d_]+|\d+[^\W\d_]?")
_ADDRESS_GAP = re.compile(r"[\s.,/#№-]*")


def _addresses_in_another_script(text: str, lang: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of postal addresses written in the other script ("Адрес клиники: ul. Nałęczowska 12, Lublin, телефон …",
    "adres: вул. Хрещатик 22, Київ"): a run of that script's words and numbers with nothing but spaces and
    punctuation between them, holding a number and a word besides the termbase's matches. Like a link, it is copied
    as the post and the map write it: its town keeps the address's spelling. A name alone in the other script beside
    a number (в Lublin 12 мая) is MT's, and fixed."""
    cyrillic_text = lang in _CYRILLIC_LANGS
    if not any(char.isdigit() for char in text) or not any(is_cyrillic(text[start]) != cyrillic_text for start, _ in taken):
        return []
    matched = _Coverage(taken)
    spans, run = [], []
    for piece in _ADDRESS_PIECE.finditer(text):
        word = piece.group()
        joined = bool(run) and _ADDRESS_GAP.fullmatch(text, run[-1].end(), piece.start()) is not None
        if not (word[0].isdigit() or is_cyrillic(word[0]) != cyrillic_text):
            joined, piece = False, None
        if not joined:
            spans += _an_address(run, matched)
            run = []
        if piece is not None:
            run.append(piece)
    return spans + _an_address(run, matched)


def _an_address(run: Sequence[re.Match], matched: "_Coverage") -> list[tuple[int, int]]:
    """``[(start, end)]`` of a run of pieces in the other script that is an address (see above), else []."""
    words = [piece for piece in run if not piece.group()[0].isdigit()]
    if len(words) < 2 or len(words) == len(run) or all(piece.start() in matched for piece in words):
        return []
    return [(run[0].start(), run[-1].end())]


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(is_cyrillic(c) for c in letters)


def _in_compound(text: str, start: int, end: int) -> bool:
    """True when a matched word is joined by a hyphen to another word (Довженко-Центр, Sabalenka-Team):
    the compound is a name of its own, whose part keeps the spelling and form the compound gives it."""
    return (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()
            or text[start - 1:start] == "-" and start > 1 and text[start - 2].isalpha())


def fills_a_quotation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is all a quotation holds: «Пятро Дарашэнка» written on a sign
    is cited as it was written, in its own language's spelling and case."""
    return text[start - 1:start] in _QUOTE_MARKS and start > 0 and text[end:end + 1] in _CLOSING_QUOTES and end < len(text)


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _in_foreign_name(text: str, end: int, lang: str, taken: Sequence[tuple[int, int]], person: bool = False) -> bool:
    """True when a matched word is the start of a foreign multi-word name: the capitalised word after
    it is in the other script or no word of ``lang`` (Human Rights Watch, „Bandiera Rossa”); names put
    the surname last, so a first name before a matched surname does not count, nor a ``person``'s word
    before a name in the text's own script that the dictionary does not know (Джефф Сешнс, Ким Чэн Ын):
    the rest of that person's name, which the termbase lacks, unless quotation marks close after it
    („Bandiera Rossa”: a title)."""
    following = _NEXT_WORD.match(text, end)
    if not following or not following.group(1)[0].isupper() or any(s == following.start(1) for s, _ in taken):
        return False
    word = following.group(1)
    own_script = is_cyrillic(word[0]) == (lang in _CYRILLIC_LANGS)
    quoted = text[following.end(1):following.end(1) + 1] in _CLOSING_QUOTES
    if person and own_script and word[1:].islower() and not quoted:
        return False
    if not own_script or not lexicon.known_word(word, lang):
        return True
    # A word the dictionary knows only as a surname is a foreign name's only inside quotation marks
    # („Bandiera Rossa”); unquoted it may be the subject after a place (w Kijów Zełenski …). So is a
    # common noun with a capital there: a Slavic title capitalises its first word alone, so the
    # title is spelt as in another language („Sevastopol Blues”) and keeps its name as it is.
    return quoted and (lexicon.foreign_word(word, lang) or lexicon.known_common_word(word, lang))


# A language named right before a quotation ("напис білоруською: «…»", "по-украински: «…»", "po
# polsku: „…”"), or a word or two before it ("російською написано: «…»", "по-русски было написано: «…»"): an adverb or
# a Ukrainian/Belarusian instrumental of the language, by its stem.
_LANGUAGE_WORD = re.compile(r"(?P<prefix>(?<![\w-])(?:по|па|po)[- ])?(?P<word>[^\W\d_]+)", re.IGNORECASE)
_LAST_WORDS = re.compile(r"(?:(?<![\w-])(?:по|па|po)[- ])?[^\W\d_]+(?: +(?:(?:по|па|po)[- ])?[^\W\d_]+){0,2}[^\w«„“\"]*$",
                         re.IGNORECASE)
_LANGUAGE_STEMS = (("беларус", "be"), ("білорус", "be"), ("белорус", "be"), ("białorus", "be"),
                   ("украин", "uk"), ("україн", "uk"), ("украін", "uk"), ("ўкраін", "uk"), ("ukraiń", "uk"),
                   ("русск", "ru"), ("руск", "ru"), ("російськ", "ru"), ("расійск", "ru"), ("rosyjsk", "ru"),
                   ("польск", "pl"), ("польськ", "pl"), ("polsk", "pl"),
                   ("английск", "en"), ("англійськ", "en"), ("англійск", "en"), ("angielsk", "en"))
_ADVERB_ENDINGS = ("ски", "ськи", "ску", "sku")
_INSTRUMENTAL_ENDINGS = ("ською", "скай")


def _announced_language(text: str, start: int) -> str | None:
    """The language one of the last three words before a quotation says it is in, the nearest first, or None."""
    last = _LAST_WORDS.search(text, max(0, start - 60), start)
    if last is None:
        return None
    for before in reversed(list(_LANGUAGE_WORD.finditer(last.group()))):
        word = before.group("word").lower()
        adverb = bool(before.group("prefix")) and word.endswith(_ADVERB_ENDINGS)
        language = next((language for stem, language in _LANGUAGE_STEMS if word.startswith(stem)), None)
        if language and (adverb or word.endswith(_INSTRUMENTAL_ENDINGS)):
            return language
    return None


class _Coverage:
    """Whether a position lies in one of ``spans``, in log time: a text of thousands of quoted names asked
    every word against every match (40,000 of «Лукашэнка» in one line: about a minute)."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._furthest_ends = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._furthest_ends[index]


def _foreign(text: str, start: int, end: int, lang: str, matched: _Coverage) -> bool:
    cyrillic_text = lang in _CYRILLIC_LANGS
    every = [(m.group(), m.start() in matched) for m in _WORD.finditer(text, start, end)]
    # A matched name counts when it is in the other script: «Wisła, Wisła!» chanted in a Ukrainian text.
    words = [w for w, matched in every if not matched or is_cyrillic(w[0]) != cyrillic_text]
    if not words:
        return False
    # Names say little of a language (London, Warszawa): the lower-case words alone may tell. So may an
    # English word no Slavic language shares among words that are all capitalised, names or a title's
    # („Tukhachevsky: The Red Napoleon”: a Slavic title capitalises its first word alone).
    lower = [w for w in words if not w[0].isupper()]
    english = [w for w in words if w.lower() in _ENGLISH]
    return _mostly_foreign(words, lang, cyrillic_text) or bool(lower) and _mostly_foreign(lower, lang, cyrillic_text) \
        or bool(english) and all(w[0].isupper() for w in words) \
        or cyrillic_text and _in_a_sibling_language([w for w, _ in every], lang)


def _in_the_language_of_its_names(text: str, start: int, end: int, sibling_spellings: Sequence[tuple[int, int, str]]) -> bool:
    """True for a quoted clause whose names are spelled as a neighbouring language writes them and whose
    other words, two at least, that language has too: uk «Роза Отунбаева сказала правду» is a Russian
    sentence cited as said, though Ukrainian shares its words. Judged from the whole quotation: the
    name's spelling alone, or one shared word, would not tell (an MT slip in «Отунбаева»)."""
    inside = [(first, last, other) for first, last, other in sibling_spellings if start <= first and last <= end]
    if not inside:
        return False
    words = [m.group() for m in _WORD.finditer(text, start, end) if not any(first <= m.start() < last for first, last, _ in inside)]
    return len(words) >= 2 and any(all(lexicon.known_word(word, other) for word in words) for other in {other for *_, other in inside})


def _mostly_foreign(words: list[str], lang: str, cyrillic_text: bool) -> bool:
    foreign = [w for w in words if is_cyrillic(w[0]) != cyrillic_text or w.lower() in _ENGLISH
               or not lexicon.known_word(w, lang)]
    if len(foreign) * 2 >= len(words):
        return True
    # A word only a neighbouring language has (ru «обещал» in a Ukrainian text) weighs more than a
    # word the dictionary happens to lack: a third of the words is enough.
    siblings = [other for other in _CYRILLIC_LANGS if other != lang] if cyrillic_text else []
    return len(foreign) * 3 >= len(words) and any(lexicon.known_word(w, other) for w in foreign for other in siblings)


def _in_a_sibling_language(words: list[str], lang: str) -> bool:
    """True when a neighbouring language's dictionary knows every word of a quotation, its names' words too,
    and some of them, as no name, the text's own dictionary does not: ru «Краснодарский край — не наша тема»
    in a Ukrainian text, whose other words both languages share, is told by its name's adjective alone, and
    cited as said. A name the dictionary knows as a name (be Ціханоўская) tells no language."""
    return any(all(lexicon.known_word(w, other) for w in words)
               and any(not lexicon.known_word(w, lang) and lexicon.known_common_word(w, other) for w in words)
               for other in _CYRILLIC_LANGS - {lang})
