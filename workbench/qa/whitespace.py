"""Spacing slips post-editing leaves and the eye misses: a double space inside the text, a comma glued
to the next word or a space before a mark (MT and quick edits leave both: "вёсках,якіх", "слова ."), and
line breaks the source does not have (a paste, an Enter, an imported PO), which end up in the page the
web desk publishes. Like Weblate's "Double space" and "Mismatched \\n" checks; each counts only what the
source does not have itself."""

import re

from workbench.qa.base import Check, TextPair, register_check

# Two or more spaces (no-break ones too) between two visible characters; not tabs or line breaks.
DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
# A comma or semicolon with a letter straight after it (a decimal comma has a digit: 3,5).
NO_SPACE_AFTER = re.compile(r"[,;](?=[^\W\d_])")
# A space between a word and a mark that be/uk/pl/ru write against it, the mark ending there ("слова ."
# but not an ellipsis "...", a ".NET" or a smiley ":)").
SPACE_BEFORE = re.compile(r"(?<=\w)[ \u00a0]+[,.;:!?](?=\s|$)")
# Each slip, and what the translator is told when the translation has more of it than the source.
SLIPS = ((DOUBLE_SPACE, "double space"), (NO_SPACE_AFTER, "no space after a comma or semicolon"),
         (SPACE_BEFORE, "a space before a punctuation mark"))


@register_check
class Whitespace(Check):
    name = "whitespace"

    def run(self, pair: TextPair) -> list[str]:
        messages = [message for slip, message in SLIPS
                    if len(slip.findall(pair.stripped_target)) > len(slip.findall(pair.stripped_source))]
        source_breaks = len(LINE_BREAK.findall(pair.stripped_source))
        target_breaks = len(LINE_BREAK.findall(pair.stripped_target))
        if source_breaks != target_breaks:
            messages.append(f"line breaks: the source has {source_breaks}, the translation {target_breaks}")
        return messages
