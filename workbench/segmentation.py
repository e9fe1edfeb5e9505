"""Sentence segmentation for en, be, uk, pl and ru.

pysbd does the splitting; it has English, Russian and Polish rules but none for Ukrainian or
Belarusian, which get the Russian rules (same script, similar punctuation and abbreviations).
pysbd still splits after some abbreviations and initials (``ул. Ленина``, ``m.in. z``,
``А. Лукашэнка``), so its boundaries go through exception rules, as in SRX: a boundary is
dropped when the next sentence starts in lower case, when the previous one ends with an
abbreviation that never ends a sentence, or with a single-letter initial. Quotations are kept whole,
with their closing mark, and a sentence ending inside one is split from the next («Вады мала.» Жыхары…):
measured on NTREX news lines joined into paragraphs, boundaries after a stop found went from 83.0 to
88.4% (en), 83.6 to 92.7% (be), 99.4 to 99.7% (pl); the rest are inside multi-sentence quotations.

Text without sentence breaks must not make one huge segment (6 MB of "A. A. A." is all
initials): pysbd reads a long paragraph in blocks of about ``BLOCK`` characters cut after a
sentence stop, merging stops before a segment reaches ``MAX_SEGMENT`` characters, and a
sentence longer than that is cut at the first whitespace past it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.languages import LANGUAGE_CODES

# Languages without pysbd rules of their own -> the closest language that has them.
RULES_FOR = {"uk": "ru", "be": "ru"}

# Abbreviations that stand before a name or a number and so never end a sentence (lower case,
# without the final dot). Ones that often end a sentence ("r.", "etc.") are left out: the
# lower-case rule keeps "w 2020 r. odbyły się" together and "w 2020 r. Potem" still splits.
NON_FINAL_ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
           "rep", "rev", "hon", "no", "vs", "e.g", "i.e", "cf", "approx"},
    "ru": {"ул", "т.е", "т.к", "т.н", "им", "пр", "просп", "проф", "ген", "св", "см", "ср", "напр",
           "д", "кв", "пер", "пл"},
    "uk": {"вул", "т.зв", "ім", "просп", "проф", "ген", "св", "див", "напр", "пл", "пров", "буд",
           "тобто"},
    "be": {"вул", "т.зв", "ім", "пр", "праф", "ген", "св", "гл", "напр", "пл", "зав", "т.б"},
    "pl": {"ul", "np", "m.in", "tzw", "tj", "tzn", "nr", "św", "prof", "dr", "płk", "gen", "al",
           "pl", "ks", "im", "ds", "wg", "os", "ok", "ws", "zob", "por"},
}

_LAST_WORD = re.compile(r"(\S+)\.[\"'”’»)\]]*$")
# Where a sentence could end inside a text; a text without one is a single sentence, and pysbd
# (about 2 ms a paragraph) need not look at it.
_INNER_STOP = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S")
_STOP_AND_SPACE = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")
# A stop inside a closing quotation mark or bracket ends the sentence with it («Вады мала.» Жыхары…),
# which pysbd misses for ru/uk/be; and its pl rules cut before a closing ” („… mało.” Mieszkańcy). English
# puts the speaker after a quoted question without a dash ("Are you ready?" CNN asked): only a full stop.
_STOP_THEN_CLOSER = re.compile(r"[.!?…][\"'”’»)\]]+(?=\s+\S)")
_FULL_STOP_THEN_CLOSER = re.compile(r"\.[\"'”’»)\]]+(?=\s+\S)")
# English names the speaker after a quoted question or exclamation without a dash: "Is it safe?" Reuters asked.
_QUOTED_QUESTION = re.compile(r"[?!][\"'”’»]+$")
_SPEAKER_THEN_VERB = re.compile(r"(?:\S+\s+){1,3}(?:said|says|asked|asks|told|tells|wrote|writes|reported|reports|added|"
                                r"adds|replied|shouted|tweeted|posted|explained|recalled|wondered|insisted)\b(?!\s*:)")
# Closing marks that open a span, and the whitespace after them (group 1: the marks alone).
_LEADING_CLOSER = re.compile(r"([\"'”’»)\]]+)(?:\s+|$)")
MAX_SEGMENT = 1000  # characters; a longer sentence is cut at whitespace
BLOCK = 4000  # characters pysbd reads at once (it slows more than linearly on longer text)
# Enough of a sentence's end for _LAST_WORD to find its last word.
_TAIL = 100


@lru_cache(maxsize=None)
def _segmenter(lang: str) -> pysbd.Segmenter:
    rules = RULES_FOR.get(lang, lang)
    return pysbd.Segmenter(language=rules if rules in LANGUAGE_CODES else "en", clean=False)


def _sentences(block: str, lang: str) -> list[str]:
    """pysbd's sentences of ``block``, without its ``segment()``: that one looks each sentence up
    in the whole block from its start, every earlier copy of the same sentence matched again, and a
    block of 1,000 identical short sentences ('No." ') took seconds (a paragraph of them, minutes).
    ``_locate`` finds the pieces itself, from where the last one ended."""
    return _segmenter(lang).processor(block).process()


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, without the whitespace around it.

    The spans cover every non-space character of ``text``; what lies between them is whitespace.
    Line breaks inside the text are read as spaces (hard-wrapped paragraphs are running text).
    No span is longer than ``MAX_SEGMENT`` unless it holds no whitespace to cut at.
    """
    lang = lang.split("-")[0]
    flat = text.replace("\r", " ").replace("\n", " ")
    merged: list[tuple[int, int]] = []
    for offset, block in _blocks(flat):
        if not _INNER_STOP.search(block):
            spans = _whole(block)
        else:
            spans = _closed_quotes(block, _locate(block, _sentences(block, lang)), lang)
        for start, end in spans:
            start, end = start + offset, end + offset
            if merged and end - merged[-1][0] <= MAX_SEGMENT and _continues(
                flat[max(merged[-1][0], merged[-1][1] - _TAIL):merged[-1][1]], flat[start:start + _TAIL], lang
            ):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
    return [piece for span in merged for piece in _capped(flat, span)]


