"""Sentence boundaries on news no test was written from: NTREX-128 lines joined into paragraphs.

NTREX-128 (Federmann, Kocmi & Xin 2022, CC BY-SA 4.0; read from ``../shared/eval/ntrex-dev``,
never copied here) gives the same news in en, ru, uk, be and pl, mostly one sentence a line.
Six lines at a time are joined with spaces and segmented; a line that ends with a stop (. ! ? …,
with any closing quotation mark) marks a boundary the segmenter should find. Headlines without a
stop are not counted, and neither are splits inside a line (NTREX lines may hold two sentences).
Boundaries left inside a multi-sentence quotation are counted as missed: the segmenter keeps a
quotation whole by design, so 100% is not the aim.

    .venv/bin/python benchmarks/segmentation_accuracy.py [--ntrex DIR] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from workbench.segmentation import split_sentences  # noqa: E402

LANGUAGES = ("en", "ru", "uk", "be", "pl")
PARAGRAPH = 6
_ENDS_WITH_STOP = re.compile(r"[.!?…][\"'”’»)]*$")


def measure(lines: list[str], lang: str) -> tuple[int, int, list[str]]:
    """(found, missed, the text around each missed boundary)."""
    found = missed = 0
    misses = []
    for first in range(0, len(lines), PARAGRAPH):
        group = [line for line in lines[first:first + PARAGRAPH] if line]
        text = " ".join(group)
        expected, offset = set(), 0
        for line in group[:-1]:
            offset += len(line) + 1
            if _ENDS_WITH_STOP.search(line):
                expected.add(offset)
        starts = {start for start, _ in split_sentences(text, lang)}
        found += len(expected & starts)
        missed += len(expected - starts)
        misses += [text[max(0, at - 60):at + 40] for at in sorted(expected - starts)]
    return found, missed, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", type=Path, default=REPO.parent / "shared" / "eval" / "ntrex-dev")
    parser.add_argument("--show", type=int, default=0, help="print this many missed boundaries per language")
    args = parser.parse_args()
    if not args.ntrex.is_dir():  # `make benchmarks` runs on machines without the shared data
        print(f"skipped: {args.ntrex} not found; point --ntrex at the NTREX-128 folder (ntrex-dev.LANG.txt)")
        return
    print(f"{'lang':<5} {'found':>6} {'missed':>6} {'recall':>7}")
    for lang in LANGUAGES:
        lines = [line.strip() for line in (args.ntrex / f"ntrex-dev.{lang}.txt").read_text(encoding="utf-8").splitlines()]
        found, missed, misses = measure(lines, lang)
        print(f"{lang:<5} {found:>6} {missed:>6} {100 * found / (found + missed):>6.1f}%")
        for context in misses[:args.show]:
            print(f"      missed: …{context}…")


if __name__ == "__main__":
    main()
