"""Brackets and quotes in the translation are as balanced as in the source.

The source is the reference because a sentence may legitimately open a quote that a later
sentence closes. Quote styles differ by language (“…” in English, «…» in be/uk/ru, „…” in pl), so
quotes are compared by whether their count is odd, whatever their shape.
"""

from workbench.qa.base import Check, TextPair, register_check

BRACKETS = {"(": ")", "[": "]", "{": "}"}
QUOTES = "\"«»„“”‹›"


def unclosed_brackets(text: str) -> dict[str, int]:
    return {opening: text.count(opening) - text.count(closing) for opening, closing in BRACKETS.items()}


def has_open_quote(text: str) -> bool:
    return sum(text.count(quote) for quote in QUOTES) % 2 == 1


@register_check
class Balance(Check):
    name = "brackets"

    def run(self, pair: TextPair) -> list[str]:
        source, target = unclosed_brackets(pair.source), unclosed_brackets(pair.target)
        messages = [
            f"unbalanced “{opening}{closing}” in the translation"
            for opening, closing in BRACKETS.items()
            if source[opening] != target[opening]
        ]
        if has_open_quote(pair.source) != has_open_quote(pair.target):
            messages.append("unbalanced quotes in the translation")
        return messages
