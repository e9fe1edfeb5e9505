"""Translation memory: exact matches for the MT pipeline, fuzzy matches for the editor, TMX units."""

import time

from workbench.models import Document, Segment
from workbench.tm import add_units, exact_match, fuzzy_matches
from workbench.translations import save_machine_draft, save_translation


def add_document(session, sentences, source_lang="en"):
    document = Document(title="t", source_lang=source_lang, checksum=str(time.perf_counter_ns()))
    document.segments = [Segment(position=i, paragraph=i, source_text=text) for i, text in enumerate(sentences)]
    session.add(document)
    session.flush()
    return document


def test_exact_match_reuses_confirmed_translations_only(database):
    with database.session() as session:
        document = add_document(session, ["Good morning.", "Good night.", "Good evening."])
        first, second, third = document.segments
        save_translation(session, first, "be", "Добрай раніцы.", status="translated", origin="human")
        save_translation(session, second, "be", "Дабранач.", status="reviewed", origin="human")
        save_machine_draft(session, third, "be", "Добры вечар.", origin="mt")
    with database.session() as session:
        assert exact_match(session, "Good morning.", "en", "be") == "Добрай раніцы."
        assert exact_match(session, "Good night.", "en", "be") == "Дабранач."
        assert exact_match(session, "Good evening.", "en", "be") is None  # a draft is not memory
        assert exact_match(session, "Good morning.", "en", "uk") is None
        assert exact_match(session, "Good morning.", "pl", "be") is None
        assert exact_match(session, "Good morning", "en", "be") is None


def test_a_reviewed_translation_wins_over_a_translated_one(database):
    with database.session() as session:
        reviewed, translated = (add_document(session, ["Hello."]).segments[0] for _ in range(2))
        save_translation(session, reviewed, "ru", "Здравствуйте.", status="reviewed", origin="human")
        save_translation(session, translated, "ru", "Привет.", status="translated", origin="human")
    with database.session() as session:
        assert exact_match(session, "Hello.", "en", "ru") == "Здравствуйте."


def test_units_are_stored_once_and_matched(database):
    pairs = [("The war.", "Вайна."), ("The war.", "Вайна."), ("", "Пуста."), ("Peace.", " ")]
    with database.session() as session:
        assert add_units(session, "en", "be", pairs, origin="news.tmx") == 1
        assert add_units(session, "EN", "be", [("The war.", "Вайна.")], origin="again.tmx") == 0
    with database.session() as session:
        assert exact_match(session, "The war.", "en", "be") == "Вайна."
        assert exact_match(session, "The war.", "en", "uk") is None


def test_fuzzy_matches_are_scored_and_ranked(database):
    with database.session() as session:
        add_units(
            session,
            "en",
            "pl",
            [
                ("Prokopiev told CNN on Monday.", "Prokopiew powiedział CNN w poniedziałek."),
                ("Prokopiev told CNN on Tuesday.", "Prokopiew powiedział CNN we wtorek."),
                ("The weather is fine.", "Pogoda jest dobra."),
            ],
            origin="tmx",
        )
    with database.session() as session:
        matches = fuzzy_matches(session, "Prokopiev told CNN on Monday.", "en", "pl")
        assert [match.target for match in matches] == [
            "Prokopiew powiedział CNN w poniedziałek.",
            "Prokopiew powiedział CNN we wtorek.",
        ]
        assert matches[0].score == 1.0 and 0.6 <= matches[1].score < 1.0
        assert matches[0].origin == "tmx"
        assert fuzzy_matches(session, "Prokopiev told CNN on Monday.", "en", "pl", limit=1) == matches[:1]
        assert fuzzy_matches(session, "Completely different words here.", "en", "pl") == []


def test_fuzzy_matching_finds_the_nearest_among_thousands(database):
    with database.session() as session:
        add_units(
            session,
            "en",
            "uk",
            ((f"Sentence number {n} about the battalion in Poland.", f"Речення {n}.") for n in range(3000)),
            origin="bulk",
        )
    with database.session() as session:
        matches = fuzzy_matches(session, "Sentence number 1234 about the battalion in Poland.", "en", "uk")
    assert matches[0].target == "Речення 1234."
    assert len(matches) == 5
