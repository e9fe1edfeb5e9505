"""The numbers check on quantities a translator writes the target's way: no false error, and a
wrong figure written that way is still an error."""

import pytest

from workbench.qa import run_checks


def numbers_messages(source: str, target: str, lang: str) -> list[str]:
    return [w.message for w in run_checks(source, target, "en", lang) if w.check == "numbers"]


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Police said 45,000 people marched in Minsk.", "Міліцыя паведаміла, што па Мінску прайшлі 45 тысяч чалавек.", "be"),
    ("The fund raised 3,500,000 dollars.", "Фонд зібрав 3,5 млн доларів.", "uk"),
    ("About 12,000 refugees crossed the border.", "Granicę przekroczyło około 12 tys. uchodźców.", "pl"),
    ("The train leaves at 7.45pm on Fridays.", "Pociąg odjeżdża w piątki o 19.45.", "pl"),
    ("The briefing starts at 9 a.m. local time.", "Брифинг начнётся в 9:00 по местному времени.", "ru"),
    ("The vote closes at 20:00 and counting starts at 08:30.", "Галасаванне скончыцца а 20.00, падлік пачнецца а 8.30.", "be"),
    ("Nine ministers resigned and twelve stayed.", "У відставку пішли 9 міністрів, а 12 залишилися.", "uk"),
    ("Fifteen per cent of voters were undecided.", "15% wyborców nie podjęło decyzji.", "pl"),
    ("The factory was built in the 1970s.", "Завод построили в 1970-х годах.", "ru"),
    ("The factory was built in the 1970s.", "Fabrykę zbudowano w latach 70.", "pl"),
    ("The road is 40 miles long.", "Дарога мае даўжыню 64 км.", "be"),
    ("The tower is 300 feet tall.", "Вежа заввишки 91 метр.", "uk"),
    ("It was 95 degrees in the shade.", "W cieniu było 35 °C.", "pl"),
])
def test_the_same_quantity_written_the_targets_way_is_no_error(source, target, lang):
    assert numbers_messages(source, target, lang) == []


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("Police said 45,000 people marched in Minsk.", "Міліцыя паведаміла, што па Мінску прайшлі 54 тысячы чалавек.", "be"),
    ("About 12,000 refugees crossed the border.", "Granicę przekroczyło około 13 tys. uchodźców.", "pl"),
    ("The train leaves at 7.45pm on Fridays.", "Pociąg odjeżdża w piątki o 17.45.", "pl"),
    ("Nine ministers resigned and twelve stayed.", "У відставку пішли 8 міністрів, а 12 залишилися.", "uk"),
    ("The factory was built in the 1970s.", "Завод построили в 1980-х годах.", "ru"),
    ("The road is 10 miles long.", "Droga ma 17 km długości.", "pl"),
])
def test_a_wrong_figure_written_the_targets_way_is_still_an_error(source, target, lang):
    assert numbers_messages(source, target, lang)


def test_a_number_word_does_not_excuse_a_figure_the_source_writes_in_digits():
    # "one" is a word here, and 1 is the figure: the translation's extra 1 is not the word's.
    assert numbers_messages("One of the 2 suspects fled.", "Один из 1 подозреваемых сбежал.", "ru")


def test_a_figure_past_pythons_digit_limit_is_reported_not_a_traceback():
    # 4,501 digits grouped by commas: int() refuses strings over 4,300 digits (ValueError), and the
    # check ran on every save and page of the segment.
    figure = "1" + ",000" * 1500
    assert numbers_messages(f"The debt reached {figure} roubles.", "Доўг дасягнуў 1 тысячы рублёў.", "be")
