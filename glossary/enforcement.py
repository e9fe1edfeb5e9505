"""Fixing drafts: wrong renderings become the preferred term in the case the sentence needs.

Every replacement is a form of the preferred term's paradigm, in the letter case of the text it
replaces (a name MT wrote in lower case gets its capital back). When the paradigm has no sure form
in the case the sentence needs, the draft keeps its word and the result says so (``unsure``)
instead of guessing an ending. A first name next to a surname being fixed is fixed with it, in the
same case; in Polish, w/we and z/ze before the new word follow it. URLs, e-mail addresses and
quotations in another language are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary.inflection import CASES
from glossary.lexicon import (NEXT_WORD, VOWELS, WORD_BEFORE_A_NAME, opens_a_sentence, adjective_reading, can_be_subject_of, describes_a_neighbour, first_name_reading, has_place_adjective,
                              known_nominative, known_word, other_lemma_cases, place_adjective, place_adjective_alone, person_noun, predicate_further_on, same_lemma)
from glossary.matching import FuzzyHit
from glossary.normalize import fold_term, has_mixed_script, is_cyrillic
from glossary.spans import fills_a_quotation, inside, protected_spans
from glossary.syntax import (a_woman_by_her_verb, after_a_broadcaster, after_an_oblique_adjective, after_a_dedication, after_a_land_kind, agent_of_a_participle, after_a_womans_title, after_a_monument, after_a_place_part,
                             after_a_nominative_kind, after_a_settlement, after_a_subject_noun, after_a_territory, after_a_thing_given, after_a_verb_not_its_own, after_an_impersonal,
                             after_an_object_verb, after_an_oblique_title, after_people, after_preposition, case_of_an_impersonal_after, case_of_the_verb_after, cases_in_context,
                             case_joined_to_a_name, instrumental_of_a_genitive_noun, object_of_a_verb_that_disagrees,
                             cases_in_text, chosen_by_its_verb, dative_verb_before, for_whom_by_its_verb, governed_case, located_after_a_noun, located_by_its_verb, located_by_the_verb_after,
                             oblique_title_cases, of_a_title_by_its_verb, of_the_noun_before, place_after_a_title, polish_preposition, preposition_cases, preposition_default, sent_by_its_verb,
                             single_case_preposition, source_case, with_a_person)
from glossary.termbase import ACCEPTABLE, Match, Termbase

MISSING_THRESHOLD = 0.6  # looser than plain scanning: the source says the term must be there


@dataclass(frozen=True)
class Change:
    concept: str
    from_: str
    to: str
    reason: str  # deprecated | forbidden | unlisted | letter case | undeclined | missing | preposition | unsure
    start: int | None  # offsets in the draft as given; None when a missing term was not located
    end: int | None
    note: str = ""  # for "unsure": why the text was left as it is


@dataclass
class FixResult:
    text: str
    changes: list[Change] = field(default_factory=list)
    unsure: list[Change] = field(default_factory=list)  # wrong renderings left as they are, and why


def fix(termbase: Termbase, draft: str, lang: str, source: str | None = None, source_lang: str = "en") -> FixResult:
    """Fix ``draft``; with its ``source``, also find source concepts the draft lacks, and let the
    source say the case where the draft's own words cannot ("Losik's lawyer": genitive)."""
    scanned = termbase.scan(draft, lang)
    matches = [m for m, after in zip(scanned, [*scanned[1:], None])
               if not _first_name_of_the_next(termbase, m, after, draft, lang) and not _common_noun_before_a_name(termbase, m, after, draft, lang)
               and not (termbase.kind(m.concept) == "person" and after_a_broadcaster(draft, m.start, lang))
               and not _another_persons_first_name(termbase, m, draft, lang) and not _an_oblique_form_its_predicate_takes_as_its_subject(m, draft, lang)]
    source_matches = termbase.scan(source, source_lang) if source else []
    if source:
        # With the source at hand, a word that only resembles a concept (a rendering the termbase
        # does not list, a lower-case word) is that concept only where the source names it: Sarah
        # Palin's «Сара» is no river Щара, «під вартою» (under guard) no river Warta.
        named = {m.concept for m in source_matches}
        matches = [m for m in matches if m.concept in named or not _resembles_only(m)]
    hints = {m.concept: source_case(source, m.start, m.end, source_lang, lang, termbase.kind(m.concept),
                                    first_name=_a_first_name(termbase, m.concept, lang))
             for m in reversed(source_matches)}  # reversed: the first occurrence wins
    found = [change for m, before in zip(matches, [None, *matches[:-1]])
             if (change := _change_for(termbase, m, draft, lang, hints.get(m.concept), _joined_case(termbase, m, before, draft, lang))
                 or lang == "pl" and _preposition_before_a_right_name(m, draft))]
    if found:
        protected = protected_spans(draft, lang, [(m.start, m.end) for m in matches], _sibling_spellings(termbase, matches, lang),
                                    [(m.start, m.end) for m in matches if termbase.kind(m.concept) == "person" and m.status != "unlisted"])
        # A person's name alone in quotation marks is cited, not written by MT (a sign, a slogan),
        # unless a preposition makes it part of the sentence (Mówił o „Łukaszence”).
        found = [c for c in found if not inside(protected, c.start, c.end)
                 and not (termbase.kind(c.concept) == "person" and fills_a_quotation(draft, c.start, c.end)
                          and not after_preposition(draft, c.start, lang))]
    changes = [c for c in found if c.reason != "unsure"]
    if source:
        # Only a spelling the termbase lists says the source names the concept: a resemblance
        # does not (Boris Johnson's Boris is no Borys, Wayde Sims's Wayde no Wajda).
        listed = [m for m in source_matches if m.status != "unlisted"]
        # A surname left as another person's is no rendering the source's concept lacks either (Khalid Barnes, a
        # defendant, is not the singer Oliver Barnes whom the source's "Barnes" matched).
        left = [(m.start, m.end) for m in scanned if m not in matches and _another_persons_first_name(termbase, m, draft, lang)]
        changes += _missing(termbase, draft, lang, listed, matches, hints, left)
    return FixResult(_apply(draft, changes), changes, [c for c in found if c.reason == "unsure"])


def _sibling_spellings(termbase: Termbase, matches: list[Match], lang: str) -> list[tuple[int, int, str]]:
    """``(start, end, language)`` of the wrong renderings that are a neighbouring language's own form of the
    term (ru Отунбаева in a Ukrainian text): the language a quotation holding them may be in."""
    siblings = _EAST_SLAVIC - {lang} if lang in _EAST_SLAVIC else frozenset()
    return [(m.start, m.end, other) for m in matches if m.status not in ACCEPTABLE for other in sorted(siblings)
            if any(form == m.term for i in termbase.preferred(m.concept, other) for _, form in termbase.case_forms(i))]


_EAST_SLAVIC = frozenset({"be", "uk", "ru"})


def _a_first_name(termbase: Termbase, concept: str, lang: str) -> bool:
    """True when the person ``concept`` is named by a first name alone in ``lang`` (Theresa, whose surname May
    the termbase lacks): its case is that of the surname after it."""
    return termbase.kind(concept) == "person" and any(
        " " not in termbase.records[i].text and first_name_reading(termbase.records[i].text, lang) for i in termbase.preferred(concept, lang))


