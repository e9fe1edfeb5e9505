"""Parts of a text the termbase leaves alone: URLs, e-mail addresses and quotations in another language.

"https://ru.wikipedia.org/wiki/Тихановская" and «Встреча Лукашенко и Путина прошла в Минске» quoted
in a Belarusian sentence are right as they are; fixing the names in them would break a link or
misquote. A quotation counts as another language when most of its words (the termbase's matches
left out) are in a different script or unknown to the target language's dictionary.
"""

from __future__ import annotations

import re
from typing import Sequence

from glossary import lexicon
from glossary.normalize import is_cyrillic

_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_QUOTATION = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"\n]*\"")
_QUOTE_MARKS = "«„“\""
_WORD = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC_LANGS = frozenset({"be", "uk", "ru"})
# English words no Slavic language shares: a Polish dictionary knows "met" and "in" as abbreviations.
_ENGLISH = frozenset("the and of in with met said says was were has have had from that this which will would".split())


def protected_spans(text: str, lang: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text`` not to change; ``taken`` are the termbase's matches (left out of the
    language test, so a quoted name alone, «Гонитва», is not a foreign quotation)."""
    spans = []
    if "@" in text or "://" in text or "www." in text:
        spans += [m.span() for m in _LINK.finditer(text)]
    if any(mark in text for mark in _QUOTE_MARKS):
        spans += [m.span() for m in _QUOTATION.finditer(text) if _foreign(text, m.start(), m.end(), lang, taken)]
    return spans


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _foreign(text: str, start: int, end: int, lang: str, taken: Sequence[tuple[int, int]]) -> bool:
    words = [m.group() for m in _WORD.finditer(text, start, end)
             if not any(s <= m.start() < e for s, e in taken)]
    if not words:
        return False
    cyrillic_text = lang in _CYRILLIC_LANGS
    foreign = [w for w in words if is_cyrillic(w[0]) != cyrillic_text or w.lower() in _ENGLISH
               or not lexicon.known_word(w, lang)]
    return len(foreign) * 2 >= len(words)
