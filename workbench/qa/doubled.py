"""The same word twice in a row ("у у", "the the"), a common slip when post-editing."""

import re

from workbench.qa.base import Check, TextPair, register_check

DOUBLED_WORD = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)


@register_check
class DoubledWords(Check):
    name = "doubled"

    def run(self, pair: TextPair) -> list[str]:
        return [f"doubled word “{match.group(1)}”" for match in DOUBLED_WORD.finditer(pair.target)]
