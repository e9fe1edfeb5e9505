"""Finding terms: whole words, inflected forms, possessives, letter case, look-alikes (no database)."""

import csv

import pytest

from glossary.enforcement import fix
from glossary.normalize import fold, stem_key, translit_key
from glossary.romanization import english_lookups, romanizations
from glossary.termbase import Termbase
from conftest import SEED_TERMBASE


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    with SEED_TERMBASE.open(encoding="utf-8") as handle:
        return Termbase.from_rows(csv.DictReader(handle))


def found(termbase, text, lang):
    return [(m.concept, m.term, m.status, m.case) for m in termbase.scan(text, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Tikhanovskaya's aides", ("tsikhanouskaya", "Tikhanovskaya", "deprecated", "nom")),
        ("en", "Belarus’s opposition", ("belarus", "Belarus", "preferred", "nom")),
        ("be", "сустрэліся з Ціханоўскай", ("tsikhanouskaya", "Ціханоўскай", "preferred", "gen")),
        ("be", "бачылі Ціханоўскую", ("tsikhanouskaya", "Ціханоўскую", "preferred", "acc")),
        ("be", "у Кіеве", ("kyiv", "Кіеве", "preferred", "loc")),
        ("uk", "разом із Тихановською", ("tsikhanouskaya", "Тихановською", "preferred", "ins")),
        ("uk", "у Києві", ("kyiv", "Києві", "preferred", "loc")),
        ("pl", "spotkanie z Łukaszenką", ("lukashenko", "Łukaszenką", "preferred", "ins")),
        ("pl", "wywiad z Cichanouską", ("tsikhanouskaya", "Cichanouską", "preferred", "acc")),
        ("pl", "w Kijowie", ("kyiv", "Kijowie", "preferred", "loc")),
        ("ru", "встреча с Тихановской", ("tsikhanouskaya", "Тихановской", "preferred", "gen")),
        ("ru", "Путиным", ("putin", "Путиным", "preferred", "ins")),
    ],
)
def test_nominative_and_oblique_forms_are_found(termbase, lang, text, expected):
    assert found(termbase, text, lang) == [expected]


def test_offsets_point_into_the_text_as_given(termbase):
    text = "Заявление Тихано\u0301вской и Лукашенко"  # a stress mark inside the name
    matches = termbase.scan(text, "ru")
    assert [text[m.start : m.end] for m in matches] == ["Тихано\u0301вской", "Лукашенко"]


def test_multi_word_name_wins_over_its_surname(termbase):
    assert found(termbase, "President Alexander Lukashenko said", "en") == [
        ("lukashenko", "Alexander Lukashenko", "preferred", "nom")
    ]
    assert found(termbase, "з Аляксандрам Лукашэнкам", "be")[0][1] == "Аляксандрам Лукашэнкам"


def test_upper_case_and_apostrophe_variants_match(termbase):
    assert found(termbase, "SVETLANA TIKHANOVSKAYA", "en")[0][:3] == ("tsikhanouskaya", "SVETLANA TIKHANOVSKAYA", "deprecated")
    for apostrophe in "'’ʼ":
        assert found(termbase, f"Пракоп{apostrophe}еў сказаў", "be")[0][:2] == ("prokopiev", f"Пракоп{apostrophe}еў")


def test_latin_lookalike_inside_a_cyrillic_word_matches(termbase):
    assert found(termbase, "Цiханоўская", "be")[0][:3] == ("tsikhanouskaya", "Цiханоўская", "preferred")
    assert found(termbase, "Мiнск", "be")[0][:2] == ("minsk", "Мiнск")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Putinist Kremlinology annoys Ukrainians and Russians"),
        ("en", "The group wears Kalashnikov replicas; tell us"),
        ("en", "a Belarusian exile and a Ukrainian soldier"),
        ("be", "Пагоняўся за ім"),
        ("ru", "Тихо, Путина-то нет"[:4]),
        ("pl", "Polskie wojsko i ukraińskie miasta"),
        ("uk", "Погонич і гонитви"),
    ],
)
def test_false_friends_do_not_match(termbase, lang, text):
    assert found(termbase, text, lang) == []


def test_unlisted_renderings_are_recognised_across_scripts(termbase):
    assert found(termbase, "Ціханоуская сказала", "be") == [("tsikhanouskaya", "Ціханоуская", "unlisted", "nom")]
    assert found(termbase, "rozmowa z Kalesnikową", "pl")[0][:3] == ("kalesnikava", "Kalesnikową", "unlisted")
    assert found(termbase, "Лукашэнка заявил", "ru")[0][:3] == ("lukashenko", "Лукашэнка", "deprecated")
    assert found(termbase, "Пракоп'еў заявил", "ru")[0][:3] == ("prokopiev", "Пракоп'еў", "unlisted")


def test_fold_keeps_one_character_per_letter():
    folded, offsets = fold("Ё’Цiх")
    assert folded == "е'ціх" and offsets is None
    folded, offsets = fold("Пу\u0301тин")
    assert folded == "путин" and offsets == [0, 1, 3, 4, 5, 6]


def test_transliterations_and_their_case_forms_share_a_stem_key():
    names = ("Ціханоўская", "Ціханоускую", "Тихановской", "Tsikhanouskaya", "Tikhanovskaya", "Cichanouską")
    assert len({stem_key(name) for name in names}) == 1
    assert translit_key("Kalesnikowa") == translit_key("Калеснікава")
    assert stem_key("Putinem") == stem_key("Пуцін") != stem_key("Putinist")


@pytest.mark.parametrize(
    "lang, texts",
    [
        ("en", ["Tikhanovskaya's aides", "", "met Lukashenko", "Belarus’s opposition. Kalesnikava-Smith and Kalesnikova",
                "President Alexander Lukashenko said", "SVETLANA TIKHANOVSKAYA", "Putinist Kremlinology"]),
        ("be", ["Ціханоуская сказала", "\u0301у Кіеве", "Заява Ціхано\u0301ўскай", "Цiханоўская", "Мiнск",
                "з Аляксандрам Лукашэнкам", "Пагоняўся за ім"]),
        ("ru", ["Заявление Тихано\u0301вской и Лукашенко", "Лукашэнка заявил", "Пракоп'еў заявил", "Тихо"]),
    ],
)
def test_scanning_a_batch_finds_what_scanning_each_text_finds(termbase, lang, texts):
    with SEED_TERMBASE.open(encoding="utf-8") as handle:
        separate = Termbase.from_rows(csv.DictReader(handle))  # nothing remembered from the batch
    batch = termbase.scan_many(texts, lang)
    assert [list(matches) for matches in batch] == [separate.scan(text, lang) for text in texts]
    assert sum(len(matches) for matches in batch) >= len(texts) - 2
    for text, matches in zip(texts, batch):
        assert all(text[m.start : m.end] == m.term for m in matches)


