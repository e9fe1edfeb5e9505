"""Sentence segmentation for en, be, uk, pl, ru: abbreviations, initials, numbers, quotes."""

import pytest

from conftest import SEED_ARTICLE
from workbench.segmentation import sentences, split_sentences

CASES = [
    ("en", "They are headed by dissident and restaurateur Vadim Prokopiev. “We see a window of "
           "opportunity,” Prokopiev told CNN on Monday.",
     ["They are headed by dissident and restaurateur Vadim Prokopiev.",
      "“We see a window of opportunity,” Prokopiev told CNN on Monday."]),
    ("en", "Mr. Smith met Dr. Jones in the U.S. yesterday. It cost 3.5 million.",
     ["Mr. Smith met Dr. Jones in the U.S. yesterday.", "It cost 3.5 million."]),
    ("en", "A. Lukashenko spoke. He said 1.000 people came – and left.",
     ["A. Lukashenko spoke.", "He said 1.000 people came – and left."]),
    ("ru", "Он живёт на ул. Ленина, т.е. в центре г. Минска. Это 3.5 км от вокзала.",
     ["Он живёт на ул. Ленина, т.е. в центре г. Минска.", "Это 3.5 км от вокзала."]),
    ("ru", "А. Лукашенко заявил: «Мы не начинали эту войну». Потом ушёл.",
     ["А. Лукашенко заявил: «Мы не начинали эту войну».", "Потом ушёл."]),
    ("uk", "Він живе на вул. Шевченка у м. Києві. У 2020 р. були вибори.",
     ["Він живе на вул. Шевченка у м. Києві.", "У 2020 р. були вибори."]),
    ("be", "А. Лукашэнка жыве ў г. Мінску на вул. Леніна. Гэта 3.5 км.",
     ["А. Лукашэнка жыве ў г. Мінску на вул. Леніна.", "Гэта 3.5 км."]),
    ("pl", "Mieszka na ul. Długiej, m.in. z np. kotem. To 3,5 km od dworca.",
     ["Mieszka na ul. Długiej, m.in. z np. kotem.", "To 3,5 km od dworca."]),
    ("pl", "A. Łukaszenka powiedział: „Nie zaczęliśmy tej wojny”. W 2020 r. odbyły się wybory.",
     ["A. Łukaszenka powiedział: „Nie zaczęliśmy tej wojny”.", "W 2020 r. odbyły się wybory."]),
    # A stop inside the closing quotation mark: the mark stays with its sentence, the next one is apart.
    ("pl", "Sołtys mówi: „Mostu nie naprawiono od lat.” Mieszkańcy jeżdżą przez Brześć.",
     ["Sołtys mówi: „Mostu nie naprawiono od lat.”", "Mieszkańcy jeżdżą przez Brześć."]),
    ("ru", "Глава района признал: «Денег на ремонт нет.» Жители собирают подписи.",
     ["Глава района признал: «Денег на ремонт нет.»", "Жители собирают подписи."]),
    ("be", "Старшыня калгаса спытаў: «Хто будзе сеяць?» Адказу не было.",
     ["Старшыня калгаса спытаў: «Хто будзе сеяць?»", "Адказу не было."]),
    ("uk", "Голова громади визнав: \"Грошей на ремонт немає.\" Мешканці збирають підписи.",
     ["Голова громади визнав: \"Грошей на ремонт немає.\"", "Мешканці збирають підписи."]),
    ("en", "The mayor admitted: ‘There is no money for repairs.’ Residents are collecting signatures.",
     ["The mayor admitted: ‘There is no money for repairs.’", "Residents are collecting signatures."]),
    # ... but not where the sentence goes on after the quotation.
    ("ru", "Он назвал проект «ошибкой.» и ушёл с заседания.", ["Он назвал проект «ошибкой.» и ушёл с заседания."]),
    ("en", "“Is the bridge safe?” Reuters asked the ministry on Monday.",
     ["“Is the bridge safe?” Reuters asked the ministry on Monday."]),
    ("en", "“Who pays for the bridge?” One resident added: “Nobody knows.”",
     ["“Who pays for the bridge?”", "One resident added: “Nobody knows.”"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentences_keep_abbreviations_initials_numbers_and_quotes_together(lang, text, expected):
    assert sentences(text, lang) == expected


def test_sentence_ending_in_a_year_abbreviation_still_splits():
    # "r." (rok) often ends a Polish sentence, so it is not on the never-final list.
    assert sentences("Wybory odbyły się w 2020 r. Potem przyszły protesty.", "pl") == [
        "Wybory odbyły się w 2020 r.",
        "Potem przyszły protesty.",
    ]


def test_hard_wrapped_lines_are_one_running_text():
    assert sentences("The group wears\nKalashnikov replicas. Almost no one\r\nhas combat experience.", "en") == [
        "The group wears\nKalashnikov replicas.",
        "Almost no one\r\nhas combat experience.",
    ]


def test_spans_cover_every_character_of_the_seed_with_only_whitespace_between():
    for paragraph in SEED_ARTICLE.read_text(encoding="utf-8").split("\n\n"):
        spans = split_sentences(paragraph, "en")
        covered = "".join(paragraph[start:end] for start, end in spans)
        assert covered.replace(" ", "") == paragraph.replace(" ", "").strip()
        assert all(paragraph[end:start].isspace() for (_, end), (start, _) in zip(spans, spans[1:]))


def test_unknown_language_falls_back_to_english_rules():
    assert sentences("Dr. Who arrived. He left.", "sr") == ["Dr. Who arrived.", "He left."]
