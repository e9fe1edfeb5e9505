"""Termbase speed and memory: scan and fix 10k segments against synthetic 10k and 100k-concept
termbases (Polish, so every term carries its generated case forms), and the same scan done by a
naive regex-per-term loop at 10k concepts.

    .venv/bin/python benchmarks/glossary_benchmark.py [--segments 10000] [--sizes 10000,100000]

Targets (issue 3): 10k segments x 100k terms scanned in under 2 s; at least 50x the regex loop
at 10k terms; peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time

from glossary import enforcement
from glossary.termbase import Termbase

ONSETS = ["b", "ch", "d", "g", "k", "l", "m", "n", "p", "r", "s", "sz", "t", "w", "z", "dz", "cz"]
VOWELS = ["a", "e", "i", "o", "u", "y"]
ENDINGS = ["ska", "ski", "ow", "in", "enko", "ak", "uk", "icz", "a"]
FILLER = ("i w na z do że się nie jest to przez o jak ale po od dla tak już który też tylko czy "
          "bardzo kiedy gdzie roku mówi powiedział według ludzi ludzie wojny miasta kraju granicy").split()
REGEX_SAMPLE = 100  # segments the naive loop scans; its time is scaled to the full run


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_names(count: int, rng: random.Random, onsets=ONSETS, vowels=VOWELS, endings=ENDINGS) -> list[str]:
    """``count`` distinct made-up surnames of two or three syllables and an ending, sorted."""
    names: set[str] = set()
    while len(names) < count:
        syllables = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        names.add((syllables + rng.choice(endings)).capitalize())
    return sorted(names)


def synthetic_rows(names: list[str]) -> list[dict]:
    rows = []
    for number, name in enumerate(names):
        concept = f"c{number}"
        rows += [
            {"concept": concept, "lang": "en", "term": name, "status": "preferred", "kind": "person"},
            {"concept": concept, "lang": "pl", "term": name, "status": "preferred", "kind": "person"},
            # A wrong spelling: doubled first vowel, as careless transliteration produces.
            {"concept": concept, "lang": "pl", "term": re.sub(r"([aeiouy])", r"\1\1", name, count=1),
             "status": "deprecated", "kind": "person"},
        ]
    return rows


def synthetic_segments(termbase: Termbase, names_used: list[int], count: int, rng: random.Random) -> list[str]:
    segments = []
    for _ in range(count):
        words = [rng.choice(FILLER) for _ in range(rng.randint(12, 20))]
        for _ in range(3):
            index = rng.choice(names_used)
            case, form = rng.choice(termbase.case_forms(index))
            words.insert(rng.randrange(len(words) + 1), form)
        words[0] = words[0].capitalize()
        segments.append(" ".join(words) + ".")
    return segments


def timed(function):
    """``(result, wall seconds, CPU seconds)``: CPU time is what counts on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def naive_regex_scan(rows: list[dict], segments: list[str]) -> int:
    """What a per-term loop does: one compiled regex per term, tried on every segment."""
    patterns = [re.compile(r"\b" + re.escape(r["term"]) + r"\b", re.IGNORECASE) for r in rows if r["lang"] == "pl"]
    return sum(1 for segment in segments for pattern in patterns if pattern.search(segment))


def run(size: int, segment_count: int, with_regex: bool) -> None:
    rng = random.Random(size)
    rows = synthetic_rows(synthetic_names(size, rng))
    termbase, build_rows, _ = timed(lambda: Termbase.from_rows(rows))
    pl_terms = [i for i, r in enumerate(termbase.records) if r.lang == "pl"]
    segments = synthetic_segments(termbase, pl_terms, segment_count, rng)
    _, build_automaton, _ = timed(lambda: termbase.scan(segments[0], "pl"))
    matches, scan_wall, scan_cpu = timed(lambda: sum(len(termbase.scan(s, "pl")) for s in segments))
    changes, fix_wall, fix_cpu = timed(lambda: sum(len(enforcement.fix(termbase, s, "pl").changes) for s in segments))
    print(f"\n{size:,} concepts ({len(rows):,} terms), {segment_count:,} segments")
    print(f"  build: rows {build_rows:.2f} s, pl automaton + similarity index {build_automaton:.2f} s")
    print(f"  scan:  {scan_wall:.2f} s wall, {scan_cpu:.2f} s CPU ({segment_count / scan_cpu:,.0f} segments/CPU-s, "
          f"{matches:,} matches)")
    print(f"  fix:   {fix_wall:.2f} s wall, {fix_cpu:.2f} s CPU ({segment_count / fix_cpu:,.0f} segments/CPU-s, "
          f"{changes:,} changes)")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")
    if with_regex:
        sample = segments[:REGEX_SAMPLE]
        _, _, regex_cpu = timed(lambda: naive_regex_scan(rows, sample))
        regex_full = regex_cpu * segment_count / len(sample)
        print(f"  naive regex loop: {regex_cpu:.2f} s CPU for {len(sample)} segments -> {regex_full:.0f} s for "
              f"{segment_count:,} (base forms only, no inflection)")
        print(f"  automaton scan is {regex_full / scan_cpu:.0f}x faster than the regex loop (target >= 50x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=10_000)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated concept counts")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    for size in sizes:
        run(size, args.segments, with_regex=size == min(sizes))
    print(f"\npeak RSS: {peak_rss_mb():.0f} MB (target < 500 MB)")


if __name__ == "__main__":
    main()
