"""The indexed translation memory on SQLite and PostgreSQL: the index follows every save, delete
and import in the same transaction; indexed fuzzy ranking equals a full scan; concordance
search; the `workbench tm` JSON contracts; streamed TMX import; the web endpoint."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from sqlalchemy import delete, func, inspect, select

from workbench import tm
from workbench.tm import units as tm_units
from workbench.tm.index import INDEXES, words
from workbench.documents import delete_document
from workbench.exchange.tmx import import_tmx
from workbench.models import Document, Segment, TranslationMemoryUnit
from workbench.translations import save_translation
from workbench.web import create_app

NAMES = ("Tsikhanouskaya", "Prokopiev", "Lukashenko", "Zelensky", "Tusk", "Hrynchuk", "Babaryka", "Kolesnikova")
PLACES = ("Minsk", "Kyiv", "Warsaw", "Vilnius", "Hrodna", "Lviv", "Brest", "Gdansk")
TOPICS = ("the budget", "the border", "grain exports", "the elections", "gas prices", "the press law")
VERBS = ("said", "told reporters", "warned", "confirmed", "denied")


def news(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """Deterministic news-like pairs: names, places, topics and numbers, many near-duplicates."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        source = (
            f"{rng.choice(NAMES)} {rng.choice(VERBS)} in {rng.choice(PLACES)} on day {rng.randint(1, 400)} "
            f"that {rng.choice(TOPICS)} would cost {rng.randint(2, 90)} million."
        )
        pairs.append((source, source.upper()))
    return pairs


def add_document(session, sentences, source_lang="en") -> Document:
    document = Document(title="t", source_lang=source_lang, checksum=str(random.random()))
    document.segments = [Segment(position=i, paragraph=i, source_text=text) for i, text in enumerate(sentences)]
    session.add(document)
    session.flush()
    return document


def found(session, query, field="source"):
    return [(hit.source, hit.target) for hit in tm.concordance(session, query, "en", "be", field=field).hits]


# --- upkeep --------------------------------------------------------------------------------------


def test_a_confirmed_save_enters_every_look_up_and_a_change_replaces_it(database):
    with database.session() as session:
        segment = add_document(session, ["The battalion crossed the border at dawn."]).segments[0]
        save_translation(session, segment, "be", "Батальён перайшоў мяжу.", status="draft", origin="mt")
    with database.session() as session:
        assert found(session, "border") == []  # a draft is not memory
        segment = session.scalars(select(Segment)).one()
        save_translation(session, segment, "be", "Батальён перайшоў мяжу на світанку.", status="translated", origin="human")
        # Same transaction: the index already knows it.
        assert found(session, "мяжу на сві", field="target") == [
            ("The battalion crossed the border at dawn.", "Батальён перайшоў мяжу на світанку.")
        ]
    with database.session() as session:
        segment = session.scalars(select(Segment)).one()
        save_translation(session, segment, "be", "Батальён перасёк мяжу.", status="reviewed", origin="human")
    with database.session() as session:
        assert found(session, "світанку", field="target") == []
        assert found(session, "перасёк", field="target") == [("The battalion crossed the border at dawn.", "Батальён перасёк мяжу.")]
        assert tm.exact_match(session, "The battalion crossed the border at dawn.", "en", "be") == "Батальён перасёк мяжу."
        assert [m.target for m in tm.fuzzy_matches(session, "The battalion crossed the border at night.", "en", "be")] == [
            "Батальён перасёк мяжу."
        ]
        segment = session.scalars(select(Segment)).one()
        save_translation(session, segment, "be", "Батальён перасёк мяжу.", status="draft", origin="human")
    with database.session() as session:
        assert found(session, "border") == []
        assert tm.exact_match(session, "The battalion crossed the border at dawn.", "en", "be") is None


def test_a_repeated_sentence_finds_its_twin_confirmed_after_it_was_first_looked_up(database):
    """The editor looks the twin up before the first one is confirmed (no unit holds its words
    then); once it is confirmed, the same running process must offer it."""
    twin = "Floodwater reached the Sviślač embankment in Bobrujsk overnight."
    with database.session() as session:
        first, second = add_document(session, [twin, twin]).segments
        assert tm.fuzzy_matches(session, twin, "en", "be") == []
        save_translation(session, first, "be", "Паводка ўначы дайшла да набярэжнай Свіслачы ў Бабруйску.",
                         status="translated", origin="human")
    with database.session() as session:
        assert [(m.target, m.score) for m in tm.fuzzy_matches(session, twin, "en", "be")] == [
            ("Паводка ўначы дайшла да набярэжнай Свіслачы ў Бабруйску.", 1.0)
        ]