_TITLED_SURNAMES = Termbase.from_rows([
    {"concept": concept, "lang": lang, "term": term, "status": "preferred", "note": note, "kind": "person", "forms": ""}
    for concept, lang, term, note in (("hlukhyi", "uk", "Глухий", ""), ("kuznets", "ru", "Кузнец", ""), ("wrona", "pl", "Wrona", "a woman"))
])


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("uk", "Вчора мер глухий відкрив новий міст.", ["глухий"]),  # also the adjective "deaf"
        ("ru", "Губернатор кузнец подписал указ о школах.", ["кузнец"]),  # also the noun "smith"
        ("pl", "Posłowie zapytali minister wronę o budżet.", ["wronę"]),  # also the noun "crow"
        ("pl", "Adwokat wrony nic nie powiedział.", []),  # a genitive after a title is its complement: the crow's lawyer
        ("ru", "Губернатор кузнеца наградил за работу.", []),
    ],
)
def test_a_lower_case_surname_right_after_a_title_is_the_person(lang, text, expected):
    assert [m.term for m in _TITLED_SURNAMES.scan(text, lang)] == expected


_POSSESSIVE_LOOKALIKES = Termbase.from_rows([
    {"concept": concept, "lang": "uk", "term": term, "status": "preferred", "note": "", "kind": "person", "forms": ""}
    for concept, term in (("stepanov", "Степанов"), ("havrylov", "Гаврилов"))
])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("У справі степанова допитали трьох свідків.", ["степанова"]),  # степанів, Stepan's: the dictionary's only reading
        ("Інтерв'ю з гавриловим покажуть завтра.", ["гавриловим"]),
    ],
)
def test_a_lower_case_surname_read_only_as_a_possessive_of_its_stem_is_the_person(text, expected):
    assert [m.term for m in _POSSESSIVE_LOOKALIKES.scan(text, "uk")] == expected


def test_a_lower_case_surname_the_dictionary_reads_only_as_other_names_is_the_person():
    termbase = Termbase.from_rows([{"concept": "horodetskyi", "lang": "uk", "term": "Городецький", "status": "preferred",
                                    "note": "", "kind": "person", "forms": ""}])
    # городецького: the surname, or the genitive of the village Городецьке, a name too
    assert [m.term for m in termbase.scan("Пісні городецького лунали на площі.", "uk")] == ["городецького"]
    assert termbase.scan("На концерті звучали пісні городецьких хорів.", "uk") == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("uk", "Мешканці омська скаржаться на смог.", ["омська"]),  # the genitive of Омськ, not the adjective омська
        ("pl", "Mieszkańcy omska skarżą się na smog.", ["omska"]),
        ("uk", "Центр омська влада перенесла на околицю.", []),  # an adjective describing the noun after it
    ],
)
def test_a_lower_case_place_after_a_noun_taking_its_genitive_is_the_place_not_an_adjective(lang, text, expected):
    termbase = Termbase.from_rows([{"concept": "omsk", "lang": lang, "term": {"uk": "Омськ", "pl": "Omsk"}[lang],
                                    "status": "preferred", "note": "", "kind": "place", "forms": ""}])
    assert [m.term for m in termbase.scan(text, lang)] == expected


def test_another_languages_genitive_of_an_adjectival_surname_is_found_as_an_unlisted_rendering():
    # The genitive's -ого/-ага kept its g in the lookup key, so no nominative's stem (Заболоцкий) was found.
    termbase = Termbase.from_rows([
        {"concept": "zabolotsky", "lang": lang, "term": term, "status": "preferred", "note": "", "kind": "person", "forms": ""}
        for lang, term in (("ru", "Заболоцкий"), ("uk", "Заболоцький"), ("be", "Забалоцкі"))])
    assert [(m.term, m.status) for m in termbase.scan("Стихи Забалоцкага перевели.", "ru")] == [("Забалоцкага", "unlisted")]
    assert [(m.term, m.status) for m in termbase.scan("Вірші Заболоцкого переклали.", "uk")] == [("Заболоцкого", "unlisted")]


def test_a_ukrainian_locative_with_a_softened_velar_is_found_as_its_place():
    termbase = Termbase.from_rows([
        {"concept": concept, "lang": lang, "term": term, "status": "preferred", "note": "", "kind": kind, "forms": ""}
        for concept, term, kind in (("boiarka", "Боярка", "place"), ("volga", "Волга", "place"), ("kovalka", "Ковалка", "person"))
        for lang in ("ru", "uk")
    ])
    # uk Боярці, Волзі (к -> ц, г -> з before -і) in Russian text: the places' locatives
    assert [(m.term, m.concept) for m in termbase.scan("Вчера в Боярці открыли школу.", "ru")] == [("Боярці", "boiarka")]
    assert [(m.term, m.concept) for m in termbase.scan("Баржа на Волзі села на мель.", "ru")] == [("Волзі", "volga")]
    # not a person's dative: a word in -ці is a plural noun's nominative too often
    assert termbase.scan("Ковалці заявили о поддержке.", "ru") == []


def test_an_oblique_form_that_drops_a_fleeting_vowel_is_found_without_its_diacritics():
    termbase = Termbase.from_rows([{"concept": "horodok", "lang": "pl", "term": "Gródek", "status": "preferred",
                                    "note": "", "kind": "place", "forms": ""}])
    # MT's Grodku: Gródek's locative (its e dropped) without the ó
    assert [(m.term, m.concept) for m in termbase.scan("Szkołę w Grodku otwarto we wrześniu.", "pl")] == [("Grodku", "horodok")]


def test_a_lower_case_english_name_declined_in_the_text_is_a_loan_word():
    java = Termbase.from_rows([
        {"concept": "java", "lang": "en", "term": "Java", "status": "preferred", "kind": "place"},
        {"concept": "java", "lang": "pl", "term": "Jawa", "status": "preferred", "kind": "place"},
        {"concept": "java", "lang": "pl", "term": "Java", "status": "deprecated", "kind": "place"},
    ])
    assert found(java, "Programiści od lat chwalą javę za przenośność.", "pl") == []  # the language, a loan Polish declines
    assert found(java, "Turyści od lat chwalą Javę za plaże.", "pl")  # the island, written as a name
    assert found(java, "Wulkan na javie znów wybuchł w nocy.", "pl")  # after a preposition: the island