def _blocks(flat: str):
    """(offset, block) pieces of ``flat`` of about BLOCK characters, cut after a sentence stop if
    one comes soon enough, else at whitespace; the whole text when it is short."""
    start = 0
    while len(flat) - start > 2 * BLOCK:
        cut = _STOP_AND_SPACE.search(flat, start + BLOCK, start + 2 * BLOCK) or _SPACE.search(flat, start + BLOCK)
        if cut is None:
            break
        yield start, flat[start:cut.end()]
        start = cut.end()
    yield start, flat[start:]


def _capped(flat: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The span, cut at the first whitespace past every MAX_SEGMENT characters."""
    start, end = span
    pieces = []
    while end - start > MAX_SEGMENT:
        space = _SPACE.search(flat, start + MAX_SEGMENT, end)
        if space is None:
            break
        pieces.append((start, space.start()))
        start = space.end()
    pieces.append((start, end))
    return pieces


def sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang)]


def _locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Find pysbd's pieces in order in ``text``; pieces it altered are absorbed by neighbours."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    if not spans:
        return _whole(text)
    # Whatever pysbd dropped or rewrote stays inside the neighbouring sentences.
    ((first_start, last_end),) = _whole(text)
    spans[0] = (first_start, spans[0][1])
    spans[-1] = (spans[-1][0], last_end)
    for index in range(1, len(spans)):
        gap = text[spans[index - 1][1]:spans[index][0]]
        if gap.strip():
            spans[index - 1] = (spans[index - 1][0], spans[index - 1][1] + len(gap.rstrip()))
    return spans


def _closed_quotes(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """pysbd's spans with closing quotation marks kept on the sentence they close, and a sentence
    that ends inside one split from the next (unless that one goes on in lower case or the stop
    is an abbreviation's)."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        closer = _LEADING_CLOSER.match(text, start, end)
        if result and closer:
            result[-1] = (result[-1][0], closer.end(1))
            start = closer.end()
            if start >= end:
                continue
        for stop in (_FULL_STOP_THEN_CLOSER if lang == "en" else _STOP_THEN_CLOSER).finditer(text, start, end):
            following = text[stop.end():end].lstrip()
            if not _continues(text[max(start, stop.end() - _TAIL):stop.end()], following[:_TAIL], lang):
                result.append((start, stop.end()))
                start = end - len(following)
        result.append((start, end))
    return result


def _whole(text: str) -> list[tuple[int, int]]:
    """The text as one sentence (or none, if it is all whitespace)."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [(start, end)] if end > start else []


def _continues(previous: str, following: str, lang: str) -> bool:
    """Whether the boundary between two of pysbd's sentences is a false one."""
    first = next((char for char in following if char.isalnum()), "")
    if first.islower():
        return True
    if lang == "en" and _QUOTED_QUESTION.search(previous) and _SPEAKER_THEN_VERB.match(following):
        return True
    match = _LAST_WORD.search(previous)
    if not match:
        return False
    word = match.group(1)
    # A single-letter initial: "A. Lukashenko" (but "U.S." is an abbreviation pysbd knows).
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    word = word.lstrip("(\"'“„«‘").lower()
    return word in NON_FINAL_ABBREVIATIONS.get(lang, set())