def test_a_rolled_back_save_leaves_the_memory_as_it_was(database):
    with database.session() as session:
        add_document(session, ["Prices rose in Minsk."])
    with pytest.raises(RuntimeError):
        with database.session() as session:
            segment = session.scalars(select(Segment)).one()
            save_translation(session, segment, "be", "Цэны выраслі ў Мінску.", status="translated", origin="human")
            raise RuntimeError("the request failed after the save")
    with database.session() as session:
        assert found(session, "Minsk") == []
        assert session.scalar(select(func.count()).select_from(TranslationMemoryUnit)) == 0


def test_deleting_a_document_removes_its_translations_from_the_index(database):
    with database.session() as session:
        document = add_document(session, ["Tusk spoke in Gdansk.", "Tusk spoke in Warsaw."])
        for segment in document.segments:
            save_translation(session, segment, "be", f"Туск выступіў ({segment.position}).", status="translated", origin="human")
    with database.session() as session:
        assert len(found(session, "Tusk spoke")) == 2
        delete_document(session, session.scalars(select(Document)).one())
    with database.session() as session:
        assert found(session, "Tusk spoke") == []
        assert tm.fuzzy_matches(session, "Tusk spoke in Gdansk.", "en", "be") == []
        assert session.scalar(select(func.count()).select_from(TranslationMemoryUnit)) == 0


def test_imported_units_are_indexed_and_leave_with_their_origin(database):
    with database.session() as session:
        assert tm.add_units(session, "en", "be", news(50), origin="tmx:public.tmx") == 50
        assert tm.add_units(session, "en", "be", news(50), origin="tmx:again.tmx") == 0  # nothing new
        document = add_document(session, [news(1)[0][0]])
        save_translation(session, document.segments[0], "be", "Наш пераклад.", status="translated", origin="human")
    with database.session() as session:
        assert len(found(session, "million")) == 20  # the first page
        assert len(found(session, "would cost 2")) == sum("would cost 2" in source for source, _ in news(50)) == 4
        assert [(o.name, o.units) for o in tm.origins(session)] == [("document", 1), ("tmx:public.tmx", 50)]
        assert tm.delete_origin(session, "tmx:public.tmx") == 50
    with database.session() as session:
        assert found(session, "million") == [(news(1)[0][0], "Наш пераклад.")]
        assert tm.fuzzy_matches(session, news(2)[1][0], "en", "be", threshold=0.9) == []
        with pytest.raises(tm_errors()):
            tm.delete_origin(session, "document")


def tm_errors():
    from workbench.errors import WorkbenchError

    return WorkbenchError


def test_a_penalised_origin_ranks_below_an_equal_match(database):
    with database.session() as session:
        tm.add_units(session, "en", "be", [("Tusk spoke in Gdansk on Monday.", "Public.")], origin="tmx:public.tmx")
        tm.add_units(session, "en", "be", [("Tusk spoke in Gdansk on Monday.", "Ours.")], origin="tmx:ours.tmx")
        tm.set_penalty(session, "tmx:public.tmx", 0.1)
    with database.session() as session:
        assert tm.exact_match(session, "Tusk spoke in Gdansk on Monday.", "en", "be") == "Ours."
        tm.add_units(session, "en", "be", [("Tusk spoke in Gdansk on Friday.", "Public Friday.")], origin="tmx:public.tmx")
        tm.set_penalty(session, "tmx:public.tmx", 0.1)
        matches = tm.fuzzy_matches(session, "Tusk spoke in Gdansk on Friday.", "en", "be")
        # Identical but penalised (0.9) against similar and trusted (0.94).
        assert [(m.target, m.origin) for m in matches] == [("Ours.", "tmx:ours.tmx"), ("Public Friday.", "tmx:public.tmx")]
        assert matches[1].score == 0.9


# --- ranking -------------------------------------------------------------------------------------


@pytest.mark.parametrize("threshold", [0.6, 0.75])
def test_indexed_ranking_equals_a_full_scan(database, threshold):
    pairs = news(3000)
    with database.session() as session:
        tm.add_units(session, "en", "be", pairs, origin="tmx:news.tmx")
        document = add_document(session, [source for source, _ in pairs[:40]])
        for segment in document.segments[::2]:
            save_translation(session, segment, "be", "Пацверджана.", status="reviewed", origin="human")
    rng = random.Random(3)
    queries = [source.replace(" on day ", f" on day {rng.randint(1, 9)}") for source, _ in rng.sample(pairs, 30)]
    queries += [source.replace("would cost", "will cost") for source, _ in rng.sample(pairs, 30)]
    queries += ["Nothing in this sentence was ever translated before.", "Minsk"]
    with database.session() as session:
        for query in queries:
            indexed = tm.fuzzy_matches(session, query, "en", "be", limit=5, threshold=threshold)
            assert indexed == tm.scan_matches(session, query, "en", "be", limit=5, threshold=threshold), query
        assert any(len(tm.fuzzy_matches(session, query, "en", "be", threshold=threshold)) == 5 for query in queries)


ROLES = ("the foreign minister", "the mayor of the city", "the opposition leader", "a government spokesman",
         "the prime minister", "an adviser to the president")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week")
