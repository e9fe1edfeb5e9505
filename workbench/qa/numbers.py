"""Every number in the source appears in the translation, and no other."""

import re
from collections import Counter

from workbench.qa.base import Check, TextPair, register_check

# Thousands groups may be separated by a comma, dot or (narrow, no-break) space depending on the
# language (1,000 / 1.000 / 1 000), so a number is compared by its digits alone.
# Written to start with a bare \d so the regex engine can skip ahead to digits (3x faster).
NUMBER = re.compile(r"\d(?:\d{0,2}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d*(?:[.,]\d+)?)")
NON_DIGIT = re.compile(r"\D")
# A clock time as English writes it (21:40, 06:35); Polish, Ukrainian, Belarusian and Russian news
# as often write it with a dot and no leading zero (o 21.40, o 6.35): the same time, not 2140.
SOURCE_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")


def same_times_removed(source: str, target: str) -> tuple[str, str]:
    """``source`` and ``target`` without the source's clock times that the target writes too,
    with a colon or a dot, with or without the hour's leading zero."""
    for time in SOURCE_TIME.finditer(source):
        hour, minute = int(time.group(1)), time.group(2)
        written = re.compile(rf"(?<![\d.,:])0?{hour}[:.]{minute}(?![\d])")
        if written.search(target):
            target = written.sub(" ", target, count=1)
            source = source.replace(time.group(0), " ", 1)
    return source, target


def numbers(text: str, placeholders: tuple[str, ...]) -> list[str]:
    """The numbers in ``text`` as written."""
    # Placeholders such as <1> carry digits of their own that are not part of the text.
    for placeholder in placeholders:
        text = text.replace(placeholder, " ")
    return NUMBER.findall(text)


def digits(written: list[str]) -> Counter:
    """How often each number occurs, by its digits alone."""
    return Counter(NON_DIGIT.sub("", number) for number in written)


@register_check
class Numbers(Check):
    name = "numbers"
    severity = "error"

    def run(self, pair: TextPair) -> list[str]:
        source = numbers(pair.source, pair.placeholders)
        target = numbers(pair.target, pair.placeholders)
        if source != target and ":" in pair.source:
            source, target = (numbers(text, pair.placeholders) for text in same_times_removed(pair.source, pair.target))
        # Usually the translation writes the same numbers in the same order: nothing to compare.
        if source == target:
            return []
        source, target = digits(source), digits(target)
        messages = []
        if missing := source - target:
            messages.append("numbers missing from the translation: " + ", ".join(sorted(missing.elements())))
        if extra := target - source:
            messages.append("numbers not in the source: " + ", ".join(sorted(extra.elements())))
        return messages
