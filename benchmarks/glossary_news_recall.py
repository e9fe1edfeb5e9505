"""Termbase fixes of names in real news, judged by the case a professional translator chose.

The evaluation sets are sentences their writers built around names; glossary_false_fixes.py shows
how often the fixer spoils a correct human translation. This asks the remaining question on text
nobody wrote for the fixer: given a human translation whose name was put back into a wrong spelling
or the wrong case, does the fixer restore exactly what the translator wrote?

NTREX-128 (Federmann, Kocmi & Xin 2022, CC BY-SA 4.0; read from ``../shared/eval/ntrex-dev``, never
copied here) holds English news with human be / uk / pl / ru translations of every line. A name of
the English source (a capitalised word whose lower-case form the English text never uses) is found
in each translation by its sound (a transliteration skeleton); its nominative in a language is the
form it has in a line where the Russian and Ukrainian dictionaries both read their renderings as
nominatives. From these, a termbase is built (one concept per name: the forms of the four languages
preferred, the Russian spelling deprecated in be and uk text, the Ukrainian in ru text, the English in
pl text), and each translation is damaged the way MT damages names:

  foreign-nominative  the other language's nominative in its place (MT kept the pivot's spelling);
  foreign-same-case   the other language's rendering from its own human translation, in its case;
  nominative          the right spelling, but in the nominative where the line has another case.

Each damaged line is fixed with its English source, as the editor fixes a save; exact means the
translator's line came back byte for byte, and "changes right" counts the exact ones among the lines
the fixer changed (a wrong change reads as checked; a line left as drafted does not). The labels are the translators' choices and the names
found by sound: a few cases are noise (read them with --failures); the figure is what real news asks.
Lines 1-750 are for looking at; 751-997 are held out (listed only with --held-out; see glossary_false_fixes.py).

    .venv/bin/python benchmarks/glossary_news_recall.py [--ntrex DIR] [--failures] [--held-out]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary_false_fixes import LOOKED_AT, TARGETS, _lines  # noqa: E402  (this folder, the script's own)
from glossary import enforcement  # noqa: E402
from glossary.lexicon import PERSON_NAME_TAGS, morfeusz, pymorphy  # noqa: E402
from glossary.termbase import Termbase  # noqa: E402

_ENGLISH_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ENGLISH_SENTENCE_END = re.compile(r"(?:^|[.!?:\"“”‘'(—-]\s*)$")
_CYRILLIC = re.compile(r"[а-яёіўєїґ]", re.IGNORECASE)
_CYRILLIC_LATIN = dict(zip("абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя",
                           ["a", "b", "v", "h", "g", "d", "e", "e", "ye", "zh", "z", "i", "i", "yi", "y", "k", "l", "m", "n",
                            "o", "p", "r", "s", "t", "u", "w", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu",
                            "ya"]))
# Sounds spelt differently by English, Polish and the Cyrillic transliteration above, made one letter
# (a spelling before its parts: szcz before sz and cz); a run of vowels is one vowel: names are matched by their
# consonants and syllables.
_SOUNDS = (("shch", "s"), ("dzh", "j"), ("szcz", "s"), ("zh", "j"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
           ("sz", "s"), ("cz", "c"), ("rz", "j"), ("ż", "j"), ("ź", "j"), ("ph", "f"), ("ck", "k"), ("ll", "l"), ("ss", "s"),
           ("tt", "t"), ("nn", "n"), ("ł", "l"), ("w", "v"), ("g", "h"), ("q", "k"), ("x", "ks"), ("ś", "s"), ("ć", "c"),
           ("ń", "n"))
_VOWELS = "aeiouyąęóéáí'’"
# Capitalised in English, common words in the other four: no names.
_ENGLISH_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                              "June July August September October November December".split())


def _skeleton(word: str) -> str:
    word = "".join(_CYRILLIC_LATIN.get(letter, letter) for letter in word.lower())
    for spelling, sound in _SOUNDS:
        word = word.replace(spelling, sound)
    return re.sub(f"[{''.join(_VOWELS)}]+", "a", word)


@dataclass(frozen=True)
class Occurrence:
    line: int
    english: str  # the name in the source: one word, or first name and surname
    forms: dict  # lang -> the words rendering it in that language's human translation


def _english_names(sources: list[str]) -> list[list[tuple[int, str]]]:
    """Per line, the names of the English text (start, name): capitalised words that are no sentence's first word
    and whose lower-case form the text never uses; a first name and surname side by side make one name."""
    ordinary = {word.lower() for line in sources for word in _WORD.findall(line) if word.islower()}
    names = []
    for line in sources:
        found = []
        for match in _ENGLISH_NAME.finditer(line):
            word = match.group()
            if word.lower() in ordinary or word in _ENGLISH_CALENDAR or _ENGLISH_SENTENCE_END.search(line[: match.start()]) or len(word) < 3:
                continue
            if found and line[found[-1][0] + len(found[-1][1]) : match.start()] == " " and " " not in found[-1][1]:
                found[-1] = (found[-1][0], f"{found[-1][1]} {word}")
            else:
                found.append((match.start(), word))
        names.append(found)
    return names


def _rendering(name: str, translation: str, lang: str) -> str | None:
    """The words of ``translation`` that sound like the English ``name``, word for word, in the language's own
    alphabet; None unless exactly one word matches each."""
    words = [word for word in _WORD.findall(translation) if bool(_CYRILLIC.match(word)) == (lang != "pl")]
    rendered = []
    for part in name.split():
        target = _skeleton(part)
        scored = [(SequenceMatcher(None, target, _skeleton(word)[: len(target) + 1]).ratio(), word) for word in words
                  if word[:1].isupper()]
        good = {word for score, word in scored if score >= 0.75}
        if len(good) != 1:
            return None
        rendered.append(good.pop())
    rendering = " ".join(rendered)
    return rendering if rendering in translation else None


def _nominative_reading(word: str, lang: str) -> bool:
    """True when the dictionary's likeliest reading of every word is a nominative (or the word has no cases)."""
    for part in word.split():
        parse = pymorphy(lang).parse(part)[0]
        if parse.tag.case not in (None, "nomn"):
            return False
    return True


