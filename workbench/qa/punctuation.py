"""The translation ends with the same kind of punctuation as the source."""

from workbench.qa.base import Check, TextPair, register_check

# Closing quotes and brackets come after the sentence's own punctuation and are skipped.
CLOSERS = "\"'»”“’)]} \u00a0"
# Equivalent endings: an ellipsis may be one character or three dots.
ENDINGS = {"...": "…", "…": "…", ".": ".", "!": "!", "?": "?", ":": ":", ";": ";"}


def final_punctuation(text: str) -> str:
    stripped = text.rstrip().rstrip(CLOSERS)
    for ending, canonical in ENDINGS.items():
        if stripped.endswith(ending):
            return canonical
    return ""


@register_check
class FinalPunctuation(Check):
    name = "punctuation"

    def run(self, pair: TextPair) -> list[str]:
        source, target = final_punctuation(pair.source), final_punctuation(pair.target)
        if source == target:
            return []
        if not target:
            return [f"the source ends with “{source}”, the translation does not"]
        if not source:
            return [f"the translation ends with “{target}”, the source does not"]
        return [f"the source ends with “{source}”, the translation with “{target}”"]
