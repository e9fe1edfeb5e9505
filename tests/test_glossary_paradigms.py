"""Generated paradigms against references: the verified forms of the evaluation set, pymorphy3's
dictionary (ru, uk) and Morfeusz 2's (pl) for names they know, with the dictionaries switched off."""

import csv
from pathlib import Path

import pytest

from glossary import inflection
from glossary.inflection import CASES
from glossary.lexicon import polish_forms, pymorphy
from glossary.termbase import Termbase

EVAL = Path(__file__).resolve().parent / "glossary_eval"


def _verified() -> list[dict]:
    with (EVAL / "paradigms.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _preferred() -> tuple[Termbase, dict[tuple[str, str], int]]:
    """The evaluation termbase, and (lang, single-word preferred term) -> its index, for terms
    without explicit forms: their paradigms are generated, in the context of their concept (a
    woman's surname in a consonant, Копач, does not decline)."""
    rows = []
    for path in (EVAL.parent.parent / "seeds" / "termbase.csv", EVAL / "termbase.csv"):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    termbase = Termbase.from_rows(rows)
    terms = {(record.lang, record.text): index for index, record in enumerate(termbase.records)
             if record.status == "preferred" and record.words == 1 and not record.forms}
    return termbase, terms


def test_every_generated_form_of_a_preferred_name_is_a_verified_form():
    (termbase, preferred), checked = _preferred(), 0
    for row in _verified():
        index = preferred.get((row["lang"], row["nom"]))
        if index is None:
            continue
        # (the form a fix writes: a case whose forms are only there to be found, Lenkoranu or Lenkorana, has none)
        generated = {case: form for case in CASES[1:] if (form := termbase.form_in_case(index, case)) is not None}
        for case in CASES[1:]:
            if row[case] != "-" and case in generated:
                assert generated[case] in row[case].split("/"), (row["lang"], row["nom"], case, generated[case])
                checked += 1
    assert checked > 150


RU_UK_NAMES = [
    ("ru", "Навальный", True), ("ru", "Чайковский", True), ("ru", "Горький", True), ("ru", "Захарова", True),
    ("ru", "Иванов", True), ("ru", "Петрова", True), ("ru", "Достоевский", True), ("ru", "Толстой", True),
    ("ru", "Сергей", True), ("ru", "Алексей", True), ("ru", "Москва", False), ("ru", "Харьков", False),
    ("uk", "Зеленський", True), ("uk", "Навальний", True), ("uk", "Шевченко", True), ("uk", "Коваленко", True),
    ("uk", "Захарова", True), ("uk", "Тихановська", True), ("uk", "Сергій", True), ("uk", "Олексій", True),
    ("uk", "Москва", False), ("uk", "Вільнюс", False),
]


@pytest.mark.parametrize("lang, word, animate", RU_UK_NAMES)
def test_the_rules_agree_with_pymorphy3_on_names_it_knows(lang, word, animate):
    parse = next(p for p in pymorphy(lang).parse(word.lower()) if p.is_known and p.tag.case == "nomn")
    ruled = inflection._RULES[lang](word, animate)
    for case in CASES:
        known = parse.inflect({inflection._PYMORPHY_CASES[case], "sing"} | ({"anim" if animate else "inan"} if case == "acc" and parse.tag.POS == "ADJF" else set()))
        if known is None or case not in ruled:
            continue
        assert known.word in [form.lower() for form in ruled[case]], (word, case, ruled[case])


@pytest.mark.parametrize("word, animate", [("Putin", True), ("Kijów", False), ("Mińsk", False), ("Szczecin", False),
                                           ("Żytomierz", False), ("Charków", False), ("Grodno", False), ("Wilno", False),
                                           ("Moskwa", False), ("Maria", True), ("Jermak", True)])
def test_the_polish_rules_agree_with_morfeusz_on_names_it_knows(word, animate):
    known, ruled = polish_forms(word, animate), inflection._pl(word, animate)
    for case in CASES:
        if case in ruled:
            assert set(ruled[case]) & set(known[case]), (word, case, ruled[case], known[case])
