"""Spacing slips post-editing leaves and the eye misses: a double space inside the text, and line
breaks the source does not have (a paste, an Enter, an imported PO), which end up in the page the
web desk publishes. Like Weblate's "Double space" and "Mismatched \\n" checks."""

import re

from workbench.qa.base import Check, TextPair, register_check

# Two or more spaces (no-break ones too) between two visible characters; not tabs or line breaks.
DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")


@register_check
class Whitespace(Check):
    name = "whitespace"

    def run(self, pair: TextPair) -> list[str]:
        messages = []
        if len(DOUBLE_SPACE.findall(pair.stripped_target)) > len(DOUBLE_SPACE.findall(pair.stripped_source)):
            messages.append("double space")
        source_breaks = len(LINE_BREAK.findall(pair.stripped_source))
        target_breaks = len(LINE_BREAK.findall(pair.stripped_target))
        if source_breaks != target_breaks:
            messages.append(f"line breaks: the source has {source_breaks}, the translation {target_breaks}")
        return messages
