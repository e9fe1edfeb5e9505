"""The termbase in memory: the bottom layer of ``glossary`` that enforcement and checks build on.

    tb = Termbase.from_session(session)   # or Termbase.from_rows(csv_like_dicts)
    tb.scan(text, "be"); tb.replacement(concept, "Тихановской", ("gen",), "be")
    enforcement.fix(tb, draft, "be", source=...); checks.hits(tb, ...); checks.check(tb, ...)

It holds the data and the indexes (matchers, forms) and answers questions about them; it never
calls up into the modules that use it. Automata are built per language on first use, so building
a Termbase is cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from itertools import accumulate, islice
from operator import attrgetter
from os.path import commonprefix
from typing import Iterable, NamedTuple, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from glossary.inflection import (CASES, HUSHED_INA, MASCULINE_POLIS_PLACE, belarusian_adjectival_place, belarusian_adjective_stressed_by_russian, belarusian_surname_dropping_its_e, drops_its_last_vowel, belarusian_adjectival_surname,
                                 belarusian_adjectival_womans_surname, belarusian_name_of_either_stress,
                                 belarusian_neuter, belarusian_plural_genitive, belarusian_plural_genitives_in_chy, belarusian_stressed_ending, belarusian_womans_surname_in_a, soft_plural_place_forms, feminine_hushing_place_forms, polish_place_in_a_softening_i, polish_feminine_hushing_place_forms, polish_bare_plural_genitive, polish_plural_adjective_place, polish_place_keeping_its_ok, polish_misdeclined_place_forms, polish_transcribed_russian_feminine_place, dictionary_genitives, gender_in_note, genitive_dropping_its_vowel_as,
                                 inflect, instrumental_gender, mans_double_surname_with_a_fixed_part, mans_surname_in_a, polish_adjectival_misreadings, polish_womans_surname_in_ina, possessive_womans_surname_forms,
                                 polish_feminine_adjective, polish_neuter_adjective, polish_english_surname, polish_name_keeping_its_e, polish_place_in_a_hard_labial, polish_plural_place, polish_plural_place_bare_genitive, polish_womans_double_surname, plural_place_genitives_of_either_form, russian_neuter_in_ye,
                                 NOTE_NEUTER, NOTE_PLURAL, NOTE_UNDECLINED, note_says_of, said_indeclinable, soft_place_forms, ukrainian_bare_plural_genitive, ukrainian_opened_place, womans_first_name_forms, word_paradigm)
from glossary.lexicon import (BELARUSIAN_POSSESSIVES, opens_a_sentence, belarusian_name_entries, common_noun_in_the_nominative, FIRST_NAME_LANGS, NAME_TAGS, NEXT_WORD, WORD_BEFORE, adjective_without_its_noun, adjectival_name_describes, adjectival_surname_sex,
                              described_by_adjective, described_by_belarusian_adjective, describes_noun_after, describes_noun_before, known_word,
                              feminine_first_name, finite_verb, frozen_plural_surname, genitive_noun, genitive_reading, governor_reading, indeclinable_name, known_common_word, listed_with_a_genitive_in_ey,
                              adjective_reading, a_womans_indeclinable_title, first_name_reading, masculine_first_name, morfeusz, ordinary_word, pymorphy, particle_or_adverb, person_noun_cases, polish_forms, polish_plural_of_a_noun, polish_reading_cases, same_lemma, possessive_womans_surname, russian_noun_in_aya, russian_readings)
from glossary.matching import FuzzyIndex, LanguageMatcher
from glossary.models import Concept
from glossary.normalize import fold_term, letter_case_like, spelling_key, stem_key
from glossary.romanization import capitalise, romanizations
from glossary.records import TermRecord, record_from_row, unify_kinds
from glossary.syntax import (after_a_title, after_preposition, governed_case, government, preposition_cases, single_case_preposition,
                             title_in_its_dictionary_form)

ACCEPTABLE = ("preferred", "admitted")
_CYRILLIC_LANGS = ("be", "uk", "ru")
# A Russian neuter or feminine adjective's nominative after a consonant (Круглое, Высокое; Безуглая).
_RUSSIAN_NEUTER_ADJECTIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ое|ее)$")
# A Polish neuter adjective's -e after a consonant (Krugłe, Wysokie); not the -oje, -eje of a Russian ending transcribed
# (Miednoje, Krasnoje), which Polish leaves undeclined (w Miednoje, not Miednojem).
_POLISH_NEUTER_ADJECTIVE = re.compile(r"(?:[^aąeęioóuyij]|[kg]i)e$")
# A Belarusian place in a doubled consonant and -а (Урэчча, Запарожжа) is a neuter like Палессе when its Russian or
# Ukrainian name is one in -ье, -ьё or a doubled consonant and -я (Уречье, Уріччя; Запорожье, Запоріжжя): пра Урэчча,
# у Запарожжы, not the feminine the rules take it for (пра Урэччу).
_BELARUSIAN_DOUBLED_A = re.compile(r"([бвгджзклмнпрстфхцчшў])\1а$")
_EAST_SLAVIC_NEUTER_IN_YE = re.compile(r"(?:ь[её]|([бвгджзклмнпрстфхцчшщ])\1я)$")
# A Russian neuter in -ье after a consonant (Расточье), and its Ukrainian or Belarusian neighbour's collective neuter: a doubled
# consonant and -я, -а or -е (Розточчя, Расточча, Палессе), or an apostrophe and -я, -е after a labial or р (Поозер'я).
_RUSSIAN_NEUTER_IN_YE = re.compile(r"[бвгджзклмнпрстфхцчшщ]ье$")
_NEIGHBOURS_COLLECTIVE_NEUTER = re.compile(r"(?:([бвгджзклмнпрстфхцчшщ])\1[яае]|[бвмпфр]['’][яе])$")
_RUSSIAN_FEMININE_ADJECTIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ]ая$")
_NAME_PARTS = re.compile(r"[\s-]+")
_NAME_PARTS_AND_SEPARATORS = re.compile(r"([\s-]+)")
_POLISH_PLURAL_IN_KI = re.compile(r"^\w+[iy]ki$")
_EAST_SLAVIC_PLURAL_GENITIVES = ("ов", "ев", "ёв", "ів", "їв", "аў", "оў", "ёў", "яў")
_IN_RUSSIA = re.compile(r"\bRussia\b")
_IN_POLISH_NAMING_LANDS = re.compile(r"\b(?:Belarus|Ukraine|Lithuania|Poland|Latvia)\b")
# Polish letters an English spelling of a Polish name leaves out (Wałęsa: Walesa); not ł, which a transcription from
# Cyrillic writes for an English l (Ałmazbek: Almazbek).
_POLISH_FOLDING = str.maketrans("ąćęńóśźżĄĆĘŃÓŚŹŻ", "acenoszzACENOSZZ")
# A Polish name's consonant and -eć, as Polish transcribes a Ukrainian -ець (Horobeć, Горобець).
_POLISH_TRANSCRIBED_EC = re.compile(r"[^aąeęioóuy]eć$", re.IGNORECASE)

# Wrong spellings often carry the endings of a neighbouring language (Тихановской in be text).
_NEIGHBOUR_PARADIGMS = {"be": ("ru", "uk"), "uk": ("ru", "be"), "ru": ("uk", "be")}
# The East Slavic names whose genitives tell whether a Polish place's -ek drops its e (Żołudek: Жалудок, Жалудка).
_POLISH_EAST_SLAVIC_NEIGHBOURS = ("ru", "uk", "be")
# Letters and spellings a language's own words never have: a word with them is another language's rendering.
_FOREIGN_SPELLING = {"ru": re.compile("[іїєґў]"), "uk": re.compile("[ыэёъў]"), "be": re.compile("[ищъїєґ]"),
                     "pl": re.compile("[vxq]|kh|sh|zh|ts|y[aeiouy]|o[jy](?:-|$)")}
_DECLINING_LANGS = frozenset({"be", "uk", "ru", "pl"})
_DECLINING_DOUBLE_SURNAME = re.compile(r"[^\W\d_]-[^\W\d_]+[аяa]$")  # (English terms have one form: no case of their own)
_TEXT_SEPARATOR = "\n\x00\n"
_FORM_SEPARATOR = b"\x1f"  # between a term's canonical case forms (no term contains it)
_CASE_POSITION = {case: position for position, case in enumerate(CASES)}
# Last letters of surnames that decline for a woman too (Кавалькова, Ціханоўская, Kowalkowa).
# (Not Latin -i: a man's Saakaszwili declines, a woman's surname in -i does not.) Czech and Slovak -á is an adjective's
# (Saková: Sakovej, ru Саковой).
_DECLINING_FINALS = frozenset("аяaąеєэeиыіїуюyйá")
# A note saying the name declines in none of the languages (Mendel, Prymachenko), or saying her surname does not
# decline and naming no language ("a woman's surname in -енко does not decline"): Belarusian usage differs on a
# woman's -енка (Азаранцы, Азаранка), and the termbase's word settles it.
_INDECLINABLE_EVERYWHERE = re.compile(
    r"(?:does not decline|indeclinable) in (?:any|all|each) of the"
    r"|surname\b[^;.]*?\b(?:does not decline|(?:is )?not declined|indeclinable)\b(?!\s+in\b)(?![^;.]*\b(?:ru|uk|pl|be|Russian|Ukrainian|Polish|Belarusian)\b)",
    re.IGNORECASE)
# A note saying a name declines in Belarusian ("declines in Belarusian and Polish", "but declines in Belarusian").
_DECLINES_IN_BELARUSIAN = re.compile(r"\bdeclines in (?:[^;.]*?\b)?(?:Belarusian|be)\b", re.IGNORECASE)
# A note's word for a person's nation; the first one a note gives is the person's (a Polish activist at the Belarusian border).
_NATION_IN_NOTE = re.compile(r"\b(Russian|Ukrainian|Belarusian|Polish|Lithuanian|Latvian|Estonian|Czech|Slovak|German|Austrian|Swiss|"
                             r"French|British|English|Scottish|Irish|American|Canadian|Swedish|Norwegian|Danish|Finnish|Dutch|"
                             r"Belgian|Hungarian|Romanian|Moldovan|Bulgarian|Serbian|Croatian|Italian|Spanish|Portuguese|Israeli)\b")
_EAST_SLAVIC_NATIONS = frozenset({"russian", "ukrainian", "belarusian"})
_SAID_GENDER = re.compile(r"\ba (woman|man)\b", re.IGNORECASE)  # a note's "a woman", "a man's -ко surname"
_OPENING_QUOTES = frozenset("«„“\"")
_CYRILLIC = frozenset({"be", "uk", "ru"})
# Languages whose dictionaries can tell a name written in lower case from an ordinary word.
_LOWER_CASE_NAMES = frozenset({"be", "uk", "ru", "pl"})
_SOFT_FINALS = frozenset("ьńśćź")  # a place ending so may be masculine or feminine: a note may say which


class Match(NamedTuple):
    """A term found in text; offsets index the text as given. (A tuple: a document's scan makes
    tens of thousands, and a tuple is built several times faster than a frozen dataclass.)"""

    concept: str
    term: str  # the text as it appears
    start: int
    end: int
    status: str  # preferred | admitted | deprecated | forbidden | unlisted
    case: str | None
    canonical: str  # the termbase term matched (or the nearest one, for unlisted renderings)
    cases: tuple[str, ...] = ()  # every case the matched form can be


class _TermsByLanguage:
    """A concept's terms in one language, ``get((concept, lang), default)``, picked from its few terms when asked:
    a dict of them would hold a key and a tuple per concept and language (some 30 MB at 100k concepts)."""

    __slots__ = ("_records", "_by_concept")

    def __init__(self, records: list[TermRecord], by_concept: dict[str, tuple[int, ...]]):
        self._records, self._by_concept = records, by_concept

    def get(self, key: tuple[str, str], default: tuple[int, ...] = ()) -> tuple[int, ...]:
        concept, lang = key
        found = tuple(index for index in self._by_concept.get(concept, ()) if self._records[index].lang == lang)
        return found or default


class Termbase:
    """All concepts and terms, with lazily built per-language matchers. Build one per process and
    rebuild it when the termbase tables change; scanning and fixing never touch the database."""

    REMEMBERED_SCANS = 4096

    def __init__(self, records: Iterable[TermRecord] = (), concept_notes: dict[str, str] | None = None):
        self.records: list[TermRecord] = list(records)
        self.records += _russian_spellings_as_wrong(self.records)
        self.concept_notes = concept_notes or {}
        by_concept: dict[str, list[int]] = {}
        for index, record in enumerate(self.records):
            by_concept.setdefault(record.concept, []).append(index)
        self._by_concept = {key: tuple(indexes) for key, indexes in by_concept.items()}
        self._by_concept_lang = _TermsByLanguage(self.records, self._by_concept)
        self._matchers: dict[str, LanguageMatcher] = {}
        self._case_forms: dict[int, list[tuple[str, str]]] = {}
        self._scanned: dict[tuple[str, str], tuple[Match, ...]] = {}
        # Pure functions of the (unchanging) records, asked for again and again by every segment
        # that names the same people: remembered per termbase.
        self._canonical_forms: dict[int, dict[str, str]] = {}
        # Preferred terms' canonical forms, kept by the matcher build: UTF-8, by term index (a list, not a
        # dict: a 100k-concept termbase holds one for every preferred term).
        self._built_forms: list[bytes | None] = [None] * len(self.records)
        # The cases of a term whose forms are there to be found, none of them sure enough to write (pl Lenkoran: -u, -a).
        self._unsure_cases: dict[int, str] = {}
        self._genitives_to_find_only: dict[int, frozenset[str]] = {}  # (a draft's, in its own spelling: no rendering resembles them)
        self._preferred: dict[tuple[str, str], tuple[int, ...]] = {}
        self._replacements: dict[tuple, str | None] = {}
        self._hit_details: dict[tuple[str, str, str], tuple[tuple[str, ...], str]] = {}
        self._given_names: dict[str, dict[str, tuple[str, ...]]] = {}
        self._named_by_a_first_name: dict[str, bool] = {}
        self._given_name_keys: dict[str, dict[str, tuple[str, ...]]] = {}
        self._given_name_stems: dict[str, frozenset[str]] = {}
        self._women: dict[str, bool] = {}
        self._men: dict[str, bool] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> Termbase:
        """From CSV-like dicts (concept, lang, term, status[, note, kind, forms]); no database."""
        return cls(unify_kinds([record_from_row(row, f"row {number}: ") for number, row in enumerate(rows, 1)]))

    @classmethod
    def from_session(cls, session: Session) -> Termbase:
        concepts = session.scalars(select(Concept).options(selectinload(Concept.terms)).order_by(Concept.id))
        records, notes = [], {}
        for concept in concepts:
            notes[concept.key] = concept.note or ""
            records.extend(
                TermRecord(concept.key, term.lang, term.text, term.status, term.note or "", concept.kind, dict(term.forms or {}))
                for term in concept.terms
            )
        return cls(records, notes)

    # --- forms ----------------------------------------------------------------------------------

    def case_forms(self, index: int) -> list[tuple[str, str]]:
        """``(case, form)`` pairs of one term, canonical form of each case first."""
        forms = self._case_forms.get(index)
        if forms is None:
            forms = self._case_forms[index] = self._inflect(index)
        return forms

    def _inflect(self, index: int) -> list[tuple[str, str]]:
        record = self.records[index]
        wrong = record.status not in ACCEPTABLE
        if record.note == RUSSIAN_SPELLING_NOTE:
            return self._russian_forms_of_the_same_spelling(record)
        forms = self._own_inflection(index)
        if not wrong and (either := self._polish_genitive_of_either_ending(record, forms)):
            forms += [("gen", form) for form in either]
            self._unsure_cases[index] = "gen"
        if not wrong and record.kind == "place" and (either := self._plural_genitives_of_either_form(record, forms)):
            if not any(case == "gen" for case, _ in forms):
                self._unsure_cases[index] = "gen"  # (found, never written: the one the paradigm is sure of stays first)
            forms += [("gen", form) for form in either]
            self._genitives_to_find_only[index] = frozenset(either)
        if wrong:
            forms += [pair for pair in self._forms_of_the_same_spelling(record) if pair not in forms]
        if wrong and record.kind == "place" and record.lang != "be":
            # (a Belarusian spelling's genitive in ru or uk text, whichever of its two: Жители Смілавічаў)
            forms += [pair for form in belarusian_plural_genitives_in_chy(record.text) if (pair := ("gen", form)) not in forms]
        if not wrong or record.kind != "place":
            return forms  # (a person's wrong surname brings a first name along, whose forms the rules may not know)
        forms += [pair for pair in self._forms_like_the_preferred(record) if pair not in forms]
        forms += [pair for pair in self._endings_of_the_preferred(record) if pair not in forms]
        return forms + [pair for pair in self._transcribed_russian_endings(record, forms) if pair not in forms]

    def _polish_genitive_of_either_ending(self, record: TermRecord, forms: list[tuple[str, str]]) -> list[str]:
        """Both genitives a Polish masculine place in a consonant may take where no rule, Morfeusz nor the termbase
        is sure of one (Lenkoran: Lenkoranu or Lenkorana, as Londynu, Berlina): a draft's is found (burmistrz
        lenkoranu), never written. Not for a place that may be feminine (Słucz)."""
        if record.lang != "pl" or record.kind != "place" or record.words != 1 or not record.text[-1:].isalpha() \
                or record.text[-1].lower() in "aąeęioóuyń" or any(case == "gen" for case, _ in forms) \
                or self._polish_place_of_either_gender(record):
            return []
        return [form for form in word_paradigm(record.text, "pl", animate=False, wrong=True).get("gen", [])
                if ("gen", form) not in forms]

    def _a_genitive_to_find_only(self, index: int, matched: str) -> bool:
        """True when ``matched`` is a plural-only place's genitive that is found but never written (Осинників, Докшыц)."""
        found_only = self._genitives_to_find_only.get(index, ())
        return any(form.lower() == matched.lower() for form in found_only)

    def _plural_genitives_of_either_form(self, record: TermRecord, forms: list[tuple[str, str]]) -> list[str]:
        """The genitives a right plural-only place may take beside its paradigm's, bare or with a plural ending
        (Докшыц, Клімавічаў, Бельц, Dokszyc): a draft's is found (жыхары докшыц, z bielc), never written."""
        locative = next((form for case, form in forms if case == "loc"), "")
        genitives = [form for case, form in forms if case == "gen"]
        return [form for form in plural_place_genitives_of_either_form(record.text, record.lang, locative, genitives)
                if form not in genitives]

    def _forms_of_the_same_spelling(self, record: TermRecord) -> list[tuple[str, str]]:
        """The forms of another language's right term spelled as this wrong one (be text's Дедок is the ru
        and uk Дедок): its explicit forms too (Дедка, Дедкові), which no rule of this language gives."""
        return [pair for index in self.terms_of(record.concept) if (other := self.records[index]).lang in _DECLINING_LANGS
                and other.lang != record.lang and other.text == record.text and other.status in ACCEPTABLE
                for pair in self._own_inflection(index)]

    def _russian_forms_of_the_same_spelling(self, record: TermRecord) -> list[tuple[str, str]]:
        """The Russian oblique forms of a right Belarusian or Ukrainian place of several words spelled as the Russian
        one (be Новая Маячка, Верхняя Пышма): the forms Russian gives it (з Новой Маячки, пад Верхней Пышмой) that are
        none of the language's own (з Новай Маячкі), found in a draft and never written (see
        _russian_spellings_as_wrong). Not in a case where the language's own forms differ by a stress the letters do
        not show (Верхняй Пышмай or Пышмой): the Russian -ой is written either way, so the fix would guess."""
        own: dict[str, set[str]] = {}
        for index in self.terms_in(record.concept, record.lang):
            if (other := self.records[index]).text == record.text and other.status in ACCEPTABLE:
                for case, form in self._own_inflection(index):
                    own.setdefault(case, set()).add(form.lower())
        every_own = set().union(*own.values())
        return list(dict.fromkeys(
            (case, form) for index in self.terms_in(record.concept, "ru")
            if (russian := self.records[index]).text == record.text and russian.status in ACCEPTABLE
            for case, form in self._own_inflection(index)
            if case != "nom" and len(own.get(case, ())) == 1 and form.lower() not in every_own))

    def _forms_like_the_preferred(self, record: TermRecord) -> list[tuple[str, str]]:
        """The forms of a wrong spelling of a place that differs from a preferred term only in letters
        of its stems (pl Suwalki for Suwałki, Laziska Gorne for Łaziska Górne): the preferred term's forms with the
        same letters, word by word, where the dictionary knows the right spelling's endings (w Suwalkach, w Laziskach
        Gornych)."""
        pairs = []
        for index in self.preferred(record.concept, record.lang):
            right, wrong = self.records[index].text, record.text
            if len(right) != len(wrong) or right == wrong:
                continue
            rights, wrongs = _NAME_PARTS.split(right), _NAME_PARTS.split(wrong)
            if [len(word) for word in rights] != [len(word) for word in wrongs]:
                continue
            # (each word's stem up to its last wrong letter; a last letter that differs is an ending, and the forms
            # another word's)
            stems = [max((position + 1 for position in range(len(r)) if r[position] != w[position]), default=0)
                     for r, w in zip(rights, wrongs)]
            if any(stem == len(r) for stem, r in zip(stems, rights)):
                continue
            # (the wrong spelling's own spaces and hyphens: Санта Барбара's forms are Санта Барбаре, not Санта-Барбаре)
            right_separators, wrong_separators = (_NAME_PARTS_AND_SEPARATORS.split(text)[1::2] for text in (right, wrong))
            for case, form in self._own_inflection(index):
                parts = _NAME_PARTS_AND_SEPARATORS.split(form)
                words, separators = parts[::2], parts[1::2]
                if separators != right_separators or any(word[:stem] != r[:stem] for word, stem, r in zip(words, stems, rights)):
                    continue
                spelled = [w[:stem] + word[stem:] for word, stem, w in zip(words, stems, wrongs)]
                pairs.append((case, "".join(part for pair in zip(spelled, [*wrong_separators, ""]) for part in pair)))
        return pairs

    def _endings_of_the_preferred(self, record: TermRecord) -> list[tuple[str, str]]:
        """The oblique forms of a wrong Polish spelling of a place with the preferred term's endings on its own stem,
        where the preferred's stem shows a shape the wrong spelling shares but its rules do not know: a plural-only
        place's bare genitive (Zaleszczyki: Zaleszczyk, so Zalishchyky: z Zalishchyk; Lachowicze: Lachowicz, so
        Liakhavichy: z Liakhavich) or a vowel that drops
        (Ciechanowiec: Ciechanowca, so Tsekhanovets: w Tsekhanovtsu). Found in a draft, never written."""
        if record.lang != "pl" or record.words != 1:
            return []
        pairs = []
        for index in self.preferred(record.concept, "pl"):
            right = self.records[index].text
            if self.records[index].words != 1:
                continue
            forms = self._own_inflection(index)
            plural = any(case == "loc" and form.endswith("ach") for case, form in forms)
            for right_stem, wrong_stem in ((plural and right[:-1], plural and _plural_stem(record.text)),
                                           (_without_its_fleeting_vowel(right), _without_its_fleeting_vowel(record.text))):
                if not right_stem or not wrong_stem or not any(case == "gen" and form.startswith(right_stem) for case, form in forms):
                    continue
                pairs += [(case, wrong_stem + form[len(right_stem):]) for case, form in forms
                          if case in ("gen", "dat", "ins", "loc") and form.startswith(right_stem)]
        return pairs

    def _transcribed_russian_endings(self, record: TermRecord, forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The oblique forms of a wrong Polish spelling of a feminine place with the Russian endings a draft translated
        from Russian leaves on it (polish_transcribed_russian_feminine_place: w Charnoy Vode, do Verkhnej Pyshmy), when a
        preferred Polish term of the concept has as many words; the noun's Polish endings of ``forms`` go with the
        adjective's too (w Werchniej Pyszmie). Found in a draft, never written."""
        if record.lang != "pl" or not any(self.records[index].words == record.words for index in self.preferred(record.concept, "pl")):
            return []
        nouns: dict[str, list[str]] = {}
        for case, form in forms:
            nouns.setdefault(case, []).append(form.rsplit(" ", 1)[-1])
        paradigm = polish_transcribed_russian_feminine_place(record.text.split(" "), nouns) or {}
        return [(case, form) for case, forms in paradigm.items() for form in forms]

    def _own_inflection(self, index: int) -> list[tuple[str, str]]:
        record = self.records[index]
        wrong = record.status not in ACCEPTABLE
        if self._foreign_place_in_y(record) or self._polish_place_of_either_gender(record) or self._polish_neuter_in_a(record):
            # Its nominative and the forms the termbase lists: a fix in another case is left unsure.
            return [("nom", record.text), *((case, form) for case, forms in record.forms.items() for form in forms.split("/"))]
        if plural := self._plural_place_read_as_indeclinable(record):
            listed = [(case, form) for case, forms in record.forms.items() for form in forms.split("/")]
            return list(dict.fromkeys([*((case, form) for case, forms in plural.items() for form in forms), *listed]))
        if neuter := self._russian_collective_neuter(record):
            forms = {"nom": record.text} | neuter | dict(record.forms)
            return [(case, form) for case in CASES if case in forms for form in forms[case].split("/")]
        return inflect(
            record.text,
            record.lang,
            animate=record.kind == "person",
            # (The forms column wins case by case over forms a note or another term implies: be Лодзь's
            # ins=Лоддзю says nothing of its genitive, which its feminine gender gives.)
            explicit=(self._named_indeclinable(record) or self._foreign_plural_in_ai(record) or self._implied_forms(record) or {})
            | _forms_of_every_word(record),
            # Explicit forms (the forms column, a note's) win case by case over the rules for a man's or woman's
            # surname, whose forms fill the cases they leave (be Камеда's dat=Камедзе leaves a man's ins Камедам).
            word_forms=_case_by_case(
                self._frozen_plural_surname(record), self._womans_surname(record), self._surname_in_ava(record),
                self._mans_surname_in_a(record), self._mans_double_surname(record), self._womans_first_name(record),
                self._belarusian_surname_in_ets(record),
                self._belarusian_adjectival_surname(record), self._polish_adjectival_surname(record),
                self._polish_adjective_of_a_place(record), self._polish_transcribed_e(record), self._polish_fleeting_ec(record),
                self._foreign_surname_in_in(record), self._first_name_alone(record), self._word_forms(record.concept, record.lang),
                _last_words_forms(record)),
            extra_langs=self._foreign_endings(record) if wrong else (),
            wrong=wrong,
            stressed_adjective=self._belarusian_place_adjective_stress(record),
        )

    def _belarusian_place_adjective_stress(self, record: TermRecord) -> bool | None:
        """Whether a Belarusian place of two words, an adjective and its noun (Красны Кут, Галая Прыстань), stresses the
        adjective's ending, as the concept's Russian name of two words shows (belarusian_adjective_stressed_by_russian);
        None for any other term."""
        if record.lang != "be" or record.kind != "place" or record.words != 2 or record.status not in ACCEPTABLE:
            return None
        russian = [words[0] for i in self.preferred(record.concept, "ru") if len(words := self.records[i].text.split()) == 2]
        return belarusian_adjective_stressed_by_russian(record.text.split()[0], russian)

    def _foreign_place_in_y(self, record: TermRecord) -> bool:
        """True for a Polish place in -y that Morfeusz does not know, or a Belarusian one in -ы, whose Russian or
        Ukrainian name their dictionary knows as indeclinable (Ałmaty, Алматы: Алматы): a foreign name, not the plural
        (w Czerkasach, у Паставах) the rules would decline it as (Ałmatach, Алматах, words in no paradigm). (Not a
        Belarusian -чы, -цы, -ны, whose own plural rules decline it though Russian may not: Глівіцы, Гливице.)"""
        if record.kind != "place" or record.words != 1 or not (
                record.lang == "pl" and record.text.endswith("y") and not polish_forms(record.text, animate=False)
                or record.lang == "be" and record.text.endswith("ы") and not record.text.endswith(("чы", "цы", "ны"))):
            return False
        return any(indeclinable_name(self.records[i].text, lang)
                   for lang in ("ru", "uk") for i in self.preferred(record.concept, lang))

    def _polish_neuter_in_a(self, record: TermRecord) -> bool:
        """True for a Polish place in -ia (a Ukrainian neuter's -я written out) that Morfeusz does not know and a note of
        the concept calls neuter (Szczastia, the Ukrainian Щастя): the rules' endings are a feminine noun's (Szczastii,
        Szczastią), which no neuter takes, and
        Polish writes such a name after its kind word in the nominative (w mieście Szczastia). (A wrong spelling's forms,
        Damachava: w Damachavie, are still found; a Polish -na, -no made feminine keeps its endings: Łoźna, w Łoźnie.)"""
        if record.lang != "pl" or record.kind != "place" or record.words != 1 or not record.text.endswith("ia") \
                or record.status not in ACCEPTABLE or polish_forms(record.text, animate=False):
            return False
        return any(note_says_of(note, "pl", NOTE_NEUTER) for note in (record.note, *self._notes(record.concept)))

    def _polish_place_of_either_gender(self, record: TermRecord) -> bool:
        """True for a Polish place in cz, sz, ż, rz whose Russian name is a feminine in -ь (Случь, Керчь) and whose
        notes name no gender for Polish: Polish keeps some of these masculine (Kercz: w Kerczu) and makes others
        feminine (Słucz: nad Słuczą), and nothing else here tells which (the masculine the rules give invented
        Słucza, Słuczem)."""
        if record.lang != "pl" or record.kind != "place" or record.words != 1 or not record.text.lower().endswith(("cz", "sz", "ż", "rz")):
            return False
        if self._gender_in_notes(record):
            return False
        return any(self.records[i].text.lower().endswith(("чь", "шь", "жь", "щь")) for i in self.preferred(record.concept, "ru"))

    def _foreign_endings(self, record: TermRecord) -> tuple[str, ...]:
        """The languages whose endings a wrong spelling may carry: a neighbour's (Тихановской in be text),
        and Polish's when it is the concept's Polish spelling (похвалил Szczęsnego, о наследии Poniatowskiego)."""
        polish = record.lang != "pl" and any(self.records[i].text == record.text for i in self.terms_in(record.concept, "pl"))
        return _NEIGHBOUR_PARADIGMS.get(record.lang, ()) + (("pl",) if polish else ())

    def _foreign_plural_in_ai(self, record: TermRecord) -> dict[str, str] | None:
        """Its one form in every case for a be, uk or ru place in -ай, -яй that a note of the concept calls plural
        (Мядзінінкай: "Medininkai, Lithuanian border crossing (plural)"): the Lithuanian plural's -ai, which
        does not decline as a masculine in -й (Мядзінінкая) the way a singular's does (Шанхай: у Шанхаі)."""
        if record.kind != "place" or record.lang not in _CYRILLIC or record.words != 1 or not record.text.endswith(("ай", "яй")) \
                or not any(NOTE_PLURAL.search(note) for note in self._notes(record.concept)):
            return None
        return {case: record.text for case in CASES[1:]}

    def _plural_place_read_as_indeclinable(self, record: TermRecord) -> dict[str, list[str]] | None:
        """The plural forms of a place in a soft consonant and -и, -і that a note of the concept calls plural (ru
        Шегини, be Шэгіні, "village ...; plural": Шегиням, в Шегинях, у Шэгінях) where the rules take it for no plural
        (ru, uk: a foreign indeclinable, Сочи, Тбилиси; be: an adjective, Шэгінім) and would write Шегини for a right
        в Шегинях; no genitive, which the word does not show (a fix in the genitive is left unsure). None for a word
        the rules decline as a plural already or no note calls plural."""
        if record.kind != "place" or record.words != 1 or record.forms.get("gen") \
                or not any(NOTE_PLURAL.search(note) for note in self._notes(record.concept)):
            return None
        plural = soft_plural_place_forms(record.text, record.lang)
        # (A plural's locative the rules give with its adjective's -их, -ых counts too: Дубичі-Церковні, у Дубичах-Церковних.)
        if plural is None or any(case == "loc" and (form in plural["loc"] or form != record.text and form.endswith(("их", "ых", "іх")))
                                 for case, form in inflect(record.text, record.lang)):
            return None
        return plural

    def _russian_collective_neuter(self, record: TermRecord) -> dict[str, str] | None:
        """The forms of a Russian place in -ье the dictionary does not know whose Ukrainian or Belarusian name is a
        collective neuter (Расточье: Розточчя, Расточча; Загородье: Загороддя): that neuter's, declined as Полесье (леса
        Расточья, по Расточью), and no others: not the undeclined foreign word the rules take an unknown -е for, which
        would read its nominative as every case (к Расточье). A foreign place keeps its one form (Монпелье, Пуатье:
        Монпельє, Пуацье, no collective neuter)."""
        if record.lang != "ru" or record.kind != "place" or record.words != 1 or not _RUSSIAN_NEUTER_IN_YE.search(record.text.lower()) \
                or known_word(record.text.lower(), "ru"):
            return None
        if not any(_NEIGHBOURS_COLLECTIVE_NEUTER.search(self.records[i].text.lower()) for lang in ("uk", "be") for i in self.preferred(record.concept, lang)):
            return None
        return russian_neuter_in_ye(record.text)

    def _named_indeclinable(self, record: TermRecord) -> dict[str, str] | None:
        """Its one form in every case when a note of the concept says this very term does not decline in
        its language ("ru/uk Друскининкай does not decline"): the termbase wins over a dictionary."""
        if any(said_indeclinable(note, record.text, record.lang) for note in self._notes(record.concept)):
            return {case: record.text for case in CASES[1:]}
        if record.kind == "place" and record.words == 1 and \
                any(note_says_of(note, record.lang, NOTE_UNDECLINED, named_only=True) for note in self._notes(record.concept)):
            # A note saying the place is undeclined in the term's language ("usually undeclined in pl": w Salaspils).
            return {case: record.text for case in CASES[1:]}
        return None

    def _implied_forms(self, record: TermRecord) -> dict[str, str] | None:
        """Forms another language's term or the concept's note implies: a Belarusian place in -а whose
        Russian or Ukrainian name ends in -о is neuter (Жодзіна, Жодино), not feminine, and one whose
        every stem vowel is a reduced Russian о or е stresses its ending (Дзясна, Десна: над Дзясной), as does the
        last noun of a place of several words (Чырвоная Слабада: з Чырвонай Слабадой); a
        place in -ь whose note names its gender declines as that gender (Гостомель: "masculine"; one in -поль
        is masculine without a note), and a be or uk place in a hushing consonant whose Russian name ends in
        -ь is feminine (Свіслач, Свислочь); a Polish place in -a whose Russian name is a feminine adjective is one; a
        Ukrainian place's closing і is the Russian name's о or е (Новий Розділ, Новый Роздол: у Новому Роздолі); a
        Belarusian name in -і, -ы the Russian or Ukrainian dictionary knows as indeclinable is indeclinable."""
        if record.lang == "be" and record.words == 1 and record.text.endswith(("і", "ы")) and (record.kind == "person" or record.text.endswith("і")) \
                and any(indeclinable_name(self.records[i].text, lang) for lang in ("ru", "uk") for i in self.preferred(record.concept, lang)):
            # A Belarusian name in -і or -ы whose Russian or Ukrainian spelling the dictionary knows only as indeclinable
            # (Дэрбі, Тэнесі, Тбілісі: Дерби, Теннессі, Тбилиси; Джэфры: Джеффри) is a foreign name, indeclinable too
            # (непадалёк Дэрбі, кніга Джэфры), not the plural place (Паставы) or the adjective (Сівы: Сівага) the rules
            # take it for. (A place in -ы may be a plural of its own: у Сочах.)
            return {case: record.text for case in CASES[1:]}
        if record.kind != "place":
            return None
        preferred_russian = [self.records[i].text for i in self.preferred(record.concept, "ru")]
        if record.lang == "pl" and (forms := self._polish_neuter_adjective_place(record)):
            return forms
        if record.lang == "uk" and (forms := ukrainian_opened_place(record.text, preferred_russian)):
            return forms
        if record.lang == "be" and record.words > 1 and (forms := self._belarusian_stressed_last_noun(record, preferred_russian)):
            return forms
        if record.lang == "pl" and record.words == 2 and (forms := polish_plural_adjective_place(record.text)) \
                and any(note_says_of(note, "pl", NOTE_PLURAL) for note in (record.note, *self._notes(record.concept))):
            # So for a place of two words, an adjective and its noun (Wielkie Budyszcze, "plural": w Wielkich Budyszczach).
            return forms
        if record.words != 1:
            return None
        if genitive := genitive_dropping_its_vowel_as(record.text, record.lang, lambda: self._neighbours_genitives(record)):
            return {"gen": genitive}
        if record.lang == "pl" and self._in_russia(record.concept) \
                and (forms := polish_place_keeping_its_ok(record.text, lambda: self._neighbours_genitives(record))):
            return forms
        if record.lang == "pl" and (genitive := polish_bare_plural_genitive(record.text, lambda: self._neighbours_genitives(record))):
            return {"gen": genitive}
        if record.lang == "pl" and _POLISH_PLURAL_IN_KI.search(record.text) and self._in_russia(record.concept):
            # A Polish place in -iki/-yki takes a bare genitive where Polish has named it for centuries (Chojniki: z
            # Chojnik, Soleczniki), the -ów of a transcribed Russian plural in Russia (Bierezniki: z Bierezników, as
            # Łużniki: Łużników; Russian Березников).
            return {"gen": record.text[:-1] + "ów"}
        if record.lang == "pl" and not polish_forms(record.text, animate=False) and not adjective_reading(record.text.lower(), "pl") \
                and (genitive := polish_plural_place_bare_genitive(record.text, polish_plural_of_a_noun(record.text))) \
                and not self._east_slavic_genitives_all_in_ov(record):
            # A bare genitive says the place is plural-only: its other cases are a plural's (w Tatarbunarach).
            return {"gen": genitive}
        if record.lang == "pl" and record.text.endswith(("e", "ki", "gi")) and not adjective_reading(record.text.lower(), "pl") \
                and not polish_forms(record.text, animate=False) and any(note_says_of(note, "pl", NOTE_PLURAL) for note in (record.note, *self._notes(record.concept))):
            # A note calling the place plural (Szeginie: "plural"; "the Polish name Sopoćkinie is plural") makes its -e a
            # plural's: w Szeginiach, not the neuter singular the rules take it for (Szeginiu), and its velar's -ki, -gi
            # one too (Możejki, Bruzgi: w Możejkach, w Bruzgach), not the foreign indeclinable the rules take it for. Its
            # genitive (Szegiń, Możejek, or -i, -ów) only the termbase can say. (A plural Morfeusz knows keeps its own
            # forms: Czerniowce, z Czerniowiec.)
            return polish_plural_place(record.text)
        if record.lang == "pl" and record.text.endswith("e") and record.forms.get("gen") == record.text[:-1]:
            # A bare genitive (Maczuliszcz) is a plural's: a neuter in -e has -a (pola); the place is plural-only.
            return polish_plural_place(record.text)
        if record.text[-1:] in _SOFT_FINALS:
            gender = self._gender_in_notes(record) or ("masc" if MASCULINE_POLIS_PLACE.search(record.text.lower()) else None)
            if gender:
                return soft_place_forms(record.text, record.lang, gender)
            # The termbase's own forms outrank a dictionary (the ru dictionary's Лодзь is masculine).
            gender = self._gender_in_explicit_forms(record)
            return soft_place_forms(record.text, record.lang, gender, dictionary_first=False) if gender else None
        if record.lang == "pl" and self._gender_in_notes(record) == "femn" and (forms := polish_feminine_hushing_place_forms(record.text)):
            # (the note settles what the Russian -ь does not: Rossosz, "feminine": w Rossoszy)
            return forms
        if record.lang == "pl" and self._in_russia(record.concept) \
                and (forms := polish_place_in_a_hard_labial(record.text, preferred_russian)):
            # Only in Russia: Russian writes a hard labial where Polish tradition keeps a soft one (Вселюб: we Wsielubiu).
            return forms
        if record.lang in ("ru", "uk") and record.text.lower().endswith(("ичи", "ичі")) and any(
                self.records[i].forms.get("gen") == self.records[i].text[:-1] for i in self.preferred(record.concept, "be")) \
                and not listed_with_a_genitive_in_ey(record.text, record.lang):
            # A place in -ичи takes the bare genitive (из Костюкович, з Костюкович) or -ей/-ів (Осиповичей) by its
            # own usage: a bare Belarusian genitive the termbase lists (Касцюковіч) says which, unless the Russian
            # dictionary lists the place with -ей (Смолевичи: Смолевичей, beside Смалявіч).
            return {"gen": record.text[:-1]}
        russian = [self.records[i].text for i in self._by_concept_lang.get((record.concept, "ru"), ())]
        if forms := feminine_hushing_place_forms(record.text, record.lang, russian):
            return forms
        if record.lang == "uk" and (forms := ukrainian_bare_plural_genitive(record.text, preferred_russian)):
            return forms
        if record.lang == "pl" and (forms := polish_place_in_a_softening_i(record.text, [
                self.records[i].text for lang in _POLISH_EAST_SLAVIC_NEIGHBOURS for i in self.preferred(record.concept, lang)])):
            return forms
        if record.lang == "pl" and record.text.endswith("a") and any(
                text.endswith("ая") and not russian_noun_in_aya(text, "ru") for text in preferred_russian):
            # A place the Russian names by a feminine adjective is one in Polish too (Кременная: Kreminna, w Kreminnej),
            # not the noun in -a the rules take it for (Kreminny); a Russian noun in -ая is no adjective (Лиепая: Lipawy).
            return polish_feminine_adjective(record.text)
        if record.lang == "be" and record.text.endswith("ы") and " " not in record.text and \
                (forms := belarusian_adjectival_place(record.text, preferred_russian)):
            # (a masculine adjective in -ы, whatever its stem: Свабодны, Чусавы, as Свободный, Чусовой show)
            return forms
        if record.lang == "be" and (forms := belarusian_plural_genitive(record.text, preferred_russian)):
            return forms
        if record.lang != "be" or not record.text.endswith("а"):
            return None
        others = [self.records[i].text for lang in ("ru", "uk") for i in self._by_concept_lang.get((record.concept, lang), ())]
        if any(text.endswith("о") for text in others) or _BELARUSIAN_DOUBLED_A.search(record.text) \
                and any(_EAST_SLAVIC_NEUTER_IN_YE.search(text) for text in others):
            return belarusian_neuter(record.text)
        instrumentals = tuple(self.records[i].forms.get("ins", "") for i in self.preferred(record.concept, "ru"))
        return belarusian_stressed_ending(record.text, russian, instrumentals)

    def _belarusian_stressed_last_noun(self, record: TermRecord, russian: list[str]) -> dict[str, str] | None:
        """``{"ins": ...}`` for a Belarusian place of several words whose last is a feminine noun in -а with a stressed
        ending, as the Russian name's last word shows (Чырвоная Слабада, Красная Слобода: every о of the stem written а,
        so the stress is the ending's): its instrumental is -ой (з Чырвонай Слабадой), as a one-word place's is (see
        belarusian_stressed_ending), not the unstressed -ай the rules also give; the other words keep theirs."""
        last = record.text.split()[-1]
        russian_lasts = [name.split()[-1] for name in russian if len(name.split()) == record.words]
        if not last.endswith("а") or not (stressed := belarusian_stressed_ending(last, russian_lasts)):
            return None
        instrumentals = [form for case, form in inflect(record.text, record.lang) if case == "ins" and form.endswith(" " + stressed["ins"])]
        return {"ins": "/".join(instrumentals)} if instrumentals else None

    def _neighbours_genitives(self, record: TermRecord) -> list[tuple[str, str, str]]:
        """``(language, name, genitive)`` of the concept's one-word preferred names in the other East Slavic languages (in all
        three for a Polish name): the
        termbase's own, else their dictionary's; not a rule's (Ukrainian's -ець always drops its е: Ліберця, where
        Russian keeps it, в Либереце), nor the termbase's inflection of them, which may ask back."""
        pairs = []
        for lang in _POLISH_EAST_SLAVIC_NEIGHBOURS if record.lang == "pl" else _NEIGHBOUR_PARADIGMS.get(record.lang, ()):
            for index in self.preferred(record.concept, lang):
                other = self.records[index]
                genitives = other.forms["gen"].split("/") if other.forms.get("gen") else \
                    dictionary_genitives(other.text, lang) if other.words == 1 else []
                pairs += [(lang, other.text, genitive) for genitive in genitives[:1]]
        return pairs

    def _east_slavic_genitives_all_in_ov(self, record: TermRecord) -> bool:
        """True when every genitive the termbase or a dictionary gives the concept's East Slavic names is a plural's
        -ов, -ів, -аў (Печенеги: Печенегов, Печеніги: Печенігів): the Polish name's genitive may be -ów as well as
        bare, so neither is sure; a bare one among them (Татарбунары: Татарбунар) lets Polish's bare one stand."""
        genitives = [genitive.lower() for _, _, genitive in self._neighbours_genitives(record)]
        return bool(genitives) and all(genitive.endswith(_EAST_SLAVIC_PLURAL_GENITIVES) for genitive in genitives)

    def _polish_neuter_adjective_place(self, record: TermRecord) -> dict[str, str] | None:
        """The forms of a Polish place whose every word ends as a neuter adjective in -e (Krugłe, Wysokie Litewskie)
        where the concept's Russian name is a neuter adjective (Круглое, Высокое): it declines as one, with the -em
        place names keep (w Krugłem, z Wysokiego Litewskiego), not as the indeclinable or plural word the rules
        take it for. A Russian plural (Великие Луки), a noun in -ье (Поморье: Pomorze) or a noun after the adjective
        (Зелёное Поле: Pole is no adjective) is no such name; a Polish word after the first is one only when the
        Russian has it too or it is a -skie adjective (Litewskie)."""
        words = record.text.split()
        if not all(len(word) > 3 and _POLISH_NEUTER_ADJECTIVE.search(word) for word in words):
            return None
        russian = [self.records[i].text.split() for i in self.preferred(record.concept, "ru")]
        if not any(all(_RUSSIAN_NEUTER_ADJECTIVE.search(word) for word in names)
                   and (len(names) == len(words) or all(word.endswith(("skie", "ckie")) for word in words[1:]))
                   for names in russian):
            return None
        forms = [polish_neuter_adjective(word) for word in words]
        return {case: " ".join(form[case] for form in forms) for case in CASES[1:]}

    def _polish_adjectival_surname(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A woman's Polish surname in -a whose Russian spelling is a feminine adjective (Bezuhła: Безуглая) declines
        as one (Bezuhłej, Bezuhłą), not as the noun in -a the rules take it for (Bezuhły); a Russian noun in -ая
        is no adjective."""
        surname = record.text.split()[-1]
        if record.lang != "pl" or record.kind != "person" or record.status not in ACCEPTABLE or not surname.endswith("a"):
            return {}
        if double := polish_womans_double_surname(surname):  # not the last part alone (Kidawa-Błońskiej)
            return {surname: {case: forms[0] for case, forms in double.items() if case != "nom"}}
        if not any(_RUSSIAN_FEMININE_ADJECTIVE.search(last := self.records[i].text.split()[-1]) and not russian_noun_in_aya(last, "ru")
                   for i in self.terms_in(record.concept, "ru") if self.records[i].status in ACCEPTABLE):
            return {}
        return {surname: polish_feminine_adjective(surname)}

    def _polish_transcribed_e(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """The words of a Polish person's name transcribed from another script whose e Polish would drop in its own
        -ek, -ec (Marek: Marka) but which keep it (Ałmazbek: Ałmazbeka; Najem: Najema, not Morfeusz's Polish surname
        Najma): a word the English name does not spell so (Almazbek, Nayyem), whose Russian spelling keeps its e in
        Russian too (Алмазбека, Найема; not Коновальца, Konowalca)."""
        if record.lang != "pl" or record.kind != "person" or record.status not in ACCEPTABLE:
            return {}
        english = {word.translate(_POLISH_FOLDING)
                   for i in self.terms_in(record.concept, "en") for word in self.records[i].text.split()}
        russian = [self.records[i].text.split() for i in self.terms_in(record.concept, "ru") if self.records[i].status in ACCEPTABLE]
        words = record.text.split()
        found = {}
        for position, word in enumerate(words):
            if word.translate(_POLISH_FOLDING) in english:
                continue
            counterparts = [spelling[position - len(words)] for spelling in russian if len(spelling) == len(words)]
            # (the same name: Алмазбек's -ек for Ałmazbek, not the Франциск of a Franciszek)
            if (forms := polish_name_keeping_its_e(word)) and counterparts and all(
                    other[-2:-1].lower() in "еэё" and (word_paradigm(other, "ru", animate=True).get("gen") or [""])[0].startswith(other)
                    for other in counterparts):
                found[word] = forms
        return found

    def _polish_fleeting_ec(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """The words of a Polish person's name in a consonant and -eć, the transcribed -ець of a Ukrainian name
        (Horobeć, Горобець), whose e drops as the Ukrainian name's does in the Ukrainian dictionary's genitive
        (Горобця): Horobcia, Horobciowi, z Horobciem, not the Horobecia the rules give every -ć. Where no dictionary
        drops it, the rules' forms stay."""
        if record.lang != "pl" or record.kind != "person" or record.status not in ACCEPTABLE:
            return {}
        words = record.text.split()
        found = {}
        for position, word in enumerate(words):
            if not _POLISH_TRANSCRIBED_EC.search(word):
                continue
            counterparts = [spelling[position - len(words)] for i in self.preferred(record.concept, "uk")
                            if len(spelling := self.records[i].text.split()) == len(words)]
            if counterparts and all(other.lower().endswith("ець") and any(
                    drops_its_last_vowel(other, genitive) for genitive in word_paradigm(other, "uk", animate=True).get("gen", []))
                    for other in counterparts):
                stem = word[:-2] + "ci"
                found[word] = {"gen": stem + "a", "dat": stem + "owi", "acc": stem + "a", "ins": stem + "em", "loc": stem + "u"}
        return found

    def _foreign_surname_in_in(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A Russian or Ukrainian surname in -ин, -ын, -ін of a person the notes first call of another nation (a Polish
        activist Быстрянин): a foreign -ин takes a noun's -ом (с Дарвином, з Дарвіном), a Russian one an -ым (с Путиным);
        a Slavic-looking foreigner's may take either, so both are right, -ом written."""
        surname = record.text.split()[-1]
        if record.kind != "person" or record.lang not in ("ru", "uk") or record.status not in ACCEPTABLE \
                or not surname.lower().endswith(("ин", "ын", "ін")) or len(surname) < 5:
            return {}
        nations = [match.group(1).lower() for note in self._notes(record.concept) for match in _NATION_IN_NOTE.finditer(note)]
        if not nations or nations[0] in _EAST_SLAVIC_NATIONS:
            return {}
        native = "им" if record.lang == "uk" else "ым"
        return {surname: {"ins": f"{surname}ом/{surname}{native}"}}

    def _gender_in_explicit_forms(self, record: TermRecord) -> str | None:
        """The gender another language's explicit instrumental of the concept's soft-final place shows
        (be ins=Лоддзю, pl ins=Łodzią: feminine; -ем/-em: masculine): the same place has one gender in
        all four languages, and the ru dictionary's masculine Лодзь wrote Лодзя for the feminine Лодзи."""
        genders = {gender for index in self.terms_of(record.concept) if (other := self.records[index]) is not record
                   and other.text[-1:] in _SOFT_FINALS and (gender := instrumental_gender(other.forms.get("ins", "")))}
        return genders.pop() if len(genders) == 1 else None

    def _belarusian_adjectival_surname(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A Belarusian man's surname in -ы that writes no stress (Садавы: Садавога or Садавага?) declined
        as the concept's Russian surname's ending shows (Садовой: stressed), not a woman's."""
        surname = record.text.split()[-1]
        if record.lang != "be" or record.kind != "person" or self._a_woman(record.concept):
            return {}
        forms = belarusian_adjectival_surname(surname, self._surnames(record.concept, "ru"))
        return {surname: forms} if forms else {}

    def _womans_surname(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A woman's surname that ends in a consonant or -о (Алексіевіч, Тимошенко, Świątek) does
        not decline: its one form for every case; nor does its spelling in another language (ru
        Тимошенко for Цімашэнка), except in Polish, which declines every -a (Azarenka), and Belarusian,
        which declines a noun's -а (Азаранка: Азаранцы; a note may call one indeclinable). Her first
        name in the concept's Russian, Ukrainian or Polish full name tells (Святлана Алексіевіч has
        Светлана Алексиевич, Iga Świątek)."""
        surname = record.text.split()[-1]
        if record.kind != "person" or not self._a_woman(record.concept):
            return {}
        if HUSHED_INA.search(surname) and any(possessive_womans_surname(name) for name in self._surnames(record.concept, "ru")) \
                and (forms := possessive_womans_surname_forms(surname, record.lang)):
            return {surname: forms}  # Рошчынай, Рощиної: her Russian Рощина is the dictionary's surname from Рощин
        if record.lang == "pl" and any(possessive_womans_surname(name) for name in self._surnames(record.concept, "ru")) \
                and (forms := polish_womans_surname_in_ina(surname)):
            return {surname: forms}  # Sinicyny or Sinicynej: her Russian Синицына is the dictionary's surname from Синицын
        if record.lang == "be" and not self._indeclinable_everywhere(record.concept) \
                and not self._transcribed_ko(record.concept, surname) \
                and (forms := belarusian_womans_surname_in_a(surname)):
            # Belarusian declines a woman's surname in -а that is a noun, whatever the Russian or
            # Ukrainian spelling: Вікторыі Азаранцы (Азаренко); a note calling it indeclinable wins.
            return {surname: forms}
        if record.lang == "be" and belarusian_adjectival_womans_surname(surname) and not self._indeclinable_everywhere(record.concept):
            return {}  # Плішкава (Plíšková): declined as an adjective whatever the Polish -á
        # Polish declines a woman's surname in -a whatever its other spellings (Azarenka: Azarenki), and so
        # do Ukrainian and Russian where the termbase spells hers with -а (uk Палажанка: Палажанки, though
        # ru Положанко does not decline).
        if record.lang == "pl" and polish_english_surname(surname):
            # An English surname whose spelling ends in a letter Polish would decline (Burke, Guthrie) ends in a
            # consonant or -i sound (glossary/data/pl_english_names.toml): a woman's does not decline (Emmie Burke).
            return {surname: {case: surname for case in CASES[1:]}}
        own_a = record.lang in ("uk", "ru") and record.status in ACCEPTABLE and surname[-1:].lower() == "а"
        if surname[-1:].lower() in _DECLINING_FINALS and (record.lang == "pl" or own_a or not any(
                self.records[i].text.split()[-1][-1:].lower() not in _DECLINING_FINALS
                for lang in FIRST_NAME_LANGS for i in self._by_concept_lang.get((record.concept, lang), ())
                if self.records[i].status in ACCEPTABLE)):
            return {}
        return {surname: {case: surname for case in CASES[1:]}}

    def _surnames(self, concept: str, lang: str) -> list[str]:
        """The last word of each of the concept's acceptable ``lang`` terms (a person's surname)."""
        return [self.records[i].text.split()[-1] for i in self.terms_in(concept, lang) if self.records[i].status in ACCEPTABLE]

    def _frozen_plural_surname(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A surname that is a Russian adjective's genitive plural (Седых, Долгих) declines in no language, and
        neither does its spelling in another (be Сядых, uk Седих, pl Siedych): its one form for every case, where
        the rules would take it for a noun in a consonant (Сядыха, Седиха)."""
        if record.kind != "person" or not any(frozen_plural_surname(name) for name in self._surnames(record.concept, "ru")):
            return {}
        surname = record.text.split()[-1]
        return {surname: {case: surname for case in CASES[1:]}}

    def _transcribed_ko(self, concept: str, surname: str) -> bool:
        """True for a woman's Belarusian -ка whose Russian or Ukrainian spelling is an -ко those languages do not
        decline, where it transcribes that -ко: an -енка (Абрамчэнка: Абрамченко), or one her English name spells
        -ko (Нятрэбка: Netrebko, Нетребко; Шапіцька: Shepitko), not a Belarusian's own -ка (Лойка: Loika, Азаранка:
        Azarenka, which decline); unless a note says it declines in Belarusian (Сабаленка, Свірыдзенка): Belarusian
        usage differs on her -ка from -ко, so no rule declines it."""
        english = [name.lower() for name in self._surnames(concept, "en")]
        return surname.lower().endswith(("енка", "энка") if not english or not all(name.endswith("ko") for name in english) else "ка") \
            and any(name.lower().endswith("ко") for lang in ("ru", "uk") for name in self._surnames(concept, lang)) \
            and not any(_DECLINES_IN_BELARUSIAN.search(note) for note in self._notes(concept))

    def _surname_in_ava(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A woman's surname in -ава/-awa is a possessive adjective where the concept's Russian surname ends in
        -ова, -ева (Уласава, Kaczanawa: Власова, Кочанова; Уласавої), and a noun where the Russian keeps the -ава
        (the Georgian Бокучава, Окуджава): Бокучави, Bokuczawy, Бокучавы, never Бокучавої."""
        surname = record.text.split()[-1]
        if record.kind != "person" or not surname.lower().endswith(("ава", "awa")) or not self._a_woman(record.concept):
            return {}
        russian = [name.lower() for name in self._surnames(record.concept, "ru")]
        if not russian or not all(text.endswith("ава") for text in russian):
            return {}
        if record.lang == "be":
            return {surname: belarusian_womans_surname_in_a(surname, noun_in_ava=True)}
        return {surname: mans_surname_in_a(surname, record.lang)}  # ru, uk, pl: a noun in -а's endings, as a man's

    def named_by_a_first_name(self, concept: str) -> bool:
        """True for a person the termbase names by one word alone in every language (no full name: Jeff, Kevin) that
        the Russian or Ukrainian dictionary reads as a first name and as nothing else (Джефф, Кевін). (Славина, a
        first name to the dictionary, is the surname of a concept that lists Ирина Славина; Уоррен, a man's first name,
        Elizabeth Warren's surname where the termbase says she is a woman.)"""
        if not (self.terms_in(concept, "ru") or self.terms_in(concept, "uk")):
            return False  # (nothing cached: asked of every one-word person, and a one-language termbase may hold 100k)
        named = self._named_by_a_first_name.get(concept)
        if named is None:
            names = [(lang, self.records[i].text) for lang in ("ru", "uk") for i in self.preferred(concept, lang)]
            first_names = [(lang, text) for lang, text in names if first_name_reading(text, lang, only=True)] \
                if self.kind(concept) == "person" and all(self.records[i].words == 1 for i in self.terms_of(concept)) else []
            sex = {"masc": masculine_first_name, "femn": feminine_first_name}.get(self.gender(concept) or "", first_name_reading) \
                if first_names else None
            named = self._named_by_a_first_name[concept] = any(sex(text, lang) for lang, text in first_names)
        return named

    def _first_name_alone(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A first name that names the person alone declines as a first name, not as the surname the rules take a
        name's last word for (be Кевін: Кевінам, not the -ін surname's Кевіным)."""
        if record.kind != "person" or record.words != 1 or record.status not in ACCEPTABLE or not self.named_by_a_first_name(record.concept):
            return {}
        paradigm = word_paradigm(record.text, record.lang, animate=True, given=True)
        return {record.text: {case: "/".join(forms) for case, forms in paradigm.items() if case != "nom" and forms}}

    def _womans_first_name(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A woman's first name in a consonant (be Любоў, pl Lubow) declines as a woman's or not at all,
        never as the man's name the rules take it for (Любова, Lubowem)."""
        if record.kind != "person" or record.words < 2 or not self._a_woman(record.concept):
            return {}
        first = record.text.split()[0]
        forms = womans_first_name_forms(first, record.lang)
        return {first: forms} if forms else {}

    def _indeclinable_everywhere(self, concept: str) -> bool:
        """True when a note of the concept says its name declines in none of the languages ("her -ко
        surname does not decline in any of the four languages", "a woman's surname in -енко does not
        decline"): Belarusian's rule yields to it."""
        return any(_INDECLINABLE_EVERYWHERE.search(note) for note in self._notes(concept))

    def _gender_in_notes(self, record: TermRecord) -> str | None:
        """The gender the first note that names one gives the term's language: the term's own, the concept's, then
        its other terms'."""
        return next((gender for note in (record.note, *self._notes(record.concept)) if (gender := gender_in_note(note, record.lang))), None)

    def _in_russia(self, concept: str) -> bool:
        """True when the concept's notes place it in Russia and in no country of Polish naming tradition."""
        notes = " ".join(self._notes(concept))
        return bool(_IN_RUSSIA.search(notes)) and not _IN_POLISH_NAMING_LANDS.search(notes)

    def _notes(self, concept: str) -> tuple[str, ...]:
        """Every note of the concept: its own, then each of its terms'."""
        return (self.concept_notes.get(concept, ""), *(self.records[i].note for i in self._by_concept[concept]))

    def _mans_surname_in_a(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A man's surname in -а/-a declines as a masculine noun (Скарына, Skaryna), and so does his Belarusian
        first name in -а (Мікола); his first name in the concept's Russian, Ukrainian or Polish full name tells
        (Франциск, Franciszek). A man's -ска/-ska is no woman's adjective either (Deripaska: Deripasce)."""
        words = record.text.split()
        if record.kind != "person" or record.lang not in ("be", "uk", "ru", "pl") or not self._a_man(record.concept):
            return {}
        # (Belarusian masculine nouns in -а take -у in the dative, Міколу, where the rules give a woman's Міколе.)
        names = words if record.lang == "be" else words[-1:]
        return {name: mans_surname_in_a(name, record.lang) for name in names if name[-1:].lower() in "аa"}

    def _belarusian_surname_in_ets(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A Belarusian man's surname in -ец declined as the concept's Russian surname is (Гарабец as Горобец:
        Гарабца), where no rule is sure whether its е drops (see belarusian_surname_dropping_its_e)."""
        if record.kind != "person" or record.lang != "be" or record.status not in ACCEPTABLE or self._a_woman(record.concept):
            return {}
        surname = record.text.split()[-1]
        forms = belarusian_surname_dropping_its_e(surname, self._surnames(record.concept, "ru"))
        return {surname: forms} if forms else {}

    def _mans_double_surname(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """A man's foreign double surname ending in a vowel he does not decline (Бернерс-Лі): its first part declines."""
        if record.kind != "person" or record.lang not in ("be", "uk", "ru", "pl") or not self._a_man(record.concept):
            return {}
        return {word: forms for word in record.text.split() if "-" in word and (forms := mans_double_surname_with_a_fixed_part(word, record.lang))}

    def _first_names(self, concept: str) -> list[tuple[str, str]]:
        return [(self.records[i].text.split()[0], lang) for lang in FIRST_NAME_LANGS
                for i in self._by_concept_lang.get((concept, lang), ())
                if self.records[i].words > 1 and self.records[i].status in ACCEPTABLE]

    def _said_gender(self, concept: str) -> str | None:
        """"woman" or "man" where the concept's notes say whose name it is ("Soviet hammer thrower, a man",
        "Georgian singer, a woman") and say nothing else: the termbase's word before any dictionary's reading of
        a first name (Nino, a woman's in Georgian, is the Polish dictionary's man's Nino)."""
        said = {match.group(1).lower() for note in self._notes(concept) for match in _SAID_GENDER.finditer(note)}
        return said.pop() if len(said) == 1 else None

    def gender(self, concept: str) -> str | None:
        """"masc" or "femn" where the termbase tells a person's sex (its notes, a first name), else None."""
        return "masc" if self._a_man(concept) else "femn" if self._a_woman(concept) else None

    def _a_woman(self, concept: str) -> bool:
        woman = self._women.get(concept)
        if woman is None and (said := self._said_gender(concept)):
            woman = self._women[concept] = said == "woman"
        if woman is None:
            # A name one dictionary reads as a woman's and another as a man's (ru Кароль, uk Кароль,
            # pl Karol) is a man's: the surname declines.
            # A first name no dictionary knows, in -а/-я/-a in every language (Тавія, Tawija), is most likely a
            # woman's: her surname in a consonant then stays as written, where the man's endings would invent.
            firsts = self._first_names(concept)
            woman = self._women[concept] = (any(feminine_first_name(*first) for first in firsts)
                                            or bool(firsts) and all(first[-1:].lower() in "аяa" for first, _ in firsts)) \
                and not self._a_man(concept)
        return woman

    def _a_man(self, concept: str) -> bool:
        man = self._men.get(concept)
        if man is None and (said := self._said_gender(concept)):
            man = self._men[concept] = said == "man"
        if man is None:
            # (or his Russian surname is a masculine adjective, whatever his first name: Тишка Гартный, a diminutive in -ка)
            man = self._men[concept] = any(masculine_first_name(*first) for first in self._first_names(concept)) or any(
                self.records[i].text.split()[-1].endswith(("ый", "ой", "ий")) for i in self.terms_in(concept, "ru")
                if self.records[i].status in ACCEPTABLE and self.records[i].words > 1)
        return man

    def _polish_adjective_of_a_place(self, record: TermRecord) -> dict[str, dict[str, str]]:
        """The first word of a Polish place of two that Morfeusz does not know (Wełyka Pysariwka: the Ukrainian
        Велика), where the concept's Ukrainian or Russian name begins with an adjective: a feminine adjective's
        forms (w Wełykiej Pysariwce), not the noun's the rules would give (Wełyce)."""
        words = record.text.split()
        if record.lang != "pl" or record.kind != "place" or len(words) != 2 or not words[0].endswith("a") \
                or adjective_reading(words[0].lower(), "pl") or adjective_reading(words[1].lower(), "pl"):
            return {}
        if not any(len(names := self.records[i].text.split()) == 2 and adjective_reading(names[0].lower(), lang)
                   for lang in ("uk", "ru") for i in self.preferred(record.concept, lang)):
            return {}
        return {words[0]: polish_feminine_adjective(words[0])}

    def _word_forms(self, concept: str, lang: str) -> dict[str, dict[str, str]]:
        return {
            self.records[i].text: self.records[i].forms
            for i in self._by_concept_lang.get((concept, lang), ())
            if self.records[i].forms and self.records[i].words == 1
        }

    def form_in_case(self, index: int, case: str) -> str | None:
        """The term's canonical form in ``case``, or None when its paradigm is not sure of one."""
        canonical = self._canonical_forms.get(index)
        if canonical is None and (built := self._built_forms[index]) is not None:
            return built.split(_FORM_SEPARATOR)[_CASE_POSITION[case]].decode() or None
        if canonical is None:
            canonical = self._canonical_forms[index] = {}
            for form_case, form in self.case_forms(index):
                if form_case != self._unsure_cases.get(index):
                    canonical.setdefault(form_case, form)
        return canonical.get(case)

    def preferred(self, concept: str, lang: str) -> tuple[int, ...]:
        """Preferred terms of ``concept`` in ``lang``, full names (most words) first."""
        preferred = self._preferred.get((concept, lang))
        if preferred is None:
            indexes = [i for i in self.terms_in(concept, lang) if self.records[i].status == "preferred"]
            preferred = self._preferred[(concept, lang)] = tuple(sorted(indexes, key=lambda i: -self.records[i].words))
        return preferred

    def given_name_cases(self, concept: str) -> dict[str, tuple[str, ...]]:
        """First words of the concept's full names in every language and case (folded) -> their
        cases: "Sviatlana" or "Светланы" before a surname being fixed belongs to the name."""
        names = self._given_names.get(concept)
        if names is None:
            found: dict[str, list[str]] = {}
            for index in self.terms_of(concept):
                if self.records[index].words > 1:
                    for case, form in self.case_forms(index) + self._first_name_of_either_stress(index):
                        cases = found.setdefault(fold_term(form.split()[0]), [])
                        if case not in cases:
                            cases.append(case)
            names = self._given_names[concept] = {word: tuple(cases) for word, cases in found.items()}
        return names

    def given_name_cases_of_spelling(self, concept: str, word: str) -> tuple[str, ...]:
        """The cases of the concept's first name in any spelling that transliterates the same way (pl
        "Yarynie", "Nataliji", "Vitaliyowi": Jarynie, Natalii, Witalijowi): a draft declines a romanized
        first name with the ending of the case it means, which the termbase's own spellings do not list."""
        key = spelling_key(word)
        keyed = self._given_name_keys.get(concept)
        if keyed is None:
            keyed = self._given_name_keys[concept] = {}
            for form, cases in self.given_name_cases(concept).items():
                keyed[spelling_key(form)] = tuple(dict.fromkeys((*keyed.get(spelling_key(form), ()), *cases)))
        return keyed.get(key, ()) if len(key) > 3 else ()

    def given_name_of_another_spelling(self, concept: str, word: str, lang: str) -> bool:
        """True when ``word``, which the dictionary of ``lang`` does not know, is the concept's first name as another
        language spells it, with an ending of this one (ru "о Дзмітрыі", "с Ірыной"; pl "o Jaroslawiu", "z Andriim",
        "według Andreya"): its stem key (a transliteration without its case ending) is one of the concept's first
        names' in any language. A word the dictionary knows is left to it (a first name of the language's own, another
        person's: pl Andrzeja; an ordinary word), and so is a person with no full name in ``lang`` to put instead, and a
        double first name (be Франка-Вальтера), whose parts each decline where a paradigm may decline the last alone."""
        if "-" in word:
            return False
        stems = self._given_name_stems.get(concept)
        if stems is None:
            stems = self._given_name_stems[concept] = frozenset(stem_key(form) for form in self.given_name_cases(concept))
        key = stem_key(word)
        return len(key) > 3 and key in stems and not known_word(word, lang) \
            and any(self.records[i].words > 1 for i in self.preferred(concept, lang))

    def _first_name_of_either_stress(self, index: int) -> list[tuple[str, str]]:
        """A Belarusian first name's forms the rules write neither way, as a draft may (Пятрусь: Пятруся
        or Петруся): the stress they go by is not written."""
        record = self.records[index]
        if record.lang != "be" or record.kind != "person":
            return []
        return [(case, form) for case, forms in belarusian_name_of_either_stress(record.text.split()[0]).items() for form in forms]

    def terms_in(self, concept: str, lang: str) -> tuple[int, ...]:
        return self._by_concept_lang.get((concept, lang), ())

    def terms_of(self, concept: str) -> tuple[int, ...]:
        return self._by_concept.get(concept, ())

    def kind(self, concept: str) -> str:
        terms = self._by_concept.get(concept)
        return self.records[terms[0]].kind if terms else "term"

    def replacement(self, concept: str, text: str, cases: tuple[str, ...], lang: str, same_term: str | None = None) -> str | None:
        """The preferred term for ``text`` in its case: full name for a full name, surname for a
        surname (``same_term``: that term's own form instead). Remembered: a wrong spelling
        recurs all through a document."""
        key = (concept, text, cases, lang, same_term)
        if key not in self._replacements:
            self._replacements[key] = self._replacement(concept, text, cases, lang, same_term)
        return self._replacements[key]

    def _replacement(self, concept: str, text: str, cases: tuple[str, ...], lang: str, same_term: str | None) -> str | None:
        targets = self.preferred(concept, lang)
        if same_term is not None:
            targets = tuple(i for i in self.terms_in(concept, lang) if self.records[i].text == same_term)
        if not targets:
            return None
        # Words counted across hyphens too: a double surname drafted as two words (Kidawa Błońska) is the surname,
        # not a full name, whose first name the draft never had.
        words, parts = len(text.split()), len(_NAME_PARTS.split(text))
        target = min(targets, key=lambda i: (abs(len(_NAME_PARTS.split(self.records[i].text)) - parts), abs(self.records[i].words - words)))
        form = self.form_in_case(target, cases[0]) if cases else self.records[target].text
        if form is None and cases:
            form = self._form_of_the_drafted_stress(target, text, cases[0])
        if form is None:
            return None  # never a guessed ending: the caller leaves the text and says so
        if cases and cases[0] == "gen" and lang == "pl":
            form = self._polish_genitive_ending_drafted(target, text, form)
        if cases and cases[0] != "nom" and form.split()[-1] == self.records[target].text.split()[-1] \
                and self.records[target].kind == "person" and _DECLINING_DOUBLE_SURNAME.search(form):
            return None  # a double surname in -а declines (Львовой-Беловой): its nominative is no form of another case
        model_words, form_words = text.split(), form.split()
        if len(model_words) == len(form_words):
            return " ".join(letter_case_like(m, f) for m, f in zip(model_words, form_words))
        return letter_case_like(text, form)

    def _form_of_the_drafted_stress(self, target: int, text: str, case: str) -> str | None:
        """The form in ``case`` of a term whose ending goes by a stress the rules cannot see, where the draft's wrong
        spelling already writes one of the endings on the preferred word's own spelling (ru Фазекаш: Фазекашем or
        Фазекашом, as Кулишом but Лукачем; «с Тібором Фазекашем» keeps its -ем: «с Тибором Фазекашем»). The draft's
        ending is the translator's reading of the stress, no mistake to mend; every word where the forms of either
        stress differ must be the draft's own, so the fix writes no ending the draft did not. None otherwise."""
        record = self.records[target]
        drafted = [word.lower() for word in text.split()]
        either = list(dict.fromkeys(form for form_case, form in inflect(record.text, record.lang, animate=record.kind == "person", wrong=True)
                                    if form_case == case and len(form.split()) == len(drafted)))
        if len(either) < 2:
            return None
        differing = {position for position, words in enumerate(zip(*(form.lower().split() for form in either))) if len(set(words)) > 1}
        chosen = [form for form in either if all(form.lower().split()[position] == drafted[position] for position in differing)]
        return chosen[0] if len(chosen) == 1 else None

    def _polish_genitive_ending_drafted(self, target: int, text: str, form: str) -> str:
        """The genitive of a Polish place of either ending (Arcyz: Arcyzu, or Arcyza as usage also gives) that the
        draft's wrong spelling ends as (z Artsyza: z Arcyza), as the right spelling's -a is left as drafted: a
        translator's -a is no mistake to mend. ``form``, the canonical genitive, for any other."""
        record = self.records[target]
        if record.kind != "place" or record.words != 1 or len(text.split()) != 1 or not form.endswith("u") \
                or not text.lower().endswith("a"):
            return form
        drafted = form[:-1] + "a"
        return drafted if ("gen", drafted) in self.case_forms(target) else form

    # --- matching -------------------------------------------------------------------------------

    def _matcher(self, lang: str) -> LanguageMatcher:
        matcher = self._matchers.get(lang)
        if matcher is None:
            statuses = [r.status for r in self.records]
            # Not cached per term: a large termbase would hold every form twice.
            forms = (
                (index, form, case)
                for index, record in enumerate(self.records)
                if record.lang == lang
                for case, form in self._remember_canonical(index, self._inflect(index))
            )
            matcher = self._matchers[lang] = LanguageMatcher(lang, forms, statuses)
        return matcher

    def _remember_canonical(self, index: int, forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Keep a preferred term's canonical form of each case, one compact string per term, as the
        matcher's build passes by (UTF-8, the cases joined): fixes write them, and inflecting again costs
        more than the scan."""
        if self.records[index].status == "preferred":
            canonical = dict.fromkeys(CASES, "")
            for case, form in forms:
                canonical[case] = canonical[case] or (form if case != self._unsure_cases.get(index) else "")
            self._built_forms[index] = _FORM_SEPARATOR.join(form.encode() for form in canonical.values())
        return forms

    def wrong_reading(self, match: Match, lang: str) -> tuple[str, tuple[str, ...]] | None:
        """``(status, cases)`` when a correct form found in ``lang`` text is also a form of a wrong
        spelling of the same concept (ru "Навальному" is the uk locative): the sentence decides."""
        shadow = self._matcher(lang).shadowed_reading(match.term)
        if shadow is None or self.records[shadow[0]].concept != match.concept:
            return None
        return self.records[shadow[0]].status, shadow[1]

    def prepare(self, *langs: str) -> None:
        """Build the matchers of ``langs`` now rather than on first use: before forking, so the
        processes that share a large export share them too instead of building them each."""
        for lang in langs:
            self._matcher(lang)
        self.fuzzy  # noqa: B018 (built on first access)

    @cached_property
    def fuzzy(self) -> FuzzyIndex:
        # A person's surname alone names them; a place's last word alone is no place (Рига is no Кривой Рог).
        return FuzzyIndex(((i, r.text.split()[-1]) for i, r in enumerate(self.records) if r.words == 1 or r.kind == "person"),
                          self._resembled_forms, lambda index: self.records[index].kind == "place",
                          self._romanized_forms, lambda index: self.records[index].concept)

    def _romanized_forms(self, concept: str) -> dict[str, tuple[str, ...]]:
        """``spelling -> cases`` of the concept's Cyrillic names under each standard romanization of their language
        (romanization.romanizations), for a draft that romanized the name instead of writing the Polish one: each case
        form's last word romanized (MT kept the Ukrainian genitive: Pidmohylnoho), and each romanized nominative declined
        as Polish declines it (Shevchyshynowi). Any term of the concept leads to them (the English Shevchyshyn keys apart
        from Шевчишин); only the concepts a text's words bring up are romanized. A person's surname is the last word of
        any of their names; a place's last word is no place (Оскол of Старый Оскол), so only its one-word names count."""
        spelled: dict[str, list[str]] = {}
        for term in self.terms_of(concept):
            cyrillic = self.records[term]
            if cyrillic.lang not in _CYRILLIC_LANGS or cyrillic.kind not in ("person", "place") \
                    or cyrillic.kind == "place" and cyrillic.words > 1:
                continue
            for case, form in self.case_forms(term):
                for spelling in romanizations(form.split()[-1], cyrillic.lang):
                    spelled.setdefault(fold_term(spelling), []).append(case)
            for nominative in romanizations(cyrillic.text.split()[-1], cyrillic.lang):
                for case, form in inflect(capitalise(nominative), "pl", animate=cyrillic.kind == "person"):
                    spelled.setdefault(fold_term(form), []).append(case)
        return {spelling: tuple(c for c in CASES if c in cases) for spelling, cases in spelled.items()}

    def _resembled_forms(self, index: int) -> list[tuple[str, str]]:
        """The forms an unlisted rendering may resemble: the term's own, and for a name spelled the
        same in a neighbouring language, that language's forms of it (ru "под Оршей" in Belarusian
        text is the instrumental, be "Оршай"); a Polish -ina surname declined as an adjective (Kasatkinej). Only
        the words a text brings up are inflected so."""
        forms = self.case_forms(index)
        if only_found := self._genitives_to_find_only.get(index):
            # (Лельчиц in Ukrainian text is no Лельчиць: a wrong spelling the fixer would write the sure genitive for)
            forms = [(case, form) for case, form in forms if case != "gen" or form not in only_found]
        record = self.records[index]
        if record.kind == "person" and record.lang == "pl":
            forms = forms + polish_adjectival_misreadings(forms)
        if record.kind == "person" and "-" in (surname := record.text.split()[-1]) and record.lang in _DECLINING_LANGS:
            forms = forms + [pair for pair in _forms_part_by_part(surname, record.lang) if pair not in forms]
        if record.status not in ACCEPTABLE or record.kind not in ("person", "place"):
            return forms
        if record.kind == "place" and record.lang == "pl" and record.words == 1:
            # (z Wołczynu, w Latyczowe: the right name misdeclined; one Morfeusz reads as the name's own form is none)
            forms = forms + [pair for pair in polish_misdeclined_place_forms(forms) if not same_lemma(pair[1], record.text, "pl")]
        foreign = [(case, form) for lang in _NEIGHBOUR_PARADIGMS.get(record.lang, ())
                   if any(self.records[i].text == record.text for i in self.terms_in(record.concept, lang))
                   for case, form in inflect(record.text, lang, animate=record.kind == "person")]
        return forms + [pair for pair in dict.fromkeys(foreign) if pair not in forms]

    def _english_spelling(self, index: int) -> bool:
        """True for a wrong spelling that is the concept's English name (Polish Ganja for Gandża): written in lower
        case with an ending of the text's language (ganją) it is a loan that language declines, an ordinary word;
        left bare (ochakiv) or after a preposition (pod morozovskiem) it is the name MT did not know."""
        record = self.records[index]
        return record.lang != "en" and record.status not in ACCEPTABLE and any(
            self.records[i].text == record.text for i in self.terms_in(record.concept, "en"))

    def scan(self, text: str, lang: str) -> list[Match]:
        """Every term of ``lang`` in ``text`` (longest match wins), and unlisted renderings.

        Remembered for recent texts: the editor's panels scan a source for its hits and again
        for the glossary check. (Batch callers pass ``scan_many``'s results on instead.)
        """
        matches = self._scanned.get((text, lang))
        if matches is None:
            matches = self.scan_many([text], lang)[0]
            self._remember((text, lang), matches)
        return list(matches)

    def _adjective_before_its_noun(self, term: int, matched: str, cases: tuple[str, ...], text: str, end: int, lang: str) -> bool:
        """True for a one-word lower-case form of a place declined as an adjective (Рокитне: Рокитного) right before a
        lower-case word it agrees with ("Ми нарізали рокитне гілля": willow branches): the adjective, not the place."""
        record = self.records[term]
        if record.kind != "place" or lang not in ("ru", "uk") or " " in matched:
            return False
        following = NEXT_WORD.match(text, end)
        if following is None or not following.group(1).islower():
            return False
        genitives = [form for case, form in self.case_forms(term) if case == "gen"]
        return adjectival_name_describes(cases, record.text, genitives, following.group(1), lang)

    def scan_many(self, texts: Sequence[str], lang: str) -> list[tuple[Match, ...]]:
        """``scan`` of each text, in one pass over all of them: a document's segments cost one
        automaton walk and one search for capitalised words instead of one per segment.
        """
        # No term contains the separator, and it is no word character: no match can cross it.
        joined = _TEXT_SEPARATOR.join(texts)
        starts = list(accumulate((len(text) + len(_TEXT_SEPARATOR) for text in texts), initial=0))
        found: list[list[Match]] = [[] for _ in texts]
        taken = []
        for start, end, term, cases in self._matcher(lang).find(joined):
            record = self.records[term]
            matched = joined[start:end]
            if record.text.isupper() and not matched.isupper():
                continue  # acronyms match only in capitals: "us" is a word
            if record.text[0].isupper() and not matched[0].isupper() \
                    and (matched != record.text.lower() and self._english_spelling(term) and not after_preposition(joined, start, lang)
                         or not _lower_case_name(matched, record, lang, joined, start, end, cases)
                         or matched.islower() and self._a_genitive_to_find_only(term, matched) and not _governed(joined, start, lang)
                         or self._adjective_before_its_noun(term, matched, cases, joined, end, lang)):
                continue  # names match only as names: "гонитва", "путина" and "kijów" are ordinary words
            if record.kind == "person" and " " not in record.text and _ordinary_word_opening_a_quotation(matched, lang, joined, start):
                continue
            if record.status not in ACCEPTABLE and _common_nouns_form_opening_a_sentence(matched, record, lang, joined, start):
                continue
            taken.append((start, end))
            owner = bisect_right(starts, start) - 1
            found[owner].append(Match(record.concept, matched, start - starts[owner], end - starts[owner],
                                      record.status, cases[0], record.text, cases))
        with_unlisted = set()  # texts whose matches are no longer in order
        for hit in self.fuzzy.find(joined, taken, lambda word: not _ordinary_word(word, lang)):
            record = self.records[hit.term]
            if record.kind == "person" and " " not in hit.word and (_ordinary_word_opening_a_quotation(hit.word, lang, joined, hit.start)
                                                                      or _a_place_of_the_russian_dictionary(hit.word, record.text.split()[-1], lang)
                                                                      or _a_place_after_a_preposition(hit.word, lang, joined, hit.start)
                                                                      or lang == "pl" and _another_place(hit.word, record.text, lang)):
                continue  # (Sułtanat Oman: the country, no rendering of Öhman)
            if record.kind == "person" and (sex := adjectival_surname_sex(hit.word)) \
                    and sex == {"masc": "femn", "femn": "masc"}.get(self.gender(record.concept)):
                continue  # (Якубоўскі beside the termbase's Якубоўская: her husband or son, no rendering of her)
            if record.kind == "place" and (_another_place(hit.word, record.text, lang) and not _another_place_the_preposition_rules_out(hit.word, record.text, lang, joined, hit.start)
                                           or _after_a_first_name(joined, hit.start, lang)):
                continue
            if _an_ordinary_nominative_opening_a_sentence(hit.word, lang, joined, hit.start):
                continue
            if "-" in hit.word and self._own_terms_form(hit.word, record.concept, lang):
                continue
            owner = bisect_right(starts, hit.start) - 1
            start, end = hit.start - starts[owner], hit.end - starts[owner]
            if "-" in hit.word:  # the whole hyphenated name renders the term, not the term found in a part of it
                found[owner] = [match for match in found[owner] if not start <= match.start < end]
            status = "deprecated" if hit.romanized else "unlisted"
            found[owner].append(Match(record.concept, hit.word, start, end, status, hit.cases[0], record.text, hit.cases))
            with_unlisted.add(owner)
        for owner in with_unlisted:
            found[owner].sort(key=attrgetter("start"))
        return list(map(tuple, found))

    def _own_terms_form(self, word: str, concept: str, lang: str) -> bool:
        """True when each part of hyphenated ``word`` is spelled as the same part of a correct ``lang`` term of the
        concept but for an ending of up to two letters, in the language's own letters (uk Дашкевичу-Горбачу,
        Дашкевич-Горбач): a form of the right name that its generated paradigm lacks, not another language's
        rendering (Кидавы-Блоньской for be Кідава-Блоньская, Nikitinoy-Sorokinoy for pl Nikitina-Sorokina)."""
        folded = fold_term(word)
        if lang not in _FOREIGN_SPELLING or _FOREIGN_SPELLING[lang].search(folded):
            return False
        parts = folded.split("-")
        for index in self.terms_in(concept, lang):
            record = self.records[index]
            names = fold_term(record.text.split()[-1]).split("-")
            if record.status in ACCEPTABLE and len(names) == len(parts) and all(
                    len(commonprefix((part, name))) >= max(3, len(name) - 2) for part, name in zip(parts, names)):
                return True
        return False

    def _remember(self, key: tuple[str, str], matches: tuple[Match, ...]) -> None:
        """Remember a scan, forgetting the oldest first: what a caller scanned last stays."""
        excess = len(self._scanned) + 1 - self.REMEMBERED_SCANS
        if excess > 0:
            for old in list(islice(self._scanned, excess)):
                self._scanned.pop(old, None)  # the editor's threads share a termbase: one may be first
        self._scanned[key] = matches

    def targets_and_note(self, concept: str, source_lang: str, target_lang: str) -> tuple[tuple[str, ...], str]:
        """The preferred ``target_lang`` terms of a concept found in ``source_lang`` text, and its note."""
        key = (concept, source_lang, target_lang)
        if key not in self._hit_details:
            preferred = self.preferred(concept, target_lang)
            self._hit_details[key] = (
                tuple(self.records[i].text for i in preferred),
                self.note(concept, *self.terms_in(concept, source_lang), *preferred),
            )
        return self._hit_details[key]

    def note(self, concept: str, *indexes: int) -> str:
        """The concept's note, else the first note of the given terms."""
        if self.concept_notes.get(concept):
            return self.concept_notes[concept]
        return next((self.records[i].note for i in indexes if self.records[i].note), "")


_FLEETING_VOWEL = re.compile(r"(?:i(?=e))?[aeo](?=[^aąeęioóuy]{1,3}$)", re.IGNORECASE)  # (-iec: Polish writes the soft c's i before the e)


def _plural_stem(place: str) -> str | None:
    """A romanized plural-only place's stem, its -i or -y off (Zalishchyky: Zalishchyk, Liakhavichy: Liakhavich)."""
    return place[:-1] if len(place) > 4 and place[-1:].lower() in "iy" and place[-2:-1].lower() not in "aąeęioóuy" else None


def _without_its_fleeting_vowel(place: str) -> str | None:
    """A place whose last e or o may drop before its final consonants, without it (Ciechanowiec: Ciechanowc; Horodok: Horodk)."""
    vowel = _FLEETING_VOWEL.search(place)
    return place[: vowel.start()] + place[vowel.end() :] if vowel and len(place) > 5 else None


def _forms_of_words(record: TermRecord, count: int) -> dict[str, str]:
    """The forms column's cases whose every form (alternatives split at "/") has ``count`` words: the one parser of
    the column for :func:`_forms_of_every_word` and :func:`_last_words_forms`, which share it out by word count."""
    return {case: forms for case, forms in record.forms.items()
            if all(len(form.split()) == count for form in forms.split("/"))}


# The note of a wrong spelling the termbase adds for itself (_russian_spellings_as_wrong), not one a row gave.
RUSSIAN_SPELLING_NOTE = "the Russian spelling's oblique forms, read as wrong in this language's text"


def _russian_spellings_as_wrong(records: list[TermRecord]) -> list[TermRecord]:
    """A wrong spelling for each right Belarusian or Ukrainian place of several words spelled as the concept's right
    Russian term (be Новая Маячка, Верхняя Пышма, Новая Усмань), whose forms are the Russian ones the language's own
    do not share: a draft translated from Russian keeps the Russian case endings (з Новой Маячки, пад Верхней Пышмой,
    у Новой Усмани), which no termbase row lists, as a wrong spelling of the same words is listed for a Russian
    nominative (be Большая Берестовица). One word is left out: its Russian form may be the language's own word's."""
    russian = {(r.concept, r.text) for r in records
               if r.lang == "ru" and r.status in ACCEPTABLE and r.kind == "place" and len(r.text.split()) > 1}
    if not russian:
        return []
    wrong = {(r.concept, r.lang, r.text) for r in records if r.status not in ACCEPTABLE}
    added = {(r.concept, r.lang, r.text) for r in records
             if r.lang in ("be", "uk") and r.status in ACCEPTABLE and (r.concept, r.text) in russian
             and (r.concept, r.lang, r.text) not in wrong}
    return [TermRecord(concept, lang, text, "deprecated", RUSSIAN_SPELLING_NOTE, "place") for concept, lang, text in sorted(added)]


def _forms_of_every_word(record: TermRecord) -> dict[str, str]:
    """The forms column's forms of a term that have as many words as the term itself. A name of several words whose
    column lists one word's forms (Екатерина Шульман: gen=Шульман) would lose its other words in every fix ("Лекция
    Катерина Шульман" becoming "Лекция Шульман"): those are its last word's, :func:`_last_words_forms`."""
    return _forms_of_words(record, record.words)


def _last_words_forms(record: TermRecord) -> dict[str, dict[str, str]]:
    """A name of several words whose forms column gives single words (Екатерина Шульман: gen=Шульман): the forms of
    its last word, the surname, which win over the rules' as every explicit form does; the rules decline the rest
    (Екатерины Шульман)."""
    single = _forms_of_words(record, 1) if record.words > 1 else {}
    return {record.text.split()[-1]: single} if single else {}


def _case_by_case(*layers: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Each word's forms from every layer, a later layer's winning in the cases it gives."""
    merged: dict[str, dict[str, str]] = {}
    for layer in layers:
        for word, forms in layer.items():
            merged[word] = merged.get(word, {}) | forms
    return merged


def _lower_case_name(matched: str, record: TermRecord, lang: str, text: str, start: int, end: int, cases: tuple[str, ...] = ()) -> bool:
    """True when ``matched``, a lower-case form of a capitalised term, can only be that name
    (лукашэнку, zełenskiego): no word of it is an ordinary word the dictionary knows. A reading
    whose dictionary form is the place itself does not count (the uk dictionary lists Львів
    untagged), nor an adjective that is the surname itself (навальный), nor an adjective made from
    the place with no noun after it to describe (у краматорську вночі); a surname that is a
    common noun (знак, мельник, дуда, świątek) and an organisation named by one (Гонитва) stay
    common nouns."""
    if lang not in _LOWER_CASE_NAMES or not matched.islower():
        return False
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and described_by_adjective(matched.split()[0], before.group(1), lang):
        return False  # "Місцеві бровари": an adjective describes a common noun
    if before and lang == "be" and before.group(1).lower() in BELARUSIAN_POSSESSIVES:
        return False  # "Наш малюк": a possessive describes a common noun
    if before and lang == "be" and " " not in matched and described_by_belarusian_adjective(matched, before.group(1), record.text):
        return False  # "драўляная ступка": an adjective agreeing with it describes a common noun
    if before and lang == "pl" and " " not in matched and describes_noun_before(matched, before.group(1), lang):
        return False  # "województwa mazowieckiego": Polish puts an adjective after the noun it describes
    if before and (containers := government(lang).containers) and containers.match(before.group(1).lower()):
        return False  # "бутылка боржоми": after a container or measure, what it holds (the water), no place
    place = record.kind == "place"
    if place and before and (kinds := government(lang).place_kinds) and kinds.match(before.group(1).lower()):
        return True  # "за місто лиман", "miasta łodzi": after the word for its kind, the place itself
    if place and "loc" in cases and _in_an_establishments_town(matched, text, start, end, lang):
        return True  # "больница в желудке", "mleczarnia w łapach": a hospital or dairy is in a town, not in a stomach or paws
    if place and " " in matched and "gen" in cases and before and (residents := government(lang).residents) \
            and residents.match(before.group(1).lower()):
        # "мешканці нової каховки", "mieszkańcy nowej woli": a phrase of ordinary words in the genitive right after
        # residents is the place they live in (one word is not: жители мира, the world's)
        return True
    if record.kind == "person" and after_a_title(text, start, end, lang) \
            and not (before and " " not in matched and matched != record.text.lower() and genitive_reading(matched, lang)
                     and governor_reading(before.group(1), lang) == ("noun", "gen")):
        # "анархістам дзядком", "министр обороны хренин": after a title, the person it names; not an ordinary
        # word's genitive, no nominative of the name, right after a common noun: that noun's complement ("лет
        # лишения свободы")
        return True
    if record.kind == "person" and before and " " not in matched and title_in_its_dictionary_form(before.group(1), lang) \
            and (set(cases) & (person_noun_cases(before.group(1), lang) or {"nom"}) or a_womans_indeclinable_title(before.group(1), lang)) \
            and not finite_verb(matched, lang) and not particle_or_adverb(matched, lang) and not genitive_reading(matched, lang):
        # "мер садовий", "Губернатор богомаз", "minister leszczynę": the title's name, in apposition, in a case the
        # title can be in (a woman's indeclinable minister in any); not an object put before its verb ("Лісник
        # видру бачив": an otter, the forester's nominative no accusative's); a genitive may be the title's
        # complement (adwokat łosika)
        return True
    words = matched.split()
    if record.kind == "person" and len(words) > 1 and first_name_reading(words[0][:1].upper() + words[0][1:], lang):
        # "ігор поліщук", "jan krawiec": a first name the dictionary knows (Morfeusz knows Jan only with its
        # capital), then the rest of the person's name in the case of one form of it; ordinary words (games, a
        # Polesian; a tailor) seldom make a name so.
        return True
    following = NEXT_WORD.match(text, end)
    if record.kind == "person" and following and following.group(1).islower() and len(words) == 1 \
            and describes_noun_after(matched, following.group(1), lang):
        return False  # "szczęsny dzień": an adjective surname before a noun it agrees with is the adjective
    if lang == "pl" and len(words) > 1 and not all(known_word(word, lang) for word in words):
        # "w zubowej polanie": a word no dictionary knows makes no phrase of ordinary words, whatever the others are
        return True
    if place and len(words) > 1 and not all(ordinary_word(word, lang, name, place) for word, name in zip(words, record.text.split())):
        # "у белай калітве", "из нового уренгоя", "stanica ługańska": the place's words in one case, agreeing, of
        # which one is no ordinary word: no phrase of ordinary words (an adjective and its noun) but the name
        return True
    # After a preposition, or after a noun that takes the place's genitive (мешканці луцька), a nominative
    # adjective has no noun before it to be the predicate of.
    prepositional = after_preposition(text, start, lang)
    governed = _governed(text, start, lang)
    destination = place and prepositional and governed_case(text, start, lang, "place") == "acc"
    bare = place and (lambda word, name: adjective_without_its_noun(word, lang, name, following.group(1) if following else "", governed, destination))
    names = record.text.split() if record.kind in ("person", "place") else [""] * record.words
    preposition = lang == "pl" and place and before is not None and before.group(1).lower() != "po" and prepositional
    slot = _cases_a_place_takes_after_its_preposition(text, start, lang, cases) if place and prepositional else frozenset()
    return not any(ordinary_word(word, lang, name, place, destination, preposition and position == 0, slot)
                   and not (bare and position == len(words) - 1 and bare(word, name))
                   for position, (word, name) in enumerate(zip(words, names)))


def _governed(text: str, start: int, lang: str) -> bool:
    """True when the word at ``start`` stands right after a preposition, a noun that takes a place's genitive or a
    title (з гливиць, мешканці луцька, мер мисловиць), which give a lower-case word there a case of their own; not
    after a word of quantity or anything else (багато осинників: a common noun's genitive plural)."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    table = government(lang)
    return after_preposition(text, start, lang) or bool(before and any(
        words and words.match(before.group(1).lower()) for words in (table.genitive_nouns, table.titles)))


def _in_an_establishments_town(matched: str, text: str, start: int, end: int, lang: str) -> bool:
    """True when ``matched``, a place's locative at ``start``, follows "in" (у, в, w) right after a building, institution or
    event that stands in a town (шахта в осинниках, абласная бальніца ў саках, festiwal w kartuzach): a hospital is in a
    town, not in a stomach, a dairy not in paws. A common noun after a verb or another noun keeps its reading (жила в
    халупах), and so does one a building may stand among (санаторий в соснах: the pines, a table's surroundings) or one
    with a genitive of its own after it (музей в песках пустыни, завод в лапах олигархов: a town has none)."""
    table = government(lang)
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if not (table and table.establishments and before and before.group(1).lower() in table.inside_prepositions):
        return False
    head = WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    if not (head and table.establishments.match(head.group(1).lower())):
        return False
    if " " not in matched and table.surroundings and table.surroundings.match(matched.lower()):
        return False
    following = NEXT_WORD.match(text, end)
    return not (following and (genitive_noun(following.group(1), lang) or following.group(1).islower() and genitive_reading(following.group(1), lang)))


def _cases_a_place_takes_after_its_preposition(text: str, start: int, lang: str, cases: tuple[str, ...]) -> frozenset[str]:
    """The cases the preposition right before ``text[start:]`` gives a place there (w: the locative, unless the verb sends
    someone in; do: the genitive), when the lower-case form found, of ``cases``, is in one of them or is the name's
    nominative, left undeclined as MT leaves names: an ordinary word there must be in one of them too. Empty (no
    restriction) where the preposition's cases are unknown."""
    allowed = preposition_cases(text, start, lang)
    if single_case_preposition(text, start, lang, "place") and (case := governed_case(text, start, lang, "place")):
        allowed = frozenset({case})
    return allowed if allowed & set(cases) or "nom" in cases else frozenset()


def _forms_part_by_part(surname: str, lang: str) -> list[tuple[str, str]]:
    """A double surname's case forms with each part declined as a surname alone (Львова-Белова: Львовой-Беловой,
    Kidawa-Błońska: Kidawy-Błońskiej), which a rendering of it in another language declines so: to find it by,
    whatever the rules write for the whole name."""
    parts = [dict(reversed(inflect(part, lang, animate=True))) for part in surname.split("-")]  # first form wins
    return [(case, "-".join(forms[case] for forms in parts)) for case in CASES if all(case in forms for forms in parts)]


def _ordinary_word_opening_a_quotation(matched: str, lang: str, text: str, start: int) -> bool:
    """True for a surname's spelling that opens a quotation and is an ordinary word of the text's language or a
    Cyrillic neighbour's («Свободу Стефановичу», a slogan quoted in Russian): its capital is the quotation's,
    not a name's, and the quotation's words are left to tell its language."""
    if start == 0 or text[start - 1] not in _OPENING_QUOTES or not matched[:1].isupper():
        return False
    langs = (lang, *sorted(_CYRILLIC - {lang})) if lang in _CYRILLIC else (lang,)
    return any(known_common_word(matched.lower(), other) for other in langs)


def _common_nouns_form_opening_a_sentence(matched: str, record: TermRecord, lang: str, text: str, start: int) -> bool:
    """True for a wrong one-word spelling of a place, in its nominative, that opens a sentence and that the
    Russian dictionary reads as an ordinary noun in another case (Медика наградили: медик's accusative, not the
    village Medyka): the capital is the sentence's, and the word is no rendering of the place. Unlike the two other
    sentence-opening checks (below; enforcement's), it reads an object put first, in an oblique case, not a subject."""
    if lang != "ru" or record.kind != "place" or matched != record.text or " " in matched or not opens_a_sentence(text, start):
        return False
    return any(parse.tag.POS == "NOUN" and parse.tag.case != "nomn" and parse.normal_form != matched.lower()
               and not NAME_TAGS & parse.tag.grammemes for _, parses in russian_readings(matched, lang) for parse in parses)


def _an_ordinary_nominative_opening_a_sentence(word: str, lang: str, text: str, start: int) -> bool:
    """True for a capitalised word that opens a sentence and that the dictionary reads as an ordinary noun in the
    nominative (Ludzie z Polesia mówią: people, not the locative of the town Ludza; Гончарі з усієї округи: potters,
    not the village Гончари by a loose і; Ковалі, smiths, not the surname Коваль): the word is the sentence's subject,
    explained without the name it resembles, and its capital the sentence's. Enough for a fuzzy look-alike, no form
    the termbase lists; a listed oblique form needs its predicate too (enforcement's
    :func:`~glossary.enforcement._an_oblique_form_its_predicate_takes_as_its_subject`); the place's own nominative
    spelling read as an ordinary noun's oblique case is :func:`_common_nouns_form_opening_a_sentence`'s."""
    return opens_a_sentence(text, start) and common_noun_in_the_nominative(word, lang)


def _a_place_of_the_russian_dictionary(word: str, name: str, lang: str) -> bool:
    """True for a word the Russian dictionary reads as a place (Сирии, be Сірыі: Сирия) that begins with
    another letter than the person's ``name`` it looks like only through the look-alike key (Щирий: щ, ш and с
    share a letter of it): no rendering of the person. A surname made from a place keeps its first letter
    (Ленська for Ленская, beside the town Ленск)."""
    return lang in _CYRILLIC and word[:1].lower() != name[:1].lower() and _a_russian_place_reading(word, lang)


def _a_place_after_a_preposition(word: str, lang: str, text: str, start: int) -> bool:
    """True for a capitalised word right after a preposition that the Russian dictionary reads as a place in the
    locative (на митинге в Туле: Тула, no rendering of the person Тулея it resembles): where something happens,
    as a person seldom is after в or на; ru, be, uk."""
    return lang in _CYRILLIC and word[:1].isupper() and after_preposition(text, start, lang) \
        and _a_russian_place_reading(word, lang, ("loct", "loc2"))


def _a_russian_place_reading(word: str, lang: str, cases: tuple[str, ...] = ()) -> bool:
    """True when the Russian dictionary reads ``word`` (a be or uk one by its Russian spelling) as a place, in one of
    ``cases`` (pymorphy3's case tags) if any are given."""
    return any("Geox" in p.tag.grammemes and (not cases or p.tag.case in cases)
               for _, parses in russian_readings(word, lang) for p in parses)


def _after_a_first_name(text: str, start: int, lang: str) -> bool:
    """True when the word right before ``start`` is a capitalised first name the dictionary knows (прысвечаную
    Хаіму Суціну): a word there that only resembles a place (Шчучыну) is that person's surname; no place
    follows a first name."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and first_name_reading(before.group(1), lang)


def _another_place(word: str, term: str, lang: str) -> bool:
    """True for a word the dictionary knows as (part of) another place's name than the ``term`` it resembles (w
    Gorzowie for Chorzów, Teatr Polonia for Połonne; ru на севере Косова, Kosovo, for the Belarusian town ru
    Коссово): that place, no rendering of the term. pl (Morfeusz), ru and uk (pymorphy3); be (hunspell-be, which
    lists names with their capital, places among them): a form of a name it lists (Гародні, Гародню: Hrodna's
    Гародня) is no akanne spelling of the place it resembles by a vowel (Гарадня, Horodnia in Chernihiv region)."""
    if lang == "be":
        words = set(term.split())
        return any(entry not in words for entry in belarusian_name_entries(word))
    if lang == "pl":
        return any(_POLISH_PLACE_LABELS.intersection(labels) and lemma.split(":")[0] not in term.split()
                   for _, _, (_, lemma, _, labels, _) in morfeusz().analyse(word))
    if lang in ("ru", "uk"):
        words = {part.lower() for part in term.split()}
        return any(parse.is_known and "Geox" in parse.tag.grammemes and parse.normal_form not in words
                   for parse in pymorphy(lang).parse(word.lower()))
    return False


_POLISH_PLACE_LABELS = frozenset({"nazwa_geograficzna", "człon_nazwy_geograficznej"})


def _another_place_the_preposition_rules_out(word: str, term: str, lang: str, text: str, start: int) -> bool:
    """True for a word Morfeusz reads as another place (``_another_place``) only in cases the preposition before it
    cannot govern (z Wołczynu, we Wołczynu: the village Wołczyno's dative, where z takes the genitive or the
    instrumental and w the locative or the accusative): that place does not stand there, and the word is the
    ``term`` it resembles, misdeclined. pl only; False without a preposition."""
    if lang != "pl" or not (governed := preposition_cases(text, start, lang)):
        return False
    readings = [cases for _, _, (_, lemma, tag, labels, _) in morfeusz().analyse(word)
                if _POLISH_PLACE_LABELS.intersection(labels) and lemma.split(":")[0] not in term.split() and (cases := polish_reading_cases(tag))]
    return bool(readings) and not any(cases & governed for cases in readings)


def _ordinary_word(word: str, lang: str) -> bool:
    """True for words the dictionaries know as something other than a name; a hyphenated word when each of
    its parts is one (Morfeusz reads any hyphenated pair as words and a dash: Lvovoj-Belovoj)."""
    return lang in ("ru", "uk", "pl", "be") and all(known_common_word(part, lang) for part in word.split("-"))