def test_a_polish_lower_case_word_after_a_preposition_is_no_verb_or_adverbial_adjective():
    kleck = Termbase.from_rows([
        {"concept": "kletsk", "lang": "be", "term": "Клецк", "status": "preferred", "kind": "place"},
        {"concept": "kletsk", "lang": "pl", "term": "Kłeck", "status": "preferred", "kind": "place"},
    ])
    # kłecku is also the adjective of "po kłecku" (in the Kletsk way): after w only the town.
    assert [m.concept for m in kleck.scan("Nowa szkoła w kłecku przyjęła pierwszych uczniów.", "pl")] == ["kletsk"]
    assert kleck.scan("Starzy ludzie mówią po kłecku między sobą.", "pl") == []


def test_an_ordinary_words_genitive_after_a_common_noun_is_that_nouns_complement_not_a_name():
    svoboda = Termbase.from_rows([
        {"concept": "svoboda", "lang": "ru", "term": "Ева Свобода", "status": "preferred", "kind": "person"},
        {"concept": "svoboda", "lang": "ru", "term": "Свобода", "status": "preferred", "kind": "person"},
    ])
    # A capitalised surname that is also a noun for a person (Казак, Кузнец) reads as a title further back;
    # свободы right after лишения is the deprivation's object, not the woman.
    assert svoboda.scan("Суд назначил Казак шесть лет лишения свободы за мошенничество.", "ru") == []
    assert svoboda.scan("Трибунал дал Кузнец пять лет лишения свободы условно.", "ru") == []
    # After a title, still the person it names.
    assert [m.concept for m in svoboda.scan("Министр обороны свобода прибыл в Прагу.", "ru")] == ["svoboda"]


def _people(*terms):
    """A termbase of people from ``(concept, lang, term[, status])``; the status is preferred unless given."""
    return Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": status[0] if status else "preferred",
                                "kind": "person"} for concept, lang, term, *status in terms])


@pytest.mark.parametrize("lang, text", [
    ("be", "Плакат з надпісам «Свободу Колесниковой» трымалі каля пасольства."),  # the slogan in Russian
    ("uk", "Плакат із написом «Свабоду Колесниковій» тримали біля офісу."),  # in Belarusian
    ("ru", "Плакат с надписью «Свабоду Калеснікавай» держали у посольства."),
])
def test_a_surname_that_opens_a_quotation_as_an_ordinary_word_is_no_name(lang, text):
    from glossary import enforcement
    termbase = _people(("s", "ru", "Свобода"), ("s", "be", "Свабода"), ("s", "be", "Свобода", "deprecated"), ("s", "uk", "Свобода"),
                       ("k", "be", "Калеснікава"), ("k", "be", "Колесникова", "deprecated"), ("k", "ru", "Колесникова"),
                       ("k", "uk", "Колеснікова"), ("k", "uk", "Колесникова", "deprecated"))
    assert "s" not in [m.concept for m in termbase.scan(text, lang)]
    assert enforcement.fix(termbase, text, lang).text == text  # the quotation, in another language, is cited as said
    # Outside a quotation the surname is still found and fixed.
    assert enforcement.fix(termbase, "Тэнісістка Свобода выйграла турнір у Празе.", "be").text == "Тэнісістка Свабода выйграла турнір у Празе."


@pytest.mark.parametrize("lang, text", [
    ("ru", "Западные журналисты называли генерала мясником из Сирии."),
    ("be", "Генерал камандаваў войскамі ў Сірыі да 2017 года."),
    ("uk", "Генерал командував військами в Сирії до 2017 року."),
])
def test_a_place_the_dictionary_knows_is_no_look_alike_of_a_persons_name(lang, text):
    termbase = _people(("sh", "be", "Васіль Шчыры"), ("sh", "be", "Шчыры"), ("sh", "ru", "Щирый"), ("sh", "uk", "Щирий"))
    assert termbase.scan(text, lang) == []  # Сирии shares Щирий's look-alike key (щ, ш and с are one letter of it)


def test_a_surname_made_from_a_place_is_still_found_in_the_places_form():
    # Омська, the Ukrainian spelling in Belarusian text, reads in Russian as Омска, the town Омск's genitive: the
    # surname keeps the town's first letter, so it is no look-alike that only the key brought near.
    termbase = _people(("o", "be", "Алена Омская"), ("o", "be", "Омская"), ("o", "uk", "Олена Омська"), ("o", "uk", "Омська"),
                       ("o", "ru", "Елена Омская"), ("o", "ru", "Омская"))
    text = "Суддзя Омская вынесла прысуд, і адвакаты абскардзяць рашэнне Омська."
    assert [m.term for m in termbase.scan(text, "be")] == ["Омская", "Омська"]


def _double_surnames():
    """Women's double surnames (both parts decline) in every language, and a woman named by one of the parts."""
    return _people(("zm", "ru", "Зайцева-Минина"), ("zm", "uk", "Зайцева-Мініна"), ("zm", "be", "Зайцава-Мініна"),
                   ("zm", "pl", "Zajcewa-Minina"), ("vd", "ru", "Волкова-Дубинская"), ("vd", "uk", "Волкова-Дубинська"),
                   ("vd", "be", "Волкава-Дубінская"), ("vd", "pl", "Wołkowa-Dubinska"), ("z", "ru", "Зайцева"),
                   ("z", "uk", "Зайцева"), ("z", "be", "Зайцава"))


@pytest.mark.parametrize("lang, text, rendering, case", [
    ("be", "Ліст падпісалі па просьбе Волковой-Дубинской.", "Волковой-Дубинской", "gen"),  # Russian, in Belarusian text
    ("uk", "Журналісти зустрілися з Волкавай-Дубінскай.", "Волкавай-Дубінскай", "ins"),  # Belarusian, in Ukrainian
    ("ru", "Письмо передали Волковій-Дубинській вчера.", "Волковій-Дубинській", "dat"),  # Ukrainian, in Russian
    ("pl", "Spotkanie z Volkovoy-Dubinskoy trwało godzinę.", "Volkovoy-Dubinskoy", "ins"),  # English romanization
    ("be", "Прэмію ўручылі Зайцевой-Мининой у Маскве.", "Зайцевой-Мининой", "dat"),  # its first part a listed name
])
def test_another_languages_oblique_form_of_a_double_surname_is_found_as_one_name(lang, text, rendering, case):
    matches = _double_surnames().scan(text, lang)
    assert [(m.term, m.status) for m in matches] == [(rendering, "unlisted")]
    assert case in matches[0].cases