def _polish_nominative(word: str, english: str) -> bool:
    """True when each word is spelt as in English (Polish keeps a foreign name's spelling in its nominative:
    Rothfusem is none) or Morfeusz reads it as a possible nominative (not past an apostrophe: Flake’a)."""
    return all(part == source or "’" not in part and "'" not in part
               and any("nom" in tag for _, _, (_, _, tag, _, _) in morfeusz().analyse(part))
               for part, source in zip(word.split(), english.split()))


def _same_final(word: str, model: str) -> bool:
    """True when the last letters of the two words are of one kind (consonant, а/я, another vowel): a nominative
    rendering ends as the Russian nominative does (Сару is no nominative beside Сара)."""
    def kind(letter: str) -> str:
        latin = _CYRILLIC_LATIN.get(letter.lower(), letter.lower())[-1:]
        return "a" if latin == "a" else "vowel" if latin in _VOWELS else "consonant"
    return all(kind(part[-1]) == kind(other[-1]) for part, other in zip(word.split(), model.split()))


def collect(sources: list[str], translations: dict[str, list[str]]) -> tuple[list[Occurrence], dict[str, dict[str, str]]]:
    """Every name found in all four translations, and per name the nominative each language gives it."""
    occurrences, names_by_line = [], _english_names(sources)
    for number, names in enumerate(names_by_line, start=1):
        for _, name in names:
            forms = {lang: _rendering(name, translations[lang][number - 1], lang) for lang in TARGETS}
            if all(forms.values()):
                occurrences.append(Occurrence(number, name, forms))
    nominatives: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for occurrence in occurrences:
        forms = occurrence.forms
        if _nominative_reading(forms["ru"], "ru") and _nominative_reading(forms["uk"], "uk") \
                and _polish_nominative(forms["pl"], occurrence.english) and all(_same_final(forms[lang], forms["ru"]) for lang in ("be", "uk")):
            for lang in TARGETS:
                nominatives[occurrence.english][lang][forms[lang]] += 1
    first_names = defaultdict(set)  # a surname beside several first names (Sarah and Track Palin) is several people
    for names in names_by_line:
        for _, name in names:
            if " " in name:
                first_names[name.split()[-1]].add(name.split()[0])
    return occurrences, {name: {lang: counts.most_common(1)[0][0] for lang, counts in langs.items()}
                         for name, langs in nominatives.items()
                         if len(langs) == len(TARGETS) and len(first_names[name]) < 2 and not _adjective(name, langs)}


def _adjective(name: str, langs: dict) -> bool:
    """True for a capitalised English adjective (European): its Russian rendering's likeliest reading is one."""
    return " " not in name and pymorphy("ru").parse(langs["ru"].most_common(1)[0][0])[0].tag.POS == "ADJF"


_DEPRECATED_FROM = {"be": "ru", "uk": "ru", "ru": "uk", "pl": "en"}