def _first_name_of_the_next(termbase: Termbase, match: Match, after: Match | None, draft: str, lang: str) -> bool:
    """True when ``match`` is a fuzzy hit of one word right before another name's word: it is that person's
    first name (Alexandra Volfovicha: no Solzhenitsyn's Александр; Олександр Новак: no Solzhenitsyn; Сара
    Пейлін: no river Щара). So is a hit, fuzzy or a wrong spelling, on a person's first name listed alone (Александр,
    Aleksandr) before a name the termbase does not hold (Ołeksandra Starucha, Aleksandra Hnatiuka): their own surname
    would have been found."""
    if " " in match.term or match.status not in ("unlisted", "deprecated"):
        return False
    following = NEXT_WORD.match(draft, match.end)
    name_follows = following is not None and following.group(1)[0].isupper() and following.group(1)[1:].islower()
    if name_follows and (after is None or after.start > following.start(1) or after.concept != match.concept) \
            and _a_lone_first_name(termbase, match):
        return True
    if match.status != "unlisted":
        return False
    if after is not None and after.concept != match.concept and termbase.kind(match.concept) == "person" == termbase.kind(after.concept) \
            and not draft[match.end : after.start].strip() and after.start > match.end \
            and any(termbase.records[i].text.split()[0] == match.canonical
                    for i in termbase.terms_of(match.concept) if termbase.records[i].words > 1):
        return True
    # A first name the dictionary knows, then a name's next word (Johnsona; not an acronym, BBC): no
    # surname comes before another name (Листування з Башкирцевой Мопассан вів: its subject).
    return name_follows and first_name_reading(match.term, lang)


def _a_lone_first_name(termbase: Termbase, match: Match) -> bool:
    """True when ``match``'s term is the first word of one of its person's full names and the last of none (Александр of
    Александр Солженицын): the first name alone, which a draft writes before anyone's surname (not a surname alone,
    Humenyuk, whatever full names the termbase lists)."""
    if termbase.kind(match.concept) != "person" or " " in match.canonical:
        return False
    full_names = [termbase.records[i].text.split() for i in termbase.terms_of(match.concept) if termbase.records[i].words > 1]
    return any(words[0] == match.canonical for words in full_names) and all(words[-1] != match.canonical for words in full_names)


def _common_noun_before_a_name(termbase: Termbase, match: Match, after: Match | None, draft: str, lang: str) -> bool:
    """True when ``match`` is an unlisted one-word hit on a person's surname that is also a common noun for a
    person (Українка, a Ukrainian woman: Lesya Ukrainka's surname) right before another person's name
    (Українка Даяна Ястремська): the noun says who that person is, no surname of its own."""
    return match.status == "unlisted" and " " not in match.term and after is not None and after.concept != match.concept \
        and termbase.kind(match.concept) == "person" == termbase.kind(after.concept) \
        and not draft[match.end : after.start].strip() and after.start > match.end and person_noun(match.term, lang)


def _an_oblique_form_its_predicate_takes_as_its_subject(match: Match, draft: str, lang: str) -> bool:
    """True when ``match``, one word in an oblique case alone, opens its sentence and the predicate a few words on (a
    finite verb, in ru/uk a short adjective or participle) agrees with the word read as an ordinary noun ("Медики
    добрались до Иршавы", "Медики X довольны": the medics, not the genitive of the village Медика, which nothing before
    it governs). ru, uk, pl: their dictionaries tell a noun's nominative; Belarusian's endings do not.
    Unlike termbase's :func:`~glossary.termbase._an_ordinary_nominative_opening_a_sentence`, which drops a fuzzy
    look-alike on the dictionary's nominative alone, this asks a predicate too: ``match`` may be a listed form of the term.
    (termbase's :func:`~glossary.termbase._common_nouns_form_opening_a_sentence` reads the opposite: an object put first.)"""
    if lang not in ("ru", "uk", "pl") or " " in match.term or "nom" in match.cases \
            or not opens_a_sentence(draft, match.start):
        return False
    agreement = predicate_further_on(draft, match.end, lang)
    # (a word the dictionary does not know is no ordinary noun: Мотыке вдалося, a Russian dative in Ukrainian text)
    return agreement is not None and known_word(match.term, lang) and can_be_subject_of(match.term, lang, agreement)


def _another_persons_first_name(termbase: Termbase, match: Match, draft: str, lang: str) -> bool:
    """True when a person's surname alone has right before it a first name the dictionary knows that is no
    form of the concept's own first names in any language (Рафаэль Надаль: the tennis player, not Serhiy
    Nadal): the surname is another person's, left as written."""
    if " " in match.term or termbase.kind(match.concept) != "person":
        return False
    return bool(termbase.given_name_cases(match.concept)) and _after_another_first_name(termbase, match, draft, lang, only=True)


def _reason(match: Match, lang: str, kind: str | None = None) -> str | None:
    if match.status not in ACCEPTABLE:
        return match.status
    # A correct term typed with look-alike letters (Latin i in Cyrillic) is not the listed spelling.
    if has_mixed_script(match.term):
        return "unlisted"
    if lang == "uk" and "ё" in match.term.lower():  # matching folds ё to е, but Ukrainian has no ё: Кишинёва
        return "unlisted"
    if match.term[0].islower() and match.canonical[0].isupper() or kind == "person" and _surname_in_lower_case(match):
        return "letter case"
    if _joined_otherwise(match.term, match.canonical):
        return "unlisted"
    return None


def _joined_otherwise(written: str, term: str) -> bool:
    """True when a name of several words is joined in the draft otherwise than in the termbase: a hyphen for its space
    (pl Dubiczach-Cerkiewnych: Dubicze Cerkiewne) or a space for its hyphen (Рава Руська: Рава-Руська)."""
    return _joints(written) != _joints(term) and len(written.split()) + written.count("-") == len(term.split()) + term.count("-")


def _joints(name: str) -> list[str]:
    return [character for character in name if character in " -"]


def _surname_in_lower_case(match: Match) -> bool:
    """True for a person's full name whose first name has its capital and whose surname is in lower case (Малгажата
    глінка, Małgorzata glinka): the name itself, the capitals only lost after its first word, which the scan matched."""
    words, names = match.term.split(), match.canonical.split()
    return len(words) == len(names) > 1 and words[0][:1].isupper() \
        and any(word[:1].islower() and name[:1].isupper() for word, name in zip(words[1:], names[1:]))


def _joined_case(termbase: Termbase, match: Match, before: Match | None, draft: str, lang: str) -> str | None:
    """The case of the person named right before ``match`` and joined to it by "and", when that name's own form is
    oblique alone (Зустріч Трампа й X): ``match``, a person's nominative, takes it. So does a place's nominative joined
    to a place (паміж Адэсай і Васілевічы: Васілевічамі), though it is its accusative too: a preposition's two objects
    share its case."""
    kind = termbase.kind(match.concept)
    if before is None or kind not in ("person", "place") or termbase.kind(before.concept) != kind \
            or match.cases != ("nom",) and not (kind == "place" and set(match.cases) == {"nom", "acc"}):
        return None
    return case_joined_to_a_name(draft, (before.start, before.end, before.cases), match.start, match.end, lang, kind)


def _genitive_for_an_instrumental(kind: str, cases: tuple[str, ...], draft: str, start: int, end: int, lang: str, source_hint: str | None) -> bool:
    """True for a person's form in the instrumental alone after a noun that heads a genitive, where the sentence
    or source makes them that noun's genitive (see syntax.instrumental_of_a_genitive_noun): the instrumental another
    language's rendering carried over ("у падтрымку Дональдом Трампом", a rally for Donald Trump)."""
    return kind == "person" and tuple(cases) == ("ins",) and instrumental_of_a_genitive_noun(draft, start, end, lang, source_hint)