@pytest.mark.parametrize("lang, text, named", [
    ("uk", "Прем'єр подякував Волковій-Дубинській за роботу.", []),  # the right name in a form the rules may not write
    ("be", "Зайцава даўно працуе ў Віцебску.", ["z"]),  # the woman named by one part is still hers
    ("ru", "Поезд Зайцева-Минск отменили.", ["z"]),  # a compound with another word is no double surname
])
def test_a_double_surname_is_not_taken_for_another_name_or_its_own_form(lang, text, named):
    matches = _double_surnames().scan(text, lang)
    assert [m.status for m in matches if m.status != "preferred"] == []  # nothing to fix
    assert [m.concept for m in matches if m.concept != "vd"] == named


@pytest.mark.parametrize("text, rendering, case", [
    ("Sąd utrzymał wyrok wobec Dubrovsky'ego za wpisy.", "Dubrovsky'ego", "gen"),
    ("Sąd przyznał Dubrovsky'emu odszkodowanie.", "Dubrovsky'emu", "dat"),
])
def test_a_polish_ending_glued_after_an_apostrophe_is_read_with_the_name(text, rendering, case):
    termbase = _people(("d", "en", "Dubrovsky"), ("d", "pl", "Dubrowski"))
    matches = termbase.scan(text, "pl")
    assert [(m.concept, m.term) for m in matches] == [("d", rendering)] and case in matches[0].cases


@pytest.mark.parametrize("text, rendering", [
    ("Uchodźcy dotarli z Nieriechty do Moskwy.", "Nieriechty"),  # Нерехта, with the Polish press's ie for е
    ("Wywiad z Miedwiedkinem ukazał się wczoraj.", "Miedwiedkinem"),  # Медведкин
])
def test_a_polish_press_transcription_with_russian_vowels_is_found(text, rendering):
    termbase = Termbase.from_rows([
        {"concept": "n", "lang": "en", "term": "Nerekhta", "kind": "place"}, {"concept": "n", "lang": "pl", "term": "Nerechta", "kind": "place"},
        {"concept": "m", "lang": "en", "term": "Medvedkin", "kind": "person"}, {"concept": "m", "lang": "pl", "term": "Medwedkin", "kind": "person"},
        {"concept": "w", "lang": "pl", "term": "Madryt", "kind": "place"}, {"concept": "r", "lang": "ru", "term": "Модрич", "kind": "person"}])
    assert [(m.term, m.status) for m in termbase.scan(text, "pl")] == [(rendering, "unlisted")]
    # A Polish locative's own -ie stays an ending: w Madrycie is no Russian о Модриче.
    assert [m.concept for m in termbase.scan("Mecz rozegrano w Madrycie.", "pl")] in ([], ["w"])


# Women's double surnames no termbase holds, each part declining as a surname of its own.
_DOUBLE_SURNAME_GRID = {
    "morozova_lebedeva": {"ru": "Морозова-Лебедева", "uk": "Морозова-Лебедєва", "be": "Марозава-Лебедзева", "pl": "Morozowa-Lebiediewa"},
    "sokolova_rudina": {"ru": "Соколова-Рудина", "uk": "Соколова-Рудіна", "be": "Сакалова-Рудзіна", "pl": "Sokołowa-Rudina"},
    "kuznetsova_gromova": {"ru": "Кузнецова-Громова", "uk": "Кузнєцова-Громова", "be": "Кузняцова-Грамава", "pl": "Kuzniecowa-Gromowa"},
    "belova_orlovskaya": {"ru": "Белова-Орловская", "uk": "Бєлова-Орловська", "be": "Белава-Арлоўская", "pl": "Biełowa-Orłowska"},
    "guseva_petrovskaya": {"ru": "Гусева-Петровская", "uk": "Гусєва-Петровська", "be": "Гусева-Пятроўская", "pl": "Gusiewa-Pietrowska"},
    "nowak_zielinska": {"ru": "Новак-Зелиньская", "uk": "Новак-Зелінська", "be": "Новак-Зялінская", "pl": "Nowak-Zielińska"},
    "sidorov_kamensky": {"ru": "Сидоров-Каменский", "uk": "Сидоров-Каменський", "be": "Сідараў-Каменскі", "pl": "Sidorow-Kamienski"},
    "nikitina_sorokina": {"ru": "Никитина-Сорокина", "uk": "Нікітіна-Сорокіна", "be": "Нікіціна-Сарокіна", "pl": "Nikitina-Sorokina"},
}
_RUSSIAN_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "a b v g d e e zh z i j k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()))


def test_every_case_of_a_double_surname_in_another_language_or_romanized_is_found_in_that_case():
    from glossary.inflection import CASES, inflect
    termbase = Termbase.from_rows([{"concept": concept, "lang": lang, "term": text, "kind": "person"}
                                   for concept, names in _DOUBLE_SURNAME_GRID.items() for lang, text in names.items()])
    missed, checked = [], 0
    for concept, names in _DOUBLE_SURNAME_GRID.items():
        for source in ("ru", "uk", "be"):
            parts = [dict(reversed(inflect(part, source, animate=True))) for part in names[source].split("-")]
            for case in CASES:
                rendering = "-".join(forms[case] for forms in parts)
                targets = [(lang, rendering) for lang in ("ru", "uk", "be") if lang != source]
                if source == "ru" and concept != "nikitina_sorokina":  # (Nikitinu-Sorokinu is spelled as Polish would)
                    latin = "".join(_RUSSIAN_LATIN.get(c.lower(), c).replace("_", "").capitalize() if c.isupper()
                                    else _RUSSIAN_LATIN.get(c, c).replace("_", "") for c in rendering)
                    targets.append(("pl", latin))
                for lang, word in targets:
                    matches = [m for m in termbase.scan(f"— {word} —", lang) if m.concept == concept and case in m.cases]
                    checked += 1
                    if [m.term for m in matches] != [word]:
                        missed.append((lang, word, case))
    assert checked > 300 and missed == []


