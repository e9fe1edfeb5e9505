"""The translation ends with the same kind of punctuation as the source."""

from workbench.qa.base import Check, TextPair, register_check

# Closing quotes and brackets come after the sentence's own punctuation and are skipped.
CLOSERS = "\"'»”“’)]} \u00a0"
FINAL_MARKS = frozenset(".…!?:;")


def final_punctuation(text: str) -> str:
    stripped = text.rstrip().rstrip(CLOSERS)
    mark = stripped[-1:]
    if mark not in FINAL_MARKS:
        return ""
    # An ellipsis may be one character or three dots.
    return "…" if stripped.endswith("...") else mark


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