def _change_for(termbase: Termbase, match: Match, draft: str, lang: str, source_hint: str | None = None,
                joined: str | None = None) -> Change | None:
    kind = termbase.kind(match.concept)
    if kind == "person" and not termbase.given_name_cases(match.concept) and after_a_territory(draft, match.start, lang):
        # "в городе Паданг": after the kind of town or land, the place's name, where the termbase files a name it knows
        # no first name of as a person (a guess); one with a first name stays the person (адміністрації міста Вілкул).
        kind = "place"
    reason = _reason(match, lang, kind)
    # A name of several words joined otherwise than the term (Рави Руської, Rawie-Ruskiej) is the place itself, in the
    # case it is in: no adjective of it, no other case of its one word.
    rejoined = _joined_otherwise(match.term, match.canonical)
    adjective = bool(kind == "place" and reason and place_adjective(match.term, match.canonical) and not rejoined)
    if kind == "place" and reason and describes_a_neighbour(draft, match.start, match.end, lang, adjective):
        return None  # "Минский суд", "Польська делегація": an adjective from the place, no mention of it
    if kind == "term" and reason == "unlisted" and lang in ("ru", "uk", "pl") and adjective_reading(match.term, lang) \
            and describes_a_neighbour(draft, match.start, match.end, lang):
        return None  # pl "Księstwo Ruskie": an adjective of a land or people agreeing with its noun, not the people
    if kind == "person" and lang in ("ru", "uk") and " " not in match.term \
            and describes_a_neighbour(draft, match.start, match.end, lang, adjective_form=False):
        return None  # ru "На Садовой улице": an adjective agreeing with the noun after it, no surname Садовой
    if reason == "unlisted" and lang == "be" and _belarusian_u_for_apostrophe(termbase, match):
        return None  # "ў Слаўянск": Belarusian writes ў for the в' of Слов'янськ; a form of Славянск, so spelled
    if reason == "unlisted" and not adjective and " " not in match.term and not rejoined and any(
            same_lemma(match.term, termbase.records[i].text, lang) for i in termbase.preferred(match.concept, lang)):
        return None  # pl "z udziałem Rosjan": the preferred term (Rosjanie) itself, in another case
    # An adjective standing for the place ("использует Минский как базу") says nothing of its case.
    start, cases = match.start, CASES if adjective else match.cases
    # A noun's -ой is its instrumental alone (з Москвой); a woman's surname's -ой, however its other language's
    # paradigm reads it, is any of the cases an adjective's -ой is (Адвокати Славиной: the genitive).
    if reason == "unlisted" and not {"nom", "ins"} & set(cases) \
            or reason in ("unlisted", "deprecated") and kind == "person" and cases == ("ins",):
        cases = _shared_ending_cases(match.term, cases)
    if reason in ("unlisted", "deprecated") and lang == "pl":
        cases = _transliterated_e_cases(match.term, cases)
    if reason is None:
        reason = _yo_spelling(termbase, match, lang)
    if kind == "person" and " " not in match.term and (_leads_a_name_of_three(draft, match.end)
                                                       or _first_name_before_an_unlisted_surname(termbase, match, draft, lang)):
        # The first of a name's three words (Ким Чэн Ын, Мун Чжэ Ин: a Korean surname, then the given name's two
        # syllables) does not decline; the last carries the case (усхваленне Ким Чэн Ына): the spelling alone is fixed.
        # So is a first name alone before a surname the termbase does not list (член партыі Джэф Дзіл): the sentence's
        # case is the surname's, and a first name never takes a case its surname does not; it keeps the draft's.
        if reason is None or reason == "letter case":
            return None
        replacement = termbase.replacement(match.concept, match.term, match.cases, lang)
        return Change(match.concept, match.term, replacement, reason, match.start, match.end) \
            if replacement and replacement != match.term else None
    # A name MT wrote in lower case may be in the wrong case too (з махачкала, лічаць рахмон): the sentence
    # gives it the case it would give the capitalised right spelling. After a kind of settlement the nominative
    # is written as well (міста кременець: Кременець or Кременця), so only its capital is sure.
    settled = kind == "place" and after_a_settlement(draft, match.start, lang)
    gender = termbase.gender(match.concept) if kind == "person" else None
    recased = reason == "letter case" and not settled and _undeclined(match, draft, lang, kind, gender)
    named = settled and (_named_in_the_nominative(termbase, match.concept, lang) or _not_established(termbase, match.concept, lang)
                         or _compound_name(termbase, match.concept, lang))
    # A woman's surname in a consonant or -о does not decline (спадарыня Фрыман, са спадарыняй Фрыман, г-жи Фриман):
    # after Mrs, its every case is its nominative. So where the termbase names the person by a surname alone (its sex, if
    # noted, is a guess or a namesake's): the text's own first name and a woman's verb tell it (Андреа Дженкинс была).
    womans = kind == "person" and " " not in match.canonical and (match.canonical[-1].lower() not in VOWELS or match.canonical[-1] in "оo") \
        and (after_a_womans_title(draft, match.start, lang)
             or not termbase.given_name_cases(match.concept) and a_woman_by_her_verb(draft, match.start, match.end, lang))
    if recased:
        reason, cases = recased
    if joined and reason is not None:
        cases = (joined,)  # a wrong spelling's nominative joined to an oblique name (Трампа й Розенштейн): its case
    if reason is None:
        undeclined = not named and not womans and _undeclined(match, draft, lang, kind, gender, where_in_the_source=source_hint == "loc")
        # (a name joined to an oblique one shares its case, whatever the words before say: "Листи Сунакові й X")
        misread = joined and ("undeclined", (joined,)) \
            or _misread(termbase, match, draft, lang, kind) or undeclined \
            or _genitive_for_an_instrumental(kind, *_with_its_first_name(termbase, match, draft), match.end, lang, source_hint) and ("undeclined", ("gen",)) \
            or _instrumental_object(match, draft, lang, kind) or _locative_after_motion(match, draft, lang, kind) \
            or _a_polish_place_in_no_case_of_its_preposition(match, draft, lang, kind) \
            or _case_of_its_first_name(termbase, match, draft, lang, kind) \
            or (("undeclined", match.cases) if kind == "person" and _a_womans_declined_surname(termbase, match, draft, lang) else None)
        if misread is None and _foreign_given_name(termbase, match, draft, lang):
            misread = "unlisted", match.cases  # "Олександра Усика" in Russian: the surname is right, the first name is not
        if misread is None:
            return None
        reason, cases = misread
    if kind == "place" and reason not in (None, "letter case", "undeclined") and after_a_nominative_kind(draft, match.start, lang):
        cases = ("nom",)  # "Береги озера Синевира": a lake's or a state's name stays in its nominative (Rosenthal § 197)
    given = _given_name_before(termbase, match, draft, lang=lang)
    if given:
        start, given_cases = given
        # Where the first name's cases and the surname's share none, the preposition before them may allow one
        # reading only: pl "o Almazbeku Atambayevie" is the locative both may be in, never the dative "Almazbeku" may be.
        allowed = preposition_cases(draft, start, lang)
        cases = tuple(c for c in cases if c in given_cases) or tuple(c for c in (*cases, *given_cases) if c in allowed) or given_cases
    if reason != "undeclined" and _genitive_for_an_instrumental(kind, cases, draft, start, match.end, lang, source_hint):
        cases = ("gen",)  # a wrong spelling's instrumental, carried over from another language (у падтрымку Дональдом Трампом)
    governed = None
    if reason != "letter case" or given:
        # A name in the right spelling but lower case keeps the case the draft gave it (пасля сустрэчы
        # сабянін не адказаў: the subject); only its capitals change.
        name_end = _end_of_the_name(draft, match.end) if kind == "person" and " " not in match.term else match.end
        governed = governed_case(draft, start, lang, kind, name_end, gender) \
            or (None if kind == "place" and after_a_land_kind(draft, start, lang) else source_hint)
        if named:
            governed = "nom" if "nom" in cases else None  # "у вёсцы Дивеево": a form that may be the nominative is; another keeps its case
        elif governed not in cases and kind == "person" and {"gen", "dat"} <= set(cases) and not {"nom", "acc"} & set(cases) \
                and for_whom_by_its_verb(draft, start, lang):
            # "купили Журавской квитки": a form of four cases right after a verb its table gives no case is no object of
            # it (the dictionary's accusative), nor a genitive, but the one the deed is for
            governed = "dat"
        if governed is None and cases == ("nom",) and kind == "person" and not given:
            cases = _title_cases(match, draft, lang) or cases  # a wrong spelling after an oblique title
        # A verb of motion before в/у, or of one case right before, outweighs another language's ending (привезли
        # генератори у Жмеринке, згадав Милашиной); a first name's case, read with the surname, stays.
        by_its_verb = reason in ("unlisted", "deprecated") and not given and " " not in match.term and governed is not None \
            and governed not in cases and chosen_by_its_verb(draft, start, match.end, lang) == governed
        if governed and governed not in cases and "nom" not in cases and not by_its_verb:
            default = preposition_default(draft, start, lang)
            # A preposition of one case for the kind keeps it where the form is in neither (вирушив із
            # Константиновке: from the place, gen; not the ins of "with"): only the default the form may be in wins.
            if default in cases or not single_case_preposition(draft, start, lang, kind):
                governed = default or governed
        cases = cases_in_context(cases, governed)
        if cases == ("loc",) and governed not in (None, "loc") and not after_preposition(draft, start, lang):
            # No locative without a preposition: pl "odpowiedział Medvedevu" is a Russian dative.
            cases = (governed,)
        elif kind == "person" and governed == "ins" and governed not in cases and with_a_person(draft, start, lang):
            cases = (governed,)  # pl "wygrała z Dementievej": with her, not from her
        elif reason in ("unlisted", "deprecated") and governed and governed not in cases \
                and (by_its_verb or single_case_preposition(draft, start, lang, kind)
                     or kind == "person" and agent_of_a_participle(draft, start, match.end, lang)
                     or _instrumental_its_preposition_never_takes(reason, cases, draft, start, lang)):
            # A preposition with one case leaves another language's form no case of its own: be "пра
            # Туске", "пра Дашковой" (ru forms, unlisted or deprecated); so does a participle its agent
            # (підготовленому Терезы Мей: Терезою). A forbidden rendering's own
            # case still wins (до Гонитвою).
            cases = (governed,)
    if womans:
        cases = ("nom",)
    text = draft[start : match.end]
    model = text
    if (text[0].islower() or reason == "letter case") and match.canonical[0].isupper():  # a name in lower case gets its capitals back
        model = " ".join(word[:1].upper() + word[1:] for word in text.split())
    same_term = match.canonical if match.status in ACCEPTABLE and not given else None
    replacement = termbase.replacement(match.concept, model, cases, lang, same_term=same_term)
    title_cases = _title_cases(match, draft, lang) if reason != "letter case" and len(cases) > 1 else ()
    # The cases the name shares with its title: any, where the words before gave none; else all of them.
    titled = tuple(case for case in cases if case in title_cases) if governed is None or set(title_cases) == set(cases) else ()
    if len(titled) > 1 and any(termbase.replacement(match.concept, model, (case,), lang, same_term=same_term)
                               != termbase.replacement(match.concept, model, (titled[0],), lang, same_term=same_term) for case in titled[1:]):
        # The title and the name may share several cases, in which the name's forms differ (a woman's gen
        # and acc, gen and dat): the verb after them may say which, when they are its object put first
        # (Письменниці X присвятили вечір).
        verb_case = case_of_the_verb_after(draft, start, match.end, lang)
        replacement = termbase.replacement(match.concept, model, (verb_case,), lang, same_term=same_term) \
            if verb_case in titled else None
    elif titled and titled[0] != cases[0]:
        # A spelling of any case (uk "спортсмена Девятовский", a Russian nominative) takes the title's.
        replacement = termbase.replacement(match.concept, model, titled, lang, same_term=same_term)
    if reason == "letter case" and not given or recased and replacement is None:
        # Only the capitals change (as well where no sure form of the case the sentence needs is known: ў тбілісі): the very form the draft wrote (по ковелю: Ковелю, not the canonical Ковеля).
        replacement = next((form for index in termbase.terms_in(match.concept, lang) if termbase.records[index].text == match.canonical
                            for _, form in termbase.case_forms(index) if form.lower() == text.lower()), replacement)
    if replacement is None:
        return Change(match.concept, text, text, "unsure", start, match.end,
                      f"no sure {cases[0] if cases else 'nom'} form of the preferred term; left as it is")
    if replacement == text:
        return None
    first = text.split(" ", 1)[0]
    if (given or " " in match.term) and " " in replacement \
            and _first_name_right(termbase, match.concept, lang, first, replacement, cases):
        # The draft's first name stays; a wrong full name ("Алесю Беляцкому") keeps it too.
        surname = replacement.split(" ", 1)[1]
        start, replacement = (match.start, surname) if given else (start, f"{first} {surname}")
    if lang == "pl" and given and start == match.start:
        # The first name stays and stands right after the preposition, which follows it: ze Serdarem -> z Serdarem.
        before, with_first = _polish_preposition(draft, given[0], draft[given[0] : match.start] + replacement)
        if before != given[0]:
            start, replacement = before, with_first
    elif lang == "pl":
        start, replacement = _polish_preposition(draft, start, replacement)
    return Change(match.concept, draft[start : match.end], _apostrophe_of_the_text(replacement, match.canonical, draft) if lang == "pl" else replacement, reason, start, match.end)


