"""Brackets and quotes in the translation are as balanced as in the source.

The source is the reference because a sentence may legitimately open a quote that a later
sentence closes. Quote styles differ by language (“…” in English, «…» in be/uk/ru, „…” in pl), so
quotes are compared by whether their count is odd, whatever their shape.
"""

import re

from workbench.qa.base import Check, TextPair, register_check

BRACKETS = {"(": ")", "[": "]", "{": "}"}
QUOTES = "\"«»„“”‹›"
BRACKET_OR_QUOTE = re.compile("[" + re.escape("".join(BRACKETS) + "".join(BRACKETS.values()) + QUOTES) + "]")


def marks(text: str) -> str:
    """The brackets and quotes of ``text``: one regex scan, then counting only these few."""
    return "".join(BRACKET_OR_QUOTE.findall(text))


def unclosed_brackets(text: str) -> dict[str, int]:
    return {opening: text.count(opening) - text.count(closing) for opening, closing in BRACKETS.items()}


def has_open_quote(text: str) -> bool:
    return sum(text.count(quote) for quote in QUOTES) % 2 == 1


@register_check
class Balance(Check):
    name = "brackets"

    def run(self, pair: TextPair) -> list[str]:
        source, target = marks(pair.source), marks(pair.target)
        # Most sentences have none, or keep the source's: balanced alike.
        if source == target:
            return []
        source_unclosed, target_unclosed = unclosed_brackets(source), unclosed_brackets(target)
        messages = [
            f"unbalanced “{opening}{closing}” in the translation"
            for opening, closing in BRACKETS.items()
            if source_unclosed[opening] != target_unclosed[opening]
        ]
        if has_open_quote(source) != has_open_quote(target):
            messages.append("unbalanced quotes in the translation")
        return messages