# Ukrainian adjectival surnames that no termbase holds, with their English romanization listed as a wrong Polish
# spelling: MT leaves the romanization in Polish text with the Ukrainian genitive's ending (-oho of -yi).
_ROMANIZED_GRID = {
    "zarichanskyi": ("Zarichanskyi", "Zariczański", "Zarichanskoho", "Zariczańskiego"),
    "kovalevskyi": ("Kovalevskyi", "Kowalewski", "Kovalevskoho", "Kowalewskiego"),
    "dubrovskyi": ("Dubrovskyi", "Dubrowski", "Dubrovskoho", "Dubrowskiego"),
    "lysohorskyi": ("Lysohorskyi", "Łysohorski", "Lysohorskoho", "Łysohorskiego"),
    "zhytomyrskyi": ("Zhytomyrskyi", "Żytomyrski", "Zhytomyrskoho", "Żytomyrskiego"),
    "verbytskyi": ("Verbytskyi", "Werbycki", "Verbytskoho", "Werbyckiego"),
    "chornovetskyi": ("Chornovetskyi", "Czornowiecki", "Chornovetskoho", "Czornowieckiego"),
    "nadolskyi": ("Nadolskyi", "Nadolski", "Nadolskoho", "Nadolskiego"),
    "prylutskyi": ("Prylutskyi", "Przyłucki", "Prylutskoho", "Przyłuckiego"),
}


def _romanized_grid_termbase() -> Termbase:
    rows = []
    for concept, (english, polish, _, _) in _ROMANIZED_GRID.items():
        rows += [{"concept": concept, "lang": "en", "term": english, "status": "preferred", "kind": "person"},
                 {"concept": concept, "lang": "pl", "term": polish, "status": "preferred", "kind": "person"},
                 {"concept": concept, "lang": "pl", "term": english, "status": "deprecated", "kind": "person"}]
    return Termbase.from_rows(rows)


def test_an_english_romanization_with_a_ukrainian_ending_in_polish_text_is_found_and_declined():
    from glossary.enforcement import fix
    termbase = _romanized_grid_termbase()
    wrong = []
    for rendering, right in (names[2:] for names in _ROMANIZED_GRID.values()):
        draft = f"Nagranie egzekucji {rendering} obiegło świat."
        if fix(termbase, draft, "pl").text != draft.replace(rendering, right):
            wrong.append(rendering)
    assert wrong == []


@pytest.mark.parametrize("text", ["Prace nad Tego nie widać.", "Dom Kowalskiego spłonął.", "Wieś Zarichanka ma szkołę."])
def test_words_near_the_romanized_names_are_left_alone(text):
    assert _romanized_grid_termbase().scan(text, "pl") == []


def _grid_termbase(names, en_note: str = "") -> Termbase:
    """Preferred names from ``(concept, kind, en, ru, uk, be, pl)`` rows ("": no name), the English one with ``en_note``."""
    return Termbase.from_rows([
        {"concept": row[0], "lang": lang, "term": term, "status": "preferred", "kind": row[1], "forms": "",
         "note": en_note if lang == "en" else ""}
        for row in names for lang, term in zip(("en", "ru", "uk", "be", "pl"), row[2:]) if term
    ])


# Plural places no termbase holds: concept, kind, then their en, ru, uk, be and pl names ("": none).
_PLURAL_PLACES = _grid_termbase((
    ("khimki", "place", "Khimki", "Химки", "Хімки", "Хімкі", "Chimki"), ("livny", "place", "Livny", "Ливны", "Лівни", "", "Liwny"),
    ("lipki", "place", "Lipki", "Липки", "Липки", "Ліпкі", "Lipki"), ("veshki", "place", "Veshki", "Вешки", "Вешки", "Вешкі", "Wieszki"),
    ("zielonki", "place", "Zielonki", "Зелёнки", "Зельонки", "", "Zielonki"), ("zabki", "place", "Zabki", "Зомбки", "Зомбки", "", "Ząbki"),
    ("lomianki", "place", "Lomianki", "Ломянки", "Ломянки", "", "Łomianki"), ("zarki", "place", "Zarki", "Жарки", "Жарки", "", "Żarki"),
    ("sosenki", "place", "Sosenki", "Сосенки", "Сосенки", "Сасенкі", ""), ("marki", "place", "Marki", "Марки", "Марки", "", "Marki"),
), en_note="town (plural)")


# Names in -вець/-вец no termbase holds: concept, kind, then their en, ru, uk, be and pl names.
_VETS = _grid_termbase(tuple(line.split() for line in """
    kravets person Kravets Кравец Кравець Кравец Krawiec
    zhukovets person Zhukovets Жуковец Жуковець Жукавец Żukowiec
    holovets person Holovets Головец Головець Галавец Hołowiec
    lypovets place Lypovets Липовец Липовець Ліпавец Lipowiec
    hrabovets place Hrabovets Грабовец Грабовець Грабавец Grabowiec
    bukovets place Bukovets Буковец Буковець Букавец Bukowiec
    krolevets place Krolevets Кролевец Кролевець Кралявец Krołewiec
""".strip().splitlines()))


@pytest.mark.parametrize("grid, lang, text, word, concept", [
    (_PLURAL_PLACES, "be", "Жыхары Химок скардзяцца на шум.", "Химок", "khimki"),  # the Russian genitive in Belarusian text
    (_PLURAL_PLACES, "uk", "Мешканці Химок скаржаться на шум.", "Химок", "khimki"),
    (_PLURAL_PLACES, "pl", "Mieszkańcy Khimok skarżą się na hałas.", "Khimok", "khimki"),  # romanized
    (_PLURAL_PLACES, "uk", "Мешканці Ливен скаржаться на шум.", "Ливен", "livny"),
    (_PLURAL_PLACES, "pl", "Mieszkańcy Liven skarżą się na hałas.", "Liven", "livny"),
    (_PLURAL_PLACES, "be", "Жыхары Липок скардзяцца на шум.", "Липок", "lipki"),
    (_PLURAL_PLACES, "pl", "Mieszkańcy Lipok skarżą się na hałas.", "Lipok", "lipki"),
    (_PLURAL_PLACES, "be", "Жыхары Вешек скардзяцца на шум.", "Вешек", "veshki"),
    (_PLURAL_PLACES, "ru", "Жители Zielonek жалуются на шум.", "Zielonek", "zielonki"),  # the Polish genitive in Russian text
    (_PLURAL_PLACES, "uk", "Мешканці Żarek скаржаться на шум.", "Żarek", "zarki"),
    (_PLURAL_PLACES, "ru", "Жители Łomianek жалуются на шум.", "Łomianek", "lomianki"),
    (_PLURAL_PLACES, "be", "Жыхары Ząbek скардзяцца на шум.", "Ząbek", "zabki"),
    (_PLURAL_PLACES, "be", "Жыхары Сосенок скардзяцца на шум.", "Сосенок", "sosenki"),
    # a fleeting vowel dropped after в (Кравець: Кравця), in Cyrillic
    (_VETS, "ru", "Суд отказал Жуковцю в апелляции.", "Жуковцю", "zhukovets"),  # the Ukrainian dative, its е dropped after в
    (_VETS, "be", "Суд адмовіў Головцу ў скарзе.", "Головцу", "holovets"),  # the Russian dative
    (_VETS, "ru", "Больницу в Липовці обстреляли ночью.", "Липовці", "lypovets"),
    (_VETS, "ru", "Жители Грабовця протестуют.", "Грабовця", "hrabovets"),
    (_VETS, "uk", "Мешканці Буковца протестують.", "Буковца", "bukovets"),
    (_VETS, "be", "Кірмаш у Кролевця прайшоў без здарэнняў.", "Кролевця", "krolevets"),
])
def test_another_languages_spelling_of_an_oblique_form_is_found_by_its_nominatives_stem(grid, lang, text, word, concept):
    # A plural place's genitive inserts a vowel its nominative's stem lacks (Химки: Химок); an -ець name's oblique
    # forms drop one after в (Буковець: Буковця): neither's stem was looked up.
    assert [(m.term, m.concept) for m in grid.scan(text, lang)] == [(word, concept)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Тренер Марек Папшун доволен игрой."),  # a man's first name in -ек is a nominative, not Марки's genitive
    ("uk", "Тренер Марек Папшун задоволений грою."),
    ("be", "Трэнер Марэк Папшун задаволены гульнёй."),
])
def test_a_mans_first_name_that_looks_like_a_plural_places_genitive_is_no_place(lang, text):
    assert _PLURAL_PLACES.scan(text, lang) == []


