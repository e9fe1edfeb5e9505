"""QA checks on real news translations: false alarms on correct work, and wrong figures caught.

NTREX-128 (Federmann, Kocmi & Xin 2022, CC BY-SA 4.0; read from ``../shared/eval/ntrex-dev``,
never copied here) holds English news with human be / uk / pl / ru translations. Every pair is
taken as correct, so each QA finding on it is counted as a false alarm (by check and severity;
some are real slips of the translators). Then each digit of each translation is changed in turn
(d → d+1) and the numbers check must report the pair: the share caught is its recall.

    .venv/bin/python benchmarks/qa_news.py [--ntrex DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from workbench.qa import run_checks  # noqa: E402

TARGETS = ("ru", "uk", "be", "pl")


def _lines(folder: Path, lang: str) -> list[str]:
    return (folder / f"ntrex-dev.{lang}.txt").read_text(encoding="utf-8").splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", type=Path, default=REPO.parent / "shared" / "eval" / "ntrex-dev")
    args = parser.parse_args()
    if not args.ntrex.is_dir():  # `make benchmarks` runs on machines without the shared data
        print(f"skipped: {args.ntrex} not found; point --ntrex at the NTREX-128 folder (ntrex-dev.LANG.txt)")
        return
    sources = _lines(args.ntrex, "en")
    for lang in TARGETS:
        pairs = list(zip(sources, _lines(args.ntrex, lang)))
        by_check, by_severity = Counter(), Counter()
        mutated = caught = 0
        for source, target in pairs:
            for warning in run_checks(source, target, "en", lang):
                by_check[warning.check] += 1
                by_severity[warning.severity] += 1
            for digit in re.finditer(r"\d", target):
                wrong = target[:digit.start()] + str((int(digit.group()) + 1) % 10) + target[digit.end():]
                mutated += 1
                caught += any(w.check == "numbers" for w in run_checks(source, wrong, "en", lang))
        print(f"{lang}: {len(pairs)} correct pairs: {by_severity['error']} errors, {by_severity['warning']} warnings "
              f"({', '.join(f'{check} {count}' for check, count in by_check.most_common())}); "
              f"wrong figures caught {caught}/{mutated} ({100 * caught / mutated:.1f}%)")


if __name__ == "__main__":
    main()
