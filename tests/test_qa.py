"""QA checks, one behaviour per test, as the editor and the PO export show them."""

from __future__ import annotations

import pytest

from glossary.termbase import Termbase
from workbench.qa import CHECKS, Check, QAWarning, register_check, run_checks
from workbench.qa.base import TextPair


def found(source, target, *, target_lang="be", **options) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for warning in run_checks(source, target, "en", target_lang, **options):
        result.setdefault(warning.check, []).append(warning.message)
    return result


def test_a_good_translation_has_no_warnings():
    source = "Sviatlana Tsikhanouskaya met 1,500 volunteers in Warsaw (Poland) on 12 May."
    target = "Святлана Ціханоўская сустрэлася з 1 500 валанцёрамі ў Варшаве (Польшча) 12 мая."
    assert run_checks(source, target, "en", "be") == []


@pytest.mark.parametrize(
    "target, check",
    [
        ("", "untranslated"),
        ("   ", "untranslated"),
        ("The battalion fought near Bakhmut.", "untranslated"),
    ],
)
def test_untranslated(target, check):
    assert check in found("The battalion fought near Bakhmut.", target)


def test_a_copied_figure_is_not_untranslated():
    assert "untranslated" not in found("2022", "2022")


def test_numbers_changed_missing_or_added_are_errors():
    warnings = run_checks("He was born in 1976 and has 2 sons.", "Ён нарадзіўся ў 1967 годзе і мае 2 сыноў і 3 дачкі.", "en", "be")
    messages = [w.message for w in warnings if w.check == "numbers"]
    assert messages == ["numbers missing from the translation: 1976", "numbers not in the source: 1967, 3"]
    assert {w.severity for w in warnings if w.check == "numbers"} == {"error"}
    assert warnings[0].severity == "error"  # errors come first


@pytest.mark.parametrize("target", ["У 10 000 чалавек.", "W 10.000 osób.", "У 10\u00a0000 чалавек.", "У 10,000 чалавек."])
def test_thousands_separators_of_every_language_are_the_same_number(target):
    assert "numbers" not in found("About 10,000 people.", target)


@pytest.mark.parametrize(
    "source, target, expected",
    [
        ("He left.", "Ён пайшоў", "the source ends with “.”, the translation does not"),
        ("He left?", "Ён пайшоў.", "the source ends with “?”, the translation with “.”"),
        ("Headline", "Загаловак.", "the translation ends with “.”, the source does not"),
    ],
)
def test_final_punctuation_mismatch(source, target, expected):
    assert found(source, target)["punctuation"] == [expected]


@pytest.mark.parametrize(
    "source, target",
    [('He said "go."', "Ён сказаў «ідзі.»"), ("Wait...", "Пачакай…"), ("It ended (finally).", "Скончылася (нарэшце).")],
)
def test_punctuation_inside_quotes_and_ellipsis_forms_are_equivalent(source, target):
    assert "punctuation" not in found(source, target)


def test_length_ratio_flags_lost_or_added_clauses():
    source = "The battalion, formed in 2022, fought in Kyiv and Bakhmut regions."
    assert "much shorter" in found(source, "Батальён ваяваў 2022.")["length"][0]
    assert "much longer" in found(source, source.replace("The", "Гэты") * 3)["length"][0]
    assert "length" not in found("Yes.", "Так, вядома, безумоўна.")  # short sources vary too much


def test_doubled_words_case_insensitively_but_not_numbers():
    assert found("They went to the front.", "Яны пайшлі на на фронт.")["doubled"] == ["doubled word “на”"]
    assert found("Hello hello.", "Прывітанне Прывітанне.")["doubled"] == ["doubled word “Прывітанне”"]
    assert "doubled" not in found("Rooms 12 12.", "Пакоі 12 12.")


