"""One quantity written two ways: what the numbers check must not call a missing or an extra number.

Measured on NTREX-128 (English news and its human be / uk / pl / ru translations), the numbers
check called correct translations wrong where the translator wrote the same quantity in the way
the target's news writes it: 20,000 as «20 тысяч» / «20 tys.», 5.30pm as 17.30, "seven" as 7, the
1980s as «80-х» / «lat 80.», 130 miles as 209 km. Each rule below finds such a pair and removes
both sides from the texts before the digits are compared; a quantity the rule cannot pair is left
for the check to report.

Each rule pairs at most ``MAX_PAIRED`` quantities of a segment: pairing one searches the whole
target and copies both texts, and a segment without spaces (a timetable, a table pasted as one
line) can hold a hundred thousand of them, which held every save and page of it for hours. A
quantity past the limit is left for the check to report, never excused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

Rule = Callable[[str, str], tuple[str, str]]

MAX_PAIRED = 100  # quantities of one segment each rule pairs (news sentences hold a few)

_NOT_BEFORE = r"(?<![\d.,:])"

# Thousands, millions, billions as the target languages write them after a number (20 тысяч, 77 tys.).
_SCALE_WORDS = {
    1_000: r"(?:тыс|тысяч|тысячы|тысячи|тисяч|тисячі|тис|tys|tysiące|tysięcy|tysiąc)",
    1_000_000: r"(?:млн|мільйон\w*|мільён\w*|миллион\w*|mln|milion\w*)",
    1_000_000_000: r"(?:млрд|мільярд\w*|мільярд\w*|миллиард\w*|mld|miliard\w*)",
}
_GROUPED = re.compile(_NOT_BEFORE + r"\d{1,3}(?:,\d{3})+(?![\d,])")
# Digits of the longest figure a scale word can write (999 billion and a little more): a longer one is
# compared digit for digit, and int() refuses strings over 4,300 digits.
_MOST_SCALED_DIGITS = 15


def _remove(text: str, match: re.Match) -> str:
    """``text`` with the match blanked out (same length: later matches' offsets stay right)."""
    return text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]


def _paired(source: str, target: str, quantities: re.Pattern, written_in_target: Callable[[re.Match, str], re.Match | None]
            ) -> tuple[str, str]:
    """``source`` and ``target`` without each of the source's ``quantities`` and the match
    ``written_in_target`` finds for it in the target (a quantity it finds none for stays)."""
    for quantity in list(islice(quantities.finditer(source), MAX_PAIRED)):
        if found := written_in_target(quantity, target):
            source, target = _remove(source, quantity), _remove(target, found)
    return source, target


def scaled_numbers(source: str, target: str) -> tuple[str, str]:
    """20,000 in the source and «20 тысяч» or «20 tys.» in the target; 2,500,000 and «2,5 млн»."""
    return _paired(source, target, _GROUPED, _scaled_in_target)


