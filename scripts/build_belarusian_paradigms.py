"""Label the suffix rules of Debian's hunspell-be with the cases they make, from apertium-bel.

    .venv/bin/python scripts/build_belarusian_paradigms.py

hunspell-be gives each stem affix flags that generate its forms (Навагрудак/OH: Навагрудка, Навагрудку,
Навагрудкам), but not which case each form is. apertium-bel (inside Debian's apertium-bel-rus) tells the
case of the words it knows, few names among them. So each suffix rule is applied to the common nouns and
adjectives hunspell-be gives that flag, apertium-bel analyses the forms, and the share of forms read in each
gender, number and case is written to glossary/data/be_affix_cases.tsv, which glossary/belarusian_paradigms.py
reads at run time (lt-proc is needed only here).
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

from spylls.hunspell import Dictionary

HUNSPELL_BE = "/usr/share/hunspell/be_BY"
ANALYSER = "/usr/share/apertium/apertium-bel-rus/bel-rus.automorf.bin"
OUTPUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "be_affix_cases.tsv"
FEW_WORDS = 5  # fewer analysed forms than this say nothing of a rule's cases (glossary/belarusian_paradigms.py)
POOLED_ENDINGS = ("ы", "і", "е")
WORDS_PER_RULE = 400  # common words analysed per rule: enough for the shares, quick with one lt-proc run
_READING = re.compile(r"^([^<]+?)[\d¹²³⁴⁵⁶⁷⁸⁹]*<(n|adj)>((?:<[^>]+>)*)$")
_GENDERS = {"m", "f", "nt", "mfn"}
_NUMBERS = {"sg", "pl"}
_CASES = {"nom", "gen", "dat", "acc", "ins", "loc"}


def _analyse(words: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Each word's noun and adjective readings as (lemma, "gender.number.case")."""
    output = subprocess.run(["lt-proc", ANALYSER], input="\n".join(words) + "\n", capture_output=True,
                            text=True, check=True).stdout
    readings: dict[str, list[tuple[str, str]]] = {}
    for line in output.splitlines():
        if not line.startswith("^") or "/" not in line:
            continue
        surface, *analyses = line.strip().strip("^$").split("/")
        for analysis in analyses:
            match = _READING.match(analysis)
            if not match:
                continue
            tags = match.group(3).strip("<>").split("><")
            gender = next((tag for tag in tags if tag in _GENDERS), "-")
            number = next((tag for tag in tags if tag in _NUMBERS), "-")
            case = next((tag for tag in tags if tag in _CASES), None)
            if case:
                label = f"{gender if match.group(2) == 'adj' else '-'}.{number}.{case}"
                readings.setdefault(surface, []).append((match.group(1), label))
    return readings


def _sure(tally: tuple[int, Counter]) -> frozenset[str]:
    """The labels of at least 90% of a rule's analysed forms (SURE in glossary/belarusian_paradigms.py)."""
    analysed, counts = tally
    return frozenset(label for label, count in counts.items() if count >= 0.9 * analysed)


def main() -> None:
    dictionary = Dictionary.from_files(HUNSPELL_BE)
    stems_of: dict[str, list[str]] = defaultdict(list)
    for word in dictionary.dic.words:
        if word.stem.islower():
            for flag in word.flags:
                stems_of[flag].append(word.stem)
    samples: dict[tuple, list[tuple[str, str]]] = {}
    for flag, suffixes in dictionary.aff.SFX.items():
        for suffix in suffixes:
            fitting = [stem for stem in stems_of[flag] if suffix.cond_regexp.search(stem) and stem.endswith(suffix.strip)]
            step = max(1, len(fitting) // WORDS_PER_RULE)
            samples[(flag, suffix.strip, suffix.add, suffix.condition)] = [
                (stem, stem[: len(stem) - len(suffix.strip)] + suffix.add) for stem in fitting[::step][:WORDS_PER_RULE]]
    readings = _analyse(sorted({form for pairs in samples.values() for _, form in pairs}))
    lines = ["# hunspell-be suffix rules (flag, strip, add, condition) and the share of their forms apertium-bel reads"
             " in each gender.number.case (gender '-' for nouns), from scripts/build_belarusian_paradigms.py"]
    tallies = {}
    for rule, pairs in samples.items():
        counts: Counter[str] = Counter()
        analysed = 0
        for stem, form in pairs:
            labels = {label for lemma, label in readings.get(form, []) if lemma.lower() == stem}
            analysed += bool(labels)
            counts.update(labels)
        tallies[rule] = analysed, counts
    for (flag, strip, add, condition), (analysed, counts) in tallies.items():
        if analysed < FEW_WORDS and strip in POOLED_ENDINGS:
            # Few common words carry the flag (S, mostly surnames; G, plural places): the same rule of other
            # flags tells, for an adjective's or a plural's ending (Ціханоўскі declines as беларускі, Паставы as
            # a plural noun). Not a noun's -ў or -ін: Быкава is a surname's genitive, бацькава an adjective's feminine.
            same = [tally for (_, *others), tally in tallies.items() if others == [strip, add, condition]]
            analysed = sum(count for count, _ in same)
            counts = sum((tally for _, tally in same), Counter())
        if analysed < FEW_WORDS:
            # Else the flag's other rules that add the same ending, when each says the same sure cases (P's
            # -ам after -ы, Міёры: Міёрам, as after a consonant: pl.dat); none where they differ (H's -ю).
            donors = [tally for (other_flag, _, other_add, _), tally in tallies.items()
                      if other_flag == flag and other_add == add and tally[0] >= FEW_WORDS]
            if donors and len({_sure(tally) for tally in donors}) == 1 and _sure(donors[0]):
                analysed += sum(count for count, _ in donors)
                counts = counts + sum((tally for _, tally in donors), Counter())
        shares = " ".join(f"{label}:{count / analysed:.2f}" for label, count in counts.most_common() if analysed and count / analysed >= 0.05)
        lines.append(f"{flag}\t{strip or '0'}\t{add or '0'}\t{condition}\t{analysed}\t{shares}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} rules -> {OUTPUT}")


if __name__ == "__main__":
    main()