def test_an_unlisted_rendering_of_a_plural_places_genitive_is_fixed_and_the_right_genitive_kept():
    from glossary import enforcement
    assert enforcement.fix(_PLURAL_PLACES, "Мешканці Химок скаржаться на шум.", "uk").text == "Мешканці Хімок скаржаться на шум."
    assert enforcement.fix(_PLURAL_PLACES, "Mieszkańcy Lipok skarżą się na hałas.", "pl").text == "Mieszkańcy Lipek skarżą się na hałas."
    for lang, text in (("ru", "Жители Химок жалуются на шум."), ("uk", "Мешканці Лівен скаржаться на шум."),
                       ("pl", "Mieszkańcy Łomianek skarżą się na hałas."), ("ru", "Жители Жарок жалуются на шум.")):
        assert enforcement.fix(_PLURAL_PLACES, text, lang).text == text


# Places named by a neuter adjective, no termbase holds them: concept, kind, then their en, ru, uk, be and pl names.
_ADJECTIVAL_PLACES = _grid_termbase((
    ("starobesheve", "place", "Starobesheve", "Старобешево", "Старобешеве", "Старабешава", "Starobeszewe"),
    ("snizhne", "place", "Snizhne", "Снежное", "Сніжне", "Снежнае", "Śnieżne"),
    ("pryvilne", "place", "Pryvilne", "Привольное", "Привільне", "Прывольнае", "Prywilne"),
    ("zelene", "place", "Zelene", "Зелёное", "Зелене", "Зялёнае", "Zełene"),
    ("dubove", "place", "Dubove", "Дубовое", "Дубове", "Дубовае", "Dubowe"),
    ("lozove", "place", "Lozove", "Лозовое", "Лозове", "Лазовае", "Łozowe"),
    ("solone", "place", "Solone", "Солёное", "Солоне", "Салёнае", "Sołone"),
    ("yuvileine", "place", "Yuvileine", "Юбилейное", "Ювілейне", "Юбілейнае", "Juwilejne"),
    ("blahodatne", "place", "Blahodatne", "Благодатное", "Благодатне", "Благадатнае", "Błahodatne"),
    ("telmanove", "place", "Telmanove", "Тельманово", "Тельманове", "Цельманава", "Telmanowe"),
), en_note="village in Ukraine")


@pytest.mark.parametrize("lang, text, word, concept", [
    ("ru", "Обстрел Старобешевого продолжался всю ночь.", "Старобешевого", "starobesheve"),  # the Ukrainian genitive
    ("be", "Абстрэл Старобешевого працягваўся ўсю ноч.", "Старобешевого", "starobesheve"),
    ("uk", "Обстріл Снежного тривав усю ніч.", "Снежного", "snizhne"),  # the Russian genitive
    ("be", "Абстрэл Сніжного працягваўся ўсю ноч.", "Сніжного", "snizhne"),
    ("pl", "Ostrzał Snizhnoho trwał całą noc.", "Snizhnoho", "snizhne"),  # romanized, h for г
    ("pl", "Ostrzał Snezhnogo trwał całą noc.", "Snezhnogo", "snizhne"),
    ("ru", "Обстрел Привільного продолжался всю ночь.", "Привільного", "pryvilne"),
    ("be", "Абстрэл Зеленого працягваўся ўсю ноч.", "Зеленого", "zelene"),
    ("be", "Абстрэл Дубового працягваўся ўсю ноч.", "Дубового", "dubove"),
    ("uk", "Обстріл Солёного тривав усю ніч.", "Солёного", "solone"),
    ("ru", "Обстрел Ювілейного продолжался всю ночь.", "Ювілейного", "yuvileine"),
    ("pl", "Ostrzał Blahodatnoho trwał całą noc.", "Blahodatnoho", "blahodatne"),
    ("pl", "Ostrzał Telmanovego trwał całą noc.", "Telmanovego", "telmanove"),
])
def test_the_adjectival_genitive_of_a_place_named_by_a_neuter_adjective_is_found_in_another_languages_spelling(
        lang, text, word, concept):
    # -ого kept its g in the stem key (Снежного: snegnag), so the nominative's stem (Снежное: snegn) was never looked up.
    assert [(m.term, m.concept) for m in _ADJECTIVAL_PLACES.scan(text, lang)] == [(word, concept)]


def test_a_places_own_adjectival_genitive_that_its_paradigm_lacks_is_kept():
    from glossary import enforcement
    # Лозового is the Russian genitive of Лозовое (the dictionary knows the word); a paradigm without it is no reason
    # to take the word for the Ukrainian Лозове's and rewrite it.
    text = "Обстрел Лозового продолжался всю ночь."
    assert enforcement.fix(_ADJECTIVAL_PLACES, text, "ru").text == text