def _scaled_in_target(number: re.Match, target: str) -> re.Match | None:
    digits = number.group(0).replace(",", "")
    if len(digits) > _MOST_SCALED_DIGITS:
        return None
    value = int(digits)
    for scale, words in sorted(_SCALE_WORDS.items(), reverse=True):
        if value % (scale // 10) or value < scale:
            continue
        whole, tenths = divmod(value // (scale // 10), 10)
        written = rf"{whole}(?:[,.]{tenths})?" if tenths == 0 else rf"{whole}[,.]{tenths}"
        if found := re.search(_NOT_BEFORE + written + rf"\s*{words}\b", target, re.IGNORECASE):
            return found
    return None


_CLOCK_TIME = re.compile(_NOT_BEFORE + r"([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")


def clock_times(source: str, target: str) -> tuple[str, str]:
    """21:40 in the source, 21.40 in the target (06:35 as 6.35: Polish, Ukrainian, Belarusian and
    Russian news as often write a time with a dot and no leading zero)."""
    return _paired(source, target, _CLOCK_TIME, lambda time, target: re.search(
        rf"{_NOT_BEFORE}0?{int(time.group(1))}[:.]{time.group(2)}(?![\d])", target))


_TWELVE_HOUR = re.compile(_NOT_BEFORE + r"(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def twelve_hour_times(source: str, target: str) -> tuple[str, str]:
    """5.30pm in the source, 17.30 or 17:30 in the target (and 11 a.m. as 11:00, 11.00 or 11)."""
    return _paired(source, target, _TWELVE_HOUR, _twenty_four_hour_in_target)


def _twenty_four_hour_in_target(time: re.Match, target: str) -> re.Match | None:
    hour = int(time.group(1)) % 12 + (12 if time.group(3).lower() == "p" else 0)
    minute = time.group(2) or "00"
    optional = "" if time.group(2) else "?"
    return re.search(rf"{_NOT_BEFORE}0?{hour}(?:[:.]{minute}){optional}(?![\d])", target)


_ENGLISH_NUMBER_WORDS = {
    word: value for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split())
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100}
_ENGLISH_NUMBER_WORD = re.compile(r"\b(" + "|".join(_ENGLISH_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def english_number_words(source: str, target: str) -> tuple[str, str]:
    """"seven halves" in the source, «7 нічийних» in the target; "Twenty per cent" and «20%» (a
    figure the source also writes in digits is left to be compared)."""
    in_source: dict[int, int] = {}  # how often the source writes each figure, counted once
    for word in list(islice(_ENGLISH_NUMBER_WORD.finditer(source), MAX_PAIRED)):
        value = _ENGLISH_NUMBER_WORDS[word.group(1).lower()]
        written = re.compile(rf"{_NOT_BEFORE}{value}(?![\d]|[.,]\d)")
        found = written.search(target)
        if value not in in_source:
            in_source[value] = len(written.findall(source))
        if found and len(written.findall(target)) > in_source[value]:
            target = _remove(target, found)
    return source, target


_DECADE = re.compile(_NOT_BEFORE + r"(?:1[89]|20)(\d0)['’]?s\b")


def decades(source: str, target: str) -> tuple[str, str]:
    """The 1980s in the source, «80-х», «80-ті» or «lat 80.» in the target."""
    return _paired(source, target, _DECADE, _decade_in_target)


def _decade_in_target(decade: re.Match, target: str) -> re.Match | None:
    short = decade.group(1)
    return re.search(rf"{_NOT_BEFORE}(?:(?:19|20)?{short}(?=\s?[-–]|['’]|\s?-?(?:х|ых|ті|тых|я)\b)"
                     rf"|(?<=lat ){short}|(?<=latach ){short}|(?<=latami ){short})", target)


# Imperial units and the metric ones a translator converts them to (factor, or a function).
_CONVERSIONS = (
    (r"miles?", r"(?:км|km|кіламетр\w*|кілометр\w*|километр\w*|kilometr\w*)", lambda x: x * 1.609344),
    (r"mph", r"(?:км/г|км/ч|km/h)", lambda x: x * 1.609344),
    (r"(?:feet|foot|ft)", r"(?:м|m|метр\w*|metr\w*)", lambda x: x * 0.3048),
    (r"(?:inch|inches)", r"(?:см|cm|сантыметр\w*|сантиметр\w*|centymetr\w*)", lambda x: x * 2.54),
    (r"(?:pounds?|lbs?)", r"(?:кг|kg|кілаграм\w*|кілограм\w*|килограмм\w*|kilogram\w*)", lambda x: x * 0.45359237),
    (r"(?:acres?)", r"(?:га|ha|гектар\w*|hektar\w*)", lambda x: x * 0.40468564),
    (r"(?:gallons?)", r"(?:л|l|літр\w*|литр\w*|litr\w*)", lambda x: x * 3.785411784),
    (r"(?:degrees(?: Fahrenheit)?|°F|F\b)", r"(?:°C|°|градус\w*|stopni\w*)", lambda x: (x - 32) * 5 / 9),
)
_NUMBER = r"\d+(?:[.,]\d+)?"


def _value(written: str) -> float:
    return float(written.replace(",", "."))


def _rounding(written: str) -> float:
    """The unit of the last digit written: 1 for 209, 0.01 for 1,98."""
    decimals = re.search(r"[.,](\d+)$", written)
    return 10.0 ** -len(decimals.group(1)) if decimals else 1.0


def converted_units(source: str, target: str) -> tuple[str, str]:
    """130 miles in the source and 209 km in the target (within 3%, or half the last digit)."""
    for unit, metric, convert in _CONVERSIONS:
        measures = re.finditer(rf"{_NOT_BEFORE}({_NUMBER})[\s-]*{unit}", source, re.IGNORECASE)
        for measure in list(islice(measures, MAX_PAIRED)):
            expected = convert(_value(measure.group(1)))
            candidates = re.finditer(rf"{_NOT_BEFORE}({_NUMBER})\s*{metric}(?!\w)", target)
            for candidate in islice(candidates, MAX_PAIRED):
                if abs(_value(candidate.group(1)) - expected) <= max(_rounding(candidate.group(1)) / 2, abs(expected) * 0.03):
                    source, target = _remove(source, measure), _remove(target, candidate)
                    break
    return source, target


RULES: tuple[Rule, ...] = (scaled_numbers, clock_times, twelve_hour_times, decades, converted_units, english_number_words)


def same_quantities_removed(source: str, target: str) -> tuple[str, str]:
    """``source`` and ``target`` without the quantities each rule pairs across them."""
    for rule in RULES:
        source, target = rule(source, target)
    return source, target