@pytest.mark.parametrize(
    "source, target, expected",
    [
        ("Over 4,200 residents were told to leave.", "Ponad 4 200 mieszkańców  wezwano do wyjścia.", ["double space"]),
        ("Over 4,200 residents left.", "Ponad 4\u00a0 200 mieszkańców wyjechało.", ["double space"]),
        ("Six hours later.", "Sześć godzin\npóźniej.", ["line breaks: the source has 0, the translation 1"]),
        ("Line one\nline two.", "Radok adzin radok dva.", ["line breaks: the source has 1, the translation 0"]),
        ("Line one\nline two.", "Radok adzin\r\nradok dva.", []),
        ("Two  spaces, as the source has.", "Dwie  spacje, jak w źródle.", []),
        ("Ends with a space. ", "Kończy się spacją.  ", []),
    ],
)
def test_double_spaces_and_line_breaks_the_source_lacks(source, target, expected):
    assert found(source, target, target_lang="pl").get("whitespace", []) == expected


def test_unbalanced_brackets_and_quotes():
    assert found("He (the commander) spoke.", "Ён (камандзір выступіў.")["brackets"] == ["unbalanced “()” in the translation"]
    assert found('He said "no".', "Ён сказаў «не.")["brackets"] == ["unbalanced quotes in the translation"]


def test_quotes_left_open_by_the_source_sentence_are_fine():
    # A quotation spanning two sentences opens in the first one.
    assert "brackets" not in found('"We will return.', "«Мы вернемся.", target_lang="be")
    assert "brackets" not in found("„We will return”.", "„Wrócimy”.", target_lang="pl")


def test_placeholders_of_the_segment_must_be_kept_once():
    source = "Read {1}the statement{2} on {3}."
    placeholders = ["{1}", "{2}", "{3}"]
    warnings = found(source, "Прачытайце {1}заяву{2}.", placeholders=placeholders)
    assert warnings["placeholders"] == ["placeholder {3} is missing from the translation"]
    assert "numbers" not in warnings  # the digits inside placeholders are not figures
    repeated = found(source, "{1}Заява{2} {2} на {3}.", placeholders=placeholders)
    assert repeated["placeholders"] == ["placeholder {2} appears more often than in the source"]


def _termbase() -> Termbase:
    return Termbase.from_rows([
        {"concept": "tsikhanouskaya", "lang": "en", "term": "Tsikhanouskaya", "kind": "person"},
        {"concept": "tsikhanouskaya", "lang": "be", "term": "Ціханоўская"},
        {"concept": "tsikhanouskaya", "lang": "be", "term": "Тихановская", "status": "forbidden"},
    ])


def test_glossary_check_passes_on_the_termbase_findings():
    termbase = _termbase()
    warnings = run_checks("Tsikhanouskaya spoke.", "Тихановская выступіла.", "en", "be", termbase)
    assert QAWarning("glossary", "forbidden term «Тихановская»; use «Ціханоўская»", "error") in warnings
    assert run_checks("Tsikhanouskaya spoke.", "Ціханоўская выступіла.", "en", "be", termbase) == []


def test_glossary_check_is_silent_without_a_termbase_or_a_target():
    assert "glossary" not in found("Tsikhanouskaya spoke.", "Тихановская выступіла.")
    assert "glossary" not in found("Tsikhanouskaya spoke.", "", termbase=_termbase())


def test_a_new_check_is_one_registered_class():
    class Shouting(Check):
        name = "shouting"

        def run(self, pair: TextPair) -> list[str]:
            return ["the translation is in capitals"] if pair.target.isupper() else []

    register_check(Shouting)
    try:
        assert found("Stop.", "СТОП.")["shouting"] == ["the translation is in capitals"]
        assert "shouting" not in found("Stop.", "Стоп.")
    finally:
        del CHECKS["shouting"]


# Edges of the fast paths: each must report exactly what the full comparison would.


def test_a_whitespace_only_target_is_only_untranslated():
    assert found("The battalion fought near Bakhmut (2022).", " \t\u00a0") == {"untranslated": ["not translated"]}


@pytest.mark.parametrize(
    "target, expected",
    [
        ("The the battalion.", ["doubled word “The”"]),
        ("на\tНА\u00a0на на фронт.", ["doubled word “на”", "doubled word “на”"]),
        ("(фронт фронт)", ["doubled word “фронт”"]),
        ("Пакой a1 a1, x_y x_y, б² б².", ["doubled word “б²”"]),
        ("Пакой 7на на.", []),
    ],
)
def test_doubled_words_after_any_gap_in_any_case_but_not_with_digits(target, expected):
    assert found("The battalion.", target).get("doubled", []) == expected