_APOSTROPHE_IN_A_WORD = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


_NAME_WORD = re.compile(r" ([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")


def _next_name_word(draft: str, end: int) -> re.Match | None:
    """The word right after ``end`` when it is written as a name: a capital, then lower case (Уолтэрс, Jae-in)."""
    word = _NAME_WORD.match(draft, end)
    return word if word is not None and word.group(1)[0].isupper() and word.group(1)[1:].replace("-", "").islower() else None


def _end_of_the_name(draft: str, end: int) -> int:
    """Where a person's name that goes on past a listed word ends: past the capitalised words right after it
    (Трэнт Уолтэрс маўчаў: the subject of маўчаў is the whole name, not Трэнт before a word Уолтэрс)."""
    while (word := _next_name_word(draft, end)) is not None:
        end = word.end()
    return end


def _leads_a_name_of_three(draft: str, end: int) -> bool:
    """True when the two words after ``end`` are names (Чэн Ына, Jae-in), the last of them a word of two letters
    or more: the word before is the first of a name of three."""
    second = (first := _next_name_word(draft, end)) and _next_name_word(draft, first.end())
    return bool(second) and len(second.group(1)) > 1


def _first_name_before_an_unlisted_surname(termbase: Termbase, match: Match, draft: str, lang: str) -> bool:
    """True when the termbase names the person by a first name alone (Джефф) and a word written as a name that the
    termbase does not list follows it (Джэф Дзіл): its surname, which carries the case (a listed one is fixed with its
    own first names). Not a woman's, whose surname in a consonant tells no case: the sentence gives the whole name one
    (адзін з членаў парламента Тэрэзы Мэй)."""
    surname = _next_name_word(draft, match.end)
    return surname is not None and termbase.named_by_a_first_name(match.concept) and termbase.gender(match.concept) != "femn" \
        and not termbase.scan(surname.group(1), lang)


def _apostrophe_of_the_text(replacement: str, term: str, draft: str) -> str:
    """Polish ``replacement`` with the apostrophe the draft writes inside its words, where the form's apostrophe
    is an ending's (Flake'a, Kennedy’ego: Polish puts a foreign name's ending after one) and not the term's own
    (O'Brien keeps the termbase's; be and uk apostrophes are their terms' letters: Кожем’яко): a text that writes
    one of ' and ’ alone has it (Kavanaugh’a beside Jeremy’ego; Kavanaugh'a in a text of typed apostrophes)."""
    if "'" in term or "’" in term:
        return replacement
    used = {match.group() for match in _APOSTROPHE_IN_A_WORD.finditer(draft)}
    if len(used) != 1:
        return replacement
    return re.sub(r"['’]", used.pop(), replacement)


# Feminine endings one form of several cases has: Russian -ой/-ей, Belarusian -ай/-яй, Polish -ej,
# Ukrainian and Belarusian -і (Кислиці). An unlisted spelling ending so resembles one target form, but may
# be in any of these cases.
_SHARED_ENDINGS = (("ой", ("gen", "dat", "ins", "loc")), ("ей", ("gen", "dat", "ins", "loc")),
                   ("ай", ("gen", "dat", "ins", "loc")), ("яй", ("gen", "dat", "ins", "loc")), ("ej", ("gen", "dat", "loc")),
                   ("і", ("gen", "dat", "loc")))


