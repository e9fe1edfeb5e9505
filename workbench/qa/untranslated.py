"""Target empty, or a copy of the source."""

from workbench.qa.base import Check, TextPair, register_check


@register_check
class Untranslated(Check):
    name = "untranslated"
    skip_empty_target = False

    def run(self, pair: TextPair) -> list[str]:
        target = pair.stripped_target
        if not target:
            return ["not translated"]
        # A source without letters (a date, a figure) is legitimately copied as it is.
        if target == pair.stripped_source and any(char.isalpha() for char in target):
            return ["the translation is identical to the source"]
        return []