def test_numbers_in_another_order_or_grouping_are_the_same_numbers():
    assert "numbers" not in found("From 1,000 to 2 of them.", "Ад 2 да 1 000 з іх.")
    messages = found("About 1,000 people.", "Каля 1 001 чалавека.")["numbers"]
    assert messages == ["numbers missing from the translation: 1000", "numbers not in the source: 1001"]


@pytest.mark.parametrize(
    "source, target, expected",
    [
        ("He said “go” (twice).", "Ён сказаў «ідзі» (двойчы).", None),
        ("He said “go” (twice).", "Ён сказаў «ідзі (двойчы).", ["unbalanced quotes in the translation"]),
        ("He (twice said it.", "Ён [двойчы сказаў.", ["unbalanced “()” in the translation", "unbalanced “[]” in the translation"]),
    ],
)
def test_brackets_compare_balance_not_shape(source, target, expected):
    assert found(source, target).get("brackets") == expected


def test_three_dots_after_a_dot_ending_are_an_ellipsis():
    assert found("Headline.", "Загаловак...”")["punctuation"] == ["the source ends with “.”, the translation with “…”"]


@pytest.mark.parametrize(
    "source, target, target_lang, expected",
    [
        ("In villages whose wells are dry.", "У вёсках,якіх студні высахлі.", "be", ["no space after a comma or semicolon"]),
        ("Prices rose; wages did not.", "Ceny wzrosły;płace nie.", "pl", ["no space after a comma or semicolon"]),
        ("Inflation was 3.5 percent, he said.", "Інфляція становила 3,5 відсотка, сказав він.", "uk", []),
        ("The mayor spoke.", "Мэр выступил .", "ru", ["a space before a punctuation mark"]),
        ("Who came?", "Хто прыйшоў ?", "be", ["a space before a punctuation mark"]),
        ("Kyiv, Lviv and Odesa.", "Київ , Львів і Одеса.", "uk", ["a space before a punctuation mark"]),
        ("He paused... then went on.", "Він замовк ... і продовжив.", "uk", []),
        ("Written in .NET and Go.", "Napisane w .NET i Go.", "pl", []),
    ],
)
def test_a_comma_glued_to_the_next_word_and_a_space_before_a_mark(source, target, target_lang, expected):
    assert found(source, target, target_lang=target_lang).get("whitespace", []) == expected


@pytest.mark.parametrize(
    "target, target_lang, expected",
    [
        ("Гэта першi крок да міру.", "be", ["Latin and Cyrillic letters in one word: першi"]),  # Latin i
        ("Мiнськ і Kиїв підписали угоду.", "uk", ["Latin and Cyrillic letters in one word: Мiнськ",
                                               "Latin and Cyrillic letters in one word: Kиїв"]),
        ("Delegacja przyjechała do Wаrszawy.", "pl", ["Latin and Cyrillic letters in one word: Wаrszawy"]),  # Cyrillic а
        ("SMS-паведамленні атрымалі ўсе жыхары.", "be", []),
        ("Компанія Apple представила iPhone у Києві.", "uk", []),
    ],
)
def test_a_word_that_mixes_latin_and_cyrillic_letters(target, target_lang, expected):
    assert found("The first step towards peace.", target, target_lang=target_lang).get("script", []) == expected


def test_a_clock_time_written_with_a_dot_is_the_same_time():
    """Polish news writes 21:40 as 21.40 and 06:35 as 6.35: the numbers check called those 2140
    and 635, an error to override in every timetable sentence."""
    source = "The train will leave Warsaw at 21:40 and arrive in Vilnius at 06:35."
    assert "numbers" not in found(source, "Pociąg odjedzie z Warszawy o 21.40 i przyjedzie do Wilna o 6.35.", target_lang="pl")
    assert "numbers" not in found(source, "Pociąg odjedzie z Warszawy o 21:40 i przyjedzie do Wilna o 06:35.", target_lang="pl")
    messages = found(source, "Pociąg odjedzie z Warszawy o 21.45 i przyjedzie do Wilna o 6.35.", target_lang="pl")["numbers"]
    assert messages == ["numbers missing from the translation: 21, 40", "numbers not in the source: 2145"]
    assert "numbers" in found("It costs 9.50 euros.", "Kosztuje 9.05 euro.", target_lang="pl")  # no time: a price