def termbase_rows(nominatives: dict[str, dict[str, str]]) -> list[dict]:
    # a surname's person is the man or woman its first name, where the text gives one, says (Elizabeth Warren)
    genders = {name.split()[-1]: _gender(forms["ru"]) for name, forms in nominatives.items() if " " in name}
    rows = []
    for name, forms in nominatives.items():
        kind = "person" if " " in name or name in genders or _person(forms["ru"]) else "place"
        gender = genders.get(name.split()[-1]) or _gender(forms["ru"]) if kind == "person" else ""
        note = f"{'a woman' if gender == 'femn' else 'a man'}" if kind == "person" else "a place"
        concept = name.lower().replace(" ", "-")
        rows.append({"concept": concept, "lang": "en", "term": name, "status": "preferred", "note": note, "kind": kind})
        for lang in TARGETS:
            terms = [forms[lang]] + ([forms[lang].split()[-1]] if " " in forms[lang] else [])
            for term in terms:
                rows.append({"concept": concept, "lang": lang, "term": term, "status": "preferred", "note": "", "kind": kind})
            other = name if _DEPRECATED_FROM[lang] == "en" else nominatives[name][_DEPRECATED_FROM[lang]]
            others = [other] + ([other.split()[-1]] if " " in other else [])
            for term, own in zip(others, terms):
                if term != own:
                    rows.append({"concept": concept, "lang": lang, "term": term, "status": "deprecated", "note": "", "kind": kind})
    return rows


def _person(word: str) -> bool:
    return any(PERSON_NAME_TAGS & parse.tag.grammemes for parse in pymorphy("ru").parse(word)[:2])


def _gender(words: str) -> str:
    return pymorphy("ru").parse(words.split()[0])[0].tag.gender or ""


@dataclass(frozen=True)
class Case:
    line: int
    lang: str
    damage: str
    draft: str
    expected: str


def cases(occurrences: list[Occurrence], nominatives: dict[str, dict[str, str]], translations: dict[str, list[str]]) -> list[Case]:
    """The damaged lines, each damage once: a replacement that is a word of the language's own translations is
    no foreign rendering (the Ukrainian Вашингтона is a Russian genitive too), and is left out."""
    words = {lang: {word for line in translations[lang] for word in _WORD.findall(line)} for lang in TARGETS}
    made, seen = [], set()
    for occurrence in occurrences:
        if occurrence.english not in nominatives:
            continue
        for lang in TARGETS:
            human = translations[lang][occurrence.line - 1]
            form = occurrence.forms[lang]
            other = _DEPRECATED_FROM[lang]
            damages = {
                "foreign-nominative": occurrence.english if other == "en" else nominatives[occurrence.english][other],
                "foreign-same-case": None if other == "en" else occurrence.forms[other],
                "nominative": nominatives[occurrence.english][lang],
            }
            for damage, replacement in damages.items():
                if damage == "foreign-same-case" and replacement and all(word in words[lang] for word in replacement.split()):
                    continue
                if replacement and replacement != form and human.count(form) == 1 \
                        and (occurrence.line, lang, replacement) not in seen:
                    seen.add((occurrence.line, lang, replacement))
                    made.append(Case(occurrence.line, lang, damage, human.replace(form, replacement), human))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", type=Path, default=REPO.parent / "shared" / "eval" / "ntrex-dev")
    parser.add_argument("--failures", action="store_true", help="list the looked-at lines' failures")
    parser.add_argument("--held-out", action="store_true", help="with --failures, list the held-out lines' too")
    args = parser.parse_args()
    if not args.ntrex.is_dir():  # `make benchmarks` runs on machines without the shared data
        print(f"skipped: {args.ntrex} not found; point --ntrex at the NTREX-128 folder (ntrex-dev.LANG.txt)")
        return
    sources = _lines(args.ntrex, "en")
    translations = {lang: _lines(args.ntrex, lang) for lang in TARGETS}
    occurrences, nominatives = collect(sources, translations)
    termbase = Termbase.from_rows(termbase_rows(nominatives))
    made = cases(occurrences, nominatives, translations)
    print(f"{len(nominatives)} names with a nominative in all four languages; {len(made)} damaged lines")
    scores: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for case in made:
        fixed = enforcement.fix(termbase, case.draft, case.lang, sources[case.line - 1]).text
        exact = fixed == case.expected
        part = "looked at" if case.line <= LOOKED_AT else "held out"
        for key in ((part,), (part, case.lang), (part, case.damage)) + (((part, "changes right"),) if fixed != case.draft else ()):
            scores[key][0] += exact
            scores[key][1] += 1
        if not exact and args.failures and (part == "looked at" or args.held_out):
            print(f"{case.line} {case.lang} {case.damage}\n   draft    {case.draft}\n   fixed    {fixed}\n   human    {case.expected}")
    for key, (right, total) in sorted(scores.items(), key=lambda item: (item[0][0] != "looked at", len(item[0]), item[0])):
        print(f"{' / '.join(key):32} {right:5}/{total:<5} {100 * right / total:5.1f}%")


if __name__ == "__main__":
    main()
