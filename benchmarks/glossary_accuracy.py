"""Termbase fixer accuracy on the evaluation set in tests/glossary_eval/ (issue 18).

    .venv/bin/python benchmarks/glossary_accuracy.py [--split tune|heldout|fresh|blind|blind2|...|all] [--failures] [--json]

Each case is a draft sentence and the sentence it must become (alternatives allowed), in be, uk,
pl or ru, with the seed termbase plus tests/glossary_eval/termbase.csv loaded. Splits: "tune" (the
rules were tuned on it; it grows as new failure classes are worked on), "heldout" (written with it,
kept out of tuning) and "fresh" (new names and sentence frames written after tuning). Prints exact-match
accuracy per category, per language and per split; the share of correct sentences left
byte-identical; invented words: words a fix wrote that are in no verified paradigm
(tests/glossary_eval/paradigms.tsv) and in no expected output; and how far a translator can trust
a change the fixer makes (changed sentences that came out right), beside the sentences it left
as drafted though they needed a fix (a miss costs the translator less than a wrong change, which
reads as checked). Targets: >= 97% exact, 100% of correct sentences unchanged, 0 invented words,
on the held-out split too.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary import enforcement  # noqa: E402
from glossary.termbase import Termbase  # noqa: E402

EVAL = REPO / "tests" / "glossary_eval"
# blind*/: cases, names and paradigms written by someone who never read the fixer's rules; each folder is
# its own split, so a new blind set is run by adding its folder.
SETS = (EVAL, *sorted(EVAL.glob("blind*/"), key=lambda folder: (len(folder.name), folder.name)))
TERMBASES = (REPO / "seeds" / "termbase.csv", *(folder / "termbase.csv" for folder in SETS))
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def load_termbase() -> Termbase:
    return Termbase.from_rows([row for path in TERMBASES for row in _rows(path)])


def load_cases() -> list[dict]:
    cases = []
    for folder in SETS:
        with (folder / "cases.tsv").open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        cases += csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for case in cases:
        case["expected"] = case["expected"].split(" || ")
    return cases


def paradigm_vocabulary() -> dict[str, set[str]]:
    """Every verified form, by language: the words a fix may write."""
    vocabulary: dict[str, set[str]] = defaultdict(set)
    for folder in SETS:
        with (folder / "paradigms.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
                for case in ("nom", "gen", "dat", "acc", "ins", "loc"):
                    # word by word, as fixes are checked: a place of two words (Stalowej Woli) lists its forms whole
                    vocabulary[row["lang"]].update(word for form in row[case].split("/") if form != "-" for word in _WORD.findall(form))
    return vocabulary


def invented_words(case: dict, output: str, vocabulary: set[str]) -> list[str]:
    written = set(_WORD.findall(output)) - set(_WORD.findall(case["draft"]))
    allowed = vocabulary | {word for expected in case["expected"] for word in _WORD.findall(expected)}
    return sorted(word for word in written if word not in allowed and word.lower() not in {w.lower() for w in allowed})


def evaluate(termbase: Termbase, cases: list[dict]) -> list[dict]:
    vocabulary = paradigm_vocabulary()
    results = []
    for case in cases:
        output = enforcement.fix(termbase, case["draft"], case["lang"]).text
        results.append({**case, "output": output, "exact": output in case["expected"],
                        "invented": invented_words(case, output, vocabulary[case["lang"]])})
    return results


def summary(results: list[dict]) -> dict:
    def rate(group: list[dict]) -> dict:
        return {"cases": len(group), "exact": sum(r["exact"] for r in group),
                "accuracy": round(100 * sum(r["exact"] for r in group) / len(group), 1) if group else None}

    by = lambda key: {value: rate([r for r in results if r[key] == value]) for value in sorted({r[key] for r in results})}
    correct = [r for r in results if r["draft"] in r["expected"]]
    changed = [r for r in results if r["output"] != r["draft"]]
    return {
        "all": rate(results),
        "by_split": by("split"),
        "by_language": by("lang"),
        "by_split_and_language": {split: {lang: rate([r for r in results if r["split"] == split and r["lang"] == lang])
                                          for lang in sorted({r["lang"] for r in results})}
                                  for split in sorted({r["split"] for r in results})},
        "by_category": by("category"),
        "by_name": by("name"),
        "correct_unchanged": rate(correct),
        "invented_words": sum(len(r["invented"]) for r in results),
        "changes_right": rate(changed),
        "left_needing_a_fix": sum(r["output"] == r["draft"] and not r["exact"] for r in results),
    }


def _print(title: str, figures: dict) -> None:
    print(f"\n{title}")
    for key, value in figures.items():
        print(f"  {key:<16} {value['exact']:>4}/{value['cases']:<4} {value['accuracy']:>5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout", "fresh", *(folder.name for folder in SETS[1:]), "all"), default="all")
    parser.add_argument("--failures", action="store_true", help="print every case the fixer got wrong")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    args = parser.parse_args()
    cases = [c for c in load_cases() if args.split == "all" or c["split"] == args.split]
    results = evaluate(load_termbase(), cases)
    figures = summary(results)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    if args.failures:
        for r in results:
            if not r["exact"] or r["invented"]:
                print(f"{r['id']:>4} {r['split']:<7} {r['lang']} {r['category']:<13} {r['draft']}\n"
                      f"{'':<27}-> {r['output']}\n{'':<27}!= {r['expected'][0]}"
                      + (f"\n{'':<27}invented: {', '.join(r['invented'])}" if r["invented"] else ""))
    _print("by split", figures["by_split"])
    _print("by language", figures["by_language"])
    _print("by category", figures["by_category"])
    _print("by name (seed termbase or new)", figures["by_name"])
    overall, unchanged = figures["all"], figures["correct_unchanged"]
    print(f"\nexact: {overall['exact']}/{overall['cases']} = {overall['accuracy']}% (target >= 97%)")
    print(f"correct sentences unchanged: {unchanged['exact']}/{unchanged['cases']} = {unchanged['accuracy']}% (target 100%)")
    print(f"invented words: {figures['invented_words']} (target 0)")
    changes = figures["changes_right"]
    print(f"changes right: {changes['exact']}/{changes['cases']} = {changes['accuracy']}%; "
          f"left as drafted though wrong: {figures['left_needing_a_fix']}")


if __name__ == "__main__":
    main()
