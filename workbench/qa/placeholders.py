"""Inline-markup placeholders of the source (links, bold...) are kept in the translation."""

from workbench.qa.base import Check, TextPair, register_check


@register_check
class Placeholders(Check):
    name = "placeholders"
    severity = "error"

    def run(self, pair: TextPair) -> list[str]:
        messages = []
        for placeholder in pair.placeholders:
            expected, found = pair.source.count(placeholder), pair.target.count(placeholder)
            if found < expected:
                messages.append(f"placeholder {placeholder} is missing from the translation")
            elif found > expected:
                messages.append(f"placeholder {placeholder} appears more often than in the source")
        return messages
