"""What the spelling dictionaries know: the evidence that ranks proposed spellings of new names.

The hunspell dictionaries (/usr/share/hunspell, be / uk / pl / ru; Debian packages the workbench
already needs) list places, first names and many surnames with a capital (lexicon.known_name adds
pymorphy3's Russian and Ukrainian names and places). A letter trigram model built from the hunspell
stems (scripts/build_name_models.py) says how much a spelling looks like the language, for the names
no dictionary lists. This module imports nothing of the glossary: lexicon reads it (through
romanization too), so it may not read lexicon.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

HUNSPELL_DIR = Path("/usr/share/hunspell")
DICTIONARIES = {"be": "be_BY", "uk": "uk_UA", "pl": "pl_PL", "ru": "ru_RU"}
_TRIGRAMS = Path(__file__).parent / "data" / "trigrams"
_STEM = re.compile(r"^([^/\t\n]+)", re.M)
_ENCODING = re.compile(r"^SET\s+(\S+)", re.M)


def _read_dictionary(lang: str) -> str:
    base = HUNSPELL_DIR / DICTIONARIES[lang]
    affixes = (base.with_suffix(".aff")).read_text(encoding="latin-1", errors="replace")
    encoding = _ENCODING.search(affixes)
    text = base.with_suffix(".dic").read_text(encoding=encoding.group(1) if encoding else "utf-8", errors="replace")
    return text.split("\n", 1)[1]  # the first line is the entry count


def dictionary_stems(lang: str) -> list[str]:
    """Every stem of the hunspell dictionary of ``lang``."""
    return _STEM.findall(_read_dictionary(lang))


@lru_cache(maxsize=None)
def capitalised_stems(lang: str) -> frozenset[str]:
    """The stems the hunspell dictionary of ``lang`` writes with a capital: its places and names (empty without it)."""
    if lang not in DICTIONARIES or not (HUNSPELL_DIR / f"{DICTIONARIES[lang]}.dic").exists():
        return frozenset()
    return frozenset(stem for stem in dictionary_stems(lang) if stem[:1].isupper())


class TrigramModel:
    """Letter trigrams with add-one smoothing; ``cost`` is minus the log probability."""

    def __init__(self, counts: dict[str, int]):
        self._counts = counts
        self._contexts: dict[str, int] = {}
        for gram, count in counts.items():
            self._contexts[gram[:2]] = self._contexts.get(gram[:2], 0) + count
        self._alphabet = len({gram[2] for gram in counts}) + 1

    @classmethod
    @lru_cache(maxsize=None)
    def of(cls, lang: str) -> TrigramModel:
        path = _TRIGRAMS / f"{lang}.tsv"
        counts = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            gram, _, count = line.partition("\t")
            counts[gram] = int(count)
        return cls(counts)

    def cost(self, context: str, char: str) -> float:
        """Cost of ``char`` after the two characters ``context`` (``^`` pads a word's start)."""
        return -math.log((self._counts.get(context + char, 0) + 1) / (self._contexts.get(context, 0) + self._alphabet))

    def word_cost(self, word: str) -> float:
        padded = "^^" + word.lower() + "$"
        return sum(self.cost(padded[i - 2 : i], padded[i]) for i in range(2, len(padded)))