def _transliterated_e_cases(word: str, cases: tuple[str, ...]) -> tuple[str, ...]:
    """A Polish wrong spelling read as an accusative only because matching folds ę to e (Olesnitse,
    Dubrovitse: Oleśnicę, Dąbrowicę) ends in a plain -e: a transliteration's Russian or Ukrainian -е,
    the locative or dative (Олеснице), as Polish -e is a locative (w Krakowie). It may be either, the
    accusative first; the words before it choose (pisali o Olesnitse: o Oleśnicy; walczyli o ...: Oleśnicę)."""
    if cases != ("acc",) or not word.endswith("e"):
        return cases
    return ("acc", "loc", "dat")


def _belarusian_u_for_apostrophe(termbase: Termbase, match: Match) -> bool:
    """True when a Belarusian spelling differs from a form of the preferred term only by ў for в before a
    vowel (Слаўянск: Славянск) where another language's term writes в' there (Слов'янськ): the
    non-syllabic в the apostrophe marks, which Belarusian spells ў; a spelling of the term, not a wrong one."""
    if "ў" not in match.term or not any("в'" in termbase.records[i].text or "в’" in termbase.records[i].text
                                        for i in termbase.terms_of(match.concept)):
        return False
    spelled = re.sub(r"ў(?=[яюеёі])", "в", match.term)
    return spelled != match.term and any(form == spelled for i in termbase.preferred(match.concept, "be")
                                         for _, form in termbase.case_forms(i))


def _instrumental_its_preposition_never_takes(reason: str, cases: tuple[str, ...], draft: str, start: int, lang: str) -> bool:
    """True for another language's instrumental (ru Ялтой, Оршей in Belarusian text) after a preposition that never
    governs the instrumental (be ў, у, на: accusative or locative): the draft's ending is the other language's, the
    preposition's case the sentence's (перамовы ў Ялтой: ў Ялце)."""
    if reason != "unlisted" or cases != ("ins",):
        return False
    governs = preposition_cases(draft, start, lang)
    return bool(governs) and "ins" not in governs


def _shared_ending_cases(word: str, cases: tuple[str, ...]) -> tuple[str, ...]:
    """The cases an unlisted oblique spelling may be in by its ending ("листівки Рабковой": dat as well
    as the genitive Рабкової it resembles), its resembled cases first."""
    shared = next((shared for ending, shared in _SHARED_ENDINGS if word.lower().endswith(ending)), ())
    return cases + tuple(case for case in shared if case not in cases) if set(cases) <= set(shared) else cases


def _first_name_right(termbase: Termbase, concept: str, lang: str, first: str, replacement: str, cases: tuple[str, ...]) -> bool:
    """True when the draft's first name is already the replacement's, or another form of the preferred
    full name in the same case (uk "Алесю" as well as "Алесеві"): it stays as it is."""
    if replacement.split(" ", 1)[0] == first:
        return True
    full_names = [i for i in termbase.preferred(concept, lang) if termbase.records[i].words > 1]
    return bool(cases) and any(case == cases[0] and form.split(" ", 1)[0] == first
                               for i in full_names for case, form in termbase.case_forms(i))


def _yo_spelling(termbase: Termbase, match: Match, lang: str) -> str | None:
    """The status of a form matched only because matching folds ё to е: the spelling the termbase
    lists with the text's own letter (ru "на Нёмане" of the deprecated Нёман), or "unlisted" in
    Belarusian, which always writes ё (be "Неман" for Нёман); None where the form is the term's own."""
    if "ё" not in match.term.lower() + match.canonical.lower():
        return None
    spelled = [termbase.records[i].status for i in termbase.terms_in(match.concept, lang)
               if any(form.lower() == match.term.lower() for _, form in termbase.case_forms(i))]
    if not spelled:
        return "unlisted" if lang == "be" else None
    return None if any(status in ACCEPTABLE for status in spelled) else spelled[0]