FIRST = ("Olena", "Ivan", "Maria", "Andrei", "Pavel", "Yulia", "Taras", "Oksana", "Piotr", "Hanna")


def one_wording(count: int, seed: int = 11) -> list[str]:
    """Sentences of one wording with six slots (a first name, an invented surname, role, verb,
    day, topic, place): each has hundreds of close siblings, which rank by the slots they share."""
    rng = random.Random(seed)
    sources = []
    for _ in range(count):
        surname = "".join(rng.choice("bdklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3))).capitalize()
        sources.append(f"{rng.choice(FIRST)} {surname}, {rng.choice(ROLES)}, {rng.choice(VERBS)} {rng.choice(DAYS)} "
                       f"that {rng.choice(TOPICS)} would be discussed in {rng.choice(PLACES)}.")
    return list(dict.fromkeys(sources))


def add_one_wording(database, seed: int) -> list[str]:
    sources = one_wording(3000, seed)
    with database.session() as session:
        tm.add_units(session, "en", "be", [(source, source.upper()) for source in sources], origin="tmx:family.tmx")
    return sources


def agreeing(database, queries: list[str], limit: int) -> int:
    """How many of ``queries`` get the full scan's top ``limit`` above 0.75 from the index."""
    with database.session() as session:
        return sum(
            tm.fuzzy_matches(session, query, "en", "be", limit=limit, threshold=0.75)
            == tm.scan_matches(session, query, "en", "be", limit=limit, threshold=0.75)
            for query in queries
        )


def test_a_dense_family_of_siblings_widens_the_look_up_to_the_closest_ones(database, monkeypatch):
    # Small numbers for a big memory, as below: only the surnames are rare, the slots' words are
    # the sentence's frame.
    from workbench.tm import search

    monkeypatch.setattr(search, "RARE", 20)
    monkeypatch.setattr(search, "COMMON", 2000)
    search.WORD_COUNTS.forget()
    sources = add_one_wording(database, seed=11)
    rng = random.Random(4)
    queries = []
    for source in rng.sample(sources, 40):
        changed = source.split()
        changed[rng.randrange(len(changed))] = rng.choice(PLACES)
        queries.append(" ".join(changed))
    widened = agreeing(database, queries, limit=2)
    monkeypatch.setattr(search, "WIDE_FRAME_WORDS", 0)  # the first frame alone
    assert widened >= 1.5 * agreeing(database, queries, limit=2) + 2


def test_a_frame_held_by_more_units_than_are_fetched_is_narrowed_by_the_other_words(database, monkeypatch):
    # Old sentences of one wording, their slots' words held by hundreds of units, a look-up
    # fetching 2 units: the newest 2 holding three frame words are not the query's siblings.
    from workbench.tm import search

    monkeypatch.setattr(search, "RARE", 20)
    monkeypatch.setattr(search, "COMMON", 2000)
    monkeypatch.setattr(search, "FRAME_UNITS", 2)
    monkeypatch.setattr(search, "WIDE_FRAME_WORDS", 0)  # the first frame alone
    search.WORD_COUNTS.forget()
    sources = add_one_wording(database, seed=12)
    queries = []
    for source in random.Random(6).sample(sources[:1500], 30):
        changed = source.split()
        del changed[1]  # the rare surname: what is left are the frame's words
        queries.append(" ".join(changed))
    narrowed = agreeing(database, queries, limit=1)
    monkeypatch.setattr(search, "NARROWING_WORDS", 0)
    assert narrowed >= 1.5 * agreeing(database, queries, limit=1) + 2


def test_a_frame_is_not_narrowed_when_the_rare_words_found_a_near_duplicate(database, monkeypatch):
    # The memory and numbers of the test above; the queries keep their rare surname, so the rare
    # words find the remembered sentence: the frame's look-ups are asked once, none narrowed.
    from workbench.tm import search

    monkeypatch.setattr(search, "RARE", 20)
    monkeypatch.setattr(search, "COMMON", 2000)
    monkeypatch.setattr(search, "FRAME_UNITS", 2)
    monkeypatch.setattr(search, "WIDE_FRAME_WORDS", 0)
    search.WORD_COUNTS.forget()
    sources = add_one_wording(database, seed=12)
    probed: list[list[str]] = []
    index = type(INDEXES[database.engine.dialect.name])
    looked_up = index.units_with_words
    monkeypatch.setattr(index, "units_with_words", lambda self, session, probes, *rest: probed.extend(probes) or looked_up(self, session, probes, *rest))
    queries = [source.replace(" discussed ", " debated ") for source in random.Random(6).sample(sources[:1500], 30)]
    assert agreeing(database, queries, limit=1) == len(queries)
    assert probed and max(len(probe) for probe in probed) == search.FRAME_TERMS
    # Without the surname the same queries are narrowed (the test above: it finds their siblings).
    probed.clear()
    agreeing(database, [" ".join(query.split()[:1] + query.split()[2:]) for query in queries], limit=1)
    assert max(len(probe) for probe in probed) == search.FRAME_TERMS + 1


def test_a_short_query_finds_its_close_siblings_behind_newer_long_sentences_of_its_words(database, monkeypatch):
    # A short sentence of common words: thousands of newer long sentences hold its frame and fill
    # every frame look-up; only sources of a length that can reach the score are fetched.
    from workbench.tm import search

    monkeypatch.setattr(search, "RARE", 20)
    monkeypatch.setattr(search, "COMMON", 5000)
    monkeypatch.setattr(search, "FRAME_UNITS", 20)
    search.WORD_COUNTS.forget()
    rng = random.Random(13)
    short = [f"The {rng.choice(TOPICS)} {rng.choice(PLACES)} remains open again." for _ in range(200)]
    long = [f"{rng.choice(NAMES)} {rng.choice(VERBS)} in {rng.choice(PLACES)} that the court remains open again "
            f"because {rng.choice(TOPICS)} would cost {rng.randint(2, 90)} million on day {rng.randint(1, 400)}." for _ in range(1500)]
    with database.session() as session:
        tm.add_units(session, "en", "be", [(source, source.upper()) for source in short + long], origin="tmx:short.tmx")
    queries = [f"The {topic} office remains open again." for topic in TOPICS]
    assert agreeing(database, queries, limit=5) == len(queries)
    monkeypatch.setattr(search, "_lengths", lambda query, score: (0, 10**6))  # any length
    assert agreeing(database, queries, limit=5) < len(queries) / 2


def test_a_fuzzy_look_up_never_asks_the_index_for_words_too_common_to_read_alone(database, monkeypatch):
    # Small numbers for a big memory: words in more than 200 of the 3,000 units are too common to
    # look up (PostgreSQL would read every unit holding them), those in at most 20 are rare.
    from workbench.tm import search

    monkeypatch.setattr(search, "RARE", 20)
    monkeypatch.setattr(search, "COMMON", 200)
    search.WORD_COUNTS.forget()
    pairs = news(3000, seed=5)
    with database.session() as session:
        tm.add_units(session, "en", "be", pairs, origin="tmx:news.tmx")
    units_holding = Counter(word for source, _target in pairs for word in words(source))
    monkeypatch.setattr(search, "FRAME_UNITS", 10)  # so that look-ups of the frame are narrowed
    probed: list[list[str]] = []
    index = type(INDEXES[database.engine.dialect.name])
    looked_up = index.units_with_words
    monkeypatch.setattr(index, "units_with_words", lambda self, session, probes, *rest: probed.extend(probes) or looked_up(self, session, probes, *rest))
    rng = random.Random(9)
    with database.session() as session:
        for source, _target in rng.sample(pairs, 20):
            query = source.replace(" million", "0 million")
            # The remembered sentence through its rare words (this memory has too many siblings
            # of each sentence for the whole top 5 to be exact).
            best = tm.fuzzy_matches(session, query, "en", "be", limit=1, threshold=0.75)
            assert best == tm.scan_matches(session, query, "en", "be", limit=1, threshold=0.75) == [
                tm.TMMatch(source, source.upper(), best[0].score, "tmx:news.tmx")], query
    # A too common word is asked only together with a word that is not, which bounds what the
    # index reads; narrowing a frame look-up asks for them so.
    assert probed and all(min(units_holding[word] for word in probe) <= 200 for probe in probed)
    assert any(max(units_holding[word] for word in probe) > 200 for probe in probed)
    assert ["said"] not in probed and units_holding["said"] > 200


def test_a_word_held_by_many_units_is_read_among_the_newest_first_with_the_same_units(database, monkeypatch):
    # Small numbers for a big memory: a probe of a word held by more than 500 units is dense.
    # "granary" is in every other unit, "quarry" only in the oldest 1,000: the newest units
    # holding either are found, those of "quarry" behind 5,000 newer units without it.
    index = INDEXES[database.engine.dialect.name]
    monkeypatch.setattr(type(index), "DENSE", 500, raising=False)
    monkeypatch.setattr(type(index), "WINDOW_HITS", 100, raising=False)
    sources = [f"Report {number} on the {'granary' if number % 2 else 'harbour'} "
               f"{'and the quarry' if number < 1000 else 'and the mill'}." for number in range(6000)]
    with database.session() as session:
        tm.add_units(session, "en", "be", [(source, source.upper()) for source in sources], origin="tmx:dense.tmx")
    with database.session() as session:
        ids = dict(session.execute(select(TranslationMemoryUnit.source_text, TranslationMemoryUnit.id)).all())
    newest = {word: sorted((ids[source] for source in sources if f" {word} " in source or f" {word}." in source),
                           reverse=True)[:50] for word in ("granary", "quarry")}
    probes, held = [["granary"], ["quarry"]], [3000, 1000]

    if database.engine.dialect.name == "postgresql":
        with database.session() as session:
            session.connection().exec_driver_sql("ANALYZE tm_units")  # as a big import does

    def look_up(held):
        before = fetched(database)
        with database.session() as session:
            found = index.units_with_words(session, probes, "en", "be", 50, (0, 1000), held)
            flush_statistics(session)
        return found, fetched(database) - before

    counted, fetched_counted = look_up(held)
    uncounted, fetched_uncounted = look_up(None)
    assert counted == uncounted == [newest["granary"], newest["quarry"]]
    if database.engine.dialect.name == "postgresql":
        # Without the counts every unit holding either word is read (4,000); with them, the 200
        # newest ids (100 of "granary"'s units), the 600 newest (none of "quarry"'s), then all
        # of "quarry"'s.
        assert fetched_uncounted >= 4000 and fetched_counted < fetched_uncounted - 2000


def flush_statistics(session) -> None:
    """Ends the session's transaction; PostgreSQL then adds its counts to the statistics."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql("SELECT pg_stat_force_next_flush()")
    session.commit()


def fetched(database) -> int:
    """PostgreSQL: rows of tm_units read through its indexes so far (0 on SQLite)."""
    if database.engine.dialect.name != "postgresql":
        return 0
    with database.session() as session:
        flush_statistics(session)
    with database.session() as session:
        return session.connection().exec_driver_sql(
            "SELECT idx_tup_fetch FROM pg_stat_user_tables WHERE relname = 'tm_units' AND schemaname = current_schema()"
        ).scalar()


def test_concordance_pages_newest_first_with_highlights(database):
    with database.session() as session:
        tm.add_units(session, "en", "be", [(f"Gas prices rose {n} times; GAS is scarce.", f"Газ {n}.") for n in range(45)], origin="tmx:gas.tmx")
    with database.session() as session:
        first = tm.concordance(session, "gas", "en", "be")
        third = tm.concordance(session, "gas", "en", "be", page=3)
        assert (len(first.hits), first.has_more, len(third.hits), third.has_more) == (20, True, 5, False)
        assert first.hits[0].source == "Gas prices rose 44 times; GAS is scarce."
        assert first.hits[0].source_spans == [(0, 3), (26, 29)]
        assert tm.concordance(session, "газ", "en", "be", field="target").hits[0].target_spans == [(0, 3)]
        assert tm.concordance(session, "100%_x", "en", "be").hits == []  # LIKE wildcards are literal
        with pytest.raises(tm_errors(), match="at least 3 characters"):
            tm.concordance(session, "ga", "en", "be")


# Sentences where "at last" and its neighbours occur whole, inside longer words, across two spaces
# and in other cases: a phrase's first word may end a longer word and its last begin one.
PHRASE_SENTENCES = (
    "At last the talks ended.", "What lasted was the talks.", "Flat lasagne at lunch, at  last.",
    "That LAST minute deal held.", "The data bigger than a big win.", "A big win at last minute talks.",
    "Nothing like it.", "Talks ended at dawn.",
)
PHRASE_QUERIES = ("at last", "AT LAST", "hat las", "t las", "at  last", "last minute", "a big", "ta big",
                  "at last the talks", "talks ended", "win at last minute talks", "lunch, at", "ТАЛКС ЭНДЭД")


@pytest.mark.parametrize("windows", ["planned", "every step", "rare word"])
def test_a_phrase_is_found_wherever_its_words_meet_and_paged_newest_first(database, monkeypatch, windows):
    """Concordance of phrases equals a substring test of every unit, page by page. On PostgreSQL
    the word-join index serves phrases; "every step" makes each phrase walk the newest units and
    widen its window of joins one unit at a time, as a common one does in a big memory; "rare
    word" makes each source phrase with a word of three letters or more that the statistics do
    not call common go to the trigram index once the newest units do not fill its page."""
    postgresql = type(INDEXES["postgresql"])
    if windows != "planned":
        monkeypatch.setattr(postgresql, "COMMON_JOIN", -1)
        monkeypatch.setattr(postgresql, "NEWEST", 3)
        monkeypatch.setattr(postgresql, "JOIN_WINDOWS", (2, 5, None))
        monkeypatch.setattr(postgresql, "RARE_WORD_LETTERS", 3 if windows == "rare word" else 1000)
    if windows == "rare word" and database.engine.dialect.name == "postgresql":
        trigram_look_ups = []
        look_up = postgresql._has_rare_word
        monkeypatch.setattr(postgresql, "_has_rare_word",
                            lambda *args: trigram_look_ups.append((args[2], look_up(*args))) or trigram_look_ups[-1][1])
    pairs = [(f"{sentence} ({n})", f"{sentence.upper().translate(str.maketrans('ATLKSEND', 'АТЛКСЭНД'))} ({n})")
             for n in range(3) for sentence in PHRASE_SENTENCES]
    with database.session() as session:
        tm.add_units(session, "en", "be", pairs, origin="tmx:phrases.tmx")
    with database.session() as session:
        for field, side in (("source", 0), ("target", 1)):
            for query in PHRASE_QUERIES:
                expected = [pair for pair in reversed(pairs) if query.lower() in pair[side].lower()]
                for page in (1, 2, 3):
                    result = tm.concordance(session, query, "en", "be", field=field, page=page, page_size=4)
                    assert [(hit.source, hit.target) for hit in result.hits] == expected[(page - 1) * 4 : page * 4], (query, field, page)
                    assert result.has_more == (len(expected) > page * 4)
        assert found(session, "ТАЛКС ЭНДЭД", field="target")[0] == pairs[-1]  # lower-cased by the database
    if windows == "rare word" and database.engine.dialect.name == "postgresql":
        assert ("win at last minute talks", True) in trigram_look_ups


@pytest.mark.sqlite_only
def test_sqlite_reads_a_phrase_with_few_hits_forwards_and_pages_it_from_its_newest_end(database, monkeypatch):
    """FTS5 decodes each doclist page whole when it reads newest first: a phrase held by few units
    (here at most 6) is read whole in FTS5's own order and paged from its newest end, one held by
    more is read newest first, where its page is. Both page as a substring test of the pair does."""
    monkeypatch.setattr(type(INDEXES["sqlite"]), "SPARSE", 6)
    pairs = {"be": [], "uk": []}
    with database.session() as session:
        for n in range(12):
            unit = (f"Grain exports rose {n} times" + (", the harbour Crane broke." if n % 3 == 0 else "."),
                    f"Экспарт збожжа {n}" + (", КРАН зламаўся." if n % 3 == 0 else "."))
            language = "uk" if n % 4 == 3 else "be"
            tm.add_units(session, "en", language, [unit], origin=f"tmx:{n}.tmx")
            pairs[language].append(unit)
    statements: list[str] = []
    with database.session() as session:
        session.connection().connection.driver_connection.set_trace_callback(statements.append)
        for query, field, dense in (("grain EXPORTS", "source", True), ("harbour crane", "source", False),
                                    ("кран", "target", False), ("збожжа", "target", True)):
            side = 0 if field == "source" else 1
            expected = [unit for unit in reversed(pairs["be"]) if query.lower() in unit[side].lower()]
            for page in (1, 2, 3, 4):
                statements.clear()
                result = tm.concordance(session, query, "en", "be", field=field, page=page, page_size=3)
                assert [(hit.source, hit.target) for hit in result.hits] == expected[(page - 1) * 3 : page * 3], (query, page)
                assert result.has_more == (len(expected) > page * 3)
                assert any("DESC" in statement and "MATCH" in statement for statement in statements) == dense, query


# --- CLI -----------------------------------------------------------------------------------------


def write_tmx(path, pairs, *, srclang="en", target="be", tail=""):
    units = "".join(
        f'<tu><tuv xml:lang="{srclang}"><seg>{source}</seg></tuv><tuv xml:lang="{target}"><seg>{translation}</seg></tuv></tu>'
        for source, translation in pairs
    )
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="{srclang}" datatype="plaintext" '
        f'segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>{units}{tail}</body></tmx>',
        encoding="utf-8",
    )
    return path


def test_cli_fuzzy_and_search_print_json_lines(run_cli, database, tmp_path):
    run_cli("tm", "import", write_tmx(tmp_path / "news.tmx", news(200)))
    query = news(200)[17][0].replace("million", "billion")

    lines = run_cli("tm", "fuzzy", query, "--from", "en", "--to", "be", "--limit", "3", "--json").stdout.splitlines()
    matches = [json.loads(line) for line in lines]
    assert matches and len(matches) <= 3
    assert all(set(match) == {"source", "target", "score", "origin"} for match in matches)
    assert matches[0]["source"] == news(200)[17][0] and matches[0]["origin"] == "tmx:news.tmx"
    assert all(0.75 <= match["score"] <= 1 for match in matches)
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)

    result = run_cli("tm", "search", "would cost 5", "--from", "en", "--to", "be", "--json")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and all("would cost 5" in hit["source"] for hit in hits)
    start, end = hits[0]["highlights"]["source"][0]
    assert hits[0]["source"][start:end] == "would cost 5"
    target_hits = run_cli("tm", "search", "WOULD COST", "--from", "en", "--to", "be", "--in", "target", "--json")
    assert json.loads(target_hits.stdout.splitlines()[0])["highlights"]["target"]

    refused = run_cli("tm", "search", "ab", "--from", "en", "--to", "be", expect_exit=1)
    assert refused.stderr.strip().endswith("type at least 3 characters to search the translation memory")
    assert run_cli("tm", "fuzzy", "x", "--from", "en", "--to", "zz", expect_exit=1).stderr.count("\n") == 1


def test_cli_fuzzy_prints_down_to_the_configured_similarity_unless_told(run_cli, database, tmp_path, monkeypatch):
    near = "Hrynchuk said in a statement that the bridge in Hrodna would reopen by the end of May."
    same_shape = "Police said in a statement that two suspects in Pinsk were detained at the end of the week."  # 0.66
    run_cli("tm", "import", write_tmx(tmp_path / "news.tmx", [(near, near.upper()), (same_shape, same_shape.upper())]))

    def printed(*options):
        query = "Hrynchuk said in a statement that the bridge in Hrodna would reopen by the end of the year."
        lines = run_cli("tm", "fuzzy", query, "--from", "en", "--to", "be", "--json", *options).stdout.splitlines()
        return [json.loads(line)["source"] for line in lines]

    assert printed() == [near]
    monkeypatch.setenv("WORKBENCH_TM_MIN_SIMILARITY", "0.6")
    assert printed() == [near, same_shape]
    assert printed("--min", "0.9") == [near]
    assert printed("--min", "0") == [near, same_shape]  # rapidfuzz was given a cutoff under 0: TypeError
    monkeypatch.setenv("WORKBENCH_TM_MIN_SIMILARITY", "60")
    stderr = run_cli("tm", "fuzzy", near, "--from", "en", "--to", "be", expect_exit=1).stderr
    assert stderr.startswith("Error: WORKBENCH_TM_MIN_SIMILARITY is malformed: '60': not a number above 0 and at most 1")
    assert stderr.count("\n") == 1


def test_cli_import_streams_past_the_upload_limit_and_adds_nothing_twice(run_cli, database, tmp_path, monkeypatch):
    path = write_tmx(tmp_path / "public.tmx", news(1200))
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "1000")

    first = run_cli("tm", "import", path, "--penalty", "0.05")
    again = run_cli("tm", "import", path)

    assert "en→be: 1200 new unit(s)" in first.stdout and "en→be: 0 new unit(s)" in again.stdout
    origins = [json.loads(line) for line in run_cli("tm", "origins", "--json").stdout.splitlines()]
    assert origins == [{"origin": "tmx:public.tmx", "from": "en", "to": "be", "units": 1200, "penalty": 0.05}]
    assert "1200 unit(s) removed" in run_cli("tm", "delete", "tmx:public.tmx").stdout
    with database.session() as session:
        assert found(session, "million") == []


def test_a_big_import_rebuilds_the_indexes_in_its_transaction_and_every_look_up_finds_it(database, tmp_path, monkeypatch):
    # Small numbers for a big import: batches of 200, indexes rebuilt past 500 new units.
    monkeypatch.setattr(tm_units, "BATCH", 200)
    monkeypatch.setattr(tm, "BATCH", 200)
    monkeypatch.setattr(tm_units, "DEFER_INDEXES_FROM", 500)
    pairs = news(1500, seed=11)
    path = write_tmx(tmp_path / "big.tmx", pairs)
    from workbench.tm.search import WORD_COUNTS

    with database.session() as session:
        tm.add_units(session, "en", "be", [("Tusk spoke in Gdansk.", "Туск выступіў у Гданьску.")], origin="tmx:small.tmx")
        # Counted, and the statistics read, while one unit holds "gdansk" and none "million" (a
        # word no unit holds is not remembered: a later save may hold it).
        assert tm.fuzzy_matches(session, "Tusk spoke of a million in Gdansk.", "en", "be", limit=1)[0].source == "Tusk spoke in Gdansk."
        assert (WORD_COUNTS.known(session, "gdansk"), WORD_COUNTS.known(session, "million")) == (1, None)
    with database.session() as session:
        assert import_tmx(session, path) == {("en", "be"): len(set(pairs))}
        # Forgotten with the import's ANALYZE: the next look-up counts it again.
        assert WORD_COUNTS.known(session, "gdansk") is None
        # Still in the import's transaction: the rebuilt indexes hold the old and the new units.
        assert found(session, "Гданьску", field="target") == [("Tusk spoke in Gdansk.", "Туск выступіў у Гданьску.")]
        assert found(session, "k spoke in Gd") == [("Tusk spoke in Gdansk.", "Туск выступіў у Гданьску.")]
        last = pairs[-1][0]
        assert tm.fuzzy_matches(session, last, "en", "be", limit=1) == [tm.TMMatch(last, last.upper(), 1.0, "tmx:big.tmx")]
    with database.session() as session:
        assert import_tmx(session, path) == {("en", "be"): 0}
        first = pairs[0][0].replace("million", "millions")
        assert tm.fuzzy_matches(session, first, "en", "be") == tm.scan_matches(session, first, "en", "be")
        if session.get_bind().dialect.name == "postgresql":
            names = {index["name"] for index in inspect(session.connection()).get_indexes("tm_units")}
            assert {"ix_tm_units_source_trgm", "ix_tm_units_target_trgm", "ix_tm_units_source_words",
                    "ix_tm_units_source_joined_words", "ix_tm_units_target_joined_words"} <= names
            # The import ended with ANALYZE: a word in every unit is counted from the statistics.
            counts = INDEXES["postgresql"].common_word_counts(session, ["million", "zzzq"])
            assert list(counts) == ["million"] and abs(counts["million"] - 1501) < 50
            # The fuzzy look-up's copy of the statistics is the new one, read after the import.
            assert abs(WORD_COUNTS.common(session)["million"] - 1501) < 50
            # Its look-ups ran without JIT compilation (tens of ms per statement at 1M units),
            # for its transaction only.
            assert session.connection().exec_driver_sql("SHOW jit").scalar() == "off"
    if database.engine.dialect.name == "postgresql":
        with database.session() as session:
            assert session.connection().exec_driver_sql("SHOW jit").scalar() == "on"


def test_a_unit_broken_at_the_end_of_a_big_file_imports_nothing(run_cli, database, tmp_path):
    path = write_tmx(tmp_path / "broken.tmx", news(1500), tail='<tu><tuv xml:lang="be"><seg>x</seg></tuv></tu>')

    result = run_cli("tm", "import", path, expect_exit=1)

    assert "no <tuv> in its source language en" in result.stderr
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(TranslationMemoryUnit)) == 0


# --- web -----------------------------------------------------------------------------------------


def test_web_concordance_endpoint_returns_pages_as_json(database):
    with database.session() as session:
        tm.add_units(session, "en", "be", [("<b>Bold</b> claims about Minsk.", "<i>Мінск</i>.")], origin="tmx:html.tmx")
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False), "LOGIN_REQUIRED": False})
    client = app.test_client()

    answer = client.get("/api/tm/search", query_string={"q": "minsk", "from": "en", "to": "be"}).get_json()
    refused = client.get("/api/tm/search", query_string={"q": "mi", "from": "en", "to": "be"})
    unknown = client.get("/api/tm/search", query_string={"q": "minsk", "from": "en", "to": "zz"})
    too_long = client.get("/api/tm/search", query_string={"q": "Minsk claims " * 100, "from": "en", "to": "be"})

    assert answer == {
        "page": 1,
        "has_more": False,
        "hits": [{"source": "<b>Bold</b> claims about Minsk.", "target": "<i>Мінск</i>.", "origin": "tmx:html.tmx",
                  "highlights": {"source": [[25, 30]], "target": []}}],
    }
    assert refused.status_code == 400 and "at least 3 characters" in refused.get_json()["error"]
    assert unknown.status_code == 400 and "unknown language" in unknown.get_json()["error"]
    assert too_long.status_code == 400 and "at most 1000 characters, not 1299" in too_long.get_json()["error"]
    editor_page_panel = client.get("/api/tm/search", query_string={"q": "claims", "from": "en", "to": "be", "page": "x"})
    assert editor_page_panel.status_code == 400
    # A page past 64 bits of rows is empty, not the driver's OverflowError (a 500 page).
    far = client.get("/api/tm/search", query_string={"q": "minsk", "from": "en", "to": "be", "page": 10**20})
    assert far.status_code == 200 and far.get_json() == {"page": 10**20, "has_more": False, "hits": []}


def test_the_editor_page_has_the_concordance_panel(database):
    with database.session() as session:
        document_id = add_document(session, ["Tusk spoke."]).id
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False), "LOGIN_REQUIRED": False})
    page = app.test_client().get(f"/documents/{document_id}/be").get_data(as_text=True)
    assert 'data-search-url="/api/tm/search"' in page and 'data-lang="be"' in page
    assert 'src="/static/tm_concordance.js"' in page and 'type="module"' in page


def test_existing_units_delete_cascades_only_their_rows(database):
    """Deleting units by SQL (not through an origin) keeps both indexes consistent."""
    with database.session() as session:
        tm.add_units(session, "en", "be", news(30), origin="tmx:a.tmx")
        session.execute(delete(TranslationMemoryUnit).where(TranslationMemoryUnit.id % 2 == 0))
    with database.session() as session:
        left = session.scalar(select(func.count()).select_from(TranslationMemoryUnit))
        assert len(tm.concordance(session, "million", "en", "be", page_size=100).hits) == left == 15


def test_a_unit_no_segment_could_match_is_refused_and_nothing_imported(run_cli, database, tmp_path):
    # A failed alignment made a whole document one unit: every fuzzy look-up sharing a word with it
    # read and scored all of it (one 5 MB unit made look-ups four times slower).
    document = " ".join(f"Paragraph {number} of the annual report, page {number // 40}." for number in range(2000))
    path = write_tmx(tmp_path / "aligned.tmx", news(20) + [(document, "Увесь даклад.")])

    result = run_cli("tm", "import", path, expect_exit=1)

    assert f"a unit's source has {len(document):,} characters" in result.stderr and "Paragraph 0 of" in result.stderr
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(TranslationMemoryUnit)) == 0
