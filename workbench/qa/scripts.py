"""A word that mixes Latin and Cyrillic letters ("першi" with a Latin i, "Mінск" with a Latin M): it reads
right and is wrong everywhere it matters (search, spell-check, the termbase, a reader's screen reader).
Keyboard layouts and OCR leave them and the eye cannot see them. Parts of a hyphenated word are judged
apart, as a word may join a Latin name to a Cyrillic one (SMS-паведамленне)."""

import re

from workbench.qa.base import Check, TextPair, register_check

WORD_PART = re.compile(r"[^\W\d_]+")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def mixed_script_words(text: str) -> list[str]:
    return [part for part in WORD_PART.findall(text) if LATIN.search(part) and CYRILLIC.search(part)]


@register_check
class MixedScript(Check):
    name = "script"
    severity = "error"

    def run(self, pair: TextPair) -> list[str]:
        source_words = set(mixed_script_words(pair.source))
        words = [word for word in dict.fromkeys(mixed_script_words(pair.target)) if word not in source_words]
        return [f"Latin and Cyrillic letters in one word: {word}" for word in words]