def _misread(termbase: Termbase, match: Match, draft: str, lang: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """``(reason, cases)`` for a correct form that is also a wrong spelling's form, when only the
    wrong reading fits the sentence: ru "о Навальному" is the uk locative, not the ru dative. A
    form the sentence allows (uk "режим Лукашенка", the genitive) stays."""
    wrong = termbase.wrong_reading(match, lang)
    if wrong is None:
        return None
    governed = governed_case(draft, match.start, lang, kind, match.end)
    if governed is None or governed in match.cases or governed not in wrong[1]:
        return None
    return wrong[0], (governed,)


def _a_place_after_a_noun_that_sets_its_case(draft: str, start: int, lang: str, kind: str) -> bool:
    """True for a place right after a noun that sets its case: people of it ("Мешканці Бровари"), a part of it or a
    title ("у цэнтр Хорог", "Мер Ромни"), whose genitive it is, or a kind of settlement whose case it takes ("над
    містом Казань"): a nominative there may be one left undeclined."""
    return kind == "place" and (after_people(draft, start, lang) or after_a_settlement(draft, start, lang)
                                or after_a_place_part(draft, start, lang) or place_after_a_title(draft, start, lang))


def _undeclined(match: Match, draft: str, lang: str, kind: str, gender: str | None = None,
                where_in_the_source: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """``("undeclined", cases)`` for a term left in the nominative where the sentence needs another
    case: a man's -ко surname (uk "майно Луценко", "надіслали Луценко повістку": Russian leaves it
    undeclined, Ukrainian declines it), any term right after a preposition (be "у Орша", uk "до
    Буча") or a title not in its dictionary form ("з режисером Сенцов") or a verb it cannot be the
    subject of ("зустріли Бубка") or an adjective in oblique cases alone (ru "критиком самого Трамп": the
    person agrees with it), and a person right after a common noun that is its clause's
    subject (pl "Epoka Jaruzelski skończyła się"; a place there is in apposition: "Місто Полтава", agreeing with
    its kind noun where the words before give that a case: "над містом Казанню").
    Only a form that is nothing but the nominative qualifies, or a place's that is its accusative too (Белфаст) after
    a preposition of two cases that takes the locative there, where the source says where it is (``where_in_the_source``:
    "won 2-1 in Belfast", перамагла ў Белфасце): no verb of motion sends it where to, and the source's "in" says none
    is meant (an unlisted one, "arrived in", would have put "to" in no English either, so its verb is listed)."""
    if match.cases != ("nom",) and not _a_places_genitive_after_u(match, draft, lang, kind) \
            and not _a_nominative_no_case_of_its_preposition(match, draft, lang, kind):
        # A nominative that is also an accusative (uk Умань) is undeclined only after a preposition
        # that never takes either (до Умань) or one a noun puts in the locative (Готелі в Умань), or
        # a place after a plural noun for people (Мешканці Бровари). Before or after a verb of being somewhere, a form
        # that is the genitive too is (в Поріччя працює, відпочивали на Закарпаття: no place is in the genitive after в/у/на).
        located_before_its_verb = located_by_the_verb_after(draft, match.start, match.end, lang, kind)
        located_by_the_verb = located_before_its_verb or located_by_its_verb(draft, match.start, lang, kind)
        readings = set(match.cases) - ({"gen"} if located_by_the_verb else set())
        if readings == {"nom", "acc", "loc"} and kind == "place" and single_case_preposition(draft, match.start, lang, kind) \
                and governed_case(draft, match.start, lang, kind, match.end) not in readings:
            pass  # a neuter whose -е is its locative too, after a preposition that takes none of them (к Полесье, по Расточье)
        elif readings != {"nom", "acc"} \
                or not (single_case_preposition(draft, match.start, lang, kind)
                        or _a_place_after_a_noun_that_sets_its_case(draft, match.start, lang, kind)
                        or located_after_a_noun(draft, match.start, lang, kind)
                        or located_by_the_verb
                        or kind == "place" and where_in_the_source and after_preposition(draft, match.start, lang)
                        and governed_case(draft, match.start, lang, kind, match.end) == "loc"):
            return None
    if kind == "person" and lang != "pl" and of_a_title_by_its_verb(draft, match.start, match.end, lang):
        # An East Slavic verb may agree with a woman's title rather than with her: "Адвокат Чульцова подал жалобу" is
        # the lawyer Chultsova as well as Chultsova's lawyer, so her right nominative stays. (A wrong spelling there
        # takes the genitive, the likelier reading: Polish, whose verb always agrees with the woman, has no other.)
        return None
    if kind == "place" and after_preposition(draft, match.start, lang) \
            and governed_case(draft, match.start, lang, kind, match.end) in other_lemma_cases(match.term, lang, match.canonical):
        return None  # "с Печоры": the river Печора's genitive after a preposition of the genitive, not the town Печоры
    uk_surname = lang == "uk" and kind == "person" and match.term.lower().endswith("ко")
    if not (uk_surname or after_preposition(draft, match.start, lang)
            or _a_place_after_a_noun_that_sets_its_case(draft, match.start, lang, kind)
            or after_an_oblique_title(draft, match.start, match.end, lang)
            or kind == "person" and after_a_subject_noun(draft, match.start, match.end, lang)
            or kind == "person" and of_the_noun_before(draft, match.start, match.end, lang)
            or kind == "person" and after_a_monument(draft, match.start, lang)
            or kind == "person" and after_a_dedication(draft, match.start, lang)
            or kind == "person" and agent_of_a_participle(draft, match.start, match.end, lang)
            and (gender is not None or match.canonical[-1].lower() in VOWELS)  # (Кранц of unknown sex: a woman's is undeclined)
            or kind == "person" and after_a_thing_given(draft, match.start, lang)
            or kind == "person" and of_a_title_by_its_verb(draft, match.start, match.end, lang)
            or kind == "person" and after_a_verb_not_its_own(draft, match.start, match.end, lang, gender=gender)
            or kind == "person" and after_an_object_verb(draft, match.start, match.end, lang)
            or kind == "person" and after_an_oblique_adjective(draft, match.start, match.end, lang)
            or kind == "person" and case_of_an_impersonal_after(draft, match.end, lang) is not None
            or kind == "person" and after_an_impersonal(draft, match.start, lang)
            or kind == "place" and after_a_verb_not_its_own(draft, match.start, match.end, lang, kind)):
        return None
    governed = governed_case(draft, match.start, lang, kind, match.end)
    if governed is None and object_of_a_verb_that_disagrees(draft, match.start, match.end, lang, kind, gender):
        # A place or person right after a verb that is not its own is its direct object, where the verb's table lists no
        # other case (Jury doceniło X, znali X: the accusative).
        governed = "acc"
    if governed is None and kind == "person" and (titled := _title_cases(match, draft, lang)):
        return "undeclined", titled
    return ("undeclined", (governed,)) if governed not in (None, "nom") else None


def _a_places_genitive_after_u(match: Match, draft: str, lang: str, kind: str) -> bool:
    """True for a Belarusian place's form that may be its nominative or genitive (a neuter in -а: Станькава) right
    after у/ў: "у" with the genitive is someone's (у бацькі), never a place's, so the place is left undeclined
    and takes the case the sentence gives it (у Станькаве; after a verb of motion, у Станькава stays)."""
    return lang == "be" and kind == "place" and "nom" in match.cases and "gen" in match.cases \
        and set(match.cases) <= {"nom", "gen", "acc"} and _BELARUSIAN_U_BEFORE.search(draft, 0, match.start) is not None


def _a_nominative_no_case_of_its_preposition(match: Match, draft: str, lang: str, kind: str) -> bool:
    """True for a place's form that may be its nominative, right after a preposition none of whose cases is
    one of the form's (be "Экскурсія па Расточча": па takes the locative, Расточча is the nominative, genitive or
    accusative; not "з Гродна", з's genitive): no case there reads it, so it is the nominative left undeclined (па Расточчы)."""
    if kind != "place" or "nom" not in match.cases or not single_case_preposition(draft, match.start, lang, kind):
        return False
    governed = governed_case(draft, match.start, lang, kind, match.end)
    return governed is not None and governed not in match.cases and not set(match.cases) & preposition_cases(draft, match.start, lang)


def _a_polish_place_in_no_case_of_its_preposition(match: Match, draft: str, lang: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """``("undeclined", (case,))`` for a Polish place's right spelling in oblique cases only, right after a
    preposition that takes none of them (z Krasnokamsku, do Koziatynie: a locative after a preposition of the
    genitive; w Koziatyna, o Szepetówki: a genitive after one of the locative; spod Krasnokamskiem): MT's case of
    another construction, which no reading of the sentence keeps, so the place takes the case the preposition gives
    it there (z Krasnokamska, w Koziatynie). A form one of whose cases the preposition takes stays (z Koziatynem,
    with it; Kerczu, also the genitive, after z); a form that may be the nominative is _undeclined's."""
    if lang != "pl" or kind != "place" or "nom" in match.cases or not after_preposition(draft, match.start, lang):
        return None
    allowed = preposition_cases(draft, match.start, lang)
    if not allowed or set(match.cases) & allowed:
        return None
    governed = governed_case(draft, match.start, lang, kind, match.end)
    return ("undeclined", (governed,)) if governed in allowed else None


_BELARUSIAN_U_BEFORE = re.compile(r"(?<![\w'’-])[уўУЎ] +$")


def _instrumental_object(match: Match, draft: str, lang: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """``("undeclined", ("dat",))`` for a person's right spelling in the instrumental alone right after a
    verb that governs the dative, when the sentence gives it ("аплодували Довбиком": Довбику). Not after
    one of the accusative, which may have a predicate in the instrumental (назвали сина Тарасом), nor for
    other oblique forms, which may be right there (a genitive after a negated verb: не бачили Журової)."""
    if kind != "person" or match.cases != ("ins",) or not dative_verb_before(draft, match.start, lang) \
            or governed_case(draft, match.start, lang, kind, match.end) != "dat":
        return None
    return "undeclined", ("dat",)


def _locative_after_motion(match: Match, draft: str, lang: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """``("undeclined", ("acc",))`` for a place's right spelling in the locative alone after в/у right after a
    verb of motion ("паехала ў Петрыкаве": where to, Петрыкаў). be, ru, uk: Polish w + a place is where
    unless a verb of striking or entering says otherwise, which its own rules read. A form that is the dative too
    (Ворохті, Сигулде) is the locative there: в/у and на never take the dative."""
    if lang == "pl" or "loc" not in match.cases or not set(match.cases) <= {"loc", "dat"} \
            or not sent_by_its_verb(draft, match.start, lang, kind):
        return None
    return "undeclined", ("acc",)


# A neuter name in -о or a plural one stays in the nominative after the kind of settlement it names (Rosenthal: «в селе
# Дивеево», «в городе Великие Луки»; be «у вёсцы Дзівеева», uk «в селі Дівеєво»), where a masculine or feminine one agrees
# with it (в городе Минске). The Russian, else the Ukrainian name tells which: a Belarusian neuter's -ава does not. The
# target's own name must end so as well: an adjectival one (uk Рівне, be Ягаднае) agrees.
_NEUTER_OR_PLURAL = {"ru": "оыи", "uk": "оиі"}
_NOMINATIVE_ENDINGS = {"be": "аоыі", "uk": "оиі", "ru": "оыи", "pl": "oyie"}


def _named_in_the_nominative(termbase: Termbase, concept: str, lang: str) -> bool:
    """True for a place whose name keeps its nominative after the kind of settlement it is (see above)."""
    evidence = next(((other, termbase.records[i].text) for other in _NEUTER_OR_PLURAL for i in termbase.preferred(concept, other)), None)
    targets = termbase.preferred(concept, lang)
    return evidence is not None and evidence[1][-1].lower() in _NEUTER_OR_PLURAL[evidence[0]] and bool(targets) \
        and all(termbase.records[i].text[-1].lower() in _NOMINATIVE_ENDINGS.get(lang, "") for i in targets)


def _not_established(termbase: Termbase, concept: str, lang: str) -> bool:
    """True for a town the language's dictionary does not know (ru Паданг, uk Паданґ; Иловайск, Калуш are known): a
    rare foreign name after the word for a town keeps its nominative, so the reader sees it (Rosenthal's Handbook § 197:
    в городе Ниш, Мина, Волос), where an established one agrees (в городе Венеции). ru and uk, the languages with a
    dictionary of places."""
    return lang in ("ru", "uk") and bool(targets := termbase.preferred(concept, lang)) \
        and not any(known_nominative(termbase.records[i].text, lang) for i in targets)


# A place named by a noun and an adjective joined by a hyphen (Рава-Руська, Кам'янець-Подільський, Рава-Русская).
_NOUN_HYPHEN_ADJECTIVE = re.compile(r"\w-\w+(?:[сцз]ьк(?:ий|а|е)|[сцз]к(?:ий|ая|ое))$")


def _compound_name(termbase: Termbase, concept: str, lang: str) -> bool:
    """True for a town whose every ru or uk name is a compound of a noun and an adjective joined by a hyphen (Рава-Руська):
    after the word for a town it keeps its nominative, as names of several words do (Rosenthal's Handbook § 197:
    «в городе Советская Гавань, у города Минеральные Воды»; біля міста Рава-Руська); its declined form stays too."""
    return lang in ("ru", "uk") and bool(targets := termbase.preferred(concept, lang)) \
        and all(_NOUN_HYPHEN_ADJECTIVE.search(termbase.records[i].text.lower()) for i in targets)


def _title_cases(match: Match, draft: str, lang: str) -> tuple[str, ...]:
    """The cases of an oblique title right before a person, which the name shares ("Прем'єра
    Гончарука критикували": gen or acc); the fix checks that the name's forms in them agree."""
    titled = oblique_title_cases(draft, match.start, lang)
    return titled if titled and after_an_oblique_title(draft, match.start, match.end, lang) else ()


def _with_its_first_name(termbase: Termbase, match: Match, draft: str) -> tuple[tuple[str, ...], str, int]:
    """``(cases, draft, start)`` of the name read with its first name before it, if any (Терезою Мэй: the instrumental
    alone, though Мэй is any case): the arguments of a case check that takes a name where it starts."""
    given = _given_name_before(termbase, match, draft)
    if given is None:
        return match.cases, draft, match.start
    return tuple(case for case in match.cases if case in given[1]) or match.cases, draft, given[0]


def _given_name_before(termbase: Termbase, match: Match, draft: str, any_spelling: bool = True, lang: str | None = None) -> tuple[int, tuple[str, ...]] | None:
    """``(start, cases)`` of a first name of the concept right before a surname ("Sviatlana
    Тихановской", "Светланы Тихановской"), in any language: it is fixed together with the surname.
    With ``any_spelling``, also a romanized spelling that transliterates the same way (pl Yarynie: Jarynie; not a
    Cyrillic one, whose dictionaries know their own first names: Франка-Вальтера is no Франк-Вальтэр to rewrite).
    With ``lang``, also another language's first name with this one's ending, which no paradigm lists and the
    dictionary of ``lang`` does not know (ru "о Дзмітрыі Рагозіне", pl "o Jaroslawiu Dombrowskim"): it takes the
    surname's cases."""
    if " " in match.term:  # the full name was matched (an unlisted surname's nearest term may be one)
        return None
    before = WORD_BEFORE_A_NAME.search(draft, max(0, match.start - 40), match.start)
    if before is None or not before.group(1)[0].isupper():
        return None
    cases = termbase.given_name_cases(match.concept).get(fold_term(before.group(1))) \
        or any_spelling and not any(map(is_cyrillic, before.group(1))) and termbase.given_name_cases_of_spelling(match.concept, before.group(1)) \
        or lang is not None and termbase.given_name_of_another_spelling(match.concept, before.group(1), lang) and match.cases
    return (before.start(1), cases) if cases else None


# A woman's surname that is an adjective, and so declines in each language: pl -ska, -cka, -dzka; ru, be -ская,
# -цкая; uk -ська, -цька.
_ADJECTIVAL_WOMANS_SURNAME = re.compile(r"(?:sk|ck|dzk)a$|(?:ск|цк)ая$|(?:сь|ць)ка$", re.IGNORECASE)


def _case_of_its_first_name(termbase: Termbase, match: Match, draft: str, lang: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """``("undeclined", cases)`` for a person's surname left in its nominative right after the person's own first name
    in an oblique case (z Armanem Soldin, Krzysztofowi Komorski, z Jurijem Małaszko): a first name and surname take
    one case, so the first name tells the surname's. A first name's locative needs a preposition before it: without
    one, Krzysztofowi is the dative alone. A woman's only where her surname is an adjective (Elżbiecie Rafalska, с
    Ириной Славинская): whether another declines is the termbase's word, which her paradigm may not follow (be Аленай
    Марчанка, a -ка from an undeclined -ко, stays as drafted)."""
    if kind != "person" or match.cases != ("nom",) \
            or termbase.gender(match.concept) == "femn" and not _ADJECTIVAL_WOMANS_SURNAME.search(match.term):
        return None
    given = _given_name_before(termbase, match, draft, any_spelling=False)
    if given is None or "nom" in given[1]:
        return None
    cases = given[1] if after_preposition(draft, given[0], lang) else tuple(case for case in given[1] if case != "loc")
    return ("undeclined", cases) if cases else None


def _a_womans_declined_surname(termbase: Termbase, match: Match, draft: str, lang: str) -> bool:
    """True for a woman's surname that does not decline (Charczenko, Brown) written with a man's ending (Reginie
    Charczence, Denise Brownowi): her paradigm lists the man's endings after her own one form only to read such a draft,
    and in every case the draft's form may be in, her first form keeps the nominative's surname (PWN: a woman's
    surname in a consonant or -o does not decline). Her surname alone is hers only with no other person's first name
    before it (Janowi Pawłowiczowi: a man of her surname) and no name after it (Бориса Лятошинського: a first name)."""
    surname, written = match.canonical.split()[-1], match.term.split()[-1]
    if written == surname or termbase.gender(match.concept) != "femn":
        return False
    if " " not in match.term and (_next_name_word(draft, match.end) is not None or _after_another_first_name(termbase, match, draft, lang)):
        return False
    firsts = [termbase.replacement(match.concept, match.term, (case,), lang, same_term=match.canonical) for case in match.cases]
    return all(first is not None and first.split()[-1] == surname for first in firsts)


def _after_another_first_name(termbase: Termbase, match: Match, draft: str, lang: str, only: bool = False) -> bool:
    """True when a word the dictionary reads as a first name in any case (``only``: as nothing else), and no form of the
    concept's own first names, stands right before ``match`` (Janowi Pawłowiczowi): the surname is another person's."""
    before = WORD_BEFORE_A_NAME.search(draft, max(0, match.start - 40), match.start)
    return before is not None and before.group(1)[0].isupper() \
        and fold_term(before.group(1)) not in termbase.given_name_cases(match.concept) and first_name_reading(before.group(1), lang, only=only)


def _foreign_given_name(termbase: Termbase, match: Match, draft: str, lang: str) -> bool:
    """True when a right surname has before it the concept's first name as another language writes it
    (ru "Олександра Усика", the Ukrainian first name): no form of the language's own full names has it,
    and there is a full name to put in its place."""
    full_names = [i for i in termbase.terms_in(match.concept, lang)
                  if termbase.records[i].words > 1 and termbase.records[i].status in ACCEPTABLE]
    if not any(termbase.records[i].status == "preferred" for i in full_names):
        return False  # (first: no first names are gathered for the many concepts named by a surname alone)
    given = _given_name_before(termbase, match, draft, any_spelling=False)  # (Ołehiem beside Ołehem: a variant the draft may keep)
    if given is None:
        return False
    first = draft[given[0] : match.start].strip()
    return not any(form.split(" ", 1)[0] == first for i in full_names for _, form in termbase.case_forms(i))


_POLISH_SHORT_PREPOSITION = re.compile(r"(?<![\w-])([wWzZ][eE]?) $")


def _polish_preposition(draft: str, start: int, replacement: str) -> tuple[int, str]:
    """Include a w/we or z/ze before the replacement when the new word needs the other form. A draft's we/ze stays
    where usage writes it before the new word's cluster too (ze Władysławem beside z Władysławem; Poradnia PWN: ze
    before w and a consonant), not before a sound it never lengthens for (ze Florydy: z Florydy) nor before one
    consonant and a vowel (ze Wołodymyrem: z Wołodymyrem)."""
    before = _POLISH_SHORT_PREPOSITION.search(draft, max(0, start - 3), start)
    if before is None:
        return start, replacement
    needed = polish_preposition(before.group(1), replacement)
    if needed == before.group(1) or _long_preposition_usage_keeps(before.group(1), replacement):
        return start, replacement
    return before.start(1), f"{needed} {replacement}"


def _preposition_before_a_right_name(match: Match, draft: str) -> Change | None:
    """A Polish w/z before a right form of a term that needs we/ze (z Sterlitamaku: ze Sterlitamaku, w Wschowie:
    we Wschowie): the preposition alone changes. A we/ze the word does not need stays where Polish allows some
    (ze Wremiwki beside z Wremiwki), not before the sound it doubles and then a vowel, which no cluster follows
    (we Worożbie, ze Zakrewską: w Worożbie, z Zakrewską)."""
    if match.status not in ACCEPTABLE or match.term[:1].islower():
        return None
    start, replacement = _polish_preposition(draft, match.start, match.term)
    if start == match.start:
        return None
    written = draft[start : match.start]
    if len(replacement) - len(match.term) <= len(written) and not _long_preposition_not_taken(written.strip(), match.term):
        return None
    return Change(match.concept, draft[start : match.end], replacement, "preposition", start, match.end)


# The sounds a long we/ze doubles (we Wrocławiu, ze Szczecina), and the first letters of the clusters usage
# lengthens it before too (ze Wremiwki beside z Wremiwki, we Lwowie, ze Mławy).
_SOUNDS_A_LONG_PREPOSITION_DOUBLES = {"we": "wf", "ze": "sśzźż"}
_CLUSTERS_USAGE_LENGTHENS_BEFORE = {"we": "lm", "ze": "wlm"}


def _long_preposition_not_taken(preposition: str, word: str) -> bool:
    """True for a we/ze Polish does not write before ``word``: before the sound it doubles and then a vowel, which
    no cluster follows (we Wilnie, ze Zełenskim, ze Szejną: a digraph is one sound), and before a sound it never
    lengthens for (ze Florydy, we Sztokholmie: z Florydy, w Sztokholmie; Poradnia PWN: we before w, f; ze
    before s, z, ś, ź, ż, sz and a w- cluster)."""
    doubled = _SOUNDS_A_LONG_PREPOSITION_DOUBLES.get(preposition.lower(), "")
    lower = word.lower()
    first = 2 if lower.startswith(("sz", "rz", "cz")) else 1
    if not doubled or len(lower) <= first:
        return False
    if lower[0] in doubled:
        return lower[first] in "aąeęioóuy"
    # before l, m, w usage lengthens it only where a consonant follows (ze Lwowa, ze Mławy; z Ludzy, z Mińska)
    return not _long_preposition_usage_keeps(preposition, word)


def _long_preposition_usage_keeps(preposition: str, word: str) -> bool:
    """True for a draft's we/ze before a consonant cluster usage lengthens it before (ze Władysławem, we Lwowie, ze
    Mławy), which a fix keeps; not before one consonant and a vowel (ze Wołodymyrem, we Millerowie: z, w)."""
    lower = word.lower()
    return len(preposition) == 2 and len(lower) > 1 and lower[1] not in "aąeęioóuy" \
        and lower[0] in _CLUSTERS_USAGE_LENGTHENS_BEFORE.get(preposition.lower(), "")


def _resembles_only(match: Match) -> bool:
    return match.status == "unlisted" or match.term[:1].islower() and match.canonical[:1].isupper()


def _missing(termbase: Termbase, draft: str, lang: str, source_matches: list[Match], draft_matches: list[Match],
             hints: dict[str, str] | None = None, left: list[tuple[int, int]] = ()) -> list[Change]:
    """Concepts of the source that the draft lacks: fix their nearest rendering or report them. The spans ``left``
    (another person's surname the draft's own scan found and left) are no rendering to fix."""
    present = {m.concept for m in draft_matches}
    taken = [(m.start, m.end) for m in draft_matches] + list(left)
    changes = []
    for concept in dict.fromkeys(m.concept for m in source_matches):
        if concept in present:
            continue
        preferred = termbase.preferred(concept, lang)
        if not preferred:
            continue
        if termbase.kind(concept) == "place" and has_place_adjective(draft, termbase.records[preferred[0]].text, lang):
            continue  # "Minsk protests" -> "Мінські протести": the adjective renders the place
        if (lowered := _lower_case_form_of(termbase, preferred, draft, taken)) is not None:
            start, end, form = lowered
            changes.append(Change(concept, draft[start:end], form, "letter case", start, end))
            taken.append((start, end))
            continue
        # MT may render a place by its adjective, which may resemble none of its case forms, and a
        # word like one of them may be another word (Війська, Мінська): the adjective is looked for first.
        alone = place_adjective_alone(draft, termbase.records[preferred[0]].text, lang) if termbase.kind(concept) == "place" else None
        if alone is not None and not any(start < alone.end() and alone.start() < end for start, end in taken):
            nearest = FuzzyHit(alone.start(), alone.end(), alone.group(), preferred[0], CASES, 1.0)
        else:
            nearest = termbase.fuzzy.nearest(draft, termbase.terms_of(concept), taken, MISSING_THRESHOLD)
            if nearest is not None and termbase.records[nearest.term].text.isupper():
                nearest = None  # letters are not misspelt like a name's: Вудса is no ЗША
        if nearest is None:
            changes.append(Change(concept, "", termbase.records[preferred[0]].text, "missing", None, None))
            continue
        # An adjective standing for the place (MT's "використовує Мінський як базу") says nothing
        # of the case the place needs: the sentence alone decides it.
        resembled = CASES if place_adjective(nearest.word, termbase.records[preferred[0]].text) else nearest.cases
        cases = cases_in_text(resembled, draft, nearest.start, lang, termbase.kind(concept), nearest.end)
        if _genitive_for_an_instrumental(termbase.kind(concept), resembled, draft, nearest.start, nearest.end, lang, (hints or {}).get(concept)):
            cases = ("gen",)  # "кантакт Трампом і прэсы": between Trump and the press
        to = termbase.replacement(concept, nearest.word, cases, lang)
        taken.append((nearest.start, nearest.end))
        if to is not None and to != nearest.word:
            changes.append(Change(concept, nearest.word, to, "missing", nearest.start, nearest.end))
    return changes


def _lower_case_form_of(termbase: Termbase, preferred: list[int], draft: str, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """``(start, end, form)`` of the first word of ``draft``, outside ``taken``, that is one of the preferred terms' case forms
    letter for letter but in lower case (в осинниках, w łapach): where the source names the place or person, that is
    the name, whatever ordinary word it also spells, and gets the form's capitals in the case the draft gave it."""
    found = []
    for index in preferred:
        for _, form in termbase.case_forms(index):
            if form[:1].isupper():
                found += [(hit.start(), hit.end(), form) for hit in re.finditer(rf"(?<![\w'’-]){re.escape(form.lower())}(?![\w'’-])", draft)
                          if not any(start < hit.end() and hit.start() < end for start, end in taken)]
    return min(found, default=None)


def _apply(text: str, changes: list[Change]) -> str:
    pieces, position = [], 0
    # Of changes starting together, the longer first: a whole name's change (Збігнєва Зьобро) wins over a
    # guess at its first name alone as another person's (Збігнєва as Zbigniew Herbert's).
    for change in sorted((c for c in changes if c.start is not None), key=lambda c: (c.start, -c.end)):
        if change.start < position:
            continue  # overlaps the change before it (a first name taken along with its surname)
        pieces += [text[position : change.start], change.to]
        position = change.end
    return "".join(pieces) + text[position:]