def test_a_romanized_oblique_form_that_keys_like_another_places_polish_name_is_not_taken_for_it():
    from glossary import enforcement
    termbase = Termbase.from_rows([
        {"concept": concept, "lang": lang, "term": term, "status": "preferred", "kind": "place", "forms": "", "note": ""}
        for concept, lang, term in (("kaliningrad", "en", "Kaliningrad"), ("kaliningrad", "pl", "Królewiec"),
                                    ("krolevets", "en", "Krolevets"), ("krolevets", "ru", "Кролевец"))])
    # Krolevtsem (Krolevets) keys as Królewcem, Polish for Kaliningrad: a Latin v may have been the u of -ów-, so a
    # vowel dropped after it is not looked for, and the town is not turned into Kaliningrad.
    text = "Przemytników zatrzymano pod Krolevtsem."
    assert enforcement.fix(termbase, text, "pl").text == text


def _named_people(lang: str, *names: str) -> Termbase:
    return Termbase.from_rows([{"concept": name.split()[-1].lower(), "lang": lang, "term": term, "status": "preferred",
                                "note": "", "kind": "person", "forms": ""} for name in names for term in (name, name.split()[-1])])


def test_a_lower_case_adjectival_surname_before_a_preposition_gets_its_capital():
    # "о" and "в" are also letters' names, nouns of every case: no noun for the surname to describe
    from glossary.enforcement import fix
    termbase = _named_people("ru", "Глеб Сосновский")
    assert fix(termbase, "Статья сосновского о выборах вышла в субботу.", "ru").text \
        == "Статья Сосновского о выборах вышла в субботу."
    assert fix(termbase, "Вчера мы поговорили с сосновским в кафе.", "ru").text == "Вчера мы поговорили с Сосновским в кафе."
    assert fix(termbase, "На сосновском участке нашли грибы.", "ru").text == "На сосновском участке нашли грибы."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Виставку присвятили богдановій та її учням.", ["богдановій"]),  # also богданів, Bohdan's: his, not a word
        ("Вчора ми поговорили з богдановою про музей.", ["богдановою"]),
        ("Депутати підтримали богданову ідею про музей.", []),  # Bohdan's idea: the possessive describes its noun
    ],
)
def test_a_lower_case_womans_surname_read_as_a_first_names_possessive_is_the_person(text, expected):
    assert [m.term for m in _named_people("uk", "Дарина Богданова").scan(text, "uk")] == expected


@pytest.mark.parametrize(
    "lang, names, text, expected",
    [
        ("uk", ("Петро Швець",), "Учора петро швець відкрив нову виставку.", ["петро швець"]),  # швець: a shoemaker
        ("uk", ("Петро Швець",), "Старий швець полагодив мені чоботи.", []),  # the shoemaker alone stays a word
        ("pl", ("Stanisław Kowal",), "Wczoraj stanisław kowal otworzył wystawę.", ["stanisław kowal"]),  # kowal: a smith
        ("pl", ("Stanisław Kowal",), "Rozmawiał z kowalem o nowych podkowach.", []),
    ],
)
def test_a_whole_name_in_lower_case_opening_with_a_known_first_name_is_the_person(lang, names, text, expected):
    assert [m.term for m in _named_people(lang, *names).scan(text, lang)] == expected


def test_a_polish_surname_that_is_only_an_archaic_word_in_lower_case_is_the_person():
    termbase = _named_people("pl", "Adam Falandysz")
    assert [m.term for m in termbase.scan("Wywiad z falandyszem ukazał się w piątek.", "pl")] == ["falandyszem"]  # falandysz: archaic
    assert _named_people("pl", "Jan Kowal").scan("Wywiad z kowalem ukazał się w piątek.", "pl") == []  # kowal: a smith today
    # A place's lower-case form stays an ordinary word, old-fashioned as it may be: wilia, Christmas Eve, not the river
    wilia = Termbase.from_rows([{"concept": "neris", "lang": "pl", "term": "Wilia", "status": "preferred", "kind": "place"}])
    assert wilia.scan("Na wilię przyjechała do nas cała rodzina.", "pl") == []


def test_a_word_right_after_a_first_name_that_only_resembles_a_place_is_the_persons_surname():
    kalush = Termbase.from_rows([{"concept": "kalush", "lang": "ru", "term": "Калуш", "status": "preferred", "kind": "place"}])
    assert kalush.scan("Премию вручили писателю Андрею Калусу в Москве.", "ru") == []  # no place follows a first name
    assert [m.concept for m in kalush.scan("Премию вручили писателю в Калусе.", "ru")] == ["kalush"]  # elsewhere: the place


_BELARUSIAN_PLACES_IN_ICHY = [("Грабавічы", "Грабовичи"), ("Лукавічы", "Луковичи"), ("Дубавічы", "Дубовичи"),
                              ("Красавічы", "Красовичи"), ("Мацкавічы", "Матковичи"), ("Пятровічы", "Петровичи"),
                              ("Сямёнавічы", "Семёновичи"), ("Гарбавічы", "Горбовичи"), ("Мышкавічы", "Мышковичи"),
                              ("Ракавічы", "Раковичи"), ("Сасновічы", "Сосновичи")]


@pytest.mark.parametrize("belarusian, russian", _BELARUSIAN_PLACES_IN_ICHY)
def test_a_belarusian_place_in_ichy_is_found_in_russian_text_in_either_genitive(belarusian, russian):
    # MT leaves the Belarusian genitive in Russian text, bare or in -аў: both are found, the Russian one written.
    termbase = Termbase.from_rows([
        {"concept": "x", "lang": "be", "term": belarusian, "status": "preferred", "kind": "place"},
        {"concept": "x", "lang": "ru", "term": russian, "status": "preferred", "kind": "place", "forms": {"gen": russian[:-1] + "ей"}},
        {"concept": "x", "lang": "ru", "term": belarusian, "status": "deprecated", "kind": "place"}])
    for genitive in (belarusian[:-1] + "аў", belarusian[:-1]):
        assert fix(termbase, f"Жители {genitive} собрали подписи за ремонт моста.", "ru").text \
            == f"Жители {russian[:-1]}ей собрали подписи за ремонт моста."
    kept = f"Жители {russian[:-1]}ей собрали подписи за ремонт моста."
    assert fix(termbase, kept, "ru").text == kept


