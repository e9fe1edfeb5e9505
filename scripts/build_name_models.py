"""Build the letter-trigram models glossary/names uses to rank spellings (glossary/data/trigrams/).

The counts come from Debian's hunspell dictionaries (hunspell-be, -uk, -pl, -ru): every stem of
each dictionary, lower-cased. Counting them takes seconds per language, too slow for every
`workbench glossary discover`, so the counts are built once here and shipped as small files.

    python scripts/build_name_models.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from glossary.dictionaries import DICTIONARIES, dictionary_stems

OUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "trigrams"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in DICTIONARIES:
        text = "".join(f"^^{stem.lower()}$" for stem in dictionary_stems(lang))
        counts = Counter(zip(text, text[1:], text[2:]))
        lines = ["".join(gram) + "\t" + str(count) for gram, count in sorted(counts.items()) if "$" not in gram[:2]]
        (OUT / f"{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(lines)} trigrams")


if __name__ == "__main__":
    main()
