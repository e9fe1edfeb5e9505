"""Termbase fixes on correct human translations of real news: every change is a false fix.

The evaluation sets' "keep" cases are sentences their writers built around the names; this asks
the other way round: how often does the fixer, loaded with every termbase of the evaluation
(seed, tuned and blind: some two thousand people and places), change news text a professional
translated and nobody wrote for it? NTREX-128 (Federmann, Kocmi & Xin 2022, CC BY-SA 4.0; read
from ``../shared/eval/ntrex-dev``, never copied here) holds English news with human be / uk / pl /
ru translations; each is fixed with its English source, as the editor fixes a save. A change is
counted as false (a few may be real slips of the translators: read them); target 0.

Lines 1-750 are for looking at (their false fixes are listed); lines 751-997 are counted, and
listed only with --held-out: rules written from what the first part shows are measured on the
rest, which nobody read while writing them. (Until stop 35 the boundary was line 500; stop 36 opened
lines 501-750, whose failures had shown only as figures, because the rules had been tuned on the
first half until it told little more.)

    .venv/bin/python benchmarks/glossary_false_fixes.py [--ntrex DIR] [--held-out]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary_accuracy import load_termbase  # noqa: E402  (this folder, the script's own)
from glossary import enforcement  # noqa: E402

TARGETS = ("be", "uk", "pl", "ru")
LOOKED_AT = 750  # the first lines; the rest are held out


def _lines(folder: Path, lang: str) -> list[str]:
    return (folder / f"ntrex-dev.{lang}.txt").read_text(encoding="utf-8").splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", type=Path, default=REPO.parent / "shared" / "eval" / "ntrex-dev")
    parser.add_argument("--held-out", action="store_true", help="list the held-out lines' false fixes too")
    args = parser.parse_args()
    if not args.ntrex.is_dir():  # `make benchmarks` runs on machines without the shared data
        print(f"skipped: {args.ntrex} not found; point --ntrex at the NTREX-128 folder (ntrex-dev.LANG.txt)")
        return
    termbase = load_termbase()
    sources = _lines(args.ntrex, "en")
    totals = {"looked at": [0, 0], "held out": [0, 0]}
    for lang in TARGETS:
        translations = _lines(args.ntrex, lang)
        false_fixes = []
        for number, (source, translation) in enumerate(zip(sources, translations), start=1):
            result = enforcement.fix(termbase, translation, lang, source)
            if result.text != translation:
                false_fixes.append((number, result.changes))
        held_out = sum(number > LOOKED_AT for number, _ in false_fixes)
        print(f"{lang}: correct sentences changed: lines 1-{LOOKED_AT} {len(false_fixes) - held_out}/{LOOKED_AT}, "
              f"held out {held_out}/{len(translations) - LOOKED_AT}")
        for number, changes in false_fixes:
            if number <= LOOKED_AT or args.held_out:
                print(f"  line {number}: " + "; ".join(f"{c.from_} → {c.to} ({c.concept}, {c.reason})" for c in changes))
        totals["looked at"][0] += len(false_fixes) - held_out
        totals["looked at"][1] += LOOKED_AT
        totals["held out"][0] += held_out
        totals["held out"][1] += len(translations) - LOOKED_AT
    for part, (changed, total) in totals.items():
        print(f"{part}: correct sentences changed {changed}/{total} = {100 * changed / total:.2f}% (target 0)")

if __name__ == "__main__":
    main()
