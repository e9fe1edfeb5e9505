"""A translation far shorter or longer than its source has probably lost or gained a clause."""

from workbench.qa.base import Check, TextPair, register_check

# be/uk/pl/ru run about 0.9-1.3 times the length of English; beyond these bounds a person should look.
MIN_RATIO = 0.5
MAX_RATIO = 2.0
# Short sources (headlines, names) vary too much to judge.
MIN_SOURCE_LENGTH = 20


@register_check
class LengthRatio(Check):
    name = "length"

    def run(self, pair: TextPair) -> list[str]:
        source_length = len(pair.stripped_source)
        if source_length < MIN_SOURCE_LENGTH:
            return []
        ratio = len(pair.stripped_target) / source_length
        if ratio < MIN_RATIO:
            return [f"the translation is much shorter than the source ({ratio:.0%} of its length)"]
        if ratio > MAX_RATIO:
            return [f"the translation is much longer than the source ({ratio:.0%} of its length)"]
        return []
