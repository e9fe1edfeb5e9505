"""Fixing drafts in en, be, uk, pl, ru: same case, same letter case, admitted forms untouched."""

import csv

import pytest

from conftest import SEED_TERMBASE
from glossary.checks import check, hits, insertions
from glossary.enforcement import Change, _apply, fix
from glossary.termbase import Termbase


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    with SEED_TERMBASE.open(encoding="utf-8") as handle:
        return Termbase.from_rows(csv.DictReader(handle))


@pytest.fixture(scope="module")
def eval_termbase() -> Termbase:
    """The seed termbase and the evaluation set's names (tests/glossary_eval/termbase.csv)."""
    rows = []
    for path in (SEED_TERMBASE, SEED_TERMBASE.parent.parent / "tests" / "glossary_eval" / "termbase.csv"):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("be", "Мы бачылі Тихановскую ў Киеве.", "Мы бачылі Ціханоўскую ў Кіеве."),
        ("be", "Заява Тихановской", "Заява Ціханоўскай"),
        ("be", "Светлана Тихановская і Путин", "Святлана Ціханоўская і Пуцін"),
        ("be", "размова са Светланай Тихановской", "размова са Святланай Ціханоўскай"),
        # беларускай is the adjective here (of the opposition), not the nationality noun's instrumental: the
        # name after the title's complement stays the subject.
        ("be", "Пра гэта заявіла лідар беларускай апазіцыі Светлана Тихановская ў Вільні.",
         "Пра гэта заявіла лідар беларускай апазіцыі Святлана Ціханоўская ў Вільні."),
        ("pl", "Rozmawialiśmy z Tichanowską.", "Rozmawialiśmy z Cichanouską."),
        ("pl", "Wywiad ze Swietłaną Cichanowską", "Wywiad ze Swiatłaną Cichanouską"),
        ("pl", "Łukaszenko i Łukaszenki", "Łukaszenka i Łukaszenki"),
        ("uk", "Батальйон «Гонитва» воює.", "Батальйон «Погоня» воює."),
        ("uk", "разом із Гонитвою", "разом із Погонею"),
        ("uk", "Лукашэнка і Киев", "Лукашенко і Київ"),
        ("ru", "Лукашэнка и Ціханоўская", "Лукашенко и Тихановская"),
        ("en", "SVETLANA TIKHANOVSKAYA told CNN", "SVIATLANA TSIKHANOUSKAYA told CNN"),
        ("en", "Tikhanovskaya's aides left Kiev", "Tsikhanouskaya's aides left Kyiv"),
        ("en", "the Ukraine and Byelorussia", "Ukraine and Belarus"),
    ],
)
def test_wrong_renderings_become_the_preferred_term_in_the_same_case(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft",
    [
        ("en", "Lukashenka met Putin; Putinist Kremlinology annoys Ukrainians."),
        ("ru", "Белоруссия и Беларусь, Тихановскую, Лукашенко"),
        ("be", "Ціханоўскую, Ціханоўскай, Лукашэнкам, Пуціна, у Кіеве, Пагоні"),
        ("uk", "Тихановську, Тихановською, Путіним, Києві, Прокоп’єв, Пагоня"),
        ("pl", "Cichanouskiej, Łukaszenką, Putinem, w Kijowie, Pogoń, o Pogoni"),
        ("ru", "Тихо было в Москве. Погоня за ним. Польско-украинская граница, Белта."),
    ],
)
def test_admitted_terms_and_correct_forms_stay_exactly_as_they_are(termbase, lang, draft):
    result = fix(termbase, draft, lang)
    assert result.text == draft and result.changes == []


def test_changes_explain_each_replacement(termbase):
    result = fix(termbase, "Гонитва і Цихановська", "uk")
    assert [(c.concept, c.from_, c.to, c.reason, c.start, c.end) for c in result.changes] == [
        ("pohonia", "Гонитва", "Погоня", "forbidden", 0, 7),
        ("tsikhanouskaya", "Цихановська", "Тихановська", "deprecated", 10, 21),
    ]


def test_unlisted_renderings_and_lookalike_letters_are_fixed(termbase):
    assert fix(termbase, "Ціханоуская і Ціханоускую", "be").text == "Ціханоўская і Ціханоўскую"
    assert fix(termbase, "Kalesnikowa", "pl").text == "Kalesnikawa"
    result = fix(termbase, "Цiханоўская", "be")  # Latin i
    assert result.text == "Ціханоўская" and result.changes[0].reason == "unlisted"


def test_ordinary_words_are_never_changed(termbase):
    for lang, text in [("en", "Kalashnikov replicas and Russians"), ("pl", "Polskie miasta"),
                       ("uk", "гонитва за прибутком"), ("ru", "Тихоновская улица"),
                       # a demonym or adjective of a place is no rendering of the place
                       ("uk", "Польські оглядачі"), ("be", "Беларусы за мяжой"),
                       # an adjective agreeing with its noun, singular too (it is also a surname)
                       ("uk", "Польська делегація зустрілася з міністром"),
                       # the preferred term itself in another case (Rosjanie, genitive Rosjan)
                       ("pl", "Parada z udziałem Rosjan")]:
        assert fix(termbase, text, lang).text == text


@pytest.mark.parametrize(
    "lang, source, draft, fixed",
    [
        # MT's adjective standing for the place (ru "Минск" -> Apertium's uk "Мінський"): the place, in
        # the case the sentence needs
        ("uk", "Moscow is using Minsk as a base.", "Москва використовує Мінський як базу.", "Москва використовує Мінськ як базу."),
        ("uk", "Troops came from Minsk.", "Війська прийшли з Мінський.", "Війська прийшли з Мінська."),
        ("uk", "He lives near Minsk.", "Він живе під Мінський.", "Він живе під Мінськом."),
        ("ru", "Moscow is using Minsk as a base.", "Москва использует Минский как базу.", "Москва использует Минск как базу."),
        ("ru", "They came from Minsk yesterday.", "Они приехали из Минский вчера.", "Они приехали из Минска вчера."),
        ("pl", "Moscow is using Minsk as a base.", "Moskwa wykorzystuje Miński jako bazę.", "Moskwa wykorzystuje Mińsk jako bazę."),
        ("pl", "They came from Minsk yesterday.", "Przyjechali z Miński wczoraj.", "Przyjechali z Mińska wczoraj."),
        # an adjective that describes its noun renders the place: it stays ("Minsk court", "Kyiv authorities")
        ("uk", "The Minsk court ruled.", "Мінський суд ухвалив рішення.", "Мінський суд ухвалив рішення."),
        ("uk", "The Kyiv government agreed.", "Київський уряд погодився.", "Київський уряд погодився."),
        ("uk", "The Kyiv authorities agreed.", "Київська влада погодилася.", "Київська влада погодилася."),
        ("pl", "The Kyiv authorities agreed.", "Polityka kijowska się zmieniła.", "Polityka kijowska się zmieniła."),
        ("ru", "The Minsk regime denied it.", "Минский режим это отрицал.", "Минский режим это отрицал."),
        ("pl", "The Minsk court ruled.", "Sąd miński wydał wyrok.", "Sąd miński wydał wyrok."),
        ("pl", "The Kyiv authorities agreed.", "Władze kijowskie zgodziły się.", "Władze kijowskie zgodziły się."),
        ("be", "The Minsk court ruled.", "Мінскі суд вынес рашэнне.", "Мінскі суд вынес рашэнне."),
    ],
)
def test_a_place_adjective_becomes_the_place_only_where_it_describes_no_noun(termbase, lang, source, draft, fixed):
    assert fix(termbase, draft, lang, source=source).text == fixed
    assert check(termbase, source, fixed, "en", lang) == []


def test_source_aware_fix_locates_the_nearest_rendering(termbase):
    result = fix(termbase, "Тихоновская сообщила CNN в среду", "ru", source="Tikhanovskaya told CNN on Wednesday")
    assert result.text == "Тихановская сообщила CNN в среду"
    assert [(c.concept, c.from_, c.reason) for c in result.changes] == [("tsikhanouskaya", "Тихоновская", "missing")]


def test_source_aware_fix_keeps_the_case_of_the_rendering(termbase):
    result = fix(termbase, "Мы бачылі Цихоноўскую", "be", source="We saw Tsikhanouskaya")
    assert result.text == "Мы бачылі Ціханоўскую"


def test_source_aware_fix_reports_a_term_it_cannot_locate(termbase):
    result = fix(termbase, "Она сообщила об этом CNN", "ru", source="Tikhanovskaya told CNN")
    assert result.text == "Она сообщила об этом CNN"
    [change] = result.changes
    assert (change.concept, change.reason, change.to, change.start) == ("tsikhanouskaya", "missing", "Светлана Тихановская", None)


def test_hits_list_preferred_targets_full_name_first(termbase):
    [hit] = hits(termbase, "Svetlana Tikhanovskaya said", "en", "be")
    assert (hit.concept, hit.source_term, hit.status, hit.start, hit.end) == (
        "tsikhanouskaya", "Svetlana Tikhanovskaya", "deprecated", 0, 22)
    assert hit.targets == ["Святлана Ціханоўская", "Ціханоўская"]
    assert "opposition" in hit.note


def test_check_reports_wrong_and_missing_terms(termbase):
    issues = check(termbase, "Pohonia met Tikhanovskaya in Kiev", "Гонитва зустріла Тихановську", "en", "uk")
    assert [(i.concept, i.severity) for i in issues] == [("pohonia", "error"), ("kyiv", "error")]
    assert "Погоня" in issues[0].message and "Київ" in issues[1].message
    assert check(termbase, "Pohonia met Tikhanovskaya", "Погоня зустріла Тихановську", "en", "uk") == []


def test_source_aware_fix_leaves_derived_words_alone(termbase):
    draft = "Беларускія добраахвотнікі ваююць."
    assert fix(termbase, draft, "be", source="Belarusian volunteers of Belarus fight.").text == draft


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("pl", "Spotkanie z Tichanowską w Kiev.", "Spotkanie z Cichanouską w Kijowie."),
        ("pl", "Droga do Kiev", "Droga do Kijowa"),
        ("pl", "W Minsk i na Pohonia", "W Mińsku i na Pahonii"),
        ("pl", "Protesty z powodu Łukaszenko", "Protesty z powodu Łukaszenki"),
        ("pl", "Mówił o „Łukaszenko”", "Mówił o „Łukaszence”"),
        ("ru", "Встреча с Путиным в Ціханоўская", "Встреча с Путиным в Тихановской"),
        ("ru", "Письмо для Цихановская", "Письмо для Тихановской"),
        ("uk", "у Киев", "у Києві"),
        ("uk", "До Минск", "До Мінська"),
        ("uk", "Новини про Тіхановська", "Новини про Тихановську"),
        ("uk", "при Тихановской", "при Тихановській"),
        ("be", "у Киев", "у Кіеве"),
        ("be", "Ён паехаў да Минск", "Ён паехаў да Мінска"),
        ("be", "каля Путин", "каля Пуціна"),
        ("pl", "Rozmawialiśmy z Tichanowska.", "Rozmawialiśmy z Cichanouską."),  # z before a person: "with"
        ("pl", "Wrócili z Kiev.", "Wrócili z Kijowa."),  # z before a place: "from"
        ("be", "Рэжым Лукашенко слабее.", "Рэжым Лукашэнкі слабее."),  # a noun: genitive
        ("be", "Мы бачылі Лукашенко.", "Мы бачылі Лукашэнку."),  # a verb: its accusative
        ("be", "Яны паехалі ў Киев.", "Яны паехалі ў Кіеў."),  # motion: accusative
        ("be", "Яны жывуць у Киев.", "Яны жывуць у Кіеве."),  # no motion: locative
        ("uk", "Заява Тихановской", "Заява Тихановської"),  # -ой: genitive after a noun
        ("uk", "подякували Тихановской", "подякували Тихановській"),  # dative after the verb
        ("uk", "разом із Тихановской", "разом із Тихановською"),  # instrumental after з + person
    ],
)
def test_a_preposition_sets_the_case_of_a_bare_dictionary_form(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("pl", "Kiev i Minsk", "Kijów i Mińsk"),  # no preposition: the nominative stays
        ("be", "Киев. У Минск", "Кіеў. У Мінску"),
        ("uk", "Сказав у, Киев", "Сказав у, Київ"),  # punctuation between: not a preposition of the name
        ("be", "Мы бачылі ў Тихановскую", "Мы бачылі ў Ціханоўскую"),  # the word's own accusative wins
        ("uk", "до Гонитвою", "до Погонею"),  # its own instrumental wins over the genitive of до
        ("en", "in Kiev", "in Kyiv"),
    ],
)
def test_the_word_own_form_or_no_preposition_keeps_its_case(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


def test_a_preposition_before_a_person_in_be_and_uk_takes_the_genitive(termbase):
    assert fix(termbase, "у Лукашэнка", "uk").text == "у Лукашенка"  # "at Lukashenka's"
    assert fix(termbase, "у Киев", "uk").text == "у Києві"


def test_qa_advice_and_source_aware_fixes_use_the_preposition(termbase):
    [issue] = check(termbase, "Talks in Kyiv", "Rozmowy w Kiev", "en", "pl")
    assert "«Kijowie»" in issue.message
    result = fix(termbase, "Rozmowy w Kijw", "pl", source="Talks in Kyiv")
    assert result.text == "Rozmowy w Kijowie"


def test_preposition_lookup_ignores_letter_case_and_needs_a_plain_preceding_word():
    from glossary.syntax import cases_in_context, governed_case

    assert governed_case("W Kiev", 2, "pl") == "loc"
    assert governed_case("Z POWODU Kiev", 9, "pl") == "gen"
    assert governed_case("ИЗ-ЗА Киев", 6, "ru") == "gen"
    assert governed_case("w„Kiev", 2, "pl") is None  # no space: not a separate word
    assert governed_case("2w Kiev", 3, "pl") is None
    assert governed_case("in Kiev", 3, "en") is None
    assert governed_case("у Лукашэнка", 2, "be", "person") == "gen"
    assert cases_in_context(("nom", "acc"), "loc") == ("loc", "nom", "acc")
    assert cases_in_context(("acc",), "loc") == ("acc",)
    assert cases_in_context(("gen", "dat", "ins", "loc"), "loc") == ("loc", "gen", "dat", "ins")
    assert cases_in_context(("gen", "dat"), "ins") == ("gen", "dat")


def test_the_termbase_panel_lists_each_concept_once_in_the_form_its_source_place_needs(termbase):
    source = "Tsikhanouskaya's aides met Alexander Lukashenko in Kyiv, then Tsikhanouskaya flew to Minsk with Putin."
    be = [(i.concept, i.form, i.case) for i in insertions(termbase, source, "en", "be")]
    assert be == [("tsikhanouskaya", "Ціханоўскай", "gen"), ("lukashenko", "Аляксандра Лукашэнку", "acc"),
                  ("kyiv", "Кіеве", "loc"), ("minsk", "Мінск", "acc"), ("putin", "Пуціным", "ins")]
    pl = {i.concept: i.form for i in insertions(termbase, source, "en", "pl")}
    assert (pl["minsk"], pl["tsikhanouskaya"]) == ("Mińska", "Cichanouskiej")  # "to Minsk": do Mińska


def test_the_save_time_fix_and_the_panel_write_the_same_form(termbase):
    [entry] = insertions(termbase, "Talks with Putin", "en", "ru")
    assert fix(termbase, "Переговоры с путиным", "ru").text == f"Переговоры с {entry.form}"


def test_an_unsure_form_is_left_as_it_is_and_explained():
    termbase = Termbase.from_rows([
        {"concept": "p", "lang": "be", "term": "Васіль Нябензя", "kind": "person", "forms": "gen=Васіля Нябензі"},
        {"concept": "p", "lang": "be", "term": "Василий Небензя", "status": "deprecated", "kind": "person"},
    ])
    result = fix(termbase, "Размова з Василий Небензя.", "be")  # Нябензя: its -я's instrumental goes by the stress
    assert result.text == "Размова з Василий Небензя." and result.changes == []
    [unsure] = result.unsure
    assert (unsure.from_, unsure.reason) == ("Василий Небензя", "unsure") and "ins" in unsure.note
    [issue] = check(termbase, "", "Размова з Василий Небензя.", "en", "be")
    assert "fix by hand" in issue.message
    assert fix(termbase, "Рэжым Василий Небензя.", "be").text == "Рэжым Васіля Нябензі."  # an explicit form


def test_the_forms_column_gives_whole_names_forms_and_its_last_words():
    # The forms column's forms with as many words as the name are the name's (ins=Екатериной Шульман/Е. Шульман); one
    # word's forms of a name of several words are its surname's (gen=Шульман), the rules declining the first name
    # (Екатерины Шульман): no fix writes the surname alone for the whole name.
    termbase = Termbase.from_rows([{"concept": "s", "lang": "ru", "term": "Екатерина Шульман", "kind": "person",
                                    "forms": "gen=Шульман; ins=Екатериной Шульман/Е. Шульман"}])
    forms = termbase.case_forms(0)
    assert [form for case, form in forms if case == "gen"][0] == "Екатерины Шульман"
    assert [form for case, form in forms if case == "ins"][:2] == ["Екатериной Шульман", "Е. Шульман"]
    assert all(len(form.split()) == 2 for _, form in forms)


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("pl", "Mieszkają w Breslau.", "Mieszkają we Wrocławiu."),
        ("pl", "Wrócili z Lemberg.", "Wrócili ze Lwowa."),
        ("pl", "Wrócili ze Zhytomyr.", "Wrócili z Żytomierza."),
        ("be", "Заява Sviatlana Тихановской", "Заява Святланы Ціханоўскай"),  # a Latin first name goes too
        ("be", "Рэжым лукашенко і лукашэнкі", "Рэжым Лукашэнкі і Лукашэнкі"),  # lower case: the capital back
        ("ru", "На Камчатке началась путина.", "На Камчатке началась путина."),  # an ordinary word
        ("be", "Гл. https://ru.wikipedia.org/wiki/Тихановская і Тихановская", "Гл. https://ru.wikipedia.org/wiki/Тихановская і Ціханоўская"),
        ("be", "Пісалі: «Встреча Лукашенко и Путина прошла в Минске».", "Пісалі: «Встреча Лукашенко и Путина прошла в Минске»."),
    ],
)
def test_whole_names_letter_case_polish_prepositions_and_protected_text(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "source, draft, fixed",
    [
        ("Losik's lawyer does not comment.", "Адвакат Лосик нічога не каментуе.", "Адвакат Лосіка нічога не каментуе."),
        ("Lawyer Losik does not comment.", "Адвакат Лосик нічога не каментуе.", "Адвакат Лосік нічога не каментуе."),
        ("Losik said so.", "Лосик так сказаў.", "Лосік так сказаў."),
    ],
)
def test_the_source_sets_the_case_where_the_draft_cannot(source, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "losik", "lang": "en", "term": "Losik", "kind": "person"},
        {"concept": "losik", "lang": "be", "term": "Лосік"},
        {"concept": "losik", "lang": "be", "term": "Лосик", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "be", source=source).text == fixed


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        # A title shares its case with the name after it; the title's own case comes from the words before it.
        ("be", "Сустрэча з прэзідэнтам Лукашенко", "Сустрэча з прэзідэнтам Лукашэнкам"),
        ("be", "Рэжым прэзідэнта Лукашенко", "Рэжым прэзідэнта Лукашэнкі"),
        ("be", "Пра гэта заявіў прэзідэнт Лукашенко.", "Пра гэта заявіў прэзідэнт Лукашэнка."),
        ("pl", "Spotkanie z prezydentem Łukaszenko", "Spotkanie z prezydentem Łukaszenką"),
        # A place after a title noun is still its genitive.
        ("be", "Мэр Минск абяцае", "Мэр Мінска абяцае"),
    ],
)
def test_a_name_after_a_title_is_in_apposition(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


def test_a_speech_verb_after_pra_heta_introduces_its_subject(termbase):
    assert fix(termbase, "Пра гэта заявіў Лукашенко.", "be").text == "Пра гэта заявіў Лукашэнка."
    assert fix(termbase, "Ён сказаў Лукашенко, што часу няма.", "be").text == "Ён сказаў Лукашэнку, што часу няма."


def test_a_correct_form_that_only_a_wrong_spelling_fits_is_fixed(eval_termbase):
    # ru "Навальному" is a dative; after "о" only the Ukrainian locative reading fits.
    assert fix(eval_termbase, "О Навальному писали все газеты.", "ru").text == "О Навальном писали все газеты."
    # The uk genitive "Лукашенка" equals the deprecated Belarusian spelling: where the sentence allows it, it stays.
    assert fix(eval_termbase, "Режим Лукашенка слабшає.", "uk").text == "Режим Лукашенка слабшає."
    assert fix(eval_termbase, "Благодаря Навальному", "ru").text == "Благодаря Навальному"


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        # A name joined by "і/и/i" to a name before it takes that name's case.
        ("be", "Ён патэлефанаваў Пуціну і Лукашенко.", "Ён патэлефанаваў Пуціну і Лукашэнку."),
        ("pl", "Spotkanie Putina i Łukaszenko", "Spotkanie Putina i Łukaszenki"),
        # A sentence's first word is no first name: "Рэжым" does not pass its case on.
        ("be", "Лукашенко і Путин сустрэліся.", "Лукашэнка і Пуцін сустрэліся."),
        # Words between a title and the name: the name is still in apposition to the title.
        ("ru", "Встреча с лидером оппозиции Ціханоўская", "Встреча с лидером оппозиции Тихановской"),
        ("ru", "Лидер оппозиции Ціханоўская приехала.", "Лидер оппозиции Тихановская приехала."),
    ],
)
def test_coordinated_names_and_titles_with_words_between(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


def test_a_womans_surname_ending_in_a_consonant_or_o_does_not_decline():
    rows = []
    for lang, full, surname, wrong in [("be", "Святлана Алексіевіч", "Алексіевіч", "Алексиевич"),
                                       ("ru", "Светлана Алексиевич", "Алексиевич", "Алексіевіч"),
                                       ("uk", "Юлія Тимошенко", "Тимошенко", "Тимошенка")]:
        concept = "tymoshenko" if lang == "uk" else "alexievich"  # her first name in ru or uk tells
        rows += [{"concept": concept, "lang": lang, "term": full, "status": "preferred", "kind": "person"},
                 {"concept": concept, "lang": lang, "term": surname, "status": "preferred", "kind": "person"},
                 {"concept": concept, "lang": lang, "term": wrong, "status": "deprecated", "kind": "person"}]
    termbase = Termbase.from_rows(rows)
    assert fix(termbase, "Сустрэча з Алексиевич.", "be").text == "Сустрэча з Алексіевіч."
    assert fix(termbase, "Встреча с Алексіевіч.", "ru").text == "Встреча с Алексиевич."
    assert termbase.replacement("tymoshenko", "Тимошенко", ("ins",), "uk") == "Тимошенко"


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        # Words no government table lists, read by the dictionaries (or Belarusian endings).
        ("uk", "Журналісти попросили Беляцкий прокоментувати вирок.", "Журналісти попросили Біляцького прокоментувати вирок."),
        ("ru", "Историки спорят, кем считать Бяляцкі.", "Историки спорят, кем считать Беляцкого."),
        ("pl", "Dziennikarze zapytali Bialiatski o wyrok.", "Dziennikarze zapytali Bialackiego o wyrok."),
        ("be", "Праваабаронцы патрабуюць вызвалення Беляцкий.", "Праваабаронцы патрабуюць вызвалення Бяляцкага."),
        ("ru", "Полиция задержала правозащитника Бяляцкі.", "Полиция задержала правозащитника Беляцкого."),
    ],
)
def test_a_name_takes_its_case_from_words_no_table_lists(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def _swiatek() -> Termbase:
    rows = [("pl", "Iga Świątek", "preferred"), ("pl", "Świątek", "preferred"), ("pl", "Swiatek", "deprecated"),
            ("ru", "Мельник", "preferred"), ("ru", "Мельнык", "deprecated")]
    return Termbase.from_rows([{"concept": "swiatek" if lang == "pl" else "melnyk", "lang": lang, "term": term,
                                "status": status, "note": "", "kind": "person", "forms": ""} for lang, term, status in rows])


def test_a_womans_surname_in_a_consonant_does_not_decline_when_her_first_name_says_so():
    assert fix(_swiatek(), "Trener rozmawiał z Swiatek po meczu.", "pl").text == "Trener rozmawiał ze Świątek po meczu."


def _skaryna() -> Termbase:
    rows = [("be", "Францыск Скарына", "preferred"), ("be", "Скарына", "preferred"), ("be", "Скорина", "deprecated"),
            ("ru", "Франциск Скорина", "preferred"), ("ru", "Скорина", "preferred"), ("ru", "Скарына", "deprecated"),
            ("pl", "Franciszek Skaryna", "preferred"), ("pl", "Skaryna", "preferred"), ("pl", "Skorina", "deprecated")]
    return Termbase.from_rows([{"concept": "skaryna", "lang": lang, "term": term, "status": status, "note": "",
                                "kind": "person", "forms": ""} for lang, term, status in rows])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Выданні Скорина захоўваюцца ў Празе.", "Выданні Скарыны захоўваюцца ў Празе."),
    ("ru", "Памятник первопечатнику Скарына открыли в Полоцке.", "Памятник первопечатнику Скорине открыли в Полоцке."),
    ("pl", "Wspomnienie drukarza Skorina otworzyło konferencję.", "Wspomnienie drukarza Skaryny otworzyło konferencję."),
])
def test_a_mans_surname_in_a_declines_as_a_masculine_noun(lang, draft, fixed):
    assert fix(_skaryna(), draft, lang).text == fixed


def test_a_mans_surname_in_a_takes_masculine_endings_in_belarusian():
    termbase = _skaryna()
    assert [termbase.form_in_case(1, case) for case in ("gen", "dat", "ins", "loc")] == ["Скарыны", "Скарыну", "Скарынам", "Скарыну"]


@pytest.mark.parametrize("lang, text", [("ru", "Старый мельник жил у реки."),
                                        ("pl", "Wśród figurek stał stary świątek.")])
def test_a_surname_that_is_an_ordinary_noun_is_not_capitalised(lang, text):
    assert fix(_swiatek(), text, lang).text == text


def test_polish_z_before_a_digraph_is_one_consonant():
    names = Termbase.from_rows([{"concept": "shoigu", "lang": "pl", "term": term, "status": status, "note": "",
                                 "kind": "person", "forms": ""} for term, status in (("Szojgu", "preferred"), ("Shoigu", "deprecated"))])
    assert fix(names, "Rozmowy z Shoigu trwały dwa dni.", "pl").text == "Rozmowy z Szojgu trwały dwa dni."


def _named(kind: str, rows) -> Termbase:
    """A termbase of ``(concept, lang, term, status[, note[, forms]])`` rows, all of one ``kind``."""
    return Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": status,
                                "note": extra[0] if extra else "", "kind": kind, "forms": extra[1] if len(extra) > 1 else ""}
                               for concept, lang, term, status, *extra in rows])


def _places() -> Termbase:
    return _named("place", [("tbilisi", "be", "Тбілісі", "preferred"), ("tbilisi", "be", "Тбилиси", "deprecated"),
                            ("vinnytsia", "pl", "Winnica", "preferred"), ("vinnytsia", "pl", "Winnyca", "deprecated")])


def test_a_lower_case_place_gets_its_capital_even_when_its_case_is_unsure():
    assert fix(_places(), "Пратэсты ў тбілісі працягваюцца.", "be").text == "Пратэсты ў Тбілісі працягваюцца."


@pytest.mark.parametrize("text", ["Rodzina prowadzi winnicę od trzech pokoleń.", "Kupiliśmy wino w winnicy."])
def test_a_place_name_that_is_a_common_noun_stays_lower_case(text):
    assert fix(_places(), text, "pl").text == text


def _plural_places() -> Termbase:
    return _named("place", [("kelmentsi", "ru", "Кельменцы", "preferred"), ("chojnice", "uk", "Хойниці", "preferred"),
                            ("chojnice", "be", "Хойніцы", "preferred"), ("shyshaky", "ru", "Шишаки", "preferred")])


@pytest.mark.parametrize(("text", "lang", "fixed"), [
    ("Жители кельменцов жалуются на дороги.", "ru", "Жители Кельменцов жалуются на дороги."),  # (no genitive the rules are sure of)
    ("Потяг із хойниць прибув.", "uk", "Потяг із Хойниць прибув."),  # (the rules' is Хойниців)
    ("Автобус до шишак идёт три часа.", "ru", "Автобус до Шишак идёт три часа."),  # (шишак, a helmet, is no genitive)
    ("Гості з Хойниць приїхали вчора.", "uk", "Гості з Хойниць приїхали вчора."),  # (not rewritten as Хойниців)
    ("Цягнік з хойніц прыйшоў.", "be", "Цягнік з Хойніц прыйшоў."),
])
def test_a_plural_only_places_genitive_of_either_form_is_found_as_drafted(text, lang, fixed):
    """A plural-only place's bare genitive or its genitive with a plural ending, whichever the draft gives where the
    letters do not choose one, is the place's: capitalised in lower case and left as drafted."""
    assert fix(_plural_places(), text, lang).text == fixed


@pytest.mark.parametrize(("text", "lang"), [("На голове у воина был шишак.", "ru"), ("Музей купил шишак у коллекционера.", "ru")])
def test_an_ordinary_noun_spelled_as_a_plural_places_genitive_stays(text, lang):
    assert fix(_plural_places(), text, lang).text == text


def _lutsenko() -> Termbase:
    rows = [("uk", "Юрій Луценко", "preferred"), ("uk", "Луценко", "preferred"), ("uk", "Юрий Луценко", "deprecated")]
    return Termbase.from_rows([{"concept": "lutsenko", "lang": lang, "term": term, "status": status, "note": "",
                                "kind": "person", "forms": ""} for lang, term, status in rows])


@pytest.mark.parametrize("draft, fixed", [
    ("Суд заарештував майно Луценко.", "Суд заарештував майно Луценка."),
    ("Слідчі надіслали Луценко повістку.", "Слідчі надіслали Луценкові повістку."),
    ("— Ні, — заявив Луценко.", "— Ні, — заявив Луценко."),
    ("Луценко заявив про відставку.", "Луценко заявив про відставку."),
])
def test_a_ukrainian_ko_surname_left_in_the_nominative_takes_the_case_the_sentence_needs(draft, fixed):
    assert fix(_lutsenko(), draft, "uk").text == fixed


def _nawrocki() -> Termbase:
    rows = [("uk", "Кароль Навроцький", "preferred"), ("uk", "Навроцький", "preferred"), ("uk", "Навроцкий", "deprecated"),
            ("ru", "Кароль Навроцкий", "preferred"), ("ru", "Навроцкий", "preferred"), ("ru", "Навроцки", "deprecated"),
            ("pl", "Karol Nawrocki", "preferred"), ("pl", "Nawrocki", "preferred")]
    return Termbase.from_rows([{"concept": "nawrocki", "lang": lang, "term": term, "status": status, "note": "",
                                "kind": "person", "forms": ""} for lang, term, status in rows])


@pytest.mark.parametrize("lang, draft, fixed", [
    # ru Кароль reads as a woman's name, uk Кароль and pl Karol as a man's: a man's surname declines
    ("uk", "Розмова з Навроцкий тривала.", "Розмова з Навроцьким тривала."),
    # the title's case, not the genitive its complement would suggest
    ("ru", "Письмо мэру Москвы Навроцки подписали.", "Письмо мэру Москвы Навроцкому подписали."),
    ("uk", "Лист голові ЦВК Росії Навроцкий залишився без відповіді.",
     "Лист голові ЦВК Росії Навроцькому залишився без відповіді."),
    # past the adjectives before a title to the noun that sets its case
    ("uk", "Візит польського опозиціонера Навроцкий скасували.", "Візит польського опозиціонера Навроцького скасували."),
])
def test_a_name_after_a_title_and_its_genitive_complement_takes_the_titles_case(lang, draft, fixed):
    assert fix(_nawrocki(), draft, lang).text == fixed


def test_a_lower_case_name_keeps_the_case_the_draft_gave_it():
    termbase = Termbase.from_rows([{"concept": "sobyanin", "lang": "be", "term": term, "status": status, "note": "",
                                    "kind": "person", "forms": ""}
                                   for term, status in (("Сяргей Сабянін", "preferred"), ("Сабянін", "preferred"))])
    # the subject after a noun: capitals only, not the genitive the noun before would suggest
    assert fix(termbase, "Пасля сустрэчы сабянін не адказаў.", "be").text == "Пасля сустрэчы Сабянін не адказаў."


def test_a_ukrainian_form_spelt_with_the_russian_yo_is_respelt():
    termbase = Termbase.from_rows([{"concept": "chisinau", "lang": "uk", "term": term, "status": status, "note": "",
                                    "kind": "place", "forms": ""} for term, status in (("Кишинів", "preferred"),
                                                                                      ("Кишинёв", "deprecated"))])
    assert fix(termbase, "Автобус з Кишинёва прибув.", "uk").text == "Автобус з Кишинева прибув."


def test_a_polish_title_in_ej_is_no_nominative():
    termbase = Termbase.from_rows([{"concept": "pamfilova", "lang": "pl", "term": term, "status": status, "note": "",
                                    "kind": "person", "forms": ""}
                                   for term, status in (("Ella Pamfiłowa", "preferred"), ("Pamfiłowa", "preferred"),
                                                        ("Pamfilova", "deprecated"))])
    assert fix(termbase, "List do przewodniczącej CKW Pamfilova pozostał.", "pl").text \
        == "List do przewodniczącej CKW Pamfiłowej pozostał."


def test_a_form_read_as_a_locative_with_no_preposition_before_takes_the_governed_case():
    termbase = Termbase.from_rows([{"concept": "medvedev", "lang": "pl", "term": term, "status": status, "note": "",
                                    "kind": "person", "forms": ""}
                                   for term, status in (("Dmitrij Miedwiediew", "preferred"), ("Miedwiediew", "preferred"),
                                                        ("Medvedev", "deprecated"))])
    assert fix(termbase, "Szef MSZ odpowiedział Medvedevu na platformie X.", "pl").text \
        == "Szef MSZ odpowiedział Miedwiediewowi na platformie X."
    assert fix(termbase, "Mówiono o Medvedevu.", "pl").text == "Mówiono o Miedwiediewie."


def test_a_belarusian_plural_person_noun_takes_the_genitive_of_one_person():
    termbase = Termbase.from_rows([{"concept": "lutsenko", "lang": "be", "term": term, "status": status, "note": "",
                                    "kind": "person", "forms": ""}
                                   for term, status in (("Юрый Луцэнка", "preferred"), ("Луцэнка", "preferred"),
                                                        ("Луценко", "deprecated"))])
    assert fix(termbase, "Адвакаты Луценко абскардзілі прысуд.", "be").text == "Адвакаты Луцэнкі абскардзілі прысуд."


@pytest.mark.parametrize("lang, draft, fixed", [
    # The seed article's Ukrainian draft: a person after a time phrase is the next verb's subject.
    ("uk", "У початку конфлікту Путин ввів війська.", "У початку конфлікту Путін ввів війська."),
    ("uk", "Цього тижня Путин поблагодарив солдатів.", "Цього тижня Путін поблагодарив солдатів."),
    ("be", "Гэтага тыдня Путин не падзякаваў салдатам.", "Гэтага тыдня Пуцін не падзякаваў салдатам."),
    ("pl", "Na początku wojny Łukaszenko oświadczył, że jest neutralny.", "Na początku wojny Łukaszenka oświadczył, że jest neutralny."),
    # A noun that can be that verb's subject keeps the name its genitive.
    ("be", "Рэжым Лукашенко ўзмацніў рэпрэсіі.", "Рэжым Лукашэнкі ўзмацніў рэпрэсіі."),
    ("uk", "Уряд Лукашэнка ухвалив закон.", "Уряд Лукашенка ухвалив закон."),
    ("be", "Пасля заявы Лукашенко пачаўся абстрэл.", "Пасля заявы Лукашэнкі пачаўся абстрэл."),
    # A verb of the person's gender with no other subject before it: its subject, not its object.
    ("ru", "Вчера заявила Ціханоўская, что выборы сфальсифицированы.", "Вчера заявила Тихановская, что выборы сфальсифицированы."),
    ("ru", "Вчера она поблагодарила Ціханоўская за письмо.", "Вчера она поблагодарила Тихановскую за письмо."),
])
def test_a_person_who_is_a_verbs_subject_stays_in_the_nominative(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft", [
    ("ru", "Минский суд вынес приговор."), ("be", "Минский суд вынес прысуд."), ("uk", "Минский суд виніс вирок."),
    ("pl", "Miński sąd wydał wyrok."), ("pl", "Minski sąd wydał wyrok."),
])
def test_an_adjective_made_from_a_place_is_not_replaced_by_the_place(termbase, lang, draft):
    assert fix(termbase, draft, lang).text == draft
    assert check(termbase, "", draft, "en", lang) == []  # QA does not call it a wrong rendering of Minsk either


@pytest.mark.parametrize("lang, source, draft", [
    ("uk", "Minsk protests continued.", "Мінські протести тривали."), ("be", "A Minsk court.", "Мінскі суд."),
    ("pl", "A Minsk court.", "Miński sąd."),
])
def test_a_place_the_source_names_and_the_draft_renders_by_its_adjective_is_not_missing(termbase, lang, source, draft):
    assert fix(termbase, draft, lang, source=source).text == draft
    assert check(termbase, source, draft, "en", lang) == []
    assert check(termbase, source, "Протести тривали.", "en", "uk")  # with no rendering at all it is missing


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Помнік Путин ніхто не ставіў.", "Помнік Пуціну ніхто не ставіў."),
    ("ru", "Книгу, написанную Ціханоўская, издали в Вильнюсе.", "Книгу, написанную Тихановской, издали в Вильнюсе."),
    ("be", "Ліст, падпісаны Тихановская, даслалі ў Брусель.", "Ліст, падпісаны Ціханоўскай, даслалі ў Брусель."),
    ("uk", "Редакція висловила підтримку Тихановская.", "Редакція висловила підтримку Тихановській."),
])
def test_a_monument_takes_the_dative_a_passive_participle_its_agent_and_a_thing_given_its_recipient(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft",
    [
        ("pl", "Raport Human Rights Watch opisuje tortury."),  # a deprecated Human inside an English name
        ("pl", "Chór zaśpiewał „Bandiera Rossa”."),  # Rossa: no Polish word, a surname at most
        ("uk", "Уболівальники скандували: «Wisła, Wisła!»"),  # a chant in the other script
        ("uk", "Він процитував: «Кадыров обещал навести порядок»."),  # обещал: Russian only
    ],
)
def test_foreign_names_and_quotations_stay_as_written(lang, draft):
    termbase = Termbase.from_rows([
        {"concept": "uman", "lang": "pl", "term": "Humań", "status": "preferred", "kind": "place"},
        {"concept": "uman", "lang": "pl", "term": "Human", "status": "deprecated", "kind": "place"},
        {"concept": "bandera", "lang": "pl", "term": "Bandera", "status": "preferred", "kind": "person"},
        {"concept": "bandera", "lang": "pl", "term": "Bandiera", "status": "deprecated", "kind": "person"},
        {"concept": "wisla", "lang": "uk", "term": "Вісла", "status": "preferred", "kind": "place"},
        {"concept": "wisla", "lang": "uk", "term": "Wisła", "status": "deprecated", "kind": "place"},
        {"concept": "kadyrov", "lang": "uk", "term": "Кадиров", "status": "preferred", "kind": "person"},
        {"concept": "kadyrov", "lang": "uk", "term": "Кадыров", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == draft
    assert fix(termbase, "Wczoraj Bandiera przemawiał.", "pl").text == "Wczoraj Bandera przemawiał."  # the rule's limit


@pytest.mark.parametrize("draft, fixed", [
    # an adjective after the noun it agrees with is the adjective, not the surname in lower case
    ("Urząd województwa mazowieckiego ogłosił przetarg.", "Urząd województwa mazowieckiego ogłosił przetarg."),
    ("Adwokat mazowieckiego niczego nie komentuje.", "Adwokat Mazowieckiego niczego nie komentuje."),
])
def test_a_polish_adjective_after_its_noun_stays_lower_case(draft, fixed):
    termbase = _named("person", [("mazowiecki", "pl", term, "preferred") for term in ("Tadeusz Mazowiecki", "Mazowiecki")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # a place after the noun for its kind is in apposition: it keeps its own case, not the noun's genitive
    ("pl", "Łódź przewróciła się na rzece Neman.", "Łódź przewróciła się na rzece Niemen."),
    ("pl", "Rosjanie ostrzelali miasto Putivl.", "Rosjanie ostrzelali miasto Putywl."),
])
def test_a_place_after_the_noun_for_its_kind_is_in_apposition(lang, draft, fixed):
    termbase = _named("place", [("neman", "pl", "Niemen", "preferred"), ("neman", "pl", "Neman", "deprecated"),
                                ("putyvl", "pl", "Putywl", "preferred"), ("putyvl", "pl", "Putivl", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed

@pytest.mark.parametrize("lang, draft, fixed", [
    # a railway station's or a border checkpoint's name is in apposition and stays in the nominative
    # (Rosenthal § 197: на станции Бологое, у станции Вязьма), not the station's genitive
    ("uk", "Поїзд стояв на станції Смела.", "Поїзд стояв на станції Сміла."),
    ("ru", "Станция Сміла закрыта.", "Станция Смела закрыта."),
    ("be", "Цягнік спыніўся на станцыі Смела.", "Цягнік спыніўся на станцыі Сміла."),
    ("pl", "Pociąg stał na stacji Smela.", "Pociąg stał na stacji Śmiła."),
    ("uk", "Пункт пропуску Смела закрили.", "Пункт пропуску Сміла закрили."),
    ("uk", "Мешканці Смели чекають.", "Мешканці Сміли чекають."),  # no kind word: the genitive stays
])
def test_a_station_or_checkpoint_name_is_in_apposition(lang, draft, fixed):
    termbase = _named("place", [("smila", "uk", "Сміла", "preferred"), ("smila", "uk", "Смела", "deprecated"),
                                ("smila", "ru", "Смела", "preferred"), ("smila", "ru", "Сміла", "deprecated"),
                                ("smila", "be", "Сміла", "preferred"), ("smila", "be", "Смела", "deprecated"),
                                ("smila", "pl", "Śmiła", "preferred"), ("smila", "pl", "Smela", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed



@pytest.mark.parametrize("lang, draft, fixed", [
    # matching folds ё to е; the spelling the termbase lists with the text's own letter decides
    ("ru", "Лёд на Нёмане сошёл.", "Лёд на Немане сошёл."),
    ("be", "Рыбакі выцягнулі з Немана асятра.", "Рыбакі выцягнулі з Нёмана асятра."),
    ("ru", "Лёд на Немане сошёл.", "Лёд на Немане сошёл."),
    # Belarusian always writes ё: a form without it is no listed spelling
    ("be", "Лодка на рацэ Неман.", "Лодка на рацэ Нёман."),
])
def test_a_spelling_with_or_without_yo_is_the_term_it_spells(lang, draft, fixed):
    termbase = _named("place", [("neman", "be", "Нёман", "preferred"), ("neman", "ru", "Неман", "preferred"),
                                ("neman", "ru", "Нёман", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # under/near with a verb of motion: where to, the accusative; else where, the instrumental
    ("uk", "Колона рушила під Мелитополь уночі.", "Колона рушила під Мелітополь уночі."),
    ("uk", "Бої тривають під Мелитополем.", "Бої тривають під Мелітополем."),
    ("be", "Сем'і едуць пад Мелитополь на выхадныя.", "Сем'і едуць пад Мелітопаль на выхадныя."),
])
def test_under_a_place_after_a_verb_of_motion_takes_the_accusative(lang, draft, fixed):
    termbase = _named("place", [("melitopol", "uk", "Мелітополь", "preferred"), ("melitopol", "uk", "Мелитополь", "deprecated"),
                                ("melitopol", "be", "Мелітопаль", "preferred"), ("melitopol", "be", "Мелитополь", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # verbs of ascribing, granting and charging, and a memorial plaque, take the person in the dative
    ("uk", "Медіа приписують Навроцкий десятки пророцтв.", "Медіа приписують Навроцькому десятки пророцтв."),
    ("uk", "Влада надала Навроцкий притулок.", "Влада надала Навроцькому притулок."),
    ("ru", "Прокуратура предъявила Навроцки новое обвинение.", "Прокуратура предъявила Навроцкому новое обвинение."),
    ("ru", "Восстановили памятную доску Навроцки.", "Восстановили памятную доску Навроцкому."),
])
def test_ascribing_granting_and_plaques_take_the_dative(lang, draft, fixed):
    assert fix(_nawrocki(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # a romanized Russian surname written with its Russian case ending is the wrong spelling in that case
    ("Zwolennicy Zhirinovskogo zebrali się.", "Zwolennicy Żyrinowskiego zebrali się."),
    ("Koncert z Pugachevoy odwołano.", "Koncert z Pugaczową odwołano."),
])
def test_a_romanized_russian_case_ending_is_recognised_in_polish(draft, fixed):
    termbase = _named("person", [("zhirinovsky", "pl", "Żyrinowski", "preferred"), ("zhirinovsky", "pl", "Zhirinovsky", "deprecated"),
                                 ("pugacheva", "pl", "Ałła Pugaczowa", "preferred"), ("pugacheva", "pl", "Pugaczowa", "preferred"),
                                 ("pugacheva", "pl", "Pugacheva", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


def test_a_wrong_spelling_of_a_place_that_differs_only_in_its_stem_declines_like_the_right_one():
    termbase = _named("place", [("suwalki", "pl", "Suwałki", "preferred"), ("suwalki", "pl", "Suwalki", "deprecated")])
    assert fix(termbase, "Nocą w Suwalkach ćwiczyli żołnierze.", "pl").text == "Nocą w Suwałkach ćwiczyli żołnierze."


def test_a_belarusian_word_after_a_possessive_is_a_common_noun_not_a_name_in_lower_case():
    termbase = _named("person", [("maliuk", "be", "Васіль Малюк", "preferred"), ("maliuk", "be", "Малюк", "preferred")])
    assert fix(termbase, "Наш малюк ужо пачаў хадзіць.", "be").text == "Наш малюк ужо пачаў хадзіць."
    assert fix(termbase, "Учора малюк заявіў пра атаку.", "be").text == "Учора Малюк заявіў пра атаку."


def _woman(surname_be: str, surname_ru: str, note: str = "") -> Termbase:
    """A Belarusian woman (her Russian first name tells) with a surname in -а."""
    rows = [("be", f"Алена {surname_be}", "preferred", ""), ("be", surname_be, "preferred", note),
            ("be", surname_ru, "deprecated", ""), ("ru", f"Елена {surname_ru}", "preferred", ""),
            ("ru", surname_ru, "preferred", "")]
    return Termbase.from_rows([{"concept": "woman", "lang": lang, "term": term, "status": status, "note": text,
                                "kind": "person", "forms": ""} for lang, term, status, text in rows])


@pytest.mark.parametrize("draft, fixed", [
    ("Кніга Сорока выйшла ў Мінску.", "Кніга Сарокі выйшла ў Мінску."),
    ("Прэмію ўручылі Сорока ў суботу.", "Прэмію ўручылі Сароцы ў суботу."),
    ("Журналісты пагаварылі з Сорокой.", "Журналісты пагаварылі з Сарокай."),
])
def test_a_belarusian_womans_surname_that_is_a_noun_declines_as_a_feminine_noun(draft, fixed):
    assert fix(_woman("Сарока", "Сорока"), draft, "be").text == fixed


def test_a_belarusian_womans_surname_in_enka_declines_unless_its_note_says_it_does_not():
    assert fix(_woman("Азаранка", "Азаренко"), "Медаль уручылі Азаренко.", "be").text == "Медаль уручылі Азаранцы."
    indeclinable = _woman("Цімашэнка", "Тимошенко", note="a woman's surname: indeclinable")
    assert fix(indeclinable, "Размова з Тимошенко.", "be").text == "Размова з Цімашэнка."
    assert fix(indeclinable, "Размова з Аленай Цімашэнка.", "be").text == "Размова з Аленай Цімашэнка."


@pytest.mark.parametrize("note, fixed", [
    # A note that her surname does not decline, naming no language, settles Belarusian's divided usage.
    ("a woman: her surname in -енко does not decline", "Кветкі перадалі Алене Ткачэнка."),
    ("singer; surname in -енко, indeclinable for a woman", "Кветкі перадалі Алене Ткачэнка."),
    # One naming a language speaks of that language alone: Belarusian declines her -енка only where a note says so.
    ("the surname does not decline in Russian", "Кветкі перадалі Алене Ткачэнка."),
    ("the surname does not decline in Russian, but declines in Belarusian", "Кветкі перадалі Алене Ткачэнцы."),
])
def test_a_concept_note_that_a_womans_surname_does_not_decline_holds_for_belarusian(note, fixed):
    termbase = _named("person", [("woman", "en", "Alena Tkachenko", "preferred", note),
                                 ("woman", "be", "Алена Ткачэнка", "preferred"), ("woman", "be", "Ткачэнка", "preferred"),
                                 ("woman", "be", "Елена Ткаченко", "deprecated"), ("woman", "ru", "Елена Ткаченко", "preferred")])
    assert fix(termbase, "Кветкі перадалі Елена Ткаченко.", "be").text == fixed


def test_a_place_drops_its_last_vowel_only_where_a_dictionary_says_so():
    places = _named("place", [("haradok", "be", "Гарадок", "preferred"), ("haradok", "be", "Городок", "deprecated"),
                      ("luninets", "be", "Лунінец", "preferred"), ("luninets", "be", "Лунинец", "deprecated"),
                      ("nowhere", "be", "Зарэчок", "preferred"), ("nowhere", "be", "Заречок", "deprecated"),
                      ("nowhere", "ru", "Заречок", "preferred")])
    assert fix(places, "Аўтобус з Городка спазніўся.", "be").text == "Аўтобус з Гарадка спазніўся."
    assert fix(places, "Бальніца ў Лунинце зачыненая.", "be").text == "Бальніца ў Лунінцы зачыненая."
    # No dictionary knows it: Заречка or Заречока? The draft stays, reported unsure; never a guessed form.
    unknown = fix(places, "Аўтобус з Заречка спазніўся.", "be")
    assert unknown.text == "Аўтобус з Заречка спазніўся." and unknown.unsure
    assert fix(places, "Дарога ў Заречке.", "ru").text == "Дарога ў Заречке."


@pytest.mark.parametrize("lang, draft, fixed", [
    # The verb after the name has its own object: the noun before is no object put first.
    ("pl", "Rząd Tusk przyjął nową ustawę.", "Rząd Tuska przyjął nową ustawę."),
    ("pl", "Projekt ustawy Tusk przedstawił w piątek.", "Projekt ustawy Tusk przedstawił w piątek."),
    # An adjective agreeing with it makes powieść the novel, not the verb (to lead) or a form of powiedzieć.
    ("pl", "Nowa powieść Borodulin ukazała się w Berlinie.", "Nowa powieść Baradulina ukazała się w Berlinie."),
    # A Belarusian noun opening the clause, and a verb after the name that cannot be its own.
    ("be", "Зборнік Бородулин перавыдалі ў Вільні.", "Зборнік Барадуліна перавыдалі ў Вільні."),
    # After a Belarusian noun, a name with no verb of its own after it is the noun's genitive.
    ("be", "Царква рыхтуе ўшанаванне Бородулин ужо некалькі гадоў.", "Царква рыхтуе ўшанаванне Барадуліна ужо некалькі гадоў."),
    ("be", "Гэтага тыдня Бородулин нарэшце напісаў ліст.", "Гэтага тыдня Барадулін нарэшце напісаў ліст."),
    # Polish w before a place: the locative, the accusative only after a verb of striking or entering.
    ("pl", "Mieszkamy w Stolin od roku.", "Mieszkamy w Stolinie od roku."),
    ("pl", "Rakiety uderzyły w Stolin w nocy.", "Rakiety uderzyły w Stolin w nocy."),
])
def test_a_name_between_a_noun_and_a_verb_and_a_place_after_polish_w(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_place_in_a_soft_sign_declines_by_the_gender_its_note_names():
    places = _named("place", [("hostomel", "en", "Hostomel", "preferred", "town near Kyiv; masculine"),
                          ("hostomel", "ru", "Гостомель", "preferred"), ("hostomel", "be", "Гастомель", "preferred"),
                          ("hostomel", "be", "Гостомель", "deprecated"),
                          ("zolochiv", "en", "Zolochiv", "preferred", "a town; feminine in Polish"),
                          ("zolochiv", "ru", "Золочевь", "preferred")])
    assert fix(places, "Волонтёры из гостомеля помогают соседям.", "ru").text == "Волонтёры из Гостомеля помогают соседям."
    assert fix(places, "Жыхары Гостомеля вярнуліся.", "be").text == "Жыхары Гастомеля вярнуліся."
    # A gender the note gives for one language only says nothing of Russian: no guessed form.
    assert places.replacement("zolochiv", "Золочевь", ("gen",), "ru") is None


def test_a_polish_place_in_a_soft_consonant_declines_by_the_gender_its_note_gives_polish():
    places = _named("place", [("uman", "en", "Uman", "preferred", "city in central Ukraine; feminine in be/uk/ru, masculine in Polish"),
                          ("uman", "pl", "Humań", "preferred"), ("uman", "pl", "Uman", "deprecated")])
    assert fix(places, "Pielgrzymi jadą do Uman.", "pl").text == "Pielgrzymi jadą do Humania."
    assert fix(places, "W Uman modlą się chasydzi.", "pl").text == "W Humaniu modlą się chasydzi."


def test_polish_government_mianowac_a_forecasters_title_and_going_on_a_trip_to_a_mountain():
    people = _named("person", [("g", "pl", "Gromow", "preferred"), ("g", "pl", "Gromov", "deprecated"),
                               ("s", "pl", "Sadowski", "preferred"), ("s", "pl", "Sadovsky", "deprecated")])
    assert fix(people, "Premier mianował Sadovsky doradcą.", "pl").text == "Premier mianował Sadowskiego doradcą."
    assert fix(people, "Synoptyk Gromov ostrzegł przed burzą.", "pl").text == "Synoptyk Gromow ostrzegł przed burzą."
    places = _named("place", [("h", "pl", "Howerla", "preferred"), ("h", "pl", "Hoverla", "deprecated")])
    assert fix(places, "Turyści wybrali się na Hoverla.", "pl").text == "Turyści wybrali się na Howerlę."


def test_a_polish_place_in_ek_drops_its_e_when_its_east_slavic_name_drops_its_o():
    # Morfeusz knows neither Dubek nor Wołczek; Russian Дубок, Волчок drop the о (Дубка), so Polish drops the e.
    places = _named("place", [("dubok", "ru", "Дубок", "preferred"), ("dubok", "pl", "Dubek", "preferred"),
                              ("dubok", "pl", "Dubok", "deprecated"), ("volchok", "ru", "Волчок", "preferred"),
                              ("volchok", "pl", "Wołczek", "preferred"), ("kazbek", "ru", "Казбек", "preferred"),
                              ("kazbek", "pl", "Kazbek", "preferred"), ("kazbek", "pl", "Qazbek", "deprecated")])
    assert fix(places, "Autobus z Dubok kursuje rano.", "pl").text == "Autobus z Dubka kursuje rano."
    assert fix(places, "W Wołczek działa szkoła.", "pl").text == "W Wołczku działa szkoła."
    # A Russian name that keeps its vowel (Казбек: Казбека) gives no dropped form (no Kazbka).
    assert "Kazbk" not in fix(places, "Wspinali się z Qazbek.", "pl").text


def test_a_belarusian_place_whose_stem_vowels_are_all_reduced_stresses_its_ending():
    places = _named("place", [("desna", "be", "Дзясна", "preferred"), ("desna", "be", "Десна", "deprecated"),
                          ("desna", "ru", "Десна", "preferred"), ("orsha", "be", "Орша", "preferred"),
                          ("orsha", "be", "Ерша", "deprecated"), ("orsha", "ru", "Орша", "preferred")])
    assert fix(places, "Выходзяць на лёд над Десной.", "be").text == "Выходзяць на лёд над Дзясной."
    assert fix(places, "Стаялі над Ершой.", "be").text == "Стаялі над Оршай."  # о is written only under stress


@pytest.mark.parametrize("lang, draft, fixed", [
    # A lower-case name gets its capitals in the very form the draft wrote (uk Ковелю is a genitive too).
    ("uk", "Ракетний удар по ковелю пошкодив вузол.", "Ракетний удар по Ковелю пошкодив вузол."),
    # A place's last word alone is no rendering of a two-word place.
    ("ru", "Фильм показали в Риге.", "Фильм показали в Риге."),
    # A lower-case word the Russian dictionary also knows as a common noun stays one (десна, the gum).
    ("uk", "Лікар порадив полоскати рот, якщо болить десна.", "Лікар порадив полоскати рот, якщо болить десна."),
    # A place after під is where, unless a verb of motion sends something there; ў бок takes the genitive.
    ("uk", "Обстріли під Брянськ тривали кілька днів.", "Обстріли під Брянськом тривали кілька днів."),
    ("ru", "Грузовики всю ночь шли под Брянск.", "Грузовики всю ночь шли под Брянск."),
    ("be", "Калоны рухаліся ў бок Брянск.", "Калоны рухаліся ў бок Бранска."),
    # A Ukrainian plural place in -ці no dictionary knows: із Бєльців, never the nominative.
    ("uk", "Автобус із бєльців до Кишинева.", "Автобус із Бєльців до Кишинева."),
])
def test_letter_case_two_word_places_common_nouns_and_prepositions(lang, draft, fixed):
    places = _named("place", [("kovel", "uk", "Ковель", "preferred"), ("kryvyi_rih", "ru", "Кривой Рог", "preferred"),
                              ("kryvyi_rih", "uk", "Кривий Ріг", "preferred"), ("kryvyi_rih", "ru", "Кривий Ріг", "deprecated"),
                              ("desna", "uk", "Десна", "preferred"), ("desna", "ru", "Десна", "preferred"),
                              ("bryansk", "uk", "Брянськ", "preferred"), ("bryansk", "ru", "Брянск", "preferred"),
                              ("bryansk", "be", "Бранск", "preferred"), ("bryansk", "be", "Брянск", "deprecated"),
                              ("balti", "uk", "Бєльці", "preferred")])
    assert fix(places, draft, lang).text == fixed


def test_an_english_quotation_and_romanized_polish_endings():
    people = _named("person", [("khodorkovsky", "pl", "Michaił Chodorkowski", "preferred"),
                               ("khodorkovsky", "pl", "Chodorkowski", "preferred"),
                               ("khodorkovsky", "pl", "Khodorkovsky", "deprecated")])
    quoted = "Dziennik dał tytuł «Khodorkovsky returns to London»."
    assert fix(people, quoted, "pl").text == quoted
    assert fix(people, "Zwolennicy Khodorkovskiego spotkali się.", "pl").text == "Zwolennicy Chodorkowskiego spotkali się."


def test_a_belarusian_title_in_the_dative_puts_the_name_in_it():
    people = _named("person", [("klymenko", "be", "Ігар Кліменка", "preferred"), ("klymenko", "be", "Кліменка", "preferred"),
                               ("klymenko", "be", "Клименко", "deprecated"), ("klymenko", "ru", "Игорь Клименко", "preferred")])
    assert fix(people, "Ліст міністру Клименко падпісалі дваццаць арганізацый.", "be").text \
        == "Ліст міністру Кліменку падпісалі дваццаць арганізацый."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A title that can only be a genitive or accusative (прем'єра: also the premiere, in the nominative):
    # a man's forms agree, so the name takes them; a woman's differ, and the draft stays.
    ("uk", "Прем'єра Гончарук критикували за витік.", "Прем'єра Гончарука критикували за витік."),
    ("pl", "Premiera Honcharuk krytykowano za wyciek.", "Premiera Honczaruka krytykowano za wyciek."),
    ("uk", "Прем'єра Свириденко критикували за витік.", "Прем'єра Свириденко критикували за витік."),
])
def test_a_name_after_a_title_in_the_genitive_or_accusative(lang, draft, fixed):
    people = _named("person", [("honcharuk", "uk", "Олексій Гончарук", "preferred"), ("honcharuk", "uk", "Гончарук", "preferred"),
                               ("honcharuk", "pl", "Ołeksij Honczaruk", "preferred"), ("honcharuk", "pl", "Honczaruk", "preferred"),
                               ("honcharuk", "pl", "Honcharuk", "deprecated"),
                               ("svyrydenko", "uk", "Юлія Свириденко", "preferred"), ("svyrydenko", "uk", "Свириденко", "preferred")])
    assert fix(people, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Пам'ятник Петлюра відкрили у Вінниці.", "Пам'ятник Петлюрі відкрили у Вінниці."),
    ("ru", "В Виннице поставили памятник Петлюра.", "В Виннице поставили памятник Петлюре."),
    ("be", "Помнік Петлюра стаіць у Вінніцы.", "Помнік Пятлюру стаіць у Вінніцы."),
    # Another form of the noun may have the subject after it: the name stays.
    ("uk", "Під час відкриття пам'ятника Петлюра промовляв мер.", "Під час відкриття пам'ятника Петлюра промовляв мер."),
])
def test_a_name_left_in_the_nominative_after_a_monument_takes_the_dative(lang, draft, fixed):
    people = _named("person", [("petliura", "uk", "Симон Петлюра", "preferred"), ("petliura", "uk", "Петлюра", "preferred"),
                               ("petliura", "ru", "Симон Петлюра", "preferred"), ("petliura", "ru", "Петлюра", "preferred"),
                               ("petliura", "be", "Сымон Пятлюра", "preferred"), ("petliura", "be", "Пятлюра", "preferred")])
    assert fix(people, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Адказ на гэтае пытанне знае Василевский.", "Адказ на гэтае пытанне знае Васілеўскі."),
    ("Новыя паўнамоцтвы камісіі надае Василевский.", "Новыя паўнамоцтвы камісіі надае Васілеўскі."),
])
def test_a_belarusian_present_verb_in_ae_is_no_noun_heading_a_genitive(draft, fixed):
    # знае, надае: a Russian reading as a noun (знаё?) does not make them nouns; the name after them is their subject.
    people = _named("person", [("vasilevsky", "be", "Андрэй Васілеўскі", "preferred"), ("vasilevsky", "be", "Васілеўскі", "preferred"),
                               ("vasilevsky", "be", "Василевский", "deprecated")])
    assert fix(people, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Депутати поставили Яворский декілька гострих запитань.", "Депутати поставили Яворському декілька гострих запитань."),
    ("uk", "Слідчі поставили Яворский кілька нових питань.", "Слідчі поставили Яворському кілька нових питань."),
    ("pl", "Dziennikarze zadali Yavorsky kilka trudnych pytań.", "Dziennikarze zadali Jaworskiemu kilka trudnych pytań."),
])
def test_a_person_between_a_verb_and_several_questions_put_to_them_is_in_the_dative(lang, draft, fixed):
    # A numeral counts its noun past the adjectives after it; кілька is one though the uk dictionary tags it a pronoun.
    people = _named("person", [("yavorsky", "uk", "Яворський", "preferred"), ("yavorsky", "uk", "Яворский", "deprecated"),
                               ("yavorsky", "pl", "Jaworski", "preferred"), ("yavorsky", "pl", "Yavorsky", "deprecated")])
    assert fix(people, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Школьнікі вывучаюць вершы Богданович на памяць.", "Школьнікі вывучаюць вершы Багдановіча на памяць."),
    ("Творы Богданович перавыдалі ў Вільні.", "Творы Багдановіча перавыдалі ў Вільні."),
    ("Вечар памяці Богданович сабраў поўную залу.", "Вечар памяці Багдановіча сабраў поўную залу."),
    ("Выданне ўспамінаў Богданович адклалі на восень.", "Выданне ўспамінаў Багдановіча адклалі на восень."),  # ў after a vowel
    ("Прэс-канферэнцыя Богданович прайшла ў Мінску.", "Прэс-канферэнцыя Багдановіча прайшла ў Мінску."),
    # The name before a verb that agrees with it is its subject, the works its object put first.
    ("Вершы Багдановіч пісаў у Ялце.", "Вершы Багдановіч пісаў у Ялце."),
])
def test_a_belarusian_plural_for_a_persons_works_memory_and_a_press_conference_head_a_genitive(draft, fixed):
    people = _named("person", [("bahdanovich", "be", "Максім Багдановіч", "preferred"), ("bahdanovich", "be", "Багдановіч", "preferred"),
                               ("bahdanovich", "be", "Богданович", "deprecated")])
    assert fix(people, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A title of gen, dat or loc, a woman's forms that differ: a plural dative verb after them takes its object put first.
    ("Письменниці Загребельная вручили премію.", "Письменниці Загребельній вручили премію."),
    ("Письменниці Загребельная аплодували стоячи.", "Письменниці Загребельній аплодували стоячи."),
    # A verb of no case the title may be in says nothing: the draft stays.
    ("Письменниці Загребельная чекали дві години.", "Письменниці Загребельная чекали дві години."),
])
def test_a_verb_after_a_woman_and_her_ambiguous_title_chooses_their_case(draft, fixed):
    people = _named("person", [("zahrebelna", "uk", "Загребельна", "preferred"), ("zahrebelna", "uk", "Загребельная", "deprecated")])
    assert fix(people, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Суд оштрафовал Статкевіч на сто рублей.", "Суд оштрафовал Статкевича на сто рублей."),
    ("uk", "Суд оштрафував Статкевіч на сто гривень.", "Суд оштрафував Статкевича на сто гривень."),
    ("be", "Суд аштрафаваў Статкевич на сто рублёў.", "Суд аштрафаваў Статкевіча на сто рублёў."),
    ("pl", "Sąd ukarał Statkevich wysoką grzywną.", "Sąd ukarał Statkiewicza wysoką grzywną."),
])
def test_a_person_fined_or_punished_is_the_verbs_accusative_object(lang, draft, fixed):
    people = _named("person", [("statkevich", "ru", "Статкевич", "preferred"), ("statkevich", "uk", "Статкевич", "preferred"),
                               ("statkevich", "be", "Статкевіч", "preferred"), ("statkevich", "pl", "Statkiewicz", "preferred"),
                               ("statkevich", "ru", "Статкевіч", "deprecated"), ("statkevich", "uk", "Статкевіч", "deprecated"),
                               ("statkevich", "be", "Статкевич", "deprecated"), ("statkevich", "pl", "Statkevich", "deprecated")])
    assert fix(people, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, unannounced, fixed", [
    # The words before a quotation name its language: it is quoted as written, in that language.
    ("uk", "Банер мав напис білоруською: «Ціханоўская — наша!»", "Банер мав напис: «Ціханоўская — наша!»",
     "Банер мав напис: «Тихановська — наша!»"),
    # ... or a word or two before it names the language ("білоруською написано:").
    ("uk", "На банері білоруською було написано: «Ціханоўская — наша!»", "На банері було написано: «Ціханоўская — наша!»",
     "На банері було написано: «Тихановська — наша!»"),
])
def test_a_quotation_announced_in_another_language_stays_as_written(termbase, lang, draft, unannounced, fixed):
    assert fix(termbase, draft, lang).text == draft
    assert fix(termbase, unannounced, lang).text == fixed


def test_a_name_inside_a_hyphenated_compound_stays_as_written(termbase):
    # The compound is a name of its own (a café, a centre); the name alone is still fixed.
    assert fix(termbase, "Кав'ярня Тихановская-кафе відкрилася в Києві.", "uk").text == "Кав'ярня Тихановская-кафе відкрилася в Києві."
    assert fix(termbase, "Прихильники Тихановская зібралися в Києві.", "uk").text == "Прихильники Тихановської зібралися в Києві."


def test_a_name_in_a_quoted_title_spelt_as_in_another_language_stays_as_written(termbase):
    # A Polish title capitalises its first word alone: „Kiev Blues” is a foreign title, kept whole.
    assert fix(termbase, "Zespół nagrał utwór „Kiev Blues” w zeszłym roku.", "pl").text == \
        "Zespół nagrał utwór „Kiev Blues” w zeszłym roku."
    assert fix(termbase, "Zespół nagrał utwór o Kiev w zeszłym roku.", "pl").text == "Zespół nagrał utwór o Kijowie w zeszłym roku."


def test_an_adjective_of_a_people_agreeing_with_its_noun_is_no_rendering_of_the_people(termbase):
    assert fix(termbase, "Sojusz chciał stworzyć Państwo Ruskie.", "pl").text == "Sojusz chciał stworzyć Państwo Ruskie."
    assert fix(termbase, "Wieś zajęli Ruskie.", "pl").text == "Wieś zajęli Rosjanie."  # the people itself


@pytest.mark.parametrize("lang, draft, fixed", [
    # Both nouns of a hyphenated title decline, agreeing: the last one says its case (dative here).
    ("uk", "Орден вручили льотчиці-космонавтці Тихановская.", "Орден вручили льотчиці-космонавтці Тихановській."),
    ("ru", "Медаль врачу-хирургу Ціханоўская вручили вчера.", "Медаль врачу-хирургу Тихановской вручили вчера."),
])
def test_a_name_after_a_hyphenated_title_takes_the_case_of_its_last_noun(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


def _michnik() -> Termbase:
    return _named("person", [("michnik", "uk", "Адам Міхнік", "preferred"), ("michnik", "uk", "Adam Michnik", "deprecated")])


def test_a_latin_name_beside_a_title_quoted_in_the_latin_original_is_kept_as_cited():
    cited = "Студенти читали «Gazeta Wyborcza», яку заснував Adam Michnik."
    assert fix(_michnik(), cited, "uk").text == cited
    # Without such a citation the Latin spelling is no Ukrainian one: it is fixed.
    assert fix(_michnik(), "До Львова приїхав Adam Michnik.", "uk").text == "До Львова приїхав Адам Міхнік."


@pytest.mark.parametrize("preposition, word, written", [
    ("z", "Wschowy", "ze"), ("z", "wsi", "ze"), ("z", "Wzgórz", "ze"), ("Z", "Wschodu", "Ze"),  # w before a sibilant
    ("z", "Włoch", "z"), ("z", "Wrocławia", "z"), ("z", "Warszawy", "z"), ("ze", "Wilna", "z"),
])
def test_polish_z_takes_its_vowel_before_w_and_a_sibilant(preposition, word, written):
    from glossary.syntax import polish_preposition
    assert polish_preposition(preposition, word) == written


def test_a_polish_ovation_is_prepared_for_someone_in_the_dative(eval_termbase):
    assert fix(eval_termbase, "Widzowie zgotowali Tichanowska owację.", "pl").text == "Widzowie zgotowali Cichanouskiej owację."


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian present plural (-юць after a vowel) cannot have one woman as its subject: she is its object.
    ("Сябры памятаюць Тихановская як смелую жанчыну.", "Сябры памятаюць Ціханоўскую як смелую жанчыну."),
    ("Журналісты шануюць Тихановская за смеласць.", "Журналісты шануюць Ціханоўскую за смеласць."),
    # A conjunction before no name joins no second subject: the plural verb is the ideas', she is their genitive.
    ("Ідэі Тихановская і сёння натхняюць моладзь.", "Ідэі Ціханоўскай і сёння натхняюць моладзь."),
])
def test_a_belarusian_present_plural_verb_has_no_single_name_for_its_subject(termbase, draft, fixed):
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # No verb can have her for its subject: none follows, or a reflexive one whose subject is the noun
    # phrase before her. The name is the genitive of the noun before it.
    ("be", "Мы доўга гаварылі пра лёс Тихановская.", "Мы доўга гаварылі пра лёс Ціханоўскай."),
    ("be", "Выстава фотаздымкаў Ціханоўская адкрылася ў Вільні.", "Выстава фотаздымкаў Ціханоўскай адкрылася ў Вільні."),
    ("uk", "Виставка фотографій Тихановська відкрилася у Львові.", "Виставка фотографій Тихановської відкрилася у Львові."),
    ("pl", "Przemówienie Cichanouska w Sejmie obejrzały tysiące widzów.", "Przemówienie Cichanouskiej w Sejmie obejrzały tysiące widzów."),
    # A verb that may be hers keeps her the subject: after it, or a transitive one with its object put first.
    ("be", "Рэпартаж падрыхтавала Ціханоўская.", "Рэпартаж падрыхтавала Ціханоўская."),
    ("be", "Рэпартаж падрыхтавала Тихановская.", "Рэпартаж падрыхтавала Ціханоўская."),  # -ала: a verb, not генерала
    ("pl", "Projekt ustawy Cichanouska przedstawiła w piątek.", "Projekt ustawy Cichanouska przedstawiła w piątek."),
])
def test_a_name_no_verb_can_have_for_its_subject_is_the_genitive_of_the_noun_before(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def _vesnina() -> Termbase:
    return _named("person", [("vesnina", "pl", "Jelena Wiesnina", "preferred"), ("vesnina", "pl", "Wiesnina", "preferred"),
                             ("vesnina", "pl", "Elena Vesnina", "deprecated"), ("vesnina", "pl", "Vesnina", "deprecated"),
                             ("vesnina", "ru", "Елена Веснина", "preferred")])


@pytest.mark.parametrize("draft, fixed", [
    # A Polish -ina surname of a Russian possessive one (Веснина) declines as a noun or an adjective: a right
    # spelling's adjectival -ej stays (dmgpl38: blind61's Sinicynej).
    ("Kibice zgotowali Wiesninej owację.", "Kibice zgotowali Wiesninej owację."),
    ("Mówiono o Wiesninej przez tydzień.", "Mówiono o Wiesninej przez tydzień."),
    ("Sztab Wiesninej ogłosił zmiany.", "Sztab Wiesninej ogłosił zmiany."),
    # With a person, z is "with": the instrumental, whatever case the wrong spelling was in.
    ("Rozmawiał ze Vesninej o turnieju.", "Rozmawiał z Wiesniną o turnieju."),
    ("Przegrała z Vesninej w finale.", "Przegrała z Wiesniną w finale."),
])
def test_a_polish_ina_surname_declined_as_an_adjective_is_fixed_in_the_case_the_sentence_needs(draft, fixed):
    assert fix(_vesnina(), draft, "pl").text == fixed


def test_a_plural_place_takes_its_plural_case_and_an_unsure_genitive_is_left_as_it_is():
    termbase = _named("place", [("ashmyany", "uk", "Ошмяни", "preferred"), ("ashmyany", "uk", "Ошмяны", "deprecated"),
                                ("ashmyany", "ru", "Ошмяны", "preferred"), ("ashmyany", "ru", "Ашмяны", "deprecated")])
    assert fix(termbase, "У Ошмяны відкрили школу.", "uk").text == "У Ошмянах відкрили школу."
    assert fix(termbase, "Артисты выступили в Ашмяны вчера.", "ru").text == "Артисты выступили в Ошмянах вчера."
    # The genitive (Ошмян, or -ів?) goes by the stress: the draft stays rather than take a guessed ending.
    assert fix(termbase, "Дорога до Ошмяны ремонтується.", "uk").text == "Дорога до Ошмяны ремонтується."


@pytest.mark.parametrize("draft, fixed", [
    # A verb after the name that cannot agree with it (masculine after a woman) is not hers: the noun before heads her genitive.
    ("Новы зборнік эсэ Тихановская выйшаў летась.", "Новы зборнік эсэ Ціханоўскай выйшаў летась."),
    # One that agrees may be hers: the nominative stays.
    ("Пазней Тихановская заявіла пра выбары.", "Пазней Ціханоўская заявіла пра выбары."),
])
def test_a_belarusian_verb_after_a_name_counts_as_its_own_only_when_it_agrees(termbase, draft, fixed):
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Russian -ой spelling may be four cases, the title before it three (gen, dat, loc): the verb after
    # them, whose object they are, says which they share.
    ("Поетесі Тихановской присвятили вечір у Києві.", "Поетесі Тихановській присвятили вечір у Києві."),
    ("Поетесі Тихановской подарували квіти.", "Поетесі Тихановській подарували квіти."),
])
def test_a_wrong_spelling_shares_the_case_of_its_title_that_the_verb_after_them_governs(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # The surname is right; the first name before it is the concept's own in another language: it is fixed, in its case.
    ("ru", "Вчера Святлана Тихановская выступила в Сейме.", "Вчера Светлана Тихановская выступила в Сейме."),
    ("uk", "Зустріч зі Светланой Тихановською відбулася у Вільнюсі.", "Зустріч зі Світланою Тихановською відбулася у Вільнюсі."),
    ("uk", "Зустріч зі Світланою Тихановською відбулася у Вільнюсі.", "Зустріч зі Світланою Тихановською відбулася у Вільнюсі."),
])
def test_a_first_name_in_another_language_before_a_right_surname_is_fixed(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A bare domain name (no scheme, no www) is an address, kept as written, at a sentence's end too.
    ("Подробности на сайте Tsikhanouskaya.org сегодня.", "Подробности на сайте Tsikhanouskaya.org сегодня."),
    ("Подробности есть на Tsikhanouskaya.org.", "Подробности есть на Tsikhanouskaya.org."),
    # A name that ends a sentence is no domain: the next sentence starts after a space.
    ("Подробности есть у Tsikhanouskaya. Она приедет.", "Подробности есть у Тихановской. Она приедет."),
])
def test_a_name_inside_a_bare_domain_name_stays_as_written(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "ru").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A town's name agrees in case with its kind noun, whose case the words before it give.
    ("ru", "Над городом Minsk снова были слышны взрывы.", "Над городом Минском снова были слышны взрывы."),
    ("uk", "У місті Минск відкрили центр.", "У місті Мінську відкрили центр."),
    ("uk", "Мешканці міста Минск протестували.", "Мешканці міста Мінська протестували."),
    # Nothing before the kind noun gives it a case: the name keeps its own form's.
    ("ru", "Город Minsk принял гостей.", "Город Минск принял гостей."),
    # A neuter name in -о or a plural one keeps its nominative after the kind of settlement it names (Rosenthal: "в селе
    # Дивеево", "в городе Великие Луки"), in whatever case the kind noun is; a town in the masculine agrees (above).
    ("ru", "Мост у села Міхнева закрыли на ремонт.", "Мост у села Михнево закрыли на ремонт."),
    ("ru", "Рядом с городом Бранніцы построят завод.", "Рядом с городом Бронницы построят завод."),
    ("be", "Рэпарцёры наведалі вёску Радищево ўчора.", "Рэпарцёры наведалі вёску Радзішчава ўчора."),
    ("be", "Пажар у горадзе Вязники патушылі за гадзіну.", "Пажар у горадзе Вязнікі патушылі за гадзіну."),
    ("uk", "Міст біля села Шахава закрили на ремонт.", "Міст біля села Шахово закрили на ремонт."),
    ("uk", "Пожежу в місті Пятушкі загасили за годину.", "Пожежу в місті Петушки загасили за годину."),
    # A village's or a settlement's name keeps its own form's case, in the masculine too (в посёлке Харп).
    ("ru", "Пожар в посёлке Мышкин потушили за час.", "Пожар в посёлке Мышкин потушили за час."),
    ("be", "Пажар у вёсцы Мышкин патушылі за гадзіну.", "Пажар у вёсцы Мышкін патушылі за гадзіну."),
    ("uk", "Пожежу в селищі Мышкин загасили за годину.", "Пожежу в селищі Мишкін загасили за годину."),
    # The right nominative stays as it is there.
    ("ru", "Пожар в селе Одинцово потушили за час.", "Пожар в селе Одинцово потушили за час."),
    ("uk", "Пожежу в місті Луховиці загасили за годину.", "Пожежу в місті Луховиці загасили за годину."),
    # Polish names a village, a locality or a commune in the nominative, whatever its shape or gender.
    ("pl", "Most koło miejscowości Kratovo zamknięto.", "Most koło miejscowości Kratowo zamknięto."),
    ("pl", "Pożar w gminie Kotelniki ugaszono w godzinę.", "Pożar w gminie Kotielniki ugaszono w godzinę."),
    ("pl", "Pożar we wsi Piestowo ugaszono w godzinę.", "Pożar we wsi Piestowo ugaszono w godzinę."),
    # Belarusian people of a place (жыхары, навукоўцы): the place after them is theirs, in the genitive.
    ("be", "Жыхары Мышкін выйшлі на пратэст.", "Жыхары Мышкіна выйшлі на пратэст."),
    ("be", "Ураджэнцы Кірсанаў сабраліся ў Мінску.", "Ураджэнцы Кірсанава сабраліся ў Мінску."),
])
def test_a_place_after_a_kind_of_town_agrees_with_it_unless_neuter_or_plural(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Polish may leave a town's name after miasto or miasteczko in the nominative (do miasteczka Berszad; Poradnia PWN:
    # nazwa w apozycji) or let it agree (w mieście Krakowie): the fixer keeps the case the draft gave it.
    ("Pociąg do miasta Bolekhiv odjechał.", "Pociąg do miasta Bolechów odjechał."),
    ("Wróciła z miasteczka Terebovlia.", "Wróciła z miasteczka Trembowla."),
    ("Pracował w mieście Krasnoturinsku.", "Pracował w mieście Krasnoturińsku."),
    ("Urodził się w mieście Bolechów.", "Urodził się w mieście Bolechów."),
    ("Urodził się w mieście Bolechowie.", "Urodził się w mieście Bolechowie."),
    # A housing estate or a district is in apposition too (na osiedlu Bałuty).
    ("Mieszka na osiedlu Obolon.", "Mieszka na osiedlu Obołoń."),
    ("Wybuch w dzielnicy Obolon.", "Wybuch w dzielnicy Obołoń."),
])
def test_a_polish_town_after_its_kind_keeps_the_drafts_case(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, source, fixed", [
    # A state, district, county, province or canal is no settlement: the foreign name after its kind word is in
    # apposition and keeps its own form's case, whatever the kind word's (Rosenthal: "в штате Техас"), and the
    # source's "of" (the province of Manitoba) says nothing of it.
    ("be", "Сенатар ад штата Вайоминг выступіў у Кангрэсе.", None, "Сенатар ад штата Ваёмінг выступіў у Кангрэсе."),
    ("uk", "Фермери з графства Эссекс протестують.", None, "Фермери з графства Ессекс протестують."),
    ("ru", "Губернатор провинции Манітоба подписал закон.", "The governor of the province of Manitoba signed the law.",
     "Губернатор провинции Манитоба подписал закон."),
    ("pl", "Rolnicy z hrabstwa Cornwall protestują.", "Farmers in the county of Cornwall are protesting.",
     "Rolnicy z hrabstwa Kornwalia protestują."),
    ("ru", "Пожары в штате Висконсин не утихают.", None, "Пожары в штате Висконсин не утихают."),  # a right form stays
    # A stadium's name is in apposition too (na stadionie Łużniki, на стадионе Лужники).
    ("pl", "Mecz rozegrano na stadionie Minsk wczoraj.", None, "Mecz rozegrano na stadionie Mińsk wczoraj."),
    ("ru", "Матч прошёл на стадионе Мінск вчера.", None, "Матч прошёл на стадионе Минск вчера."),
])
def test_a_foreign_land_after_the_word_for_its_kind_keeps_its_nominative(eval_termbase, lang, draft, source, fixed):
    assert fix(eval_termbase, draft, lang, source=source).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # Mrs or Ms says the surname is a woman's: her verb after it agrees with her (no dative object of напісала,
    # сказала), and a surname in a consonant does not decline in any case.
    ("be", "У інтэрв'ю спадарыня Уилер сказала, што рашэнне прынятае.", "У інтэрв'ю спадарыня Уілер сказала, што рашэнне прынятае."),
    ("be", "Мы пагаварылі са спадарыняй Уилер пасля сустрэчы.", "Мы пагаварылі са спадарыняй Уілер пасля сустрэчы."),
    ("ru", "В интервью госпожа Вілер сказала, что решение принято.", "В интервью госпожа Уилер сказала, что решение принято."),
    ("ru", "По словам г-жи Мітчелл, переговоры продолжаются.", "По словам г-жи Митчелл, переговоры продолжаются."),
    ("uk", "Ми поговорили з пані Уилер після зустрічі.", "Ми поговорили з пані Вілер після зустрічі."),
    ("ru", "Мы поговорили с госпожой Уилер после встречи.", "Мы поговорили с госпожой Уилер после встречи."),
])
def test_a_surname_after_mrs_is_a_womans(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A sentence's first word that is a common word too (ru ана, be роб) is the person's first name where an
    # apposition in the nominative follows the surname: the name is the subject, no genitive of that word.
    ("be", "Роб Уилер, дырэктар фонду, лічыць, што праект пачнецца ўвосень.", "Роб Уілер, дырэктар фонду, лічыць, што праект пачнецца ўвосень."),
    ("ru", "Ана Мітчелл, партнер агентства, комментирует: «Это успех».", "Ана Митчелл, партнер агентства, комментирует: «Это успех»."),
    ("ru", "Роб Вілер, директор фонда, считает, что проект начнётся осенью.", "Роб Уилер, директор фонда, считает, что проект начнётся осенью."),
    # (a Belarusian noun for a person read through its Russian spelling: саветнік, советник)
    ("be", "Роб Уилер, саветнік міністра, заявіў журналістам пра адстаўку.", "Роб Уілер, саветнік міністра, заявіў журналістам пра адстаўку."),
    # No apposition: the first word is a noun, and the surname its genitive.
    ("be", "Фонд Уилер, паводле газеты, закрылі.", "Фонд Уілера, паводле газеты, закрылі."),
])
def test_a_first_word_that_is_also_a_common_word_is_a_first_name_before_an_apposition(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A participle that names a post (керуючий справами, заведующая кафедрой, загадчык) is a title: the name after
    # its complement is in apposition, in the title's case, no genitive of the complement.
    ("uk", "Управляючий маєтком Уилер стверджує, що врожай буде добрим.", "Управляючий маєтком Вілер стверджує, що врожай буде добрим."),
    ("ru", "Заведующая кафедрой Мітчелл рассказала о новой программе.", "Заведующая кафедрой Митчелл рассказала о новой программе."),
    ("uk", "Ми зустрілися з керуючим справами Уилер учора.", "Ми зустрілися з керуючим справами Вілером учора."),
    ("be", "Загадчыца кафедры Митчелл расказала пра новую праграму.", "Загадчыца кафедры Мітчэл расказала пра новую праграму."),
])
def test_a_participle_naming_a_post_is_a_title(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_polish_first_name_in_the_english_iy_is_fixed_with_its_surname_in_its_case():
    termbase = _named("person", [("hrytsak", "pl", "Jurij Hrycak", "preferred"), ("hrytsak", "pl", "Hrycak", "preferred"),
                                 ("hrytsak", "pl", "Yuriy Hrytsak", "deprecated"), ("hrytsak", "pl", "Hrytsak", "deprecated"),
                                 ("hrytsak", "ru", "Юрий Грицак", "preferred")])
    assert fix(termbase, "Rozmawiali z Yuriyem Hrytsakiem o historii.", "pl").text == "Rozmawiali z Jurijem Hrycakiem o historii."
    assert fix(termbase, "Esej o Yuriyu Hrytsaku ukazał się wczoraj.", "pl").text == "Esej o Juriju Hrycaku ukazał się wczoraj."


@pytest.mark.parametrize("draft, fixed", [
    # -хіў and -тыў end Belarusian nouns (архіў, калектыў), no past verb: the name after one is its genitive.
    ("Архіў Тихановская перадалі ў музей.", "Архіў Ціханоўскай перадалі ў музей."),
    ("Калектыў Тихановская падтрымаў ініцыятыву.", "Калектыў Ціханоўскай падтрымаў ініцыятыву."),
])
def test_a_belarusian_noun_in_iw_is_no_past_verb(termbase, draft, fixed):
    assert fix(termbase, draft, "be").text == fixed


def test_a_polish_place_joined_by_a_to_a_place_before_it_shares_its_case(eval_termbase):
    # "między X a Y": the Polish a joins the second place to the first, in the instrumental between governs.
    assert fix(eval_termbase, "Między Warszawą a Minsk uruchomiono pociąg.", "pl").text == "Między Warszawą a Mińskiem uruchomiono pociąg."


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Мы многим обязаны Zelensky.", "Мы многим обязаны Зеленскому."),  # обязан: to whom, the dative
    ("be", "Лісты рэдактару Зеленский захоўваюцца ў архіве.", "Лісты рэдактару Зяленскаму захоўваюцца ў архіве."),  # a title
])
def test_a_name_after_obliged_or_an_editor_in_the_dative_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_person_after_a_noun_of_fascination_is_in_the_instrumental(eval_termbase):
    # увлечение, захапленне, захоплення govern the instrumental as their verbs do (увлекаться кем).
    assert fix(eval_termbase, "Увлечение Zelensky объединяет поколения.", "ru").text == "Увлечение Зеленским объединяет поколения."


@pytest.mark.parametrize("draft, fixed", [
    # The right spelling left in the nominative after a settlement noun in an oblique case takes that case.
    ("Над містом Київ знову чути вибухи.", "Над містом Києвом знову чути вибухи."),
    ("Мешканці міста Київ протестували.", "Мешканці міста Києва протестували."),
    ("Місто Київ прийняло гостей.", "Місто Київ прийняло гостей."),
])
def test_a_right_place_name_after_a_settlement_noun_agrees_with_it(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "uk").text == fixed


def _ninel() -> Termbase:
    """A woman whose first name ends in a soft sign (ru Нинель, be Нінэль, pl Ninel)."""
    rows = [("be", "Нінэль Каваль", "preferred"), ("be", "Нинель Коваль", "deprecated"), ("ru", "Нинель Коваль", "preferred"),
            ("pl", "Ninel Kowal", "preferred"), ("pl", "Ninel Koval", "deprecated")]
    return _named("person", [("ninel", *row) for row in rows])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Верш Нинели Коваль надрукавалі ў часопісе.", "Верш Нінэлі Каваль надрукавалі ў часопісе."),
    ("be", "Рэдактар сустрэўся з Нинелью Коваль.", "Рэдактар сустрэўся з Нінэллю Каваль."),
    ("pl", "Redaktor spotkał się z Ninel Koval w Gdańsku.", "Redaktor spotkał się z Ninel Kowal w Gdańsku."),
    ("pl", "Redaktor spotkał się z Ninel Kowal w Gdańsku.", "Redaktor spotkał się z Ninel Kowal w Gdańsku."),
])
def test_a_womans_first_name_in_a_consonant_declines_as_a_womans_or_not_at_all(lang, draft, fixed):
    assert fix(_ninel(), draft, lang).text == fixed


def test_a_belarusian_adjective_in_a_place_is_left_where_its_stress_is_not_written():
    places = _named("place", [("gold", "be", "Залатая Гара", "preferred"), ("gold", "be", "Золотая Гора", "deprecated"),
                              ("pole", "be", "Сівая Гара", "preferred"), ("pole", "be", "Сивая Гора", "deprecated"),
                              ("nova", "be", "Новая Ушыца", "preferred"), ("nova", "be", "Новая Ушица", "deprecated")])
    # Залатой or Залатай: hunspell-be spells both (залатай is also a verb's imperative), so the draft stays; it spells
    # сівой alone (сівы́: з сівой даўніны), so that is the stress; о in Новая is stressed, its ending not.
    assert fix(places, "Дарога да Золотой Горы.", "be").text == "Дарога да Золотой Горы."
    assert fix(places, "Дарога да Сивой Горы.", "be").text == "Дарога да Сівой Гары."
    assert fix(places, "Дарога да Новой Ушицы.", "be").text == "Дарога да Новай Ушыцы."


def test_a_polish_place_in_ny_alone_is_a_plural_only_noun_never_an_adjective():
    places = _named("place", [("ostrozany", "pl", "Ostrożany", "preferred"), ("ostrozany", "pl", "Ostrozhany", "deprecated")])
    assert fix(places, "Mieszkańcy Ostrożan czekają na nowy most.", "pl").text == "Mieszkańcy Ostrożan czekają na nowy most."
    assert fix(places, "Festyn odbył się w Ostrozhanach.", "pl").text == "Festyn odbył się w Ostrożanach."
    assert fix(places, "Autobus do Ostrozhany nie przyjechał.", "pl").text == "Autobus do Ostrożan nie przyjechał."


def test_a_polish_plural_only_place_in_a_vowel_a_consonant_and_y_takes_the_bare_genitive():
    places = _named("place", [("jaszuny", "pl", "Jaszuny", "preferred"), ("jaszuny", "pl", "Jašiūnai", "deprecated"),
                              ("hologory", "pl", "Hołogóry", "preferred"), ("hologory", "pl", "Holohory", "deprecated"),
                              ("mrozy", "pl", "Mrozy", "preferred"), ("mrozy", "pl", "Mrozi", "deprecated"),
                              ("pieczary", "pl", "Pieczary", "preferred"), ("pieczary", "pl", "Pechary", "deprecated"),
                              ("pieczary", "ru", "Печары", "preferred", "", "gen=Печаров")])
    assert fix(places, "Z Jašiūnai pochodzi rodzina Balińskich.", "pl").text == "Z Jaszun pochodzi rodzina Balińskich."
    assert fix(places, "Konserwatorzy przyjechali do Holohory.", "pl").text == "Konserwatorzy przyjechali do Hołogór."
    # A masculine noun's plural (mróz: mrozów) and a place whose East Slavic genitive is -ов keep theirs unsure.
    assert fix(places, "Pociąg z Mrozów przyjechał punktualnie.", "pl").text == "Pociąg z Mrozów przyjechał punktualnie."
    assert fix(places, "Autobus do Pechary nie przyjechał.", "pl").text == "Autobus do Pechary nie przyjechał."


def test_a_notes_aside_naming_the_polish_name_does_not_make_it_undeclined_in_polish():
    note = "town in Lithuania; undeclined in be/uk/ru (Polish: Wiłkomierz, masculine)"
    places = _named("place", [("ukmerge", "en", "Ukmergė", "preferred", note), ("ukmerge", "pl", "Wiłkomierz", "preferred"),
                              ("ukmerge", "pl", "Ukmergė", "deprecated"), ("ukmerge", "ru", "Укмерге", "preferred")])
    assert fix(places, "W Ukmergė urodził się znany malarz.", "pl").text == "W Wiłkomierzu urodził się znany malarz."
    assert fix(places, "Pod Ukmergė rozegrała się bitwa.", "pl").text == "Pod Wiłkomierzem rozegrała się bitwa."
    assert fix(places, "Под Укмерге произошла битва.", "ru").text == "Под Укмерге произошла битва."


def test_a_polish_place_known_only_as_a_mans_first_name_never_takes_the_mans_endings():
    places = _named("place", [("zbyslaw", "pl", "Zbysław", "preferred"), ("zbyslaw", "pl", "Zbyslav", "deprecated")])
    # A town in -sław declines as a place (w Zbysławiu), the man as a person (o Zbysławie): neither is written.
    assert fix(places, "Festyn odbył się w Zbyslavie.", "pl").text == "Festyn odbył się w Zbyslavie."
    assert fix(places, "Festyn odbył się w Zbysławiu.", "pl").text == "Festyn odbył się w Zbysławiu."
    assert fix(places, "Zbyslav leży nad rzeką.", "pl").text == "Zbysław leży nad rzeką."


def test_a_place_the_termbase_calls_indeclinable_in_its_language_stays_so_whatever_the_dictionary_says():
    # The note is the English term's: the Russian term's own note would say so for it alone.
    places = _named("place", [("siauliai", "en", "Šiauliai", "preferred", "Lithuanian city; ru Шяуляй does not decline"),
                              ("siauliai", "ru", "Шяуляй", "preferred"), ("siauliai", "ru", "Шауляй", "deprecated"),
                              ("siauliai", "uk", "Шяуляй", "preferred", "Ukrainian Шяуляй declines (Шяуляя)")])
    assert fix(places, "Мы жили в Шяуляй два года.", "ru").text == "Мы жили в Шяуляй два года."
    assert fix(places, "Вокзал Шауляя закрыли на ремонт.", "ru").text == "Вокзал Шяуляй закрыли на ремонт."
    assert fix(places, "Ми жили в Шяуляй два роки.", "uk").text == "Ми жили в Шяуляї два роки."


def test_a_ukrainian_mans_surname_in_ko_declines_where_the_dictionary_lists_it_indeclinable():
    people = _named("person", [("franko", "uk", "Іван Франко", "preferred"), ("franko", "uk", "Франко", "preferred"),
                               ("franko", "uk", "Franko", "deprecated"), ("franko", "ru", "Иван Франко", "preferred")])
    assert fix(people, "Листування Franko видали окремою книжкою.", "uk").text == "Листування Франка видали окремою книжкою."
    assert fix(people, "Студенти читали вірші Франко вголос.", "uk").text == "Студенти читали вірші Франка вголос."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A person's works, their heritage and the museum in their house take them in the genitive.
    ("ru", "В Гродно открыли дом-музей Быкаў после ремонта.", "В Гродно открыли дом-музей Быкова после ремонта."),
    ("uk", "У Гродні відкрили будинок-музей Быкаў після ремонту.", "У Гродні відкрили будинок-музей Бикова після ремонту."),
    ("be", "Дом-музей Быков адкрыўся пасля рамонту.", "Дом-музей Быкава адкрыўся пасля рамонту."),
    ("be", "Спадчына Быков вывучаецца ў школе.", "Спадчына Быкава вывучаецца ў школе."),
    ("pl", "Powieści Tichanowska ukazały się w Krakowie.", "Powieści Cichanouskiej ukazały się w Krakowie."),
    ("pl", "Teatr wystawił sztukę Tichanowska w listopadzie.", "Teatr wystawił sztukę Cichanouskiej w listopadzie."),
    ("be", "Артыкулы Быков пра вайну чытаюць студэнты.", "Артыкулы Быкава пра вайну чытаюць студэнты."),
    ("be", "Паэмы Быков распаўсюджваліся ў рукапісах.", "Паэмы Быкава распаўсюджваліся ў рукапісах."),
])
def test_a_person_after_their_works_or_their_house_museum_is_in_the_genitive(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_person_after_a_short_participle_of_dedication_is_in_the_dative(eval_termbase):
    # посвящена, like посвящённая, dedicates to someone (not "by" them, the instrumental of an agent).
    assert fix(eval_termbase, "Выставка посвящена Быкаў и его повестям.", "ru").text == "Выставка посвящена Быкову и его повестям."


@pytest.mark.parametrize("draft, fixed", [
    # фільмаў ends like a past verb (сказаў), but the table lists it whole as a noun: no verb has the name as subject.
    ("Выстава фільмаў Быков адкрыецца ў Гродне.", "Выстава фільмаў Быкава адкрыецца ў Гродне."),
    ("Рэтраспектыва фільмаў Быков пачнецца ўвосень.", "Рэтраспектыва фільмаў Быкава пачнецца ўвосень."),
])
def test_a_belarusian_noun_the_table_lists_whole_is_no_past_verb_before_a_name(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "be").text == fixed


def test_an_adjective_from_a_place_before_a_noun_with_an_apostrophe_describes_it(termbase):
    # прем'єр is one word: "Польський" describes it, it is no rendering of Польща.
    assert fix(termbase, "Польський прем'єр прибув до Києва.", "uk").text == "Польський прем'єр прибув до Києва."


def test_a_persons_name_alone_in_quotation_marks_is_cited_as_written(termbase):
    # A sign or a placard cited: neither its spelling nor its case is MT's.
    draft = "На плакаце было напісана «Светлана Тихановская», і людзі фатаграфаваліся."
    assert fix(termbase, draft, "be").text == draft
    assert fix(termbase, "Сустрэча з Тихановская адбылася ў Вільні.", "be").text == "Сустрэча з Ціханоўскай адбылася ў Вільні."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A monument takes the dative of its person; a monumentalist, whose word begins alike, is a title in apposition.
    ("uk", "Монументаліст Быков створив власну школу.", "Монументаліст Биков створив власну школу."),
    ("uk", "У Гродні відкрили монумент Быков.", "У Гродні відкрили монумент Бикову."),
])
def test_only_a_monument_not_a_monumentalist_takes_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # What brought fame brought it to someone: the dative.
    ("be", "Гэты раман прынёс Быков сусветную славу.", "Гэты раман прынёс Быкаву сусветную славу."),
    ("ru", "Эта повесть принесла Быкаў мировую славу.", "Эта повесть принесла Быкову мировую славу."),
])
def test_a_person_after_a_verb_of_bringing_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_deprecated_spelling_after_a_one_case_preposition_takes_that_case(eval_termbase):
    # пра takes the accusative alone: the Russian form's genitive/dative ending is no case here.
    assert fix(eval_termbase, "Кніга пра Тихановской выйшла ў Мінску.", "be").text == "Кніга пра Ціханоўскую выйшла ў Мінску."


@pytest.mark.parametrize("lang, draft, fixed", [
    # What is named after a person has them in the genitive, though a verb after the name agrees with them.
    ("be", "Прэмію імя Быков атрымаў малады паэт.", "Прэмію імя Быкава атрымаў малады паэт."),
    ("ru", "Премию имени Быкаў получил молодой поэт.", "Премию имени Быкова получил молодой поэт."),
    ("pl", "Nagrodę imienia Tichanowska otrzymała dziennikarka.", "Nagrodę imienia Cichanouskiej otrzymała dziennikarka."),
])
def test_a_person_something_is_named_after_is_in_the_genitive(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_a_person_compared_to_another_is_the_accusative_object(eval_termbase):
    draft = "Historyk porównał Tichanowska do innych liderów."
    assert fix(eval_termbase, draft, "pl").text == "Historyk porównał Cichanouską do innych liderów."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A lower-case word the dictionary knows as a common noun beside the name stays a common noun:
    # the Ukrainian guard (варта) and, where the Russian dictionary lacks it, the plant (лобода).
    ("uk", "Суд відпустив обох з-під варти до ранку.", "Суд відпустив обох з-під варти до ранку."),
    ("ru", "Вдоль забора выросла лобода в человеческий рост.", "Вдоль забора выросла лобода в человеческий рост."),
    # A sentence that sends someone there makes it the place; another form of the name stays a name.
    ("uk", "Байдарочники поїхали на варту з наметами.", "Байдарочники поїхали на Варту з наметами."),
    ("ru", "Билеты на концерт лободы раскупили за день.", "Билеты на концерт Лободы раскупили за день."),
    # So is another Ukrainian common noun's form spelt as the name (кринички, the springs, beside the place Кринички),
    # where no preposition makes it the place.
    ("ru", "Весной у холма бьют кринички, из которых берут воду.", "Весной у холма бьют кринички, из которых берут воду."),
    ("ru", "Гуманитарный груз доставили в кринички вчера.", "Гуманитарный груз доставили в Кринички вчера."),
])
def test_a_lower_case_common_noun_is_no_name_unless_the_sentence_makes_it_one(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "warta", "lang": "en", "term": "Warta", "kind": "place"},
        {"concept": "warta", "lang": "uk", "term": "Варта"},
        {"concept": "loboda", "lang": "en", "term": "Loboda", "kind": "person"},
        {"concept": "loboda", "lang": "ru", "term": "Лобода"},
        {"concept": "krynychky", "lang": "en", "term": "Krynychky", "kind": "place"},
        {"concept": "krynychky", "lang": "ru", "term": "Кринички"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A road or route before на names where it leads: the accusative, not the locative of where it lies.
    ("uk", "Повз село проходить траса на Харьков.", "Повз село проходить траса на Харків."),
    ("uk", "Повз село проходить траса на Харків.", "Повз село проходить траса на Харків."),
    ("ru", "Вдоль реки проходит шоссе на Харків.", "Вдоль реки проходит шоссе на Харьков."),
    ("be", "Уздоўж вёскі праходзіць траса на Минск.", "Уздоўж вёскі праходзіць траса на Мінск."),
])
def test_a_road_before_na_names_where_it_leads(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Two wrong spellings only ё tells apart (Прокопёнку, Прокопенку): the draft's own letter says whose form it is.
    ("Міністр уручыў Прокопёнку грамату.", "Міністр уручыў Пракапёнку грамату."),
    ("Міністр уручыў Прокопенку грамату.", "Міністр уручыў Пракапенку грамату."),
])
@pytest.mark.parametrize("yo_first", [False, True])
def test_a_draft_with_yo_is_the_form_spelt_with_yo(draft, fixed, yo_first):
    pairs = [("prakapenka", "Пракапенка", "Прокопенко"), ("prakapionak", "Пракапёнак", "Прокопёнок")]
    rows = [row for concept, right, wrong in (reversed(pairs) if yo_first else pairs)
            for row in ({"concept": concept, "lang": "en", "term": concept, "kind": "person"},
                        {"concept": concept, "lang": "be", "term": right},
                        {"concept": concept, "lang": "be", "term": wrong, "status": "deprecated"})]
    assert fix(Termbase.from_rows(rows), draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A name after a noun, before a reflexive verb that agrees with it, is that verb's subject (nominative).
    ("Пасля канцэрта Лукашэнка сфатаграфаваўся з гледачамі.", "Пасля канцэрта Лукашэнка сфатаграфаваўся з гледачамі."),
    ("Пасля сустрэчы Тихановская сфатаграфавалася з журналістамі.", "Пасля сустрэчы Ціханоўская сфатаграфавалася з журналістамі."),
    ("Пасля сустрэчы Тихановская смяецца з журналістамі.", "Пасля сустрэчы Ціханоўская смяецца з журналістамі."),
])
def test_a_belarusian_reflexive_verb_after_the_name_makes_it_the_subject(termbase, draft, fixed):
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A place in -чы has a bare genitive (Ляхавіч) or one in -аў: only hunspell-be listing the place settles it.
    ("Аўтобус з Ляховичи прыйшоў своечасова.", "Аўтобус з Ляхавіч прыйшоў своечасова."),
    ("Аўтобус з Мытищи прыйшоў своечасова.", "Аўтобус з Мытищи прыйшоў своечасова."),
    ("Аўтобус прыйшоў у Мытищи своечасова.", "Аўтобус прыйшоў у Мытішчы своечасова."),
])
def test_a_belarusian_plural_place_in_chy_has_a_genitive_only_where_the_dictionary_lists_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "liakhavichy", "lang": "en", "term": "Liakhavichy", "kind": "place"},
        {"concept": "liakhavichy", "lang": "be", "term": "Ляхавічы"},
        {"concept": "liakhavichy", "lang": "be", "term": "Ляховичи", "status": "deprecated"},
        {"concept": "mytishchi", "lang": "en", "term": "Mytishchi", "kind": "place"},
        {"concept": "mytishchi", "lang": "be", "term": "Мытішчы"},
        {"concept": "mytishchi", "lang": "be", "term": "Мытищи", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A verb of motion or a means of transport before в/у/на sends someone there: the accusative stays.
    ("be", "Ён рэдка прыязджаў у Кіеў зімой.", "Ён рэдка прыязджаў у Кіеў зімой."),
    ("be", "Цягнікі на Киев сёння адмянілі.", "Цягнікі на Кіеў сёння адмянілі."),
    ("uk", "Поїзд на Киев запізнився на годину.", "Поїзд на Київ запізнився на годину."),
    ("ru", "Автобусы на Киев сегодня отменили.", "Автобусы на Киев сегодня отменили."),
    # A trip, a tour or a ticket names where to: the accusative after в/у, as after a verb of motion.
    ("ru", "Спрос на путёвки в Хургада вырос.", "Спрос на путёвки в Хургаду вырос."),
    ("ru", "Туры в Нида продают с мая.", "Туры в Ниду продают с мая."),
    ("uk", "Попит на путівки в Алушта зріс.", "Попит на путівки в Алушту зріс."),
    ("be", "Пуцёўкі ў Хургада прадаюць з мая.", "Пуцёўкі ў Хургаду прадаюць з мая."),
    # Where a thing is: the summer (літа) is no flight, and growing dearer (подорожчали) no journey.
    ("uk", "Оренда житла у Львів цього літа подорожчала.", "Оренда житла у Львові цього літа подорожчала."),
])
def test_a_place_one_travels_to_keeps_the_accusative_and_one_stays_at_the_locative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # Verbs of honouring and hearing take their person in the accusative; of paying and securing, in the dative.
    ("uk", "Суддя вислухав Тихановская без перекладача.", "Суддя вислухав Тихановську без перекладача."),
    ("uk", "Комісія відзначила Тихановская за сміливість.", "Комісія відзначила Тихановську за сміливість."),
    ("pl", "Fundacja wypłaciła Tichanowska stypendium.", "Fundacja wypłaciła Cichanouskiej stypendium."),
    ("pl", "Policja zapewniła Tichanowska ochronę.", "Policja zapewniła Cichanouskiej ochronę."),
    # покарать, пакараць, покарати take the one punished in the accusative.
    ("ru", "Суд покарал Кірылюк штрафом.", "Суд покарал Кирилюка штрафом."),
    ("be", "Суд пакараў Тарасевич арыштам.", "Суд пакараў Тарасевіча арыштам."),
    ("uk", "Суд покарав Лагутин штрафом.", "Суд покарав Лагутіна штрафом."),
])
def test_verbs_of_hearing_honouring_punishing_paying_and_securing_govern_their_case(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def test_another_name_the_dictionary_lists_for_a_place_is_no_ordinary_word():
    # The Ukrainian dictionary lists Перемишль also as Перемишель, a name (its gender on the word): у перемишлі is the place.
    termbase = Termbase.from_rows([
        {"concept": "przemysl", "lang": "en", "term": "Przemyśl", "kind": "place"},
        {"concept": "przemysl", "lang": "uk", "term": "Перемишль"},
    ])
    assert fix(termbase, "Ярмарок у перемишлі відкрили вранці.", "uk").text == "Ярмарок у Перемишлі відкрили вранці."


def test_a_neuter_verb_after_a_name_is_not_its_own(termbase):
    # A person is never the subject of a neuter verb: the interview is; the name agrees with its title.
    draft = "Інтэрв'ю з кіраўніком Лукашэнка набрало мільён праглядаў."
    assert fix(termbase, draft, "be").text == "Інтэрв'ю з кіраўніком Лукашэнкам набрало мільён праглядаў."


@pytest.mark.parametrize("lang, draft, fixed", [
    # Verbs of honouring (ушанувати beside вшанувати) and using take their person in the accusative.
    ("uk", "Парламент ушанував Тихановская хвилиною оплесків.", "Парламент ушанував Тихановську хвилиною оплесків."),
    ("uk", "Кампанія використовує Тихановская як символ протесту.", "Кампанія використовує Тихановську як символ протесту."),
    ("ru", "Кампания использует Ціханоўская как символ протеста.", "Кампания использует Тихановскую как символ протеста."),
])
def test_verbs_of_honouring_and_using_govern_the_accusative(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A sportsman's or pilot's title is a title: the name after it shares its case (пра: acc; dative title: dat).
    ("Пра футбаліста Лукашэнка зноў пішуць газеты.", "Пра футбаліста Лукашэнку зноў пішуць газеты."),
    ("Хакеісту Лукашэнка падарылі клюшку.", "Хакеісту Лукашэнку падарылі клюшку."),
])
def test_a_belarusian_name_after_a_profession_shares_its_case(termbase, draft, fixed):
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Polish puts an adjective after its noun: past it, the noun heads the name's genitive.
    ("Widzowie obejrzeli wywiad telewizyjny Tichanowska w całości.", "Widzowie obejrzeli wywiad telewizyjny Cichanouskiej w całości."),
    ("Wczoraj opublikowano orędzie noworoczne Tichanowska.", "Wczoraj opublikowano orędzie noworoczne Cichanouskiej."),
])
def test_a_polish_name_after_a_noun_and_its_adjective_is_the_nouns_genitive(termbase, draft, fixed):
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # What fell to someone (дісталося, досталось) fell to them: the dative.
    ("uk", "Головна нагорода дісталася Тихановской.", "Головна нагорода дісталася Тихановській."),
    ("ru", "Главная награда досталась Ціханоўскай.", "Главная награда досталась Тихановской."),
])
def test_what_fell_to_someone_takes_the_dative(termbase, lang, draft, fixed):
    assert fix(termbase, draft, lang).text == fixed


def _karpenko_and_lebed() -> Termbase:
    return _named("person", [("karpenko", "be", "Карпенка", "preferred"), ("karpenko", "be", "Карпенко", "deprecated"),
                             ("lebed", "be", "Лебедзь", "preferred"), ("lebed", "be", "Лебедь", "deprecated")])


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian plural noun in -ы/-і (метады of метад) ends like a masculine adjective (новы): hunspell-be
    # makes it from its noun, so the name after it is the noun's genitive.
    ("Метады Карпенко абмяркоўвалі на канферэнцыі.", "Метады Карпенкі абмяркоўвалі на канферэнцыі."),
    ("Эксперты параўноўваюць метады Карпенко з падыходамі іншых трэнераў.", "Эксперты параўноўваюць метады Карпенкі з падыходамі іншых трэнераў."),
    # The past of a -йсці verb (разышліся, выйшлі) is plural: not the name's own verb.
    ("Пераклады Лебедь разышліся за тыдзень.", "Пераклады Лебедзя разышліся за тыдзень."),
    ("Фельетоны Карпенко выйшлі асобнай кнігай.", "Фельетоны Карпенкі выйшлі асобнай кнігай."),
    # A masculine adjective in -ы is its own word in hunspell-be: the name it describes stays the subject.
    ("Малады Лебедь выйшаў на сцэну.", "Малады Лебедзь выйшаў на сцэну."),
    ("Новы Карпенко выйшаў на сцэну.", "Новы Карпенка выйшаў на сцэну."),
])
def test_a_belarusian_name_after_a_plural_noun_is_its_genitive(draft, fixed):
    assert fix(_karpenko_and_lebed(), draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Polish nowy, stary are also nouns for a person (the newcomer): agreeing with the noun after them they
    # describe it, and are no title the name stands in apposition to; the name is that noun's genitive.
    ("Nowy tomik Lebed ukazał się w Krakowie.", "Nowy tomik Łebieda ukazał się w Krakowie."),
    ("Stary dom Lebed stoi przy rynku.", "Stary dom Łebieda stoi przy rynku."),
    ("Nowy premier Lebed ogłosił reformę.", "Nowy premier Łebied ogłosił reformę."),
])
def test_an_adjective_before_a_polish_noun_is_no_title(draft, fixed):
    termbase = _named("person", [("lebed", "pl", "Łebied", "preferred"), ("lebed", "pl", "Lebed", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # "pod wodzą" (under the leadership of) heads a genitive; Morfeusz also reads wodzą as "they lead".
    ("Oddział pod wodzą Lebed zajął wzgórze.", "Oddział pod wodzą Łebieda zajął wzgórze."),
    ("Drużyna pod wodzą Lebed wygrała turniej.", "Drużyna pod wodzą Łebieda wygrała turniej."),
])
def test_under_someones_leadership_takes_the_polish_genitive(draft, fixed):
    termbase = _named("person", [("lebed", "pl", "Łebied", "preferred"), ("lebed", "pl", "Lebed", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # The uk dictionary lists галич as a masculine and as a feminine common noun: it does not say which the
    # town declines as, so the rules do (a masculine in a consonant: Галича, not the feminine Галичі).
    ("Туристи приїхали до Halych уранці.", "Туристи приїхали до Галича уранці."),
    ("Автобус до галича вирушив уранці.", "Автобус до Галича вирушив уранці."),
])
def test_a_ukrainian_place_the_dictionary_gives_two_genders_declines_by_the_rules(draft, fixed):
    termbase = _named("place", [("halych", "uk", "Галич", "preferred"), ("halych", "uk", "Halych", "deprecated")])
    assert fix(termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # The uk dictionary reads батьків as a possessive adjective (father's) too: the town declines as a noun.
    ("Школу в Батьков відкрили знову.", "Школу в Батькові відкрили знову."),
    ("Автобус із Батьков запізнився.", "Автобус із Батькова запізнився."),
])
def test_a_ukrainian_place_in_iv_declines_as_a_noun_not_as_a_possessive_adjective(draft, fixed):
    termbase = _named("place", [("batkiv", "uk", "Батьків", "preferred"), ("batkiv", "uk", "Батьков", "deprecated")])
    assert fix(termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # Russian writes ё at will: the termbase's Королев keeps its е in every case (not Королёвым).
    ("ru", "Инвесторы встретились с Сергій Корольов в Москве.", "Инвесторы встретились с Сергеем Королевым в Москве."),
    # The Belarusian suffix -ўка (Russian -овка) is unstressed: its dative and locative end in -цы, not -цэ.
    ("be", "Вадаправод у Николаевка разбураны.", "Вадаправод у Мікалаеўцы разбураны."),
])
def test_forms_keep_the_spelling_and_stress_of_their_word(lang, draft, fixed):
    termbase = _named("person", [("korolev", "ru", "Сергей Королев", "preferred"), ("korolev", "ru", "Сергій Корольов", "deprecated")]) \
        if lang == "ru" else _named("place", [("mykolaivka", "be", "Мікалаеўка", "preferred"), ("mykolaivka", "be", "Николаевка", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


def test_a_ukrainian_name_in_a_vowel_and_ya_writes_yi_after_the_vowel():
    # After a vowel Ukrainian writes ї and є: Агнія -> Агнії, Агнією (not Агніі, Агніею).
    from glossary.inflection import word_paradigm
    paradigm = word_paradigm("Тавія", "uk", True, given=True)
    assert (paradigm["gen"], paradigm["ins"]) == (["Тавії"], ["Тавією"])


@pytest.mark.parametrize("lang, draft, fixed", [
    # A first name no dictionary knows, in -а/-я/-a in every language, is a woman's: her surname in a
    # consonant does not decline (not the man's Ждана, Żdanem), her first name does.
    ("uk", "Вірші Тавия Ждан читають у школах.", "Вірші Тавії Ждан читають у школах."),
    ("pl", "Rozmawiał z Taviya Zhdan przez telefon.", "Rozmawiał z Tawiją Żdan przez telefon."),
])
def test_a_woman_with_a_first_name_no_dictionary_knows_keeps_her_surname(lang, draft, fixed):
    termbase = _named("person", [("zhdan", "uk", "Тавія Ждан", "preferred"), ("zhdan", "uk", "Тавия Ждан", "deprecated"),
                                 ("zhdan", "ru", "Тавия Ждан", "preferred"),
                                 ("zhdan", "pl", "Tawija Żdan", "preferred"), ("zhdan", "pl", "Taviya Zhdan", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A number inside a prepositional phrase ("ў 2004 годзе") leaves its noun the preposition's: no subject,
    # so the person after the verb is the verb's subject, in the nominative.
    ("Рэформы, якія ў 2004 годзе праводзіў Карпенко, далі плён.", "Рэформы, якія ў 2004 годзе праводзіў Карпенка, далі плён."),
    ("Праект, які ў 2010 годзе ўзначаліў Лебедь, закрылі.", "Праект, які ў 2010 годзе ўзначаліў Лебедзь, закрылі."),
])
def test_a_dated_prepositional_phrase_is_no_subject(draft, fixed):
    assert fix(_karpenko_and_lebed(), draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Polish place in -iki/-yki that Morfeusz does not know is a plural-only noun with a bare genitive.
    ("Autobus pojechał do Polonyki wieczorem.", "Autobus pojechał do Połonik wieczorem."),
    ("W Polonyki otwarto nową szkołę.", "W Połonikach otwarto nową szkołę."),
])
def test_a_polish_place_in_iki_is_plural_with_a_bare_genitive(draft, fixed):
    termbase = _named("place", [("poloniki", "pl", "Połoniki", "preferred"), ("poloniki", "pl", "Polonyki", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


def test_a_polish_name_in_a_vowel_and_ja_drops_the_j_before_i():
    # Zoja: Zoi; so a first name no dictionary knows (Tawija: Tawii, not Tawiji); Azja after a consonant keeps it.
    from glossary.inflection import word_paradigm
    assert word_paradigm("Tawija", "pl", True, given=True)["gen"] == ["Tawii"]
    assert word_paradigm("Tawija", "pl", True, given=True)["ins"] == ["Tawiją"]


@pytest.mark.parametrize("draft, fixed", [
    # The dictionary reads снятые first as the adjective снятой: it is still the participle, whose agent is instrumental.
    ("Кадры, снятые Ганна Мароз на передовой, разошлись по сети.", "Кадры, снятые Анной Мороз на передовой, разошлись по сети."),
    ("Задержанные Ганна Мароз и её брат вышли на свободу.", "Задержанные Анна Мороз и её брат вышли на свободу."),
])
def test_a_russian_participle_read_first_as_an_adjective_takes_its_agent(draft, fixed):
    termbase = _named("person", [("moroz", "ru", "Анна Мороз", "preferred"), ("moroz", "ru", "Ганна Мароз", "deprecated")])
    assert fix(termbase, draft, "ru").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # What went (ішоў, ішла, ішлі) into a town went there: the accusative, which a plural place shares with
    # its nominative (у Мікашэвічы), not the locative (у Мікашэвічах).
    ("Аўтобус, які ішоў у Микашевичи, спыніўся.", "Аўтобус, які ішоў у Мікашэвічы, спыніўся."),
    ("Калона ішла ў Микашевичи ўсю ноч.", "Калона ішла ў Мікашэвічы ўсю ноч."),
])
def test_a_belarusian_place_someone_went_to_is_in_the_accusative(draft, fixed):
    termbase = _named("place", [("mikashevichy", "be", "Мікашэвічы", "preferred"), ("mikashevichy", "be", "Микашевичи", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft", [
    # An adverb or conjunction that ends like a plural verb (калі, некалі: затрымалі) or like a noun
    # (спачатку, недзе) heads no case: the name after it is its own verb's subject and stays as written.
    "Калі Карпенка прыйшоў, усе ўсталі.",
    "Некалі Карпенка жыў у Мінску.",
    "Спачатку Лебедзь адмовіўся.",
    "Недзе Карпенка знайшоў грошы.",
    "Улетку Карпенка адпачываў.",
    "Уранні Карпенка пабег.",
    # The past of a -нуць verb ends in -нуў (вярнуўся): the name's own verb.
    "Праз год Карпенка вярнуўся.",
    # An adjective in -ым before an instrumental noun makes an adverb of time, no subject (not рэжым).
    "Гэтым разам Карпенка выйграў.",
    "Мінулым летам Лебедзь адпачываў.",
    # гэты ends like паэты, people: it is a pronoun, and no title the name stands in apposition to.
    "За гэты час Карпенка напісаў кнігу.",
    # The past of -магчы verbs ends in -мог (перамог, дапамог): a verb.
    "Між тым Лебедзь перамог.",
])
def test_a_belarusian_name_after_an_adverb_stays_its_verbs_subject(draft):
    assert fix(_karpenko_and_lebed(), draft, "be").text == draft


@pytest.mark.parametrize("draft", [
    # uk жив is read first as the short adjective of живий: it is also the verb (жити), the name's own.
    "Два роки Карпенко жив у Вільнюсі.",
    "Три роки Карпенко жив у Львові.",
])
def test_a_ukrainian_name_before_a_verb_read_first_as_an_adjective_stays_its_subject(draft):
    termbase = _named("person", [("karpenko", "uk", "Карпенко", "preferred"), ("karpenko", "uk", "Karpenko", "deprecated")])
    assert fix(termbase, draft, "uk").text == draft


@pytest.mark.parametrize("lang, draft", [
    # A negative pronoun (нічого, nic) before a negated verb is its object and stands between the name and
    # its verb as an adverb would: the name stays the verb's subject.
    ("uk", "Три дні Гарбуз нічого не їв."),
    ("pl", "Przez trzy dni Harbuz nic nie jadł."),
    # The Belarusian present in -эе/-ее (хварэе) is a verb.
    ("be", "Апошнім часам Гарбуз хварэе."),
])
def test_a_name_before_its_negated_or_present_verb_stays_its_subject(lang, draft):
    spelling = {"pl": "Harbuz"}.get(lang, "Гарбуз")
    termbase = _named("person", [("harbuz", lang, spelling, "preferred"), ("harbuz", lang, "Garbuz", "deprecated")])
    assert fix(termbase, draft, lang).text == draft


@pytest.mark.parametrize("lang, draft", [
    # A span of time (цілий рік, увесь год) is an adverb in the accusative: no subject, so the name after
    # it is its verb's subject. A year or day that is the person's (Рік Карпенка видався важким) keeps the genitive.
    ("uk", "Цілий рік Карпенко мовчав."),
    ("be", "Увесь год Карпенка маўчаў."),
    ("uk", "Рік Карпенка видався важким."),
])
def test_a_name_after_a_span_of_time_stays_its_verbs_subject(lang, draft):
    spelling = {"uk": "Карпенко"}.get(lang, "Карпенка")
    termbase = _named("person", [("karpenko", lang, spelling, "preferred"), ("karpenko", lang, "Karpenko", "deprecated")])
    assert fix(termbase, draft, lang).text == draft


@pytest.mark.parametrize("lang, draft", [
    # A lower-case word after an adjective agreeing with it is a common noun (a mortar), not the surname Ступка.
    ("be", "Новая каменная ступка ляжыць на стале."),
    ("be", "Бабуля купіла новую каменную ступку."),
    # A surname of an adjective's spelling before a noun it agrees with is the adjective (a happy year).
    ("pl", "To był szczęsny rok dla całego zespołu."),
    # An English title in quotation marks is cited as it is, its name too.
    ("pl", "Recenzja książki „Zelensky: The Red Baron” ukazała się wczoraj."),
])
def test_an_ordinary_word_the_context_shows_and_a_foreign_title_are_left(lang, draft):
    termbase = _named("person", [("stupka", "be", "Ступка", "preferred"), ("stupka", "be", "Стопка", "deprecated"),
                                 ("szczesny", "pl", "Szczęsny", "preferred"), ("szczesny", "pl", "Szczesny", "deprecated"),
                                 ("zelensky", "pl", "Zełenski", "preferred"), ("zelensky", "pl", "Zelensky", "deprecated")])
    assert fix(termbase, draft, lang).text == draft


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Учора ступка заявіла пра адстаўку.", "Учора Ступка заявіла пра адстаўку."),
    ("pl", "Recenzja książki „Zelensky i jego wojna” ukazała się wczoraj.", "Recenzja książki „Zełenski i jego wojna” ukazała się wczoraj."),
])
def test_a_name_with_no_such_context_is_still_fixed(lang, draft, fixed):
    termbase = _named("person", [("stupka", "be", "Ступка", "preferred"), ("zelensky", "pl", "Zełenski", "preferred"),
                                 ("zelensky", "pl", "Zelensky", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A concept's Polish spelling left in the draft carries Polish endings: they are recognised, and the right form written.
    ("ru", "Журналисты спросили Kowalskiego о выборах.", "Журналисты спросили Ковальского о выборах."),
    ("uk", "Вболівальники підтримали Szczęsnego після матчу.", "Вболівальники підтримали Щенсного після матчу."),
])
def test_a_polish_spelling_in_a_cyrillic_text_is_recognised_in_its_polish_case(lang, draft, fixed):
    termbase = _named("person", [("kowalski", "pl", "Kowalski", "preferred"), ("kowalski", "ru", "Ковальский", "preferred"),
                                 ("kowalski", "ru", "Kowalski", "deprecated"),
                                 ("szczesny", "pl", "Szczęsny", "preferred"), ("szczesny", "uk", "Щенсний", "preferred"),
                                 ("szczesny", "uk", "Szczęsny", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Polish title in its dictionary form after a preposition is a woman's and does not decline; her name does.
    ("Rozmowa z senator Novikova była krótka.", "Rozmowa z senator Nowikową była krótka."),
    ("Prośba do minister Novikova wpłynęła wczoraj.", "Prośba do minister Nowikowej wpłynęła wczoraj."),
    ("Minister Novikova zabrała głos.", "Minister Nowikowa zabrała głos."),
])
def test_a_womans_name_after_a_polish_title_that_does_not_decline_takes_the_prepositions_case(draft, fixed):
    termbase = _named("person", [("novikova", "pl", "Nowikowa", "preferred"), ("novikova", "pl", "Novikova", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A title in its dictionary form before the verb is its subject (старшыня agrees as a man): the name after is the object.
    ("Суддзя раённага суда патэлефанаваў Бондаренко ўвечары.", "Суддзя раённага суда патэлефанаваў Бандарэнку ўвечары."),
    ("Невядома, хто затрымаў Бондаренко ўчора.", "Невядома, хто затрымаў Бандарэнку ўчора."),
    # With no subject before it, the verb's subject is the name.
    ("Учора патэлефанаваў Бондаренко.", "Учора патэлефанаваў Бандарэнка."),
])
def test_a_belarusian_verb_with_a_title_or_who_before_it_has_the_name_as_its_object(draft, fixed):
    termbase = _named("person", [("bondarenko", "be", "Бандарэнка", "preferred"), ("bondarenko", "be", "Бондаренко", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


def test_who_before_a_verb_is_its_subject():
    termbase = _named("person", [("sidorov", "ru", "Сидоров", "preferred"), ("sidorov", "ru", "Sidorov", "deprecated")])
    assert fix(termbase, "Неизвестно, кто задержал Sidorov вчера.", "ru").text == "Неизвестно, кто задержал Сидорова вчера."


def test_a_belarusian_verb_of_kidnapping_takes_the_accusative():
    termbase = _named("person", [("bondarenko", "be", "Бандарэнка", "preferred"), ("bondarenko", "be", "Бондаренко", "deprecated")])
    assert fix(termbase, "Міліцыя высвятляе, хто выкраў Бондаренко з дому.", "be").text == "Міліцыя высвятляе, хто выкраў Бандарэнку з дому."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A grandchild or a widow is someone's: the name after it is in the genitive.
    ("uk", "Онука Вишневский передала архів музею.", "Онука Вишневського передала архів музею."),
    ("ru", "Вдова Вишнєвський передала архив музею.", "Вдова Вишневского передала архив музею."),
    ("pl", "Wnuczka Wisniewski przekazała archiwum muzeum.", "Wnuczka Wiśniewskiego przekazała archiwum muzeum."),
    ("be", "Унучка Вишневский перадала архіў музею.", "Унучка Вішнеўскага перадала архіў музею."),
])
def test_a_grandchild_or_widow_takes_the_relatives_name_in_the_genitive(lang, draft, fixed):
    termbase = _named("person", [("w", "uk", "Вишневський", "preferred"), ("w", "uk", "Вишневский", "deprecated"),
                                 ("w", "ru", "Вишневский", "preferred"), ("w", "ru", "Вишнєвський", "deprecated"),
                                 ("w", "pl", "Wiśniewski", "preferred"), ("w", "pl", "Wisniewski", "deprecated"),
                                 ("w", "be", "Вішнеўскі", "preferred"), ("w", "be", "Вишневский", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # Where to: coming back under a town (пад + acc), falling onto a city (na + acc).
    ("be", "Жаўнеры зноў вярнуліся пад Слоним увосень.", "Жаўнеры зноў вярнуліся пад Слонім увосень."),
    ("pl", "Bomby spadły na Lviv w nocy.", "Bomby spadły na Lwów w nocy."),
])
def test_a_verb_of_motion_sends_a_place_after_a_two_case_preposition_into_the_accusative(lang, draft, fixed):
    termbase = _named("place", [("slonim", "be", "Слонім", "preferred"), ("slonim", "be", "Слоним", "deprecated"),
                                ("lviv", "pl", "Lwów", "preferred"), ("lviv", "pl", "Lviv", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # The thing sent, then the one it goes to: the dative.
    ("ru", "Студенты отправили письмо Sidorov с вопросами.", "Студенты отправили письмо Сидорову с вопросами."),
    ("uk", "Журналісти відправили запит Sidorov учора.", "Журналісти відправили запит Сидорову учора."),
    # (a Belarusian past plural, накіравалі, ends like an adjective and is no word describing the thing)
    ("be", "Студэнты накіравалі ліст Sidorov з пытаннямі.", "Студэнты накіравалі ліст Сідараву з пытаннямі."),
])
def test_the_one_a_thing_is_sent_to_is_in_the_dative(lang, draft, fixed):
    termbase = _named("person", [("sidorov", "ru", "Сидоров", "preferred"), ("sidorov", "ru", "Sidorov", "deprecated"),
                                 ("sidorov", "uk", "Сидоров", "preferred"), ("sidorov", "uk", "Sidorov", "deprecated"),
                                 ("sidorov", "be", "Сідараў", "preferred"), ("sidorov", "be", "Sidorov", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A woman's first name in -га declines as a feminine noun (Вользе, Вольгай), not as a man's -ка surname (Вольгу, Вольгам).
    ("Кветкі перадалі Ольга Любимова.", "Кветкі перадалі Вользе Любімавай."),
    ("Размова з Ольга Любимова была кароткай.", "Размова з Вольгай Любімавай была кароткай."),
])
def test_a_belarusian_womans_first_name_in_ga_declines_as_a_feminine_noun(draft, fixed):
    termbase = _named("person", [("lyubimova", "be", "Вольга Любімава", "preferred"), ("lyubimova", "be", "Ольга Любимова", "deprecated"),
                                 ("lyubimova", "ru", "Ольга Любимова", "preferred")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # The verb after the name cannot have it as its subject (a plural or neuter verb; a pronoun before it
    # is its subject): the name is the verb's object put first, in the case the verb governs.
    ("be", "Сябры кажуць, што Зарецкий не падабаліся доўгія размовы.", "Сябры кажуць, што Зарэцкаму не падабаліся доўгія размовы."),
    ("be", "Суд так і не высветліў, ці Зарецкий нехта дапамагаў.", "Суд так і не высветліў, ці Зарэцкаму нехта дапамагаў."),
    ("uk", "Усі бачили, що Зарецкий бракувало досвіду.", "Усі бачили, що Зарецькому бракувало досвіду."),
    ("pl", "Wiadomo, że Zaretsky nie podobały się długie wywiady.", "Wiadomo, że Zareckiemu nie podobały się długie wywiady."),
    # A plural verb of its own object: the accusative.
    ("be", "Учора Зарецкий арыштавалі ў Мінску.", "Учора Зарэцкага арыштавалі ў Мінску."),
    ("be", "Сябры кажуць, што Зарецкий вызвалілі.", "Сябры кажуць, што Зарэцкага вызвалілі."),
    ("uk", "Кажуть, що Зарецкий звільнили.", "Кажуть, що Зарецького звільнили."),
    # A verb that agrees with the name, past a negation, has it as its subject.
    ("be", "Учора Зарецкий не сказаў нічога.", "Учора Зарэцкі не сказаў нічога."),
])
def test_a_name_before_a_verb_that_is_not_its_own_takes_the_verbs_case(lang, draft, fixed):
    termbase = _named("person", [("zaretsky", "be", "Зарэцкі", "preferred"), ("zaretsky", "be", "Зарецкий", "deprecated"),
                                 ("zaretsky", "uk", "Зарецький", "preferred"), ("zaretsky", "uk", "Зарецкий", "deprecated"),
                                 ("zaretsky", "pl", "Zarecki", "preferred"), ("zaretsky", "pl", "Zaretsky", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


def _havryliuk() -> Termbase:
    return _named("person", [("havryliuk", "be", "Гаўрылюк", "preferred"), ("havryliuk", "be", "Гаврилюк", "deprecated"),
                             ("havryliuk", "ru", "Гаврилюк", "preferred"), ("havryliuk", "uk", "Гаврилюк", "preferred"),
                             ("havryliuk", "uk", "Gavrilyuk", "deprecated"), ("havryliuk", "pl", "Hawryluk", "preferred"),
                             ("havryliuk", "pl", "Gavrilyuk", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    # Offices and ranks are titles: the name after one shares its case (apposition), not its genitive.
    ("be", "Новы фільм распавядае пра маршала Гаврилюк і яго армію.", "Новы фільм распавядае пра маршала Гаўрылюка і яго армію."),
    ("be", "Прэс-сакратар Гаврилюк адмовіўся адказваць.", "Прэс-сакратар Гаўрылюк адмовіўся адказваць."),
    ("uk", "Прес-секретар Gavrilyuk відмовився коментувати.", "Прес-секретар Гаврилюк відмовився коментувати."),
    ("pl", "Rzecznik Gavrilyuk odpowiedział na pytania.", "Rzecznik Hawryluk odpowiedział na pytania."),
])
def test_a_name_after_an_office_or_rank_shares_its_case(lang, draft, fixed):
    assert fix(_havryliuk(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian man's -ца title in -цу is accusative or dative alike: the verb before it decides.
    ("Міністр падзякаваў дарадцу Гаврилюк за дапамогу.", "Міністр падзякаваў дарадцу Гаўрылюку за дапамогу."),
    ("Журналісты бачылі дарадцу Гаврилюк у Кіеве.", "Журналісты бачылі дарадцу Гаўрылюка у Кіеве."),
    ("Праваабаронцу Гаврилюк вызвалілі ў жніўні.", "Праваабаронцу Гаўрылюка вызвалілі ў жніўні."),
])
def test_a_belarusian_mans_title_in_tsu_takes_the_case_of_the_verb(draft, fixed):
    assert fix(_havryliuk(), draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A place named "-polis" is masculine, though no dictionary knows it: from the Ukrainian spelling or
    # its oblique form to the Russian one in the same case.
    ("ru", "Фермеры из Ольгопіль вывезли урожай.", "Фермеры из Ольгополя вывезли урожай."),
    ("ru", "Полиция в Ольгополі задержала подозреваемого.", "Полиция в Ольгополе задержала подозреваемого."),
    ("ru", "Дорогу до Olhopil отремонтировали.", "Дорогу до Ольгополя отремонтировали."),
])
def test_a_polis_place_no_dictionary_knows_declines_as_a_masculine(lang, draft, fixed):
    termbase = _named("place", [("olhopil", "ru", "Ольгополь", "preferred"), ("olhopil", "ru", "Ольгопіль", "deprecated"),
                                ("olhopil", "ru", "Olhopil", "deprecated"), ("olhopil", "uk", "Ольгопіль", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # The verb's instrumental object stands before it (an adjective in -ым before a noun in -ам is no
    # subject): the name after the verb is its subject, in the nominative.
    ("Вядома, што першым батальёнам тады камандаваў Зарецкий.", "Вядома, што першым батальёнам тады камандаваў Зарэцкі."),
    ("Вядома, што тады камандаваў Зарецкий першым батальёнам.", "Вядома, што тады камандаваў Зарэцкі першым батальёнам."),
])
def test_a_name_after_a_verb_of_the_instrumental_whose_object_stands_before_it_is_its_subject(draft, fixed):
    termbase = _named("person", [("zaretsky", "be", "Зарэцкі", "preferred"), ("zaretsky", "be", "Зарецкий", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # Artists' professions are titles too, hyphenated ones as well: the name shares the title's case.
    ("uk", "Глядачі довго аплодували прима-балерині Зарецкая.", "Глядачі довго аплодували прима-балерині Зарецькій."),
    ("ru", "Зрители долго аплодировали прима-балерине Zaretskaya.", "Зрители долго аплодировали прима-балерине Зарецкой."),
])
def test_a_name_after_an_artists_title_shares_its_case(lang, draft, fixed):
    termbase = _named("person", [("zaretskaya", "uk", "Зарецька", "preferred"), ("zaretskaya", "uk", "Зарецкая", "deprecated"),
                                 ("zaretskaya", "ru", "Зарецкая", "preferred"), ("zaretskaya", "ru", "Zaretskaya", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


def _sniatyn() -> Termbase:
    return _named("place", [("sniatyn", "uk", "Снятин", "preferred"), ("sniatyn", "uk", "Sniatyn", "deprecated"),
                            ("sniatyn", "ru", "Снятын", "preferred"), ("sniatyn", "ru", "Sniatyn", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    # A verb of motion before its object and the object's adjective still sends the place into the accusative.
    ("ru", "Волонтёры привезли гуманитарную помощь в Sniatyn накануне праздников.",
     "Волонтёры привезли гуманитарную помощь в Снятын накануне праздников."),
    ("ru", "Волонтёры долго жили в Sniatyn.", "Волонтёры долго жили в Снятыне."),
    # Ukrainian verbs of carrying are verbs of motion.
    ("uk", "Волонтери привезли генератори у Sniatyn.", "Волонтери привезли генератори у Снятин."),
    ("uk", "Волонтери вивезли гуманітарну допомогу в Sniatyn напередодні свят.", "Волонтери вивезли гуманітарну допомогу в Снятин напередодні свят."),
])
def test_a_verb_of_motion_before_its_object_sends_the_place_into_the_accusative(lang, draft, fixed):
    assert fix(_sniatyn(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A be noun of motion written with ў after a vowel (ўездзе) is the table's уезд: the place after
    # у is where to, in the accusative; a correct accusative stays as it is.
    ("Шлагбаум стаяў на ўездзе ў Лоеў да 2020 года.", "Шлагбаум стаяў на ўездзе ў Лоеў да 2020 года."),
    ("Шлагбаум стаяў на ўездзе ў Лоев да 2020 года.", "Шлагбаум стаяў на ўездзе ў Лоеў да 2020 года."),
    ("Шлагбаум стаяў у Лоев да 2020 года.", "Шлагбаум стаяў у Лоеве да 2020 года."),
])
def test_a_belarusian_noun_of_motion_written_with_short_u_keeps_the_accusative(draft, fixed):
    termbase = _named("place", [("loyew", "be", "Лоеў", "preferred"), ("loyew", "be", "Лоев", "deprecated"),
                                ("loyew", "ru", "Лоев", "preferred")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A name after a title's genitive complement, before a verb that agrees with it, stands in apposition
    # to the noun for a person that opens the clause: the nominative (a correct one stays).
    ("ru", "Помощник губернатора Гаврилюк провёл совещание.", "Помощник губернатора Гаврилюк провёл совещание."),
    ("pl", "Były doradca prezydenta Gavrilyuk ogłosił start w wyborach.", "Były doradca prezydenta Hawryluk ogłosił start w wyborach."),
    # Kin are another person: the name after them is the relative's genitive.
    ("uk", "Онук президента Gavrilyuk передав музею картини.", "Онук президента Гаврилюка передав музею картини."),
])
def test_a_name_after_a_titles_complement_stands_in_apposition_to_the_person_before(lang, draft, fixed):
    assert fix(_havryliuk(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A be -ская adjective before a place's noun takes the oblique ending its Russian masculine's stress
    # shows: городской (the ending) gives Гарадской, минский (the stem) Мінскай.
    ("Рэдкія птушкі жывуць у Городской пуще.", "Рэдкія птушкі жывуць у Гарадской пушчы."),
    # (the wrong Russian spelling's own ending, Минской, is recognised though Belarusian writes -ай)
    ("Рэдкія птушкі жывуць у Минской пуще.", "Рэдкія птушкі жывуць у Мінскай пушчы."),
    # A feminine noun's genitive in -кі (вырубкі of вырубка: hunspell-be) is no adjective: the place is its genitive.
    ("Экалагісты выступілі супраць вырубкі Минская пуща на поўдні.", "Экалагісты выступілі супраць вырубкі Мінскай пушчы на поўдні."),
])
def test_a_belarusian_sk_adjective_before_a_places_noun_takes_the_ending_its_stress_needs(draft, fixed):
    termbase = _named("place", [("city_forest", "be", "Гарадская пушча", "preferred"), ("city_forest", "be", "Городская пуща", "deprecated"),
                                ("minsk_forest", "be", "Мінская пушча", "preferred"), ("minsk_forest", "be", "Минская пуща", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A wrong spelling that is another language's right term is found in that term's forms, its explicit
    # ones too (Смешка, which no rule gives the be or uk wrong spelling): the right term in the same case.
    ("be", "Апошні ліст ад Смешка сваякі атрымалі ў сакавіку.", "Апошні ліст ад Смяшка сваякі атрымалі ў сакавіку."),
    ("uk", "Журналісти листувалися зі Смяшком через адвоката.", "Журналісти листувалися зі Смешком через адвоката."),
])
def test_a_wrong_spelling_that_is_another_languages_term_is_found_in_its_forms(lang, draft, fixed):
    rows = [("ru", "Смешок", "preferred", "gen=Смешка; dat=Смешку; ins=Смешком"), ("uk", "Смешок", "preferred", "gen=Смешка; dat=Смешкові; ins=Смешком"),
            ("be", "Смяшок", "preferred", "gen=Смяшка; dat=Смяшку; ins=Смяшком"), ("be", "Смешок", "deprecated", ""),
            ("uk", "Смяшок", "deprecated", "")]
    termbase = Termbase.from_rows([{"concept": "smiashok", "lang": lang_, "term": term, "status": status, "note": "",
                                    "kind": "person", "forms": forms} for lang_, term, status, forms in rows])
    assert fix(termbase, draft, lang).text == fixed


def test_a_wrong_belarusian_first_name_in_au_is_found_declined_in_polish():
    # Jaraslau declines as a consonant stem (z Jaraslauem), so the whole name is fixed, and z becomes ze.
    termbase = _named("person", [("ramanchuk", "pl", "Jarosław Romańczuk", "preferred"), ("ramanchuk", "pl", "Romańczuk", "preferred"),
                                 ("ramanchuk", "pl", "Jaraslau Ramanchuk", "deprecated"), ("ramanchuk", "pl", "Ramanchuk", "deprecated")])
    assert fix(termbase, "Rozmawialiśmy z Jaraslauem Ramanchukiem o gospodarce.", "pl").text \
        == "Rozmawialiśmy z Jarosławem Romańczukiem o gospodarce."


def test_a_wrong_russian_first_name_in_y_is_found_declined_as_an_adjective_in_polish():
    # MT declines the romanized Yury as a Polish adjective (z Yurym): the whole name is fixed, and z becomes ze.
    termbase = _named("person", [("bondar", "pl", "Zmicier Bondar", "preferred"), ("bondar", "pl", "Bondar", "preferred"),
                                 ("bondar", "pl", "Yury Bondar", "deprecated")])
    assert fix(termbase, "Wywiad z Yurym Bondarem ukazał się w sobotę.", "pl").text == "Wywiad ze Zmicierem Bondarem ukazał się w sobotę."


@pytest.mark.parametrize("lang, draft, fixed", [
    # Summoning someone takes them in the accusative, put first before a plural verb too.
    ("be", "Дарадцу Гаврилюк выклікалі на пасяджэнне камісіі.", "Дарадцу Гаўрылюка выклікалі на пасяджэнне камісіі."),
    ("be", "Камісія выклікала Гаврилюк на допыт.", "Камісія выклікала Гаўрылюка на допыт."),
    ("pl", "Prokuratura wezwała Gavrilyuk na przesłuchanie.", "Prokuratura wezwała Hawryluka na przesłuchanie."),
])
def test_a_person_summoned_is_in_the_accusative(lang, draft, fixed):
    assert fix(_havryliuk(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Polish place of a noun and its feminine adjective (Puszcza Kampinoska): its oblique forms are the
    # place, not an adjective made from it.
    ("Turyści odwiedzają skraj Puszczy Kampinowskiej latem.", "Turyści odwiedzają skraj Puszczy Kampinoskiej latem."),
    ("Turyści odwiedzają Puszczę Kampinowską latem.", "Turyści odwiedzają Puszczę Kampinoską latem."),
])
def test_a_polish_place_named_by_a_noun_and_its_adjective_is_fixed_in_every_case(draft, fixed):
    termbase = _named("place", [("kampinos", "pl", "Puszcza Kampinoska", "preferred"), ("kampinos", "pl", "Puszcza Kampinowska", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # After a singular verb that cannot have the name as subject, then the thing put to them: the dative.
    ("pl", "Prokuratura postawiła Gavrilyuk kolejne zarzuty.", "Prokuratura postawiła Hawrylukowi kolejne zarzuty."),
    # A verb of the name's own gender may be its own: the subject stays.
    ("pl", "Wczoraj postawił Gavrilyuk kolejne pytania.", "Wczoraj postawił Hawryluk kolejne pytania."),
])
def test_the_one_a_thing_is_put_to_after_a_singular_verb_is_in_the_dative(lang, draft, fixed):
    assert fix(_havryliuk(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A verb of motion before a where-from still sends the place after у into the accusative.
    ("Сябры паехалі з Мінска ў Лоев на выхадныя.", "Сябры паехалі з Мінска ў Лоеў на выхадныя."),
    ("Сябры жывуць у Лоев ужо год.", "Сябры жывуць у Лоеве ужо год."),
])
def test_a_verb_of_motion_before_a_where_from_sends_the_place_into_the_accusative(draft, fixed):
    termbase = _named("place", [("loyew", "be", "Лоеў", "preferred"), ("loyew", "be", "Лоев", "deprecated"), ("loyew", "ru", "Лоев", "preferred")])
    assert fix(termbase, draft, "be").text == fixed


def test_a_belarusian_verb_of_travelling_is_a_verb_of_motion():
    termbase = _named("place", [("loyew", "be", "Лоеў", "preferred"), ("loyew", "be", "Лоев", "deprecated")])
    assert fix(termbase, "Маці штотыдзень ездзіць у Лоев на спатканне.", "be").text == "Маці штотыдзень ездзіць у Лоеў на спатканне."


def _rows_with_forms(kind: str, rows) -> Termbase:
    """A termbase of ``(concept, lang, term, status, forms)`` rows, all of one ``kind``."""
    return Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": status, "note": "", "kind": kind,
                                "forms": forms} for concept, lang, term, status, forms in rows])


def test_explicit_forms_with_alternatives_leave_either_one_alone():
    termbase = _rows_with_forms("place", [("marino", "ru", "Марьино", "preferred", "gen=Марьина/Марьино; loc=Марьине/Марьино"),
                                          ("marino", "ru", "Марїно", "deprecated", "")])
    for draft in ("Выставка в музее в Марьино открылась вчера.", "Выставка в музее в Марьине открылась вчера."):
        assert fix(termbase, draft, "ru").text == draft


def test_a_soft_place_declines_by_the_gender_another_languages_explicit_instrumental_shows():
    # be ins=Вязынню is a feminine's: the ru Вязынь, which no dictionary knows, is feminine too.
    termbase = _rows_with_forms("place", [("viazyn", "be", "Вязынь", "preferred", "ins=Вязынню"),
                                          ("viazyn", "ru", "Вязынь", "preferred", ""), ("viazyn", "ru", "Вязын", "deprecated", "")])
    assert fix(termbase, "Автобус из Вязын отменили.", "ru").text == "Автобус из Вязыни отменили."
    assert fix(termbase, "Праздник в Вязыни прошёл тихо.", "ru").text == "Праздник в Вязыни прошёл тихо."


def test_a_lower_case_belarusian_word_after_a_masculine_adjective_is_the_common_noun_russian_knows():
    # халад (холод, the cold), which hunspell-be lacks: after an adjective it is the word, not the surname Халад;
    # after no adjective, or after a genitive before a word that is no common noun, it is a name.
    termbase = _named("person", [("khalad", "be", "Халад", "preferred"), ("khalad", "ru", "Халад", "preferred"),
                                 ("vasilevich", "be", "Васілевіч", "preferred")])
    assert fix(termbase, "Зімовы халад прыйшоў рана.", "be").text == "Зімовы халад прыйшоў рана."
    assert fix(termbase, "Учора халад выступіў у парламенце.", "be").text == "Учора Халад выступіў у парламенце."
    assert fix(termbase, "Дэпутат Рады васілевіч выступіў у парламенце.", "be").text == "Дэпутат Рады Васілевіч выступіў у парламенце."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A woman's surname in a consonant ends as a man's would: her first name says the verb after is hers.
    ("uk", "Заступниця міністра фінансів Елена Ткач повідомила про нові податки.", "Заступниця міністра фінансів Олена Ткач повідомила про нові податки."),
    ("ru", "Замминистра финансов Олена Ткач сообщила о новых налогах.", "Замминистра финансов Елена Ткач сообщила о новых налогах."),
])
def test_a_womans_first_name_makes_the_verb_after_her_name_hers(lang, draft, fixed):
    termbase = _named("person", [("tkach", "uk", "Олена Ткач", "preferred"), ("tkach", "uk", "Елена Ткач", "deprecated"),
                                 ("tkach", "ru", "Елена Ткач", "preferred"), ("tkach", "ru", "Олена Ткач", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


def test_a_belarusian_deputy_is_a_title_the_name_after_its_complement_stands_in_apposition_to():
    termbase = _named("person", [("tkach", "be", "Алена Ткач", "preferred"), ("tkach", "be", "Елена Ткач", "deprecated")])
    draft = "Намесніца міністра фінансаў Беларусі Елена Ткач заявіла пра новыя падаткі."
    assert fix(termbase, draft, "be").text == "Намесніца міністра фінансаў Беларусі Алена Ткач заявіла пра новыя падаткі."


@pytest.mark.parametrize("lang, draft, fixed", [
    # A propagandist and a TV host are titles: the name after one is in apposition, in its case.
    ("be", "Рэдакцыя даслала ліст прапагандысту Шейнин праз юрыста.", "Рэдакцыя даслала ліст прапагандысту Шэйніну праз юрыста."),
    ("ru", "Санкции против ведущего Шэйнін ввели в марте.", "Санкции против ведущего Шейнина ввели в марте."),
])
def test_a_propagandist_and_a_host_are_titles(lang, draft, fixed):
    termbase = _named("person", [("sheinin", "be", "Шэйнін", "preferred"), ("sheinin", "be", "Шейнин", "deprecated"),
                                 ("sheinin", "ru", "Шейнин", "preferred"), ("sheinin", "ru", "Шэйнін", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # ministrowi, міністрові are also a possessive adjective's plural (ministrowy): still the title, whose case the name shares.
    ("uk", "Колишньому міністрові освіти Шкарлєт висунули нові звинувачення.", "Колишньому міністрові освіти Шкарлетові висунули нові звинувачення."),
    ("pl", "Byłemu ministrowi obrony Shkarlet postawiono nowe zarzuty.", "Byłemu ministrowi obrony Szkarłetowi postawiono nowe zarzuty."),
])
def test_a_title_with_a_possessive_adjectives_form_keeps_the_name_after_its_complement_in_apposition(lang, draft, fixed):
    termbase = _named("person", [("shkarlet", "uk", "Шкарлет", "preferred"), ("shkarlet", "uk", "Шкарлєт", "deprecated"),
                                 ("shkarlet", "pl", "Szkarłet", "preferred"), ("shkarlet", "pl", "Shkarlet", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Суд засудив Кондрашенко до трьох років.", "Суд засудив Кандрашенку до трьох років."),
    ("Матір Кондрашенко затримали на кордоні.", "Матір Кандрашенки затримали на кордоні."),
])
def test_a_womans_surname_the_termbase_spells_with_a_in_ukrainian_declines_though_the_russian_does_not(draft, fixed):
    termbase = _named("person", [("kandrashenka", "en", "Hanna Kandrashenka", "preferred", "Belarusian activist, a woman"),
                                 ("kandrashenka", "uk", "Ганна Кандрашенка", "preferred"), ("kandrashenka", "uk", "Кандрашенка", "preferred"),
                                 ("kandrashenka", "uk", "Кондрашенко", "deprecated"), ("kandrashenka", "ru", "Анна Кондрашенко", "preferred"),
                                 ("kandrashenka", "ru", "Кондрашенко", "preferred")])
    assert fix(termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed, ordinary", [
    # A lower-case place that is also an ordinary word (бар, the bar; koło, the wheel) after the word for its
    # kind is the place; elsewhere the word.
    ("uk", "Мешканці міста бар скаржаться на дороги.", "Мешканці міста Бар скаржаться на дороги.", "У барі було людно."),
    ("pl", "Burmistrz miasta koła ogłosił nowy budżet.", "Burmistrz miasta Koła ogłosił nowy budżet.", "Koło się zepsuło."),
])
def test_a_lower_case_place_after_the_word_for_its_kind_is_the_place(lang, draft, fixed, ordinary):
    termbase = _named("place", [("bar", "uk", "Бар", "preferred"), ("kolo", "pl", "Koło", "preferred")])
    assert fix(termbase, draft, lang).text == fixed
    assert fix(termbase, ordinary, lang).text == ordinary


@pytest.mark.parametrize("lang, draft, fixed, ordinary", [
    # A lower-case place's locative that is also an ordinary word (ложки, spoons; pionki, pawns) after a building or event
    # and "in" is the town it stands in; after a verb, with a genitive of its own or among pines, the word.
    ("ru", "Новая школа в ложках откроется к сентябрю.", "Новая школа в Ложках откроется к сентябрю.", "Мёд принесли в ложках."),
    ("ru", "Районная больница в ложках получила томограф.", "Районная больница в Ложках получила томограф.",
     "Музей в ложках прабабушки хранит серебро."),
    ("uk", "Музей у ковалях отримав нові експонати.", "Музей у Ковалях отримав нові експонати.", "Учні побували в ковалях на майстер-класі."),
    ("pl", "Festiwal w pionkach przyciągnął tłumy.", "Festiwal w Pionkach przyciągnął tłumy.", "Przewaga w pionkach dała mu zwycięstwo."),
    ("be", "Фестываль у лыжках сабраў сотні гасцей.", "Фестываль у Лыжках сабраў сотні гасцей.", "Дзеці прынеслі мёд у лыжках."),
    ("ru", "Санаторий в соснах принимает гостей.", "Санаторий в соснах принимает гостей.", "Ветер шумел в соснах."),
])
def test_a_lower_case_place_after_a_building_and_in_is_the_town_it_stands_in(lang, draft, fixed, ordinary):
    termbase = _named("place", [("lozhki", "ru", "Ложки", "preferred"), ("kovali", "uk", "Ковалі", "preferred"),
                                ("pionki", "pl", "Pionki", "preferred"), ("lyzhki", "be", "Лыжкі", "preferred"),
                                ("sosny", "ru", "Сосны", "preferred")])
    assert fix(termbase, draft, lang).text == fixed
    assert fix(termbase, ordinary, lang).text == ordinary


@pytest.mark.parametrize("lang, source, draft, fixed", [
    # Where the source names a place the draft lacks, a lower-case form of its name letter for letter is that place,
    # though it spells an ordinary word (ключах, the keys; kole, the circle): it gets its capitals, in its own case.
    ("ru", "Many families have lived in Klyuchi since the war.", "Многие семьи живут в ключах с войны.", "Многие семьи живут в Ключах с войны."),
    ("uk", "Refugees from Kovali settled in Lviv.", "Біженці з ковалів оселилися у Львові.", "Біженці з Ковалів оселилися у Львові."),
    ("pl", "He has lived in Koło for years.", "Od lat mieszka w kole.", "Od lat mieszka w Kole."),
    ("be", "She lives in Lyzhki.", "Яна жыве ў лыжках.", "Яна жыве ў Лыжках."),
    # The source names no such place, or the draft has it already: the ordinary word stays.
    ("ru", "Cars got stuck in the mud.", "Машины застряли в грязях.", "Машины застряли в грязях."),
    ("ru", "He lost his keys in Klyuchi.", "Он потерял ключи в Ключах.", "Он потерял ключи в Ключах."),
    ("pl", "In Pionki, pawns were carved.", "W Pionkach rzeźbiono pionki.", "W Pionkach rzeźbiono pionki."),
])
def test_a_lower_case_ordinary_word_is_the_place_the_source_names(eval_termbase, lang, source, draft, fixed):
    assert fix(eval_termbase, draft, lang, source).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # The future паедзе and the perfective вырушыў are verbs of motion: the place after у is where to.
    ("Улетку брат паедзе ў Лоев на рыбалку.", "Улетку брат паедзе ў Лоеў на рыбалку."),
    ("Ансамбль вырушыў у Лоев на свята.", "Ансамбль вырушыў у Лоеў на свята."),
])
def test_belarusian_verbs_of_setting_off_are_verbs_of_motion(draft, fixed):
    termbase = _named("place", [("loyew", "be", "Лоеў", "preferred"), ("loyew", "be", "Лоев", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


def test_of_two_changes_starting_together_the_whole_names_wins():
    # A guess at a first name alone as another person's (Bronisław of Geremek) yields to the change of the
    # whole name it begins, whichever was found first.
    draft = "Spytali Bronislava Komorowskiego o wybory."
    first_name = Change("geremek", "Bronislava", "Geremka", "unlisted", 8, 18, "")
    whole_name = Change("komorowski", "Bronislava Komorowskiego", "Bronisława Komorowskiego", "deprecated", 8, 32, "")
    for changes in ([first_name, whole_name], [whole_name, first_name]):
        assert _apply(draft, changes) == "Spytali Bronisława Komorowskiego o wybory."


def test_a_belarusian_politician_is_a_title_though_policy_heads_a_genitive():
    # палітык (the politician) has the name after it in apposition; палітыка (the policy) still governs it.
    termbase = _named("person", [("sheinin", "be", "Шэйнін", "preferred"), ("sheinin", "be", "Шейнин", "deprecated")])
    assert fix(termbase, "Вядомы палітык Шейнин выступіў на мітынгу.", "be").text == "Вядомы палітык Шэйнін выступіў на мітынгу."
    assert fix(termbase, "Эксперты ацанілі палітыку Шейнина ў рэгіёне.", "be").text == "Эксперты ацанілі палітыку Шэйніна ў рэгіёне."


def _halavach() -> Termbase:
    rows = [("be", "Сямусь Галавач", "preferred"), ("be", "Галавач", "preferred"), ("be", "Семусь Головач", "deprecated"),
            ("be", "Головач", "deprecated"), ("ru", "Семусь Головач", "preferred"), ("ru", "Головач", "preferred"),
            ("ru", "Галавач", "deprecated")]
    return Termbase.from_rows([{"concept": "halavach", "lang": lang, "term": term, "status": status, "note": "",
                                "kind": "person", "forms": ""} for lang, term, status in rows])


@pytest.mark.parametrize("draft", ["Вуліцу назвалі ў гонар Семуся Головача ў мінулым годзе.",
                                   "Сустрэча з Семусём Головачом прайшла ў Гомелі."])
def test_a_belarusian_first_name_whose_ya_may_lose_the_stress_is_left_unsure(draft):
    # Сямусь: Семуся or Сямуся by a stress no rule knows. Never the guessed "Сямуся", "Сямусем".
    result = fix(_halavach(), draft, "be")
    assert result.text == draft and result.unsure


def test_a_belarusian_first_name_whose_ya_may_lose_the_stress_is_still_found_in_russian_text():
    # A draft may write it either way before the surname being fixed: it is the name, fixed with it.
    for draft in ("Песни на стихи Сямуся Галавача исполнял хор.", "Песни на стихи Семуся Галавача исполнял хор."):
        assert fix(_halavach(), draft, "ru").text == "Песни на стихи Семуся Головача исполнял хор."


@pytest.mark.parametrize("draft, fixed", [
    ("Współpraca z Kalish przyniosła nowe inwestycje.", "Współpraca z Kaliszem przyniosła nowe inwestycje."),
    ("Podpisano umowę z Kalish o budowie mostu.", "Podpisano umowę z Kaliszem o budowie mostu."),
    ("Pociąg z Kalish przyjechał z opóźnieniem.", "Pociąg z Kalisza przyjechał z opóźnieniem."),
    # a verb of joining joins it (łączy, połączy X z Y) and a dispute has it for its other side (spór z Kaliszem);
    # not połączenie, which may be a connection from it (połączenie z Kalisza do Poznania), nor sporo (a lot)
    ("Nowa droga połączy Konin z Kalish.", "Nowa droga połączy Konin z Kaliszem."),
    ("Spór z Kalish trwa od lat.", "Spór z Kaliszem trwa od lat."),
    ("Połączenie z Kalish do Poznania zawieszono.", "Połączenie z Kalisza do Poznania zawieszono."),
    ("Sporo kibiców z Kalish przyjechało.", "Sporo kibiców z Kalisza przyjechało."),
])
def test_a_polish_place_after_z_is_the_partner_after_a_word_of_dealings_else_where_from(draft, fixed):
    termbase = _named("place", [("kalisz", "pl", "Kalisz", "preferred"), ("kalisz", "pl", "Kalish", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Министр приедет на конференцию в Каунас.", "Министр приедет на конференцию в Каунас."),
    ("ru", "Делегаты приедут в Kaunas утром.", "Делегаты приедут в Каунас утром."),
    ("uk", "Колона прямує в Бердичев через Житомир.", "Колона прямує в Бердичів через Житомир."),
    ("uk", "Артисти приїдуть у Бердичев навесні.", "Артисти приїдуть у Бердичів навесні."),
])
def test_a_future_or_present_verb_of_motion_sends_a_place_after_v_into_the_accusative(lang, draft, fixed):
    termbase = _named("place", [("kaunas", "ru", "Каунас", "preferred"), ("kaunas", "ru", "Kaunas", "deprecated"),
                                ("berdychiv", "uk", "Бердичів", "preferred"), ("berdychiv", "uk", "Бердичев", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Вибухи пролунали в Бердичів уночі.", "Вибухи пролунали в Бердичеві уночі."),
    ("uk", "Колона прямувала в Бердичів уночі.", "Колона прямувала в Бердичів уночі."),
    ("ru", "Мой дед родился в Каунас до войны.", "Мой дед родился в Каунасе до войны."),
    ("be", "Паэтка нарадзілася ў Слонім перад вайной.", "Паэтка нарадзілася ў Слоніме перад вайной."),
    ("be", "Паэтка вярнулася ў Слонім перад вайной.", "Паэтка вярнулася ў Слонім перад вайной."),
])
def test_a_place_left_in_the_nominative_after_a_verb_of_being_somewhere_and_v_takes_the_locative(lang, draft, fixed):
    termbase = _named("place", [("kaunas", "ru", "Каунас", "preferred"), ("berdychiv", "uk", "Бердичів", "preferred"),
                                ("slonim", "be", "Слонім", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Интервью с журналисткой сорокой вышло вчера.", "Интервью с журналисткой Сорокой вышло вчера."),
    ("ru", "Министр культуры сорока открыла выставку.", "Министр культуры Сорока открыла выставку."),
    ("ru", "Журналистка заметила сороку на крыше.", "Журналистка заметила сороку на крыше."),
    ("pl", "Wywiad z dziennikarką sroką ukazał się wczoraj.", "Wywiad z dziennikarką Sroką ukazał się wczoraj."),
    ("pl", "Dziennikarka widziała srokę w parku.", "Dziennikarka widziała srokę w parku."),
])
def test_a_lower_case_surname_that_is_also_a_common_noun_gets_its_capital_after_a_title(lang, draft, fixed):
    # сорока, sroka (the magpie) stay birds, except in apposition to a title: the person it names.
    termbase = _named("person", [("soroka", "ru", "Сорока", "preferred"), ("soroka", "pl", "Sroka", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


def test_a_surname_in_ok_is_left_unsure_rather_than_given_a_guessed_ending():
    termbase = _named("person", [("chabanok", "ru", "Чабанок", "preferred"), ("chabanok", "ru", "Chabanok", "deprecated")])
    result = fix(termbase, "Встреча с Chabanok прошла в Минске.", "ru")
    assert result.text == "Встреча с Chabanok прошла в Минске." and result.unsure


def test_a_ukrainian_plural_for_people_that_reads_like_a_locative_heads_a_genitive():
    # учні is also the dictionary's locative of учень, which no preposition allows here: the pupils of X.
    termbase = _named("person", [("lypkovska", "uk", "Ліпковська", "preferred"), ("lypkovska", "uk", "Липковская", "deprecated")])
    assert fix(termbase, "Учні Липковской згадують її уроки.", "uk").text == "Учні Ліпковської згадують її уроки."


def test_a_participle_of_contentment_governs_the_instrumental():
    # задоволений (pleased with) is a participle, but no agent follows it: the one it is pleased with.
    termbase = _named("person", [("lypkovska", "uk", "Ліпковська", "preferred"), ("lypkovska", "uk", "Липковская", "deprecated")])
    assert fix(termbase, "Вона задоволена Липковской і хвалить її.", "uk").text == "Вона задоволена Ліпковською і хвалить її."


def _kovalchuk() -> Termbase:
    """A man's surname in each language, with the English spelling MT leaves as its wrong one."""
    return _named("person", [("k", lang, term, status) for lang, term in (("ru", "Ковальчук"), ("uk", "Ковальчук"),
                                                                          ("pl", "Kowalczuk"), ("be", "Кавальчук"))
                             for term, status in ((term, "preferred"), ("Kovalchuk", "deprecated"))])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "По данным опроса Kovalchuk в этом году опережает соперников.", "По данным опроса Ковальчук в этом году опережает соперников."),
    ("ru", "По данным опроса Ковальчук в этом году опережает соперников.", "По данным опроса Ковальчук в этом году опережает соперников."),
    ("uk", "За даними опитування Ковальчук цього року випереджає суперників.", "За даними опитування Ковальчук цього року випереджає суперників."),
    ("pl", "Według sondażu Kovalchuk w tym roku wyprzedza rywali.", "Według sondażu Kowalczuk w tym roku wyprzedza rywali."),
    ("ru", "Сторонники Kovalchuk в этом году провели митинг.", "Сторонники Ковальчука в этом году провели митинг."),
])
def test_a_name_after_a_noun_is_the_subject_of_a_verb_after_a_phrase_of_time(lang, draft, fixed):
    # "в этом году", "цього року" between the name and its verb: the name is still the verb's subject, not the noun's genitive.
    assert fix(_kovalchuk(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Аўтары кнігі пішуць і аб Лаптеве.", "Аўтары кнігі пішуць і аб Лапцеву."),
    ("Аўтары кнігі пішуць і аб Лапцеве.", "Аўтары кнігі пішуць і аб Лапцеве."),
    ("Аўтары кнігі пішуць і аб Лапцеву.", "Аўтары кнігі пішуць і аб Лапцеву."),
    ("Успаміны аб Шышкіне выйшлі ў Мінску.", "Успаміны аб Шышкіне выйшлі ў Мінску."),
])
def test_a_belarusian_surname_in_ou_or_in_keeps_its_locative_in_e_or_u(draft, fixed):
    # аб Быкаву (a person's -у) and аб Пуціне (a place's -е) are both written: a text's either stays, -у is written.
    termbase = _named("person", [("laptsew", "be", "Лапцеў", "preferred"), ("laptsew", "be", "Лаптев", "deprecated"),
                                 ("shyshkin", "be", "Шышкін", "preferred"), ("shyshkin", "be", "Шишкин", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Активисты направили Kovalchuk письмо с просьбой о встрече.", "Активисты направили Ковальчуку письмо с просьбой о встрече."),
    ("uk", "Депутати скерували Kovalchuk лист із вимогами.", "Депутати скерували Ковальчукові лист із вимогами."),
    ("pl", "Posłowie skierowali Kovalchuk list otwarty.", "Posłowie skierowali Kowalczukowi list otwarty."),
    ("be", "Актывісты накіравалі Kovalchuk ліст з просьбай.", "Актывісты накіравалі Кавальчуку ліст з просьбай."),
])
def test_a_person_between_a_verb_and_a_letter_is_its_addressee(lang, draft, fixed):
    assert fix(_kovalchuk(), draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Федерація покарала тренера Kovalchuk на рік.", "Федерація покарала тренера Ковальчука на рік."),
    ("uk", "Федерація покарала тренера Ковальчук на рік.", "Федерація покарала тренера Ковальчука на рік."),
])
def test_a_spelling_of_any_case_after_an_oblique_title_takes_the_title_s_case(lang, draft, fixed):
    assert fix(_kovalchuk(), draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("pl", "Prokuratura bada wypowiedzi Skaryna na temat świadków.", "Prokuratura bada wypowiedzi Skaryny na temat świadków."),
    ("pl", "Rzeczniczka przeczytała wypowiedzi Skaryna.", "Rzeczniczka przeczytała wypowiedzi Skaryny."),
])
def test_a_verb_with_its_own_subject_before_it_leaves_the_name_after_a_noun_its_genitive(lang, draft, fixed):
    # "Prokuratura bada": bada has its subject, so the name after "wypowiedzi" is whose statements they are.
    termbase = _named("person", [("skaryna", "pl", "Skaryna", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


def test_a_lower_case_name_that_only_russian_lists_as_a_common_noun_stays_in_ukrainian():
    # ольха: the Russian alder, a word uk text borrows that its own dictionary lacks; no surname Ольха.
    termbase = _named("person", [("olkha", "uk", "Ольха", "preferred"), ("olkha", "uk", "Olkha", "deprecated")])
    assert fix(termbase, "Навесні ольха вкривається сережками.", "uk").text == "Навесні ольха вкривається сережками."


def test_a_lower_case_oblique_adjective_agreeing_with_a_noun_no_man_is_stays():
    # тихого утра: the adjective agreeing with a neuter noun, not the genitive of a man's surname Тихий.
    termbase = _named("person", [("tikhy", "ru", "Тихий", "preferred"), ("tikhy", "ru", "Tikhy", "deprecated")])
    assert fix(termbase, "Жители ждали тихого утра после обстрелов.", "ru").text == "Жители ждали тихого утра после обстрелов."


@pytest.mark.parametrize("lang, draft", [
    ("ru", "Рассказ назывался «Берёза» и вышел весной."),
    ("uk", "Фільм називався «Береза» і вийшов навесні."),
])
def test_a_place_after_a_reflexive_verb_is_no_object(lang, draft):
    # назывался, називався: a reflexive verb has no object; the name is what it was called, in the nominative.
    termbase = _named("place", [("byaroza", "ru", "Берёза", "preferred"), ("byaroza", "uk", "Береза", "preferred")])
    assert fix(termbase, draft, lang).text == draft


def test_a_foreign_belarusian_surname_in_ni_stays_undeclined():
    termbase = _named("person", [("berlusconi", "be", "Берлусконі", "preferred"), ("berlusconi", "be", "Берлускони", "deprecated")])
    assert fix(termbase, "Міністр патэлефанаваў Берлускони ўчора.", "be").text == "Міністр патэлефанаваў Берлусконі ўчора."


@pytest.mark.parametrize("draft, fixed", [
    ("Біля Гурово стоять нові позиції.", "Біля Гурового стоять нові позиції."),
    ("Завод у Гурове зупинив роботу.", "Завод у Гуровому зупинив роботу."),
])
def test_a_ukrainian_place_in_ove_or_ine_declines_as_an_adjective(draft, fixed):
    # Гурове (Russian Гурово): a neuter possessive adjective, із Гурового, у Гуровому; it stayed in the nominative.
    termbase = _named("place", [("gurovo", "uk", "Гурове", "preferred"), ("gurovo", "uk", "Гурово", "deprecated")])
    assert fix(termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "У Чаплинном відкрили амбулаторію.", "У Чаплинному відкрили амбулаторію."),
    ("uk", "Рятувальники прибули до Чаплинное вночі.", "Рятувальники прибули до Чаплинного вночі."),
    ("ru", "В Чаплинному открыли амбулаторию.", "В Чаплинном открыли амбулаторию."),
    ("ru", "Между Чаплинним и Херсоном ходит автобус.", "Между Чаплинным и Херсоном ходит автобус."),
])
def test_a_place_named_by_a_neuter_adjective_no_dictionary_knows_declines_as_one(lang, draft, fixed):
    # uk Чаплинне, ru Чаплинное (as Рокитне, Касторне): a neuter adjective, у Чаплинному, в Чаплинном; no dictionary
    # knows the place, so it was left in the nominative everywhere (у Чаплинне).
    termbase = _named("place", [("chaplynne", "uk", "Чаплинне", "preferred"), ("chaplynne", "uk", "Чаплинное", "deprecated"),
                                ("chaplynne", "ru", "Чаплинное", "preferred"), ("chaplynne", "ru", "Чаплинне", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Дорогу до Глинського отремонтировали.", "Дорогу до Глинского отремонтировали."),
    ("Фермеры под Глинським собрали урожай.", "Фермеры под Глинским собрали урожай."),
])
def test_a_ukrainian_place_in_ske_is_no_adjective_of_another_place(draft, fixed):
    # Глинське is itself a neuter adjective in -ське: its forms in Russian text (до Глинського) are the place's, not an
    # adjective made from a place, which was left as drafted.
    termbase = _named("place", [("hlynske", "uk", "Глинське", "preferred"), ("hlynske", "uk", "Глинское", "deprecated"),
                                ("hlynske", "ru", "Глинское", "preferred"), ("hlynske", "ru", "Глинське", "deprecated")])
    assert fix(termbase, draft, "ru").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Туристы высадились на острове Хортиця утром.", "Туристы высадились на острове Хортица утром."),
    ("ru", "Санатории курорта Хортиця заполнены.", "Санатории курорта Хортица заполнены."),
    ("uk", "Маяк на мисі Хортица відремонтували.", "Маяк на мисі Хортиця відремонтували."),
    ("uk", "Війт гміни Хортица зустрівся з лісниками.", "Війт гміни Хортиця зустрівся з лісниками."),
    ("uk", "Туристи заночували на хребті Хортица.", "Туристи заночували на хребті Хортиця."),
])
def test_a_place_after_a_resort_island_ridge_cape_or_gmina_keeps_its_nominative(lang, draft, fixed):
    # курорт, остров, хребет, мыс, гмина name the place's kind: the name after them is in apposition, as after река or
    # штат (glossary/government place_kinds), not their genitive (на острове Хортицы).
    termbase = _named("place", [("khortytsia", "uk", "Хортиця", "preferred"), ("khortytsia", "uk", "Хортица", "deprecated"),
                                ("khortytsia", "ru", "Хортица", "preferred"), ("khortytsia", "ru", "Хортиця", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Media zacytowały Nikolaia Belyaeva bez komentarza.", "Media zacytowały Nikołaja Bielajewa bez komentarza."),
    ("Prokuratura wezwała Yuriego Zotova do złożenia wyjaśnień.", "Prokuratura wezwała Jurija Zotowa do złożenia wyjaśnień."),
])
def test_a_polish_declined_english_first_name_in_i_is_fixed_with_its_surname(draft, fixed):
    # Nikolai as a noun in -j (Nikolaia), Yuri as an adjective (Yuriego): the first name was left in English.
    termbase = _named("person", [("belyaev", "pl", "Nikołaj Bielajew", "preferred"), ("belyaev", "pl", "Bielajew", "preferred"),
                                 ("belyaev", "pl", "Nikolai Belyaev", "deprecated"), ("belyaev", "pl", "Belyaev", "deprecated"),
                                 ("zotov", "pl", "Jurij Zotow", "preferred"), ("zotov", "pl", "Zotow", "preferred"),
                                 ("zotov", "pl", "Yuri Zotov", "deprecated"), ("zotov", "pl", "Zotov", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("pl", "Sondaże pokazały, że brzeska pozostaje popularna.", "Sondaże pokazały, że Brzeska pozostaje popularna."),
    ("ru", "Опросы показали, что смоленская остаётся популярной.", "Опросы показали, что Смоленская остаётся популярной."),
])
def test_a_lower_case_woman_s_adjectival_surname_gets_its_capital(lang, draft, fixed):
    # brzeska, смоленская: the dictionaries' adjectives brzeski, смоленский are the surname's masculine, no ordinary word.
    termbase = _named("person", [("brzeska", "pl", "Brzeska", "preferred"), ("brzeska", "pl", "Brzheska", "deprecated"),
                                 ("smolenskaya", "ru", "Смоленская", "preferred"), ("smolenskaya", "ru", "Smolenskaya", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Студенты стали ездить в Кошалін по выходным.", "Студенты стали ездить в Кошалин по выходным."),
    ("uk", "Студенти почали їздити в Koszalin на вихідні.", "Студенти почали їздити в Кошалін на вихідні."),
])
def test_a_place_after_the_iterative_verb_of_riding_and_v_is_where_to(lang, draft, fixed):
    # ездить, їздити: a verb of motion, as ехать is; the place was put in the locative (Кошалине).
    termbase = _named("place", [("koszalin", "ru", "Кошалин", "preferred"), ("koszalin", "ru", "Кошалін", "deprecated"),
                                ("koszalin", "uk", "Кошалін", "preferred"), ("koszalin", "uk", "Koszalin", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


def test_a_wrong_spelling_s_instrumental_in_om_after_a_hushing_consonant_is_found():
    # Грывачом (the Belarusian spelling's stressed -ом) in uk text: the instrumental, Гривачем; it was not found.
    termbase = _named("person", [("hryvach", "uk", "Гривач", "preferred"), ("hryvach", "uk", "Грывач", "deprecated")])
    assert fix(termbase, "Делегація на чолі з тренером Грывачом прибула до Львова.", "uk").text \
        == "Делегація на чолі з тренером Гривачем прибула до Львова."


@pytest.mark.parametrize("draft, fixed", [
    ("Каля Дубового Лога прайшлі вучэнні.", "Каля Дубовага Лога прайшлі вучэнні."),
    ("Дрон збілі на подступах да Дубовый Лог.", "Дрон збілі на подступах да Дубовага Лога."),
])
def test_a_belarusian_place_s_adjective_in_y_declines_as_an_adjective(draft, fixed):
    # Дубовы Лог: the adjective before the noun is no plural place; it was left as drafted (only -ны declined).
    termbase = _named("place", [("dubovy_log", "be", "Дубовы Лог", "preferred"), ("dubovy_log", "be", "Дубовый Лог", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Прэм'ер даручыў Пащине падрыхтаваць рэформу.", "Прэм'ер даручыў Пашчыне падрыхтаваць рэформу."),
    ("Прэса пісала пра сяброўства Пащины з кіраўніцтвам.", "Прэса пісала пра сяброўства Пашчыны з кіраўніцтвам."),
])
def test_a_woman_s_surname_in_shchina_declines_as_a_noun(draft, fixed):
    # -щина, -чына is a noun's suffix (лещина), no possessive -ина: Пашчыне, Пашчыны, not the adjective's Пашчынай.
    termbase = _named("person", [("pashchyna", "be", "Пашчына", "preferred"), ("pashchyna", "be", "Пащина", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft", ["Kolumna wojska była w drodze na Koszalin.", "Kupiła bilet na Koszalin w piątek."])
def test_a_place_after_the_road_or_a_ticket_and_na_is_where_to(draft):
    # droga, bilet na X: the place it leads to, in the accusative; a right Koszalin was made locative (Koszalinie).
    termbase = _named("place", [("koszalin", "pl", "Koszalin", "preferred"), ("koszalin", "pl", "Koshalin", "deprecated")])
    assert fix(termbase, draft, "pl").text == draft


def test_a_person_after_the_verb_vystupyty_is_its_subject_not_a_speech_s_genitive():
    # виступила: the verb, not the noun виступ (the speech of X): the name stays in the nominative.
    termbase = _named("person", [("zhuravlova", "uk", "Олена Журавльова", "preferred"),
                                 ("zhuravlova", "uk", "Olena Zhuravlova", "deprecated")])
    assert fix(termbase, "На форумі виступила Olena Zhuravlova, депутатка.", "uk").text \
        == "На форумі виступила Олена Журавльова, депутатка."


def test_a_wrong_polish_genitive_that_keeps_the_i_of_li_is_found():
    # MT's Margvelashviliego keeps the i Polish drops (Margwelaszwilego): it was not found.
    termbase = _named("person", [("margvelashvili", "pl", "Margwelaszwili", "preferred"),
                                 ("margvelashvili", "pl", "Margvelashvili", "deprecated")])
    assert fix(termbase, "Opozycja nie uznaje Margvelashviliego za prezydenta.", "pl").text \
        == "Opozycja nie uznaje Margwelaszwilego za prezydenta."


@pytest.mark.parametrize("draft, fixed", [
    ("Журналісты цытавалі словы Андрэя Луговой пра справу.", "Журналісты цытавалі словы Андрэя Лугавога пра справу."),
    ("Суд адмовіў Андрэю Луговой ў скарзе.", "Суд адмовіў Андрэю Лугавому ў скарзе."),
])
def test_a_belarusian_adjectival_surname_is_stressed_as_its_russian_oi_shows(draft, fixed):
    # Лугавы writes no о to show its stress; Russian Луговой stresses the ending: Лугавога, not the invented Лугавага.
    termbase = _named("person", [("lugovoi", "be", "Андрэй Лугавы", "preferred"), ("lugovoi", "be", "Лугавы", "preferred"),
                                 ("lugovoi", "be", "Луговой", "deprecated"), ("lugovoi", "ru", "Андрей Луговой", "preferred"),
                                 ("lugovoi", "ru", "Луговой", "preferred")])
    assert fix(termbase, draft, "be").text == fixed


def test_a_belarusian_adjectival_surname_with_no_russian_to_show_its_stress_is_left():
    # Ласкавы: Ласкавага or Ласкавога, which no letter says; the draft stays, marked unsure, not a guessed ending.
    termbase = _named("person", [("laskavy", "be", "Ласкавы", "preferred"), ("laskavy", "be", "Ласковый", "deprecated")])
    result = fix(termbase, "Журналісты цытавалі словы Ласковый пра справу.", "be")
    assert result.text == "Журналісты цытавалі словы Ласковый пра справу." and result.unsure


def test_a_belarusian_place_in_ka_after_a_consonant_takes_the_unstressed_tsy():
    # The suffix -к- after a consonant is unstressed: у Вульцы, not the stressed ending's Вульцэ (на рацэ).
    termbase = _named("place", [("vulka", "be", "Вулька", "preferred"), ("vulka", "be", "Вулка", "deprecated")])
    assert fix(termbase, "У Вулка адкрылі новую школу.", "be").text == "У Вульцы адкрылі новую школу."


def test_a_polish_first_name_in_nia_after_two_syllables_keeps_its_i():
    # Jewhenia is Je-wh-e-ni-a: Jewhenii, as Eugenii; only a pet name's -nia (Ania, Tania) softens the n (Ani, Tani).
    termbase = _named("person", [("lavrynovych", "pl", "Jewhenia Ławrynowicz", "preferred", "a woman"),
                                 ("lavrynovych", "pl", "Yevhenia Lavrynovych", "deprecated")])
    assert fix(termbase, "Nagrodę przyznano dla Yevhenia Lavrynovych z Lublina.", "pl").text \
        == "Nagrodę przyznano dla Jewhenii Ławrynowicz z Lublina."


@pytest.mark.parametrize("draft", ["На Луговой улице открыли новую школу.", "Митинг прошёл на Луговой площади вечером."])
def test_a_russian_adjective_agreeing_with_the_noun_after_it_is_no_adjectival_surname(draft):
    # Луговой before улице agrees with it: the street's adjective, not the surname Луговой (На Лугового улице).
    termbase = _named("person", [("lugovoi", "ru", "Андрей Луговой", "preferred"), ("lugovoi", "ru", "Луговой", "preferred")])
    assert fix(termbase, draft, "ru").text == draft


def _karpovych() -> Termbase:
    return _named("person", [("karpovych", "uk", "Карпович", "preferred"), ("karpovych", "uk", "Карповіч", "deprecated"),
                             ("karpovych", "ru", "Карпович", "preferred"), ("karpovych", "ru", "Карповіч", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Відкритого листа надіслали голові ЦВК Білорусі Карповіч у березні.",
     "Відкритого листа надіслали голові ЦВК Білорусі Карповичеві у березні."),
    ("uk", "Лист вручили голові військової адміністрації Кривого Рогу Карповіч у п'ятницю.",
     "Лист вручили голові військової адміністрації Кривого Рогу Карповичеві у п'ятницю."),
    ("ru", "Письмо вручили главе военной администрации Нижнего Новгорода Карповіч в пятницу.",
     "Письмо вручили главе военной администрации Нижнего Новгорода Карповичу в пятницу."),
])
def test_a_name_after_a_title_and_its_proper_noun_complement_takes_the_title_s_case(lang, draft, fixed):
    # The country or body after the title (Білорусі, whose lower case is "Belarusians"; Кривого Рогу) is the title's
    # complement, not a person the name stands beside, nor a reason to stop looking for the title: the genitive was written.
    assert fix(_karpovych(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Паводле слоў кіраўніка Гомельскай вобласці Соколов, мост адкрыюць летам.",
     "Паводле слоў кіраўніка Гомельскай вобласці Сакалова, мост адкрыюць летам."),
    ("Заяву намесніка Віцебскай вобласці Соколов працытавалі ўсе агенцтвы.",
     "Заяву намесніка Віцебскай вобласці Сакалова працытавалі ўсе агенцтвы."),
])
def test_a_belarusian_adjective_in_skai_between_a_title_and_the_name_is_no_person(draft, fixed):
    # Гомельскай (of Homiel region) ends like a woman's instrumental (лідаркай): read as a person, it gave the
    # name its instrumental (Сакаловым); the title before it says the case.
    termbase = _named("person", [("sokolov", "be", "Сакалоў", "preferred"), ("sokolov", "be", "Соколов", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


def _skyba() -> Termbase:
    return _named("person", [("skyba", "uk", "Скиба", "preferred"), ("skyba", "uk", "Skyba", "deprecated"),
                             ("skyba", "ru", "Скиба", "preferred"), ("skyba", "ru", "Skyba", "deprecated"),
                             ("skyba", "pl", "Skyba", "preferred"), ("skyba", "pl", "Skiba", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Міністерство доручило Скиба підготувати звіт до п'ятниці.", "Міністерство доручило Скибі підготувати звіт до п'ятниці."),
    ("ru", "Правительство поручило Скиба подготовить доклад к пятнице.", "Правительство поручило Скибе подготовить доклад к пятнице."),
])
def test_a_person_right_after_a_neuter_verb_is_its_object(lang, draft, fixed):
    # A person is never the subject of a neuter verb (the ministry entrusted): Скиба, whose -а tells no sex, is
    # its dative object; the right spelling was left in the nominative.
    termbase = _skyba()
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Політолог порадив Skyba не поспішати з відставкою.", "Політолог порадив Скибі не поспішати з відставкою."),
    ("ru", "Врач посоветовал Skyba отдохнуть неделю.", "Врач посоветовал Скибе отдохнуть неделю."),
    ("pl", "Premier polecił Skiba zbadać sytuację na granicy.", "Premier polecił Skybie zbadać sytuację na granicy."),
])
def test_the_person_told_or_advised_to_act_is_in_the_dative(lang, draft, fixed):
    # порадити, посоветовать, polecić (advise, order someone to do something) govern the dative; the wrong spelling
    # was replaced in the nominative.
    termbase = _skyba()
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("ru", "Таможенный комитет поручил Мирон Скиба проверить декларации.", "Таможенный комитет поручил Мирону Скибе проверить декларации."),
    ("uk", "Митний комітет доручив Мирон Скиба перевірити декларації.", "Митний комітет доручив Миронові Скибі перевірити декларації."),
    ("ru", "Секретарю поручил Мирон Скиба проверить декларации.", "Секретарю поручил Мирон Скиба проверить декларации."),
])
def test_a_person_between_a_verb_of_the_dative_and_an_infinitive_is_its_object(lang, draft, fixed):
    # "Комитет поручил X проверить": the infinitive after the name is what X is asked to do, so the noun before the
    # verb is its subject, though an inanimate noun's nominative is its accusative too; the right spelling was left in
    # the nominative. With a dative put first (Секретарю), the name is the subject and stays.
    termbase = _named("person", [("skyba", "uk", "Мирон Скиба", "preferred"), ("skyba", "uk", "Скиба", "preferred"),
                                 ("skyba", "ru", "Мирон Скиба", "preferred"), ("skyba", "ru", "Скиба", "preferred"),
                                 ("skyba", "en", "Myron Skyba", "preferred", "a man")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Кнігу пра паэтэсу Ларина выдалі ў Мінску.", "Кнігу пра паэтэсу Ларыну выдалі ў Мінску."),
    ("Ганаровае званне прысвоілі трэнеру Ларина ўчора.", "Ганаровае званне прысвоілі трэнеру Ларынай ўчора."),
])
def test_a_belarusian_title_in_u_takes_the_accusative_a_preposition_before_it_gives(draft, fixed):
    # паэтэсу ends like a man's dative (міністру) but is a woman's accusative, as пра says: Ларыну, not the dative
    # Ларынай; after a verb (прысвоілі званне трэнеру) the -у stays the dative.
    termbase = _named("person", [("larina", "be", "Ларына", "preferred", "a woman"), ("larina", "be", "Ларина", "deprecated")])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Українські військові контролювали Лохвиця кілька днів.", "Українські військові контролювали Лохвицю кілька днів."),
    ("ru", "Войска контролировали Лохвица несколько дней.", "Войска контролировали Лохвицу несколько дней."),
    ("uk", "Вчора без світла залишились Лохвиця і Ромни.", "Вчора без світла залишились Лохвиця і Ромни."),
    # Belarusian verbs are read by their endings: "калі" (if, when) ends like a plural past and is none.
    ("be", "Калі Лохвіца прайграе выбары, мэр сыдзе.", "Калі Лохвіца прайграе выбары, мэр сыдзе."),
    ("be", "Салдаты кантралявалі Лохвіца тры дні.", "Салдаты кантралявалі Лохвіцу тры дні."),
])
def test_a_place_right_after_a_plural_verb_is_its_object(lang, draft, fixed):
    # One place in -а cannot be the subject of a plural verb: it is the object, in the accusative; it was left in the
    # nominative. Two places joined by "і" may be (залишились Лохвиця і Ромни).
    termbase = _named("place", [("lokhvytsia", "uk", "Лохвиця", "preferred"), ("lokhvytsia", "ru", "Лохвица", "preferred"),
                                ("lokhvytsia", "be", "Лохвіца", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Підозру вручили колишньому меру Житомира Карпович минулого тижня.",
     "Підозру вручили колишньому меру Житомира Карповичеві минулого тижня."),
    ("Колишній мер Житомира Карпович не коментує підозру.", "Колишній мер Житомира Карпович не коментує підозру."),
])
def test_a_right_spelling_after_an_oblique_title_and_its_complement_takes_the_title_s_case(draft, fixed):
    # меру (dat) two words back, past its complement Житомира: the name beside it is undeclined in the nominative,
    # as right after the title (меру Карпович); only the title right before the name was read. The nominative title keeps it.
    assert fix(_karpovych(), draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Вболівальники аплодували Карповичем після фінального свистка.", "Вболівальники аплодували Карповичеві після фінального свистка."),
    ("ru", "Зрители аплодировали Карповичем стоя.", "Зрители аплодировали Карповичу стоя."),
    ("uk", "Вболівальники пишалися Карповичем після фіналу.", "Вболівальники пишалися Карповичем після фіналу."),
    ("uk", "Його обрали Карповичем.", "Його обрали Карповичем."),
])
def test_a_right_spelling_in_the_instrumental_after_a_verb_of_the_dative_takes_the_dative(lang, draft, fixed):
    # аплодувати governs the dative: Карповичем, a right form in the wrong case, was kept. A verb of the
    # instrumental keeps it, and one of the accusative may have it as its predicate.
    assert fix(_karpovych(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Суд приговорил Skyba к году колонии.", "Суд приговорил Скибу к году колонии."),
    ("Лидера оппозиционной партии Skyba приговорили к штрафу.", "Лидера оппозиционной партии Скибу приговорили к штрафу."),
])
def test_the_person_sentenced_is_in_the_accusative(draft, fixed):
    # приговорить governs the accusative; read as the noun приговор (a sentence), whose genitive follows it, it gave Скибы.
    # Put first after a title of two cases (Лидера: gen or acc), the verb after says which.
    termbase = _skyba()
    assert fix(termbase, draft, "ru").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Восенню сям'я пераехала ў Клічаве да сваякоў.", "Восенню сям'я пераехала ў Клічаў да сваякоў."),
    ("ru", "Летом семья переехала в Кличеве к родственникам.", "Летом семья переехала в Кличев к родственникам."),
    ("ru", "Опера идёт в Кличеве почти без перерывов.", "Опера идёт в Кличеве почти без перерывов."),
    ("ru", "Экскурсия в Кличеве включала посещение замка.", "Экскурсия в Кличеве включала посещение замка."),
    ("be", "Сям'я жыла ў Клічаве да вайны.", "Сям'я жыла ў Клічаве да вайны."),
])
def test_a_right_locative_after_a_verb_of_motion_and_v_becomes_the_accusative(lang, draft, fixed):
    # Moving to a place is в/у + the accusative: Клічаве, a right form in the wrong case, was kept. A verb of being,
    # a noun of travel and unprefixed "go" (an opera that runs there) leave the locative.
    termbase = _named("place", [("klichau", "be", "Клічаў", "preferred"), ("klichau", "be", "Кличев", "deprecated"),
                                ("klichau", "ru", "Кличев", "preferred"), ("klichau", "ru", "Клічаў", "deprecated")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Pomnik marszałka Skiba usunięto z placu.", "Pomnik marszałka Skyby usunięto z placu."),
    ("Zdjęcia gościa programu Skiba obiegły sieć.", "Zdjęcia gościa programu Skyby obiegły sieć."),
])
def test_a_title_in_ka_the_dictionary_knows_only_as_oblique_is_no_dictionary_form(draft, fixed):
    # marszałka ends like prezydentka, a title in its dictionary form, but Morfeusz knows it only as marszałek's
    # genitive or accusative: the name beside it takes the case the words before give it (pomnik: gen), not the nominative.
    assert fix(_skyba(), draft, "pl").text == fixed


def _zbarskyi_and_lubny() -> Termbase:
    rows = [("zbarskyi", "person", {"be": ("Збарскі", "Збарский"), "uk": ("Збарський", "Збарский"), "ru": ("Збарский", "Збарський"),
                                    "pl": ("Zbarski", "Zbarskij")}),
            ("lubny", "place", {"be": ("Лубны", "Лубни"), "ru": ("Лубны", "Лубни"), "uk": ("Лубни", "Лубны")})]
    return Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": status, "note": "", "kind": kind, "forms": ""}
                               for concept, kind, terms in rows for lang, (preferred, deprecated) in terms.items()
                               for term, status in ((preferred, "preferred"), (deprecated, "deprecated"))])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Пасля камандзіроўкі ў Лубни журналісты напісалі рэпартаж.", "Пасля камандзіроўкі ў Лубны журналісты напісалі рэпартаж."),
    ("be", "Завод павялічыў пастаўкі ў Лубни ў мінулым годзе.", "Завод павялічыў пастаўкі ў Лубны ў мінулым годзе."),
    ("be", "Пасля рэйду на Лубни ўлады пачалі праверку.", "Пасля рэйду на Лубны ўлады пачалі праверку."),
    ("be", "Завод у Лубнах павялічыў пастаўкі.", "Завод у Лубнах павялічыў пастаўкі."),
    ("ru", "После командировки в Лубни журналисты написали репортаж.", "После командировки в Лубны журналисты написали репортаж."),
    ("ru", "Поставки в Лубни выросли за год.", "Поставки в Лубны выросли за год."),
    ("uk", "Після рейду на Лубны влада почала перевірку.", "Після рейду на Лубни влада почала перевірку."),
    ("uk", "Постачання в Лубны зросли за рік.", "Постачання в Лубни зросли за рік."),
])
def test_a_trip_a_delivery_or_a_raid_goes_to_a_place_in_the_accusative(lang, draft, fixed):
    # Nouns of going or sending somewhere (a business trip, deliveries, a raid) put the place after в/у/на in the
    # accusative, where to, as verbs of motion do; a foreign plural nominative was put in the locative (ў Лубнах).
    assert fix(_zbarskyi_and_lubny(), draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("be", "Фільм пра хірурга Збарский атрымаў прыз.", "Фільм пра хірурга Збарскага атрымаў прыз."),
    ("pl", "Rada odwołała Zbarskij z funkcji dyrektora.", "Rada odwołała Zbarskiego z funkcji dyrektora."),
    ("pl", "Dziennikarze przyglądali się Zbarskij podczas konferencji.", "Dziennikarze przyglądali się Zbarskiemu podczas konferencji."),
    ("pl", "Rada odwołała Zbarskiego z funkcji dyrektora.", "Rada odwołała Zbarskiego z funkcji dyrektora."),
    ("uk", "Суд позбавив Збарский ліцензії на практику.", "Суд позбавив Збарського ліцензії на практику."),
    ("ru", "Открытие, приписываемое Збарський, оспорили коллеги.", "Открытие, приписываемое Збарскому, оспорили коллеги."),
    ("uk", "Відкриття, приписуване Збарский, заперечили колеги.", "Відкриття, приписуване Збарському, заперечили колеги."),
    ("be", "Адкрыццё, прыпісванае Збарский, аспрэчылі калегі.", "Адкрыццё, прыпісванае Збарскаму, аспрэчылі калегі."),
])
def test_a_surname_takes_the_case_its_title_verb_or_participle_governs(lang, draft, fixed):
    # A surgeon is a title (the name in apposition takes its case); odwołać and pozbawyty take the accusative,
    # przyglądać się the dative; what is ascribed (приписываемое) is ascribed to someone, in the dative, not by them.
    assert fix(_zbarskyi_and_lubny(), draft, lang).text == fixed


def _znamianka() -> Termbase:
    return _named("place", [("znamianka", "uk", "Знам'янка", "preferred"), ("znamianka", "uk", "Знаменка", "deprecated"),
                            ("znamianka", "be", "Знам'янка", "preferred"), ("znamianka", "be", "Знаменка", "deprecated"),
                            ("znamianka", "ru", "Знаменка", "preferred"), ("znamianka", "ru", "Знам'янка", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Волонтери привезли генератори в Знаменке для лікарні.", "Волонтери привезли генератори в Знам'янку для лікарні."),
    ("uk", "Рятувальники доставили воду у Знаменке вночі.", "Рятувальники доставили воду у Знам'янку вночі."),
    ("be", "Ратавальнікі даставілі ваду ў Знаменке ўначы.", "Ратавальнікі даставілі ваду ў Знам'янку ўначы."),
    ("ru", "Спасатели доставили воду в Знам'янці ночью.", "Спасатели доставили воду в Знаменку ночью."),
    ("uk", "Волонтери живуть у Знаменке вже рік.", "Волонтери живуть у Знам'янці вже рік."),
    ("uk", "Війна йде у Знаменке третій рік.", "Війна йде у Знам'янці третій рік."),
    ("uk", "Волонтери привезли генератори в Знам'янці для лікарні.", "Волонтери привезли генератори в Знам'янці для лікарні."),
])
def test_a_verb_of_motion_before_its_object_outweighs_another_language_s_locative(lang, draft, fixed):
    # MT writes its own locative after a verb of motion (привезли генератори в Знаменке): the verb says where to,
    # the accusative, which the foreign ending had outweighed. A verb of being, "go on", and a right form stay.
    assert fix(_znamianka(), draft, lang).text == fixed


def _kravtsova() -> Termbase:
    return _named("person", [("kravtsova", "uk", "Кравцова", "preferred"), ("kravtsova", "ru", "Кравцова", "preferred"),
                             ("kravtsova", "be", "Краўцова", "preferred"), ("kravtsova", "be", "Кравцова", "deprecated"),
                             ("kravtsova", "pl", "Krawcowa", "preferred"), ("kravtsova", "pl", "Kravtsova", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Журі згадало Кравцовой у підсумковій промові.", "Журі згадало Кравцову у підсумковій промові."),
    ("uk", "Поліція затримала Кравцовой біля суду.", "Поліція затримала Кравцову біля суду."),
    ("be", "Суддзі крытыкавалі Кравцовой за рашэнне.", "Суддзі крытыкавалі Краўцову за рашэнне."),
    ("pl", "Adwokaci bronią Kravtsovą przed sądem.", "Adwokaci bronią Krawcowej przed sądem."),
    ("uk", "Журі не згадало Кравцовой у підсумковій промові.", "Журі не згадало Кравцової у підсумковій промові."),
    ("uk", "Прокуратура висунула Кравцовой обвинувачення в шахрайстві.", "Прокуратура висунула Кравцовій обвинувачення в шахрайстві."),
])
def test_a_verb_of_one_case_right_before_outweighs_another_language_s_ending(lang, draft, fixed):
    # Russian -ой (gen, dat, ins, loc) after a verb of the accusative was read as the genitive it resembles; bronić
    # takes the genitive. A negated verb may take the genitive, and a thing given after the name makes it the dative.
    assert fix(_kravtsova(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Śledztwo powierzono Zbarskij w marcu.", "Śledztwo powierzono Zbarskiemu w marcu."),
    ("Wczoraj zatrzymano Zbarskij w Krakowie.", "Wczoraj zatrzymano Zbarskiego w Krakowie."),
    ("Wczoraj zatrzymano Zbarskiego w Krakowie.", "Wczoraj zatrzymano Zbarskiego w Krakowie."),
])
def test_a_polish_impersonal_governs_as_its_verb_does(draft, fixed):
    # powierzono, zatrzymano (-no/-to) have no subject and govern as powierzyć (dat) and zatrzymać (acc) do; the
    # table lists the verbs' stems, which the impersonal does not share (powierzy-: powierz-ono), so no case was read.
    assert fix(_zbarskyi_and_lubny(), draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Потяг вирушив із Знаменке вранці.", "Потяг вирушив із Знам'янки вранці."),
    ("be", "Аўтобус вырушыў са Знаменке ўранку.", "Аўтобус вырушыў са Знам'янкі ўранку."),
    ("uk", "Переговори з Знаменкой тривали тиждень.", "Переговори з Знам'янкою тривали тиждень."),
])
def test_from_a_place_in_another_language_s_locative_is_the_genitive(lang, draft, fixed):
    # з before a place is "from" (gen); a Russian -е (loc, dat) is neither that nor the instrumental of "with",
    # and fell back to the instrumental, the preposition's default. A form the default may be in keeps it.
    assert fix(_znamianka(), draft, lang).text == fixed


def _stavropol_dviny_and_masally() -> Termbase:
    return Termbase.from_rows([
        {"concept": "stavropol", "lang": "uk", "term": "Ставропольський край", "kind": "place"},
        {"concept": "stavropol", "lang": "uk", "term": "Ставропольский край", "status": "deprecated", "kind": "place"},
        {"concept": "stavropol", "lang": "ru", "term": "Ставропольский край", "kind": "place"},
        {"concept": "dviny", "lang": "ru", "term": "Двины", "kind": "place", "forms": "gen=Двин"},
        {"concept": "masally", "lang": "pl", "term": "Masałły", "kind": "place"},
        {"concept": "masally", "lang": "ru", "term": "Масаллы", "kind": "place"},
        {"concept": "kozary", "lang": "pl", "term": "Kozary", "kind": "place"},
        {"concept": "kozary", "lang": "ru", "term": "Козары", "kind": "place"},
    ])


@pytest.mark.parametrize("lang, draft, fixed", [
    ("uk", "Губернатор заявив: «Ставропольский край — не наша проблема», і пішов.",
     "Губернатор заявив: «Ставропольский край — не наша проблема», і пішов."),
    ("uk", "Ставропольский край оголосив тендер.", "Ставропольський край оголосив тендер."),
    ("uk", "Гасло було таке: «Ставропольский край — наша відповідальність».",
     "Гасло було таке: «Ставропольський край — наша відповідальність»."),
])
def test_a_quotation_a_neighbouring_language_reads_whole_is_cited_as_said(lang, draft, fixed):
    # не, наша, проблема are Russian words as well: only the name, which the Ukrainian dictionary lacks and the
    # Russian one knows, tells the quotation's language. A word Russian lacks (відповідальність) makes it Ukrainian.
    assert fix(_stavropol_dviny_and_masally(), draft, lang).text == fixed


def test_another_nouns_genitive_after_a_preposition_of_the_genitive_is_no_nominative():
    # "с Двины": the river Двина's genitive, which the dictionary reads, not the plural village Двины left undeclined.
    draft = "Лодки возвращались с Двины поздно вечером."
    assert fix(_stavropol_dviny_and_masally(), draft, "ru").text == draft
    # к takes the dative, in which Двины is no word's form: the village, left undeclined
    assert fix(_stavropol_dviny_and_masally(), "Лодки подошли к Двины.", "ru").text == "Лодки подошли к Двинам."


@pytest.mark.parametrize("draft, fixed", [
    ("Spotkanie odbyło się w Masałły.", "Spotkanie odbyło się w Masałły."),  # Масаллы: indeclinable, no Polish plural
    ("Spotkanie odbyło się w Kozary.", "Spotkanie odbyło się w Kozarach."),  # Козары: a plural place
])
def test_a_foreign_place_in_y_is_no_polish_plural(draft, fixed):
    # The Russian dictionary knows Масаллы (Azerbaijani Masallı) only as indeclinable: w Masałłach is no word.
    result = fix(_stavropol_dviny_and_masally(), draft, "pl")
    assert result.text == fixed
    assert bool(result.unsure) == (draft == fixed)


def test_a_common_nouns_form_is_no_lower_case_plural_place():
    # коловерти is the whirlpool (коловерть)'s genitive, a common noun in Russian too, beside the village Коловерти the
    # Ukrainian dictionary lists as a plural-only noun and tags as it tags a name; Коловерти in capitals is the village.
    termbase = Termbase.from_rows([{"concept": "kolovert", "lang": "uk", "term": "Коловерти", "kind": "place",
                                    "forms": "gen=Коловертів; loc=Коловертях"}])
    draft = "Човен ледве вибрався з коловерти біля берега."
    assert fix(termbase, draft, "uk").text == draft
    assert fix(termbase, "Човен приплив з Коловертів.", "uk").text == "Човен приплив з Коловертів."


def test_a_lower_case_ordinary_adjective_is_no_place_named_by_it():
    # спокойним is the adjective спокойний (calm, a Russianism), which the uk dictionary lacks and the ru one knows
    # (спокойный); the town Спокойний written lower case is only the adjective. In capitals it is the town.
    termbase = Termbase.from_rows([{"concept": "spokoiny", "lang": "uk", "term": "Спокойний", "kind": "place"},
                                   {"concept": "spokoiny", "lang": "ru", "term": "Спокойный", "kind": "place"}])
    draft = "Ранок видався тихим і спокойним після грози."
    assert fix(termbase, draft, "uk").text == draft
    assert fix(termbase, "Делегація приїхала до Спокойного.", "uk").text == "Делегація приїхала до Спокойного."


def _hulakavichy(be_forms: str) -> Termbase:
    return Termbase.from_rows([
        {"concept": "hulakavichy", "lang": "be", "term": "Гулякавічы", "kind": "place", "forms": be_forms},
        {"concept": "hulakavichy", "lang": "ru", "term": "Гуляковичи", "kind": "place"},
        {"concept": "hulakavichy", "lang": "ru", "term": "Гулякавічы", "status": "deprecated", "kind": "place"},
        {"concept": "hulakavichy", "lang": "uk", "term": "Гуляковичі", "kind": "place"},
        {"concept": "hulakavichy", "lang": "uk", "term": "Гуляковичи", "status": "deprecated", "kind": "place"},
    ])


@pytest.mark.parametrize("be_forms, lang, draft, fixed", [
    ("gen=Гулякавіч", "ru", "Туристы приехали из Гулякавічы вечером.", "Туристы приехали из Гулякович вечером."),
    ("gen=Гулякавіч", "uk", "Туристи приїхали з Гуляковичи ввечері.", "Туристи приїхали з Гулякович ввечері."),
    ("gen=Гулякавіч", "uk", "Музей Гулякович відкрили ввечері.", "Музей Гулякович відкрили ввечері."),
    ("", "ru", "Туристы приехали из Гулякавічы вечером.", "Туристы приехали из Гуляковичей вечером."),
])
def test_a_place_in_ichi_takes_the_bare_genitive_its_belarusian_term_lists(be_forms, lang, draft, fixed):
    # Places in -ичи take the bare genitive (Баранович) or -ей/-ів by usage: the Belarusian bare genitive the termbase
    # lists says which; -ей where nothing says otherwise, as before.
    assert fix(_hulakavichy(be_forms), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Аўтобусы ідуць да Ясного кожны дзень.", "Аўтобусы ідуць да Яснага кожны дзень."),
    ("Новая дарога злучыць Ясному з чыгункай.", "Новая дарога злучыць Ясны з чыгункай."),
    ("Вайскоўцы стаяць пад Ясным.", "Вайскоўцы стаяць пад Ясным."),
])
def test_a_belarusian_place_in_ny_its_russian_name_shows_an_adjective_declines_as_one(draft, fixed):
    # Ясны is Russian Ясный, a masculine adjective (да Яснага, Яснаму), not the plural-only noun a place in -ны
    # alone is taken for (Ясным, Яснах: no word); злучыць takes the accusative.
    termbase = Termbase.from_rows([
        {"concept": "yasny", "lang": "be", "term": "Ясны", "kind": "place"},
        {"concept": "yasny", "lang": "be", "term": "Ясный", "status": "deprecated", "kind": "place"},
        {"concept": "yasny", "lang": "ru", "term": "Ясный", "kind": "place"},
    ])
    assert fix(termbase, draft, "be").text == fixed


def test_a_fuzzy_first_name_right_before_another_persons_surname_is_that_persons():
    # Alexandra resembles Kowrygin's first name Александр, but before Bortnyka it is Bortnik's first name: it is
    # never replaced with Kowrygin's term.
    termbase = Termbase.from_rows([
        {"concept": "kovrygin", "lang": "pl", "term": "Aleksander Kowrygin", "kind": "person"},
        {"concept": "kovrygin", "lang": "pl", "term": "Kowrygin", "kind": "person"},
        {"concept": "kovrygin", "lang": "be", "term": "Аляксандр Каўрыгін", "kind": "person"},
        {"concept": "kovrygin", "lang": "be", "term": "Александр Коврыгин", "status": "deprecated", "kind": "person"},
        {"concept": "kovrygin", "lang": "be", "term": "Александр", "status": "deprecated", "kind": "person"},
        {"concept": "bortnik", "lang": "pl", "term": "Bortnik", "kind": "person"},
        {"concept": "bortnik", "lang": "pl", "term": "Bortnyk", "status": "deprecated", "kind": "person"},
    ])
    result = fix(termbase, "Raport Alexandra Bortnyka omówiono na posiedzeniu.", "pl")
    assert "Kowrygin" not in result.text and "Alexandra Bortnika" in result.text


@pytest.mark.parametrize("draft, fixed", [
    ("Офіс фірмы перанеслі ў Пятигорск мінулай восенню.", "Офіс фірмы перанеслі ў Пяцігорск мінулай восенню."),
    ("Офіс фірмы працуе ў Пятигорске.", "Офіс фірмы працуе ў Пяцігорску."),
])
def test_after_a_belarusian_verb_of_carrying_u_takes_the_accusative(draft, fixed):
    # перанесці (to move something) sends it there: ў Пяцігорск, where it goes, not ў Пяцігорску, where it is.
    termbase = Termbase.from_rows([
        {"concept": "piatigorsk", "lang": "be", "term": "Пяцігорск", "kind": "place"},
        {"concept": "piatigorsk", "lang": "be", "term": "Пятигорск", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, "be").text == fixed


def test_a_belarusian_u_for_the_apostrophe_after_v_is_the_terms_spelling():
    # Belarusian writes ў for the non-syllabic в the Ukrainian apostrophe marks (Жов'янськ): Жаўянск is the term
    # Жавянск so spelled, left as the draft wrote it; a Russian spelling is still fixed.
    termbase = Termbase.from_rows([
        {"concept": "zhovyansk", "lang": "be", "term": "Жавянск", "kind": "place"},
        {"concept": "zhovyansk", "lang": "be", "term": "Жовянск", "status": "deprecated", "kind": "place"},
        {"concept": "zhovyansk", "lang": "uk", "term": "Жов'янськ", "kind": "place"},
    ])
    draft = "Завод перанеслі з Мінска ў Жаўянск."
    assert fix(termbase, draft, "be").text == draft
    assert fix(termbase, "Завод перанеслі ў Жовянск.", "be").text == "Завод перанеслі ў Жавянск."


def _new_names() -> Termbase:
    """Names no evaluation set has: a man's and a woman's adjectival surname and a town, other languages' spellings deprecated."""
    rows = [("lesotsky", "be", "Лясоцкі", ""), ("lesotsky", "be", "Лесоцкий", "deprecated"), ("lesotsky", "ru", "Лесоцкий", ""),
            ("lesotsky", "ru", "Лясоцкі", "deprecated"), ("lesotsky", "uk", "Лісоцький", ""), ("lesotsky", "uk", "Лесоцкий", "deprecated"),
            ("lesotsky", "pl", "Lasocki", ""), ("lesotsky", "pl", "Lesotsky", "deprecated"),
            ("zalesskaya", "be", "Залеская", ""), ("zalesskaya", "be", "Залесская", "deprecated"), ("zalesskaya", "ru", "Залесская", ""),
            ("zalesskaya", "uk", "Залеська", ""), ("zalesskaya", "uk", "Залесская", "deprecated"),
            ("zalesskaya", "pl", "Zaleska", ""), ("zalesskaya", "pl", "Zalesskaya", "deprecated")]
    places = [("uk", "Золочів", ""), ("uk", "Золочев", "deprecated"), ("ru", "Золочев", ""), ("ru", "Золочів", "deprecated"),
              ("be", "Золачаў", ""), ("be", "Золочев", "deprecated"), ("pl", "Złoczów", ""), ("pl", "Zolochiv", "deprecated")]
    return Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": status, "kind": "person"}
                               for concept, lang, term, status in rows]
                              + [{"concept": "zolochiv", "lang": lang, "term": term, "status": status, "kind": "place"}
                                 for lang, term, status in places])


@pytest.mark.parametrize("lang, draft, fixed", [
    # A Belarusian verb of the table between a title and the name ends the title's phrase: the judge passed sentence
    # on her, the name is the verb's, not in apposition to the title (спраў, a plural genitive, ends like a past verb).
    pytest.param("be", "Суддзя вынесла прысуд Залесская за ўдзел у пратэсце.", "Суддзя вынесла прысуд Залескай за ўдзел у пратэсце.", id="be-verb-after-a-title"),
    pytest.param("be", "Старшыня камісіі перадаў ліст Лесоцкий праз сакратара.", "Старшыня камісіі перадаў ліст Лясоцкаму праз сакратара.", id="be-verb-after-a-title-2"),
    pytest.param("be", "Міністр замежных спраў Лесоцкий сустрэўся з паслом.", "Міністр замежных спраў Лясоцкі сустрэўся з паслом.", id="be-title-with-its-complement"),
    # Thanks, a suspicion, an ovation as a verb's object are addressed to the person: the dative (оголосити підозру
    # кому); in the nominative the thanks may be the person's own, and a right genitive stays.
    pytest.param("uk", "Прокуратура оголосила підозру Залесской у шахрайстві.", "Прокуратура оголосила підозру Залеській у шахрайстві.", id="uk-suspicion-to"),
    pytest.param("uk", "Ректор оголосив подяку Залесской за роботу.", "Ректор оголосив подяку Залеській за роботу.", id="uk-thanks-to"),
    pytest.param("uk", "Глядачі влаштували овацію Залесской після концерту.", "Глядачі влаштували овацію Залеській після концерту.", id="uk-ovation-to"),
    pytest.param("be", "Мэр горада выказаў падзяку Залесская за ўрокі.", "Мэр горада выказаў падзяку Залескай за ўрокі.", id="be-thanks-to"),
    pytest.param("ru", "Зал устроил овацию Лясоцкі после доклада.", "Зал устроил овацию Лесоцкому после доклада.", id="ru-ovation-to"),
    pytest.param("uk", "Подяка Лісоцького прозвучала наприкінці засідання.", "Подяка Лісоцького прозвучала наприкінці засідання.", id="uk-thanks-of"),
    # ўручыў is уручыў after a vowel: the thing given, then to whom.
    pytest.param("be", "Фестываль кіно ўручыў спецыяльны прыз Лесоцкий за фільм.", "Фестываль кіно ўручыў спецыяльны прыз Лясоцкаму за фільм.", id="be-u-short-verb-of-giving"),
    pytest.param("be", "Журы ўручыла галоўны прыз Залесская за фільм.", "Журы ўручыла галоўны прыз Залескай за фільм.", id="be-u-short-verb-of-giving-2"),
    # The imperfective past of meet takes the accusative (встречали begins like the noun встреча).
    pytest.param("ru", "Волонтёры с цветами встречали Залескай в аэропорту.", "Волонтёры с цветами встречали Залесскую в аэропорту.", id="ru-meet"),
    pytest.param("uk", "Волонтери з квітами зустрічали Залесской в аеропорту.", "Волонтери з квітами зустрічали Залеську в аеропорту.", id="uk-meet"),
    pytest.param("be", "Валанцёры з кветкамі сустракалі Залесской на вакзале.", "Валанцёры з кветкамі сустракалі Залескую на вакзале.", id="be-meet"),
    # The means between a verb of the accusative and its object heads no genitive (атакували дронами X); a noun
    # after the means still heads one.
    pytest.param("uk", "Росіяни атакували дронами Золочев уночі.", "Росіяни атакували дронами Золочів уночі.", id="uk-means"),
    pytest.param("be", "Расіяне атакавалі ракетамі Золочев уначы.", "Расіяне атакавалі ракетамі Золачаў уначы.", id="be-means"),
    pytest.param("pl", "Rosjanie ostrzelali rakietami Zolochiv w nocy.", "Rosjanie ostrzelali rakietami Złoczów w nocy.", id="pl-means"),
    pytest.param("ru", "Россияне атаковали дронами Золочів ночью.", "Россияне атаковали дронами Золочев ночью.", id="ru-means"),
    pytest.param("uk", "Росіяни атакували дронами околиці Золочева.", "Росіяни атакували дронами околиці Золочева.", id="uk-means-then-a-noun"),
    pytest.param("pl", "Sąd ukarał grzywną Zalesskaya za udział w proteście.", "Sąd ukarał grzywną Zaleską za udział w proteście.", id="pl-means-person"),
    # kazać (to order) takes the dative; kazania (sermons) begins as it does and heads its author's genitive.
    pytest.param("pl", "Badacze od lat analizują kazania Lesotsky w archiwach.", "Badacze od lat analizują kazania Lasockiego w archiwach.", id="pl-sermons-of"),
    pytest.param("pl", "Sąd każe Zalesskaya zapłacić grzywnę.", "Sąd każe Zaleskiej zapłacić grzywnę.", id="pl-order-to"),
    # Morfeusz also reads premier, minister, prezydent as a woman's indeclinable title: before a masculine verb it is
    # the man's, its subject, and the name after the verb its object; a thing before the verb may be its object put first.
    pytest.param("pl", "Premier powierzył Lasocki nadzór nad szkołami.", "Premier powierzył Lasockiemu nadzór nad szkołami.", id="pl-title-subject"),
    pytest.param("pl", "Minister polecił Lasocki przygotować raport do piątku.", "Minister polecił Lasockiemu przygotować raport do piątku.", id="pl-title-subject-2"),
    pytest.param("pl", "Prezydent podziękował Lasocki za lata pracy.", "Prezydent podziękował Lasockiemu za lata pracy.", id="pl-title-subject-3"),
    pytest.param("pl", "Nadzór nad szkołami powierzył Lasocki swojemu zastępcy.", "Nadzór nad szkołami powierzył Lasocki swojemu zastępcy.", id="pl-object-first"),
    # Belarusian titles for a businessman or an oligarch (no dictionary reads them as people); a nominative one keeps the nominative.
    pytest.param("be", "Бізнесмену Лясоцкі вынеслі суровы прысуд.", "Бізнесмену Лясоцкаму вынеслі суровы прысуд.", id="be-businessman"),
    pytest.param("be", "Суд над алігархам Лясоцкі пачаўся ў панядзелак.", "Суд над алігархам Лясоцкім пачаўся ў панядзелак.", id="be-oligarch"),
    pytest.param("be", "Інтэрв'ю з мільярдэрам Лясоцкі выйшла ўчора.", "Інтэрв'ю з мільярдэрам Лясоцкім выйшла ўчора.", id="be-billionaire"),
    pytest.param("be", "Бізнесмен Лясоцкі заявіў пра банкруцтва.", "Бізнесмен Лясоцкі заявіў пра банкруцтва.", id="be-businessman-nominative"),
    # In memory of a person: the genitive, also after a verb of the dative.
    pytest.param("be", "Фестываль прысвяцілі памяці Лесоцкий.", "Фестываль прысвяцілі памяці Лясоцкага.", id="be-in-memory-of"),
    pytest.param("uk", "Концерт присвятили пам'яті Залесской.", "Концерт присвятили пам'яті Залеської.", id="uk-in-memory-of"),
    pytest.param("ru", "Фестиваль посвятили памяти Лясоцкі.", "Фестиваль посвятили памяти Лесоцкого.", id="ru-in-memory-of"),
    pytest.param("pl", "Festiwal poświęcono pamięci Lesotsky.", "Festiwal poświęcono pamięci Lasockiego.", id="pl-in-memory-of"),
    # A title in the instrumental right after a verb of the accusative says as what it takes its object (обрали
    # головою X); after a preposition the title is the name's own, in apposition.
    pytest.param("ru", "Суд вызвал свидетелем Лясоцкі, но он не явился.", "Суд вызвал свидетелем Лесоцкого, но он не явился.", id="ru-as-a-witness"),
    pytest.param("pl", "Sejm wybrał marszałkiem Lesotsky w czwartek.", "Sejm wybrał marszałkiem Lasockiego w czwartek.", id="pl-elected-as"),
    pytest.param("be", "Рабочыя абралі лідарам Лесоцкий на агульным сходзе.", "Рабочыя абралі лідарам Лясоцкага на агульным сходзе.", id="be-elected-as"),
    pytest.param("uk", "Депутати обрали головою Лесоцкий минулого тижня.", "Депутати обрали головою Лісоцького минулого тижня.", id="uk-elected-as"),
    pytest.param("ru", "Встреча с послом Лесоцким прошла в Минске.", "Встреча с послом Лесоцким прошла в Минске.", id="ru-with-the-ambassador"),
    # Verbs of hearing someone out take the accusative.
    pytest.param("uk", "Комітет заслухав Лесоцкий щодо розслідування.", "Комітет заслухав Лісоцького щодо розслідування.", id="uk-heard"),
    pytest.param("ru", "Комиссия заслушала Лясоцкі по делу о коррупции.", "Комиссия заслушала Лесоцкого по делу о коррупции.", id="ru-heard"),
    pytest.param("be", "Камісія заслухала Лесоцкий па справе аб карупцыі.", "Камісія заслухала Лясоцкага па справе аб карупцыі.", id="be-heard"),
    # A name MT wrote in lower case gets the case the sentence needs with its capital, as a capitalised one would.
    pytest.param("be", "Аўтобус з золачаў прыехаў на світанні.", "Аўтобус з Золачава прыехаў на світанні.", id="be-from"),
    pytest.param("uk", "Родина біженців переїхала до золочів у травні.", "Родина біженців переїхала до Золочева у травні.", id="uk-to"),
    pytest.param("ru", "Силовики провели обыски в золочев и Львове.", "Силовики провели обыски в Золочеве и Львове.", id="ru-in"),
    pytest.param("pl", "Policja zatrzymała w złoczów dwóch blogerów.", "Policja zatrzymała w Złoczowie dwóch blogerów.", id="pl-in"),
    pytest.param("uk", "Адвокати лісоцький подали апеляцію.", "Адвокати Лісоцького подали апеляцію.", id="uk-of-a-noun"),
    # Its own case stays where the sentence allows it: a subject, and the nominative beside a kind of settlement.
    pytest.param("be", "Пасля сустрэчы лясоцкі не адказаў журналістам.", "Пасля сустрэчы Лясоцкі не адказаў журналістам.", id="be-subject"),
    pytest.param("uk", "Мер міста золочів оголосив збір коштів.", "Мер міста Золочів оголосив збір коштів.", id="uk-settlement"),
    # A place after a plural noun for its people in any case is theirs, in the genitive.
    pytest.param("uk", "Мер звернувся до мешканців Золочів із закликом зберігати спокій.", "Мер звернувся до мешканців Золочева із закликом зберігати спокій.", id="uk-residents"),
    pytest.param("ru", "Губернатор поблагодарил жителей Золочев за терпение.", "Губернатор поблагодарил жителей Золочева за терпение.", id="ru-residents"),
    pytest.param("pl", "Burmistrz podziękował mieszkańcom Zolochiv za cierpliwość.", "Burmistrz podziękował mieszkańcom Złoczowa za cierpliwość.", id="pl-residents"),
    # A part of a place (its centre, outskirts, streets) has the place in the genitive, whatever its own case.
    pytest.param("ru", "Колонна вошла в центр Золочев рано утром.", "Колонна вошла в центр Золочева рано утром.", id="ru-centre"),
    pytest.param("ru", "Войска подошли к окраинам Золочев с юга.", "Войска подошли к окраинам Золочева с юга.", id="ru-outskirts"),
    pytest.param("uk", "Патруль обійшов околиці Золочев уночі.", "Патруль обійшов околиці Золочева уночі.", id="uk-outskirts"),
    pytest.param("be", "Войскі падышлі да ўскраін Золачаў з поўдня.", "Войскі падышлі да ўскраін Золачава з поўдня.", id="be-outskirts"),
    pytest.param("pl", "Policja zamknęła centrum Zolochiv w sobotę.", "Policja zamknęła centrum Złoczowa w sobotę.", id="pl-centre"),
    # So is a place after a visit to it.
    pytest.param("ru", "После посещения Золочев туристы вернулись во Львов.", "После посещения Золочева туристы вернулись во Львов.", id="ru-visit"),
    pytest.param("uk", "Після відвідин Золочев туристи повернулися до Львова.", "Після відвідин Золочева туристи повернулися до Львова.", id="uk-visit"),
    # A plant in a town is where it is, though "one of its lines" (одну из линий) follows: that is no where-from.
    pytest.param("ru", "Завод в Золочев остановил одну из линий.", "Завод в Золочеве остановил одну из линий.", id="ru-one-of"),
    pytest.param("ru", "Автобусы в Золочів из Львова идут по расписанию.", "Автобусы в Золочев из Львова идут по расписанию.", id="ru-route-kept"),
    # A sentence passed on a person: the dative (приговор Навальному), in whatever case the noun is.
    pytest.param("ru", "Приговор Лясоцкі вызвал протесты в городе.", "Приговор Лесоцкому вызвал протесты в городе.", id="ru"),
    pytest.param("uk", "Суворий вирок Лесоцкий спричинив протести.", "Суворий вирок Лісоцькому спричинив протести.", id="uk"),
    pytest.param("be", "Прысуд Лесоцкий выклікаў пратэсты ў горадзе.", "Прысуд Лясоцкаму выклікаў пратэсты ў горадзе.", id="be"),
    # A plural or infinitive verb takes one person after it as its object (лічаць X адказным), never as subject.
    pytest.param("be", "Памірцы лічаць Лясоцкі адказным за рэпрэсіі.", "Памірцы лічаць Лясоцкага адказным за рэпрэсіі.", id="be-plural-verb"),
    pytest.param("be", "Памірцы лічаць лясоцкі адказным за рэпрэсіі.", "Памірцы лічаць Лясоцкага адказным за рэпрэсіі.", id="be-lower-case"),
    pytest.param("be", "Учора сустрэліся Лясоцкі і Залеская.", "Учора сустрэліся Лясоцкі і Залеская.", id="be-reflexive-kept"),
    # кіраўніцтва (leadership) is a noun of the genitive, not the title кіраўніца it begins like.
    pytest.param("be", "Суд пад кіраўніцтвам Лесоцкий адклаў разгляд.", "Суд пад кіраўніцтвам Лясоцкага адклаў разгляд.", id="be-leadership"),
    pytest.param("ru", "Журналисты задали Лясоцкі три вопроса.", "Журналисты задали Лесоцкому три вопроса.", id="ru-asked"),
    pytest.param("ru", "Решение суда лишило Залеская права голоса.", "Решение суда лишило Залесскую права голоса.", id="ru-deprived"),
    pytest.param("ru", "Прокурор упомянул Лясоцкі в своей речи.", "Прокурор упомянул Лесоцкого в своей речи.", id="ru-mentioned"),
    # Polish z after pride, satisfaction or mockery: the genitive, not the instrumental of "with".
    pytest.param("pl", "Cała federacja jest dumna z Zalesskaya i jej wychowanek.", "Cała federacja jest dumna z Zaleskiej i jej wychowanek.", id="pl-proud-of"),
    pytest.param("pl", "Trener był zadowolony z Lesotsky mimo upadku.", "Trener był zadowolony z Lasockiego mimo upadku.", id="pl-pleased-with"),
    pytest.param("pl", "Trener rozmawiał z Lesotsky po treningu.", "Trener rozmawiał z Lasockim po treningu.", id="pl-with"),
    # A verb with only a preposition's objects before it (ў Гомелі) has the person after it as its subject, and
    # выступіў is a verb, not the noun выступ.
    pytest.param("be", "На сустрэчы ў Гомелі выступіў Лесоцкий, былы міністр.", "На сустрэчы ў Гомелі выступіў Лясоцкі, былы міністр.", id="be-subject-after-its-verb"),
    pytest.param("be", "На сустрэчы ў Гомелі выступіў лясоцкі, былы міністр.", "На сустрэчы ў Гомелі выступіў Лясоцкі, былы міністр.", id="be-lower-case"),
    # A nationality is a title the person stands in apposition to.
    pytest.param("be", "Матч выйграў беларус Лесоцкий у двух сэтах.", "Матч выйграў беларус Лясоцкі у двух сэтах.", id="be-nationality"),
    pytest.param("be", "Суд над беларусам Лесоцкий перанеслі.", "Суд над беларусам Лясоцкім перанеслі.", id="be-nationality-oblique"),
    # Polish nad is where (the instrumental), and where to after a verb of going (the accusative): nad morze, nad jezioro.
    pytest.param("pl", "Latem pojechaliśmy nad Zolochiv razem z dziećmi.", "Latem pojechaliśmy nad Złoczów razem z dziećmi.", id="pl-where-to"),
    pytest.param("pl", "Latem odpoczywaliśmy nad Zolochiv razem z dziećmi.", "Latem odpoczywaliśmy nad Złoczowem razem z dziećmi.", id="pl-where"),
])
def test_the_case_the_words_around_a_new_name_give_it(lang, draft, fixed):
    assert fix(_new_names(), draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft", [
    pytest.param("uk", "Прізвище Лісоцький носять сотні людей на Поділлі.", id="uk"),
    pytest.param("ru", "Фамилию Лесоцкий носят сотни людей в Сибири.", id="ru"),
    pytest.param("be", "Прозвішча Лясоцкі носяць сотні людзей на Палессі.", id="be"),
])
def test_a_surname_cited_after_the_word_surname_stays_nominative(lang, draft):
    assert fix(_new_names(), draft, lang).text == draft


@pytest.mark.parametrize("draft, fixed", [
    # ze before s, z, ś, ź, ż and the š, ž of other alphabets followed by a consonant, also where the name is right.
    pytest.param("Autobus z Stryja przyjechał o świcie.", "Autobus ze Stryja przyjechał o świcie.", id="ze-right-name"),
    pytest.param("Negocjacje z Šmitsem utknęły w martwym punkcie.", "Negocjacje ze Šmitsem utknęły w martwym punkcie.", id="ze-s-caron"),
    pytest.param("Autobus z Stryj przyjechał o świcie.", "Autobus ze Stryja przyjechał o świcie.", id="ze-fixed-name"),
    pytest.param("Autobus z Stryjem przyjechał.", "Autobus ze Stryjem przyjechał.", id="ze-instrumental"),
    # An optional ze (ze Wremiwki beside z Wremiwki) stays, and z before a vowel or a single consonant is right.
    pytest.param("Autobus ze Stryja przyjechał.", "Autobus ze Stryja przyjechał.", id="ze-kept"),
    pytest.param("Wrócili z Sambora wieczorem.", "Wrócili z Sambora wieczorem.", id="z-kept"),
])
def test_polish_ze_before_a_name_of_the_termbase(draft, fixed):
    rows = [("stryi", "Stryj", "preferred"), ("stryi", "Stryi", "deprecated"), ("smits", "Šmits", "preferred"),
            ("sambir", "Sambor", "preferred")]
    termbase = Termbase.from_rows([{"concept": concept, "lang": "pl", "term": term, "status": status,
                                    "kind": "person" if concept == "smits" else "place"} for concept, term, status in rows])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A court gives a woman a sentence counted in years: she is the recipient, in the dative; her -ova, -овой
    # ending says she is not the subject of the masculine verb.
    pytest.param("uk", "Суд призначив Соколовой п'ять років ув'язнення.", "Суд призначив Соколовій п'ять років ув'язнення.", id="uk"),
    pytest.param("pl", "Sąd wymierzył Sokolova pięć lat więzienia.", "Sąd wymierzył Sokołowej pięć lat więzienia.", id="pl"),
    pytest.param("ru", "Суд назначил Сокалова пять лет заключения.", "Суд назначил Соколовой пять лет заключения.", id="ru"),
    pytest.param("uk", "Суд допитав Соколову п'ять годин поспіль.", "Суд допитав Соколову п'ять годин поспіль.", id="uk-questioned-kept"),
])
def test_a_sentence_in_years_is_given_to_a_woman_in_the_dative(lang, draft, fixed):
    rows = [("uk", "Соколова", "preferred"), ("ru", "Соколова", "preferred"), ("ru", "Сокалова", "deprecated"),
            ("pl", "Sokołowa", "preferred"), ("pl", "Sokolova", "deprecated"), ("be", "Сакалова", "preferred")]
    termbase = Termbase.from_rows([{"concept": "sokolova", "lang": lang_, "term": term, "status": status, "kind": "person"}
                                   for lang_, term, status in rows])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Another language's -ой of a woman's surname in -ина may be any case an adjective's -ой is, though its paradigm
    # reads it as a noun's instrumental (рябина, a rowan): the sentence says which.
    pytest.param("Адвокати Рябиной вимагають нового розслідування.", "Адвокати Рябіної вимагають нового розслідування.", id="gen"),
    pytest.param("Суд відмовив Рябиной у задоволенні позову.", "Суд відмовив Рябіній у задоволенні позову.", id="dat"),
])
def test_a_womans_russian_oblique_surname_in_ukrainian_takes_the_case_of_the_sentence(draft, fixed):
    rows = [("uk", "Рябіна", "preferred"), ("uk", "Рябина", "deprecated"), ("ru", "Рябина", "preferred")]
    termbase = Termbase.from_rows([{"concept": "ryabina", "lang": lang, "term": term, "status": status, "kind": "person"}
                                   for lang, term, status in rows])
    assert fix(termbase, draft, "uk").text == fixed


def test_a_womans_belarusian_enka_spelling_of_a_russian_enko_surname_is_not_declined():
    """Дзямчэнка keeps the е of the Russian Демченко, which does not decline: no rule says Belarusian declines it."""
    rows = [("be", "Марыя Дзямчэнка", "preferred"), ("be", "Дзямчэнка", "preferred"), ("be", "Мария Демченко", "deprecated"),
            ("be", "Демченко", "deprecated"), ("ru", "Мария Демченко", "preferred"), ("ru", "Демченко", "preferred")]
    termbase = Termbase.from_rows([{"concept": "demchenko", "lang": lang, "term": term, "status": status, "kind": "person"}
                                   for lang, term, status in rows])
    assert fix(termbase, "Міністр сустрэўся з Марией Демченко ў Маскве.", "be").text \
        == "Міністр сустрэўся з Марыяй Дзямчэнка ў Маскве."


@pytest.mark.parametrize("draft", ["Министр встретился с Бурджею в Киеве.", "Министр встретился с Петром Бурджею в Киеве."])
def test_a_mans_russian_surname_in_a_hushing_consonant_and_a_gets_no_guessed_instrumental(draft):
    """Бурджой or Бурджей goes by the unwritten stress: the fixer writes neither."""
    rows = [("ru", "Пётр Бурджа", "preferred"), ("ru", "Бурджа", "preferred"), ("uk", "Петро Бурджа", "preferred"),
            ("ru", "Петро Бурджа", "deprecated")]
    termbase = Termbase.from_rows([{"concept": "burdzha", "lang": lang, "term": term, "status": status, "kind": "person"}
                                   for lang, term, status in rows])
    assert "Бурджей" not in fix(termbase, draft, "ru").text



@pytest.mark.parametrize("first, oblique", [("Магдалена", "Магдалену")])
def test_a_ukrainian_first_name_keeps_the_termbase_s_g_where_the_dictionary_writes_its_other_spelling(first, oblique):
    """The uk dictionary reads Магдалена as the name Маґдалена: the draft's first name, the termbase's spelling, stays."""
    rows = [("uk", f"{first} Вєяк", "preferred"), ("uk", "Вєяк", "preferred"), ("uk", "Веяк", "deprecated"),
            ("ru", f"{first} Веяк", "preferred"), ("ru", "Веяк", "preferred")]
    termbase = Termbase.from_rows([{"concept": "wiejak", "lang": lang, "term": term, "status": status, "kind": "person"}
                                   for lang, term, status in rows])
    assert fix(termbase, f"Депутати розкритикували {oblique} Веяк за заяву.", "uk").text \
        == f"Депутати розкритикували {oblique} Вєяк за заяву."


@pytest.mark.parametrize("draft", ["Козак Іван Зорич став героєм нового фільму.", "Швачка Ганна Зорич відкрила ательє у Львові."])
def test_a_capitalised_common_noun_for_a_person_before_another_persons_name_is_no_surname(draft):
    """Козак (a Cossack) and Швачка (a seamstress) are surnames too; before Іван Зорич they say who he is,
    and the fixer adds no first name the draft did not have."""
    rows = [("kozak", "en", "Ostap Kozak"), ("kozak", "en", "Kozak"), ("kozak", "uk", "Остап Козак"),
            ("shvachka", "en", "Olena Shvachka"), ("shvachka", "en", "Shvachka"), ("shvachka", "uk", "Олена Швачка"),
            ("ivan", "en", "Ivan Zorych"), ("ivan", "uk", "Іван Зорич"), ("hanna", "en", "Hanna Zorych"), ("hanna", "uk", "Ганна Зорич")]
    termbase = Termbase.from_rows([{"concept": concept, "lang": lang, "term": term, "status": "preferred", "kind": "person"}
                                   for concept, lang, term in rows])
    assert fix(termbase, draft, "uk").text == draft


@pytest.mark.parametrize("place, wrong, fixed", [("Сасноў Лог", "Соснов Лог", "Сасновым Логам"), ("Сасноў Ор", "Соснов Ор", "Сасновым Орам")])
def test_a_belarusian_possessive_adjective_in_u_before_a_places_noun_declines_as_an_adjective(place, wrong, fixed):
    """Сасноў Лог: пад Сасновым Логам, not the noun's Сасновам; a noun of two letters declines as well."""
    rows = [("be", place, "preferred"), ("be", wrong, "deprecated"), ("ru", wrong, "preferred")]
    termbase = Termbase.from_rows([{"concept": "sasnou", "lang": lang, "term": term, "status": status, "kind": "place"}
                                   for lang, term, status in rows])
    assert fix(termbase, f"Баі пад {wrong} не сціхаюць ужо другі год.", "be").text == f"Баі пад {fixed} не сціхаюць ужо другі год."


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        # The one a thing is dedicated to, after the participle, is in the dative: the thing is its subject.
        ("ru", "Новый альбом посвящён Гуцалюк.", "Новый альбом посвящён Гуцалюку."),
        ("ru", "Эта книга посвящена Лищинская и её ученикам.", "Эта книга посвящена Лищинской и её ученикам."),
        ("uk", "Фестиваль присвячений Ліщинська.", "Фестиваль присвячений Ліщинській."),
        ("be", "Кніга прысвечана Гуцалюк і яго сям'і.", "Кніга прысвечана Гуцалюку і яго сям'і."),
        ("pl", "Album jest poświęcony Liszczyńska.", "Album jest poświęcony Liszczyńskiej."),
        # Verbs of interest and fascination take the instrumental, also where "and his/her …" follows the name.
        ("ru", "Историки увлекаются Гуцалюк и его письмами.", "Историки увлекаются Гуцалюком и его письмами."),
        ("uk", "Читачі захоплювались Ліщинська та її віршами.", "Читачі захоплювались Ліщинською та її віршами."),
        ("be", "Паэты захапляюцца Гуцалюк.", "Паэты захапляюцца Гуцалюком."),
        # A named air base stands in apposition to the word for it, in its own form, not its genitive.
        ("ru", "Истребители перебросили на авиабазу Shayrat.", "Истребители перебросили на авиабазу Шайрат."),
        ("uk", "Командувач відвідав авіабазу Incirlik у червні.", "Командувач відвідав авіабазу Інджирлік у червні."),
        ("be", "Каля авіябазы Shayrat чуваць выбухі.", "Каля авіябазы Шайрат чуваць выбухі."),
        ("pl", "Myśliwce stacjonują w bazie lotniczej Indżyrlik od lat.", "Myśliwce stacjonują w bazie lotniczej Incirlik od lat."),
        # Where it happened may stand between a verb and the title of its object: the name takes the verb's case.
        ("ru", "Папа принял в Ватикане министра культуры Ліщинська.", "Папа принял в Ватикане министра культуры Лищинскую."),
        ("uk", "Президент прийняв у Празі міністерку юстиції Лищинская.", "Президент прийняв у Празі міністерку юстиції Ліщинську."),
        ("be", "Прэзідэнт прыняў у Празе міністра юстыцыі Лищинская.", "Прэзідэнт прыняў у Празе міністра юстыцыі Лішчынскую."),
        # Landing is where, even after a word for an aircraft (самолёт в X: where to): the locative.
        ("ru", "Самолёт МЧС приземлился в Shayrat днём.", "Самолёт МЧС приземлился в Шайрате днём."),
        ("uk", "Транспортні літаки приземлялися в Incirlik щодня.", "Транспортні літаки приземлялися в Інджирліку щодня."),
        # A title, a woman's name, then a man's verb: the title is the subject, she the one whose it is (genitive).
        ("ru", "Адвокат Ліщинська сообщил о новом иске.", "Адвокат Лищинской сообщил о новом иске."),
        ("uk", "Адвокат Лищинская повідомив про новий позов.", "Адвокат Ліщинської повідомив про новий позов."),
        ("pl", "Adwokat Lishchynska poinformował o nowym pozwie.", "Adwokat Liszczyńskiej poinformował o nowym pozwie."),
    ],
)
def test_the_construction_before_a_new_name_gives_its_case(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft",
    [
        ("ru", "Лищинская посвящена в планы министерства."),  # initiated: she is the subject
        ("ru", "Музыкой увлекаются Гуцалюк и Лищинская."),  # two subjects after their verb
        ("uk", "Історією цікавляться Гуцалюк і його син."),  # "and his son": a second subject
        ("ru", "Адвокат Лищинская сообщила о новом иске."),  # her own verb: the lawyer is she
    ],
)
def test_a_subject_after_a_participle_or_an_interest_stays(eval_termbase, lang, draft):
    assert fix(eval_termbase, draft, lang).text == draft


def test_a_capitalised_ordinary_nouns_form_opening_a_sentence_is_no_wrong_spelling_of_a_place():
    termbase = _named("place", [("s", "ru", "Строжа", "preferred"), ("s", "ru", "Сторожа", "deprecated")])
    draft = "Сторожа из Львова уволили за опоздание на смену."  # сторож's accusative, not the village
    assert fix(termbase, draft, "ru").text == draft


def test_a_first_name_spelled_as_letters_does_not_decline():
    termbase = _named("person", [("g", "uk", "Джей Ті Морган", "preferred"), ("g", "uk", "Джей Ти Морган", "deprecated")])
    assert fix(termbase, "Угоду підписали з Джей Ти Морганом у Відні.", "uk").text == "Угоду підписали з Джей Ті Морганом у Відні."


def test_a_polish_double_first_name_declines_both_parts():
    termbase = _named("person", [("b", "pl", "Karl-Heinz Brauner", "preferred")])
    assert fix(termbase, "Dziennikarze rozmawiali z Karl-Heinz Brauner w Bonn.", "pl").text \
        == "Dziennikarze rozmawiali z Karlem-Heinzem Braunerem w Bonn."


@pytest.mark.parametrize("draft, fixed", [
    ("Komisja pod przewodnictwem Sowa-Lipinska przyjęła raport.", "Komisja pod przewodnictwem Sowy-Lipińskiej przyjęła raport."),
    ("Opozycja spotkała się z Sowa Lipińska w Sejmie.", "Opozycja spotkała się z Sową-Lipińską w Sejmie."),
])
def test_a_polish_double_surname_in_a_and_ska_declines_both_parts(draft, fixed):
    termbase = _named("person", [("s", "pl", "Ewa Sowa-Lipińska", "preferred"), ("s", "pl", "Sowa-Lipińska", "preferred"),
                                 ("s", "pl", "Sowa-Lipinska", "deprecated"), ("s", "pl", "Sowa Lipińska", "deprecated"),
                                 ("s", "ru", "Сова-Липинская", "preferred")])
    assert fix(termbase, draft, "pl").text == fixed


def test_a_polish_place_listed_with_a_bare_genitive_declines_as_a_plural():
    termbase = _named("place", [("b", "pl", "Boroliszcze", "preferred", "", "gen=Boroliszcz"), ("b", "pl", "Borolishchy", "deprecated")])
    assert fix(termbase, "Wybuchy słychać było na lotnisku w Borolishchy.", "pl").text == "Wybuchy słychać było na lotnisku w Boroliszczach."


def _racja() -> Termbase:
    """A person whose surname is also a broadcaster's title (Radio Racja, a Belarusian station in Białystok)."""
    return _named("person", [("racja", "be", "Ірына Рацыя", "preferred"), ("racja", "be", "Рацыя", "preferred"),
                             ("racja", "be", "Рация", "deprecated"), ("racja", "pl", "Iryna Racyja", "preferred"),
                             ("racja", "pl", "Racyja", "preferred"), ("racja", "pl", "Racja", "deprecated")])


@pytest.mark.parametrize(("draft", "lang"), [
    ("Журналісты Радыё Рацыя паведамілі пра суд у Гродне.", "be"),
    ("Журналісты Радыё Рация паведамілі пра суд у Гродне.", "be"),
    ("Dziennikarze Radia Racja relacjonowali proces w Grodnie.", "pl"),
])
def test_a_broadcasters_title_is_no_person_of_the_same_surname(draft, lang):
    assert fix(_racja(), draft, lang).text == draft


def test_the_person_is_still_fixed_where_no_broadcaster_names_her():
    assert fix(_racja(), "Суд над Рация пачаўся ў Гродне ў панядзелак.", "be").text == "Суд над Рацыяй пачаўся ў Гродне ў панядзелак."


def _recipients() -> Termbase:
    """Two surnames no other test uses: a woman's in -ова and a man's in -ин, each with another language's spelling."""
    return _named("person", [("z", "be", "Зімава", "preferred"), ("z", "be", "Зимова", "deprecated"),
                             ("z", "ru", "Зимова", "preferred"), ("z", "ru", "Зімава", "deprecated"),
                             ("z", "uk", "Зимова", "preferred"), ("z", "uk", "Зімава", "deprecated"),
                             ("b", "be", "Бялкін", "preferred"), ("b", "be", "Белкин", "deprecated"),
                             ("b", "ru", "Белкин", "preferred"), ("b", "ru", "Бялкін", "deprecated")])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # The verb's object, in the accusative alone, stands after the person: the person is the one it goes to.
    ("ru", "Министерство назначило Зімава пенсию по инвалидности.", "Министерство назначило Зимовой пенсию по инвалидности."),
    ("uk", "Міністерство призначило Зімава пенсію по інвалідності.", "Міністерство призначило Зимовій пенсію по інвалідності."),
    ("be", "Міністэрства прызначыла Зимова пенсію па інваліднасці.", "Міністэрства прызначыла Зімавай пенсію па інваліднасці."),
    ("be", "Суседзі падарылі Белкин старую скрыпку.", "Суседзі падарылі Бялкіну старую скрыпку."),
])
def test_a_person_before_a_verbs_object_in_the_accusative_is_its_recipient(lang, draft, fixed):
    assert fix(_recipients(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    ("ru", "Соседи ждали Бялкін целую неделю.", "Соседи ждали Белкина целую неделю."),  # a span of time, no object
    ("ru", "Пенсию назначила Зімава.", "Пенсию назначила Зимова."),  # the object put first: she is the subject
    ("ru", "Трибунал дал Белкин пять лет.", "Трибунал дал Белкин пять лет."),  # a consonant-final name may be a woman's, undeclined
])
def test_a_span_of_time_an_object_put_first_or_a_possible_womans_surname_gives_no_recipient(lang, draft, fixed):
    assert fix(_recipients(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An undeclined prefix (экс-, віцэ-) leaves the title its own case, which the name in apposition shares.
    ("ru", "Суд над экс-мэром Бялкін начался в понедельник.", "Суд над экс-мэром Белкиным начался в понедельник."),
    ("ru", "Письмо экс-министру Зімава осталось без ответа.", "Письмо экс-министру Зимовой осталось без ответа."),
    ("be", "Пра віцэ-губернатара Зимова пішуць усе газеты.", "Пра віцэ-губернатара Зімаву пішуць усе газеты."),
    # A title's complement, a place or an acronym, stands between the title and the name in apposition to it.
    ("ru", "Суд над мэром Гомеля Белкин начался в понедельник.", "Суд над мэром Гомеля Белкиным начался в понедельник."),
    ("be", "Размова з віцэ-прэзідэнтам ЗША Бялкін доўжылася гадзіну.", "Размова з віцэ-прэзідэнтам ЗША Бялкіным доўжылася гадзіну."),
    ("ru", "Мэр Гомеля Белкин заявил о новых правилах.", "Мэр Гомеля Белкин заявил о новых правилах."),  # the title's subject
])
def test_a_name_in_apposition_takes_its_titles_case(lang, draft, fixed):
    assert fix(_recipients(), draft, lang).text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # The first name stays, so the preposition before it follows the first name, not the new surname.
    ("Spotkanie ze Sewerynem Lysak odbyło się w Kijowie.", "Spotkanie z Sewerynem Łysakiem odbyło się w Kijowie."),
    ("Rozmowa z Zdzisławem Lysak trwała godzinę.", "Rozmowa ze Zdzisławem Łysakiem trwała godzinę."),
])
def test_a_polish_preposition_before_a_first_name_that_stays_follows_the_first_name(draft, fixed):
    termbase = _named("person", [("l", "pl", "Seweryn Łysak", "preferred"), ("l", "pl", "Zdzisław Łysak", "preferred"),
                                 ("l", "pl", "Łysak", "preferred"), ("l", "pl", "Lysak", "deprecated")])
    assert fix(termbase, draft, "pl").text == fixed


def _yuldashev() -> Termbase:
    """A man's surname no other test uses, in each language with another language's spelling."""
    return _named("person", [("y", "be", "Юлдашаў", "preferred"), ("y", "be", "Юлдашев", "deprecated"),
                             ("y", "uk", "Юлдашев", "preferred"), ("y", "uk", "Юлдашаў", "deprecated"),
                             ("y", "ru", "Юлдашев", "preferred"), ("y", "ru", "Юлдашаў", "deprecated"),
                             ("y", "pl", "Juldaszew", "preferred"), ("y", "pl", "Yuldashev", "deprecated")])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A title in its dictionary form joined to the name is a second subject of the plural verb before them.
    ("be", "Дамову падпісалі Юлдашев і польскі міністр.", "Дамову падпісалі Юлдашаў і польскі міністр."),
    ("uk", "Договір підписали Юлдашаў та литовський прем'єр.", "Договір підписали Юлдашев та литовський прем'єр."),
    ("ru", "Форум открыли Юлдашаў и британский посол.", "Форум открыли Юлдашев и британский посол."),
    ("pl", "Umowę podpisali Yuldashev i minister Łotwy.", "Umowę podpisali Juldaszew i minister Łotwy."),
    # A title in an oblique case joins a second object: the name is the verb's object too.
    ("ru", "Делегаты встретили Юлдашаў и британского посла.", "Делегаты встретили Юлдашева и британского посла."),
    ("be", "Дэлегаты павіталі Юлдашев і польскага міністра.", "Дэлегаты павіталі Юлдашава і польскага міністра."),
    ("pl", "Delegaci powitali Yuldashev i ministra Łotwy.", "Delegaci powitali Juldaszewa i ministra Łotwy."),
])
def test_a_name_joined_to_a_title_in_the_nominative_is_a_plural_verbs_subject(lang, draft, fixed):
    assert fix(_yuldashev(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A prize, a seat or a win goes to someone: the dative.
    ("ru", "Первое место досталось Юлдашаў в упорной борьбе.", "Первое место досталось Юлдашеву в упорной борьбе."),
    ("ru", "Кубок достался Юлдашаў после финала.", "Кубок достался Юлдашеву после финала."),
    ("uk", "Кубок дістався Юлдашаў після фіналу.", "Кубок дістався Юлдашеву після фіналу."),
    ("be", "Першае месца дасталася Юлдашев ў фінале.", "Першае месца дасталася Юлдашаву ў фінале."),
    ("pl", "Puchar przypadł Yuldashev po finale.", "Puchar przypadł Juldaszewowi po finale."),
])
def test_what_falls_to_someone_gives_them_the_dative(lang, draft, fixed):
    assert fix(_yuldashev(), draft, lang).text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A Belarusian masculine noun in -ь after an adjective is the man's verb's subject: the name is its object.
    ("Срэбны медаль дастаўся Юлдашев ў фінале.", "Срэбны медаль дастаўся Юлдашаву ў фінале."),
    ("Новы госць падзякаваў Юлдашев за запрашэнне.", "Новы госць падзякаваў Юлдашаву за запрашэнне."),
])
def test_a_belarusian_masculine_soft_noun_after_its_adjective_is_the_subject(draft, fixed):
    assert fix(_yuldashev(), draft, "be").text == fixed


@pytest.mark.parametrize(
    "lang, source, translation",
    [
        # A source name that only resembles a concept's (Wayde: Wajda) names another person.
        ("ru", "A suspect was arrested over the death of Wayde Sims.", "Подозреваемый арестован по делу о гибели Уэйда Симса."),
        ("uk", "A suspect was arrested over the death of Wayde Sims.", "Підозрюваного заарештували у справі про загибель Вейда Сімса."),
        ("be", "A suspect was arrested over the death of Wayde Sims.", "Падазраванага арыштавалі па справе аб гібелі Уэйда Сімса."),
        # An acronym the translation renders by an adjective is not some other word of it misspelt.
        ("be", "Rahm defeated US golf legend Tiger Woods at the weekend.", "Рам перайграў легенду амерыканскага гольфа Тайгера Вудса ў выхадныя."),
        ("uk", "Rahm defeated US golf legend Tiger Woods at the weekend.", "Рам переміг легенду американського гольфу Тайгера Вудса у вихідні."),
    ],
)
def test_a_correct_translation_keeps_its_words_when_the_source_names_a_concept_it_renders_otherwise(lang, source, translation):
    with SEED_TERMBASE.open(encoding="utf-8") as handle:
        seed = list(csv.DictReader(handle))
    wajda = [{"concept": "wajda", "lang": lang, "term": term, "kind": "person"}
             for lang, terms in (("en", "Andrzej Wajda"), ("be", "Анджэй Вайда"), ("uk", "Анджей Вайда"), ("ru", "Анджей Вайда"))
             for term in (terms, terms.split()[1])]
    result = fix(Termbase.from_rows(seed + wajda), translation, lang, source=source)
    assert result.text == translation
    assert all(change.start is None for change in result.changes)  # at most reported as missing


@pytest.mark.parametrize(
    "lang, source, translation",
    [
        # A first name the dictionary knows, before another name's word, is that person's (Sarah Palin).
        ("uk", None, "Сара Пейлін виступила на мітингу в Талсі."),
        ("uk", "Sarah Palin spoke at a rally in Tulsa.", "Сара Пейлін виступила на мітингу в Талсі."),
        ("uk", None, "Міністр енергетики Олександр Новак прилетів до Баку."),
        # With the source, a lower-case word is a place only where the source names the place.
        ("uk", "The children stay under guard for months.", "Діти місяцями залишаються під вартою."),
        ("uk", "He was taken into custody on Monday.", "У понеділок його взяли під варту."),
    ],
)
def test_a_word_that_only_resembles_a_name_stays_when_the_sentence_or_its_source_says_it_is_another(lang, source, translation):
    rows = [{"concept": concept, "lang": lang, "term": term, "kind": kind}
            for concept, kind, terms in (("shchara", "place", {"en": "Shchara", "uk": "Щара", "ru": "Щара"}),
                                         ("warta", "place", {"en": "Warta", "uk": "Варта", "ru": "Варта"}),
                                         ("solzhenitsyn", "person", {"en": "Aleksandr Solzhenitsyn", "uk": "Солженіцин"}))
            for lang, term in terms.items()]
    rows.append({"concept": "solzhenitsyn", "lang": "uk", "term": "Александр", "status": "deprecated", "kind": "person"})
    assert fix(Termbase.from_rows(rows), translation, lang, source=source).text == translation


def _karpukhina_and_mamontov() -> Termbase:
    """Two women's and a man's surname no other test uses, with another language's spelling in each language."""
    return _named("person", [
        ("k", "ru", "Карпухина", "preferred"), ("k", "uk", "Карпухіна", "preferred"), ("k", "uk", "Карпухина", "deprecated"),
        ("k", "be", "Карпухіна", "preferred"), ("k", "be", "Карпухина", "deprecated"),
        ("k", "pl", "Karpuchina", "preferred"), ("k", "pl", "Karpukhina", "deprecated"),
        ("m", "ru", "Мамонтов", "preferred"), ("m", "uk", "Мамонтов", "preferred"), ("m", "be", "Мамонтаў", "preferred"),
        ("m", "be", "Мамонтов", "deprecated"), ("m", "pl", "Mamontow", "preferred"), ("m", "pl", "Mamontov", "deprecated"),
        ("q", "ru", "Куликова", "preferred"), ("q", "uk", "Кулікова", "preferred"), ("q", "be", "Кулікова", "preferred")])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # "To be" and "there is" have the name after them for their subject: the nominative, though ёсць ends like a
    # noun and есть is also "to eat".
    ("be", "У спісе цяпер ёсць Мамонтаў.", "У спісе цяпер ёсць Мамонтаў."),
    ("be", "Сярод затрыманых была Карпухина.", "Сярод затрыманых была Карпухіна."),
    ("ru", "Среди выступавших был Мамонтов.", "Среди выступавших был Мамонтов."),
    ("ru", "В коротком списке премии есть Мамонтов.", "В коротком списке премии есть Мамонтов."),
    ("uk", "Серед кандидатів є Карпухина.", "Серед кандидатів є Карпухіна."),
    ("pl", "Wśród zatrzymanych był Mamontov.", "Wśród zatrzymanych był Mamontow."),
])
def test_a_name_after_to_be_or_there_is_is_its_subject(lang, draft, fixed):
    assert fix(_karpukhina_and_mamontov(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An East Slavic verb may agree with a woman's title (the prosecutor Kulikova) as well as with another person
    # whose title it is (Kulikova's prosecutor): her right nominative stays.
    ("ru", "Прокурор Куликова потребовал отсрочки.", "Прокурор Куликова потребовал отсрочки."),
    ("uk", "Прокурор Кулікова вимагав відстрочки.", "Прокурор Кулікова вимагав відстрочки."),
    ("be", "Пракурор Кулікова запатрабаваў адтэрміноўкі.", "Пракурор Кулікова запатрабаваў адтэрміноўкі."),
])
def test_a_womans_nominative_after_a_title_whose_verb_is_the_titles(lang, draft, fixed):
    assert fix(_karpukhina_and_mamontov(), draft, lang).text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A quoted clause whose every word Russian has, and whose name is spelled the Russian way, is cited as said.
    ("Напис «Карпухина знала все» зафарбували вночі.", "Напис «Карпухина знала все» зафарбували вночі."),
    # A word Russian lacks (відповість) makes it a Ukrainian quotation, whose name is fixed.
    ("Напис «Карпухина відповість за все» зафарбували.", "Напис «Карпухіна відповість за все» зафарбували."),
])
def test_a_quotation_in_the_language_its_names_are_spelled_in_is_left_alone(draft, fixed):
    assert fix(_karpukhina_and_mamontov(), draft, "uk").text == fixed


def test_a_polish_first_name_and_surname_take_a_case_their_preposition_allows():
    """"Kurmanbeku" may read as a dative, "Bakiyevie" as a locative: after "o" only the locative is possible."""
    termbase = _named("person", [
        ("b", "ru", "Курманбек Бакиев", "preferred"), ("b", "ru", "Бакиев", "preferred"),
        ("b", "uk", "Курманбек Бакієв", "preferred"), ("b", "uk", "Бакієв", "preferred"),
        ("b", "pl", "Kurmanbek Bakijew", "preferred"), ("b", "pl", "Bakijew", "preferred"),
        ("b", "pl", "Kurmanbek Bakiyev", "deprecated"), ("b", "pl", "Bakiyev", "deprecated")])
    fixed = fix(termbase, "Wykład o Kurmanbeku Bakiyevie odbył się w Łodzi.", "pl").text
    assert "Bakijewie" in fixed and "owi" not in fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A thing written or given put first ("the text was written by"): the man after the verb is its subject.
    ("Тэкст прамовы напісаў Мамонтов у апошні момант.", "Тэкст прамовы напісаў Мамонтаў у апошні момант."),
    # A title before the verb is its subject, and the man the one written to; so is a noun with the thing after him.
    ("Міністр напісаў Мамонтов у апошні момант.", "Міністр напісаў Мамонтаву у апошні момант."),
    ("Суд перадаў Мамонтов матэрыялы справы.", "Суд перадаў Мамонтаву матэрыялы справы."),
])
def test_a_belarusian_thing_put_first_leaves_the_man_after_the_verb_its_subject(draft, fixed):
    assert fix(_karpukhina_and_mamontov(), draft, "be").text == fixed


def _kaharlyk() -> Termbase:
    """A town no other test uses, masculine, its nominative also its accusative."""
    return _named("place", [("k", "uk", "Кагарлик", "preferred"), ("k", "ru", "Кагарлык", "preferred"), ("k", "uk", "Кагарлык", "deprecated"),
                            ("k", "be", "Кагарлык", "preferred"), ("k", "pl", "Kaharłyk", "preferred", "", "gen=Kaharłyka"), ("k", "pl", "Kaharlyk", "deprecated")])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A place right after a title, or after its authorities or police, is their genitive, never a nominative beside them.
    ("uk", "Мер Кагарлик подав у відставку.", "Мер Кагарлика подав у відставку."),
    ("uk", "Мер Кагарлык подав у відставку.", "Мер Кагарлика подав у відставку."),
    ("ru", "Власти Кагарлык отменили концерт.", "Власти Кагарлыка отменили концерт."),
    ("be", "Паліцыя Кагарлык затрымала двух падлеткаў.", "Паліцыя Кагарлыка затрымала двух падлеткаў."),
    ("pl", "Władze Kaharlyk odwołały koncert.", "Władze Kaharłyka odwołały koncert."),
    # Its genitive stays; after a kind of place it is in apposition, in the case of its own form.
    ("uk", "Мер Кагарлика подав у відставку.", "Мер Кагарлика подав у відставку."),
    ("uk", "Місто Кагарлик святкує ювілей.", "Місто Кагарлик святкує ювілей."),
])
def test_a_place_after_a_title_or_its_authorities_is_their_genitive(lang, draft, fixed):
    assert fix(_kaharlyk(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # The thing a verb of giving gives, then the person it goes to: the dative, never a nominative beside the thing.
    ("ru", "Жюри вручило премию Мамонтов за дебют.", "Жюри вручило премию Мамонтову за дебют."),
    ("pl", "Jury wręczyło nagrodę Mamontow za debiut.", "Jury wręczyło nagrodę Mamontowowi za debiut."),
    ("be", "Журы ўручыла прэмію Мамонтаў за дэбют.", "Журы ўручыла прэмію Мамонтаву за дэбют."),
    ("ru", "Жюри вручило премию Мамонтову за дебют.", "Жюри вручило премию Мамонтову за дебют."),
])
def test_a_person_after_the_thing_given_is_the_one_it_goes_to(lang, draft, fixed):
    assert fix(_karpukhina_and_mamontov(), draft, lang).text == fixed


def _ferrer_and_safin() -> Termbase:
    """Two men named by full name and surname, whose surnames other people bear too."""
    return _named("person", [
        ("f", "ru", "Николай Феррер", "preferred"), ("f", "ru", "Феррер", "preferred"),
        ("f", "uk", "Микола Феррер", "preferred"), ("f", "uk", "Феррер", "preferred"),
        ("s", "ru", "Сергей Сафин", "preferred"), ("s", "ru", "Сафин", "preferred"),
        ("s", "uk", "Сергій Сафін", "preferred"), ("s", "uk", "Сафін", "preferred")])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A first name that is no form of the person's own, in any language, says the surname is another man's.
    ("ru", "Испанец Давид Феррэр выиграл турнир.", "Испанец Давид Феррэр выиграл турнир."),
    ("uk", "Іспанець Давид Феррэр виграв турнір.", "Іспанець Давид Феррэр виграв турнір."),
    ("ru", "Теннисист Марат Сафинн возглавил федерацию.", "Теннисист Марат Сафинн возглавил федерацию."),
    # His own first name, in this language or another, keeps the surname his.
    ("ru", "Мэр Николай Феррэр открыл мост.", "Мэр Николай Феррер открыл мост."),
    ("ru", "Мэр Сергій Сафинн открыл школу.", "Мэр Сергей Сафин открыл школу."),
])
def test_a_surname_after_another_persons_first_name_is_left(lang, draft, fixed):
    assert fix(_ferrer_and_safin(), draft, lang).text == fixed


def _drinks_and_villages() -> Termbase:
    return _named("place", [
        ("madeira", "ru", "Мадейра", "preferred"), ("massandra", "uk", "Масандра", "preferred"),
        ("pastoly", "be", "Пастолы", "preferred"), ("kasholki", "be", "Кашолкі", "preferred")])


@pytest.mark.parametrize(("lang", "draft"), [
    # After a container or measure, a lower-case word is what it holds, not the place.
    ("ru", "Рюмка мадейры стоила дорого."),
    ("uk", "Пляшка масандри коштувала дорого."),
    # After a plural adjective agreeing with it, a lower-case word is a common noun.
    ("be", "Старыя пастолы прывезлі ў музей."),
    ("be", "Новыя кашолкі прывезлі ў музей."),
])
def test_a_lower_case_drink_or_common_noun_is_no_place(lang, draft):
    assert fix(_drinks_and_villages(), draft, lang).text == draft


@pytest.mark.parametrize(
    "note, draft, fixed",
    [
        # Russian's feminine -ь says nothing of Polish (Kercz stays masculine, Słucz is feminine): left, reported.
        ("river in Belarus", "Nad Ptsich zbudowano nowy most.", "Nad Ptsich zbudowano nowy most."),
        ("river in Belarus", "Wyjechali z Ptsich wczoraj rano.", "Wyjechali z Ptsich wczoraj rano."),
        # A note that names the Polish gender decides.
        ("town; masculine in Polish", "Wyjechali z Ptsich wczoraj rano.", "Wyjechali z Ptycza wczoraj rano."),
    ],
)
def test_a_polish_place_in_a_hushing_consonant_whose_gender_nothing_names_is_left_unsure(note, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "ptsich", "lang": "en", "term": "Ptsich", "kind": "place", "note": note},
        {"concept": "ptsich", "lang": "pl", "term": "Ptycz", "kind": "place"},
        {"concept": "ptsich", "lang": "pl", "term": "Ptsich", "kind": "place", "status": "deprecated"},
        {"concept": "ptsich", "lang": "ru", "term": "Птичь", "kind": "place"},
    ])
    result = fix(termbase, draft, "pl")
    assert result.text == fixed
    assert bool(result.unsure) == (draft == fixed)


def test_a_polish_place_the_dictionary_knows_is_no_rendering_of_another_it_resembles():
    draft = "Kibice w Gorzowie świętowali awans drużyny."  # Gorzów, not Chorzów
    termbase = Termbase.from_rows([
        {"concept": "chorzow", "lang": "en", "term": "Chorzow", "kind": "place"},
        {"concept": "chorzow", "lang": "pl", "term": "Chorzów", "kind": "place"},
        {"concept": "polonne", "lang": "en", "term": "Polonne", "kind": "place"},
        {"concept": "polonne", "lang": "pl", "term": "Połonne", "kind": "place"},
        {"concept": "polonne", "lang": "uk", "term": "Полонне", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == draft


@pytest.mark.parametrize(
    "lang, draft",
    [
        # A place the Russian or Ukrainian dictionary knows by another name is that place (Kosovo beside the
        # Belarusian Коссово), in a text that has no source to tell.
        ("ru", "Журналисты спросили о ситуации на севере Карелии."),
        ("ru", "Делегация Карелии приехала в Минск."),
        ("uk", "Журналісти запитали про ситуацію на півночі Карелії."),
        # A country Morfeusz knows is no rendering of a person it resembles (Sułtanat Oman: not Öhman).
        ("pl", "Rząd Chile ogłosił nowe przepisy."),
    ],
)
def test_a_place_the_dictionary_knows_by_its_own_name_is_no_rendering_of_a_term_it_resembles(lang, draft):
    termbase = Termbase.from_rows([
        {"concept": "karrelija", "lang": "en", "term": "Karrelija", "kind": "place", "note": "village in Belarus"},
        {"concept": "karrelija", "lang": "ru", "term": "Каррелия", "kind": "place"},
        {"concept": "karrelija", "lang": "uk", "term": "Каррелія", "kind": "place"},
        {"concept": "chile", "lang": "en", "term": "Ivar Chilé", "kind": "person", "note": "Swedish singer, a man"},
        {"concept": "chile", "lang": "pl", "term": "Ivar Chilé", "kind": "person"},
        {"concept": "chile", "lang": "pl", "term": "Chilé", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == draft


# termbase48 (issue 18, real news): a first name the termbase lacks, a subject after a time phrase, a title's complement.
def _fisher_and_whitman() -> Termbase:
    rows = []
    for concept, names in (("fisher", {"ru": "Фишер", "uk": "Фішер", "be": "Фішэр", "pl": "Fisher"}),
                           ("whitman", {"ru": "Уитмен", "uk": "Вітмен", "be": "Уітмэн", "pl": "Whitman"})):
        rows.append({"concept": concept, "lang": "en", "term": names["pl"], "kind": "person", "note": "a man"})
        rows += [{"concept": concept, "lang": lang, "term": term, "kind": "person"} for lang, term in names.items()]
        wrong = {"ru": names["uk"], "uk": names["ru"], "be": names["ru"], "pl": names["pl"].replace("sh", "sz").replace("Wh", "W")}
        rows += [{"concept": concept, "lang": lang, "term": term, "kind": "person", "status": "deprecated"} for lang, term in wrong.items()]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A capitalised word before the surname that no dictionary knows, or knows as a first name, is his first name:
    # no noun whose genitive the surname would be; the name takes the case the words before it give.
    ("uk", "Роб Фишер, член парламенту, заявив журналістам.", "Роб Фішер, член парламенту, заявив журналістам."),
    ("ru", "Джин Вітмен, член парламента, заявил журналистам.", "Джин Уитмен, член парламента, заявил журналистам."),
    ("be", "Ана Уитмен, партнёр кампаніі, заўважыла гэта.", "Ана Уітмэн, партнёр кампаніі, заўважыла гэта."),
    ("ru", "Письмо от Кофи Вітмен пришло вчера.", "Письмо от Кофи Уитмена пришло вчера."),
    ("be", "Газеце заявіў сёння Сту Уитмен, незалежны аналітык.", "Газеце заявіў сёння Сту Уітмэн, незалежны аналітык."),
    ("ru", "Журналисты позвонили Кофи Вітмен вчера вечером.", "Журналисты позвонили Кофи Уитмену вчера вечером."),
    # After a noun, the apposition's case is the name's: nominative, the speaker; genitive, the site's owner.
    ("be", "«Выбары будуць цяжкімі», заявіў навіннаму сайту Сту Уитмен, незалежны аналітык.",
     "«Выбары будуць цяжкімі», заявіў навіннаму сайту Сту Уітмэн, незалежны аналітык."),
    ("be", "Чытачы навіннага сайту Сту Уитмен, незалежнага аналітыка, растуць.",
     "Чытачы навіннага сайту Сту Уітмэна, незалежнага аналітыка, растуць."),
    # A common noun opening the sentence, or a place, is no first name: the noun's genitive, the subject.
    ("ru", "Письмо Фішер пришло вчера.", "Письмо Фишера пришло вчера."),
    ("ru", "В Минске Фішер заявил журналистам о выборах.", "В Минске Фишер заявил журналистам о выборах."),
    # A first word that is a common noun as well as a first name (Роман, a novel) is one only before a nominative apposition.
    ("uk", "Роман Фишер про війну екранізують наступного року.", "Роман Фішера про війну екранізують наступного року."),
    ("uk", "Пам’ятник Фишер відкрили в Києві.", "Пам’ятник Фішерові відкрили в Києві."),
])
def test_a_first_name_the_termbase_lacks_is_no_noun_governing_the_surname(lang, draft, fixed):
    assert fix(_fisher_and_whitman(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A noun of time ends an adverbial phrase: the name after it is the subject, no complement of it.
    ("ru", "Ранее в этом году Фішер, глава комитета по обороне, признал проблему.",
     "Ранее в этом году Фишер, глава комитета по обороне, признал проблему."),
    ("be", "У пачатку гэтага года Фишер, старшыня камітэта па абароне, прызнаў праблему.",
     "У пачатку гэтага года Фішэр, старшыня камітэта па абароне, прызнаў праблему."),
    ("uk", "Минулого місяця Уитмен, голова комітету, подав у відставку.",
     "Минулого місяця Вітмен, голова комітету, подав у відставку."),
    ("pl", "Na początku tego roku Fiszer, przewodniczący komisji obrony, przyznał, że jest problem.",
     "Na początku tego roku Fisher, przewodniczący komisji obrony, przyznał, że jest problem."),
    # "Including" someone: in the case of the people he is one of.
    ("be", "Некаторыя з параненых, у тым ліку Фишер, засталіся на вуліцы.",
     "Некаторыя з параненых, у тым ліку Фішэр, засталіся на вуліцы."),
])
def test_a_subject_after_a_time_phrase_is_no_complement_of_it(lang, draft, fixed):
    assert fix(_fisher_and_whitman(), draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A title with its own complement (of energy; for business affairs) has its holder's name in apposition.
    ("uk", "Про це заявив міністр енергетики Фишер після зустрічі.", "Про це заявив міністр енергетики Фішер після зустрічі."),
    ("ru", "Об этом заявил министр энергетики Фішер после встречи.", "Об этом заявил министр энергетики Фишер после встречи."),
    ("be", "Пра гэта заявіў міністр па справах бізнесу Фишер пасля сустрэчы.",
     "Пра гэта заявіў міністр па справах бізнесу Фішэр пасля сустрэчы."),
    ("pl", "Powiedział to minister do spraw biznesu Witman po spotkaniu.", "Powiedział to minister do spraw biznesu Whitman po spotkaniu."),
    # In the title's case where it has one: a letter from the minister.
    ("be", "Ліст ад міністра па справах бізнесу Фишер прыйшоў учора.", "Ліст ад міністра па справах бізнесу Фішэра прыйшоў учора."),
    ("be", "Сустрэча з міністрам па справах бізнесу Фишер адбылася ўчора.", "Сустрэча з міністрам па справах бізнесу Фішэрам адбылася ўчора."),
])
def test_a_name_after_a_title_with_its_own_complement_is_in_apposition(lang, draft, fixed):
    assert fix(_fisher_and_whitman(), draft, lang).text == fixed


def _two_lawyers_and_two_towns() -> Termbase:
    rows = []
    for concept, term, note in (("mazurchyk", "Павел Мазурчык", "a man"), ("karetskaya", "Вольга Карэцкая", "a woman"),
                                ("shumski", "Алесь Шумскі", "a man")):
        rows += [{"concept": concept, "lang": "en", "term": concept.title(), "kind": "person", "note": note},
                 {"concept": concept, "lang": "be", "term": term, "kind": "person"}]
    for concept, term, russian in (("koszalin", "Кошалін", "Кошалин"), ("augustow", "Аўгустоў", "Августов")):
        rows += [{"concept": concept, "lang": "en", "term": concept.title(), "kind": "place", "note": "town in Poland"},
                 {"concept": concept, "lang": "be", "term": term, "kind": "place"},
                 {"concept": concept, "lang": "be", "term": russian, "kind": "place", "status": "deprecated"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # Names joined by «і» after a plural noun for people, before their plural verb: those people, in apposition.
    ("Беларускія адвакаты Павел Мазурчык і Вольга Карэцкая падалі апеляцыю.", None),
    ("Незалежныя журналісты Вольга Карэцкая, Алесь Шумскі і Павел Мазурчык атрымалі прэмію.", None),
    # A name right after a verb of arriving or going, which takes no object, is its subject.
    ("Пакуль не вядома, ці прыедзе Павел Мазурчык на суд.", None),
    ("Заўтра ў Вільню паедзе Вольга Карэцкая з дачкой.", None),
    ("Увосень вернецца Алесь Шумскі з Польшчы.", None),
    # One name alone cannot be a plural noun's apposition: its genitive; so after a noun of arriving.
    ("Прыезд Павел Мазурчык чакаюць у пятніцу.", "Прыезд Паўла Мазурчыка чакаюць у пятніцу."),
    # "To someone's" between a verb of motion and у: the place is where to, in the accusative.
    ("Бежанцы паехалі да сваякоў у Кошалин яшчэ ўлетку.", "Бежанцы паехалі да сваякоў у Кошалін яшчэ ўлетку."),
    ("Студэнты выехалі да сяброў у Августов на канікулы.", "Студэнты выехалі да сяброў у Аўгустоў на канікулы."),
    # With no verb of motion, where: the locative.
    ("Бежанцы жывуць у сваякоў у Кошалин з вясны.", "Бежанцы жывуць у сваякоў у Кошаліне з вясны."),
])
def test_people_named_in_apposition_arriving_or_sent_somewhere_keep_their_case(draft, fixed):
    assert fix(_two_lawyers_and_two_towns(), draft, "be").text == (fixed or draft)


def _a_man_with_a_consonant_final_surname() -> Termbase:
    """A man whose surname alone ends as a woman's may, undeclined: nothing in the text tells his sex."""
    rows = [{"concept": "krantz", "lang": "en", "term": "Krantz", "kind": "person", "note": "Swedish minister, a man"}]
    for lang, term in (("be", "Кранц"), ("uk", "Кранц"), ("ru", "Кранц"), ("pl", "Krantz")):
        rows.append({"concept": "krantz", "lang": lang, "term": term, "kind": "person"})
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A gerund has no subject of its own: a right nominative after one is its object, even with another word joined.
    ("uk", "Депутатка виступила, критикуючи Кранц й запропонований ним закон.", "Депутатка виступила, критикуючи Кранца й запропонований ним закон."),
    ("ru", "Депутат выступил, критикуя Кранц за новый закон.", "Депутат выступил, критикуя Кранца за новый закон."),
    ("be", "Дэпутатка выступіла, крытыкуючы Кранц за новы закон.", "Дэпутатка выступіла, крытыкуючы Кранца за новы закон."),
    ("pl", "Posłanka przemawiała, krytykując Krantz za nową ustawę.", "Posłanka przemawiała, krytykując Krantza za nową ustawę."),
    # The Ukrainian dictionary tags some infinitives a bare VERB, their lemma: no subject either.
    ("uk", "Прем'єр не хотів би звільняти Кранц до виборів.", "Прем'єр не хотів би звільняти Кранца до виборів."),
    # A finite verb after the name that agrees with it makes it the subject (an intransitive gerund, its comma left out).
    ("uk", "Виступаючи Кранц заявив про нову допомогу.", None),
    ("be", "Выступаючы Кранц заявіў пра новую дапамогу.", None),
    # A Belarusian adjective from a participle ends like a gerund: no verb's stem, no object.
    ("be", "Праграму вёў тэлевядучы Кранц на першым канале.", None),
])
def test_a_name_after_a_gerund_or_an_infinitive_is_its_object(lang, draft, fixed):
    assert fix(_a_man_with_a_consonant_final_surname(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # The termbase says he is a man: a feminine singular verb before him is not his, nor a pair's he opens.
    ("be", "Сенатарка рэзка крытыкавала Кранц і яго ўрад.", "Сенатарка рэзка крытыкавала Кранца і яго ўрад."),
    ("uk", "Сенаторка різко критикувала Кранц і його уряд.", "Сенаторка різко критикувала Кранца і його уряд."),
    ("ru", "Сенатор резко критиковала Кранц и его правительство.", "Сенатор резко критиковала Кранца и его правительство."),
    # A verb of his own sex keeps him its subject.
    ("be", "Учора выступіў Кранц і яго міністры.", None),
    ("ru", "Вчера выступил Кранц и его министры.", None),
])
def test_a_verb_of_the_other_sex_than_the_termbase_gives_a_person_is_not_theirs(lang, draft, fixed):
    assert fix(_a_man_with_a_consonant_final_surname(), draft, lang).text == (fixed or draft)


def _women_and_words_before_names() -> Termbase:
    return _named("person", [("theresa", "en", "Theresa", "preferred", "a woman"), ("theresa", "be", "Тэрэза", "preferred"),
                             ("theresa", "be", "Тереза", "deprecated"), ("theresa", "ru", "Тереза", "preferred"),
                             ("superted", "be", "Супер Тэд", "preferred"), ("superted", "be", "Супер Тед", "deprecated"),
                             ("superted", "uk", "Супер Тед", "preferred"), ("superted", "uk", "Супер Тэд", "deprecated"),
                             ("freeman", "en", "Freeman", "preferred"), ("freeman", "ru", "Фриман", "preferred"),
                             ("freeman", "ru", "Фрімен", "deprecated")])


@pytest.mark.parametrize("lang, draft, source, fixed", [
    # A first name alone, whose surname the termbase lacks: the surname is no foreign name's word to leave it in
    # (Мэй is no Belarusian word), and the source's possessive on the surname is the first name's case too.
    ("be", "Сёння Тереза Мэй выступіць у парламенце.", None, "Сёння Тэрэза Мэй выступіць у парламенце."),
    ("be", "Ён сказаў, што «План Чэкерс» Тереза Мэй зроблены дакладна.", "He said Theresa May's Chequers plan is precise.",
     "Ён сказаў, што «План Чэкерс» Тэрэзы Мэй зроблены дакладна."),
    # A word before the name that is no first name and declines in no reading stays as it is (Супер).
    ("be", "Дзеці глядзяць на Супер Теда.", None, "Дзеці глядзяць на Супер Тэда."),
    ("uk", "Малюки дружать із Супер Тэдом.", None, "Малюки дружать із Супер Тедом."),
    # A woman's verb after the name (past an apposition): джин, gin, masculine, cannot be its subject, so Джин is
    # her first name and her surname keeps its nominative.
    ("ru", "Джин Фрімен, MSP, обратилась к сотрудникам.", None, "Джин Фриман, MSP, обратилась к сотрудникам."),
])
def test_women_and_words_read_as_first_names(lang, draft, source, fixed):
    assert fix(_women_and_words_before_names(), draft, lang, source).text == fixed
def _english_names_and_foreign_places() -> Termbase:
    """Names the dictionaries do not know, as real news brings them: men's English surnames kept in Polish, a
    Belarusian first name and place the Russian dictionary knows as indeclinable, a Korean surname, a first name."""
    rows = []
    for concept, polish, note in (("burke", "Burke", "a man"), ("cavanagh", "Cavanagh", "a man"), ("guthrie", "Guthrie", "a man"),
                                  ("lovelace", "Lovelace", "a woman")):
        rows += [{"concept": concept, "lang": "en", "term": polish, "kind": "person", "note": note},
                 {"concept": concept, "lang": "pl", "term": polish, "kind": "person"}]
    for concept, kind, names in (("telavi", "place", {"be": ("Тэлаві", "Телави"), "ru": ("Телави", None)}),
                                 ("geoffrey", "person", {"be": ("Джэфры", "Джеффри"), "ru": ("Джеффри", None)}),
                                 ("shin", "person", {"be": ("Сін", "Син"), "ru": ("Син", None)}),
                                 ("trent", "person", {"be": ("Трэнт", "Трент"), "ru": ("Трент", None)}),
                                 ("borg", "person", {"be": ("Б'ёрн Борг", "Бьорн Борг"), "ru": ("Бьорн Борг", None)})):
        rows.append({"concept": concept, "lang": "en", "term": concept.title(), "kind": kind, "note": "a man" if kind == "person" else ""})
        for lang, (preferred, deprecated) in names.items():
            rows.append({"concept": concept, "lang": lang, "term": preferred, "kind": kind})
            if deprecated:
                rows.append({"concept": concept, "lang": lang, "term": deprecated, "kind": kind, "status": "deprecated"})
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # Polish puts the ending of an English surname whose last letters are silent after an apostrophe, in the one
    # the text writes; a pronounced -ie declines as an adjective; podać governs the dative.
    ("pl", "Dzięki Burke konserwatyzm zyskał nowy język.", "Dzięki Burke'owi konserwatyzm zyskał nowy język."),
    ("pl", "Jak pisał O’Neill, według Burke konserwatyzm przetrwał.", "Jak pisał O’Neill, według Burke’a konserwatyzm przetrwał."),
    # A silent consonant takes its ending with no apostrophe, as the norm writes (Eliota); usage's apostrophe stays.
    ("pl", "Aktorzy spotkali się z Cavanagh w Toronto.", "Aktorzy spotkali się z Cavanaghem w Toronto."),
    ("pl", "Aktorzy spotkali się z Cavanagh'em w Toronto.", None),
    ("pl", "Lekarze podali Guthrie tlen.", "Lekarze podali Guthriemu tlen."),
    ("pl", "Filozofowie cytują Burke’a do dziś.", None),
    ("pl", "Według Lovelace maszyna mogła komponować muzykę.", None),  # a woman's: no ending
    # A Belarusian name in -і, -ы the Russian dictionary knows as indeclinable; a foreign one-syllable 'ё.
    ("be", "Дэлегацыя прыехала з Телави ўчора.", "Дэлегацыя прыехала з Тэлаві ўчора."),
    ("be", "Кніга Джеффри Стывенса выйшла летась.", "Кніга Джэфры Стывенса выйшла летась."),
    ("be", "Журналісты пагаварылі з Бьорном Боргом.", "Журналісты пагаварылі з Б'ёрнам Боргам."),
    # A listed word before the rest of a name the termbase lacks is found; the first of three keeps its case.
    ("be", "Генеральны дырэктар Трент Уолтэрс падаў у адстаўку.", "Генеральны дырэктар Трэнт Уолтэрс падаў у адстаўку."),
    ("be", "Падчас сустрэчы Трент Уолтэрс маўчаў.", "Падчас сустрэчы Трэнт Уолтэрс маўчаў."),
    ("be", "Інтэрв'ю з Син Дон Бінам выйшла ўчора.", "Інтэрв'ю з Сін Дон Бінам выйшла ўчора."),
    ("ru", "Интервью с Син Дон Бином вышло вчера.", None),
])
def test_names_news_brings_are_found_and_written_as_the_language_declines_them(lang, draft, fixed):
    assert fix(_english_names_and_foreign_places(), draft, lang).text == (fixed or draft)


def _a_man_and_a_double_surname() -> Termbase:
    """Two men, one with a consonant-final surname, one with a foreign double surname whose last part ends in a vowel."""
    rows = [{"concept": "krantz", "lang": "en", "term": "Krantz", "kind": "person", "note": "Swedish minister, a man"},
            {"concept": "harris", "lang": "en", "term": "Elliot Harris-Lee", "kind": "person", "note": "British engineer, a man"}]
    for lang, term in (("be", "Кранц"), ("uk", "Кранц"), ("ru", "Кранц"), ("pl", "Krantz")):
        rows.append({"concept": "krantz", "lang": lang, "term": term, "kind": "person"})
    for lang, term in (("be", "Харыс-Лі"), ("uk", "Гарріс-Лі"), ("ru", "Харрис-Ли"), ("pl", "Harris-Lee")):
        rows.append({"concept": "harris", "lang": lang, "term": term, "kind": "person"})
    rows.append({"concept": "harris", "lang": "uk", "term": "Харрис-Ли", "kind": "person", "status": "deprecated"})
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A Belarusian genitive plural in -аў that hunspell-be knows as a noun's (памочнікі) and no verb's (памочнікаць)
    # is no past verb whose subject the name would be: the name is that noun's genitive.
    ("be", "Сувязі памочнікаў Кранц з бізнесам цікавяць журналістаў.", "Сувязі памочнікаў Кранца з бізнесам цікавяць журналістаў."),
    ("be", "Адстаўка міністраў Кранц выклікала крызіс.", "Адстаўка міністраў Кранца выклікала крызіс."),
    # A past verb in -аў keeps its subject after it (чакаць, шукаць are verbs).
    ("be", "Доўга шукаў Кранц новых саюзнікаў.", None),
])
def test_a_belarusian_plural_genitive_is_no_past_verb(lang, draft, fixed):
    assert fix(_a_man_and_a_double_surname(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An adjective from a title's stem describes the noun after it, no title the name is in apposition to: the noun
    # right before the name heads its genitive, not the preposition three words back.
    ("ru", "Речь шла о меняющемся актерском составе шоу Кранц.", "Речь шла о меняющемся актерском составе шоу Кранца."),
    ("uk", "Документи знайшли в міністерському кабінеті Кранц.", "Документи знайшли в міністерському кабінеті Кранца."),
    ("ru", "Речь шла о бывшем министре Кранце.", None),
])
def test_an_adjective_of_a_title_stem_is_no_title(lang, draft, fixed):
    assert fix(_a_man_and_a_double_surname(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An adjective in oblique cases alone right before a person agrees with them.
    ("ru", "Уоррен является критиком как самого Кранц, так и его партии.", "Уоррен является критиком как самого Кранца, так и его партии."),
    ("ru", "Журналисты мало писали о самом Кранц.", "Журналисты мало писали о самом Кранце."),
    ("uk", "Прихильники колишнього Кранц вийшли на вулиці.", "Прихильники колишнього Кранца вийшли на вулиці."),
    ("pl", "Historia spodobała się samemu Krantz.", "Historia spodobała się samemu Krantzowi."),
    # Not a relative word, whose clause the name may be the subject of; not an adjective after its own noun; not a
    # passive participle, whose agent is in the instrumental (a man's: Кранцом).
    ("ru", "Это был политик, которого Кранц уволил.", None),
    ("pl", "Na wiecu wyborczym Krantz mówił o podatkach.", None),
    ("uk", "Статтю, написану Кранц, видалили.", "Статтю, написану Кранцом, видалили."),
])
def test_a_person_after_an_oblique_adjective_agrees_with_it(lang, draft, fixed):
    assert fix(_a_man_and_a_double_surname(), draft, lang).text == (fixed or draft)


def _trump_and_krantz() -> Termbase:
    rows = [{"concept": "trump", "lang": "en", "term": "Donald Trump", "kind": "person", "note": "US president, a man"},
            {"concept": "krantz", "lang": "en", "term": "Krantz", "kind": "person", "note": "Swedish minister, a man"}]
    for concept, terms in (("trump", ("Трамп", "Трамп", "Трамп", "Trump")), ("krantz", ("Кранц", "Кранц", "Кранц", "Krantz"))):
        rows += [{"concept": concept, "lang": lang, "term": term, "kind": "person"} for lang, term in zip(("be", "uk", "ru", "pl"), terms)]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A person's nominative joined by "and" to a name in an oblique case alone takes its case.
    ("uk", "Зустріч Трампа й Кранц можуть знову відкласти.", "Зустріч Трампа й Кранца можуть знову відкласти."),
    ("ru", "Разговор между Трампом и Кранц длился час.", "Разговор между Трампом и Кранцем длился час."),
    ("uk", "Листи Трампові й Кранц надіслали вчора.", "Листи Трампові й Кранцові надіслали вчора."),
    ("pl", "Spotkanie Trumpa i Krantz znowu przełożono.", "Spotkanie Trumpa i Krantza znowu przełożono."),
    # Not across a comma, nor where a verb after it agrees with it and nothing before can be that verb's subject.
    ("ru", "Он похвалил Трампа, и Кранц ответил благодарностью.", None),
    ("ru", "Трампа и Кранц поддержал на выборах.", None),
])
def test_a_name_joined_to_an_oblique_name_takes_its_case(lang, draft, fixed):
    assert fix(_trump_and_krantz(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "source", "fixed"), [
    # An instrumental another language's rendering carried over after a noun that heads a genitive: joined by "and" to
    # a word in another case, or, where the source says "for"/"of", with no object after it.
    ("be", "Яна сказала, што непасрэдны кантакт Трампом і прэсы павялічыцца.", None,
     "Яна сказала, што непасрэдны кантакт Трампа і прэсы павялічыцца."),
    ("uk", "Вона виступила на мітингу на підтримку Трампом в місті Талса.", "She spoke at a rally for Trump in Tulsa.",
     "Вона виступила на мітингу на підтримку Трампа в місті Талса."),
    # Without the source the agent reading stays possible (критика Трампом: by Trump); an object after it, or another
    # instrumental joined to it, makes it the agent.
    ("uk", "Вона виступила на мітингу на підтримку Трампом в місті Талса.", None, None),
    ("ru", "Поддержка Трампом закона оказалась решающей.", None, None),
    ("pl", "Zachwyt Trumpem i jego stylem nie mijał.", None, None),
])
def test_an_instrumental_after_a_genitive_noun(lang, draft, source, fixed):
    assert fix(_trump_and_krantz(), draft, lang, source).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A man's foreign double surname whose last part ends in a vowel he does not decline: the first part declines.
    ("be", "Каманда засталася без Харыс-Лі.", "Каманда засталася без Харыса-Лі."),
    ("uk", "Команда залишилася без Гарріс-Лі.", "Команда залишилася без Гарріса-Лі."),
    ("uk", "Команда залишилася без Харрис-Ли.", "Команда залишилася без Гарріса-Лі."),
    ("ru", "Тренер долго говорил с Харрис-Ли.", "Тренер долго говорил с Харрисом-Ли."),
    ("pl", "Kibice długo śpiewali o Harris-Lee.", "Kibice długo śpiewali o Harrisie-Lee."),
    ("ru", "Харрис-Ли забил гол.", None),
])
def test_a_mans_double_surname_declines_its_first_part(lang, draft, fixed):
    assert fix(_a_man_and_a_double_surname(), draft, lang).text == (fixed or draft)


def _a_ukrainian_man_and_woman_in_polish() -> Termbase:
    """Two Ukrainians whose Polish first names a draft may write romanized (Yaroslav, Yuliia) and declined."""
    rows = [{"concept": "hnatyshyn", "lang": "en", "term": "Yaroslav Hnatyshyn", "kind": "person", "note": "Ukrainian official, a man"},
            {"concept": "hnatyshyn", "lang": "pl", "term": "Jarosław Hnatyszyn", "kind": "person"},
            {"concept": "hnatyshyn", "lang": "pl", "term": "Hnatyszyn", "kind": "person"},
            {"concept": "hnatyshyn", "lang": "pl", "term": "Hnatyshyn", "kind": "person", "status": "deprecated"},
            {"concept": "ostapchuk", "lang": "en", "term": "Yuliia Ostapchuk", "kind": "person",
             "note": "Ukrainian journalist, a woman; indeclinable surname"},
            {"concept": "ostapchuk", "lang": "pl", "term": "Julia Ostapczuk", "kind": "person"},
            {"concept": "ostapchuk", "lang": "pl", "term": "Ostapczuk", "kind": "person"},
            {"concept": "ostapchuk", "lang": "pl", "term": "Ostapchuk", "kind": "person", "status": "deprecated"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A romanized first name declined in the case it means, before a surname being fixed, is the concept's first
    # name: it is fixed with the surname, in that case (Yaroslavowi: Jarosławowi; Yuliji: Julii).
    ("Posłowie podziękowali Yaroslavowi Hnatyshynowi za pomoc.", "Posłowie podziękowali Jarosławowi Hnatyszynowi za pomoc."),
    ("Spotkanie z Yaroslavem Hnatyshynem przełożono.", "Spotkanie z Jarosławem Hnatyszynem przełożono."),
    ("Czytelnicy bronili Yuliji Ostapchuk po ataku.", "Czytelnicy bronili Julii Ostapczuk po ataku."),
    ("Redaktor poparł Yuliję Ostapchuk w sporze.", "Redaktor poparł Julię Ostapczuk w sporze."),
    ("Z Julią Ostapczuk rozmawialiśmy w Charkowie.", None),
])
def test_a_romanized_first_name_is_fixed_with_its_surname(draft, fixed):
    assert fix(_a_ukrainian_man_and_woman_in_polish(), draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A priest or a pianist before a person is their title, in apposition: the name takes the title's case, which the
    # preposition before it gives (o księdzu X: loc, not the dative księdzu may be); so does a verb that chooses a
    # two-case preposition's case past a participle title between it and the name (spierają się o przewodniczącego X: acc).
    ("Film o księdzu Hnatyshyn pokazano w Warszawie.", "Film o księdzu Hnatyszynie pokazano w Warszawie."),
    ("Opowiadali o pianiście Hnatyshyn przez cały wieczór.", "Opowiadali o pianiście Hnatyszynie przez cały wieczór."),
    ("Historycy spierają się o przewodniczącego Hnatyshyn i jego decyzje.",
     "Historycy spierają się o przewodniczącego Hnatyszyna i jego decyzje."),
    ("Ksiądz Hnatyshyn odprawił mszę.", "Ksiądz Hnatyszyn odprawił mszę."),
])
def test_a_title_between_a_preposition_and_a_name_passes_on_its_case(draft, fixed):
    assert fix(_a_ukrainian_man_and_woman_in_polish(), draft, "pl").text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # we before w, f and ze before a sibilant that a vowel follows: no cluster asks for the long form (we Worożbie).
    ("Biuro otwarto we Wilnie wiosną.", "Biuro otwarto w Wilnie wiosną."),
    ("Zdjęcia ze Zełenskim obiegły media.", "Zdjęcia z Zełenskim obiegły media."),
    ("Ze Żytomierza wyjechało dwa tysiące osób.", "Z Żytomierza wyjechało dwa tysiące osób."),
    # A cluster keeps it: we Wrocławiu, ze Szczecina, ze Lwowa.
    ("Spotkanie odbyło się we Wrocławiu.", None),
    ("Ze Lwowa wyjechało dwa tysiące osób.", None),
    # A digraph is one sound, then a vowel: no cluster (ze Szejną); a sound the long form never doubles (ze Florydy,
    # we Sztokholmie) takes the short one.
    ("Uchodźcy ze Szepetówki dotarli do Lublina.", "Uchodźcy z Szepetówki dotarli do Lublina."),
    ("Rozmowa ze Szmyhalem trwała godzinę.", None),  # sz, then m: a cluster
    ("Goście ze Kijowa przyjechali rano.", "Goście z Kijowa przyjechali rano."),
    ("We Kijowie padał deszcz.", "W Kijowie padał deszcz."),
])
def test_a_needless_we_or_ze_before_a_right_name_is_shortened(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A verb before a two-case preposition chooses its case for a place: bombs dropped or aimed at it (na: acc), going up
    # to it (pod: acc), staying dug in or hidden behind it (za: ins).
    ("Samoloty zrzuciły bomby na Kharkiv tuż przed świtem.", "Samoloty zrzuciły bomby na Charków tuż przed świtem."),
    ("Drony kierowane na Zhytomyr zestrzelono nad lasem.", "Drony kierowane na Żytomierz zestrzelono nad lasem."),
    ("Wolontariusze pojechali pod Kharkiv z lekami.", "Wolontariusze pojechali pod Charków z lekami."),
    ("Żołnierze okopali się za Zhytomyr na zimę.", "Żołnierze okopali się za Żytomierzem na zimę."),
    ("Walki toczyły się pod Kharkiv przez miesiąc.", "Walki toczyły się pod Charkowem przez miesiąc."),
])
def test_a_verb_of_direction_or_staying_chooses_the_case_of_na_pod_za(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # Carrying, moving or sending something to a place past its object, in every stem of the verb (przeniosła as
    # przeniósł, wywieźli, przewieziono, zesłano), and emigrating there, make na's place where to: the accusative.
    ("Redakcja przeniosła serwery na Malta, bo tam było bezpieczniej.", "Redakcja przeniosła serwery na Maltę, bo tam było bezpieczniej."),
    ("Część dziennikarzy przeniosła redakcje na Kreta.", "Część dziennikarzy przeniosła redakcje na Kretę."),
    ("Żołnierzy wywieźli na Kamczatka pociągiem.", "Żołnierzy wywieźli na Kamczatkę pociągiem."),
    ("Wielu informatyków wyemigrowało na Malte po 2022 roku.", "Wielu informatyków wyemigrowało na Maltę po 2022 roku."),
    ("Jego dziadka zesłano na Sakhalin w 1937 roku.", "Jego dziadka zesłano na Sachalin w 1937 roku."),
    # a right accusative stays; so does a place where something is, after no such verb
    ("Część dziennikarzy przeniosła redakcje na Sachalin.", None),
    ("Zesłańcy budowali drogi na Sachalinie przez dziesięć lat.", None),
])
def test_a_verb_of_carrying_or_emigrating_makes_na_where_to(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == (fixed or draft)


def _places_of_a_shape_in_polish() -> Termbase:
    """A plural-only place with a bare genitive and a place whose e drops, each with a romanized wrong spelling."""
    rows = [{"concept": "liakhavichy", "lang": "en", "term": "Liakhavichy", "kind": "place", "note": "town in Belarus"},
            {"concept": "liakhavichy", "lang": "pl", "term": "Lachowicze", "kind": "place",
             "forms": "gen=Lachowicz; dat=Lachowiczom; ins=Lachowiczami; loc=Lachowiczach"},
            {"concept": "liakhavichy", "lang": "pl", "term": "Liakhavichy", "kind": "place", "status": "deprecated"},
            {"concept": "miroslawiec", "lang": "en", "term": "Mirosławiec", "kind": "place", "note": "town in Poland"},
            {"concept": "miroslawiec", "lang": "pl", "term": "Mirosławiec", "kind": "place"},
            {"concept": "miroslawiec", "lang": "pl", "term": "Miroslavets", "kind": "place", "status": "deprecated"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A wrong spelling declined with the preferred's shape: a plural's bare genitive, a dropped e.
    ("Pociąg z Liakhavich spóźnił się.", "Pociąg z Lachowicz spóźnił się."),
    ("W Miroslavtsu odbył się festiwal.", "W Mirosławcu odbył się festiwal."),
    ("Strażacy z Miroslavtsa pomogli.", "Strażacy z Mirosławca pomogli."),
    ("W Mirosławcu odbył się festiwal.", None),
])
def test_a_wrong_spelling_of_a_place_takes_the_preferred_terms_endings(draft, fixed):
    assert fix(_places_of_a_shape_in_polish(), draft, "pl").text == (fixed or draft)


def _places_named_by_common_nouns() -> Termbase:
    """Places whose Belarusian names are common nouns or end in one (Кусты, Хутары, Белагарадок, Каменка-Буда), a
    neuter in -а (Дудава, from Russian Дудово) and a Ukrainian town with a Belarusian spelling MT may keep (Оўруч)."""
    rows = []
    for concept, be, wrong, ru in (("kalodzezhy", "Калодзежы", "Колодежи", "Колодежи"), ("belagaradok", "Белагарадок", "Белгородок", "Белгородок"),
                                   ("kamenka_buda", "Каменка-Буда", "Кам'янка-Буда", "Каменка-Буда"), ("dudava", "Дудава", "Дудово", "Дудово")):
        rows += [{"concept": concept, "lang": "be", "term": be, "kind": "place"},
                 {"concept": concept, "lang": "be", "term": wrong, "kind": "place", "status": "deprecated"},
                 {"concept": concept, "lang": "ru", "term": ru, "kind": "place"}]
    for lang, term in (("be", "Оўруч"), ("ru", "Овруч"), ("uk", "Овруч")):
        rows.append({"concept": "ovruch", "lang": lang, "term": term, "kind": "place"})
    rows += [{"concept": "ovruch", "lang": lang, "term": "Оўруч", "kind": "place", "status": "deprecated"} for lang in ("ru", "uk")]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A Belarusian place named by a common noun declines as the noun hunspell-be lists (калодзеж: -аў, -ах) ...
    ("Пажар каля Колодежи патушылі.", "Пажар каля Калодзежаў патушылі."),
    ("Крама ў Колодежах зачыненая.", "Крама ў Калодзежах зачыненая."),
    # ... and one ending in a settlement's noun as that noun (гарадок: -гарадка, -гарадку) ...
    ("Жыхары Белгородка чакаюць аўтобуса.", "Жыхары Белагарадка чакаюць аўтобуса."),
    ("Сход у Белгородке скончыўся позна.", "Сход у Белагарадку скончыўся позна."),
    # ... and one of two nouns declines both (каля Каменкі-Буды), never its nominative for another case.
    ("Мост каля Каменка-Буда адрамантавалі.", "Мост каля Каменкі-Буды адрамантавалі."),
    ("З Каменкі-Буды прыйшоў ліст.", None),
])
def test_a_belarusian_place_declines_as_its_common_noun(draft, fixed):
    assert fix(_places_named_by_common_nouns(), draft, "be").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # "у" with the genitive is someone's, never a place's: a neuter place's nominative-genitive after it is undeclined.
    ("Пошта ў Дудава працуе да абеду.", "Пошта ў Дудаве працуе да абеду."),
    ("Мы паехалі ў Дудава.", None),  # where to: the accusative
    ("Мы вярнуліся з Дудава.", None),
])
def test_a_belarusian_place_after_u_takes_the_locative(draft, fixed):
    assert fix(_places_named_by_common_nouns(), draft, "be").text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A verb of motion past two objects joined by "and" chooses the case of в/у (where to) ...
    ("ru", "Спасатели доставили генераторы и топливо в Оўруч.", "Спасатели доставили генераторы и топливо в Овруч."),
    ("uk", "Рятувальники привезли генератори і пальне в Оўруч.", "Рятувальники привезли генератори і пальне в Овруч."),
    ("be", "Ратавальнікі прывезлі генератары і паліва ў Овруч.", "Ратавальнікі прывезлі генератары і паліва ў Оўруч."),
    # ... and so does one right after the place (вярнуліся: a -нуць verb's past, -нулі) ...
    ("ru", "В Оўруч вернулись первые поезда.", "В Овруч вернулись первые поезда."),
    ("be", "У Овруч вярнуліся першыя цягнікі.", "У Оўруч вярнуліся першыя цягнікі."),
    # ... but not a verb of another kind, nor a place's own locative.
    ("ru", "Спасатели раздали генераторы и топливо в Оўручі.", "Спасатели раздали генераторы и топливо в Овруче."),
    ("ru", "В Овруче вернулись к занятиям.", None),
])
def test_a_verb_of_motion_past_objects_or_after_the_place(lang, draft, fixed):
    assert fix(_places_named_by_common_nouns(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A philosopher, an actress, an organiser are titles: the name after one is in apposition, in its case, not the
    # genitive a noun of things would give it (Лісты філосафу X: dat; пра актрысу X: acc; арганізатар фонду X: nom).
    ("Пасылкі філосафу Мельников не даходзяць.", "Пасылкі філосафу Мельнікаву не даходзяць."),
    ("Выступ арганізатара Мельников запісалі.", "Выступ арганізатара Мельнікава запісалі."),
    ("Пра гэта распавёў арганізатар фестывалю Мельников.", "Пра гэта распавёў арганізатар фестывалю Мельнікаў."),
])
def test_a_belarusian_title_of_a_thinker_or_artist_gives_its_case(draft, fixed):
    rows = [{"concept": "melnikau", "lang": "en", "term": "Melnikau", "kind": "person", "note": "Belarusian philosopher, a man"},
            {"concept": "melnikau", "lang": "be", "term": "Мельнікаў", "kind": "person"},
            {"concept": "melnikau", "lang": "be", "term": "Мельников", "kind": "person", "status": "deprecated"},
            {"concept": "melnikau", "lang": "ru", "term": "Мельников", "kind": "person"}]
    assert fix(Termbase.from_rows(rows), draft, "be").text == fixed


def _a_woman_whose_surname_is_a_common_noun() -> Termbase:
    rows = [{"concept": "kazak", "lang": "en", "term": "Liudmila Kazak", "kind": "person", "note": "Belarusian lawyer, a woman"}]
    for lang, full, surname in (("be", "Людміла Казак", "Казак"), ("ru", "Людмила Казак", "Казак")):
        rows += [{"concept": "kazak", "lang": lang, "term": full, "kind": "person"},
                 {"concept": "kazak", "lang": lang, "term": surname, "kind": "person"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A man's past verb between a noun Belarusian endings read as a person's (пляцы like кіраўніцы) and a
    # lower-case word ends any title's phrase: the word is the Cossack, no name in apposition.
    ("На пляцы стаяў казак у папасе і з нагайкай у руцэ.", None),
    # Right after a title, the lower-case word is still the lawyer.
    ("На пляцы стаяла адвакат казак.", "На пляцы стаяла адвакат Казак."),
])
def test_a_belarusian_past_verb_ends_a_titles_phrase(draft, fixed):
    assert fix(_a_woman_whose_surname_is_a_common_noun(), draft, "be").text == (fixed or draft)


def _a_town_of_a_prison() -> Termbase:
    rows = [{"concept": "pokrov", "lang": "en", "term": "Pokrov", "kind": "place", "note": "a town; masculine"},
            {"concept": "pokrov", "lang": "be", "term": "Пакроў", "kind": "place"},
            {"concept": "pokrov", "lang": "be", "term": "Покров", "kind": "place", "status": "deprecated"},
            {"concept": "pokrov", "lang": "ru", "term": "Покров", "kind": "place"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A prisoner's transfer names where to, as a trip does: у + the accusative, a right one kept.
    ("Пасля этапу ў Пакроў сваякі два тыдні не ведалі, дзе ён.", None),
    ("Этап у Покров заняў тыдзень.", "Этап у Пакроў заняў тыдзень."),
    # A noun for a place of being takes the locative.
    ("Турма ў Покров перапоўненая.", "Турма ў Пакрове перапоўненая."),
])
def test_a_prisoners_transfer_names_where_to(draft, fixed):
    assert fix(_a_town_of_a_prison(), draft, "be").text == (fixed or draft)


def _a_woman_with_an_adjectival_surname() -> Termbase:
    rows = [{"concept": "yakubouskaya", "lang": "en", "term": "Volha Yakubouskaya", "kind": "person", "note": "Belarusian judge, a woman"}]
    for lang, names in (("be", ("Вольга Якубоўская", "Ольга Якубовская")), ("uk", ("Ольга Якубовська", "Ольга Якубовская")),
                        ("pl", ("Wolha Jakubouska", "Olga Jakubowska")), ("ru", ("Ольга Якубовская", "Вольга Якубоўская"))):
        for name, status in zip(names, ("preferred", "deprecated")):
            rows += [{"concept": "yakubouskaya", "lang": lang, "term": term, "kind": "person", "status": status}
                     for term in (name, name.split()[-1])]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A man's form of a woman's adjectival surname is another person (her husband, a namesake), no rendering of her.
    ("be", "Сукенка ад Марты Якубоўскі была на подыуме.", None),
    ("uk", "Сукня від Марти Якубовськи була на подіумі.", None),
    ("pl", "Według Jakubowskiego reforma się nie udała.", None),
    # Her own surname in another spelling is still hers.
    ("pl", "Według Jakubowskiej reforma się nie udała.", "Według Jakubouskiej reforma się nie udała."),
])
def test_a_mans_form_of_a_womans_adjectival_surname_is_another_person(lang, draft, fixed):
    assert fix(_a_woman_with_an_adjectival_surname(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("draft", ["Дом стоит на высоком берегу реки.", "Грибы собирали в тёмном лесу за деревней."])
def test_a_lower_case_adjective_before_a_noun_in_the_second_locative_stays(draft):
    # берегу, лесу: the dictionary's second locative, which the adjective agrees with; no place Высокое, Тёмное.
    termbase = _named("place", [("vysokoye", "ru", "Высокое", "preferred"), ("vysokoye", "ru", "Высокае", "deprecated"),
                                ("tyomnoye", "ru", "Тёмное", "preferred"), ("tyomnoye", "ru", "Цёмнае", "deprecated")])
    assert fix(termbase, draft, "ru").text == draft
    assert fix(termbase, "Мы три года жили в высоком.", "ru").text == "Мы три года жили в Высоком."


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # з/с with a noun or verb of a contest, meeting or talks: "with" the other party, a club by its city (instrumental),
    # past a score between them; not "from" (a player from there), nor after a verb whose subject the noun is.
    ("be", "Дэрбі з Абердин сабрала поўны стадыён.", "Дэрбі з Абердзінам сабрала поўны стадыён."),
    ("be", "Пасля нічыёй 3-3 з Лестэр каманда засталася другой.", "Пасля нічыёй 3-3 з Лестэрам каманда засталася другой."),
    ("ru", "Поединок с Брайтан собрал полный стадион.", "Поединок с Брайтоном собрал полный стадион."),
    ("uk", "Після нічиєї 3:3 з Лестер команда залишилася другою.", "Після нічиєї 3:3 з Лестером команда залишилася другою."),
    ("uk", "Дербі з Абердзін зібрало повний стадіон.", "Дербі з Абердином зібрало повний стадіон."),
    ("be", "Нападнік з Абердзіна падпісаў кантракт.", None),
    ("be", "Каманда па барацьбе вярнулася з Лестэра.", None),
    ("uk", "Нападник з Абердина підписав контракт.", None),
])
def test_a_contest_or_talks_take_the_other_party_in_the_instrumental(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # Overtaking, beating and leaving behind take the accusative; a verb joined by "and" to one before it has that
    # verb's subject, so a person right after it is its object (be and pl, whose endings alone cannot say so).
    ("be", "Ферстапен выйграў кваліфікацыю і потым апярэдзіў Норыс на трасе.", "Ферстапен выйграў кваліфікацыю і потым апярэдзіў Норыса на трасе."),
    ("pl", "Verstappen wygrał kwalifikacje i następnie wyprzedził Norris w wyścigu.", "Verstappen wygrał kwalifikacje i następnie wyprzedził Norrisa w wyścigu."),
    ("pl", "Norris wygrał start i nie pozwolił Verstappen na atak.", "Norris wygrał start i nie pozwolił Verstappenowi na atak."),
    ("uk", "Ферстаппен виграв кваліфікацію і потім випередив Норріс у гонці.", "Ферстаппен виграв кваліфікацію і потім випередив Норріса у гонці."),
    ("ru", "Норрис выиграл старт и обогнал Ферстапен.", "Норрис выиграл старт и обогнал Ферстаппена."),
    # на with the locative of a person after hanging on or telling on someone
    ("ru", "Вся гонка Норрис висел на Ферстаппен.", "Вся гонка Норрис висел на Ферстаппене."),
    ("uk", "Норріс усю гонку висів на Ферстаппен.", "Норріс усю гонку висів на Ферстаппені."),
    # the subject after its verb stays; a reflexive's subject may be an event, no shared one
    ("be", "У гонцы Ферстапена апярэдзіў Норыс.", None),
    ("be", "Гонка пачалася і першым стартаваў Норыс.", None),
])
def test_overtaking_verbs_and_a_verb_sharing_the_subject_before_and(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A rival (a woman's noun before a man: no apposition) heads a genitive; Belarusian -мант/-мент nouns name
    # things (момант, дакумент), no title whose apposition the name would be.
    ("be", "Новая саперніца Ферстапен з'явілася на трасе.", "Новая саперніца Ферстапена з'явілася на трасе."),
    ("ru", "Новая соперница Ферстапен появилась на трассе.", "Новая соперница Ферстаппена появилась на трассе."),
    ("pl", "Nowa rywalka Verstappen pojawiła się na torze.", "Nowa rywalka Verstappena pojawiła się na torze."),
    ("be", "Ад моманту вяртання Норыс на трасу прайшоў год.", "Ад моманту вяртання Норыса на трасу прайшоў год."),
])
def test_a_rival_or_a_moment_heads_a_genitive(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "source", "fixed"), [
    # The source's "in" says where a place is: after в/у with no verb of motion, its nominative takes the locative.
    ("be", "Каманда перамагла 2-1 у Лестэр у пятніцу.", "The team won 2-1 in Leicester on Friday.", "Каманда перамагла 2-1 у Лестэры у пятніцу."),
    ("be", "Мы атрымалі перамогу ў Брайтан.", "We won in Brighton.", "Мы атрымалі перамогу ў Брайтане."),
    ("be", "Яна правяла дзяцінства ў Абердзін.", "She spent her childhood in Aberdeen.", "Яна правяла дзяцінства ў Абердзіне."),
    ("be", "Клуб падпісаў кантракт у Лестэр.", "The club signed a contract in Leicester.", "Клуб падпісаў кантракт у Лестэры."),
    ("uk", "Команда здобула перемогу в Лестер у п'ятницю.", "The team won in Leicester on Friday.", "Команда здобула перемогу в Лестері у п'ятницю."),
    ("uk", "Вона провела дитинство в Абердин.", "She spent her childhood in Aberdeen.", "Вона провела дитинство в Абердині."),
    ("uk", "Клуб підписав контракт у Брайтон.", "The club signed a contract in Brighton.", "Клуб підписав контракт у Брайтоні."),
    ("ru", "Команда одержала победу в Лестер в пятницу.", "The team won in Leicester on Friday.", "Команда одержала победу в Лестере в пятницу."),
    ("ru", "Она провела детство в Абердин.", "She spent her childhood in Aberdeen.", "Она провела детство в Абердине."),
    ("ru", "Клуб подписал контракт в Брайтон.", "The club signed a contract in Brighton.", "Клуб подписал контракт в Брайтоне."),
    ("ru", "Встреча состоялась в Абердзін.", "The meeting took place in Aberdeen.", "Встреча состоялась в Абердине."),
    # a verb of motion or investing there keeps the accusative, whatever the English preposition
    ("be", "Каманда прыехала ў Лестэр.", "The team arrived in Leicester.", None),
    ("be", "Клуб уклаў грошы ў Брайтан.", "The club invested money in Brighton.", None),
    ("uk", "Команда прибула в Лестер.", "The team arrived in Leicester.", None),
    ("uk", "Фонд вклав гроші в Абердин.", "The fund invested money in Aberdeen.", None),
    ("ru", "Команда прибыла в Лестер.", "The team arrived in Leicester.", None),
    ("ru", "Фонд вложил деньги в Абердин.", "The fund invested money in Aberdeen.", None),
    # "to" says where to; no source says nothing; a right locative stays
    ("be", "Каманда паляцела ў Лестэр.", "The team flew to Leicester.", None),
    ("ru", "Команда отправилась в Брайтон.", "The team went to Brighton.", None),
    ("be", "Каманда накіравалася ў Лестэр.", None, None),
    ("be", "Каманда перамагла ў Лестэры.", "The team won in Leicester.", None),
    ("ru", "Команда победила в Лестере.", "The team won in Leicester.", None),
])
def test_the_sources_in_puts_a_place_after_v_u_in_the_locative(eval_termbase, lang, draft, source, fixed):
    assert fix(eval_termbase, draft, lang, source).text == (fixed or draft)


def _names_filed_by_their_spelling() -> Termbase:
    """A town, a surname filed as a person with no first name, a first name alone, and a Polish US state."""
    rows = []
    for concept, kind, terms in (
            ("iloilo_town", "place", {"ru": ("Тагбиларан", "Tagbilaran"), "uk": ("Тагбіларан", "Tagbilaran")}),
            ("dayton", "person", {"ru": ("Дейтон", "Дейтан"), "uk": ("Дейтон", "Дейтан")}),
            ("trevor", "person", {"be": ("Трэвар", "Тревор"), "ru": ("Тревор", "Трэвар"), "uk": ("Тревор", "Трэвар")}),
            ("whitmore", "person", {"ru": ("Уитмор", "Вітмор"), "uk": ("Вітмор", "Уитмор")}),
            ("delaware", "place", {"pl": ("Delaware", "Delaver")}),
            ("oregon_trail", "place", {"pl": ("Kansas", "Kanzas")})):
        rows.append({"concept": concept, "lang": "en", "term": concept, "kind": kind, "status": "preferred"})
        for lang, (preferred, deprecated) in terms.items():
            rows += [{"concept": concept, "lang": lang, "term": preferred, "kind": kind, "status": "preferred"},
                     {"concept": concept, "lang": lang, "term": deprecated, "kind": kind, "status": "deprecated"}]
    return Termbase.from_rows(rows)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A rare foreign town after the word for a town keeps its nominative (Rosenthal § 197: в городе Ниш).
    ("ru", "Паром пришёл в город Tagbilaran ночью.", "Паром пришёл в город Тагбиларан ночью."),
    ("ru", "Мэр города Tagbilaran ушёл в отставку.", "Мэр города Тагбиларан ушёл в отставку."),
    ("uk", "Мер міста Tagbilaran подав у відставку.", "Мер міста Тагбіларан подав у відставку."),
    ("ru", "Мэр города Тагбиларана ушёл в отставку.", None),
    # A name the termbase files as a person, with no first name, is the place after the word for a town or region.
    ("ru", "Мэр города Дейтан ушёл в отставку.", "Мэр города Дейтона ушёл в отставку. || Мэр города Дейтон ушёл в отставку."),
    ("uk", "Економіка регіону Дейтан зростає.", "Економіка регіону Дейтон зростає."),
])
def test_a_town_after_its_kind_word(lang, draft, fixed):
    assert fix(_names_filed_by_their_spelling(), draft, lang).text in (fixed or draft).split(" || ")


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A first name alone before a surname the termbase does not list takes no case of its own.
    ("be", "Супраць выступіў член партыі Тревор Гібс.", "Супраць выступіў член партыі Трэвар Гібс."),
    ("be", "Прыхільнікі Тревора Гібса сабраліся.", "Прыхільнікі Трэвара Гібса сабраліся."),
    ("ru", "Против выступил член партии Трэвар Гиббс.", "Против выступил член партии Тревор Гиббс."),
    ("be", "Супраць выступіў член партыі Трэвар Гібс.", None),
])
def test_a_first_name_alone_takes_its_surnames_case(lang, draft, fixed):
    assert fix(_names_filed_by_their_spelling(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A first name of either sex before a surname and a woman's verb after it: hers, in a consonant, undeclined.
    ("ru", "Член партии Андреа Вітмор также была на митинге.", "Член партии Андреа Уитмор также была на митинге."),
    ("uk", "Член партії Андреа Уитмор заявила журналістам.", "Член партії Андреа Вітмор заявила журналістам."),
    ("ru", "Член партии Андреа Уитмор заявила журналистам.", None),
    # No first name before the surname: the noun's genitive, as before.
    ("ru", "Сторонники Вітмор заявили о протесте.", "Сторонники Уитмора заявили о протесте."),
])
def test_a_womans_verb_tells_her_surname(lang, draft, fixed):
    assert fix(_names_filed_by_their_spelling(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A Polish place Morfeusz knows only as indeclinable keeps its one form (w Delaware, z Kansas).
    ("Mieszka w Delaverze od lat.", "Mieszka w Delaware od lat."),
    ("Senator z Kanzasu zabrał głos.", "Senator z Kansas zabrał głos."),
    ("Mieszka w Delaware od lat.", None),
    ("Senator z Kansas zabrał głos.", None),
])
def test_a_polish_place_morfeusz_does_not_decline(draft, fixed):
    assert fix(_names_filed_by_their_spelling(), draft, "pl").text == (fixed or draft)


def test_a_first_name_alone_declines_as_a_first_name():
    """be Кевін, a person named by a first name alone: Кевінам, not the -ін surname's Кевіным (Пуціным)."""
    rows = [{"concept": "kevin", "lang": "en", "term": "Kevin", "kind": "person", "status": "preferred"}]
    rows += [{"concept": "kevin", "lang": lang, "term": term, "kind": "person", "status": status}
             for lang, term, status in (("be", "Кевін", "preferred"), ("be", "Кевин", "deprecated"), ("ru", "Кевин", "preferred"), ("uk", "Кевін", "preferred"))]
    assert fix(Termbase.from_rows(rows), "Рэжысёр пазнаёміўся з Кевином Бірнам.", "be").text == "Рэжысёр пазнаёміўся з Кевінам Бірнам."


@pytest.mark.parametrize(("draft", "fixed"), [
    # A place in Russia whose Russian name ends in the hard labial itself declines hard (w Kysztymie, przed Kysztymem),
    # its genitive (-u or -a) left unsure; one in Belarus keeps Polish tradition's soft labial, which no rule writes.
    ("Awaria w Kysztym skaziła okolicę.", "Awaria w Kysztymie skaziła okolicę."),
    ("Przed Kysztym konwój zatrzymał się na noc.", "Przed Kysztymem konwój zatrzymał się na noc."),
    ("Pociąg z Kysztym spóźnił się.", None),
    ("Odpust w Wsielub zgromadził pielgrzymów.", None),
])
def test_a_russian_place_in_a_hard_labial_declines_hard(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "kyshtym", "lang": "en", "term": "Kyshtym", "kind": "place", "note": "town in Chelyabinsk Oblast of Russia"},
        {"concept": "kyshtym", "lang": "ru", "term": "Кыштым", "kind": "place"},
        {"concept": "kyshtym", "lang": "pl", "term": "Kysztym", "kind": "place"},
        {"concept": "vselyub", "lang": "en", "term": "Vselyub", "kind": "place", "note": "village in Grodno Region of Belarus"},
        {"concept": "vselyub", "lang": "ru", "term": "Вселюб", "kind": "place"},
        {"concept": "vselyub", "lang": "pl", "term": "Wsielub", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A lower-case Polish name of several words one of which no dictionary knows is no phrase of ordinary words
    # (koszyrskim), and a hyphen joining two names is no word of its own (kędzierzynie-koźlu); a lone word the
    # dictionary knows stays a word (w kamieniu, na polanie).
    ("W kamieniu koszyrskim otwarto szkołę.", "W Kamieniu Koszyrskim otwarto szkołę."),
    ("Zakłady w kędzierzynie-koźlu stanęły.", "Zakłady w Kędzierzynie-Koźlu stanęły."),
    ("W kamieniu wyryto napis.", None),
    ("Mówił po polsku-rosyjsku.", None),
])
def test_a_lower_case_polish_name_of_several_words_is_found(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "kamin", "lang": "en", "term": "Kamin-Kashyrskyi", "kind": "place", "note": "town in Volyn Oblast of Ukraine"},
        {"concept": "kamin", "lang": "pl", "term": "Kamień Koszyrski", "kind": "place"},
        {"concept": "kedzierzyn", "lang": "en", "term": "Kędzierzyn-Koźle", "kind": "place", "note": "town in Poland"},
        {"concept": "kedzierzyn", "lang": "pl", "term": "Kędzierzyn-Koźle", "kind": "place",
         "forms": "gen=Kędzierzyna-Koźla; dat=Kędzierzynowi-Koźlu; ins=Kędzierzynem-Koźlem; loc=Kędzierzynie-Koźlu"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A verb of the dative that takes no accusative: the noun before it, in no dative form, is its subject, and the man
    # after it its object, in the dative.
    ("ru", "Суд отказал Ярмолюк в условно-досрочном освобождении.", "Суд отказал Ярмолюку в условно-досрочном освобождении."),
    ("uk", "Банк відмовив Гаврилович у кредиті без пояснень.", "Банк відмовив Гавриловичеві у кредиті без пояснень."),
    # A noun in the dative before it is the object put first; a verb that takes an accusative may have one first.
    ("ru", "Суду ответил Мисюрин через адвоката.", None),
    ("ru", "Сценарий нового фильма написал Ярмолюк в эмиграции.", None),
    # A man the termbase names, followed by the thing promised, is its recipient even with a consonant-final surname.
    ("ru", "Клуб пообещал Гаврилович премию по итогам сезона.", "Клуб пообещал Гавриловичу премию по итогам сезона."),
])
def test_a_verb_of_the_dative_with_its_subject_before_it_puts_the_man_after_it_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A question, a diagnosis or a hand put to someone: the person after the thing is in the dative.
    ("uk", "Журналісти поставили запитання Ярмолюк про ціни.", "Журналісти поставили запитання Ярмолюкові про ціни."),
    ("ru", "Врачи поставили диагноз Гаврилович только через год.", "Врачи поставили диагноз Гавриловичу только через год."),
    ("ru", "После игры тренер пожал руку Мисюрин.", "После игры тренер пожал руку Мисюрину."),
    # Another object of the same verb is no gift: the play is the playwright's.
    ("ru", "Театр поставил пьесу Гавриловича к юбилею.", None),
])
def test_a_person_after_a_thing_put_to_them_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A document issued or returned to someone (видати візу, выдать лицензию, повернути паспорт): the person after it is
    # in the dative, as after a thing put to them.
    ("uk", "Консульство видало візу Ярмолюк без черги.", "Консульство видало візу Ярмолюкові без черги."),
    ("ru", "Полиция вернула паспорт Гаврилович после обыска.", "Полиция вернула паспорт Гавриловичу после обыска."),
    ("ru", "Ведомство выдало лицензию Ярмолюк в марте.", "Ведомство выдало лицензию Ярмолюку в марте."),
    # A neuter subject's past form of a verb of the dative (надало, дало, передало) governs as the others do.
    ("uk", "Міністерство надало дозвіл Гаврилович на виїзд.", "Міністерство надало дозвіл Гавриловичеві на виїзд."),
    ("uk", "Посольство передало листи Ярмолюк учора.", "Посольство передало листи Ярмолюкові учора."),
    # A book published is its author's; a man returned is the verb's object.
    ("uk", "Видавництво видало книгу Ярмолюка.", None),
    ("ru", "Россия выдала Гавриловича Белоруссии.", None),
])
def test_a_person_after_a_document_issued_or_a_neuter_verb_of_the_dative_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A common noun the Ukrainian dictionary lists beside a place of its spelling, in a case an adjective's homograph
    # shares (вартою: the guard's instrumental and вартий's), is that noun, not an adjective that needs its noun.
    ("Підозрюваного тримають під вартою третій місяць.", None),
    ("Слідчий узяв свідка під варту прямо в коридорі.", None),
    # A place's own form in lower case, with no such noun, still gets its capital back.
    ("Затриманого везли під вартою з-під покровська.", "Затриманого везли під вартою з-під Покровська."),
])
def test_a_ukrainian_common_noun_spelt_as_a_place_is_no_adjective_without_its_noun(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "warta", "lang": "uk", "term": "Варта", "kind": "place"},
        {"concept": "pokrovsk", "lang": "uk", "term": "Покровськ", "kind": "place"},
    ])
    assert fix(termbase, draft, "uk").text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A first name with the surname after it in lower case: the surname gets its capital, in the draft's case.
    ("ru", "Интервью с Мартой квиткой вышло в субботу.", "Интервью с Мартой Квиткой вышло в субботу."),
    ("uk", "Степан журавель підписав контракт із клубом до 2027 року.", "Степан Журавель підписав контракт із клубом до 2027 року."),
    # The first name with an ordinary word after it in another case is no name.
    ("uk", "Марта квітку поставила у вазу.", None),
])
def test_a_surname_in_lower_case_after_its_first_name_gets_its_capital(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A place's form that is its dative and locative after в/у right after a verb of motion: where to, the accusative
    # (в/у never take the dative).
    ("ru", "Команда отправилась в Валмиере на сборы.", "Команда отправилась в Валмиеру на сборы."),
    ("uk", "Школярі їдуть у Баусці на екскурсію.", "Школярі їдуть у Бауску на екскурсію."),
    # After a verb of being somewhere it is where; after к, the dative.
    ("uk", "Фестиваль відбувся у Валмієрі в липні.", None),
    ("ru", "Туристы поехали к Бауске через лес.", None),
])
def test_a_places_dative_and_locative_after_a_verb_of_motion_takes_the_accusative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A man's first name or surname the dictionary also reads as an inanimate noun untagged as a name (uk володимир,
    # the town; ru дуб, the oak) takes his animate accusative, the genitive's form.
    ("uk", "Суд покарав Владимира Сенюка штрафом.", "Суд покарав Володимира Сенюка штрафом."),
    ("ru", "Полиция задержала Андрия Дуба ночью.", "Полиция задержала Андрея Дуба ночью."),
])
def test_a_mans_name_that_is_also_an_inanimate_noun_takes_the_animate_accusative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


def _kovalchyk_and_zaichyk() -> Termbase:
    """A man and a woman the termbase tells apart by their first names, both surnames in a consonant."""
    return _named("person", [
        ("kovalchyk", "be", "Павел Кавальчык", "preferred"), ("kovalchyk", "be", "Кавальчык", "preferred"),
        ("kovalchyk", "ru", "Павел Ковальчик", "preferred"), ("kovalchyk", "ru", "Ковальчик", "preferred"),
        ("kovalchyk", "pl", "Paweł Kowalczyk", "preferred"), ("kovalchyk", "pl", "Kowalczyk", "preferred"),
        ("zaichyk", "be", "Марына Зайчык", "preferred"), ("zaichyk", "be", "Зайчык", "preferred"),
        ("zaichyk", "ru", "Марина Зайчик", "preferred"), ("zaichyk", "ru", "Зайчик", "preferred"),
        ("zaichyk", "pl", "Maryna Zajczyk", "preferred"), ("zaichyk", "pl", "Zajczyk", "preferred"),
    ])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A man the termbase names by a first name, his surname in a consonant, right after a verb with its subject
    # before it and the thing given after him: he is the one it goes to, and his surname declines. A woman's
    # surname in a consonant stays in the same frame (she bears it undeclined), as does the subject after its verb.
    ("be", "Галоўны трэнер даверыў Кавальчык капітанскую павязку.", "Галоўны трэнер даверыў Кавальчыку капітанскую павязку."),
    ("ru", "Комитет вручил Ковальчик почётную грамоту.", "Комитет вручил Ковальчику почётную грамоту."),
    ("pl", "Komitet wręczył Kowalczyk nagrodę za sezon.", "Komitet wręczył Kowalczykowi nagrodę za sezon."),
    ("be", "Галоўны трэнер даверыў Зайчык капітанскую павязку.", None),
    ("ru", "Комитет вручил Зайчик почётную грамоту.", None),
    ("pl", "Komitet wręczył Zajczyk nagrodę za sezon.", None),
    ("ru", "Грамоту вручил Ковальчик.", None),
])
def test_a_known_mans_surname_in_a_consonant_declines_before_the_thing_given_him(lang, draft, fixed):
    assert fix(_kovalchyk_and_zaichyk(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A personal pronoun in the nominative right before the verb (past adverbs) and agreeing with it is its subject:
    # the person after the verb is its object, in the case the verb governs. A woman's surname in a consonant stays,
    # as does the subject of another clause's verb and a pronoun in an oblique case (the object put first).
    ("ru", "Он вчера похвалил Ковальчик на тренировке.", "Он вчера похвалил Ковальчика на тренировке."),
    ("be", "Ён падзякаваў Кавальчык за гульню.", "Ён падзякаваў Кавальчыку за гульню."),
    ("pl", "On podziękował Kowalczyk za grę.", "On podziękował Kowalczykowi za grę."),
    ("ru", "Он похвалил Зайчик на тренировке.", None),
    ("ru", "Он знает, как играет Ковальчик.", None),
    ("ru", "Его похвалил Ковальчик.", None),
])
def test_a_pronoun_before_the_verb_is_its_subject_and_the_name_after_it_its_object(lang, draft, fixed):
    assert fix(_kovalchyk_and_zaichyk(), draft, lang).text == (fixed or draft)


def _authors() -> Termbase:
    """Theresa May (uk, with a deprecated Russian spelling), Fiona Moss and Matskevich: people who write and sign."""
    return Termbase.from_rows([
        {"concept": "may", "lang": "en", "term": "Theresa May", "kind": "person", "note": "British prime minister; a woman"},
        {"concept": "may", "lang": "uk", "term": "Тереза Мей", "kind": "person"},
        {"concept": "may", "lang": "uk", "term": "Тереза Мэй", "status": "deprecated", "kind": "person"},
        {"concept": "moss", "lang": "en", "term": "Fiona Moss", "kind": "person", "note": "British diplomat; a woman"},
        {"concept": "moss", "lang": "ru", "term": "Фиона Мосс", "kind": "person"},
        {"concept": "matskevich", "lang": "en", "term": "Matskevich", "kind": "person", "note": "Belarusian writer; a man"},
        {"concept": "matskevich", "lang": "be", "term": "Мацкевіч", "kind": "person"},
        {"concept": "matskevich", "lang": "ru", "term": "Мацкевич", "kind": "person"},
    ])


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A right nominative, or another language's case, right after a passive participle that follows its noun (or a
    # Russian short one) is its agent: the instrumental. A participle of giving keeps its dative; a subject stays.
    ("uk", "У плані, підготовленому Тереза Мей, немає дат.", "У плані, підготовленому Терезою Мей, немає дат."),
    ("uk", "У плані, підготовленому Терезы Мэй, немає дат.", "У плані, підготовленому Терезою Мей, немає дат."),
    ("ru", "План был подготовлен Мацкевич ещё летом.", "План был подготовлен Мацкевичем ещё летом."),
    ("be", "Сцэнарый, напісаны Мацкевіч, прачыталі.", "Сцэнарый, напісаны Мацкевічам, прачыталі."),
    ("uk", "План підготувала Тереза Мей.", None),
    ("uk", "Грант, наданий Терезі Мей, покрив витрати.", None),
])
def test_the_agent_of_a_passive_participle_takes_the_instrumental(lang, draft, fixed):
    assert fix(_authors(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A passive participle used as a predicate (ru short, uk and be in the nominative) agrees with its subject and takes no
    # object: with no subject before it in its clause (an instrumental there is its predicate noun), the person after it
    # whose sex it agrees with is that subject, in the nominative; a noun before it keeps the agent's instrumental.
    ("ru", "Главным редактором назначен Мацкевич.", None),
    ("ru", "Лучшим автором года признана Фиона Мосс.", None),
    ("uk", "Найкращою авторкою року визнана Тереза Мэй.", "Найкращою авторкою року визнана Тереза Мей."),
    ("be", "Галоўным рэдактарам прызначаны Мацкевіч.", None),
    ("ru", "План был подготовлен Мацкевич ещё летом.", "План был подготовлен Мацкевичем ещё летом."),
    ("ru", "Доклад подготовлен Фиона Мосс.", "Доклад подготовлен Фионой Мосс."),
])
def test_a_subject_after_its_predicate_participle_stays_in_the_nominative(lang, draft, fixed):
    assert fix(_authors(), draft, lang).text == (fixed or draft)


def _champion() -> Termbase:
    """Solomiya Vintonyuk: a woman whose Polish draft spelling no dictionary knows, so only the termbase tells her sex."""
    return Termbase.from_rows([
        {"concept": "vintonyuk", "lang": "en", "term": "Solomiya Vintonyuk", "kind": "person", "note": "Ukrainian biathlete; a woman"},
        {"concept": "vintonyuk", "lang": "pl", "term": "Sołomija Wintoniuk", "kind": "person"},
        {"concept": "vintonyuk", "lang": "pl", "term": "Solomiya Vintonyuk", "status": "deprecated", "kind": "person"},
    ])


@pytest.mark.parametrize(("draft", "fixed"), [
    # A woman's verb before her, the thing won put first: she is its subject, by the termbase's sex where her draft names
    # tell none; a capitalised genitive (Polski) and a title's stem in another noun (mistrzostw) are no subject of it.
    ("Złoto mistrzostw Polski zdobyła Solomiya Vintonyuk.", "Złoto mistrzostw Polski zdobyła Sołomija Wintoniuk."),
    ("Puchar Ukrainy zdobyła Solomiya Vintonyuk.", "Puchar Ukrainy zdobyła Sołomija Wintoniuk."),
    ("Trenerka pochwaliła Solomiya Vintonyuk.", "Trenerka pochwaliła Sołomiję Wintoniuk."),
])
def test_a_woman_after_her_verb_is_its_subject_by_the_termbases_sex(draft, fixed):
    assert fix(_champion(), draft, "pl").text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A person in the instrumental right after a thing with no agent (план, лист, ініцыятыва) is its owner or author,
    # in the genitive: the instrumental is carried over. A participle after it makes the person its agent put first.
    ("ru", "Депутаты обсудили план Мацкевичем о реформе.", "Депутаты обсудили план Мацкевича о реформе."),
    ("ru", "Депутаты обсудили план Фионой Мосс о торговле.", "Депутаты обсудили план Фионы Мосс о торговле."),
    ("be", "Ініцыятыва Мацкевічам выклікала спрэчкі.", "Ініцыятыва Мацкевіча выклікала спрэчкі."),
    ("ru", "Письмо Мацкевичем подписано зимой.", None),
    ("ru", "Критика Мацкевичем реформы прозвучала резко.", None),
])
def test_a_person_in_the_instrumental_after_a_thing_with_no_agent_takes_the_genitive(lang, draft, fixed):
    assert fix(_authors(), draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A note calling a Polish place in -e plural makes it a plural (w Żabiniach, przed Żabiniami), not the neuter singular
    # the rules took it for (Żabiniu); its genitive is the termbase's (z Suchyń) or left unsure.
    ("W Zhabyni otwarto punkt medyczny.", "W Żabiniach otwarto punkt medyczny."),
    ("Przed Zhabyni ustawiono posterunek.", "Przed Żabiniami ustawiono posterunek."),
    ("Z Sukhyni do Równego jest daleko.", "Z Suchyń do Równego jest daleko."),
    ("Z Zhabyni wyjechali wszyscy.", None),
    # So does one of an adjective in -e and its noun (Wielkie Horodnice, Stare Kozaczyszcze): both decline as plurals, not
    # the neuter singular the rules take the noun in -e for (Kozaczyszczu); the genitive is the termbase's alone.
    ("W Velyki Horodnytsi otwarto przychodnię.", "W Wielkich Horodnicach otwarto przychodnię."),
    ("Pod Stari Kozachyshcha rozbito obóz.", "Pod Starymi Kozaczyszczami rozbito obóz."),
    ("Z Velyki Horodnytsi wyjechali wszyscy.", None),
])
def test_a_polish_place_a_note_calls_plural_declines_as_a_plural(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "zhabyni", "lang": "en", "term": "Zhabyni", "kind": "place", "note": "village in Volyn, Ukraine; plural"},
        {"concept": "zhabyni", "lang": "pl", "term": "Żabinie", "kind": "place"},
        {"concept": "zhabyni", "lang": "pl", "term": "Zhabyni", "kind": "place", "status": "deprecated"},
        {"concept": "sukhyni", "lang": "en", "term": "Sukhyni", "kind": "place",
         "note": "hamlet in Ukraine; masculine in uk, the Polish name Suchynie is plural"},
        {"concept": "sukhyni", "lang": "pl", "term": "Suchynie", "kind": "place", "forms": "gen=Suchyń"},
        {"concept": "sukhyni", "lang": "pl", "term": "Sukhyni", "kind": "place", "status": "deprecated"},
        {"concept": "horodnytsi", "lang": "en", "term": "Velyki Horodnytsi", "kind": "place", "note": "village; plural"},
        {"concept": "horodnytsi", "lang": "pl", "term": "Wielkie Horodnice", "kind": "place"},
        {"concept": "horodnytsi", "lang": "pl", "term": "Velyki Horodnytsi", "kind": "place", "status": "deprecated"},
        {"concept": "kozachyshcha", "lang": "en", "term": "Stari Kozachyshcha", "kind": "place", "note": "village; plural"},
        {"concept": "kozachyshcha", "lang": "pl", "term": "Stare Kozaczyszcze", "kind": "place"},
        {"concept": "kozachyshcha", "lang": "pl", "term": "Stari Kozachyshcha", "kind": "place", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A Polish place of a noun Morfeusz knows as a place (Wola, Ruda) and an adjective declines the noun as the noun
    # (w Woli Zadereckiej, do Rudy Różanieckiej), not as the adjective it may also read as (Wolej, Rudej).
    ("W Volya Zaderetska odnowiono cmentarz.", "W Woli Zadereckiej odnowiono cmentarz."),
    ("Do Ruda Rozhanetska dojeżdża autobus.", "Do Rudy Różanieckiej dojeżdża autobus."),
])
def test_a_polish_place_of_a_noun_and_an_adjective_declines_its_noun(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "wola", "lang": "en", "term": "Volya Zaderetska", "kind": "place", "note": "village in Ukraine"},
        {"concept": "wola", "lang": "pl", "term": "Wola Zaderecka", "kind": "place"},
        {"concept": "wola", "lang": "pl", "term": "Volya Zaderetska", "kind": "place", "status": "deprecated"},
        {"concept": "ruda", "lang": "en", "term": "Ruda Rozhanetska", "kind": "place", "note": "village in Poland"},
        {"concept": "ruda", "lang": "pl", "term": "Ruda Różaniecka", "kind": "place"},
        {"concept": "ruda", "lang": "pl", "term": "Ruda Rozhanetska", "kind": "place", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A place a note calls neuter whose Polish name ends in -a takes none of a feminine's endings (Zatyszszii): its
    # nominative is fixed, an oblique case left as drafted.
    ("Zatyshshia leży nad limanem.", "Zatyszszia leży nad limanem."),
    ("Szkoła w Zatyshshia została zamknięta.", None),
])
def test_a_polish_place_a_note_calls_neuter_gets_no_feminine_endings(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "zatyshshia", "lang": "en", "term": "Zatyshshia", "kind": "place", "note": "village in Ukraine; neuter"},
        {"concept": "zatyshshia", "lang": "pl", "term": "Zatyszszia", "kind": "place"},
        {"concept": "zatyshshia", "lang": "pl", "term": "Zatyshshia", "kind": "place", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A draft's ze stays before a fixed name usage lengthens it for (ze Władysławem: w and a consonant), its z too;
    # not before a sound it never lengthens for (ze Fastiv: z Fastowa).
    ("Rozmowa ze Vladyslavem Marchukiem trwała godzinę.", "Rozmowa ze Władysławem Marczukiem trwała godzinę."),
    ("Rozmowa z Vladyslavem Marchukiem trwała godzinę.", "Rozmowa z Władysławem Marczukiem trwała godzinę."),
    ("Pociąg ze Fastiv przyjechał.", "Pociąg z Fastowa przyjechał."),
])
def test_a_drafts_ze_stays_where_usage_writes_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "marchuk", "lang": "en", "term": "Vladyslav Marchuk", "kind": "person", "note": "Ukrainian coach, a man"},
        {"concept": "marchuk", "lang": "pl", "term": "Władysław Marczuk", "kind": "person"},
        {"concept": "marchuk", "lang": "pl", "term": "Vladyslav Marchuk", "kind": "person", "status": "deprecated"},
        {"concept": "fastiv", "lang": "en", "term": "Fastiv", "kind": "place", "note": "town in Ukraine"},
        {"concept": "fastiv", "lang": "pl", "term": "Fastów", "kind": "place", "forms": "gen=Fastowa"},
        {"concept": "fastiv", "lang": "pl", "term": "Fastiv", "kind": "place", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft", [
    # A place a note calls undeclined in Polish, and a Latvian -pils town, keep their one form (w Cesis, w Ventspils).
    "W Cesis otwarto nowe liceum.",
    "W Ventspils działa port.",
])
def test_a_polish_place_said_undeclined_stays(draft):
    termbase = Termbase.from_rows([
        {"concept": "cesis", "lang": "en", "term": "Cēsis", "kind": "place", "note": "town in Latvia; masculine in be/uk/ru, undeclined in pl"},
        {"concept": "cesis", "lang": "pl", "term": "Cesis", "kind": "place"},
        {"concept": "ventspils", "lang": "en", "term": "Ventspils", "kind": "place", "note": "port town in Latvia"},
        {"concept": "ventspils", "lang": "pl", "term": "Ventspils", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == draft


@pytest.mark.parametrize(("draft", "fixed"), [
    # A wrong spelling of the concept's surname after a first name that is not the concept's (Jan, not Bohdan) is
    # another person's, left as written; after the concept's own first name it is fixed.
    ("Sołtys wsi, Jan Jurczyszin, zwołał zebranie.", None),
    ("Bohdan Jurczyszin przemawiał na sesji.", "Bohdan Jurczyszyn przemawiał na sesji."),
])
def test_a_polish_surname_after_another_first_name_is_another_person(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "yurchyshyn", "lang": "en", "term": "Bohdan Yurchyshyn", "kind": "person", "note": "Ukrainian official, a man"},
        {"concept": "yurchyshyn", "lang": "pl", "term": "Bohdan Jurczyszyn", "kind": "person"},
        {"concept": "yurchyshyn", "lang": "pl", "term": "Jurczyszyn", "kind": "person"},
        {"concept": "yurchyshyn", "lang": "pl", "term": "Bohdan Jurczyszin", "kind": "person", "status": "deprecated"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # be: every о of the Russian noun's stem is written а, so the ending is stressed: -ой (за Чырвонай Гарой).
    ("be", "Лес за Красной Горой высеклі.", "Лес за Чырвонай Гарой высеклі."),
    # ru: a soft plural a note calls plural declines as one (в Дубенях), not as a foreign indeclinable.
    ("ru", "В Дубенях открыли школу.", "В Дубенях открыли школу."),
    ("ru", "В Дубені открыли школу.", "В Дубенях открыли школу."),
    # uk: an adjective's locative is written -ому, not the dictionary's first, older -ім.
    ("uk", "У Переяславе-Хмельницком відкрили музей.", "У Переяславі-Хмельницькому відкрили музей."),
])
def test_a_stressed_last_noun_a_plural_note_and_the_ukrainian_locative_in_omu(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "hara", "lang": "be", "term": "Чырвоная Гара", "kind": "place"},
        {"concept": "hara", "lang": "be", "term": "Красная Гора", "status": "deprecated", "kind": "place"},
        {"concept": "hara", "lang": "ru", "term": "Красная Гора", "kind": "place"},
        {"concept": "dubeni", "lang": "en", "term": "Dubeni", "kind": "place", "note": "village in Ukraine; plural"},
        {"concept": "dubeni", "lang": "ru", "term": "Дубени", "kind": "place"},
        {"concept": "dubeni", "lang": "ru", "term": "Дубені", "status": "deprecated", "kind": "place"},
        {"concept": "pereiaslav", "lang": "uk", "term": "Переяслав-Хмельницький", "kind": "place"},
        {"concept": "pereiaslav", "lang": "uk", "term": "Переяслав-Хмельницкий", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("W Joniškis otwarto fabrykę.", "W Janiszkach otwarto fabrykę."),
    ("Szkoła w Janiszki obchodzi jubileusz.", "Szkoła w Janiszkach obchodzi jubileusz."),
    ("Między Janiszki a granicą są lasy.", "Między Janiszkami a granicą są lasy."),
    ("Autobus dojechał pod Janiszki.", None),  # pod's accusative of direction is the nominative's form
    ("Rolnicy z Joniškis protestują.", None),  # the genitive (Janiszek) only the termbase can say: left
])
def test_a_polish_place_in_ki_a_note_calls_plural_declines_as_a_plural(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "joniskis", "lang": "en", "term": "Joniškis", "kind": "place", "note": "town in Lithuania; the Polish name Janiszki is plural"},
        {"concept": "joniskis", "lang": "pl", "term": "Janiszki", "kind": "place"},
        {"concept": "joniskis", "lang": "pl", "term": "Joniškis", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # na with a plural place whose nominative is its accusative: where, unless a verb or noun of going makes it where to
    ("Turyści odpoczywają na Malediwy od tygodnia.", "Turyści odpoczywają na Malediwach od tygodnia."),
    ("Na Malediwy szaleje sztorm.", "Na Malediwach szaleje sztorm."),
    ("Turyści polecieli na Malediwy.", None),
    ("Loty na Malediwy zdrożały.", None),
    ("Na Malediwy przyjechało więcej turystów.", None),
])
def test_a_polish_plural_place_after_na_is_located_unless_something_sends_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "maldives", "lang": "en", "term": "Maldives", "kind": "place", "note": "islands; plural in pl"},
        {"concept": "maldives", "lang": "pl", "term": "Malediwy", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # a court, office or parliament opening the clause is its verb's subject: the man after the verb is its object
    ("Sąd skazał Bednarz na rok.", "Sąd skazał Bednarza na rok."),
    ("Urząd wezwał Bednarz na przesłuchanie.", "Urząd wezwał Bednarza na przesłuchanie."),
    ("Dom kupił Bednarz.", None),  # a thing may be the object put first: Bednarz bought the house
    ("Sąd skazał Pietrzak na grzywnę.", None),  # a woman's surname in a consonant does not decline
])
def test_a_polish_institution_before_its_verb_is_the_subject_and_the_person_its_object(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "bednarz", "lang": "en", "term": "Rafał Bednarz", "kind": "person", "note": "Polish activist, a man"},
        {"concept": "bednarz", "lang": "pl", "term": "Rafał Bednarz", "kind": "person"},
        {"concept": "bednarz", "lang": "pl", "term": "Bednarz", "kind": "person"},
        {"concept": "pietrzak", "lang": "en", "term": "Ewa Pietrzak", "kind": "person", "note": "Polish journalist, a woman"},
        {"concept": "pietrzak", "lang": "pl", "term": "Ewa Pietrzak", "kind": "person"},
        {"concept": "pietrzak", "lang": "pl", "term": "Pietrzak", "kind": "person"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # nad, pod: a place after them is where (the instrumental), unless a verb of going sends it there
    ("Mieszkamy nad Morze Czarne od lat.", "Mieszkamy nad Morzem Czarnym od lat."),
    ("Walki toczą się pod Kijów.", "Walki toczą się pod Kijowem."),
    ("Latem pojechaliśmy nad Morze Czarne.", None),
    ("Wojska podeszły pod Kijów.", None),
])
def test_a_polish_place_after_nad_or_pod_is_located_unless_a_verb_sends_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "black_sea", "lang": "pl", "term": "Morze Czarne", "kind": "place"},
        {"concept": "kyiv", "lang": "pl", "term": "Kijów", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # profesor, historyk are titles: a lower-case surname right after one in its dictionary form is the person's
    ("Profesor kruk od lat bada dzieje Pomorza.", "Profesor Kruk od lat bada dzieje Pomorza."),
    ("Historyk kruk napisał monografię.", "Historyk Kruk napisał monografię."),
    ("Na dachu siedział czarny kruk.", None),
    ("Historyk sztuki ocenił obraz.", None),
])
def test_a_lower_case_surname_after_profesor_or_historyk_is_the_persons(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "kruk", "lang": "en", "term": "Adam Kruk", "kind": "person", "note": "Polish historian, a man"},
        {"concept": "kruk", "lang": "pl", "term": "Adam Kruk", "kind": "person"},
        {"concept": "kruk", "lang": "pl", "term": "Kruk", "kind": "person"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # A verb of an object and its predicate in the instrumental: the person between them is its object (acc), the noun
    # before the verb its subject; so after a title in the instrumental right after the verb.
    ("uk", "Колектив назвав Семенюцький своїм наставником.", "Колектив назвав Семенюцького своїм наставником."),
    ("uk", "Парламент призначив головою комітету Семенюцький.", "Парламент призначив головою комітету Семенюцького."),
    ("ru", "Совет избрал Семенюцкий своим председателем.", "Совет избрал Семенюцкого своим председателем."),
    ("ru", "Правительство назначило Семенюцкий главой таможни.", "Правительство назначило Семенюцкого главой таможни."),
    # A thing given after the person (a sentence's term) makes them its recipient, in the dative, over another
    # language's ending.
    ("ru", "Суд назначил Семенюцького условный срок.", "Суд назначил Семенюцкому условный срок."),
    ("uk", "Головою комітету став Семенюцький.", None),
])
def test_the_object_of_a_verb_with_an_instrumental_predicate(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "semeniutskyi", "lang": "uk", "term": "Семенюцький", "kind": "person"},
        {"concept": "semeniutskyi", "lang": "uk", "term": "Семенюцкий", "status": "deprecated", "kind": "person"},
        {"concept": "semeniutskyi", "lang": "ru", "term": "Семенюцкий", "kind": "person"},
        {"concept": "semeniutskyi", "lang": "ru", "term": "Семенюцький", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # A verb of carrying or sending before в/у sends the place where to (acc), over another language's locative.
    ("uk", "Цех перенесли в Ставчанах.", "Цех перенесли в Ставчани."),
    ("ru", "Груз отправят в Ставчанах.", "Груз отправят в Ставчаны."),
    # A verb of being somewhere right after в/у + the place makes it where (loc), a form that is the genitive too as well.
    ("uk", "У Ставчани працює лікарня.", "У Ставчанах працює лікарня."),
    ("uk", "У Загребелля працює пошта.", "У Загребеллі працює пошта."),
    ("ru", "Музыканты выступают в Ставчаны каждое лето.", "Музыканты выступают в Ставчанах каждое лето."),
    # A verb of motion after it keeps the accusative of where to; so does a noun of travel before в.
    ("uk", "У Ставчани приїхали волонтери.", None),
    ("uk", "Мешканці Загребелля працюють у місті.", None),
])
def test_a_verb_of_carrying_before_or_of_being_after_a_place(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "stavchany", "lang": "en", "term": "Stavchany", "kind": "place", "note": "village; plural"},
        {"concept": "stavchany", "lang": "uk", "term": "Ставчани", "kind": "place"},
        {"concept": "stavchany", "lang": "ru", "term": "Ставчаны", "kind": "place"},
        {"concept": "zahrebellia", "lang": "uk", "term": "Загребелля", "kind": "place"},
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A Ukrainian impersonal in -но/-то has no subject: a name before it (past було/буде) or right after it is its
    # object, in the case its verb governs (the accusative of a transitive verb, the dative of надати).
    ("Чому Трамп буде переобрано", "Чому Трампа буде переобрано"),
    ("Трамп обрано президентом.", "Трампа обрано президентом."),
    ("Вчора затримано Гонтар у Житомирі.", "Вчора затримано Гонтаря у Житомирі."),
    ("За це покарано Гонтар.", "За це покарано Гонтаря."),
    ("Гонтар надано слово.", "Гонтареві надано слово."),
    # kept: the object put before the impersonal makes the person after it its agent; a participle agrees with its subject
    ("Указ підписано Гонтарем.", "Указ підписано Гонтарем."),
    ("Гонтар був обраний головою.", "Гонтар був обраний головою."),
    ("Гонтар сказав, що затримано двох людей.", "Гонтар сказав, що затримано двох людей."),
])
def test_a_ukrainian_impersonals_object(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "trump", "lang": "en", "term": "Trump", "kind": "person", "note": "a man"},
        {"concept": "trump", "lang": "uk", "term": "Трамп", "kind": "person"},
        {"concept": "hontar", "lang": "en", "term": "Hontar", "kind": "person", "note": "a man"},
        {"concept": "hontar", "lang": "uk", "term": "Гонтар", "kind": "person"},
    ])
    assert fix(termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A captain is a title: the person after it, past its complement, is in apposition to it (Капітан каманды X ведае),
    # not the team's genitive, as after трэнер.
    ("be", "Капітан каманды Ковальчук ведае, што адрыў вялікі.", "Капітан каманды Кавальчук ведае, што адрыў вялікі."),
    ("be", "Капітан еўрапейскай каманды Ковальчук ведае, што адрыў вялікі.", "Капітан еўрапейскай каманды Кавальчук ведае, што адрыў вялікі."),
    ("be", "Мы размаўлялі з капітанам каманды Ковальчук.", "Мы размаўлялі з капітанам каманды Кавальчуком."),
    ("be", "Трэнер пахваліў капітана Кавальчука.", "Трэнер пахваліў капітана Кавальчука."),
])
def test_a_captain_is_a_title(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "kovalchuk", "lang": "en", "term": "Kovalchuk", "kind": "person", "note": "a man"},
        {"concept": "kovalchuk", "lang": "be", "term": "Кавальчук", "kind": "person"},
        {"concept": "kovalchuk", "lang": "be", "term": "Ковальчук", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A noun after a verb of the dative that cannot be in the accusative is the verb's own dative object, no thing
    # given: the person after it is its genitive (wierzyło zeznaniom X: X's testimony).
    ("pl", "Sąd uwierzył zeznaniom Kowalczuk.", "Sąd uwierzył zeznaniom Kowalczuka."),
    ("uk", "Суд повірив свідченням Ковальчук.", "Суд повірив свідченням Ковальчука."),
    # kept: a thing given in the accusative, then to whom (the dative)
    ("pl", "Prezydent wręczył nagrodę Kowalczukowi.", "Prezydent wręczył nagrodę Kowalczukowi."),
    ("pl", "Prezydent wręczył nagrodę Kowalczuk.", "Prezydent wręczył nagrodę Kowalczukowi."),
])
def test_a_dative_noun_after_a_dative_verb_is_no_thing_given(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "kovalchuk", "lang": "en", "term": "Kovalchuk", "kind": "person", "note": "a man"},
        {"concept": "kovalchuk", "lang": "pl", "term": "Kowalczuk", "kind": "person"},
        {"concept": "kovalchuk", "lang": "uk", "term": "Ковальчук", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A man's surname left in the nominative after his own first name in an oblique case takes the first name's case.
    ("Z Henrykiem Wierzbicki rozmawiali rolnicy.", "Z Henrykiem Wierzbickim rozmawiali rolnicy."),
    ("Henrykowi Wierzbicki wręczono odznaczenie.", "Henrykowi Wierzbickiemu wręczono odznaczenie."),
    ("O Bastianie Kroll pisały gazety.", "O Bastianie Krollu pisały gazety."),
    ("Z Petrem Chomenko spotkali się dziennikarze.", "Z Petrem Chomenką spotkali się dziennikarze."),
    # kept: a right form, the nominative subject, and a woman's surname, which does not decline
    ("Z Henrykiem Wierzbickim rozmawiali rolnicy.", None),
    ("Henryk Wierzbicki spotkał się z wojewodą.", None),
    ("Z Oksaną Hryszko rozmawiali wolontariusze.", None),
    # a woman's adjectival surname declines with her first name
    ("Bożenie Sokolska wręczono nagrodę.", "Bożenie Sokolskiej wręczono nagrodę."),
])
def test_a_polish_surname_takes_the_case_of_its_first_name(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "wierzbicki", "lang": "en", "term": "Henryk Wierzbicki", "kind": "person", "note": "Polish councillor, a man"},
        {"concept": "wierzbicki", "lang": "pl", "term": "Henryk Wierzbicki", "kind": "person"},
        {"concept": "wierzbicki", "lang": "pl", "term": "Wierzbicki", "kind": "person"},
        {"concept": "kroll", "lang": "en", "term": "Bastian Kroll", "kind": "person", "note": "German reporter, a man"},
        {"concept": "kroll", "lang": "pl", "term": "Bastian Kroll", "kind": "person"},
        {"concept": "kroll", "lang": "pl", "term": "Kroll", "kind": "person"},
        {"concept": "khomenko", "lang": "en", "term": "Petro Khomenko", "kind": "person", "note": "Ukrainian officer, a man"},
        {"concept": "khomenko", "lang": "pl", "term": "Petro Chomenko", "kind": "person"},
        {"concept": "khomenko", "lang": "pl", "term": "Chomenko", "kind": "person"},
        {"concept": "hryshko", "lang": "en", "term": "Oksana Hryshko", "kind": "person", "note": "Ukrainian volunteer, a woman"},
        {"concept": "hryshko", "lang": "pl", "term": "Oksana Hryszko", "kind": "person"},
        {"concept": "hryshko", "lang": "pl", "term": "Hryszko", "kind": "person"},
        {"concept": "sokolska", "lang": "en", "term": "Bożena Sokolska", "kind": "person", "note": "Polish official, a woman"},
        {"concept": "sokolska", "lang": "pl", "term": "Bożena Sokolska", "kind": "person"},
        {"concept": "sokolska", "lang": "pl", "term": "Sokolska", "kind": "person"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A woman's surname in -o or a consonant does not decline: a man's ending in the draft goes.
    ("Media zarzucały Oksanie Hryszce brak przejrzystości.", "Media zarzucały Oksanie Hryszko brak przejrzystości."),
    ("Z Helen Hammondem spotkał się minister.", "Z Helen Hammond spotkał się minister."),
    ("Burmistrz podziękował Hryszce za pomoc.", "Burmistrz podziękował Hryszko za pomoc."),
    # kept: her right form, and a man of her surname, named by his own first name
    ("Media zarzucały Oksanie Hryszko brak przejrzystości.", None),
    ("Dyrektor podziękował Piotrowi Hryszce za pracę.", None),
    ("Sąd przyznał odszkodowanie Andrzejowi Hammondowi.", None),
])
def test_a_womans_surname_written_with_a_mans_ending_loses_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "hryshko", "lang": "en", "term": "Oksana Hryshko", "kind": "person", "note": "Ukrainian volunteer, a woman"},
        {"concept": "hryshko", "lang": "pl", "term": "Oksana Hryszko", "kind": "person"},
        {"concept": "hryshko", "lang": "pl", "term": "Hryszko", "kind": "person"},
        {"concept": "hammond", "lang": "en", "term": "Helen Hammond", "kind": "person", "note": "British official, a woman"},
        {"concept": "hammond", "lang": "pl", "term": "Helen Hammond", "kind": "person"},
        {"concept": "hammond", "lang": "pl", "term": "Hammond", "kind": "person"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # A border crossing, an estate or a power station named after a place: the name stays in the nominative.
    ("Przejście graniczne Krakovets zamknięto na noc.", "Przejście graniczne Krakowiec zamknięto na noc."),
    ("Na przejściu granicznym Krakovets stoją autokary.", "Na przejściu granicznym Krakowiec stoją autokary."),
    ("W majątku Sedniv odnowiono park.", "W majątku Sedniów odnowiono park."),
    ("W Elektrowni Ladyzhyn wyłączono dwa bloki.", "W Elektrowni Ładyżyn wyłączono dwa bloki."),
    # kept: the place itself after a preposition, or as a genitive
    ("Elektrownia w Ładyżynie stanęła.", None),
    ("Mieszkańcy Ładyżyna pracują w elektrowni.", None),
])
def test_a_place_names_its_border_crossing_estate_or_power_station_in_apposition(draft, fixed):
    termbase = _polish_places(("Krakowiec", "Krakovets"), ("Sedniów", "Sedniv"), ("Ładyżyn", "Ladyzhyn"))
    assert fix(termbase, draft, "pl").text == (fixed or draft)


def _polish_places(*preferred_and_deprecated: tuple[str, str]) -> Termbase:
    """A termbase of Polish places, each a preferred name and its deprecated spelling."""
    return Termbase.from_rows([{"concept": preferred, "lang": "pl", "term": term, "kind": "place", "status": status}
                               for preferred, deprecated in preferred_and_deprecated
                               for term, status in ((preferred, "preferred"), (deprecated, "deprecated"))])


@pytest.mark.parametrize(("draft", "fixed"), [
    # An island, a peninsula, a cape, a spa or a resort: the name after its kind word stays in the nominative,
    # whatever that word's case (na wyspie Wolin, w uzdrowisku Ciechocinek), not the place's genitive or locative.
    ("Na wyspie Sakhalin spadł śnieg.", "Na wyspie Sachalin spadł śnieg."),
    ("Statek płynął w stronę wyspy Shpytsbergen.", "Statek płynął w stronę wyspy Szpicbergen."),
    ("Wojsko ćwiczyło na półwyspie Chukotka.", "Wojsko ćwiczyło na półwyspie Czukotka."),
    ("Latarnię na przylądku Khersones odnowiono.", "Latarnię na przylądku Chersones odnowiono."),
    ("W uzdrowisku Myrhorod leczą stawy.", "W uzdrowisku Myrhorod leczą stawy."),
    ("Kurort Skhidnytsia otworzył sezon.", "Kurort Schidnica otworzył sezon."),
    # kept: the place itself after a preposition
    ("Na Sachalinie spadł śnieg.", None),
    ("Wojsko ćwiczyło na Czukotce.", None),
])
def test_a_place_after_the_word_for_an_island_cape_or_resort_keeps_its_nominative(draft, fixed):
    termbase = _polish_places(("Sachalin", "Sakhalin"), ("Szpicbergen", "Shpytsbergen"), ("Czukotka", "Chukotka"),
                              ("Chersones", "Khersones"), ("Schidnica", "Skhidnytsia"))
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("draft", "fixed"), [
    # The noun bliscy (relatives and friends) takes the person in the genitive, as rodzina does, after "and" too.
    ("Współczujemy rodzinie i bliskim Taras Semeniuk.", "Współczujemy rodzinie i bliskim Tarasa Semeniuka."),
    # A person between a verb and the plan, report or project put to them is its recipient, in the dative.
    ("Wojewoda przedstawił Semeniuk plan budowy obwodnicy.", "Wojewoda przedstawił Semeniukowi plan budowy obwodnicy."),
    ("Burmistrz przedstawił Semeniuk projekt mostu.", "Burmistrz przedstawił Semeniukowi projekt mostu."),
    # kept: the plan's own genitive, and the person presented
    ("Wojewoda przedstawił plan Tarasa Semeniuka radnym.", None),
    ("Premier przedstawił Tarasa Semeniuka jako nowego wiceministra.", None),
])
def test_polish_relatives_take_the_genitive_and_a_plan_put_to_someone_the_dative(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "semeniuk", "lang": "en", "term": "Taras Semeniuk", "kind": "person", "note": "Ukrainian mayor, a man"},
        {"concept": "semeniuk", "lang": "pl", "term": "Taras Semeniuk", "kind": "person"},
        {"concept": "semeniuk", "lang": "pl", "term": "Semeniuk", "kind": "person"},
    ])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A person's first name listed alone (Aleksandr, Александр), fuzzy or wrong, before a surname the termbase does
    # not hold is another person's first name: left as written.
    ("pl", "Na stanowisku zastąpił go Ołeksandr Hnatiuk z Tarnopola.", None),
    ("pl", "Rada nagrodziła Aleksandra Hnatiuka za odbudowę szkoły.", None),
    ("pl", "Zastępcą mera mianowano Ołeksandra Hnatiuka.", None),
    # the person's own full name is still fixed
    ("pl", "Film wyreżyserował Aleksandr Dovzhenko w 1930 roku.", "Film wyreżyserował Ołeksandr Dowżenko w 1930 roku."),
])
def test_a_first_name_listed_alone_before_another_surname_is_another_persons(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "dovzhenko", "lang": "en", "term": "Oleksandr Dovzhenko", "kind": "person", "note": "Ukrainian film director, a man"},
        {"concept": "dovzhenko", "lang": "uk", "term": "Олександр Довженко", "kind": "person"},
        {"concept": "dovzhenko", "lang": "uk", "term": "Александр", "kind": "person", "status": "deprecated"},
        {"concept": "dovzhenko", "lang": "ru", "term": "Александр Довженко", "kind": "person"},
        {"concept": "dovzhenko", "lang": "pl", "term": "Ołeksandr Dowżenko", "kind": "person"},
        {"concept": "dovzhenko", "lang": "pl", "term": "Dowżenko", "kind": "person"},
        {"concept": "dovzhenko", "lang": "pl", "term": "Aleksandr", "kind": "person", "status": "deprecated"},
        {"concept": "dovzhenko", "lang": "pl", "term": "Aleksandr Dovzhenko", "kind": "person", "status": "deprecated"},
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # "Between" takes two objects: a place's nominative (its accusative too) joined by "and" to a place in the
    # instrumental after it takes that case, whatever verb follows it (the verb's subject is elsewhere).
    ("be", "Паміж Радунню і Сноў курсуе аўтобус.", "Паміж Радунню і Сновам курсуе аўтобус."),
    ("be", "Дарогу паміж Сновам і Ружаны адрамантуюць.", "Дарогу паміж Сновам і Ружанамі адрамантуюць."),
    ("ru", "Между Радунью и Снов ходит автобус.", "Между Радунью и Сновом ходит автобус."),
    ("be", "Паміж Радунню і Сновам курсуе аўтобус.", "Паміж Радунню і Сновам курсуе аўтобус."),
    ("be", "Ружаны і Сноў злучае дарога.", "Ружаны і Сноў злучае дарога."),
])
def test_a_place_joined_to_a_place_after_between_shares_its_case(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "radun", "lang": "en", "term": "Radun", "kind": "place", "note": "town in Belarus; feminine"},
        {"concept": "radun", "lang": "be", "term": "Радунь", "kind": "place"},
        {"concept": "radun", "lang": "ru", "term": "Радунь", "kind": "place"},
        {"concept": "snou", "lang": "be", "term": "Сноў", "kind": "place"},
        {"concept": "snou", "lang": "ru", "term": "Снов", "kind": "place"},
        {"concept": "ruzhany", "lang": "be", "term": "Ружаны", "kind": "place"},
    ])
    assert fix(termbase, draft, lang).text == fixed


# A Belarusian official the termbase calls a man, for the tests below.
_LAHUNOVICH = [
    {"concept": "lahunovich", "lang": "en", "term": "Aliaksei Lahunovich", "kind": "person", "note": "Belarusian official, a man"},
    {"concept": "lahunovich", "lang": "be", "term": "Аляксей Лагуновіч", "kind": "person"},
    {"concept": "lahunovich", "lang": "be", "term": "Лагуновіч", "kind": "person"},
]


@pytest.mark.parametrize("draft, fixed", [
    # An estate, a manor farm, a tract: the place after one is its name, in apposition, in the nominative; a person
    # after one is its owner, in the genitive.
    ("Турысты наведалі сядзібу Залесье.", "Турысты наведалі сядзібу Залессе."),
    ("Палац у маёнтку Жемыславль адрамантуюць.", "Палац у маёнтку Жамыслаўль адрамантуюць."),
    ("Да ўрочышча Залесье вядзе дарога.", "Да ўрочышча Залессе вядзе дарога."),
    ("Турысты наведалі сядзібу Лагуновіча.", "Турысты наведалі сядзібу Лагуновіча."),
])
def test_a_belarusian_place_after_an_estate_is_its_name(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "zalesse", "lang": "be", "term": "Залессе", "kind": "place"},
        {"concept": "zalesse", "lang": "be", "term": "Залесье", "status": "deprecated", "kind": "place"},
        {"concept": "zhamyslaul", "lang": "be", "term": "Жамыслаўль", "kind": "place"},
        {"concept": "zhamyslaul", "lang": "be", "term": "Жемыславль", "status": "deprecated", "kind": "place"},
        *_LAHUNOVICH,
    ])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A title in its dictionary form heads the clause: it is the verb's subject, and the man after the verb its object,
    # in the case the verb governs (no Belarusian dictionary here tells the title's part of speech).
    ("Губернатар даручыў Дзешка праверыць школы.", "Губернатар даручыў Дзешку праверыць школы."),
    ("Міністр аховы здароўя падзякаваў Аляксей Лагуновіч за працу.", "Міністр аховы здароўя падзякаваў Аляксею Лагуновічу за працу."),
    ("Рэктар універсітэта ўзнагародзіў Лагуновіч граматай.", "Рэктар універсітэта ўзнагародзіў Лагуновіча граматай."),
    # A title in an oblique case may be the object put first (or a predicate), and the man the subject: kept.
    ("Міністру падзякаваў Аляксей Лагуновіч.", None),
    ("Губернатара павіншаваў Сцяпан Дзешка.", None),
    ("Старшынёй камісіі стаў Аляксей Лагуновіч.", None),
])
def test_a_belarusian_title_before_the_verb_is_its_subject(draft, fixed):
    termbase = Termbase.from_rows([
        *_LAHUNOVICH,
        {"concept": "dzeshka", "lang": "en", "term": "Stsiapan Dzeshka", "kind": "person", "note": "Belarusian official, a man"},
        {"concept": "dzeshka", "lang": "be", "term": "Сцяпан Дзешка", "kind": "person"},
        {"concept": "dzeshka", "lang": "be", "term": "Дзешка", "kind": "person"},
    ])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian woman's first name no dictionary spells so (Вольга, Таццяна; ru Ольга, Татьяна) tells her sex: the
    # surname in a consonant after it is hers, the subject of her verb after a title or noun, not that noun's genitive.
    ("Віцэ-рэктар Вольга Кавалюк наведала Брэст.", None),
    ("Прафесар Таццяна Сянчук прачытала лекцыю.", None),
    ("Урач Вольга Кавалюк агледзела дзяцей.", None),
    ("Віцэ-рэктар Ольга Ковалюк наведала Брэст.", "Віцэ-рэктар Вольга Кавалюк наведала Брэст."),
    # (her name after a noun with a reflexive verb whose subject the noun is stays its genitive)
    ("Выстаўка работ Ольга Ковалюк адкрылася ў Брэсце.", "Выстаўка работ Вольгі Кавалюк адкрылася ў Брэсце."),
])
def test_a_belarusian_womans_first_name_makes_her_the_subject(draft, fixed):
    termbase = _named("person", [
        ("kavaliuk", "en", "Volha Kavaliuk", "preferred", "vice-rector; a woman; the surname does not decline"),
        ("kavaliuk", "be", "Вольга Кавалюк", "preferred"), ("kavaliuk", "be", "Кавалюк", "preferred"),
        ("kavaliuk", "be", "Ольга Ковалюк", "deprecated"), ("kavaliuk", "be", "Ковалюк", "deprecated"),
        ("sianchuk", "en", "Tatsiana Sianchuk", "preferred", "professor; a woman; the surname does not decline"),
        ("sianchuk", "be", "Таццяна Сянчук", "preferred"), ("sianchuk", "be", "Сянчук", "preferred"),
    ])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # A town in a postal address in the other script keeps the address's spelling, as a link's name does.
    ("ru", "Адрес: ul. Piłsudskiego 4, Kraśnik, вход со двора.", None),
    ("uk", "Листи надсилайте на адресу: 23-400 Kraśnik, ul. Lubelska 15.", None),
    ("be", "Адрас: ul. Lubelska 3, Kraśnik, тэлефон на сайце.", None),
    # A name alone in the other script, a number beside it or not, is MT's and is fixed.
    ("ru", "Ярмарка пройдёт в Kraśnik 12 мая.", "Ярмарка пройдёт в Краснике 12 мая."),
    ("uk", "До Kraśnik 40 кілометрів.", "До Красника 40 кілометрів."),
])
def test_a_name_in_an_address_in_another_script_stays(lang, draft, fixed):
    termbase = _named("place", [
        ("krasnik", "pl", "Kraśnik", "preferred"),
        ("krasnik", "ru", "Красник", "preferred"), ("krasnik", "ru", "Kraśnik", "deprecated"),
        ("krasnik", "uk", "Красник", "preferred"), ("krasnik", "uk", "Kraśnik", "deprecated"),
        ("krasnik", "be", "Краснік", "preferred"), ("krasnik", "be", "Kraśnik", "deprecated"),
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # The lower-case form of a place declined as an adjective, right before a word it agrees with, is the ordinary
    # adjective (bulrush matting, a wicker basket), though the dictionary lists the place and not the adjective.
    ("uk", "Бабуся сплела рогізне плетиво для кошика.", None),
    ("uk", "Килимок з рогізного волокна служить роками.", None),
    ("ru", "Дед купил лозовую корзину на рынке.", None),
    ("ru", "На веранде стоит лозовое кресло.", None),
    # Before no word it agrees with, it is the place, and gets its capital back.
    ("uk", "Мешканці рогізного скаржаться на дороги.", "Мешканці Рогізного скаржаться на дороги."),
    ("ru", "Жители лозовой вышли на субботник.", "Жители Лозовой вышли на субботник."),
])
def test_an_adjectival_places_lower_case_form_before_its_noun_is_the_adjective(lang, draft, fixed):
    termbase = _named("place", [
        ("rohizne", "uk", "Рогізне", "preferred"), ("rohizne", "ru", "Рогизное", "preferred"),
        ("lozova", "uk", "Лозова", "preferred"), ("lozova", "ru", "Лозовая", "preferred"),
        ("lozove", "ru", "Лозовое", "preferred"),
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A man's first name in the stressed -о that Ukrainian declines (Пятро, Дзмітро: Петро, Дмитро) declines in Belarusian
    # too, with its surname: Пятра Кушніра, з Дзмітром Кушнірам; a foreign -о (Бруно) does not.
    ("Словы Петра Кушнира працытавалі газеты.", "Словы Пятра Кушніра працытавалі газеты."),
    ("Мы гутарылі з Дзмітро Гнацюк увечары.", "Мы гутарылі з Дзмітром Гнацюком увечары."),
    ("Мы гутарылі з Дзмітром Гнацюком увечары.", None),
    ("Канцэрт Бруно Ламберці адмянілі.", None),
])
def test_a_belarusian_mans_first_name_in_stressed_o_declines(draft, fixed):
    termbase = _named("person", [
        ("kushnir", "be", "Пятро Кушнір", "preferred"), ("kushnir", "be", "Петро Кушнир", "deprecated"),
        ("hnatsiuk", "be", "Дзмітро Гнацюк", "preferred"),
        ("lamberti", "be", "Бруно Ламберці", "preferred"),
    ])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian plural adjective before a plural noun declines as a plural (Залатыя Палі: у Залатых Палях, Залатымі
    # Палямі); its genitive (Палёў?) goes by the stress, which is not written: left as drafted.
    ("Свята ў Золотых Полях сабрала тысячы людзей.", "Свята ў Залатых Палях сабрала тысячы людзей."),
    ("Над Золотыми Полями кружылі буслы.", "Над Залатымі Палямі кружылі буслы."),
    ("Свята ў Залатых Палях сабрала тысячы людзей.", None),
    ("Дарога з Золотых Полей была закрытая.", None),
])
def test_a_belarusian_plural_adjective_declines_with_its_plural_noun(draft, fixed):
    termbase = _named("place", [
        ("zalatyja_pali", "be", "Залатыя Палі", "preferred"), ("zalatyja_pali", "be", "Золотые Поля", "deprecated"),
    ])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A word opening its sentence has its capital from the sentence: where it is an oblique form of a name alone and the
    # verb after it agrees with it read as an ordinary noun, it is that noun (the medics, no genitive of Медика).
    ("Медики добрались до границы за три часа.", None),
    ("Раненых много. Медики работают без отдыха.", None),
    ("«Медики спасли десятки жизней», — сказал глава района.", None),
    # the name after a governing word, or with no verb agreeing after it, is still the name
    ("Жители Медика вернулись домой.", "Жители Медыки вернулись домой."),
    ("Медики приехали в Медика на рассвете.", "Медики приехали в Медыку на рассвете."),
])
def test_an_ordinary_noun_opening_a_sentence_is_no_oblique_name(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "medyka", "lang": "en", "term": "Medyka", "kind": "place", "note": "village in Poland; feminine"},
        {"concept": "medyka", "lang": "ru", "term": "Медыка", "kind": "place"},
        {"concept": "medyka", "lang": "ru", "term": "Медика", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, "ru").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A Russian place in -ье no dictionary knows, whose Ukrainian or Belarusian name is a collective neuter (Заполье:
    # Запілля, Запалле), declines as Полесье does; a foreign one in -ье (Пуатье: Пуатьє) stays undeclined.
    ("Жители Запілля собрали деньги на школу.", "Жители Заполья собрали деньги на школу."),
    ("Дорога к Заполье размыта дождями.", "Дорога к Заполью размыта дождями."),
    ("Поход по Заполье закончился у реки.", "Поход по Заполью закончился у реки."),
    ("Над Запілля кружили аисты.", "Над Запольем кружили аисты."),
    ("Жители Заполья собрали деньги на школу.", None),
    ("Экологи работают в Заполье уже пять лет.", None),
    ("Гости из Пуатьє приехали на фестиваль.", "Гости из Пуатье приехали на фестиваль."),
    ("Студенты из Пуатье учатся в Минске.", None),
])
def test_a_russian_collective_neuter_in_ye_declines(draft, fixed):
    termbase = _named("place", [
        ("zapole", "ru", "Заполье", "preferred"), ("zapole", "ru", "Запілля", "deprecated"),
        ("zapole", "uk", "Запілля", "preferred"), ("zapole", "be", "Запалле", "preferred"),
        ("poitiers", "ru", "Пуатье", "preferred"), ("poitiers", "ru", "Пуатьє", "deprecated"),
        ("poitiers", "uk", "Пуатьє", "preferred"), ("poitiers", "be", "Пуацье", "preferred"),
    ])
    assert fix(termbase, draft, "ru").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # заниматься/займатися (to deal with someone) takes the instrumental; благодарный, вдячний, признательный (grateful)
    # and предоставить, надати (to give) the dative.
    ("uk", "Слідчі займалися Дорош два роки.", "Слідчі займалися Дорошем два роки."),
    ("ru", "Следователи занимались Дарош два года.", "Следователи занимались Дорошем два года."),
    ("ru", "Врачи благодарны Вишневська за помощь.", "Врачи благодарны Вишневской за помощь."),
    ("ru", "Университет предоставил Вишневська отпуск.", "Университет предоставил Вишневской отпуск."),
    ("uk", "Університет надасть Вишневская житло.", "Університет надасть Вишневській житло."),
    ("ru", "Вишневская благодарна коллегам за поддержку.", None),
    ("uk", "Дорош займався наукою все життя.", None),
])
def test_verbs_and_adjectives_of_the_instrumental_and_dative(lang, draft, fixed):
    termbase = _named("person", [
        ("dorosh", "uk", "Дорош", "preferred"), ("dorosh", "ru", "Дорош", "preferred"), ("dorosh", "ru", "Дарош", "deprecated"),
        ("vyshnevska", "uk", "Вишневська", "preferred"), ("vyshnevska", "uk", "Вишневская", "deprecated"),
        ("vyshnevska", "ru", "Вишневская", "preferred"), ("vyshnevska", "ru", "Вишневська", "deprecated"),
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # на with a verb of arriving, returning or climbing names where to, in the accusative (піднялися на Говерлу, прилетели
    # на Говерлу), before the place or after it; with a verb of being or living there, where, in the locative.
    ("uk", "Туристи піднялися на Гаверла попри туман.", "Туристи піднялися на Говерлу попри туман."),
    ("uk", "Лелеки прилетіли на Гаверла раніше.", "Лелеки прилетіли на Говерлу раніше."),
    ("uk", "На Гаверла прилетіло багато журавлів.", "На Говерлу прилетіло багато журавлів."),
    ("uk", "Пастухи живуть на Гаверла все літо.", "Пастухи живуть на Говерлі все літо."),
    ("ru", "Туристы поднялись на Гаверла несмотря на туман.", "Туристы поднялись на Говерлу несмотря на туман."),
    ("ru", "Биологи вернулись на Гаверла после зимы.", "Биологи вернулись на Говерлу после зимы."),
    ("ru", "Спасатели дежурят на Гаверла третьи сутки.", "Спасатели дежурят на Говерле третьи сутки."),
    ("uk", "Туристи піднялися на Говерлу попри туман.", None),
    ("ru", "Спасатели дежурят на Говерле третьи сутки.", None),
])
def test_na_with_a_verb_of_arriving_or_of_being(lang, draft, fixed):
    termbase = _named("place", [
        ("hoverla", "uk", "Говерла", "preferred"), ("hoverla", "uk", "Гаверла", "deprecated"),
        ("hoverla", "ru", "Говерла", "preferred"), ("hoverla", "ru", "Гаверла", "deprecated"),
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # синоптик (a weather forecaster) is a title: the name after it is in apposition, not its genitive.
    ("Синоптик Дьяченко пообіцяв спеку.", "Синоптик Дяченко пообіцяв спеку."),
    ("Синоптик Дяченко пообіцяв спеку.", None),
    ("Прогноз синоптика Дяченка справдився.", None),
])
def test_a_forecaster_is_a_title(draft, fixed):
    termbase = _named("person", [("diachenko", "uk", "Дяченко", "preferred"), ("diachenko", "uk", "Дьяченко", "deprecated")])
    assert fix(termbase, draft, "uk").text == (fixed or draft)
@pytest.mark.parametrize("lang, draft, fixed", [
    # A title in its nominative that the dictionary does not read as a man's noun (a woman's, which Morfeusz files
    # with every feminine noun; спринтерша, which pymorphy lacks; any Belarusian one) is told by its ending: the
    # lower-case word after it, in the nominative too, is the person in apposition; in another case it is the bird.
    ("pl", "Sprinterka wróbel wygrała bieg na sto metrów.", "Sprinterka Wróbel wygrała bieg na sto metrów."),
    ("pl", "Sprinterka wróbla na trybunie nie zauważyła.", "Sprinterka wróbla na trybunie nie zauważyła."),
    ("ru", "Спринтерша чиж выиграла забег.", "Спринтерша Чиж выиграла забег."),
    ("ru", "Спринтерша чижа на трибуне не заметила.", "Спринтерша чижа на трибуне не заметила."),
    ("be", "Спрынтарка чыж выйграла забег.", "Спрынтарка Чыж выйграла забег."),
    ("be", "Гісторык чыжа ў садзе не заўважыў.", "Гісторык чыжа ў садзе не заўважыў."),
    ("uk", "Речник чиж відповів журналістам.", "Речник Чиж відповів журналістам."),
])
def test_a_lower_case_surname_in_the_nominative_after_a_title_told_by_its_ending_is_the_person(lang, draft, fixed):
    termbase = _named("person", [("chyzh", "pl", "Wróbel", "preferred"), ("chyzh", "ru", "Чиж", "preferred"),
                                 ("chyzh", "be", "Чыж", "preferred"), ("chyzh", "uk", "Чиж", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A place of two ordinary words in the genitive right after its residents is the place; one word is not (жители
    # мира: the world's), nor the phrase after a preposition (вода з білої криниці: a white well).
    ("uk", "Мешканці білої криниці перекрили трасу.", "Мешканці Білої Криниці перекрили трасу."),
    ("uk", "Мешканці пили воду з білої криниці.", "Мешканці пили воду з білої криниці."),
    ("ru", "Жителей белой криницы эвакуировали.", "Жителей Белой Криницы эвакуировали."),
    ("ru", "Жители мира надеются на перемены.", "Жители мира надеются на перемены."),
    ("pl", "Mieszkańcy białej krynicy zablokowali drogę.", "Mieszkańcy Białej Krynicy zablokowali drogę."),
    ("be", "Жыхары белай крыніцы перакрылі трасу.", "Жыхары Белай Крыніцы перакрылі трасу."),
])
def test_a_lower_case_place_of_two_words_after_its_residents_is_the_place(lang, draft, fixed):
    termbase = _named("place", [("krynytsia", "uk", "Біла Криниця", "preferred"), ("krynytsia", "ru", "Белая Криница", "preferred"),
                                ("krynytsia", "pl", "Biała Krynica", "preferred"),
                                ("krynytsia", "be", "Белая Крыніца", "preferred", "", "gen=Белай Крыніцы; dat=Белай Крыніцы; ins=Белай Крыніцай; loc=Белай Крыніцы"),
                                ("mir", "ru", "Мир", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A Polish gmina and a Belarusian agrotown are kinds of place too: a lower-case name right after one is the place,
    # in apposition (the word alone, elsewhere, stays an ordinary word: a white well).
    ("be", "Войт гміны белая крыніца сустрэўся з актывістамі.", "Войт гміны Белая Крыніца сустрэўся з актывістамі."),
    ("ru", "Журналисты съездили в агрогородок белая криница.", "Журналисты съездили в агрогородок Белая Криница."),
    ("ru", "Агрогородок стоит у белой криницы.", "Агрогородок стоит у белой криницы."),
])
def test_a_lower_case_place_after_a_gmina_or_an_agrotown_is_the_place(lang, draft, fixed):
    termbase = _named("place", [("krynytsia", "ru", "Белая Криница", "preferred"), ("krynytsia", "be", "Белая Крыніца", "preferred")])
    assert fix(termbase, draft, lang).text == fixed
@pytest.mark.parametrize("lang, draft, fixed", [
    # Staying, being held, spending time somewhere, an event taking place: the place after в/у is where, also where its
    # nominative is its accusative (no motion sends anything there).
    ("ru", "Фура застряла в Каунас на сутки.", "Фура застряла в Каунасе на сутки."),
    ("ru", "Поэт провёл в Каунас всё лето.", "Поэт провёл в Каунасе всё лето."),
    ("ru", "Фестиваль прошёл в Каунас при полных залах.", "Фестиваль прошёл в Каунасе при полных залах."),
    ("uk", "Поліція затримала в Бердичів двох чоловіків.", "Поліція затримала в Бердичеві двох чоловіків."),
    ("uk", "Біженці розмістилися в Бердичів у школі.", "Біженці розмістилися в Бердичеві у школі."),
    ("be", "Сям'я адпачывала ў Слонім улетку.", "Сям'я адпачывала ў Слоніме улетку."),
    ("be", "Экіпаж застаўся ў Слонім да раніцы.", "Экіпаж застаўся ў Слоніме да раніцы."),
    # a verb of motion still sends it where to
    ("ru", "Поэт поехал в Каунас на всё лето.", "Поэт поехал в Каунас на всё лето."),
    ("be", "Сям'я паехала ў Слонім улетку.", "Сям'я паехала ў Слонім улетку."),
])
def test_a_verb_of_staying_or_taking_place_before_v_puts_a_place_in_the_locative(lang, draft, fixed):
    termbase = _named("place", [("kaunas", "ru", "Каунас", "preferred"), ("berdychiv", "uk", "Бердичів", "preferred"),
                                ("slonim", "be", "Слонім", "preferred")])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # Belarusian has no dictionary to tell a noun for a person: its title table does. A medallist, a battalion commander,
    # a shaman, a physicist, a historian, a bashkan, a chief in an oblique case give the name beside them their case.
    ("Губернатар уручыў грамату прызёру Гиркин.", "Губернатар уручыў грамату прызёру Гіркіну."),
    ("Суд над шаманам Гиркин перанеслі.", "Суд над шаманам Гіркіным перанеслі."),
    ("Студэнты спрачаліся з фізікам Гиркин.", "Студэнты спрачаліся з фізікам Гіркіным."),
    ("Дэпутаты сустрэліся з башканам Гиркин.", "Дэпутаты сустрэліся з башканам Гіркіным."),
    ("Размова з начальнікам Гиркин доўжылася гадзіну.", "Размова з начальнікам Гіркіным доўжылася гадзіну."),
    # in its dictionary form the title is the subject, and so is the name beside it
    ("Шаман Гіркін выступіў на плошчы.", None),
    ("Гісторык Гіркін напісаў кнігу.", None),
])
def test_a_belarusian_title_of_a_medallist_shaman_physicist_or_chief_gives_its_case_to_the_name(draft, fixed):
    termbase = _named("person", [("girkin", "be", "Гіркін", "preferred"), ("girkin", "be", "Гиркин", "deprecated")])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # Staying or spending time somewhere puts a place after на in the locative as well (на Мальдивах), also a form that
    # is its genitive too (Закарпаття: no place is in the genitive after в/у/на); going there leaves it where to.
    ("ru", "Прошлой зимой они отдыхали на Мальдивы.", "Прошлой зимой они отдыхали на Мальдивах."),
    ("be", "Яхта затрымалася на Мальдывы праз шторм.", "Яхта затрымалася на Мальдывах праз шторм."),
    ("uk", "Біженці залишилися на Закарпаття до весни.", "Біженці залишилися на Закарпатті до весни."),
    ("uk", "Родина відпочивала в Закарпаття влітку.", "Родина відпочивала в Закарпатті влітку."),
    ("ru", "Прошлой зимой они полетели на Мальдивы.", None),
    ("uk", "Біженці поїхали на Закарпаття навесні.", None),
])
def test_a_verb_of_staying_before_na_puts_a_place_in_the_locative_also_one_whose_form_is_a_genitive(lang, draft, fixed):
    termbase = _named("place", [("maldives", "ru", "Мальдивы", "preferred"), ("maldives", "be", "Мальдывы", "preferred"),
                                ("zakarpattia", "uk", "Закарпаття", "preferred")])
    assert fix(termbase, draft, lang).text == (fixed or draft)
@pytest.mark.parametrize(("draft", "fixed"), [
    # A woman's Polish -ina/-yna surname standing for a Russian possessive one (Лисицына, Голицына) declines as a noun
    # (Lisicyny) or as an adjective, as her -owa does (Lisicynej, Golicynej): a draft's adjectival form is right and stays;
    # a wrong spelling takes the noun's form.
    ("Artykuł Lisicynej przeczytało kilka tysięcy osób.", None),
    ("Koledzy bronią Wiery Golicynej przed oskarżeniami.", None),
    ("Artykuł Lisicyny przeczytało kilka tysięcy osób.", None),
    ("Sąd wydał wyrok w sprawie Lisitsyny.", "Sąd wydał wyrok w sprawie Lisicyny."),
    ("Wywiad z Mukhina ukazał się w sobotę.", "Wywiad z Muchiną ukazał się w sobotę."),
])
def test_a_womans_polish_surname_in_ina_may_decline_as_an_adjective(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A subject noun before the verb makes the name after it the object: the Ukrainian dictionary leaves the case off the
    # dictionary form of a noun it lists both animate and inanimate (директор, редактор), which is still its nominative;
    # допоміг is допомогти's past; вважати, считать take their object with a predicate in the instrumental; a relative
    # pronoun opening the clause is the subject where the infinitive after the name makes it the object.
    ("uk", "Директор доручив Остап Вдовиченко перевірити кошторис.", "Директор доручив Остапові Вдовиченкові перевірити кошторис."),
    ("uk", "Інженер допоміг Соломія Ковтунович полагодити генератор.", "Інженер допоміг Соломії Ковтунович полагодити генератор."),
    ("uk", "Тренер вважав Гліб Рощупкін своїм наступником.", "Тренер вважав Гліба Рощупкіна своїм наступником."),
    ("ru", "Начальник цеха считает Глеб Рощупкин лучшим мастером.", "Начальник цеха считает Глеба Рощупкина лучшим мастером."),
    ("ru", "Врач, который посоветовал Глеб Рощупкин отдохнуть, уволился.", "Врач, который посоветовал Глебу Рощупкину отдохнуть, уволился."),
    ("uk", "Найкращим інженером вважається Остап Вдовиченко.", None),
    ("uk", "Лист надіслав Гліб Рощупкін учора.", None),
    ("uk", "Звіт написав Остап Вдовиченко минулого тижня.", None),
    ("uk", "Будинок, який відвідав Остап Вдовиченко, стоїть досі.", None),
    ("uk", "Нову виставу театр присвятив Остапові Вдовиченку.", None),
])
def test_a_subject_noun_or_relative_before_the_verb_makes_the_name_its_object(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # Finding oneself, being registered or based somewhere puts a place after в/на in the locative; an event happening
    # beyond a place puts it after за in the instrumental; a verb of motion leaves the accusative, where to.
    ("uk", "Після шторму рибалки опинилися в Роттердам без документів.", "Після шторму рибалки опинилися в Роттердамі без документів."),
    ("ru", "Судно зарегистрировано на Мальта, хотя владелец живёт в Одессе.", "Судно зарегистрировано на Мальте, хотя владелец живёт в Одессе."),
    ("ru", "Авария произошла за Тобол, у старого моста.", "Авария произошла за Тоболом, у старого моста."),
    ("uk", "Аварія сталася за Тобол, біля старого мосту.", "Аварія сталася за Тоболом, біля старого мосту."),
    ("ru", "Солдаты отступили за Тобол ночью.", None),
    ("uk", "Фірма перереєструвалася і переїхала на Мальту.", None),
])
def test_a_verb_of_finding_oneself_or_happening_chooses_a_two_case_prepositions_case(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A noun in the instrumental right before a verb of the instrumental (past an adverb) is its object put first: the
    # name after the verb is its subject, in the nominative; a pronoun there leaves the name the object.
    ("ru", "Расследованием руководит Рощупкін, заместитель начальника управления.",
     "Расследованием руководит Рощупкин, заместитель начальника управления."),
    ("ru", "Заводом теперь руководит Рощупкін.", "Заводом теперь руководит Рощупкин."),
    ("uk", "Експедицією командує Рощупкин.", "Експедицією командує Рощупкін."),
    ("ru", "Он руководит Рощупкін уже год.", "Он руководит Рощупкиным уже год."),
])
def test_an_instrumental_object_put_first_leaves_the_name_after_the_verb_its_subject(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A relative pronoun in the instrumental right before a verb of the instrumental is its object (the quarry which X
    # runs), and so is a noun in the instrumental with a place's phrase between it and the verb: the name after the verb
    # is the subject, in the nominative, and a right one stays; with a subject before the verb the name is its object.
    ("uk", "Кар'єр, яким керує Рощупкин, видобуває вапняк.", "Кар'єр, яким керує Рощупкін, видобуває вапняк."),
    ("ru", "Фабрика, которой руководит Рощупкін, закрылась.", "Фабрика, которой руководит Рощупкин, закрылась."),
    ("uk", "Кар'єр, яким керує Рощупкін, видобуває вапняк.", None),
    ("ru", "Заводом в Самаре руководит Рощупкін.", "Заводом в Самаре руководит Рощупкин."),
    ("pl", "Śledztwem w Kaliszu kieruje Hlushakou.", "Śledztwem w Kaliszu kieruje Głuszakow."),
    ("ru", "Он в Самаре руководит Рощупкін уже год.", "Он в Самаре руководит Рощупкиным уже год."),
])
def test_an_instrumental_relative_or_an_object_before_a_place_leaves_the_name_after_the_verb_its_subject(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


def test_a_standard_romanization_the_termbase_does_not_list_is_a_deprecated_spelling():
    """MT writes a name it does not know in Polish in a romanization of its Cyrillic name (BGN, the Ukrainian national
    system, German, the scholarly one), bare or with the Cyrillic or a Polish ending: each is the concept, letter for
    letter, and becomes the Polish name in the case the sentence needs; Polish words and right spellings stay."""
    termbase = Termbase.from_rows([
        {"concept": "t", "lang": "en", "term": "Torzhevka", "kind": "place"},
        {"concept": "t", "lang": "ru", "term": "Торжевка", "kind": "place"},
        {"concept": "t", "lang": "pl", "term": "Torżewka", "kind": "place"},
        {"concept": "m", "lang": "en", "term": "Mykhailyshyn", "kind": "person"},
        {"concept": "m", "lang": "uk", "term": "Михайлишин", "kind": "person"},
        {"concept": "m", "lang": "pl", "term": "Mychajłyszyn", "kind": "person"},
    ])
    for draft, fixed in [
        ("Rozmawialiśmy ze Mykhailyshynem w Kijowie.", "Rozmawialiśmy z Mychajłyszynem w Kijowie."),  # national + Polish -em
        ("Zebrano pieniądze dla Mykhailyshyna.", "Zebrano pieniądze dla Mychajłyszyna."),
        ("Pismo od Michajlischin dotarło wczoraj.", "Pismo od Mychajłyszyna dotarło wczoraj."),  # German, undeclined
        ("Szkoła w Torževke dostała komputery.", "Szkoła w Torżewce dostała komputery."),  # ISO 9, the Russian locative
        ("Autobus z Torschewka przyjechał rano.", "Autobus z Torżewki przyjechał rano."),  # German, undeclined
    ]:
        assert fix(termbase, draft, "pl").text == fixed
    for keep in ("Szkoła w Torżewce dostała komputery.", "Rozmawialiśmy z Mychajłyszynem w Kijowie."):
        assert fix(termbase, keep, "pl").text == keep


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A person after a verb that agrees with them, its object already before it, is its subject (nominative): the object
    # "this" past its preposition, a thing's instrumental, a thing with its own phrase put first.
    ("pl", "Poinformował o tym Hlushakou na konferencji.", "Poinformował o tym Głuszakow na konferencji."),
    ("pl", "Poinformowała o tym Zarutskaya.", "Poinformowała o tym Zarucka."),
    ("ru", "Расследованием руководит Глушакоў, заместитель начальника управления.",
     "Расследованием руководит Глушаков, заместитель начальника управления."),
    ("uk", "Розслідуванням керує Глушакоў, заступник начальника управління.",
     "Розслідуванням керує Глушаков, заступник начальника управління."),
    ("pl", "Śledztwem kieruje Hlushakou, zastępca naczelnika wydziału.", "Śledztwem kieruje Głuszakow, zastępca naczelnika wydziału."),
    ("uk", "Проєкт бюджету на наступний рік представив Глушакоў.", "Проєкт бюджету на наступний рік представив Глушаков."),
    ("be", "Праект бюджэту на наступны год прадставіў Глушаков.", "Праект бюджэту на наступны год прадставіў Глушакоў."),
    ("pl", "Projekt budżetu na przyszły rok przedstawił Hlushakou.", "Projekt budżetu na przyszły rok przedstawił Głuszakow."),
    # A real object after its verb stays an object; so does one whose clause has a subject of its own after the thing.
    ("pl", "Policja zatrzymała Hlushakou w piątek.", "Policja zatrzymała Głuszakowa w piątek."),
    ("uk", "Поліція затримала Глушакоў у п'ятницю.", "Поліція затримала Глушакова у п'ятницю."),
    ("uk", "Нову книгу видавництво присвятило Глушакоў.", "Нову книгу видавництво присвятило Глушакову."),
])
def test_a_subject_after_its_verb_with_its_object_before_stays_in_the_nominative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A verb of being somewhere the tables list chooses the locative after в/у (дзейнічаў, апынуліся, оказались), a verb of
    # motion the accusative (вызвали, выклікалі), also past a destination phrase of на (поехала на переговоры в X) and
    # a verb after the place past a phrase of time (В X впервые за десять лет открылся).
    ("be", "Завод дзейнічаў у Хотимск да вайны.", "Завод дзейнічаў у Хоцімску да вайны."),
    ("uk", "Біженці опинилися в Хотимск навесні.", "Біженці опинилися в Хотимську навесні."),
    ("ru", "Беженцы оказались в Хоцімск весной.", "Беженцы оказались в Хотимске весной."),
    ("ru", "Студентов вызвали в Хоцімск на допрос.", "Студентов вызвали в Хотимск на допрос."),
    ("be", "Студэнтаў выклікалі ў Хотимск на допыт.", "Студэнтаў выклікалі ў Хоцімск на допыт."),
    ("uk", "Делегація поїхала на переговори в Хотимск.", "Делегація поїхала на переговори в Хотимськ."),
    ("be", "Шмат моладзі ездзіць на працу ў Дрибин.", "Шмат моладзі ездзіць на працу ў Дрыбін."),
    ("ru", "В Дрыбін впервые за десять лет открылся банк.", "В Дрибине впервые за десять лет открылся банк."),
    ("uk", "У Дрыбін під час війни загинули сотні людей.", "У Дрибині під час війни загинули сотні людей."),
    # A Belarusian present of motion the table lists sends a right spelling's locative where to (едуць, перавязуць).
    ("be", "Турысты штодня едуць у Хоцімску на кірмаш.", "Турысты штодня едуць у Хоцімск на кірмаш."),
    ("be", "Праз месяц абсталяванне перавязуць у Дрыбіне.", "Праз месяц абсталяванне перавязуць у Дрыбін."),
    ("be", "Каманда штогод гуляе ў Хоцімску.", "Каманда штогод гуляе ў Хоцімску."),
    # No destination phrase: в/у's own phrase (a prison, a plant) has its place where it is, as does one after another verb.
    ("be", "Ракета трапіла ў завод у Хотимск.", "Ракета трапіла ў завод у Хоцімску."),
    ("ru", "Его книгу перевели на русский язык в Хоцімск.", "Его книгу перевели на русский язык в Хотимске."),
])
def test_a_verb_a_few_words_away_chooses_a_two_case_prepositions_case(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A man's past of carrying there, whose stem has ё (прывёз, адвёз, перавёз), is a verb of motion as прывезлі is:
    # the place after у/ў is where to, a wrong spelling's and a right one's accusative alike.
    ("be", "Ён прывёз бацьку ў Хотимск на агляд.", "Ён прывёз бацьку ў Хоцімск на агляд."),
    ("be", "Бацька перавёз сям'ю ў Дрибин.", "Бацька перавёз сям'ю ў Дрыбін."),
    ("be", "Кіроўца адвёз пасажыраў у Хоцімск.", "Кіроўца адвёз пасажыраў у Хоцімск."),
    # The verb may stand past its object or an adverb before the на phrase of purpose (прывёз каманду на збор у X,
    # прыехалі ўчора на канцэрт у X) when it chooses a wrong spelling's case; a right locative there stays (the camp's place).
    ("be", "Трэнер прывёз каманду на збор у Дрибин.", "Трэнер прывёз каманду на збор у Дрыбін."),
    ("be", "Артысты прыехалі ўчора на канцэрт у Хотимск.", "Артысты прыехалі ўчора на канцэрт у Хоцімск."),
    ("be", "Яна прывезла дачку на спаборніцтвы ў Дрибин.", "Яна прывезла дачку на спаборніцтвы ў Дрыбін."),
    ("be", "Трэнер прывёз каманду на збор у Дрыбіне.", "Трэнер прывёз каманду на збор у Дрыбіне."),
    ("be", "Ён прыйшоў на працу ў банк у Дрыбіне.", "Ён прыйшоў на працу ў банк у Дрыбіне."),
])
def test_a_verb_of_carrying_or_one_past_its_object_sends_the_place_where_to(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # A Belarusian title in -цы is a man's -ца noun's genitive (паўабаронцы, мовазнаўцы: his dative is -цу) or a woman's
    # dative or -ніца noun's any oblique case: the words before decide, and the name in apposition takes their case.
    ("Трансфер паўабаронцы Быков зацвердзілі летам.", "Трансфер паўабаронцы Быкава зацвердзілі летам."),
    ("Кніга мовазнаўцы Быков выйшла ў Вільні.", "Кніга мовазнаўцы Быкава выйшла ў Вільні."),
    ("Рэдакцыя падзякавала журналістцы Светлане Тихановской.", "Рэдакцыя падзякавала журналістцы Святлане Ціханоўскай."),
    ("Кніга мовазнаўцы Быкава выйшла ў Вільні.", "Кніга мовазнаўцы Быкава выйшла ў Вільні."),
])
def test_a_belarusian_title_in_tsy_takes_the_case_of_the_words_before(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "be").text == fixed


@pytest.mark.parametrize(("draft", "fixed"), [
    # After a preposition of the locative a title's -ы/-і (which the endings alone read as a genitive) is his locative,
    # and the name in apposition takes it; with no preposition the genitive stays.
    ("Урад пры прэм'еры Быков правёў рэформу.", "Урад пры прэм'еры Быкаву правёў рэформу."),
    ("Пры дырэктары Быков завод вырас.", "Пры дырэктары Быкаву завод вырас."),
    ("Выступ дырэктара Быков быў кароткім.", "Выступ дырэктара Быкава быў кароткім."),
])
def test_a_belarusian_title_in_ry_after_a_preposition_of_the_locative(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "be").text == fixed


def test_polish_place_in_a_hushing_consonant_feminine_by_its_note():
    # Rossosz-like: a note calling Kurosz (Курошь) feminine declines it as Polish feminines in a hushing consonant
    # (w Kuroszy, not Kuroszu); one calling Kurysz masculine keeps the rules' Kurysza.
    names = _named("place", [("kurosh", "ru", "Курошь", "preferred", "feminine"), ("kurosh", "pl", "Kurosz", "preferred"),
                             ("kurosh", "pl", "Kurosh", "deprecated"), ("kurysh", "ru", "Курыш", "preferred", "masculine"),
                             ("kurysh", "pl", "Kurysz", "preferred")])
    assert fix(names, "Pociąg do Kurosh odjeżdża o szóstej.", "pl").text == "Pociąg do Kuroszy odjeżdża o szóstej."
    assert fix(names, "Burmistrz Kuroszy otworzył most.", "pl").text == "Burmistrz Kuroszy otworzył most."
    assert fix(names, "Pociąg do Kurysz odjeżdża o szóstej.", "pl").text == "Pociąg do Kurysza odjeżdża o szóstej."


def test_polish_place_in_nia_softening_as_its_east_slavic_nia():
    # Horodnia-like: Кремня's -ня makes the Polish -nia's i a softening one (w Kremni, as Gdyni); Сабиния's -ия keeps -ii.
    names = _named("place", [("kremnia", "uk", "Кремня", "preferred"), ("kremnia", "pl", "Kremnia", "preferred"),
                             ("kremnia", "pl", "Kremnya", "deprecated"), ("sabinia", "ru", "Сабиния", "preferred"),
                             ("sabinia", "pl", "Sabinia", "preferred")])
    assert fix(names, "Szkoła w Kremnya działa od września.", "pl").text == "Szkoła w Kremni działa od września."
    assert fix(names, "Mieszkańcy Kremni czekają na gaz.", "pl").text == "Mieszkańcy Kremni czekają na gaz."
    assert fix(names, "Archeolodzy pracują w Sabinia.", "pl").text == "Archeolodzy pracują w Sabinii."


def test_polish_transcribed_ske_declines_as_skie():
    # Honczariwske-like: a transcribed -ske writes the i of Polish -skie before its endings.
    names = _named("place", [("sosnivske", "ru", "Сосновское", "preferred"), ("sosnivske", "pl", "Sosniwske", "preferred"),
                             ("sosnivske", "pl", "Sosnowskoje", "deprecated")])
    assert fix(names, "Rodziny wyjechały z Sosnowskoje w marcu.", "pl").text == "Rodziny wyjechały z Sosniwskiego w marcu."
    assert fix(names, "Szkoła w Sosnowskoje działa.", "pl").text == "Szkoła w Sosniwskim działa."


def test_polish_genitive_in_a_drafted_on_a_wrong_spelling_stays():
    # Arcyz-like: a foreign town of either genitive keeps the draft's -a on a wrong spelling, as on the right one.
    names = _named("place", [("taldyr", "ru", "Талдыр", "preferred"), ("taldyr", "pl", "Tałdyr", "preferred"),
                             ("taldyr", "pl", "Taldyr", "deprecated")])
    assert fix(names, "Muzycy z Taldyra grają.", "pl").text == "Muzycy z Tałdyra grają."
    assert fix(names, "Muzycy z Taldyr grają.", "pl").text == "Muzycy z Tałdyru grają."


def test_polish_surname_in_ec_drops_its_e_as_the_ukrainian_does():
    # Horobeć-like: Кравець's dictionary genitive Кравця drops the е, so Kraweć declines Krawcia, Krawciowi.
    names = _named("person", [("kravets", "uk", "Кравець", "preferred"), ("kravets", "pl", "Kraweć", "preferred"),
                              ("kravets", "pl", "Kravets", "deprecated")])
    assert fix(names, "Dowódca wręczył Kravetsowi medal.", "pl").text == "Dowódca wręczył Krawciowi medal."
    assert fix(names, "Rozmawialiśmy z Kraweć o szpitalu.", "pl").text == "Rozmawialiśmy z Krawciem o szpitalu."


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An entrusting verb, the infinitive of leading it governs and that infinitive's object: the man after them is the
    # one the charge goes to, in the dative, not the object's genitive.
    ("ru", "Совет поручил возглавить предвыборный штаб Ярмолюк.", "Совет поручил возглавить предвыборный штаб Ярмолюку."),
    ("uk", "Уряд доручив очолити нову комісію Гаврилович.", "Уряд доручив очолити нову комісію Гавриловичеві."),
    # Another task is done to the object, which is the man's own: his genitive.
    ("ru", "Министр поручил проверить отчёты Мисюрин.", "Министр поручил проверить отчёты Мисюрина."),
])
def test_a_man_after_a_charge_entrusted_to_him_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A prize given, past its own genitive: the man after it is the one it goes to.
    ("ru", "Жюри вручило приз зрительских симпатий Мисюрин.", "Жюри вручило приз зрительских симпатий Мисюрину."),
    ("uk", "Журі вручило кубок змагань Ярмолюк.", "Журі вручило кубок змагань Ярмолюкові."),
    # An opinion is no thing given, and a genitive that may be a dative is the man's kin's: the genitive stays.
    ("uk", "Вона висловила оцінку президентства Гаврилович.", "Вона висловила оцінку президентства Гавриловича."),
    ("ru", "Журналист передал письмо матери Мисюрин.", "Журналист передал письмо матери Мисюрина."),
])
def test_a_man_after_a_prize_and_its_genitive_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # An award's own name, capitalised, between the award and the man (орден Почёта, медаль Звитяги): no person, so
    # no recipient itself, though its form is a plural's nominative or a dative too; the man is the recipient.
    ("ru", "Губернатор вручил орден Почёта Мисюрин.", "Губернатор вручил орден Почёта Мисюрину."),
    ("uk", "Міністр вручив медаль Звитяги Гаврилович.", "Міністр вручив медаль Звитяги Гавриловичеві."),
    # A lower-case noun there may be the recipient (родині, семье): the man is its genitive.
    ("uk", "Голова передав лист родині Гаврилович.", "Голова передав лист родині Гавриловича."),
    # Not a verb of giving: the award's owner, his genitive.
    ("ru", "Музей показал орден Славы Мисюрин.", "Музей показал орден Славы Мисюрина."),
])
def test_a_man_after_an_award_and_its_own_name_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize(("lang", "draft", "fixed"), [
    # A visa, passport or permit issued (выдать, видати): the man after it is the one it is issued to, in the dative.
    ("ru", "Консульство выдало визу Мисюрин.", "Консульство выдало визу Мисюрину."),
    ("uk", "Польща видала гуманітарну візу Гаврилович.", "Польща видала гуманітарну візу Гавриловичеві."),
    # A book is no document issued (the library lent out his book), and a visa not issued is its holder's: genitive.
    ("uk", "Бібліотека видала книгу Гаврилович.", "Бібліотека видала книгу Гавриловича."),
    ("ru", "Консул аннулировал визу Мисюрин.", "Консул аннулировал визу Мисюрина."),
])
def test_a_man_after_a_document_issued_to_him_is_in_the_dative(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == (fixed or draft)


def test_a_polish_transcribed_first_name_in_iel_declines_as_its_polish_twin():
    # Pawieł Durow-like: Павел transcribed Pawieł drops its e as Paweł does (Pawła, Pawłowi, Pawłem, Pawle); a
    # transcription with no Polish twin (Sawieł) stays unsure, and a right Polish Paweł is left alone.
    names = _named("person", [("lazarev", "pl", "Pawieł Łazariew", "preferred"), ("lazarev", "pl", "Pavel Lazarev", "deprecated"),
                              ("savel", "pl", "Sawieł Mazur", "preferred"), ("savel", "pl", "Savel Mazur", "deprecated")])
    assert fix(names, "Sąd skazał Pavel Lazarev na grzywnę.", "pl").text == "Sąd skazał Pawła Łazariewa na grzywnę."
    assert fix(names, "Rozmawialiśmy z Pavelem Lazarevem o szkole.", "pl").text == "Rozmawialiśmy z Pawłem Łazariewem o szkole."
    assert fix(names, "Pavel Lazarev wrócił do Mińska.", "pl").text == "Pawieł Łazariew wrócił do Mińska."
    assert fix(names, "Sąd skazał Savel Mazur na grzywnę.", "pl").text == "Sąd skazał Savel Mazur na grzywnę."
    assert fix(names, "Paweł Nowak rozmawiał z Pawłem Łazariewem.", "pl").text == "Paweł Nowak rozmawiał z Pawłem Łazariewem."


def test_a_polish_ko_surname_mt_declined_as_a_mans_noun_is_fixed_as_a_feminine_noun():
    # Mroczko-like: MT declines a wrong -ko spelling as a masculine noun (Hnatkowi, Hnatkiem, o Hnatku); Polish declines
    # the surname as Kościuszko does (Hnatce, Hnatką). The right forms stay.
    names = _named("person", [("hnatko", "pl", "Hnatko", "preferred"), ("hnatko", "pl", "Gnatko", "deprecated")])
    assert fix(names, "Burmistrz podziękował Gnatkowi za pomoc.", "pl").text == "Burmistrz podziękował Hnatce za pomoc."
    assert fix(names, "Rozmawialiśmy z Gnatkiem o szkole.", "pl").text == "Rozmawialiśmy z Hnatką o szkole."
    assert fix(names, "Gazeta pisała o Gnatku.", "pl").text == "Gazeta pisała o Hnatce."
    assert fix(names, "Rozmawialiśmy z Hnatką o szkole.", "pl").text == "Rozmawialiśmy z Hnatką o szkole."



def _east_slavic_and_foreign_places() -> Termbase:
    return _named("place", [
        ("kurai", "ru", "Курай", "preferred"), ("kurai", "pl", "Kuraj", "preferred"), ("kurai", "pl", "Kurai", "deprecated"),
        ("itumkoi", "ru", "Итумкой", "preferred"), ("itumkoi", "pl", "Itumkoj", "preferred"), ("itumkoi", "pl", "Itumkoy", "deprecated"),
        ("bilyi", "ru", "Билый", "preferred"), ("bilyi", "pl", "Biłyj", "preferred"), ("bilyi", "pl", "Bilyi", "deprecated"),
        ("rukainiai", "pl", "Rukojany", "preferred"), ("rukainiai", "pl", "Rukainiai", "deprecated"),
        ("lentvaris", "pl", "Landwereny", "preferred"), ("lentvaris", "pl", "Lentvaris", "deprecated"),
        ("kimry", "ru", "Кимры", "preferred"), ("kimry", "uk", "Кімри", "preferred", "", "gen=Кімр"),
        ("kimry", "pl", "Kimry", "preferred"), ("kimry", "pl", "Kimri", "deprecated"),
        ("kirsy", "ru", "Кирсы", "preferred", "", "gen=Кирс"), ("kirsy", "pl", "Kirsy", "preferred"), ("kirsy", "pl", "Kirsi", "deprecated"),
        ("sloboda", "ru", "Слободайки", "preferred"), ("sloboda", "pl", "Słobodajki", "preferred"),
        ("sloboda", "pl", "Slobodaiki", "deprecated"),
        ("tulpek", "en", "Tulpek", "preferred", "village in Dagestan, Russia"), ("tulpek", "ru", "Тулпек", "preferred", "", "gen=Тулпека"),
        ("tulpek", "pl", "Tułpek", "preferred"), ("tulpek", "pl", "Tulpek", "deprecated"),
        ("gudok", "en", "Gudok", "preferred", "village in Tver Oblast, Russia"), ("gudok", "ru", "Гудок", "preferred"),
        ("gudok", "pl", "Gudok", "preferred"), ("gudok", "pl", "Goudok", "deprecated")])


@pytest.mark.parametrize(("draft", "fixed"), [
    # Dżankoj-like: a place in a vowel and j takes -u as kraj, pokój and every such place Morfeusz knows (Dunaju,
    # Zawoju); -yj, -ij stays unsure (Stryja).
    ("Pasterze z Kurai zeszli w doliny.", "Pasterze z Kuraju zeszli w doliny."),
    ("Droga do Itumkoy jest wąska.", "Droga do Itumkoju jest wąska."),
    ("Pasterze z Kuraju zeszli w doliny.", None),
    ("Droga do Bilyi jest wąska.", None),
    # Kiejdany-like: a place named for its people's -anie has the bare genitive every such place Morfeusz knows has
    # (Kobylan, Brzeżan); -eny, -ony stay unsure.
    ("Autobus z Rukainiai spóźnił się.", "Autobus z Rukojan spóźnił się."),
    ("Szkoła w Rukainiai dostała boisko.", "Szkoła w Rukojanach dostała boisko."),
    ("Autobus z Lentvaris spóźnił się.", None),
    # Szachty-like: Russian and Ukrainian both bare (Кимры, Кімри: Кимр, Кімр) make Kimry's genitive bare; one
    # language alone leaves it unsure.
    ("Fabryka z Kimri eksportuje buty.", "Fabryka z Kimr eksportuje buty."),
    ("Fabryka z Kirsi eksportuje buty.", None),
    # Wałujki-like: a vowel and -jki is a plural (w Wałujkach), not an undeclined foreign word; its genitive is bare (Czajek).
    ("W Slobodaiki otwarto szkołę.", "W Słobodajkach otwarto szkołę."),
    ("Autobus z Slobodaiki spóźnił się.", "Autobus ze Słobodajek spóźnił się."),
    # Mozdok-like: a place in Russia whose Russian name keeps its о, е (Тулпек: Тулпека) keeps it and takes -u (Biszkeku);
    # one whose Russian name drops it (Гудок: Гудка) drops it (Torżka, w Torżku).
    ("Pasterze z Tulpek zeszli w doliny.", "Pasterze z Tułpeku zeszli w doliny."),
    ("W Tulpek otwarto szkołę.", "W Tułpeku otwarto szkołę."),
    ("Pasterze z Goudok zeszli w doliny.", "Pasterze z Gudka zeszli w doliny."),
    ("W Goudok otwarto szkołę.", "W Gudku otwarto szkołę."),
])
def test_polish_east_slavic_and_foreign_places_take_their_shapes_sure_declension(draft, fixed):
    assert fix(_east_slavic_and_foreign_places(), draft, "pl").text == (fixed or draft)



@pytest.mark.parametrize("before, opens", [
    ("", True),  # the text's start
    ("Было холодно. ", True), ("Кто? ", True), ("Ура! ", True), ("Итак… ", True),  # what ends a sentence
    ("Было холодно.» ", True), ("Было холодно.) — ", True),  # closing marks and a dash after the full stop
    ("Ён сказаў: ", True), ("Ён сказаў «", True), ("Ён сказаў „", True), ("Ён сказаў \"", True),  # a list, a quotation
    ("Ён сказаў (", True), ("Ён сказаў — ", True),  # an aside
    ("первый текст\x00", True),  # the scan's separator between joined texts
    ("Вчера ", False), ("Учора, ", False), ("В 3.5 ", False),  # inside a sentence: a word, a comma, a decimal point
])
def test_a_word_opens_a_sentence_after_the_start_an_end_or_an_opening_mark(before, opens):
    from glossary.lexicon import opens_a_sentence
    assert opens_a_sentence(before + "Медика наградили", len(before)) is opens


@pytest.mark.parametrize("word, opens, lang, a_name", [
    ("Лукашэнка", False, "be", True), ("Учора", False, "be", True),  # a capital inside the clause is a name's
    ("Лукашэнка", True, "be", True), ("Kowalski", True, "pl", True),  # opening it, a word the dictionary does not know
    ("Учора", True, "be", False), ("Wczoraj", True, "pl", False), ("Вчера", True, "ru", False),  # the sentence's capital
    ("учора", False, "be", False),  # no capital
])
def test_a_capital_is_a_names_unless_an_ordinary_word_opens_the_clause_with_it(word, opens, lang, a_name):
    from glossary.syntax import _capital_of_a_name
    assert _capital_of_a_name(word, opens, lang) is a_name


@pytest.mark.parametrize("lang, text, name, case", [
    ("uk", "Учора він згадав Мілашину в інтерв'ю.", "Мілашину", "acc"),  # a finite verb's own case
    ("pl", "Policjanci przyglądali się Kowalskiemu długo.", "Kowalskiemu", "dat"),  # past się, to its verb
    ("ru", "Суд назначил Иванову срок.", "Иванову", "dat"),  # the one a thing given goes to
    ("uk", "Учора він не згадав Мілашину.", "Мілашину", None),  # negated: the genitive may stand for the accusative
    ("ru", "Как заявил Иванов, всё хорошо.", "Иванов", None),  # the verb's subject after it
    ("uk", "Вони привезли генератори у Дубосари.", "Дубосари", "acc"),  # a two-case preposition, chosen by its verb
    ("uk", "Війна йде в Україні.", "Україні", None),  # unprefixed "go" also means "go on"
])
def test_a_verb_chooses_the_case_of_a_name_right_after_it_or_after_its_two_case_preposition(lang, text, name, case):
    from glossary.syntax import chosen_by_its_verb
    start = text.index(name)
    assert chosen_by_its_verb(text, start, start + len(name), lang) == case


@pytest.mark.parametrize("lang, text, name, with_one", [
    ("pl", "Świątek wygrała z Dementievą w finale.", "Dementievą", True), ("ru", "Он встретился с Ивановым.", "Ивановым", True),
    ("ru", "Он говорил о Иванове.", "Иванове", False), ("uk", "Він написав Іванову.", "Іванову", False),  # no "with"
])
def test_with_a_person_is_the_preposition_with_that_takes_a_person_in_the_instrumental(lang, text, name, with_one):
    from glossary.syntax import with_a_person
    assert with_a_person(text, text.index(name), lang) is with_one


@pytest.mark.parametrize("word, lang, verb, short, participle", [
    ("заявила", "ru", ("sing", "femn"), None, None), ("заявили", "ru", ("plur", None), None, None),  # a past verb's
    ("сказало", "ru", ("sing", "neut"), None, None), ("говорит", "ru", ("sing", None), None, None),  # a present's: no gender
    ("довольны", "ru", None, ("plur", None), None), ("рада", "ru", None, ("sing", "femn"), None),  # a short adjective's
    ("назначена", "ru", None, ("sing", "femn"), ("sing", "femn")), ("призначений", "uk", None, None, ("sing", "masc")),
    ("назначенного", "ru", None, None, None),  # an oblique participle is no predicate
])
def test_a_predicate_tells_the_number_and_the_singulars_gender_its_subject_agrees_in(word, lang, verb, short, participle):
    from glossary.lexicon import _short_adjective, finite_verb, nominative_participle
    assert (finite_verb(word, lang), _short_adjective(word, lang), nominative_participle(word, lang)) == (verb, short, participle)


@pytest.mark.parametrize("lang, text, name, kind, sets", [
    ("uk", "Мешканці Бровари протестували.", "Бровари", "place", True),  # people of it: its genitive
    ("be", "Прыехалі ў цэнтр Хорог.", "Хорог", "place", True),  # a part of it
    ("uk", "Мер Ромни заявив.", "Ромни", "place", True), ("pl", "Burmistrz Chust ogłosił.", "Chust", "place", True),  # a title
    ("uk", "Над містом Казань літали.", "Казань", "place", True),  # a kind of settlement: its case
    ("uk", "Мешканці Бровари протестували.", "Бровари", "person", False),  # a person
    ("uk", "Вчора Бровари святкували.", "Бровари", "place", False), ("ru", "Поехали в Казань.", "Казань", "place", False),
])
def test_a_place_after_a_noun_that_sets_its_case(lang, text, name, kind, sets):
    from glossary.enforcement import _a_place_after_a_noun_that_sets_its_case
    assert _a_place_after_a_noun_that_sets_its_case(text, text.index(name), lang, kind) is sets


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("uk", "Береги озера Свитязя заросли очеретом.", "Береги озера Світязь заросли очеретом."),
        ("uk", "У штаті Тэхасі відбулися вибори.", "У штаті Техас відбулися вибори."),
        ("ru", "Пограничники усилили охрану на острове Кунашыре.", "Пограничники усилили охрану на острове Кунашир."),
        ("ru", "Губернатор штата Тэхаса подписал закон.", "Губернатор штата Техас подписал закон."),
        ("ru", "Губернатор Тэхаса подписал закон.", "Губернатор Техаса подписал закон."),  # no kind word: the genitive
        ("ru", "В штате Техасе прошли выборы.", "В штате Техасе прошли выборы."),  # a right spelling's own form stays
    ],
)
def test_a_lakes_islands_or_states_name_stays_in_the_nominative_after_its_kind(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "svitiaz", "lang": "uk", "term": "Світязь", "kind": "place"},
        {"concept": "svitiaz", "lang": "uk", "term": "Свитязь", "status": "deprecated", "kind": "place"},
        {"concept": "texas", "lang": "uk", "term": "Техас", "kind": "place"},
        {"concept": "texas", "lang": "uk", "term": "Тэхас", "status": "deprecated", "kind": "place"},
        {"concept": "texas", "lang": "ru", "term": "Техас", "kind": "place"},
        {"concept": "texas", "lang": "ru", "term": "Тэхас", "status": "deprecated", "kind": "place"},
        {"concept": "kunashir", "lang": "ru", "term": "Кунашир", "kind": "place"},
        {"concept": "kunashir", "lang": "ru", "term": "Кунашыр", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("ru", "Лекция Єлизавета Гросс собрала полный зал.", "Лекция Елизаветы Гросс собрала полный зал."),
        ("ru", "Премию вручили Єлизаветі Гросс.", "Премию вручили Елизавете Гросс."),
        ("uk", "Лекція Елизавета Гросс зібрала повну залу.", "Лекція Єлизавети Гросс зібрала повну залу."),
        # the column's forms are the surname's, and win over the rules' (a man's Гросса)
        ("ru", "Лекция Павло Гросс собрала полный зал.", "Лекция Павла Гросс собрала полный зал."),
    ],
)
def test_a_forms_column_of_the_surname_alone_does_not_drop_the_first_name(lang, draft, fixed):
    surname_alone = "gen=Гросс; dat=Гросс; acc=Гросс; ins=Гросс; loc=Гросс"
    termbase = Termbase.from_rows([
        {"concept": "pavel", "lang": "en", "term": "Pavel Gross", "note": "a man", "kind": "person"},
        {"concept": "pavel", "lang": "ru", "term": "Павел Гросс", "kind": "person", "forms": surname_alone},
        {"concept": "pavel", "lang": "ru", "term": "Павло Гросс", "status": "deprecated", "kind": "person"},
        {"concept": "gross", "lang": "en", "term": "Elizaveta Gross", "note": "a woman", "kind": "person"},
        {"concept": "gross", "lang": "ru", "term": "Елизавета Гросс", "kind": "person", "forms": surname_alone},
        {"concept": "gross", "lang": "ru", "term": "Єлизавета Гросс", "status": "deprecated", "kind": "person"},
        {"concept": "gross", "lang": "uk", "term": "Єлизавета Гросс", "kind": "person", "forms": surname_alone},
        {"concept": "gross", "lang": "uk", "term": "Елизавета Гросс", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        ("uk", "Про небезпеку попередила речниця рятувальників Ирина Стеблина.", "Про небезпеку попередила речниця рятувальників Ірина Стебліна."),
        ("uk", "Уповноважений у справах ветеранів Андрей Гнатюк виступив у Раді.", "Уповноважений у справах ветеранів Андрій Гнатюк виступив у Раді."),
        ("ru", "Руководитель Союза поляков Ірина Стебліна провела год в тюрьме.", "Руководитель Союза поляков Ирина Стеблина провела год в тюрьме."),
        ("ru", "Друзья Ірини Стебліної собрали деньги.", "Друзья Ирины Стеблиной собрали деньги."),  # no title: the genitive
    ],
)
def test_a_name_after_a_title_whose_complement_is_a_plural_of_people_is_in_apposition(lang, draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "steblina", "lang": "en", "term": "Iryna Steblina", "note": "a woman", "kind": "person"},
        {"concept": "steblina", "lang": "uk", "term": "Ірина Стебліна", "kind": "person"},
        {"concept": "steblina", "lang": "uk", "term": "Ирина Стеблина", "status": "deprecated", "kind": "person"},
        {"concept": "steblina", "lang": "ru", "term": "Ирина Стеблина", "kind": "person"},
        {"concept": "steblina", "lang": "ru", "term": "Ірина Стебліна", "status": "deprecated", "kind": "person"},
        {"concept": "hnatiuk", "lang": "en", "term": "Andrii Hnatiuk", "note": "a man", "kind": "person"},
        {"concept": "hnatiuk", "lang": "uk", "term": "Андрій Гнатюк", "kind": "person"},
        {"concept": "hnatiuk", "lang": "uk", "term": "Андрей Гнатюк", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == fixed
def test_an_ordinary_noun_opening_a_sentence_is_no_rendering_of_the_name_it_resembles():
    """Ludzie (człowiek's plural) resembles the town Ludza's locative, Гончарі (potters) the village Гончари by a
    loose і: opening a sentence, read as the ordinary nominative, each is the subject; a wrong spelling is still fixed."""
    termbase = Termbase.from_rows([
        {"concept": "ludza", "lang": "en", "term": "Ludza", "kind": "place", "note": "a town in Latvia; feminine"},
        {"concept": "ludza", "lang": "ru", "term": "Лудза", "kind": "place"},
        {"concept": "ludza", "lang": "pl", "term": "Ludza", "kind": "place"},
        {"concept": "hanczary", "lang": "en", "term": "Hanchary", "kind": "place", "note": "a village in Belarus; plural"},
        {"concept": "hanczary", "lang": "ru", "term": "Гончары", "kind": "place"},
        {"concept": "hanczary", "lang": "uk", "term": "Гончари", "kind": "place"},
        {"concept": "hanczary", "lang": "uk", "term": "Гончары", "status": "deprecated", "kind": "place"},
    ])
    for lang, draft in (("pl", "Ludzie z okolicznych wsi przynieśli jedzenie."), ("uk", "Гончарі з усієї округи привезли глечики."),
                        ("uk", "Гончарі продали всі глечики.")):
        assert fix(termbase, draft, lang).text == draft
    assert fix(termbase, "Гончары прикрасили до свята.", "uk").text == "Гончари прикрасили до свята."


@pytest.mark.parametrize("draft, fixed", [
    ("Pielgrzymi szli pod Dynów przez dwa dni.", "Pielgrzymi szli pod Dynów przez dwa dni."),
    ("Oddział szedł pod Dyniv całą noc.", "Oddział szedł pod Dynów całą noc."),
    ("Powstańcy maszerowali pod Dyniv w deszczu.", "Powstańcy maszerowali pod Dynów w deszczu."),
    ("Obóz stał pod Dyniv całe lato.", "Obóz stał pod Dynowem całe lato."),
])
def test_pod_after_a_verb_of_walking_takes_the_accusative(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "dynow", "lang": "en", "term": "Dynów", "kind": "place", "note": "a town in Poland; masculine"},
        {"concept": "dynow", "lang": "pl", "term": "Dynów", "kind": "place"},
        {"concept": "dynow", "lang": "pl", "term": "Dyniv", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # a plural-only place's genitive found in lower case only where a preposition, a noun or a title governs it
    ("Мешканці ясенників вийшли на протест.", "Мешканці Ясенників вийшли на протест."),
    ("Шахтарі з ясенників приїхали до міста.", "Шахтарі з Ясенників приїхали до міста."),
    ("Голова ясенників подав у відставку.", "Голова Ясенників подав у відставку."),
    # after a word of quantity, a common noun's genitive plural the dictionary lacks (ясенник, an ash grove)
    ("У наших лісах багато ясенників, де восени збирають гриби.", None),
    ("Кілька ясенників вирубали минулої зими.", None),
])
def test_a_plural_places_genitive_in_lower_case_is_the_place_only_where_something_governs_it(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "yasennyky", "lang": "en", "term": "Yasennyky", "note": "a village; plural", "kind": "place"},
        {"concept": "yasennyky", "lang": "uk", "term": "Ясенники", "kind": "place"},
    ])
    assert fix(termbase, draft, "uk").text == (fixed or draft)


def test_a_surname_left_as_another_persons_is_not_refound_as_the_sources_missing_concept():
    termbase = Termbase.from_rows([
        {"concept": "barnes", "lang": "en", "term": "Oliver Barnes", "note": "a British singer, a man", "kind": "person"},
        {"concept": "barnes", "lang": "en", "term": "Barnes", "kind": "person"},
        {"concept": "barnes", "lang": "ru", "term": "Оливер Барнс", "kind": "person"},
        {"concept": "barnes", "lang": "ru", "term": "Барнс", "kind": "person"},
    ])
    source = "The defendant, Khalid Barnes, was convicted of murdering two drug suppliers in September 2009."
    draft = "В сентябре 2009 года обвиняемый Халид Барнс был осужден за убийство двух наркодилеров."
    result = fix(termbase, draft, "ru", source)
    assert result.text == draft  # Khalid's, not the singer's: no case forced on it
@pytest.mark.parametrize("draft, fixed", [
    # A transliteration's -e is the Russian locative (Городнице), not the Polish accusative -ę matching folds it to:
    # about a place, o takes the locative; a fight over it, the accusative.
    ("Dziennikarze pisali o Gorodnitse przez cały tydzień.", "Dziennikarze pisali o Horodnicy przez cały tydzień."),
    ("Książka o Verkhovine ukazała się w marcu.", "Książka o Werchowynie ukazała się w marcu."),
    ("Żołnierze walczyli o Gorodnitse przez dwa tygodnie.", "Żołnierze walczyli o Horodnicę przez dwa tygodnie."),
])
def test_a_polish_transliterations_plain_e_is_a_locative_too(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # ze/we before l, m, w only where a consonant follows (ze Mławy); before a vowel, z/w (z Limanowej, w Mikołowie).
    ("Ze Limanowej do Warszawy jest niedaleko.", "Z Limanowej do Warszawy jest niedaleko."),
    ("Festyn odbył się we Mikołowie w sobotę.", "Festyn odbył się w Mikołowie w sobotę."),
    ("Autobus ze Mławy przyjechał z opóźnieniem.", "Autobus ze Mławy przyjechał z opóźnieniem."),
])
def test_a_polish_long_preposition_before_l_m_w_and_a_vowel_is_shortened(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == fixed
def _polish_people() -> Termbase:
    return Termbase.from_rows([
        {"concept": "zawadzka", "lang": "en", "term": "Halina Zawadzka", "kind": "person", "note": "a woman"},
        {"concept": "zawadzka", "lang": "pl", "term": "Halina Zawadzka", "kind": "person"},
        {"concept": "zawadzka", "lang": "pl", "term": "Zawadzka", "kind": "person"},
        {"concept": "kaczmarczyk", "lang": "en", "term": "Ryszard Kaczmarczyk", "kind": "person", "note": "a man"},
        {"concept": "kaczmarczyk", "lang": "pl", "term": "Ryszard Kaczmarczyk", "kind": "person"},
        {"concept": "kaczmarczyk", "lang": "pl", "term": "Kaczmarczyk", "kind": "person"},
    ])


@pytest.mark.parametrize("draft, fixed", [
    ("Jury doceniło Halina Zawadzka za debiut.", "Jury doceniło Halinę Zawadzką za debiut."),
    ("Koledzy dobrze znali Kaczmarczyk.", "Koledzy dobrze znali Kaczmarczyka."),
    # the verb agrees with the person: their subject, or a sex guessed from the name, which is no proof
    ("Wczoraj przemówił Ryszard Kaczmarczyk.", None),
    ("Zespół docenił Halinę Zawadzką.", None),
    # a word right after a preposition is no verb (opieką, as if of opiec)
    ("Pod opieką Haliny Zawadzkiej muzeum rozkwitło.", None),
])
def test_a_right_name_after_a_verb_of_another_number_or_the_neuter_is_its_object(draft, fixed):
    # Jury doceniło (neuter), znali (plural): no person is the subject, so the name is the object; the table lists
    # neither docenić nor znać, and the accusative, a direct object's, is the case.
    assert fix(_polish_people(), draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    ("W poniedziałek zatrzymano Ryszard Kaczmarczyk.", "W poniedziałek zatrzymano Ryszarda Kaczmarczyka."),
    ("Na lotnisku widziano Halina Zawadzka.", "Na lotnisku widziano Halinę Zawadzką."),
    ("Nagrodę wręczono Kaczmarczyk w sobotę.", "Nagrodę wręczono Kaczmarczykowi w sobotę."),
    ("Kaczmarczyka wybrano na prezesa.", None),
    ("Na lotnisku widziano Halinę Zawadzką.", None),
])
def test_a_right_name_after_a_polish_impersonal_takes_its_verbs_case(draft, fixed):
    # mianowano, widziano, wręczono have no subject: the nominative after one is never right.
    assert fix(_polish_people(), draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    ("Mieszkańcy zaufali Kaczmarczyk i wybrali go ponownie.", "Mieszkańcy zaufali Kaczmarczykowi i wybrali go ponownie."),
    ("Radni poparli Ryszard Kaczmarczyk i przegłosowali budżet.", "Radni poparli Ryszarda Kaczmarczyka i przegłosowali budżet."),
    ("Na scenę wyszli Kaczmarczyk i Zawadzka.", None),
    ("Zeznania składali Kaczmarczyk i jedna z kobiet.", None),  # jedna: a numeral too, no verb alone
])
def test_and_before_a_second_verb_joins_no_second_subject(draft, fixed):
    assert fix(_polish_people(), draft, "pl").text == (fixed or draft)
def test_a_citys_locative_after_a_preposition_is_no_rendering_of_a_person_it_looks_like():
    """A capitalised word right after a preposition that the Russian dictionary reads as a city's locative (в Самаре)
    is where something happens, no unlisted rendering of a person whose surname it resembles (Самарея); the person's
    own forms are still fixed."""
    termbase = Termbase.from_rows([
        {"concept": "s", "lang": "en", "term": "Oleh Samareia", "kind": "person"},
        {"concept": "s", "lang": "ru", "term": "Олег Самарея", "kind": "person"},
        {"concept": "s", "lang": "uk", "term": "Олег Самарея", "kind": "person"},
    ])
    for keep in ("Митинг в Самаре собрал тысячу человек.", "Олег Самарея выступил в Самаре."):
        assert fix(termbase, keep, "ru").text == keep
    assert fix(termbase, "Лидер олег самарея выступил в Самаре.", "ru").text == "Лидер Олег Самарея выступил в Самаре."
@pytest.mark.parametrize("draft, fixed", [
    # hunspell-be spells краснага, старога (not краснога, старага: the Russian ста́рый is no guide to стары́).
    ("Жыхары Красного Луга сабралі подпісы.", "Жыхары Краснага Луга сабралі подпісы."),
    ("Урад дапамог Красному Лугу.", "Урад дапамог Краснаму Лугу."),
    ("Мэр Старого Брода сустрэўся з фермерамі.", "Мэр Старога Брода сустрэўся з фермерамі."),
    # Галая for Голая: a stem's о written а is unstressed, so the ending is stressed (Галой), which hunspell-be cannot say.
    ("Жыхары Голой Гавани скардзяцца.", "Жыхары Галой Гавані скардзяцца."),
    ("Жыхары Краснага Луга сабралі подпісы.", "Жыхары Краснага Луга сабралі подпісы."),
])
def test_a_belarusian_places_adjective_in_y_or_aya_takes_the_oblique_ending_its_stress_needs(draft, fixed):
    # Красны Луг, Стары Брод, Галая Гавань: their nominatives write no stress, so no genitive was sure and a draft's
    # Russian spelling was left (Красного Луга).
    rows = [("krasny", "be", "Красны Луг", "preferred"), ("krasny", "be", "Красный Луг", "deprecated"), ("krasny", "ru", "Красный Луг", "preferred"),
            ("stary", "be", "Стары Брод", "preferred"), ("stary", "be", "Старый Брод", "deprecated"), ("stary", "ru", "Старый Брод", "preferred"),
            ("gola", "be", "Галая Гавань", "preferred"), ("gola", "be", "Голая Гавань", "deprecated"), ("gola", "ru", "Голая Гавань", "preferred")]
    assert fix(_named("place", rows), draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Руду вязуць з Горишние Плавни.", "Руду вязуць з Гарышніх Плаўняў."),
    ("Дарога да Старых Дорог перакрытая.", "Дарога да Старых Дарог перакрытая."),
    ("Дарога да Старых Дарог перакрытая.", "Дарога да Старых Дарог перакрытая."),
    # лукаў and лук: hunspell-be lists both, so usage chooses and the draft stays.
    ("Жыхары Великих Лук скардзяцца.", "Жыхары Великих Лук скардзяцца."),
])
def test_a_belarusian_plural_place_of_an_adjective_and_a_noun_takes_the_genitive_hunspell_spells(draft, fixed):
    # Гарышнія Плаўні, Старыя Дарогі: a common noun's plural, whose genitive (плаўняў, дарог) hunspell-be spells; none was
    # written, so a draft's Russian genitive stayed.
    rows = [("plavni", "be", "Гарышнія Плаўні", "preferred"), ("plavni", "be", "Горишние Плавни", "deprecated"),
            ("darogi", "be", "Старыя Дарогі", "preferred"), ("darogi", "be", "Старые Дороги", "deprecated"),
            ("luki", "be", "Вялікія Лукі", "preferred"), ("luki", "be", "Великие Луки", "deprecated")]
    assert fix(_named("place", rows), draft, "be").text == fixed
@pytest.mark.parametrize("draft, fixed", [
    # A Russian surname in -ш takes -ем or -ом by a stress no rule sees (Кулишом, Келемешем): the draft's wrong spelling
    # of the first name is fixed where its surname already writes one of the two, which stays as drafted.
    ("Интервью с Іштваном Келемешем вышло в субботу.", "Интервью с Иштваном Келемешем вышло в субботу."),
    ("Тренер доволен Алегом Кулишом после регаты.", "Тренер доволен Олегом Кулишом после регаты."),
    ("Тренер доволен Алегом Кулішом после регаты.", None),  # (the surname's spelling is wrong too: no ending to keep)
    ("Интервью с Иштваном Келемешем вышло в субботу.", None),
])
def test_an_ending_of_either_stress_the_draft_already_writes(draft, fixed):
    termbase = _named("person", [
        ("kelemes", "ru", "Иштван Келемеш", "preferred"), ("kelemes", "ru", "Іштван Келемеш", "deprecated"),
        ("kulish", "ru", "Олег Кулиш", "preferred"), ("kulish", "ru", "Алег Кулиш", "deprecated"),
        ("kulish", "ru", "Алег Куліш", "deprecated"),
    ])
    assert fix(termbase, draft, "ru").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A possessive pronoun before a title in the instrumental agrees with it like an adjective (the uk dictionary tags
    # свій a pronoun): the verb of the accusative still makes the name its object.
    ("Профспілка обрала своїм головою Кирилл Вишневецкий на з'їзді.", "Профспілка обрала своїм головою Кирила Вишневецького на з'їзді."),
    ("Міністр призначив своїм заступником Кирилл Вишневецкий.", "Міністр призначив своїм заступником Кирила Вишневецького."),
    ("Профспілка обрала своїм головою Кирила Вишневецького на з'їзді.", None),
])
def test_a_possessive_pronoun_before_a_title_of_the_verbs_object(draft, fixed):
    termbase = _named("person", [
        ("vyshnevetskyi", "uk", "Кирило Вишневецький", "preferred"), ("vyshnevetskyi", "uk", "Кирилл Вишневецкий", "deprecated"),
    ])
    assert fix(termbase, draft, "uk").text == (fixed or draft)
def test_a_drafts_russian_hyphenated_plural_place_is_found_in_its_case():
    # The Russian spelling of a place of a plural noun and its adjective (Кузницы-Старые) declined in a Belarusian or Ukrainian
    # draft is found in its case and written as the language's own (Кузніцах Старых, Кузницями-Старими).
    termbase = Termbase.from_rows([
        {"concept": "k", "lang": "be", "term": "Кузніцы Старыя", "kind": "place"},
        {"concept": "k", "lang": "be", "term": "Кузницы-Старые", "status": "deprecated", "kind": "place"},
        {"concept": "k", "lang": "uk", "term": "Кузниці-Старі", "kind": "place"},
        {"concept": "k", "lang": "uk", "term": "Кузницы-Старые", "status": "deprecated", "kind": "place"},
        {"concept": "k", "lang": "ru", "term": "Кузницы-Старые", "kind": "place"},
    ])
    assert fix(termbase, "Школу ў Кузницах-Старых адкрылі.", "be").text == "Школу ў Кузніцах Старых адкрылі."
    assert fix(termbase, "Пад Кузницами-Старыми знайшлі курган.", "be").text == "Пад Кузніцамі Старымі знайшлі курган."
    assert fix(termbase, "Під Кузницами-Старыми знайшли курган.", "uk").text == "Під Кузницями-Старими знайшли курган."
    assert fix(termbase, "Кузніцам Старым далі грошы.", "be").text == "Кузніцам Старым далі грошы."


@pytest.mark.parametrize("draft, fixed", [
    # A Polish place's right spelling in oblique cases only, after a preposition that takes none of them, takes the
    # case the preposition gives it: a locative or dative after z, do, spod; a genitive after w, o.
    ("Goście z Nowomoskowsku przyjechali wieczorem.", "Goście z Nowomoskowska przyjechali wieczorem."),
    ("Ze Nowomoskowskowi nie ma połączenia.", "Z Nowomoskowska nie ma połączenia."),
    ("Autobus do Nowomoskowsku odjechał.", "Autobus do Nowomoskowska odjechał."),
    ("Kolumna ruszyła spod Nowomoskowskiem.", "Kolumna ruszyła spod Nowomoskowska."),
    ("Koncert w Nowomoskowska odwołano.", "Koncert w Nowomoskowsku odwołano."),
    ("Pisano o Bolechowa od rana.", "Pisano o Bolechowie od rana."),
    # kept: a case the preposition takes (z, with: the instrumental; w, o: the locative), and a nominative's
    # accusative after a verb of entering, which is no oblique form
    ("Mecz z Nowomoskowskiem zakończył się remisem.", None),
    ("Goście z Nowomoskowska przyjechali wieczorem.", None),
    ("Pisano o Bolechowie od rana.", None),
    ("Rakiety uderzyły w Bolechów.", None),
    # naprzeciw, listed with the genitive and the dative, takes both
    ("Dom stoi naprzeciw Bolechowa.", None),
])
def test_a_polish_place_in_no_case_of_its_preposition_takes_the_prepositions(draft, fixed):
    termbase = _named("place", [("novomoskovsk", "pl", "Nowomoskowsk", "preferred"), ("bolekhiv", "pl", "Bolechów", "preferred")])
    assert fix(termbase, draft, "pl").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # A thing given, the name, then the verb of giving, which cannot agree with the name: the person it goes to (dative),
    # both put before their verb; not the thing's genitive.
    ("uk", "Премію Ягодинской вручили у Львові.", "Премію Ягодинській вручили у Львові."),
    ("uk", "Медаль Ягодинской вручили посмертно.", "Медаль Ягодинській вручили посмертно."),
    ("ru", "Орден Оболенцев вручили в Кремле.", "Орден Оболенцеву вручили в Кремле."),
    # A subject before the name, another noun, a verb of no dative, a preposition: the genitive stays.
    ("uk", "Адвокат Ягодинской заявив журналістам про апеляцію.", "Адвокат Ягодинської заявив журналістам про апеляцію."),
    ("uk", "Скафандр Ягодинской передали до музею.", "Скафандр Ягодинської передали до музею."),
    ("uk", "Премію Ягодинской отримав її учень.", "Премію Ягодинської отримав її учень."),
    ("uk", "Лист для Ягодинской передали через адвоката.", "Лист для Ягодинської передали через адвоката."),
    ("ru", "Сыновья Оболенцев передали архив музею.", "Сыновья Оболенцева передали архив музею."),
    ("uk", "Премію Ягодинській вручили у Львові.", None),
])
def test_a_thing_given_and_its_recipient_put_before_the_verb_of_giving(lang, draft, fixed):
    termbase = _named("person", [
        ("yahodynska", "uk", "Ягодинська", "preferred"), ("yahodynska", "uk", "Ягодинская", "deprecated"),
        ("yahodynska", "ru", "Ягодинская", "preferred"),
        ("obolentsev", "ru", "Оболенцев", "preferred"), ("obolentsev", "uk", "Оболенцев", "preferred"),
    ])
    assert fix(termbase, draft, lang).text == (fixed or draft)


def _yaremchuk() -> Termbase:
    return _named("person", [("yaremchuk", "uk", "Олена Яремчук", "preferred"), ("yaremchuk", "uk", "Елена Яремчук", "deprecated"),
                             ("yaremchuk", "be", "Алена Яремчук", "preferred"), ("yaremchuk", "be", "Елена Яремчук", "deprecated"),
                             ("yaremchuk", "ru", "Елена Яремчук", "preferred"), ("yaremchuk", "ru", "Алена Яремчук", "deprecated"),
                             ("yaremchuk", "pl", "Ołena Jaremczuk", "preferred"), ("yaremchuk", "pl", "Olena Yaremchuk", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    # A soloist and a bashkan are titles (government tables): the name after the title's own genitive complement,
    # before the verb it is the subject of, stands in apposition to the title, in the nominative, not the complement's genitive.
    ("uk", "Башканка автономії Елена Яремчук підписала указ.", "Башканка автономії Олена Яремчук підписала указ."),
    ("be", "Салістка гурта Елена Яремчук выступіла на фестывалі.", "Салістка гурта Алена Яремчук выступіла на фестывалі."),
    ("ru", "Солистка группы Алена Яремчук выступила на фестивале.", "Солистка группы Елена Яремчук выступила на фестивале."),
    # A Polish woman's -owa title made from a man's (szefowa of szef) is a noun for a person, as -ka ones are: a title.
    ("pl", "Szefowa związku Olena Yaremchuk podpisała umowę.", "Szefowa związku Ołena Jaremczuk podpisała umowę."),
    ("pl", "Rozmowa z szefową związku Olena Yaremchuk trwała godzinę.", "Rozmowa z szefową związku Ołeną Jaremczuk trwała godzinę."),
    # (a correct genitive after a noun of a thing in -owa stays: rozmowa is no woman's title)
    ("pl", "Rozmowa Ołeny Jaremczuk z ministrem trwała godzinę.", "Rozmowa Ołeny Jaremczuk z ministrem trwała godzinę."),
])
def test_a_name_after_a_womans_title_and_its_complement_is_the_titles_apposition(lang, draft, fixed):
    assert fix(_yaremchuk(), draft, lang).text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A trade or calling is a title too (рятувальник, kapelan, выдавец, инженер): the lower-case surname right after it, in
    # a case the title is in, is the person in apposition; an ordinary noun's other case there is the title's object put
    # before its verb (the forester saw an otter), and a miner's oblique word is a club's (Kibice Górnika Zabrze).
    ("uk", "Рятувальник видра виніс дитину з вогню.", "Рятувальник Видра виніс дитину з вогню."),
    ("uk", "Лісник видру бачив біля ставка.", None),
    ("ru", "Инженер выдра спроектировал мост.", "Инженер Выдра спроектировал мост."),
    ("ru", "Лесник выдру видел у пруда.", None),
    ("pl", "Kapelan wydra poświęcił kaplicę.", "Kapelan Wydra poświęcił kaplicę."),
    ("pl", "Leśnik wydrę widział przy stawie.", None),
    ("pl", "Kibice Górnika Zabrze wywiesili transparent.", None),
    ("pl", "Posłowie zapytali minister wydrę o budżet.", "Posłowie zapytali minister Wydrę o budżet."),  # a woman's title, any case
    ("be", "Выдавец выдра прадставіў новую серыю кніг.", "Выдавец Выдра прадставіў новую серыю кніг."),
])
def test_a_lower_case_surname_after_a_trade_in_its_case_is_the_person(lang, draft, fixed):
    termbase = Termbase.from_rows([*({"concept": "vydra", "lang": code, "term": term, "kind": "person"}
                                     for code, term in (("uk", "Видра"), ("ru", "Выдра"), ("pl", "Wydra"), ("be", "Выдра"))),
                                   {"concept": "zabrze", "lang": "pl", "term": "Zabrze", "kind": "place"}])
    assert fix(termbase, draft, lang).text == (fixed or draft)


@pytest.mark.parametrize("draft, lang", [
    # A noun of motion or transfer (этап, a prisoners' transfer; депортация, экстрадиция) before в/у names where to, in
    # the accusative, as a verb of motion does: a place the draft writes so stays (not the locative of the default).
    ("Этап в Сысерть занял почти сутки.", "ru"),
    ("Депортация в Тайшет началась осенью.", "ru"),
    ("Екстрадиція в Тайшет затяглася на рік.", "uk"),
    ("Дэпартацыя ў Тайшэт пачалася восенню.", "be"),
])
def test_a_noun_of_transfer_sends_its_place_where_to(draft, lang):
    termbase = _named("place", [
        ("sysert", "ru", "Сысерть", "preferred"), ("taishet", "ru", "Тайшет", "preferred"),
        ("taishet", "uk", "Тайшет", "preferred"), ("taishet", "be", "Тайшэт", "preferred"),
    ])
    assert fix(termbase, draft, lang).text == draft


@pytest.mark.parametrize("draft, fixed", [
    # A bare verb of carrying (везлі, вёз), several words back past a route (праз X і Y), still sends the place where to.
    ("Грузы везлі праз Тайшэт і Сысерць у Нерчынск.", None),
    ("Ён вёз дзяцей у Нерчынск.", None),
    ("Ён вёз дзяцей у Нерчинск.", "Ён вёз дзяцей у Нерчынск."),
])
def test_a_bare_verb_of_carrying_sends_its_place_where_to(draft, fixed):
    termbase = _named("place", [("nerchinsk", "be", "Нерчынск", "preferred"), ("nerchinsk", "be", "Нерчинск", "deprecated")])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("draft, fixed", [
    # A Belarusian place in -ы whose Russian name is a masculine adjective in -ой or -ый declines as one, whatever its
    # stem ends in (Ключавы: Ключавога, у Ключавым), not as the plural-only noun in -ы (Ключавах is no form of it).
    ("У Ключевом прайшоў фестываль.", "У Ключавым прайшоў фестываль."),
    ("З Ключевого прыехалі валанцёры.", "З Ключавога прыехалі валанцёры."),
    ("Перад Ключевым рака робіць паварот.", "Перад Ключавым рака робіць паварот."),
])
def test_a_belarusian_adjectival_place_in_y_declines_as_an_adjective(draft, fixed):
    termbase = _named("place", [
        ("klyuchevoy", "be", "Ключавы", "preferred"), ("klyuchevoy", "be", "Ключевой", "deprecated"), ("klyuchevoy", "ru", "Ключевой", "preferred"),
    ])
    assert fix(termbase, draft, "be").text == (fixed or draft)


@pytest.mark.parametrize("draft", [
    # An ordinary noun opening its sentence whose predicate stands a few words on (a short adjective too): the medics.
    "Медики Хмелевским довольны, говорят в больнице.",
    "Медики районной больницы довольны.",
    "Медики всем довольны.",
])
def test_an_ordinary_noun_opening_a_sentence_before_its_predicate_further_on(draft):
    termbase = Termbase.from_rows([
        {"concept": "medyka", "lang": "en", "term": "Medyka", "kind": "place", "note": "village in Poland; feminine"},
        {"concept": "medyka", "lang": "ru", "term": "Медыка", "kind": "place"},
        {"concept": "medyka", "lang": "ru", "term": "Медика", "status": "deprecated", "kind": "place"},
    ])
    assert fix(termbase, draft, "ru").text == draft


@pytest.mark.parametrize("draft, fixed", [
    # A lower-case adjective of a place before a noun the dictionary lacks (облздрав, the region's health board) agrees
    # with it by the guessed readings: the ordinary adjective, no instrumental of Нерчинск in lower case.
    ("В нерчинском облздраве отзываются о нём хорошо.", None),
    ("Проверку в нерчинском райздраве завершили.", None),
    ("Бои под нерчинском не утихают.", "Бои под Нерчинском не утихают."),
])
def test_a_lower_case_place_adjective_before_an_unknown_noun(draft, fixed):
    termbase = _named("place", [("nerchinsk", "ru", "Нерчинск", "preferred")])
    assert fix(termbase, draft, "ru").text == (fixed or draft)


@pytest.mark.parametrize("lang, draft, fixed", [
    # An adjective of the dative with a subject before it (вдячні, благодарна, wdzięczni, удзячная): the person after it
    # is the one thanked, in the dative, though the draft left the name in the nominative.
    ("uk", "Виборці вдячні Савонюк за новий міст.", ("Виборці вдячні Савонюкові за новий міст.", "Виборці вдячні Савонюку за новий міст.")),
    ("uk", "Ми дуже вдячні Гураль за допомогу.", ("Ми дуже вдячні Гуралеві за допомогу.", "Ми дуже вдячні Гуралю за допомогу.")),
    ("ru", "Община была благодарна Савонюк за поддержку.", ("Община была благодарна Савонюку за поддержку.",)),
    ("pl", "Wieś jest wdzięczna Martynczuk za odnowioną szkołę.", ("Wieś jest wdzięczna Martynczukowi za odnowioną szkołę.",)),
    ("be", "Вёска ўдзячная Мартынчук за адноўленую школу.", ("Вёска ўдзячная Мартынчуку за адноўленую школу.",)),
    # Nothing before the adjective: the name is its subject, and stays.
    ("ru", "Благодарен Савонюк всем, кто пришёл на концерт.", ("Благодарен Савонюк всем, кто пришёл на концерт.",)),
    ("pl", "Wdzięczny Sawoniuk podziękował wszystkim kibicom.", ("Wdzięczny Sawoniuk podziękował wszystkim kibicom.",)),
])
def test_a_person_after_an_adjective_of_the_dative_is_the_one_thanked(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text in fixed


@pytest.mark.parametrize("draft, fixed", [
    # A woman's Russian -ой (genitive, dative, instrumental, locative at once) right after a verb its table gives no case:
    # the one the deed is for, in the dative, not a genitive.
    ("Волонтери купили Журавской квитки додому.", "Волонтери купили Журавській квитки додому."),
    ("Глядачі влаштували Журавской справжній тріумф.", "Глядачі влаштували Журавській справжній тріумф."),
    ("Редакція завдячує Ступаковой своїм успіхом.", "Редакція завдячує Ступаковій своїм успіхом."),
    # A noun, a verb of the genitive, a negated verb, a preposition: the genitive stays.
    ("Доповідь Колесовой вразила всіх учасників.", "Доповідь Колесової вразила всіх учасників."),
    ("Про роботу Ступаковой писали всі газети.", "Про роботу Ступакової писали всі газети."),
    ("Туристи уникали Ступаковой весь вечір.", "Туристи уникали Ступакової весь вечір."),
    ("Журналісти так і не дочекалися Журавской.", "Журналісти так і не дочекалися Журавської."),
    ("Студенти захоплювалися Колесовой.", "Студенти захоплювалися Колесовою."),
])
def test_a_womans_russian_oi_right_after_a_verb_of_no_case_is_its_recipients_dative(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "uk").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A name of several words written with a space where the term has a hyphen, or the reverse: the term's own joining,
    # in the case the draft gave it.
    ("ru", "Завод в Каменске Уральском закрыли.", "Завод в Каменске-Уральском закрыли."),
    ("ru", "Автобусы из Каменска Уральского не ходят.", "Автобусы из Каменска-Уральского не ходят."),
    ("pl", "Mieszkańcy Zielonej-Góry protestują.", "Mieszkańcy Zielonej Góry protestują."),
    ("pl", "W Zielonej-Górze otwarto szpital.", "W Zielonej Górze otwarto szpital."),
    # Joined as the term joins it: left alone; so are a compound and a lone adjective beside it.
    ("ru", "Завод в Каменске-Уральском закрыли.", None),
    ("pl", "W Zielonej Górze otwarto polsko-czeski szpital.", None),
    ("ru", "Уральский завод закрыли.", None),
])
def test_a_name_of_several_words_joined_otherwise_than_the_term(lang, draft, fixed):
    termbase = _named("place", [("kamensk", "ru", "Каменск-Уральский", "preferred"),
                                ("zielona_gora", "pl", "Zielona Góra", "preferred")])
    assert fix(termbase, draft, lang).text == (fixed or draft)


def _plural_places_read_as_other_words() -> Termbase:
    return Termbase.from_rows([
        {"concept": "osinki", "lang": "ru", "term": "Осинки", "kind": "place", "forms": "gen=Осинок"},
        {"concept": "pasiky", "lang": "uk", "term": "Пасіки", "kind": "place", "forms": "gen=Пасік"},
        {"concept": "demydovychi", "lang": "uk", "term": "Демидовичі", "kind": "place", "forms": "gen=Демидовичів"},
        {"concept": "dviny", "lang": "ru", "term": "Двины", "kind": "place", "forms": "gen=Двин"},
    ])


@pytest.mark.parametrize("lang, draft, fixed", [
    # осинка's genitive, a common noun's, is no other place: the town's nominative after около is left undeclined
    ("ru", "Новый мост около Осинки откроют весной.", "Новый мост около Осинок откроют весной."),
    # Ukrainian's dictionary knows Пасіки as a plural-only noun of its own: not пасіка's genitive
    ("uk", "Черга біля Пасіки розтяглася на кілометр.", "Черга біля Пасік розтяглася на кілометр."),
    # the surname Демидович's locative is no place: побували puts the town in the locative
    ("uk", "Журналісти побували в Демидовичі минулого тижня.", "Журналісти побували в Демидовичах минулого тижня."),
    # the river Двина's genitive (a place the Russian dictionary marks) still stands after с
    ("ru", "Лодки возвращались с Двины поздно вечером.", "Лодки возвращались с Двины поздно вечером."),
    # a verb of motion keeps the plural place's accusative
    ("ru", "Осенью мы поехали в Осинки к родственникам.", "Осенью мы поехали в Осинки к родственникам."),
    # неподалік alone governs the genitive, as неподалік від does (uk.toml)
    ("uk", "Пожежу неподалік Пасіки загасили до ранку.", "Пожежу неподалік Пасік загасили до ранку."),
])
def test_a_plural_place_read_as_a_common_noun_or_a_surname_after_a_preposition_is_declined(lang, draft, fixed):
    assert fix(_plural_places_read_as_other_words(), draft, lang).text == fixed


def _morozevich() -> Termbase:
    return _named("person", [
        ("morozevich", "be", "Рыгор Маразевіч", "preferred"), ("morozevich", "be", "Маразевіч", "preferred"),
        ("morozevich", "be", "Морозевич", "deprecated"),
        ("morozevich", "ru", "Григорий Морозевич", "preferred"), ("morozevich", "ru", "Морозевич", "preferred"),
        ("morozevich", "ru", "Маразевіч", "deprecated"),
        ("morozevich", "pl", "Ryhor Marazewicz", "preferred"), ("morozevich", "pl", "Marazewicz", "preferred"),
        ("morozevich", "pl", "Morozevich", "deprecated")])


@pytest.mark.parametrize("lang, draft, fixed", [
    # Another language's first name with this language's ending, which no paradigm lists and the dictionary does not
    # know, is the person's first name: it is fixed with the surname, in its case.
    ("ru", "Журналисты пишут о Рыгоре Маразевіче без симпатии.", "Журналисты пишут о Григории Морозевиче без симпатии."),
    ("ru", "Мы долго спорили с Рыгором Маразевічем о статье.", "Мы долго спорили с Григорием Морозевичем о статье."),
    ("pl", "Rozmawialiśmy z Grigoriyem Morozevichem o archiwach.", "Rozmawialiśmy z Ryhorem Marazewiczem o archiwach."),
    ("be", "Кніга пра Григорыя Морозевича выйшла ў Вільні.", "Кніга пра Рыгора Маразевіча выйшла ў Вільні."),
    # (another person's first name, which the dictionary knows, stays beside the fixed surname)
    ("ru", "Журналисты пишут о Павле Маразевіче без симпатии.", "Журналисты пишут о Павле Морозевиче без симпатии."),
    ("pl", "Rozmawialiśmy z Pawłem Marazewiczem o archiwach.", "Rozmawialiśmy z Pawłem Marazewiczem o archiwach."),
])
def test_a_first_name_in_another_spelling_with_this_languages_ending_is_fixed_with_the_surname(lang, draft, fixed):
    assert fix(_morozevich(), draft, lang).text == fixed


@pytest.mark.parametrize("draft, fixed", [
    ("Ліст дайшоў у Трыгубаве праз месяц.", "Ліст дайшоў у Трыгубаў праз месяц."),
    ("Пасылка дайшла ў Трыгубаве праз тыдзень.", "Пасылка дайшла ў Трыгубаў праз тыдзень."),
    ("Газеты дойдуць у Трыгубаве заўтра.", "Газеты дойдуць у Трыгубаў заўтра."),
    ("Справа ў Трыгубаве дайшла да суда.", "Справа ў Трыгубаве дайшла да суда."),  # where the matter went to court
])
def test_a_letter_reaching_a_place_goes_there(draft, fixed):
    # дайсці ў X (a letter, a column reaching a place) names where to, as verbs of motion do: the accusative.
    termbase = Termbase.from_rows([{"concept": "t", "lang": "be", "term": "Трыгубаў", "kind": "place"}])
    assert fix(termbase, draft, "be").text == fixed


@pytest.mark.parametrize("draft, fixed", [
    # A Polish draft translated from Russian leaves a transcribed feminine place of two words half declined in Russian
    # (-oy, -ey, -uyu, the noun's -e) or with Polish endings on the transcribed stems (Verkhnej from Verkhnyaya).
    ("Zawody odbyły się w Krasnoy Polyane w lutym.", "Zawody odbyły się w Krasnej Polanie w lutym."),
    ("Delegacja pojechała do Verkhnej Saldy w marcu.", "Delegacja pojechała do Wierchniej Sałdy w marcu."),
    ("Autobus jechał przez Verkhnyuyu Saldu nocą.", "Autobus jechał przez Wierchnią Sałdę nocą."),
    ("Pod Beloy Glinoy rozbito obóz dla uchodźców.", "Pod Białą Gliną rozbito obóz dla uchodźców."),
    ("Szkoła we Verkhney Salde przyjmuje uczniów z okolicy.", "Szkoła w Wierchniej Sałdzie przyjmuje uczniów z okolicy."),
    # The right forms stay, and so does the common noun in lower case.
    ("Magazyny pod Wierchnią Sałdą spłonęły w nocy.", "Magazyny pod Wierchnią Sałdą spłonęły w nocy."),
    ("Dom z białej gliny stoi na skraju polany.", "Dom z białej gliny stoi na skraju polany."),
])
def test_a_transcribed_russian_feminine_place_declined_in_russian_is_found_in_polish(eval_termbase, draft, fixed):
    assert fix(eval_termbase, draft, "pl").text == fixed


@pytest.mark.parametrize("lang, draft, fixed", [
    # A bare verb of riding or carrying (ехали, везут, їхали, везуть) before в/у sends the place where to: the accusative.
    ("ru", "Мы ехали в Вохма всю ночь.", "Мы ехали в Вохму всю ночь."),
    ("ru", "Гуманитарку везут в Вохма из Костромы.", "Гуманитарку везут в Вохму из Костромы."),
    ("uk", "Ми їхали у Вохма всю ніч.", "Ми їхали у Вохму всю ніч."),
    ("uk", "Лікарів везуть у Шенкурск гелікоптером.", "Лікарів везуть у Шенкурськ гелікоптером."),
    # A verb of training (тренируются, тренувалися) keeps the place where: the locative, also for a nominative that is
    # its accusative too.
    ("ru", "Сборная тренируется в Шенкурск с понедельника.", "Сборная тренируется в Шенкурске с понедельника."),
    ("uk", "Збірна тренується в Шенкурськ з понеділка.", "Збірна тренується в Шенкурську з понеділка."),
    ("uk", "Лижники тренувалися у Ясенники два тижні.", "Лижники тренувалися у Ясенниках два тижні."),
    # Keeps.
    ("ru", "Мы ехали в Вохму всю ночь.", "Мы ехали в Вохму всю ночь."),
    ("uk", "Збірна тренується в Шенкурську з понеділка.", "Збірна тренується в Шенкурську з понеділка."),
])
def test_verbs_of_riding_and_carrying_send_where_to_and_of_training_keep_where(eval_termbase, lang, draft, fixed):
    assert fix(eval_termbase, draft, lang).text == fixed


@pytest.mark.parametrize(
    "draft, fixed",
    [
        # The right name with a loan noun's -u for its -a genitive or -ie locative, or a Russian locative's bare -e.
        ("Autobus z Kruszwinu przyjechał pusty.", "Autobus z Kruszwina przyjechał pusty."),
        ("Rada miasta w Staszowe zebrała się wczoraj.", "Rada miasta w Staszowie zebrała się wczoraj."),
        ("Pożar we Kruszwinu gasiło dziesięć zastępów.", "Pożar w Kruszwinie gasiło dziesięć zastępów."),
        # Right forms stay.
        ("Rada miasta w Staszowie zebrała się wczoraj.", "Rada miasta w Staszowie zebrała się wczoraj."),
        ("Pożar w Kruszwinie gasiło dziesięć zastępów.", "Pożar w Kruszwinie gasiło dziesięć zastępów."),
    ],
)
def test_a_right_polish_place_misdeclined_is_mended_in_the_case_the_sentence_needs(draft, fixed):
    termbase = Termbase.from_rows([
        {"concept": "staszow", "lang": "pl", "term": "Staszów", "kind": "place"},
        {"concept": "kruszwin", "lang": "pl", "term": "Kruszwin", "kind": "place"},
    ])
    assert fix(termbase, draft, "pl").text == fixed


@pytest.mark.parametrize(
    "draft, fixed",
    [
        # Lewinu is also the village Lewino's dative, which neither z nor w governs: the town Lewin misdeclined.
        ("Turyści z Lewinu wrócili autokarem.", "Turyści z Lewina wrócili autokarem."),
        ("Festyn we Lewinu przyciągnął tłumy.", "Festyn w Lewinie przyciągnął tłumy."),
        # After ku, which takes the dative, it may be Lewino: left.
        ("Pielgrzymi szli ku Lewinu przez las.", "Pielgrzymi szli ku Lewinu przez las."),
    ],
)
def test_a_misdeclined_polish_place_read_as_another_place_in_a_case_its_preposition_cannot_take_is_mended(draft, fixed):
    termbase = Termbase.from_rows([{"concept": "lewin", "lang": "pl", "term": "Lewin", "kind": "place"}])
    assert fix(termbase, draft, "pl").text == fixed



@pytest.mark.parametrize(
    "draft, lang, fixed",
    [
        # The apposition after the name shows its case: the subject after its verb, in the nominative ...
        ("Związek reprezentuje Hlushkovska, była nauczycielka.", "pl", "Związek reprezentuje Hłuszkowska, była nauczycielka."),
        ("Законопроект раскритиковал Грабчюк, бывший министр финансов.", "ru", "Законопроект раскритиковал Грабчук, бывший министр финансов."),
        # ... the dative or accusative of the verb, and, where it is of two cases, the verb's own among them.
        ("Rada powierzyła projekt Hrabchuk, inżynierowi z Gdańska.", "pl", "Rada powierzyła projekt Hrabczukowi, inżynierowi z Gdańska."),
        ("Суд оправдал Грабчюк, бывшего директора завода.", "ru", "Суд оправдал Грабчука, бывшего директора завода."),
        # Right forms stay.
        ("Rada powierzyła projekt Hrabczukowi, inżynierowi z Gdańska.", "pl", "Rada powierzyła projekt Hrabczukowi, inżynierowi z Gdańska."),
    ],
)
def test_the_apposition_after_a_person_shows_the_case_the_verb_gives_them(draft, lang, fixed):
    termbase = Termbase.from_rows([
        {"concept": "hrabchuk", "lang": "pl", "term": "Hrabczuk", "status": "preferred", "kind": "person"},
        {"concept": "hrabchuk", "lang": "pl", "term": "Hrabchuk", "status": "deprecated", "kind": "person"},
        {"concept": "hrabchuk", "lang": "ru", "term": "Грабчук", "status": "preferred", "kind": "person"},
        {"concept": "hrabchuk", "lang": "ru", "term": "Грабчюк", "status": "deprecated", "kind": "person"},
        {"concept": "hlushkovska", "lang": "pl", "term": "Hłuszkowska", "status": "preferred", "kind": "person"},
        {"concept": "hlushkovska", "lang": "pl", "term": "Hlushkovska", "status": "deprecated", "kind": "person"},
    ])
    assert fix(termbase, draft, lang).text == fixed