_POLISH_PLACES_OF_EITHER_GENITIVE = ["Urgencz", "Karakoł", "Szirwan", "Zahedan", "Ardebil", "Tałdykorgan"]
# Finals foreign towns share give -u (glossary/data/pl_place_genitive_u.toml); a draft's -a is still found and kept.
_POLISH_FOREIGN_PLACES_IN_U = ["Tebriz", "Dżalalabad", "Mingeczaur", "Taraz", "Dżizak", "Meszhed"]


@pytest.mark.parametrize("place", _POLISH_FOREIGN_PLACES_IN_U)
def test_a_polish_foreign_place_writes_its_genitive_u_and_finds_a_drafts_a(place):
    termbase = Termbase.from_rows([{"concept": "x", "lang": "pl", "term": place, "status": "preferred", "kind": "place"}])
    lower = place[0].lower() + place[1:]
    assert fix(termbase, f"Burmistrz {lower}u zapowiedział remont dworca.", "pl").text == f"Burmistrz {place}u zapowiedział remont dworca."
    assert fix(termbase, f"Delegacja z {lower}a przyjechała w piątek.", "pl").text == f"Delegacja z {place}a przyjechała w piątek."
    assert fix(termbase, f"Kupcy z {place} handlują bawełną od lat.", "pl").text == f"Kupcy z {place}u handlują bawełną od lat."
    assert termbase.form_in_case(0, "gen") == f"{place}u"


@pytest.mark.parametrize("place", _POLISH_PLACES_OF_EITHER_GENITIVE)
def test_a_polish_place_of_either_genitive_is_found_in_both_and_neither_is_written(place):
    # Urgenczu or Urgencza: no rule knows which, so a draft's is found (and its capital restored), never made up.
    termbase = Termbase.from_rows([{"concept": "x", "lang": "pl", "term": place, "status": "preferred", "kind": "place"}])
    lower = place[0].lower() + place[1:]
    assert fix(termbase, f"Burmistrz {lower}u zapowiedział remont dworca.", "pl").text == f"Burmistrz {place}u zapowiedział remont dworca."
    assert fix(termbase, f"Delegacja z {lower}a przyjechała w piątek.", "pl").text == f"Delegacja z {place}a przyjechała w piątek."
    unsure = f"Kupcy z {place} handlują bawełną od lat."
    assert fix(termbase, unsure, "pl").text == unsure
    assert termbase.form_in_case(0, "gen") is None


@pytest.mark.parametrize(
    "lang, term, text, expected",
    [
        ("ru", "Старая Ладога", "Музей в старой ладоге открыли после ремонта.", ["старой ладоге"]),
        ("uk", "Стара Ладога", "Фортеця старої ладоги потребує реставрації.", ["старої ладоги"]),
        ("be", "Вялікі Усцюг", "Мэр вялікага усцюга падаў у адстаўку.", ["вялікага усцюга"]),  # (forms below)
        ("pl", "Stanica Ługańska", "Punkt kontrolny stanica ługańska był otwarty.", ["stanica ługańska"]),
        # every word an ordinary word: an adjective and its noun, no name (big bows, great meadows)
        ("ru", "Великие Луки", "Лучники натянули великие луки и ждали сигнала.", []),
        ("uk", "Великі Луки", "На великих луках паслися корови.", []),
    ],
)
def test_a_lower_case_place_of_several_words_one_of_them_no_ordinary_word_is_the_place(lang, term, text, expected):
    forms = "gen=Вялікага Усцюга; dat=Вялікаму Усцюгу; ins=Вялікім Усцюгам; loc=Вялікім Усцюгу" if lang == "be" else ""
    termbase = Termbase.from_rows([{"concept": "place", "lang": lang, "term": term, "status": "preferred", "note": "",
                                    "kind": "place", "forms": forms}])
    assert [m.term for m in termbase.scan(text, lang)] == expected


@pytest.mark.parametrize(
    "lang, term, forms, text, expected",
    [
        # żar, ryk, кут are nominatives or accusatives: no object of do, z, біля (the genitive), so the towns' genitives
        ("pl", "Żary", "gen=Żar; loc=Żarach", "Pociąg do żar odjechał z opóźnieniem.", ["żar"]),
        ("pl", "Ryki", "gen=Ryk; loc=Rykach", "Młodzież z ryk zagrała koncert.", ["ryk"]),
        ("uk", "Кути", "gen=Кут; loc=Кутах", "Біля кут збудують нову дорогу.", ["кут"]),
        # the same words where the preposition takes their case stay ordinary words (the roar, into the corner)
        ("pl", "Ryki", "gen=Ryk; loc=Rykach", "Lew odpowiedział na ryk rywala.", []),
        ("uk", "Кути", "gen=Кут; loc=Кутах", "Стілець поставили в кут кімнати.", []),
    ],
)
def test_a_lower_case_place_after_a_preposition_no_ordinary_reading_of_it_fits_is_the_place(lang, term, forms, text, expected):
    termbase = Termbase.from_rows([{"concept": "place", "lang": lang, "term": term, "status": "preferred", "note": "",
                                    "kind": "place", "forms": forms}])
    assert [m.term for m in termbase.scan(text, lang)] == expected


def test_each_standard_romanization_of_a_cyrillic_name_is_generated_and_nothing_else():
    assert {"mozdok", "mosdok"} <= romanizations("Моздок", "ru")  # BGN, German
    assert {"dzhankoi", "dschankoi", "džankoj"} <= romanizations("Джанкой", "ru")  # passport, German, ISO 9
    assert {"ivye"} <= romanizations("Ивье", "ru") and {"iuye", "iwye"} <= romanizations("Іўе", "be")
    assert romanizations("Підмогильного", "uk") == {"pidmohylnoho"}
    assert "kharkov" not in romanizations("Харків", "uk")  # the Russian name is the Russian term's, not the Ukrainian's
    assert romanizations("Kraków", "pl") == frozenset()
    assert "Kozhevnikov" in english_lookups("Koschewnikow") and english_lookups("Kimovsk") == ("Kimovsk",)


@pytest.mark.parametrize("text, expected", [
    # A feminine adjective after the noun it agrees with, in the accusative too, is that noun's adjective, not the
    # country in lower case (Polską is also Polska's instrumental); a masculine's accusative still proves nothing.
    ("Dzieci kończą szkołę polską w Wilnie.", []),
    ("Mówi po polsku i czyta prasę polską.", []),
    ("Kupił kiełbasę polską i ser.", []),
    ("Ambasador wrócił z polską delegacją.", []),
])
def test_a_polish_feminine_adjective_after_its_noun_in_the_accusative_is_no_lower_case_country(termbase, text, expected):
    assert [m.term for m in termbase.scan(text, "pl")] == expected
