"""The case the words before a name give it: context for a word whose own form does not tell its case.

A wrong rendering is often a foreign or indeclinable spelling ("w Kiev", "рэжым Лукашенко"), or a
form several cases share (Russian -ой in Ukrainian text): its ending cannot say which case the
preferred term must take, the sentence can. One data file per language, glossary/government/L.toml,
lists what governs a following name: prepositions (with the rules that pick one of two cases: the
kind of name, or a verb of motion before it), common news verbs (dative, accusative) and nouns that
put the next name in the genitive, and titles (прэзідэнт, адвакат, minister) whose person follows in
apposition, in the title's own case; other common nouns are recognised by the ru, uk and pl
dictionaries. A few words before the name are read: a preposition and the verb before it, a title
up to three words back and what governs the title, a name before "і/и/i" whose case the next name
shares, a passive participle (its agent: instrumental), an adjective in oblique cases alone right before a person
(who agrees with it: критиком самого Трампа), a thing given past its own genitive (вручили приз зрительских симпатий X)
or a charge an entrusting verb gives (доверила руководить командой X), whose person is the one it goes to. A person is no object or genitive when the
sentence makes them a verb's subject: the verb agrees with them (number, and the gender the name's
ending tells) and nothing else in the clause could be its subject; a verb joined by "and" to an earlier
one that agrees as it does shares that verb's subject, so the person after it is its object (Фетэль сышоў
на піт-стоп і пакінуў Хэмілтана). A two-case preposition's case may be chosen by the noun before it past a
score (нічыя 2-2 з Брайтанам: "with" a contest's other party). The tables stay small and every
decision can be explained.
"""

from __future__ import annotations

import re
import tomllib
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from glossary import lexicon
from glossary.proposals import first_name_equivalents

GOVERNMENT_DIR = Path(__file__).with_name("government")
# Spaces and opening quotes may stand between the governing word and the name.
_OPENING_QUOTES = "«„“\"'‘("
_CLOSING_QUOTES = "»”\"'’)"
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Words (letters, inner hyphens and apostrophes), other runs of word characters (2w), and single
# punctuation marks: punctuation between a verb and a name breaks the link.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?!\w)|\w+|[^\w\s]")
_WINDOW = 100  # enough for the six tokens read before a name
_MORPHOLOGY_LANGS = frozenset({"ru", "uk", "pl"})  # dictionaries with parts of speech


def _stems(words: Sequence[str]) -> re.Pattern | None:
    """One regex matching any word that starts with one of ``words`` (longest first); an entry
    ending in "$" is a whole word (дал$: not далее)."""
    if not words:
        return None
    return re.compile("(?:" + "|".join(re.escape(w[:-1]) + "$" if w.endswith("$") else re.escape(w)
                                       for w in sorted(set(words), key=len, reverse=True)) + ")")


@dataclass(frozen=True)
class TwoCase:
    """A preposition with two cases: by kind of name, else by the word before it, else ``default``. The words of
    ``after_place`` choose their case for a place alone (жыве на Гаваях: where; a person after на keeps its own case)."""

    default: str | None
    by_kind: dict[str, str]
    after: tuple[tuple[re.Pattern, str], ...]
    after_place: tuple[tuple[re.Pattern, str], ...] = ()

    def after_for(self, kind: str) -> tuple[tuple[re.Pattern, str], ...]:
        """The words before (or the verb right after) that choose the case of a name of ``kind``."""
        return self.after + self.after_place if kind == "place" else self.after


@dataclass(frozen=True)
class Government:
    prepositions: dict[str, str]  # "z powodu" -> "gen"
    person_prepositions: dict[str, str]
    two_case: dict[str, TwoCase]
    verbs: tuple[tuple[re.Pattern, str], ...]
    genitive_nouns: re.Pattern | None
    dative_nouns: re.Pattern | None  # a person after them is in the dative: помнік Каліноўскаму
    instrumental_nouns: re.Pattern | None  # a person after them is in the instrumental: захапленне Кеслёўскім
    given_nouns: re.Pattern | None  # things given or put to someone: "поставили Явлінському питання"
    in_apposition: frozenset[str]  # family in the plural, words for a surname: one after them is in apposition (брати Кличко, прізвище Медвідь)
    kin: re.Pattern | None  # kin in the singular: a name after one is the relative's (онука Яблонської), no apposition
    naming: frozenset[str]  # what is named after a person: прэмія імя X, nagroda imienia X (the genitive)
    place_kinds: re.Pattern | None  # a place after them is in apposition: на рацэ Нёман, miasto Putywl
    settlement_kinds: re.Pattern | None  # those of them a place agrees with in case: над городом Иловайском
    place_parts: re.Pattern | None  # parts of a place and actions on it, whose place is their genitive: центр Хорога, посещения Мцхеты
    dative_participles: re.Pattern | None  # passive participles that keep a dative: прысвечаны Скарыну
    sending_verbs: re.Pattern | None  # the thing sent, then to whom (dative): направили письмо X
    titles: re.Pattern | None
    subject_after: frozenset[str]
    sources: frozenset[str]  # prepositions of where from (з, from)
    adverbs: frozenset[str]  # words no dictionary tells from a noun (Belarusian учора): never a subject
    spans: frozenset[str]  # nouns of a span of time, an adverb in the accusative or genitive (цілий рік, таго ж дня): no subject
    longest: int  # words in the longest preposition
    broadcasters: frozenset[str] = frozenset()  # a name right after one is its title (Радыё Свабода), no person
    existential: frozenset[str] = frozenset()  # "to be", "there is" (ёсць, є, есть, jest): a name after one is its subject
    thing_verbs: re.Pattern | None = None  # of a thing made, said or given: "Сцэнарый напісаў X", X the subject
    containers: re.Pattern | None = None  # containers and measures (бутылка, kieliszek): a lower-case word after one is what they hold
    people: re.Pattern | None = None  # plural nouns for people, where no dictionary tells them (be жыхары): a place after one is theirs
    arriving: re.Pattern | None = None  # intransitive verbs of motion (прыедзе): a person right after one is its subject
    toward: frozenset[str] = frozenset()  # "to someone's" (да сваякоў): a verb of motion governs past its phrase
    womens_titles: frozenset[str] = frozenset()  # Mrs, Ms (спадарыня, г-жа, pani): the name after one is a woman's
    territories: re.Pattern | None = None  # kinds of town and land (город, штат, регентство): a name after one is a place's
    # verbs that give a thing to someone only with certain objects (поставили запитання X, пожал руку X: the dative), and those
    # objects; after another object the person is no recipient (поставили п'єсу X: the playwright's)
    putting_verbs: re.Pattern | None = None
    put_things: re.Pattern | None = None
    # verbs of the dative that take no accusative object (отказал, допоміг): a noun before one that has no dative form
    # like its nominative is its subject, not its object put first
    dative_alone: re.Pattern | None = None
    no_agent: re.Pattern | None = None  # things one has or makes (план, ліст): a person in the instrumental after one is their genitive
    # courts, offices, parliaments (sąd, urząd, sejm) whose nominative is their accusative: one opening a clause is its
    # verb's subject, never its object put first (Sąd skazał X: the court sentenced X)
    institutions: frozenset[str] = frozenset()
    # verbs of an object and its predicate in the instrumental (призначив X головою, наградил X орденом): a person between
    # one and an instrumental is its object
    predicate_verbs: re.Pattern | None = None
    # verbs of becoming and remaining (став, стал, остался): a title in the instrumental before one is its predicate, and the
    # name after it the subject (Головою комітету став X), in no apposition to the title
    becoming: re.Pattern | None = None
    between: frozenset[str] = frozenset()  # "between" (паміж, между, між, między): its two objects joined by "and" share its case
    # residents (жыхары, мешканці, жители, mieszkańcy): a place of two words after them, lower case or not, is theirs
    residents: re.Pattern | None = None
    # relative pronouns in the nominative (який, который): one opening the clause before a verb whose object the name is
    # by the infinitive or predicate after it is the verb's subject ("слідчий, який допоміг X повернути гроші")
    relatives: frozenset[str] = frozenset()
    # pronouns that agree like adjectives, by their oblique forms' cases, where no dictionary reads them (Belarusian ўсёй,
    # усім): a name after one agrees with it, in the case the words before it give (па ўсёй Згураўцы)
    oblique_determiners: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # verbs that give someone, in the dative, a task to do (доверила, доручила, поручил): a person after the task's
    # infinitive and its object is the one it goes to (доверила руководить командой X), no genitive of the object
    entrusting: re.Pattern | None = None
    leading: re.Pattern | None = None  # infinitives of leading (руководить, очолити): the tasks those verbs give
    # kinds of place whose name stays in the nominative in every case of the kind word: lakes, islands, mountains, states
    # (на озере Байкал, у озера Рица, в штате Техас; uk на озері Світязь): a wrong spelling's oblique form after one is written so
    nominative_kinds: re.Pattern | None = None
    # relative pronouns in the instrumental (яким, которой, którym): one right before a verb of the instrumental is that
    # verb's object, and the name after the verb its subject (кар'єр, яким керує X)
    instrumental_relatives: frozenset[str] = frozenset()
    # pronouns that decline as adjectives where the dictionary tags them pronouns (uk свій: своєю), by dictionary form
    adjectival_pronouns: frozenset[str] = frozenset()
    # a preposition listed under two cases (pl naprzeciw: the genitive of a place, the dative of a person), every one:
    # ``prepositions`` keeps the last listed alone, as the case a name takes there
    several_cases: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # adjectives of the dative and their nouns (вдячні, благодарны, wdzięczni, удзячныя): they govern as the verbs of the
    # dative do, and a person after one whose clause has a subject before it is the one they are grateful to
    dative_adjectives: re.Pattern | None = None
    # "in" with the locative (у, в, w) and the buildings, institutions and events that stand in a town (бальніца, szpital,
    # фестиваль): a lower-case place's locative after both is the town, never the ordinary word it spells (больница в желудке)
    inside_prepositions: frozenset[str] = frozenset()
    establishments: re.Pattern | None = None
    surroundings: re.Pattern | None = None  # the woods, pines, sands a building may stand in (санаторий в соснах): ordinary words there


def _by_case(table: dict[str, list[str]]) -> dict[str, str]:
    return {word: case for case, words in table.items() for word in words}


@lru_cache(maxsize=None)
def government(lang: str) -> Government | None:
    """The government table of ``lang`` (None for languages without one)."""
    path = GOVERNMENT_DIR / f"{lang}.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    raw_two = data.get("two_case", {})
    two_case = {}
    for word, rule in raw_two.items():
        rule = {**raw_two[rule["same_as"]], **{k: v for k, v in rule.items() if k != "same_as"}} if "same_as" in rule else rule
        after, after_place = (tuple((pattern, case) for case, stems in rule.get(key, {}).items() if (pattern := _stems(stems)))
                              for key in ("after", "after_place"))
        two_case[word] = TwoCase(rule.get("case"), {k: rule[k] for k in ("person", "place") if k in rule}, after, after_place)
    prepositions = _by_case(data.get("prepositions", {}))
    verbs = tuple((pattern, case) for case, stems in data.get("verbs", {}).items() if (pattern := _stems(stems)))
    dative_adjectives = _stems(data.get("dative_adjectives", []))
    verbs += ((dative_adjectives, "dat"),) if dative_adjectives else ()  # (вдячні Гнатюку: as a verb of the dative governs)
    nouns = data.get("nouns", {})
    return Government(
        prepositions, _by_case(data.get("person_prepositions", {})), two_case, verbs,
        _stems(nouns.get("gen", [])), _stems(nouns.get("dat", [])), _stems(nouns.get("ins", [])), _stems(nouns.get("given", [])),
        frozenset(nouns.get("family", ())) | frozenset(nouns.get("surname", ())), _stems(nouns.get("kin", [])), frozenset(nouns.get("naming", ())),
        _stems(nouns.get("place_kinds", [])), _stems(nouns.get("settlement_kinds", [])), _stems(nouns.get("place_parts", [])),
        _stems(data.get("dative_participles", [])), _stems(data.get("sending_verbs", [])), _stems(nouns.get("titles", [])), frozenset(data.get("subject_after", ())),
        frozenset(data.get("source_prepositions", ())),
        frozenset(data.get("adverbs", ())), frozenset(nouns.get("spans", ())),
        max((len(p.split()) for p in prepositions), default=1), frozenset(nouns.get("broadcasters", ())),
        frozenset(data.get("existential", ())), _stems(data.get("thing_verbs", [])), _stems(nouns.get("containers", [])),
        _stems(nouns.get("people", [])), _stems(data.get("arriving", [])), frozenset(data.get("toward", ())),
        frozenset(nouns.get("womens_titles", ())), _stems(nouns.get("territories", [])), _stems(data.get("putting_verbs", [])), _stems(nouns.get("put_things", [])),
        _stems(data.get("dative_alone", [])), _stems(nouns.get("no_agent", [])), frozenset(nouns.get("institutions", ())),
        _stems(data.get("predicate_verbs", [])), _stems(data.get("becoming", [])),
        frozenset(data.get("between", ())), _stems(nouns.get("residents", [])), frozenset(data.get("relatives", ())),
        {word: frozenset(cases) for word, cases in data.get("oblique_determiners", {}).items()},
        _stems(data.get("entrusting", [])), _stems(data.get("leading", [])), _stems(nouns.get("nominative_kinds", [])),
        frozenset(data.get("instrumental_relatives", ())),
        frozenset(data.get("adjectival_pronouns", ())),
        _listed_under_several_cases(data.get("prepositions", {})), dative_adjectives,
        frozenset(data.get("inside_prepositions", ())), _stems(nouns.get("establishments", [])),
        _stems(nouns.get("surroundings", [])),
    )


def _listed_under_several_cases(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    cases: dict[str, set[str]] = {}
    for case, words in table.items():
        for word in words:
            cases.setdefault(word, set()).add(case)
    return {word: frozenset(listed) for word, listed in cases.items() if len(listed) > 1}


def _tokens_before(text: str, start: int) -> list[str] | None:
    """The tokens before ``text[start:]``, or None when the name is glued to what precedes it."""
    before = text[max(0, start - _WINDOW) : start]
    gap_start = len(before)
    while gap_start and (before[gap_start - 1].isspace() or before[gap_start - 1] in _OPENING_QUOTES):
        gap_start -= 1
    if gap_start and not any(c.isspace() for c in before[gap_start:]):
        return None
    tokens = _TOKEN.findall(before[:gap_start])
    return tokens[1:] if start > _WINDOW else tokens  # the window may have cut the first token


def _word_before(text: str, start: int) -> str | None:
    """The plain word right before ``text[start:]`` in lower case (see ``_word``), if any."""
    tokens = _tokens_before(text, start)
    return _word(tokens, 1) if tokens else None


# Prefixes that never decline, written with a hyphen before a title (віцэ-прэм'ер, экс-мэр, ex-premier).
_UNDECLINED_PREFIXES = frozenset({"віцэ", "вице", "віце", "экс", "екс", "eks", "ex", "vice", "wice"})


def _word(tokens: Sequence[str], position: int) -> str | None:
    """The token at ``position`` (from the end) in lower case, if it is a plain word."""
    if len(tokens) < position:
        return None
    token = tokens[-position]
    if not _PLAIN_WORD.fullmatch(token):
        return None
    parts = token.lower().split("-")
    if len(parts) == 2 and parts[0] in _UNDECLINED_PREFIXES and len(parts[1]) > 3:
        return parts[1]  # "з віцэ-прэзідэнтам", "экс-министру": the title declines as its last part alone
    # Two nouns joined in apposition decline together, so their endings agree (лётчику-космонавту,
    # льотчиці-космонавтці): the last one says the compound's case as a word of its own would.
    # An undeclined first part (прэм'ер-міністра, вице-президента) leaves the compound as it is.
    if len(parts) == 2 and min(map(len, parts)) > 3 and parts[0][-1] == parts[1][-1]:
        return parts[1]
    return token.lower()


def governed_case(text: str, start: int, lang: str, kind: str = "term", end: int | None = None, gender: str | None = None) -> str | None:
    """The case the words right before ``text[start:]`` give a name of ``kind``, if they are clear.
    With the name's ``end``, a person who is the subject of a verb takes none (the nominative): of
    the verb right after it ("цього тижня Путін подякував"), or of the verb before it that agrees
    with them and has no other subject ("Учора заявіла Ціханоўская"). The person's ``gender``, where the termbase
    tells it, outweighs the draft's spelling (Solomiya Vintonyuk, a woman whose draft names say none)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    shown = case_shown_by_an_apposition(text, end, lang) \
        if tokens and kind == "person" and end is not None and not _a_preposition(table, tokens[-1].lower()) else frozenset()
    if len(shown) == 1:
        # "reprezentuje X, była operatorka": the verb's subject after it; "powierzyło X, nauczycielowi fizyki": its dative.
        # (A preposition before the name governs it: "от Бьорн, его соперник" opens another phrase.)
        return None if shown == {"nom"} else next(iter(shown))
    if shown and "nom" not in shown and (verb_case := _object_case_of(table, _word(tokens, 1), lang)) in shown:
        # "Суд оправдал X, бывшего директора": an apposition of two oblique cases makes the name no subject; the
        # verb's own case among them is its.
        return verb_case
    if not tokens:
        # "Савчина було затримано": an impersonal's object put first, opening the sentence
        return case_of_an_impersonal_after(text, end, lang) if table and kind == "person" and end is not None else None
    if _word(tokens, 1) in table.existential or table.becoming and table.becoming.match(_word(tokens, 1) or ""):
        # "і ў ім цяпер ёсць Ямпольская": the subject of "there is", though ёсць ends like a noun; so of "became"
        # (Головою комітету став X), though став is a pond's noun too
        return None
    if kind == "person" and table.arriving and table.arriving.match(_plain_u(lang, _word(tokens, 1)) or ""):
        return None  # "ці прыедзе Сінютка на форум": the subject of a verb of motion, which has no object
    if kind == "person" and end is not None and _names_after_people(text, start, end, lang, tokens):
        return None  # "юрысты Марта Гурчыньская і Каміль Сылер выступілі": the people the names are, in apposition
    if kind == "person" and (first_name := _first_name_before(text, start, end, lang, tokens)) is not None:
        # "Джин Фриман, член парламенту", "від Кофі Гілберта": a first name the termbase does not hold is no
        # noun governing the surname (джин, gin); the whole name takes the case the words before it give.
        case = governed_case(text, first_name, lang, kind, end)
        # After a noun, an apposition in the nominative shows the name's case (заявіла навіннаму сайту Сту
        # Ротэнберг, незалежны аналітык): the noun's genitive would have its apposition in the genitive too.
        before = _word_before(text, first_name)
        nominative = case == "gen" and before is not None and not _a_preposition(table, before) and _nominative_apposition_after(text, end, lang)
        return None if nominative else case
    if tuple(_word(tokens, position) for position in (3, 2, 1)) in _INCLUDING:
        return None  # "у тым ліку Дві Харыс, які": who is included takes the case of the people it is one of
    if _word(tokens, 1) in table.spans and len(tokens) > 1 and _word(tokens, 2) not in _CONJUNCTIONS:
        # "Ранее в этом году Бартельс, глава комитета, признал", "цього тижня Путін": a noun of time ends an
        # adverbial phrase, and what follows is none of its complements.
        return None
    if tokens[-1].lower() in _CONJUNCTIONS and len(tokens) > 1 and tokens[-2][:1].isupper():
        # "падзякаваў Сікорскаму і Ціханоўскай": a name joined to a name before it shares its case.
        earlier = _start_of_name_before(text, start)
        if earlier is not None:
            before = text[:start].rstrip()
            earlier_end = len(before[: before.rfind(" ") + 1].rstrip())  # where the name before the conjunction ends
            return governed_case(text, earlier, lang, kind, None if end is None else earlier_end)
    if kind == "place" and table.place_kinds and table.place_kinds.match(kind_word := _word(tokens, 1) or ""):
        # In apposition to its kind. A settlement's name agrees with it ("над городом Иловайском", "мешканці
        # міста Калуша"): the case the words before the kind noun give it, if any; else, and after a river or
        # lake ("на рацэ Нёман", Горад Ілавайск), the case of its own form.
        before = text[:start].rstrip()
        settlement = table.settlement_kinds and table.settlement_kinds.match(kind_word) and before.rfind(" ") >= 0
        return governed_case(text, before.rfind(" ") + 1, lang, kind) if settlement else None
    reflexive = lang == "pl" and len(tokens) > 1 and tokens[-1] == "się" and bool(lexicon.finite_verb(tokens[-2], lang))
    if reflexive:
        tokens = tokens[:-1]  # a reflexive verb governs past its się: "szczycili się Jaruzelskim"
    case = _resolved(lang, kind, tuple(tokens[-max(_TITLE_REACH + 2, table.longest):]), _quoted(text, start))
    if reflexive and case == "acc":
        return None  # się is its object: "spotkali się Tusk i Zełenski" are the subjects
    if case == "gen" and lang == "be" and _be_noun_by_elimination(_word(tokens, 1) or "") \
            and _title_before(lang, tuple(tokens[-(_TITLE_REACH + 2):]), table) is None \
            and (end is None or not _phrase_ends_after(text, end, table, lang) and _a_verb_may_follow(text, start, end, lang)):
        return None  # "Пазней Лукашэнка заявіў": a word read as a noun by elimination, then maybe the name's own verb
    if kind == "place" and end is not None and (by_the_verb_after := _two_case_by_the_verb_after(text, start, end, lang, tokens, case)):
        return by_the_verb_after
    if kind != "person" or end is None:
        return case
    if case is None and (impersonal := case_of_an_impersonal_after(text, end, lang)):
        return impersonal  # "Чому Трампа буде переобрано": an impersonal's object put first; it has no subject
    if case is None and (verb_case := case_of_the_verb_after(text, start, end, lang)) and not _subject_before(text, end, lang, tokens, head=True):
        # "Лабаноўскаму не падабаліся размовы": the object of the verb after, whose subject the name is not,
        # nor any word before it ("Калектыў Ціханоўскай падтрымаў": the noun's genitive)
        return verb_case
    if case is None and _of_a_title_by_its_verb(text, start, end, lang, tokens):
        return "gen"
    if case is None and lang == "be" and len(_clause(tokens)) == 1 and _be_noun_by_elimination(_word(tokens, 1) or "") \
            and _verb_after(text, start, end, lang) is False:
        return "gen"  # "Зборнік Барадуліна перавыдалі": the noun opens the clause, the verb after the name is not its
    if case in ("acc", None) and _given_after(text, end, lang, table) and after_a_verb_not_its_own(text, start, end, lang):
        return "dat"  # "postawili Kołomojskiemu nowe zarzuty": the person between a verb and the thing put to them
    if case == "ins" and _its_instrumental_put_first(lang, tokens, table):
        return None  # "каледжам кіруе Астрынскі": the verb's object stands before it, the name after it is its subject
    if case == "gen" and _subject_after_a_noun(text, start, end, lang, tokens) \
            or case in ("gen", "dat", "acc", "ins") and _subject_after_its_verb(text, start, end, lang, tokens, gender) \
            or case in ("gen", "acc", "ins") and _subject_of_its_participle(text, start, end, lang, tokens, gender) \
            or case in ("gen", "acc") and _verb_after(text, start, end, lang) \
            and (_subject_before(text, end, lang, tokens, person=True) or _one_of(tokens, table)):
        # (the last: "Помощник президента Дюмин провёл", the name in apposition to the subject; "Адзін з паэтаў Польшчы
        # X нарадзіўся", to the one of them)
        return None
    if case == "gen" and _dative_object_put_first(text, start, end, lang, tokens):
        return "dat"
    return case


def _dative_object_put_first(text: str, start: int, end: int, lang: str, tokens: Sequence[str]) -> bool:
    """True for "Премію X вручили у Варшаві", "Нагороду X вручив генерал": a name right after a thing the table lists
    as given (премія, нагорода, медаль) and before a verb of the dative that cannot agree with it (plural, or the other
    sex), with no word of the clause before that can be that verb's subject: the thing and the person it goes to, both
    put before their verb, not the thing's genitive. Any other noun keeps its genitive ("Скафандр X передали до музею",
    "Адвокат X заявив журналістам"), and so does a preposition its case ("Лист для X передали")."""
    table = government(lang)
    thing = _word(tokens, 1)
    return bool(thing and table.given_nouns and table.given_nouns.match(thing)) \
        and case_of_the_verb_after(text, start, end, lang) == "dat" and not _subject_before(text, end, lang, tokens)


# "One of": the one named after "one of the <people>" is in apposition to it (Адзін з паэтаў X нарадзіўся).
_ONE = frozenset({"адзін", "адна", "один", "одна", "jeden", "jedna"})


# A Belarusian common noun's instrumental singular, masculine, neuter or feminine (каледжам, краінай, вобласцю).
_BE_OBJECT_IN_THE_INSTRUMENTAL = re.compile(r"(?:[ая]м|[оеё]м|[ая]й|[оё]й|цю)$")


def _its_instrumental_put_first(lang: str, tokens: Sequence[str], table: Government) -> bool:
    """True for "Ужо дзесяць гадоў каледжам кіруе X", "Расследованием руководит X", "Śledztwem kieruje X": a verb of the
    instrumental right before the name, with a common noun in the instrumental right before the verb, its object put
    first (no title: "з палітыкам"; no adverb: разам), past an adverb of ru or uk between them (Заводом теперь руководит
    X) or a place's phrase of a preposition and one word (Камбінатам у Ліпецку кіруе X); or with a relative pronoun in
    the instrumental there (кар'єр, яким керує X; spółka, którą kieruje X). Belarusian by the noun's endings, the others
    by the dictionary."""
    position = 2
    while lang in ("ru", "uk") and position < 4 and lexicon.particle_or_adverb(_word(tokens, position) or "", lang):
        position += 1
    if _word(tokens, position) in table.instrumental_relatives:
        return _verb_case(table, _plain_u(lang, _word(tokens, 1) or "")) == "ins"
    if _a_preposition(table, _word(tokens, position + 1) or "") and _word(tokens, position + 2) is not None:
        position += 2  # "у Ліпецку": where, between the object and its verb
    verb, noun = _word(tokens, 1), _word(tokens, position)
    if not verb or not noun or not _a_things_instrumental(noun, lang):
        return False
    opens = len(tokens) == position or tokens[-position - 1] in _CLAUSE_BREAKS  # a capital there opens the sentence (Краінай кіруе X), else names
    return (tokens[-position].islower() or opens) and _verb_case(table, _plain_u(lang, verb)) == "ins" \
        and noun not in table.adverbs \
        and not (table.titles and table.titles.match(noun)) and not _describes(lang, noun)


def _a_things_instrumental(word: str, lang: str) -> bool:
    """True when ``word`` may be a common noun's instrumental singular: be by its ending, ru and uk when the dictionary
    reads it so and no other case, pl when Morfeusz reads it so; no noun for a person (з палітыкам)."""
    word = word.lower()
    if lang == "be":
        return bool(_BE_OBJECT_IN_THE_INSTRUMENTAL.search(word))
    if lexicon.person_noun(word, lang):
        return False
    if lang == "pl":
        return lexicon.object_case_possible(word, lang, frozenset({"inst"}))
    return lexicon.noun_case(word, lang) == "ins"


def _one_of(tokens: Sequence[str], table: Government) -> bool:
    """True when the clause before a name holds "one of" (адзін з, одна из, jeden z)."""
    words = [token.lower() for token in _clause(tokens)]
    return any(word in _ONE and following in table.sources for word, following in zip(words, words[1:]))


# "Including": the one named after it is in apposition to the people before, in their case.
_INCLUDING = frozenset({("у", "тым", "ліку"), ("ў", "тым", "ліку"), ("в", "том", "числе"), ("у", "тому", "числі"), ("в", "тому", "числі")})


_LIST_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|,")


def _names_after_people(text: str, start: int, end: int, lang: str, tokens: Sequence[str]) -> bool:
    """True for the first of names joined by a conjunction right after a title in the plural, before a plural verb
    ("Польскія юрысты Марта Гурчыньская і Каміль Сылер выступілі"): the names are those people, in apposition in
    the same case. One name alone cannot be a plural title's apposition, and is its genitive; so are names after a
    noun of people who are someone's (Прихильники Путіна і Лукашенка зібралися)."""
    noun = (_word(tokens, 1) or "").lower()
    table = government(lang)
    if not (table.titles and table.titles.match(noun)) or table.genitive_nouns and table.genitive_nouns.match(noun):
        return False
    if not (lexicon.people_noun(noun, lang) if lang in _MORPHOLOGY_LANGS else noun.endswith("ы") or lexicon.belarusian_plural_noun(noun)):
        return False
    following = _LIST_TOKEN.findall(re.split(r"[.!?;:()«»\"—–]", text[end:], maxsplit=1)[0])
    joined, position = False, 0
    while position < len(following) and (following[position] == "," or following[position].lower() in _CONJUNCTIONS):
        joined = joined or following[position] != ","
        position += 1
        if position == len(following) or not following[position][:1].isupper():
            return False  # a conjunction joining no name
        while position < len(following) and following[position][:1].isupper():
            position += 1
    agreement = lexicon.finite_verb(following[position], lang) if joined and position < len(following) else None
    return bool(agreement) and agreement[0] == "plur"


def _first_name_before(text: str, start: int, end: int | None, lang: str, tokens: Sequence[str]) -> int | None:
    """Where the first name of the person whose surname alone is at ``text[start:end]`` begins, when the word
    right before it is one the termbase does not hold: capitalised, no title or noun for a person, and read by
    the dictionary as a first name or not known to it (Сту, Кофи; no place, Мінску). A sentence's first word
    has its capital from its place: it is a first name only where it is no common word, or, where it is one
    too (Джин, gin; Роман, a novel; Ана), where the apposition after the name is in the nominative (Джин Фриман,
    член парламенту; Ана Баларин, партнер). An unknown word after a preposition may be a place (у Рашдэне): not read so."""
    before = lexicon.WORD_BEFORE_A_NAME.search(text, max(0, start - 40), start)
    if before is None or before.end() != start or end is not None and " " in text[start:end].strip():
        return None  # (a name with its own first name: the word before it is none)
    word = before.group(1).replace("’", "'")
    if not word[:1].isupper() or word.isupper() or len(word) < 2:
        return None
    table = government(lang)
    lowered = word.lower()
    if _a_preposition(table, lowered) or lowered in table.adverbs or table.titles and table.titles.match(lowered) \
            or _person_noun(lang, lowered) or lowered in _CONJUNCTIONS:
        return None
    if lexicon.opens_a_sentence(text, before.start()) and (lexicon.known_common_word(word, lang) or lexicon.governor_reading(word, lang)):
        return before.start() if _nominative_apposition_after(text, end, lang) or _a_womans_verb_after(text, word, end, lang) else None
    if lexicon.first_name_reading(word, lang):
        return before.start()
    after_a_preposition = len(tokens) > 1 and _a_preposition(table, tokens[-2].lower())
    return before.start() if not lexicon.known_word(word, lang) and not after_a_preposition else None


_APPOSITION_AFTER = re.compile(r"\s*,\s*((?:[^\W\d_]+(?:[-'’][^\W\d_]+)*\s+){0,2}[^\W\d_]+(?:[-'’][^\W\d_]+)*)")


def _nominative_apposition_after(text: str, end: int | None, lang: str) -> bool:
    """True when a comma after a name opens an apposition whose noun for a person is in its dictionary form
    (", член парламенту", ", незалежны аналітык", ", саветнік"):
    the name is in the nominative too."""
    apposition = _APPOSITION_AFTER.match(text, end) if end is not None else None
    if apposition is None:
        return False
    table = government(lang)
    # (a Belarusian one through its Russian spellings: партнёр as is, саветнік as советник)
    return any((table.titles and table.titles.match(word) or _person_noun(lang, word)
                or lang == "be" and any(lexicon.person_noun(spelling, "ru") for spelling, _ in lexicon.russian_readings(word, "be", 3)))
               and _nominative_like(word) for word in apposition.group(1).lower().split())


_RELATIVES = frozenset({"который", "которая", "які", "який", "яка", "które", "który", "która", "którzy"})


def case_shown_by_an_apposition(text: str, end: int, lang: str) -> frozenset[str]:
    """The cases an apposition after a name shows it in: those its first noun for a person can be in (ru, uk, pl),
    since an apposition agrees with its name ("reprezentuje X, była operatorka": X is the subject, in the nominative,
    not the verb's object; "powierzyło kierowanie szkołą X, nauczycielowi fizyki": the dative; "оправдал X, бывшего
    директора": the genitive or accusative, no subject). None where no noun in the dictionary shows any."""
    apposition = _APPOSITION_AFTER.match(text, end) if lang in _MORPHOLOGY_LANGS else None
    if apposition is None:
        return frozenset()
    table = government(lang)
    words = apposition.group(1).split()
    for position, word in enumerate(words):
        if word[:1].isupper() or _a_preposition(table, word.lower()):
            return frozenset()  # a second name in a list (X, Y i Z), or a phrase of its own (X, после борьбы: no посол)
        if cases := lexicon.apposition_person_cases(word, lang):
            # (a verb right after the noun makes it a clause's subject: "По словам X, противник потерял")
            following = words[position + 1] if position + 1 < len(words) else None
            return frozenset() if following and lexicon.finite_verb(following, lang) else cases
        if not lexicon.adjective_reading(word, lang) or word.lower() in _RELATIVES:
            return frozenset()  # no noun phrase: a verb or a clause of its own (X, повідомляє кореспондент; X, яка керує)
    return frozenset()


# The word after a name, past an apposition between commas (Джин Фрімен, MSP, обратилась).
_VERB_PAST_AN_APPOSITION = re.compile(r"(?:\s*,[^,.;:!?]{1,40},)?\s+([^\W\d_]+)")


def _a_womans_verb_after(text: str, word: str, end: int | None, lang: str) -> bool:
    """True when the verb after the name is a woman's (Джин Фрімен, MSP, обратилась) and the word before the
    surname a first name as well as a common noun that is no feminine one (джин, gin): that noun cannot be the
    verb's subject, so the word is her first name."""
    verb = _VERB_PAST_AN_APPOSITION.match(text, end) if end is not None and lang in ("ru", "uk", "be") else None
    if verb is None or lexicon.finite_verb(verb.group(1), lang) != ("sing", "femn"):
        return False
    if not lexicon.first_name_reading(word, lang):
        return False  # (Выступление Шмигаль прокомментировала пресс-служба: the verb's subject comes after it)
    spellings = [spelling for spelling, _ in lexicon.russian_readings(word, "be", 3)] if lang == "be" else [word.lower()]
    nouns = [p.tag.gender for spelling in spellings for p in lexicon.pymorphy("ru" if lang == "be" else lang).parse(spelling)
             if p.is_known and p.tag.POS == "NOUN" and not lexicon.NAME_TAGS & p.tag.grammemes]
    return bool(nouns) and "femn" not in nouns


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
# A name's own ending says a person's sex where it is plain: an adjectival or -ova/-ina woman's
# surname (its Latin spelling -ova, its Russian -овой, Ukrainian -ової), an adjectival or consonant-final man's;
# -а, -о (Скарына, Лукашэнка) say nothing.
_FEMININE_NAME = re.compile(r"(?:ая|яя|ска|цка|ська|цька|зька|ова|ева|ёва|ава|[оеё]вой|[ое]вої|ska|cka|dzka|owa|ewa|owska|ova|eva|aya)$")
_MASCULINE_NAME = re.compile(r"(?:[^аяеэёоуюыіиьaąeęioóuy]|ий|ій|ый|скі|цкі|ski|cki)$")


def _subject_after_a_noun(text: str, start: int, end: int, lang: str, tokens: Sequence[str]) -> bool:
    """True for "У пачатку канфлікту Пуцін увёў войскі", "цього тижня Путін подякував": after a noun
    in a case that cannot be the subject, a person followed by a verb that agrees with them is that
    verb's subject, not the noun's genitive. A noun that can be the verb's subject ("рэжым
    Лукашэнкі ўзмацніў", "уряд Туска ухвалив") keeps the name its genitive."""
    table = government(lang)
    noun = _word(tokens, 1)
    if noun is None or noun in table.prepositions or noun in table.two_case or noun in table.person_prepositions or noun in table.naming \
            or _verb_case(table, noun) or table.titles and table.titles.match(noun) and not _common_noun(lang, noun):
        return False
    # A verb before the name would be its governor; so would a noun for a person, where a dictionary
    # tells one (Belarusian's endings cannot: пачатку reads like пенсіянерку).
    reading = lexicon.governor_reading(noun, lang)
    if reading and (reading[0] in ("object", "verb") or reading[0] == "person" and lang in _MORPHOLOGY_LANGS):
        return False
    following, number = _NEXT_WORD.match(text, end), "sing"
    joined = _NEXT_WORD.match(text, following.end()) if following is not None and following.group(1).lower() in _CONJUNCTIONS else None
    if joined is not None and joined.group(1)[:1].isupper():
        # "Путін і Лукашенко зустрілися": names joined to it share a plural verb. A conjunction before
        # no name joins no subject ("Ідэі Бандэры і сёння натхняюць": the ideas inspire).
        following, number = joined, "plur"
        for _ in range(3):
            if following is None or not following.group(1)[:1].isupper():
                break
            following = _NEXT_WORD.match(text, following.end())
    for _ in range(2):  # past a negation or adverb: "Пуцін не адказаў", "Путін також подякував"
        if following is None or not (following.group(1).lower() in table.adverbs
                                     or lexicon.particle_or_adverb(following.group(1), lang)):
            break
        following = _NEXT_WORD.match(text, following.end())
    following = _past_a_time_or_place(text, following, table, lang)
    if following is None or not following.group(1).islower():
        return False
    agreement = lexicon.finite_verb(following.group(1), lang)
    if agreement is None or agreement[0] != number or _subject_after_verb(text, following, lang, agreement) \
            or _object_first(lang, tokens) and _subject_after_verb(text, following, lang, agreement, any_verb=True):
        return False
    gender = _person_gender(text, start, end, lang)
    if number == "sing" and agreement[1] and gender and agreement[1] != gender:
        return False
    return not _a_subject_among(_clause_words(tokens, table, lang), lang, agreement)


def _past_a_time_or_place(text: str, following: re.Match | None, table: Government, lang: str) -> re.Match | None:
    """The verb after a phrase of time between a name and it ("X в этом году занимает", "X цього року
    посідає", "X w tym roku zajmuje"): a span of time after a preposition and a word, or after a word; else
    ``following`` itself."""
    if following is None:
        return None
    words = [following]
    while len(words) < 4 and (after := _NEXT_WORD.match(text, words[-1].end())) is not None:
        words.append(after)
    lowered = [word.group(1).lower() for word in words]
    if lowered[0] in table.prepositions or lowered[0] in table.two_case:
        candidates = (2, 3)
    elif len(lowered) > 1 and lowered[1] in table.spans:
        candidates = (2,)
    else:
        return following
    for count in candidates:
        if len(words) > count and lowered[count - 1] in table.spans and words[count].group(1).islower() \
                and lexicon.finite_verb(words[count].group(1), lang):
            return words[count]
    return following


def _a_subject_among(words: Sequence[str], lang: str, agreement: lexicon.Agreement) -> bool:
    """True when one of a clause's ``words`` can be the subject of a verb of ``agreement``: not a span of
    time (таго ж дня) nor a be adjective before an instrumental noun (польскім корпусам, мінулым летам)."""
    spans = government(lang).spans
    return any(lexicon.can_be_subject_of(word, lang, agreement) and word not in spans
               and not _be_instrumental_adjective(lang, word, following_word)
               or _be_masculine_soft_nominative(lang, previous_word, word, agreement)
               for previous_word, word, following_word in zip(["", *words], words, [*words[1:], ""]))


def _be_masculine_soft_nominative(lang: str, adjective: str, noun: str, agreement: lexicon.Agreement) -> bool:
    """True for a Belarusian masculine noun in -ь after an adjective's masculine nominative ("Залаты медаль
    дастаўся X", "Новы госць прыехаў"): the subject of a man's verb, which the noun's ending alone
    leaves to a feminine one (медаль like радасць)."""
    return lang == "be" and agreement in (("sing", "masc"), ("sing", None)) and noun.endswith("ь") \
        and len(adjective) > 3 and adjective.endswith(("ы", "і")) and not adjective.endswith(("ыі", "ii"))


# Belarusian instrumental endings: of an adjective (гэтым, мінулым) and of a noun (разам, летам).
_BE_INSTRUMENTAL_ADJECTIVE = re.compile(r"[ыі]м$")
_BE_INSTRUMENTAL_NOUN = re.compile(r"(?:[ая]м|[оеё]м)$")


def _be_instrumental_adjective(lang: str, word: str, following: str) -> bool:
    """True for a Belarusian adjective in -ым/-ім before a noun in the instrumental ("Гэтым разам",
    "Мінулым летам"): the phrase is an adverb of time, and the adjective no subject, though it ends in
    a consonant as a nominative noun does (рэжым)."""
    return lang == "be" and bool(_BE_INSTRUMENTAL_ADJECTIVE.search(word)) and bool(_BE_INSTRUMENTAL_NOUN.search(following))


_CYRILLIC_LETTER = re.compile(r"[а-яёіўєїґ]", re.IGNORECASE)


def _person_gender(text: str, start: int, end: int, lang: str) -> str | None:
    # "Mrs" says what no ending of a foreign surname does (спадарыня Фрыман напісала, г-жа Фриман пишет).
    if after_a_womans_title(text, start, lang):
        return "femn"
    words = text[start:end].split()
    if len(words) > 1 and (sex := _first_name_sex(words[0], lang)):
        # A first name the dictionaries know says what a surname's ending may not (Анна Маляр: a woman's
        # Маляр ends as a man's would); one a dictionary knows as either sex, or none knows, does not.
        return sex
    name = words[-1].lower()
    return "femn" if _FEMININE_NAME.search(name) else "masc" if _MASCULINE_NAME.search(name) else None


@lru_cache(maxsize=4096)
def _first_name_sex(word: str, lang: str) -> str | None:
    """"femn" or "masc" when the dictionaries know ``word`` as a first name of that sex alone. Only the dictionaries of
    its alphabet are asked: a Latin word is no Russian name, and loading one for Polish text cost 40 MB. A Belarusian
    name is asked in its Russian spellings, the first-name table's (Вольга: Ольга) and those read letter by letter
    (Ірына: Ирина), and in the Ukrainian dictionary as spelt (Ганна): neither dictionary knows Ірына, so a woman's
    surname in a consonant after it (Ірына Мартынюк) was read as a man's, the subject of none of her verbs."""
    if lang == "be":
        spellings = {spelling for spelling, _ in lexicon.russian_readings(word, "be", 4)}
        spellings.update(equivalent.lower() for equivalent in first_name_equivalents(word, "be").get("ru", ()))
        asked = [(spelling, "ru") for spelling in spellings] + [(word, "uk")]
    else:
        asked = [(word, lang) for lang in lexicon.FIRST_NAME_LANGS if (lang != "pl") == bool(_CYRILLIC_LETTER.search(word))]
    feminine = any(lexicon.feminine_first_name(spelling, dictionary) for spelling, dictionary in asked)
    if feminine == any(lexicon.masculine_first_name(spelling, dictionary) for spelling, dictionary in asked):
        return None
    return "femn" if feminine else "masc"


def _subject_after_its_verb(text: str, start: int, end: int, lang: str, tokens: Sequence[str], gender: str | None = None) -> bool:
    """True for "Учора заявіла Ціханоўская", "Wczoraj podziękowała Cichanouska wszystkim": a verb
    whose gender is the person's, with no word before it in its clause that could be its subject
    (a noun, a pronoun, another name), has the person after it as its subject, not its object.
    "Лукашэнка падзякаваў Ціханоўскай" and "яна падзякавала Ціханоўскай" keep the object."""
    table = government(lang)
    position = _verb_before_its_object(lang, tokens)
    if position is None:
        return False
    verb = _word(tokens, position)
    agreement = lexicon.finite_verb(verb, lang)
    # A name whose ending says no sex (Латушка, Лукашенко) is mostly a man's: a masculine verb agrees. A Belarusian
    # present-tense verb has no gender and agrees with either ("Дакументы правярае Дарыюс Якштас"; a Polish one, as
    # often with its subject left out: "że zawdzięcza X"). A plural verb agrees with the name and a title in the
    # nominative joined to it ("падпісалі X і беларускі прэм'ер").
    # The termbase's sex adds a reading the draft's spelling may hide (Solomiya Vintonyuk, a woman); it takes none away.
    sexes = (_person_gender(text, start, end, lang) or "masc", *((gender,) if gender else ()))
    genders = (*sexes, None) if lang == "be" and not lexicon.passive_participle(verb, lang) else sexes
    if agreement is None or not (agreement[0] == "sing" and agreement[1] in genders
                                 or agreement[0] == "plur" and _joined_to_a_nominative_title(text, end, lang)):
        return False
    tokens = tokens[:-position]
    if _shares_a_subject_before(tokens, agreement, lang):
        return False  # "rozpoczął bardzo dobrze i niemal pokonał X": the verb has the subject of the one before "and"
    clause = _clause(tokens)
    # A capitalised word in the clause is a name, which may be the subject ("Лукашэнка падзякаваў"); not one the
    # dictionary reads in no case that agrees ("Złoto mistrzostw Ukrainy … zdobyła X": Ukraine's genitive).
    if any(_capital_of_a_name(token, not i, lang) and not lexicon.a_known_noun_no_subject_of(token, lang, agreement)
           for i, token in enumerate(clause)):
        return False
    # "хто выкраў Захаранку", "Старшыня камісіі патэлефанаваў Нікаленку": "who" and a title in its
    # dictionary form (a Belarusian старшыня, суддзя agrees as a man) are subjects too.
    words = _clause_words(tokens, table, lang)
    # (Belarusian endings tell no number: any word in -ы/-і may be a plural subject, no other one is)
    other_subject = any(word.endswith(("ы", "і")) for word in words) if lang == "be" and agreement[0] == "plur" \
        else _a_subject_among(words, lang, agreement) \
        and not (position == 1 and _a_thing_put_first(lang, verb, tokens, words) and _phrase_ends_after(text, end, table, lang))
    # (A relative pronoun in the nominative is the subject where what follows the name makes it the verb's object:
    # "слідчий, який допоміг X повернути гроші"; not in "будинок, який відвідав X", its accusative.)
    relative_subject = _a_relative_opens(tokens, table) \
        and (_infinitive_after(text, end, lang, table, verb) or _predicate_after(text, end, lang, table, verb))
    # (a title's stem in a noun the dictionary reads in no agreeing case is no title: mistrzostw, the championships')
    return not other_subject and not relative_subject and not any(
        word in lexicon.PERSONAL_PRONOUNS.get(lang, ()) or word in _WHO or table.titles and table.titles.match(word) and _nominative_like(word)
        and not lexicon.a_known_noun_no_subject_of(word, lang, agreement)
        for word in words)


# Belarusian instrumentals of a man's or a thing's noun or adjective (гульцом, лепшым, старшынём): a predicate, no subject.
_BE_INSTRUMENTAL = re.compile(r"(?:ом|ем|ём|ым|ім)$")


def _subject_of_its_participle(text: str, start: int, end: int, lang: str, tokens: Sequence[str], gender: str | None = None) -> bool:
    """True for "Главным врачом назначен X", "Лепшым гульцом прызнаны X", "Учора затрыманы X": a passive participle
    used as a predicate (a Russian short one, a Ukrainian or Belarusian one in the nominative) agrees with its subject
    in number and gender and takes no object; with no word before it in its clause that could be its subject (an
    instrumental before it is its predicate noun: главным врачом), the person after it whose sex it agrees with is
    that subject, in the nominative. "Документ подписан Путиным", "ліст, падпісаны Зяленскім" keep the agent's
    instrumental: a noun before the participle is its subject, or the noun it describes."""
    table = government(lang)
    participle = _word(tokens, 1)
    agreement = lexicon.nominative_participle(participle, lang) if participle else None
    if agreement is None or agreement != ("sing", gender or _person_gender(text, start, end, lang) or "masc"):
        return False
    before = tokens[:-1]
    if list(before[-1:]) == [","] or any(_capital_of_a_name(token, not i, lang) for i, token in enumerate(_clause(before))):
        return False  # "ліст, падпісаны X": the noun before the comma; "Лукашэнка прызначаны": a name, the subject
    words = [word for word in _clause_words(before, table, lang) if not (lang == "be" and _BE_INSTRUMENTAL.search(word))]
    return not _a_subject_among(words, lang, agreement) and not any(
        word in lexicon.PERSONAL_PRONOUNS.get(lang, ()) or word in _WHO or word in table.relatives for word in words)


def _shares_a_subject_before(tokens: Sequence[str], agreement: lexicon.Agreement, lang: str) -> bool:
    """True when the verb right after ``tokens`` is joined by "and" (past adverbs: і амаль, i niemal) to a finite verb
    earlier in its clause that agrees with it the same way and is no reflexive or "to be" ("Ботас выцягнуў добрае
    месца і амаль пакінуў X", "Vettel zjechał do boksu i pozwolił X"): two verbs joined so share one subject, which
    stands with the first, and a person right after the second is its object, not its subject. (A reflexive's or
    "to be"'s subject is as often a thing or an event: "Мітынг пачаўся і выступіў X".)"""
    table = government(lang)
    clause = [token.lower() for token in _clause(tokens)]
    position = len(clause)
    while position and (clause[position - 1] in table.adverbs - _CONJUNCTIONS or lexicon.particle_or_adverb(clause[position - 1], lang)) \
            and clause[position - 1] not in _AND:
        position -= 1
    if not position or clause[position - 1] not in _AND:
        return False
    for word in reversed(clause[: position - 1]):
        other = lexicon.finite_verb(word, lang) if _PLAIN_WORD.fullmatch(word) and word not in table.adverbs else None
        if other is not None and not _REFLEXIVE.search(word) and word not in table.existential and word != "się":
            return other[0] == agreement[0] and (not other[1] or not agreement[1] or other[1] == agreement[1])
    return False


def _a_thing_put_first(lang: str, verb: str, tokens: Sequence[str], words: Sequence[str]) -> bool:
    """True for "Сцэнарый фільма напісаў X": a verb of a thing made, said or given, after a clause that is a noun
    phrase alone (no title, no noun for a person, no pronoun): the thing, put first as the verb's object. (Its
    caller asks as well that the person stand right after the verb and end the phrase: "Суд перадаў X матэрыялы
    справы" has its thing after X, and the court for its subject.) A second subject after the thing makes the
    person whom it goes to ("Нову виставу театр присвятив X": the theatre did); ru, uk, pl, whose dictionaries read the
    thing's genitives as no subject (Проєкт бюджету)."""
    table = government(lang)
    if not (table.thing_verbs and table.thing_verbs.match(verb)) or not _object_first(lang, tokens, past_phrases=True) or any(
            table.titles and table.titles.match(word) or _person_noun(lang, word) or word in lexicon.PERSONAL_PRONOUNS.get(lang, ())
            for word in words):
        return False
    thing = next((position for position, word in enumerate(words) if _a_noun(lang, word)), None)
    agreement = lexicon.finite_verb(verb, lang)
    return lang not in _MORPHOLOGY_LANGS or thing is None or agreement is None \
        or not _a_subject_among(words[thing + 1 :], lang, agreement)


_WHO = frozenset({"хто", "кто", "kto"})
_AND = frozenset({"і", "и", "й", "та", "ды", "i", "oraz"})
# A Belarusian adjective's nominative endings (беларускі, новы, новая, новае), which no dictionary here reads.
_BE_ADJECTIVE_NOMINATIVE = re.compile(r"(?:[ыі]|ая|яя|ае|яе)$")


def _joined_to_a_nominative_title(text: str, end: int, lang: str) -> bool:
    """True for "падпісалі X і беларускі прэм'ер", "podpisali X i premier Kazachstanu": a title in its
    dictionary form, past its adjectives, joined by "and" to the name after it is a second subject of the
    plural verb before them, so the name is one too. A title in an oblique case ("X і беларускаму прэм'еру")
    joins an object."""
    titles = government(lang).titles
    following = _NEXT_WORD.match(text, end)
    if titles is None or following is None or following.group(1).lower() not in _AND:
        return False
    for _ in range(3):
        following = _NEXT_WORD.match(text, following.end())
        if following is None or not following.group(1).islower():
            return False
        word = following.group(1)
        if titles.match(word) and _nominative_like(word) and not _common_noun(lang, word):
            return True
        if not (lexicon.adjective(word, lang) or lang == "be" and _BE_ADJECTIVE_NOMINATIVE.search(word)):
            return False
    return False


def _verb_before_its_object(lang: str, tokens: Sequence[str]) -> int | None:
    """Where (from the end of ``tokens``) the finite verb before a name stands: right before it, or
    before its object ("дала інтэрв'ю X", "дала доўгае інтэрв'ю X", "poinformował o tym X")."""
    words = [_word(tokens, position) for position in (1, 2, 3)]
    genitive_nouns = government(lang).genitive_nouns
    if words[0] and lexicon.finite_verb(words[0], lang) and not (genitive_nouns and genitive_nouns.fullmatch(_plain_u(lang, words[0]))):
        return 1  # (a whole word the table lists as a noun is none, though it ends like one: be фільмаў, like сказаў)
    table = government(lang)
    if words[0] in table.subject_after and _PLAIN_WORD.fullmatch(words[0]) and words[1] and _a_preposition(table, words[1]) \
            and words[2] and lexicon.finite_verb(words[2], lang):
        return 3  # its object "this", past its preposition: "Poinformował o tym X", "Повідомив про це X"
    if not words[0] or not _a_noun(lang, words[0]) or not words[1]:
        return None
    if lexicon.finite_verb(words[1], lang):
        return 2
    if lexicon.adjective(words[1], lang) and words[2] and lexicon.finite_verb(words[2], lang):
        return 3
    if words[0] in _REFLEXIVE_PRONOUNS and _a_preposition(government(lang), words[1]) and words[2] and lexicon.finite_verb(words[2], lang):
        return 3  # "ўзяў на сябе X", "взял на себя X": the verb's own phrase stands between it and the name
    return None


# "Oneself" (ўзяў на сябе, взял на себя, wziął na siebie): a verb's phrase, never a noun the name after it depends on.
_REFLEXIVE_PRONOUNS = frozenset({"сябе", "себе", "себя", "siebie"})


def _a_noun(lang: str, word: str) -> bool:
    """True when ``word`` is a common noun: by the dictionary, or in Belarusian, which has none with
    parts of speech here, when it is no adverb, verb or noun for a person the tables and endings know."""
    table = government(lang)
    reading = lexicon.governor_reading(word, lang)
    if lang in _MORPHOLOGY_LANGS:
        return bool(reading and reading[0] == "noun" or table.genitive_nouns and table.genitive_nouns.match(word))
    return not (word in table.adverbs or _verb_case(table, word)) and (reading is None or reading[0] == "noun")


_REFLEXIVE = re.compile(r"(?:ся|сь|ца)$")


def _subject_after_verb(text: str, verb: re.Match, lang: str, agreement: lexicon.Agreement, any_verb: bool = False) -> bool:
    """True for "Пасля заявы Лукашэнкі пачаўся абстрэл": a reflexive verb has no object, so a
    noun after it that can be its subject is, and the name before it depends on the noun before.
    After any other verb only a noun that cannot be its object counts ("На похороні Навального був
    присутній брат", not "Путін заявив протест"). With ``any_verb`` (an object put first: "Вершы
    Шаўчэнкі перакладаў Купала"), any noun that can be the subject, and a name, count as well."""
    after = _NEXT_WORD.match(text, verb.end())
    reflexive = bool(_REFLEXIVE.search(verb.group(1)))
    if after is not None and lang == "pl" and after.group(1) == "się":
        after, reflexive = _NEXT_WORD.match(text, after.end()), True
    if after is None:
        return False
    word = after.group(1)
    if reflexive or any_verb:
        if word.islower():
            return lexicon.can_be_subject_of(word, lang, agreement)
        return any_verb and not lexicon.adjective(word, lang)  # a name, not "Нобелівську премію"
    for _ in range(2):  # past a word that describes the noun: "був присутній його брат"
        if not (lexicon.adjective(word, lang) or word.lower() in _POSSESSIVES):
            break
        after = _NEXT_WORD.match(text, after.end())
        if after is None:
            return False
        word = after.group(1)
    return word.islower() and lexicon.nominative_only(word, lang, agreement)


# (Belarusian наш, ваш, мой, твой, свой and their forms are lexicon's)
_POSSESSIVES = frozenset({"його", "її", "їхній", "яго", "яе", "іх", "его", "её", "их", "jego", "jej", "ich",
                          "свой", "свій", "своя", "свою", "своє", "свої", "своё", "свои",
                          "swój", "swoja", "swoją", "swoje", "swoich", "swojego"}) | lexicon.BELARUSIAN_POSSESSIVES


def _object_first(lang: str, tokens: Sequence[str], past_phrases: bool = False) -> bool:
    """True when the clause before a name opens with a noun and has no preposition or verb, a noun
    phrase the name ends ("Przemówienie Łatuszki transmitowała telewizja", "Заявление экс-президента
    Польши Коморовского прокомментировал Кремль"): it may be the verb's object put first. With ``past_phrases``,
    a preposition's phrase after the noun may describe it ("Проект бюджета на следующий год представил X")."""
    table = government(lang)
    clause = [token.lower() for token in _clause(tokens)]
    if past_phrases and clause:
        # (the noun and its genitives up to the phrase; the phrase's own words may read as verbs: "na przyszły rok")
        phrase = next((position for position, word in enumerate(clause) if position and _a_preposition(table, word)), len(clause))
        if not all(_PLAIN_WORD.fullmatch(word) for word in clause):
            return False
        clause = clause[:phrase]
    if not clause or not all(_PLAIN_WORD.fullmatch(word) and word not in table.prepositions and word not in table.two_case
                             and not lexicon.finite_verb(word, lang) for word in clause):
        return False
    return _a_noun(lang, clause[0]) and lexicon.object_case_possible(clause[0], lang)


_CLAUSE_BREAKS = frozenset(".!?;:,—–()\"«»„“”")


def _clause(tokens: Sequence[str]) -> list[str]:
    """The tokens of the clause that ``tokens`` end, back to its start (a mark that breaks it)."""
    start = len(tokens)
    while start and tokens[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    return list(tokens[start:])


def _a_preposition(table: Government, word: str) -> bool:
    return word in table.prepositions or word in table.two_case or word in table.person_prepositions


def _clause_words(tokens: Sequence[str], table: Government, lang: str) -> list[str]:
    """The words of the clause before a name, back to its start, less its prepositions and their
    objects (під час, pod koniec, пра палон: their nouns are no subject)."""
    clause = _clause(tokens)
    words = [token.lower() if _PLAIN_WORD.fullmatch(token) else "" for token in clause]
    position, kept = 0, []
    while position < len(words):
        span = next((count for count in range(min(table.longest, len(words) - position), 0, -1)
                     if " ".join(words[position : position + count]) in table.prepositions), 0)
        if span == 0 and (words[position] in table.two_case or words[position] in table.person_prepositions):
            span = 1
        if span:
            preposition = " ".join(words[position : position + span])
            position += span
            while position < len(words) - 1 and (words[position] and _describes_the_object_of(preposition, words[position], table, lang)
                                                 or clause[position][:1].isdigit()) \
                    and not _a_preposition(table, words[position + 1]):
                position += 1  # the object's adjectives and numbers ("пра доўгі палон", "ў 2004 годзе"), not a noun before a preposition
            position += 1  # and the object
            continue
        if words[position] and words[position] not in table.adverbs:
            kept.append(words[position])
        position += 1
    return kept


def _resolved(lang: str, kind: str, tokens: tuple[str, ...], quoted: bool = False) -> str | None:
    """The last few tokens decide (the longest preposition; a preposition and the verb before it; a
    verb and the mark before it); only after a noun does a person's name need a longer look back,
    for a title a few words before it. Both steps are remembered by the tokens they read: the same
    words before a name recur all through a document."""
    table = government(lang)
    # (four words only before a two-case preposition, whose verb may stand past its object: a smaller cache; two more
    # past an object of two nouns joined by "and", прывезлі ваду і хлеб у X; five where an adjective stands between it
    # and the name, whose case the verb chooses: "spierają się o przewodniczącego X")
    window = 5 + _COORDINATED_OBJECT * _joins_objects(tokens) + _score_before(tokens) if _word(tokens, 1) in table.two_case \
        else 5 if _word(tokens, 2) in table.two_case else 3
    case = _governed(lang, kind, tokens[-max(window, table.longest):], quoted)
    return _after_a_noun(lang, tokens) if case is _FURTHER else case


_FURTHER = "look further back"  # _governed's answer when a title a few words back may decide


@lru_cache(maxsize=50_000)
def _governed(lang: str, kind: str, tokens: tuple[str, ...], quoted: bool) -> str | None:
    table = government(lang)
    previous = _word(tokens, 1)
    if previous is None:
        return None
    if kind == "person" and (agreeing := lexicon.oblique_adjective_cases(previous, lang)) and not _after_its_own_noun(lang, tokens):
        # (an adjective after its noun describes it: "na wiecu wyborczym X")
        return _case_of_the_adjective(lang, tokens, agreeing)
    if previous in _REFLEXIVE_PRONOUNS and len(tokens) > 2 and _a_preposition(table, _word(tokens, 2) or ""):
        # "узяла на сябе X": the case the verb gives, never сябе's genitive
        case = _governed(lang, kind, tokens[:-2], quoted)
        return _after_a_noun(lang, tokens[:-2]) if case is _FURTHER else case
    if agreeing := table.oblique_determiners.get(previous.lower()):
        return _case_of_the_determiner(lang, kind, tokens, agreeing)
    for count in range(min(table.longest, len(tokens)), 1, -1):
        words = [_word(tokens, position) for position in range(count, 0, -1)]
        if all(words) and (case := table.prepositions.get(" ".join(words))):
            return case
    if kind == "person" and previous in table.person_prepositions:
        return table.person_prepositions[previous]
    if previous in table.two_case:
        rule = table.two_case[previous]
        case = next((case for governor in _governors(tokens, lang) for pattern, case in rule.after_for(kind) if pattern.match(governor)), None)
        return case or rule.by_kind.get(kind, rule.default)
    if previous in table.prepositions:
        return table.prepositions[previous]
    if table.dative_participles and table.dative_participles.match(previous):
        return "dat"  # "выстава, прысвечаная Скарыну": to whom, not by whom
    if lexicon.passive_participle(previous, lang) and _verb_case(table, _plain_u(lang, previous)) != "ins":
        # (a participle the table lists with the instrumental governs it as listed: "задоволений Набіулліною")
        if kind == "person" and (_after_its_noun(lang, tokens[:-1]) or lexicon.short_passive_participle(previous, lang)):
            return "ins"  # its agent: "ліст, падпісаны Зяленскім"; a short one's always ("был подготовлен Мэй")
        # It describes the name, which takes the case the words before it give: "над затриманим Навальним".
        return _resolved(lang, kind, tokens[:-1]) if len(tokens) > 1 else None
    infinitive = _impersonal_infinitive(previous, lang)
    if infinitive and lang in _IMPERSONAL_OBJECT_BY_DEFAULT:
        # An impersonal has no subject for "про це" to introduce: "За це покарано Левицьку", "Про це повідомлено Савчину".
        return _verb_case(table, infinitive) or _impersonal_object_case(lang, tokens)
    if case := _verb_case(table, _plain_u(lang, previous)) or _verb_case(table, infinitive):
        return None if _introduces_subject(tokens, table) else case
    if quoted:
        return None  # a quoted name after a noun is its apposition: батальён «Пагоня», газета «Наша Ніва»
    if table.titles and table.titles.match(previous) and not _common_noun(lang, previous):
        if kind == "place":
            return "gen"  # "мэр Брэста"
        return _title_case(lang, tokens)  # a person after a title is in apposition: "з прэзідэнтам Лукашэнкам"
    if kind == "person" and table.titles:
        return _FURTHER
    return _after_noun(lang, kind, tokens)


def _case_of_the_determiner(lang: str, kind: str, tokens: tuple[str, ...], agreeing: frozenset[str]) -> str | None:
    """The case of a name right after a form of "all" (ўсёй, усю) that agrees with it: the one of its ``agreeing`` cases
    the words before it give ("праз усю Лысьву"), or the one it shares with the preposition before it ("на ўсю
    Сардзінію": на's accusative; "па ўсёй Згураўцы": па's locative). None where nothing before governs it ("Увесь Крыт
    святкаваў": the subject)."""
    if len(tokens) < 2:
        return None
    before = _resolved(lang, kind, tokens[:-1])
    if before in agreeing:
        return before
    shared = _cases_of(government(lang), _word(tokens, 2) or "") & agreeing
    return next(iter(shared)) if len(shared) == 1 else None


def _past_a_determiner(tokens: Sequence[str] | None, table: Government) -> Sequence[str] | None:
    """``tokens`` without a form of "all" that ends them (па ўсёй, праз усю): the preposition before it governs the name."""
    return tokens[:-1] if tokens and len(tokens) > 1 and tokens[-1].lower() in table.oblique_determiners else tokens


def _case_of_the_adjective(lang: str, tokens: tuple[str, ...], agreeing: frozenset[str]) -> str | None:
    """The case of a person right after an adjective in ``agreeing`` cases, which agrees with them: the one the words
    before the adjective give, where it is one of them ("о самом X"); else the adjective's own, when one case or the
    genitive and accusative, a man's forms alike (критиком как самого X: not the instrumental of критиком)."""
    before = _resolved(lang, "person", tokens[:-1]) if len(tokens) > 1 else None
    if before in agreeing:
        return before
    return "gen" if agreeing <= {"gen", "acc"} else next(iter(agreeing)) if len(agreeing) == 1 else None


def after_an_oblique_adjective(text: str, start: int, end: int, lang: str) -> bool:
    """True right after an adjective in oblique cases alone ("критиком как самого X", "колишнього X"): the person
    agrees with it, no nominative. Not before a verb that agrees with the name, whose subject it then is and the
    adjective the object put first (одного X не остановит). ru, uk, pl."""
    tokens = tuple(_tokens_before(text, start) or ())
    word = _word(tokens, 1)
    return word is not None and bool(lexicon.oblique_adjective_cases(word, lang)) and _verb_after(text, start, end, lang) is not True \
        and not _after_its_own_noun(lang, tokens)


def _after_its_own_noun(lang: str, tokens: Sequence[str]) -> bool:
    """True when the adjective ending ``tokens`` agrees with the noun right before it, which it follows and describes
    ("na wiecu wyborczym X"); a preposition before it is no noun (о самом X: the letter о agrees with anything)."""
    noun = _word(tokens, 2)
    return bool(noun) and not _a_preposition(government(lang), noun) and lexicon.describes_noun_before(_word(tokens, 1), noun, lang)


@lru_cache(maxsize=4096)  # six tokens recur less than three: a small memory
def _after_a_noun(lang: str, tokens: tuple[str, ...]) -> str | None:
    """A person's name after a noun: in apposition to a title a few words back ("лідар апазіцыі
    Ціханоўская", "министр иностранных дел Кулеба"), else as after any noun."""
    title = _title_before(lang, tokens, government(lang))
    if title:
        return _title_case(lang, tokens[:title])
    return _after_noun(lang, "person", tokens)


def _after_noun(lang: str, kind: str, tokens: tuple[str, ...]) -> str | None:
    """A word no table lists, read by the dictionary: any other common noun heads a genitive
    ("аэропорт Одессы", "рейтингу Сирського"); a plural or infinitive verb takes its object
    ("попросили Пєскова"); a noun for a person has the person's name in apposition, in its own case
    ("пенсионерку Багинскую", "пресс-секретарю Пескову"), or, when its form does not tell, in the
    case the words before it give it."""
    table = government(lang)
    previous = _plain_u(lang, _word(tokens, 1))
    if previous in table.adverbs or lang == "be" and previous in _BE_FUNCTION_WORDS:
        return None  # "Калі Карпенка прыйшоў": an adverb or conjunction heads no case, though it ends like a verb
    if kind == "person" and previous in table.in_apposition:
        return None  # "брати Кличко": the family's surname, in apposition; "Прізвище Медвідь носять": the surname cited
    if previous in table.naming:
        return "gen"  # "прэмію імя Багушэвіча атрымаў": whatever the verb after it
    if kind == "place" and table.place_parts and table.place_parts.match(previous):
        return "gen"  # "после посещения Мцхеты", "наведвання Мцхэты": not the object a verbal noun's ending suggests
    if kind == "person" and (table.dative_nouns and table.dative_nouns.match(previous) or _given_to(lang, tokens)
                             or _entrusted_past_its_task(lang, tokens)):
        return "dat"
    if kind == "person" and table.instrumental_nouns and table.instrumental_nouns.match(previous):
        return "ins"
    reading = lexicon.governor_reading(previous, lang)
    if lang == "be" and reading and reading[0] == "person" and lexicon.finite_verb(previous, lang):
        return None  # "падрыхтавала X" ends like "генерала X": a verb's subject or a title's apposition, its ending does not tell
    if lang == "be" and reading and lexicon.belarusian_consonant_present(previous):
        return None  # "Справу вядзе X": a present verb hunspell-be knows (вядуць), though it ends like горадзе
    if reading is None and lang == "be" and _be_noun_by_elimination(previous) and len(_clause(tokens)) > 1:
        return "gen"  # "маёмасць Каламойскага", "да дома Бандарэнкі" (a verb after the name may still make it its subject)
    if kind == "person" and reading and reading[0] == "person" and reading[1] and len(tokens) > 1 \
            and _resolved(lang, kind, tokens[:-1]) == reading[1]:
        return reading[1]  # "над палітыкам Саннікавым": a person noun in the case its preposition gives; the name in apposition
    if len(tokens) > 1 and _instrument(lang, previous) and lexicon.finite_verb(verb := _plain_u(lang, _word(tokens, 2) or ""), lang) \
            and _verb_case(table, verb) == "acc":
        return "acc"  # "атакували дронами X", "ukarał grzywną X": the means between a verb and its object, no genitive's head
    if table.genitive_nouns and table.genitive_nouns.match(previous):
        return "gen"
    if reading is None and lang == "pl" and len(tokens) > 1 and _word(tokens, 2) and lexicon.adjective(previous, lang) \
            and lexicon.describes_noun_before(previous, _word(tokens, 2), lang):
        return _after_noun(lang, kind, tokens[:-1])  # "Koncert fortepianowy Czajkowskiego": past an adjective after its noun
    if reading is None:
        return None
    role, case = reading
    if role in ("object", "verb") and lang in _MORPHOLOGY_LANGS and len(tokens) > 1 \
            and lexicon.described_by_adjective(previous, _word(tokens, 2) or "", lang):
        return "gen"  # "Nowa powieść Głuchowskiego": an adjective agreeing with it makes it a noun (not the verb powieść)
    if role in ("object", "verb"):
        return None if _introduces_subject(tokens, table) else case
    if role == "person" and kind == "person":
        if case and len(tokens) > 1 and _a_preposition(table, _word(tokens, 2) or "") \
                and _resolved(lang, kind, tokens[:-1]) not in (None, case):
            # A person noun's case no preposition before it gives: the word is another noun's form in the case it does
            # give, a thing's, whose person is its genitive ("Про роботу X": work's accusative, not a robot's dative).
            return "gen"
        if case == "loc":
            # A locative stands after a preposition alone, and none is before it (that apposition is read above):
            # the noun is the plural its form also is, whose people are the name's (Учні Александровської).
            return "gen" if lexicon.people_noun(previous, lang) else None
        return case or _title_case(lang, tokens)
    return "gen"


# The Belarusian instrumental plural, which no other case shares (дронамі, ракетамі).
_BE_INSTRUMENTAL_PLURAL = re.compile(r"[ая]мі$")


def _instrument(lang: str, word: str) -> bool:
    """True for a noun in the instrumental alone (дронами, grzywną, ракетамі): the means a verb acts by."""
    if lang == "be":
        return bool(_BE_INSTRUMENTAL_PLURAL.search(word))
    instrumental = frozenset({"inst" if lang == "pl" else "ins"})
    others = frozenset({"nom", "gen", "dat", "acc", "loc", "voc"})
    return (_a_noun(lang, word) or _person_noun(lang, word)) and lexicon.object_case_possible(word, lang, instrumental) \
        and not lexicon.object_case_possible(word, lang, others)


# Belarusian words that are no noun, though no table lists them and no ending tells: pronouns, conjunctions.
_BE_FUNCTION_WORDS = frozenset({"што", "як", "калі", "дзе", "куды", "адкуль", "бо", "каб", "хто", "гэта", "гэты", "гэтая",
                                "той", "тая", "там", "тут", "вось", "нават", "менавіта", "ні", "ці", "ж", "жа", "ну",
                                "пасля", "перад", "пазней", "раней", "дагэтуль", "зараз", "ледзь", "усюды", "сам", "сама"})
# An infinitive, a past verb, a reflexive; an instrumental, which is often an adverb of time (вясной, летам).
_BE_NOT_A_NOUN = re.compile(r"(?:(?<!с)ць|ці|[аяеэоё]ў|(?<![хт])[іы]ў|ся|ца|ой|ай|ей|ёй|ам|ям|ом|ем|ём)$")  # not архіў, матыў


def _be_noun_by_elimination(word: str) -> bool:
    """True when a Belarusian word before a name is a common noun by elimination (маёмасць, дома,
    ліст): no table lists it, no ending reads it, and it ends like no verb, adjective or function word."""
    table = government("be")
    return len(word) > 2 and word not in _BE_FUNCTION_WORDS and word not in table.adverbs \
        and not any(nouns and nouns.match(word) for nouns in (table.titles, table.genitive_nouns, table.dative_nouns)) \
        and lexicon.governor_reading(word, "be") is None \
        and word not in table.prepositions and word not in table.two_case and word not in table.person_prepositions \
        and word not in table.subject_after and word not in lexicon.PERSONAL_PRONOUNS["be"] and word not in _CONJUNCTIONS \
        and not _BE_NOT_A_NOUN.search(word) and not (_BE_ADJECTIVE.search(word) and not lexicon.belarusian_plural_noun(word)) \
        and not lexicon.finite_verb(word, "be") \
        and not _verb_case(table, word)


def _given_after(text: str, end: int, lang: str, table: Government) -> bool:
    """True when a thing given or put to someone follows the name, past up to two words that describe
    it (нові, kilka, незручних): "поставили Явлінському кілька незручних питань". A thing the table
    lists, or any noun that can only be an object, in the accusative (премию, petycję, прэмію): the
    verb's object stands after the person, who is then the one it goes to. (A noun that may be the
    nominative as well, грант, may be the subject: "Фонд выделил X грант" is left to the table.)"""
    following, counted = _NEXT_WORD.match(text, end), False
    for _ in range(3):
        if following is None or not following.group(1).islower():
            return False
        word = following.group(1).lower()
        if table.given_nouns and table.given_nouns.match(word):
            # In the accusative ("наградили орденом" gives no thing), or counted (кілька питань).
            return counted or lexicon.object_case_possible(word, lang, frozenset({"acc"}))
        if word not in table.spans and word not in table.adverbs and _an_object_alone(word, lang):
            return True  # (not a span of time, an adverb in the accusative: "чакалі X цэлую ноч")
        numeral = lexicon.numeral(word, lang)
        if not numeral and not (lexicon.adjective_reading(word, lang) or lang == "be" and _describes(lang, word)):
            return False  # a verb or anything else ends the phrase: "попросили X прокомментировать приговор"
        counted = counted or numeral  # a numeral counts its noun past the adjectives after it (кілька незручних питань)
        following = _NEXT_WORD.match(text, following.end())
    return False


# A Belarusian feminine noun's accusative (прэмію, петыцыю, кнігу, грамату), which no nominative shares.
_BE_ACCUSATIVE_ALONE = re.compile(r"(?:[іы]ю|[бвгдзклмнпрстфхцчшжґ]у)$")


def _an_object_alone(word: str, lang: str) -> bool:
    """True for a noun that can be in the accusative and in no nominative: a verb's object, never its
    subject. Belarusian by a feminine accusative ending."""
    if lang == "be":
        return bool(_BE_ACCUSATIVE_ALONE.search(word)) and not lexicon.finite_verb(word, lang) and _a_noun(lang, word)
    if lang not in _MORPHOLOGY_LANGS or not _a_noun(lang, word) or not lexicon.object_case_possible(word, lang, frozenset({"acc"})):
        return False
    return not lexicon.object_case_possible(word, lang, frozenset({"nom"}))


def _a_verb_may_follow(text: str, start: int, end: int, lang: str) -> bool:
    """True when a finite verb that can agree with the name follows it (past adverbs), or a conjunction that
    may join another name to it before their verb ("Путин і Лукашенко сустрэліся"): the name may be its
    subject. A verb of another gender or number cannot have it ("зборнік эсэ Налкоўскай выйшаў").
    Not so before other words ("беатыфікацыю Шаптыцкага ўжо некалькі гадоў")."""
    following, adverbs = _NEXT_WORD.match(text, end), government(lang).adverbs - _CONJUNCTIONS
    for _ in range(2):  # past adverbs the table knows (нарэшце, ужо)
        if following is None or following.group(1).lower() not in adverbs:
            break
        following = _NEXT_WORD.match(text, following.end())
    word = following.group(1).lower() if following else ""
    agreement = lexicon.finite_verb(word, lang) if word else None
    return word in _CONJUNCTIONS or bool(agreement and _agrees(agreement, _person_gender(text, start, end, lang))) \
        or bool(_verb_after(text, start, end, lang))


def _phrase_ends_after(text: str, end: int, table: Government, lang: str) -> bool:
    """True when the name at ``text[:end]`` ends its phrase: a mark, the end, or a preposition follows
    (past an adverb), or a time ("Звіт написав X минулого тижня"): no verb of its own comes next ("маёмасць Каламойскага
    яшчэ ў верасні", "Лист надіслав X учора")."""
    following = _NEXT_WORD.match(text, end)
    if following is not None and (following.group(1).lower() in table.adverbs | _BE_FUNCTION_WORDS
                                  or lexicon.particle_or_adverb(following.group(1), lang)):
        following = _NEXT_WORD.match(text, following.end())
    if following is None:
        return True
    word = following.group(1).lower()
    after = _NEXT_WORD.match(text, following.end())
    return word in table.prepositions or word in table.two_case or word in table.person_prepositions \
        or after is not None and after.group(1).lower() in table.spans


def _given_to(lang: str, tokens: tuple[str, ...]) -> bool:
    """The thing given, then to whom: "вручил орден X", "вынеслі прысуд X", "надіслали відкритий лист
    X", "направили письмо X": a noun (past an adjective) after a verb that takes a dative or sends, or after one that
    puts it to someone ("поставили запитання X", "пожал руку X"). A noun in neither the accusative nor a negated
    verb's genitive (nie podali ręki X, не предъявили обвинений X) is no thing given but the verb's own dative object,
    and the person after it its genitive (wierzyło zeznaniom Kavanaugha, повірив свідченням Левицької)."""
    table = government(lang)
    if not _a_noun(lang, _word(tokens, 1)) or not lexicon.object_case_possible(_word(tokens, 1), lang, frozenset({"acc", "gen"})):
        return False
    position = _past_its_describers(lang, tokens, 2)  # "прысвяціў сваю новую тоўстую манаграфію X"
    thing = _word(tokens, position)
    if lang in ("ru", "uk") and thing and table.given_nouns and table.given_nouns.match(thing) \
            and lexicon.object_case_possible(thing, lang, frozenset({"acc"})) \
            and not _a_recipient_itself(_word(tokens, 1), tokens[-1][:1].isupper(), lang):
        # The noun before the name is a genitive of a thing the table lists as given, in a form no person's dative or
        # subject shares: the thing given is the noun before it ("отдало приз зрительских симпатий X", "вручив орден
        # Мужності X": an award's own name, which no person is; not "передал письмо матери X", матери a dative too,
        # nor "висловила оцінку президентства X", an opinion being no thing given)
        position = _past_its_describers(lang, tokens, position + 1)
    verb = _plain_u(lang, _word(tokens, position))  # (ўручылі: уручы, as the table lists it)
    return _verb_case(table, verb) == "dat" or bool(verb and table.sending_verbs and table.sending_verbs.match(verb)) \
        or bool(verb and table.putting_verbs and table.putting_verbs.match(verb) and table.put_things.match(_word(tokens, 1)))


def _a_recipient_itself(word: str, capitalised: bool, lang: str) -> bool:
    """True when ``word``, a genitive after a thing given, may instead be the one it is given to or the giver: a form
    the dative or the nominative shares (матери, родині, брату). A capitalised common noun that names no person is
    the given thing's own name (орден Мужества, медаль Олімпіади: an award's, whose forms are a plural's nominative
    or a dative too), the thing's complement, never its recipient."""
    if capitalised and not _person_noun(lang, word):
        return False
    return lexicon.object_case_possible(word, lang, frozenset({"dat", "nom"}))


def _entrusted_past_its_task(lang: str, tokens: tuple[str, ...]) -> bool:
    """True when the noun ending ``tokens`` is what an infinitive of leading (руководить, керувати) has in its charge,
    and an entrusting verb governs that infinitive, past the noun's adjectives ("доверила руководить молодёжной командой
    X", "доручила керувати новим центром X"): the charge is given to the person after it, in the dative, though the
    noun (команда, центр) would head a genitive anywhere else. Only leading: after other tasks the person is the
    object's own ("поручил проверить деятельность X": X's activity)."""
    table = government(lang)
    if table.entrusting is None or table.leading is None or not _a_noun(lang, _word(tokens, 1) or ""):
        return False
    position = _past_its_describers(lang, tokens, 2)  # "керувати новим туристичним центром X"
    infinitive, verb = _word(tokens, position), _word(tokens, position + 1)
    return bool(infinitive and verb and table.leading.match(infinitive) and table.entrusting.match(_plain_u(lang, verb)))


def _past_its_describers(lang: str, tokens: Sequence[str], position: int) -> int:
    """The position of the first word from ``position`` back that is no possessive or adjective of a noun after it
    (сваю новую тоўстую манаграфію); at most five words are read past."""
    while position < 6 and (word := _word(tokens, position)) and (word in _POSSESSIVES or _describes(lang, word)) \
            and not lexicon.finite_verb(word, lang):  # (a Belarusian past plural ends like an adjective: накіравалі)
        position += 1
    return position


# Belarusian adjective endings (no dictionary with parts of speech here): новую, тоўстую, новы, свежае.
_BE_ADJECTIVE = re.compile(r"(?:[ыі]|ая|яя|ую|юю|ое|ае|ее|яе|ыя|ія|ых|іх)$")


def _describes(lang: str, word: str) -> bool:
    """True for an adjective before a noun: by the dictionary, or in Belarusian by its ending."""
    if lang == "be":
        return bool(_BE_ADJECTIVE.search(word)) and not _verb_case(government(lang), word) and word not in government(lang).adverbs
    return lexicon.adjective_reading(word, lang)


# A Belarusian adjective in bare -ы/-і is a man's or a thing's nominative (новы, сіні), also its accusative.
_BE_ADJECTIVE_NOMINATIVE_ONLY = re.compile(r"[^ыіая][ыі]$")


def _describes_the_object_of(preposition: str, word: str, table: Government, lang: str) -> bool:
    """True for an adjective of a preposition's object ("пра доўгі палон"). A Belarusian word in bare -ы/-і is
    no adjective after a preposition that never takes the accusative, but a noun's genitive or locative, the
    object itself ("Пасля паводкі старшыня сустрэў X": старшыня is the subject, not пасля's object)."""
    if lang == "be" and _BE_ADJECTIVE_NOMINATIVE_ONLY.search(word) and "acc" not in _cases_of(table, preposition):
        return False
    return _describes(lang, word)


def _after_its_noun(lang: str, tokens: Sequence[str]) -> bool:
    """True when a participle right after ``tokens`` follows the noun it describes ("ліст, падпісаны
    X", "закон підписаний X"): then the person after it is its agent, not the person it describes
    ("затрыманы X", "суд над затрыманым X")."""
    if not tokens:
        return False
    if tokens[-1] == ",":
        return True
    word = _word(tokens, 1)
    if word is None or word in government(lang).prepositions or word in government(lang).two_case:
        return False
    reading = lexicon.governor_reading(word, lang)
    return bool(reading) and reading[0] in ("noun", "person")


# A verbal noun's endings (be віншаванне, віншаванні; uk привітання): no finite verb ends so, though the verb's stem
# the tables list begins it ("Віншаванні X прымала": the greetings, put first as прымала's object, not віншаваць).
_VERBAL_NOUN = re.compile(r"нн(?:е|я|ю|і|ем|ям|ямі|ях|яў|ями)$")


def _object_case_of(table: Government, word: str | None, lang: str) -> str | None:
    """The case a verb gives its object: its table's, else a finite verb's accusative."""
    return _verb_case(table, word) or ("acc" if word and lexicon.finite_verb(word, lang) else None)


def _verb_case(table: Government, word: str | None) -> str | None:
    if not word or _VERBAL_NOUN.search(word):
        return None
    return next((case for pattern, case in table.verbs if pattern.match(word)), None)


@lru_cache(maxsize=4096)
def _impersonal_infinitive(word: str | None, lang: str) -> str | None:
    """The infinitive of a Polish or Ukrainian impersonal in -no/-to, -но/-то (powierzono: powierzyć, zatrzymano:
    zatrzymać; затримано: затримати), which governs as its verb does and has no subject: a name after it or before
    it is its object (затримано Савчина, Трампа буде переобрано)."""
    if not word or not word.endswith(("no", "to", "но", "то")):
        return None
    if lang == "pl":
        return next((lemma.split(":")[0] for _, _, (_, lemma, tag, _, _) in lexicon.morfeusz().analyse(word) if tag.startswith("imps")), None)
    return lexicon.impersonal_infinitive(word, lang) if lang == "uk" else None


# Ukrainian forms in -но/-то come from transitive verbs alone, so one takes an object in the accusative where its table
# lists no other case (затримано Савчина); a Polish impersonal may come from an intransitive verb (tańczono do rana).
_IMPERSONAL_OBJECT_BY_DEFAULT = frozenset({"uk"})
# The forms of "to be" that give an impersonal its tense (Савчина було затримано, Трампа буде переобрано).
_IMPERSONAL_AUXILIARIES = {"uk": frozenset({"було", "буде"})}


def _impersonal_object_case(lang: str, tokens: Sequence[str]) -> str | None:
    """The case of a name right after an impersonal form whose table lists no case: the accusative of its object
    (затримано Савчина), unless a noun put before it is the object, so that the person after is its agent, in the
    instrumental (Указ підписано Зеленським: not told here, left as written)."""
    table = government(lang)
    position = 2 + (_word(tokens, 2) in _IMPERSONAL_AUXILIARIES.get(lang, ()))
    word, before = _word(tokens, position), _word(tokens, position + 1)
    object_before = word is not None and word not in table.spans and lexicon.object_case_possible(word, lang) \
        and not (before and _a_preposition(table, before))  # (not "у Рівному затримано", "минулого тижня обрано")
    return None if object_before else "acc"


def object_of_a_verb_that_disagrees(text: str, start: int, end: int, lang: str, kind: str, gender: str | None) -> bool:
    """True for a name right after a verb whose number or gender it cannot have (Jury doceniło X, znali X: neuter,
    plural), with no verb after it that agrees with it («Гасло X сказала»: the subject of сказала): its direct object."""
    return after_a_verb_not_its_own(text, start, end, lang, kind, gender=gender, by_agreement_only=True) \
        and (kind != "person" or _verb_after(text, start, end, lang) is not True)


def after_an_impersonal(text: str, start: int, lang: str) -> bool:
    """True right after an impersonal in -no/-to, -но/-то (mianowano, widziano, затримано): it has no subject, so a
    person after it is never one but its object, in the case its table gives (mianowano X: the accusative)."""
    return _impersonal_infinitive(_word_before(text, start), lang) is not None


def case_of_an_impersonal_after(text: str, end: int, lang: str) -> str | None:
    """The case an impersonal in -но/-то right after a name governs (past не and було/буде), the name being its object
    put first: "Чому Трампа буде переобрано", "Савчина затримано", "Левицькій надано слово". It has no subject, so the
    name before it is never one: its table's case, else the accusative of the transitive verb it comes from."""
    auxiliaries = _IMPERSONAL_AUXILIARIES.get(lang)
    if not auxiliaries:
        return None
    following = _word_past_adverbs(text, end, lang)
    if following is not None and following.group(1).lower() in auxiliaries:
        following = _word_past_adverbs(text, following.end(), lang)
    infinitive = _impersonal_infinitive(following.group(1).lower(), lang) if following else None
    if infinitive is None:
        return None
    return _verb_case(government(lang), infinitive) or ("acc" if lang in _IMPERSONAL_OBJECT_BY_DEFAULT else None)


_TITLE_REACH = 4  # a title and up to three words after it: "министр иностранных дел Украины Кулеба"
_CONJUNCTIONS = frozenset({"і", "и", "й", "та", "ды", "i", "oraz", "а", "a"})  # Cyrillic а, Polish a (między X a Y)
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+\S+\s+$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def _start_of_name_before(text: str, start: int) -> int | None:
    """Where the name before a conjunction right before ``text[start:]`` begins (its first capitalised word)."""
    match = _NAME_BEFORE.search(text, max(0, start - _WINDOW), start)
    if match is None or not match.group(1)[:1].isupper():
        return None
    position = match.start(1)
    # Back over a first name, but not over the capitalised word that opens the sentence.
    while (before := _WORD_BEFORE.search(text, max(0, position - 40), position)) and before.group(1)[:1].isupper() \
            and not lexicon.opens_a_sentence(text, before.start(1)):
        position = before.start(1)
    return position


def _title_before(lang: str, tokens: tuple[str, ...], table: Government) -> int | None:
    """How many of ``tokens`` reach up to a title two to four words before the name, when the words
    between are plain words, none a noun for a person ("адвокат жены" stops) nor a verb. A proper noun
    between (capitalised: голові ЦВК Білорусі, меру Кривого Рогу) is the title's complement, never a
    person the name stands beside, and those right before the name do not count against the reach."""
    reach = _TITLE_REACH
    for position in range(2, len(tokens) + 1):
        if position - 1 == reach - _TITLE_REACH + 1 and tokens[-(position - 1)][:1].isupper():
            reach = min(reach + 1, _TITLE_REACH + 2)  # (only proper nouns right before the name)
        if position > reach:
            return None
        word = _word(tokens, position)
        if word is None or _word(tokens, position - 1) is None \
                or (word in table.prepositions or lang == "be" and word in table.two_case) and not _title_after(lang, tokens, position + 1, table):
            # напрыканцы (a preposition) ends like кіраўніцы; not the title's own (міністр па справах бізнесу X); nor, in
            # Belarusian, whose endings alone read person nouns, one of two cases (практыку пад кіраўніцтвам X: практыку
            # reads like пенсіянерку, and the phrase after пад is the name's; ru, uk and pl dictionaries tell a title
            # whose complement it opens, еврокомиссаром по обороне X)
            return None
        if (table.titles.match(word) and not _common_noun(lang, word) or _person_noun(lang, word)) \
                and not (lang in _MORPHOLOGY_LANGS and (lexicon.adjective_as_noun(word, lang) or lexicon.adjective(word, lang))
                         and lexicon.described_by_adjective(_word(tokens, position - 1), word, lang)):
            # (an adjective that may be a noun for a person, agreeing with the noun after it, describes
            # that noun: "Nowy tomik X", nowy the newcomer; so does an adjective from a title's stem: "о актерском
            # составе шоу X" has шоу's genitive, no actor's apposition; not a title whose form a possessive adjective
            # of another lemma shares: "ministrowi obrony X", ministrowy)
            between = [_word(tokens, p) for p in range(1, position)]
            common = [_word(tokens, p) for p in range(1, position) if not tokens[-p][:1].isupper()]  # not Білорусі, the country
            if lang in _MORPHOLOGY_LANGS and any(lexicon.person_noun(w, lang) and not _a_things_genitive(w, lang)
                                                 and lexicon.person_noun_cases(w, lang) for w in common):
                # (енергетики: energy's, the title's complement, as well as the energy workers.) A plural alone
                # (речниця рятувальників, министр по делам ветеранов, руководитель Союза поляков) is the title's
                # complement too: no one person is in apposition to a plural.
                return None
            # "Журналісти попросили Пєскова": a verb between ends the title's phrase; a Belarusian one, which no
            # dictionary reads, by its table ("Міністр выказаў падзяку X", "Суддзя вынесла прысуд X") or a man's past
            # ending that is no plural genitive ("На пляцы стаяў казак"; not "міністра замежных спраў X").
            if any((lexicon.governor_reading(w, lang) or ("",))[0] in ("object", "verb") or w in table.existential
                   or table.becoming and table.becoming.match(w) for w in between) \
                    or lang == "be" and any(_verb_case(table, _plain_u(lang, w)) or lexicon.belarusian_past_verb(w) for w in between):
                return None
            return len(tokens) - position + 1
    return None


def _title_after(lang: str, tokens: tuple[str, ...], position: int, table: Government) -> bool:
    """True when the token at ``position`` (from the end) is a title: a preposition right after it opens the
    title's own complement (міністр па справах бізнесу, з міністрам па справах бізнесу, minister do spraw
    biznesu), not a phrase of place or time between a noun and a name."""
    word = _word(tokens, position)
    return word is not None and bool(table.titles and table.titles.match(word)) and not _common_noun(lang, word)


def _a_things_genitive(word: str, lang: str) -> bool:
    """True when the dictionary reads ``word`` as a thing's noun in the genitive singular too (енергетики,
    энергетики: of energy; not жены, a person's): after a title it may be the title's complement. ru, uk."""
    return lang in ("ru", "uk") and any(p.is_known and p.tag.POS == "NOUN" and {"inan", "gent"} <= p.tag.grammemes
                                        and "plur" not in p.tag.grammemes
                                        for p in lexicon.pymorphy(lang).parse(word))


def _title_case(lang: str, tokens: tuple[str, ...]) -> str | None:
    """The case of the title right before a person's name, which the name shares (apposition).

    A title in its dictionary form (прэзідэнт, лідарка, prezydentka) is the nominative: "заявіў
    прэзідэнт Лукашэнка" has the title as the verb's subject. Any other form takes its case from
    the words before the title ("з лідаркай", "рэжым прэзідэнта", "падзякаваў міністру"), else
    from its own form when that has one oblique case ("доручив генералу": dat), and by that form
    when the words before give a case it cannot be in ("Письмо мэру": dat, not the genitive)."""
    title = _word(tokens, 1) or tokens[-1].lower()
    before = tokens[:-1]
    known = lexicon.person_noun_cases(title, lang) if lang in _MORPHOLOGY_LANGS else frozenset()
    # (the dictionary knows ватажка: gen or acc of ватажок; and госпожа, г-жа, whose ending no rule reads, as nominatives only)
    if (_nominative_like(title) or known == {"nom"}) and (not known or "nom" in known):
        table = government(lang)
        if lang == "pl" and before and (before[-1].lower() in table.prepositions or before[-1].lower() in table.two_case):
            # "z minister Lubimową", "do senator Narusowej": a Polish title in its dictionary form after a
            # preposition is a woman's, which does not decline; her name takes the preposition's case.
            return _resolved(lang, "person", before)
        return None
    while before and _agrees_like_an_adjective(before[-1], lang):  # "візит білоруського опозиціонера": past its adjectives
        before = before[:-1]
    table = government(lang)
    if len(before) > 2 and before[-1][:1].isupper() and _a_preposition(table, before[-2].lower()) \
            and (lexicon.finite_verb(before[-3], lang) or _verb_case(table, _plain_u(lang, before[-3].lower()))):
        before = before[:-2]  # "прыняў у Вільні міністра": where it happened stands between the verb and its object
    case = _resolved(lang, "person", before) if before else None
    reading = lexicon.governor_reading(title, lang)
    own = reading[1] if reading and reading[0] == "person" else lexicon.noun_case(title, lang)
    after_preposition = bool(before) and (before[-1].lower() in government(lang).prepositions or before[-1].lower() in government(lang).two_case)
    homonymous = _HOMONYMOUS_CASES + _BE_HOMONYMOUS_CASES if lang == "be" and after_preposition else _HOMONYMOUS_CASES
    if own == "ins" and case == "acc" and not after_preposition and lexicon.finite_verb(before[-1], lang):
        return "acc"  # what a verb of the accusative makes its object: "обрали головою X", "wybrał marszałkiem X"
    if case is None or own and own != case and {own, case} not in homonymous:
        return own  # "Письмо мэру Москвы X": the noun before would give a genitive the title is not in
    return case


def _agrees_like_an_adjective(word: str, lang: str) -> bool:
    """True for an adjective, and for a pronoun that declines as one which the dictionary tags a pronoun (uk своєю,
    цим: its table's adjectival_pronouns; the ru dictionary reads своей as an adjective): before a title it agrees
    with the title, whose case the words before them give ("обрали своєю речницею X": the verb's object, acc)."""
    if lexicon.adjective(word, lang):
        return True
    pronouns = government(lang).adjectival_pronouns if lang in ("ru", "uk") else frozenset()
    readings = [p for p in lexicon.pymorphy(lang).parse(word.lower()) if p.is_known] if pronouns else []
    return bool(readings) and all(p.tag.POS == "NPRO" and p.normal_form in pronouns for p in readings)


# A title's form that is one of these is the other as well (генерала: gen or acc; голові: dat or loc).
_HOMONYMOUS_CASES = ({"gen", "acc"}, {"dat", "loc"})
# Belarusian titles are read by their endings, as a man's: -у is his dative (міністру), and a woman's accusative
# as well, which a preposition before it tells (пра паэтэсу X); a verb does not (прысвоілі тытул футбалісту X).
# -ы/-і after a title's stem, which the endings read as the genitive (адвакаты X: X's people), is his locative after a
# preposition of the locative (пры прэм'еры X, аб дырэктары X).
_BE_HOMONYMOUS_CASES = ({"dat", "acc"}, {"gen", "loc"})


def _common_noun(lang: str, word: str) -> bool:
    """A noun the dictionary knows and not for a person: керівництвом begins like керівник."""
    return lang in _MORPHOLOGY_LANGS and lexicon.governor_reading(word, lang) == ("noun", "gen") \
        and not lexicon.person_noun(word, lang)  # главе: a chapter or a head


def _person_noun(lang: str, word: str) -> bool:
    """A noun for a person no title list holds (пресс-секретарь, пенсионерка), by the dictionary;
    not a Belarusian pronoun whose ending reads like one (гэты like паэты)."""
    if lang == "be" and (word in _BE_FUNCTION_WORDS or word.endswith(("скай", "цкай"))):
        return False  # (-скай, -цкай: an adjective's feminine oblique, кіраўніка Данецкай вобласці; no person)
    reading = lexicon.governor_reading(word, lang)
    return bool(reading) and reading[0] == "person"


# Instrumental (and feminine oblique -ой/-ей/-ай) endings: a title ending so is not in its dictionary form.
_OBLIQUE_CONSONANT_ENDINGS = ("ам", "ям", "ом", "ем", "ём", "ым", "ім", "им", "ой", "ей", "ай", "яй", "ёй", "єм", "em", "om",
                              "ej", "ym", "im",  # przewodniczącej, przewodniczącym
                              "аў", "яў", "оў", "ёў")  # the Belarusian genitive plural: міністраў, дэпутатаў


def title_in_its_dictionary_form(word: str, lang: str) -> bool:
    """True for a title (government table) in the nominative: a noun for a person the dictionary reads so (мер,
    губернатор, minister; not мережа, which only begins like one), or, where the dictionary has no such reading, a
    title by its nominative's ending: a woman's, which Morfeusz files with every feminine noun (historyczka,
    sprinterka), one pymorphy lacks (спринтерша), and a Belarusian one, which no dictionary reads (спрынтарка)."""
    table = government(lang)
    lowered = word.lower()
    if not (table and table.titles and table.titles.match(lowered)):
        return False
    cases = lexicon.person_noun_cases(lowered, lang)
    return "nom" in cases or not cases and _nominative_like(lowered) and not (lang in ("ru", "uk") and lexicon.known_word(lowered, lang))


def _nominative_like(word: str) -> bool:
    """A title's dictionary form: a bare consonant stem (міністр, prezydent; not міністрам), a feminine -ка/-ца
    after a consonant (лідарка, prezydentka, кіраўніца; not кіраўніка), -ня/-я (старшыня, суддзя, судья),
    Polish -ista/-eta (aktywista, poeta), a Russian woman's -рша (спринтерша) or an indeclinable пані/pani."""
    if word[-1:] not in lexicon.VOWELS:
        return not word.endswith(_OBLIQUE_CONSONANT_ENDINGS)
    if word.endswith(("ка", "ka")) and len(word) > 3 and word[-3] not in lexicon.VOWELS:
        return True
    return word in ("пані", "pani") or word.endswith(("ца", "ця", "ня", "зя", "дя", "ья", "ja", "ia", "ista", "ysta", "eta", "рша"))


def _quoted(text: str, start: int) -> bool:
    """True when an opening quote stands between the name and the word before it."""
    position = start
    while position and (text[position - 1].isspace() or text[position - 1] in _OPENING_QUOTES):
        position -= 1
        if text[position] in _OPENING_QUOTES:
            return True
    return False


def _introduces_subject(tokens: Sequence[str], table: Government) -> bool:
    """True for "як заявіў X", "— сказаў X", "«…», сказаў X": the name after the verb is its subject."""
    before_verb = tokens[-2].lower() if len(tokens) > 1 else ""
    if before_verb in table.subject_after:
        return True
    return before_verb == "," and len(tokens) > 2 and tokens[-3] in _CLOSING_QUOTES


def preposition_default(text: str, start: int, lang: str) -> str | None:
    """The usual case of a two-case preposition right before ``text[start:]`` (на: loc), for a form
    that cannot be in the case the kind of name gave ("На Ермошиной лежить": not the accusative)."""
    table = government(lang)
    previous = _word_before(text, start) if table else None
    rule = table.two_case.get(previous) if previous else None
    return rule.default if rule else None


def preposition_cases(text: str, start: int, lang: str) -> frozenset[str]:
    """Every case the preposition right before ``text[start:]`` can govern (pl o: loc or acc, never the
    dative); empty where no preposition stands there."""
    table = government(lang)
    tokens = _past_a_determiner(_tokens_before(text, start), table) if table else None
    previous = _word(tokens, 1) if tokens else None
    if previous is None:
        return frozenset()
    return _cases_of(table, previous)


def _cases_of(table: Government, preposition: str) -> frozenset[str]:
    """Every case ``preposition`` (one word or a compound one) can govern; empty for no preposition."""
    if preposition in table.prepositions:
        return table.several_cases.get(preposition) or frozenset({table.prepositions[preposition]})
    rule = table.two_case.get(preposition)
    return frozenset({rule.default, *rule.by_kind.values(), *(case for _, case in rule.after)} - {None}) if rule else frozenset()


def _word_before_and_its_two_case_rule(text: str, start: int, lang: str) -> tuple[Government | None, list[str] | None, str | None, TwoCase | None]:
    """The government table of ``lang``, the tokens before ``text[start:]``, the plain word right before it and that
    word's two-case rule (None where it is no two-case preposition, or no word stands there): the four things a verb
    or "with" before a name is read from (chosen_by_its_verb, with_a_person)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    previous = _word(tokens, 1) if tokens else None
    return table, tokens, previous, table.two_case.get(previous) if previous else None


def chosen_by_its_verb(text: str, start: int, end: int, lang: str) -> str | None:
    """The case a finite verb gives ``text[start:]`` by its table: right before it, not negated (згадав X:
    acc; przyglądali się X: dat; висунули X обвинувачення: the dative of a thing given), or before a two-case preposition right before it ("привезли генератори у
    X", "поїхали у X": acc); None where no such verb does, or unprefixed "go", which also means "go on"
    (війна йде в Україні). Stronger than another language's ending: MT writes its own locative after a
    verb of motion, its own genitive after a verb of the accusative, as readily as a right one."""
    table, tokens, previous, rule = _word_before_and_its_two_case_rule(text, start, lang)
    if rule is None:
        verb = _word(tokens, 2) if lang == "pl" and previous == "się" else previous
        negated = _word(tokens, 3 if verb is not previous else 2) in _NEGATIONS
        if not verb or negated or not lexicon.finite_verb(verb, lang) or _introduces_subject(tokens, table):
            return None
        # The one a thing given goes to is in the dative ("висунули X обвинувачення", "назначил X срок"), where a dictionary
        # tells the thing's accusative (ru, uk; Belarusian endings do not: "віталі X кветкамі" gives no flowers to X).
        if _given_after(text, end, lang, table):
            return "dat" if lang in ("ru", "uk") else None
        return _verb_case(table, _plain_u(lang, verb))
    return next((case for governor in _governors(tokens, lang)
                 if lexicon.finite_verb(governor, lang) and not governor.startswith(_GOING_ON)
                 for pattern, case in rule.after if pattern.match(governor)), None)


# A negated verb may take the genitive for its accusative (не згадав Мілашиної, nie widział Zbarskiego).
_NEGATIONS = frozenset({"не", "ня", "nie"})


def with_a_person(text: str, start: int, lang: str) -> bool:
    """True right after the preposition "with" (pl z, ru с, uk/be з), which takes a person in the
    instrumental: its genitive means "from", which a person seldom is, so a wrong spelling in the
    genitive (MT's "wygrała z Dementievej") is no reading of the draft worth keeping."""
    table, tokens, previous, rule = _word_before_and_its_two_case_rule(text, start, lang)
    return rule is not None and rule.by_kind.get("person") == "ins" and not any(
        pattern.match(governor) for governor in _governors(tokens, lang) for pattern, case in rule.after if case != "ins")


def _governors(tokens: Sequence[str], lang: str) -> list[str]:
    """The words before a two-case preposition that may choose its case: the verb, or the verb before its
    object and the object's adjective ("przerzucili wojska pod Bachmut", "привезли гуманітарну допомогу в
    Дубосари"), within the phrase: a mark or another preposition ends it. Before з/с/z ("with" or "from"), a verb
    ends it too: a noun before it is its subject's, no party of "with" ("Зборная па барацьбе вярнулася з X": from
    there). (Not before в/у/на/за, whose verb may stand past a word the endings read as a verb too: "атакі
    беспілотнікаў на X", "schowali działa za X".)"""
    table, governors, score = government(lang), [], _score_before(tokens)
    up_to_a_verb = _word(tokens, 1) in table.sources
    for position in range(2 + score, min(len(tokens), 4 + _COORDINATED_OBJECT * _joins_objects(tokens) + score) + 1):
        word = _word(tokens, position)
        if word in table.sources:
            continue  # past a where-from: "ездзіць з Мінска ў X", the route's verb
        if word in table.toward and len(governors) == 1 and not score:
            # past "to someone's": "выехалі да сваякоў у X", the verb's destination (not "да нічыёй 2-2 з X", until a
            # contest whose score says it is one: its noun chooses)
            governors.clear()
            continue
        if word is None or word in table.prepositions or word in table.two_case or word in table.person_prepositions:
            break
        governors.append(_plain_u(lang, word))
        if up_to_a_verb and lexicon.finite_verb(word, lang):
            break
    destination_verb = None if up_to_a_verb or score else _verb_past_its_destination(tokens, lang, _WORDS_BEFORE_THE_DESTINATION)
    return [destination_verb, *governors] if destination_verb else governors


def _verb_past_its_destination(tokens: Sequence[str], lang: str, words_between: int = 0) -> str | None:
    """The verb of motion before a destination or purpose phrase of на (a noun, past one adjective) that stands between
    the verb and the в/у ending ``tokens``: "поїхали на літню практику в X", "ездзяць на працу ў X". The verb takes
    на of direction too (its table's ``after.acc`` for на), so the phrase is where or what for it goes, and the place
    after в/у is where to, as right after the verb. Not after another verb ("перевели на русский язык в Москве":
    translated) nor after в/у's own phrase ("влучила в підприємство в X", "адправілі ў турму ў X": the prison's
    place), nor before под/за/на, whose place after a noun is near it (на полигон под X). With ``words_between``, the verb
    may stand that many plain words before на, past its object or an adverb ("прывезла дзяцей на збор у X", "прыехалі
    ўчора на канцэрт у X"): enough to choose the case of a wrong spelling, not to override a draft's locative there,
    which may name where the camp or concert is."""
    table = government(lang)
    outer, inner = table.two_case.get(_word(tokens, 1) or ""), table.two_case.get(_DESTINATION)
    if outer is None or inner is None or _word(tokens, 1) not in _WHERE_TO:
        return None
    noun_at = 3 if lexicon.adjective(_word(tokens, 3) or "", lang) and _word(tokens, 4) == _DESTINATION else 2
    noun, preposition = _word(tokens, noun_at), _word(tokens, noun_at + 1)
    if not (noun and preposition == _DESTINATION) or not _PLAIN_WORD.fullmatch(noun) or not tokens[-noun_at][:1].islower():
        return None
    # Past the verb's object or an adverb: plain lower-case words, no verb, preposition or where-from among them, which
    # would open a phrase of their own.
    for position in range(noun_at + 2, noun_at + 3 + words_between):
        verb = _plain_u(lang, _word(tokens, position))
        if verb is None or not tokens[-position][:1].islower():
            return None
        goes_there = any(pattern.match(verb) for pattern, case in inner.after if case == "acc")
        if goes_there and not verb.startswith(_GOING_ON) and any(pattern.match(verb) for pattern, case in outer.after if case == "acc"):
            return verb
        if lexicon.finite_verb(verb, lang) or verb in table.prepositions or verb in table.two_case or verb in table.sources \
                or verb in table.person_prepositions:
            return None
    return None


_WORDS_BEFORE_THE_DESTINATION = 2  # between a verb of motion and its на phrase: its object and an adverb at most


_DESTINATION = "на"  # be, ru, uk: the preposition of a destination or purpose phrase (на працу, на переговоры)
_WHERE_TO = frozenset({"в", "во", "у", "ў"})  # the two-case prepositions whose place a verb of motion past it sends where to


def _two_case_by_the_verb_after(text: str, start: int, end: int, lang: str, tokens: Sequence[str], case: str | None) -> str | None:
    """The case a verb right after a place gives it after a two-case preposition that nothing before chose
    ("на Дрывяты вярнуўся вугор", "у Мінск прыехалі": where to, as "вярнуўся на Дрывяты"): the verb's own from the
    preposition's table, where it is a finite verb there. A form that is that case's alone keeps it (у Мінску
    вярнуўся снег: cases_in_context)."""
    table = government(lang)
    rule = table.two_case.get(_word(tokens, 1) or "")
    if rule is None or case != rule.by_kind.get("place", rule.default) or chosen_by_its_verb(text, start, end, lang) \
            or _word(tokens, 1) in table.sources:
        return None  # (з, z: "with" or "from" goes by the words before; "Kibice z Witebska spotkali się" are from there)
    following = _word_past_adverbs(text, end, lang)
    verb = _plain_u(lang, following.group(1).lower()) if following else None
    if not verb or not lexicon.finite_verb(verb, lang) or verb.startswith(_GOING_ON):
        return None
    return next((after for pattern, after in rule.after_for("place") if pattern.match(verb) and after != case), None)


_COORDINATED_OBJECT = 2  # the words an object of two nouns adds between a verb and its preposition: "ваду і хлеб"


_SCORE_TOKEN = re.compile(r"\d+|[-–:]")


def _score_before(tokens: Sequence[str]) -> int:
    """How many tokens of a score or number stand right before the preposition ending ``tokens`` ("нічыёй 2-2 з X",
    "remisie 2:2 z X", "матч 1/8 фіналу" not): the noun before them chooses its case, as if they were not there."""
    count = 0
    while count + 2 <= len(tokens) and _SCORE_TOKEN.fullmatch(tokens[-(count + 2)]):
        count += 1
    return count if count and tokens[-2][:1].isdigit() and tokens[-(count + 1)][:1].isdigit() else 0


def _joins_objects(tokens: Sequence[str]) -> bool:
    """True when the two words before the preposition ending ``tokens`` are "and" and a noun, the second of two
    objects ("прывезлі ваду і хлеб у X", "привезли воду и хлеб в X"): the verb that chooses the case stands past both."""
    return len(tokens) > 4 and _word(tokens, 3) in _CONJUNCTIONS and tokens[-2][:1].islower()


def _plain_u(lang: str, word: str | None) -> str | None:
    """A Belarusian word's ў after a vowel written у, as the tables list it (ўручылі: уручы, ўездзе: уезд)."""
    return "у" + word[1:] if lang == "be" and word and word.startswith("ў") and len(word) > 1 else word


def after_preposition(text: str, start: int, lang: str) -> bool:
    """True when a preposition stands right before ``text[start:]`` (or before a form of "all" there, па ўсёй): the only
    place a locative can be."""
    table = government(lang)
    tokens = _past_a_determiner(_tokens_before(text, start), table) if table else None
    previous = _word(tokens, 1) if tokens else None
    return bool(previous) and (previous in table.prepositions or previous in table.two_case
                               or previous in table.person_prepositions or _compound_preposition(tokens, table))


def _compound_preposition(tokens: Sequence[str], table: Government) -> bool:
    """True when the words before a name end in a preposition of several words (ў бок, w kierunku)."""
    return any(all(words := [_word(tokens, position) for position in range(count, 0, -1)]) and " ".join(words) in table.prepositions
               for count in range(2, min(table.longest, len(tokens)) + 1))


def after_an_oblique_title(text: str, start: int, end: int, lang: str) -> bool:
    """True when a title or a noun for a person not in its dictionary form stands right before
    ``text[start:end]`` ("про режисера Сенцов заговорили", "z prezydentem Zełenski"): a name in
    apposition takes its case. A verb after the name that agrees with it may have it as its subject
    ("Після виступу президента Зеленський поїхав"): the nominative then stays, unless a noun that
    opens the clause can be that verb's subject ("Rozmowa z posłem Bojką trwała")."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    if _verb_after(text, start, end, lang) and (not _subject_before(text, end, lang, tokens or [])
                                                or _subject_before(text, end, lang, tokens or [], person=True)):
        return False  # (the nominative stays too where the subject is a person the name may stand in apposition to)
    title = _title_word(tokens, lang) if tokens else None
    if title is None or _nominative_like(title) or title in table.prepositions or title in table.two_case:
        return False
    if lexicon.finite_verb(title, lang):
        return False  # be "падрыхтавала" ends like генерала
    # Belarusian has no dictionary to tell a noun for a person: its title table alone counts.
    return bool(table.titles and table.titles.match(title) and not _common_noun(lang, title)) \
        or lang in _MORPHOLOGY_LANGS and _person_noun(lang, title)


def after_a_title(text: str, start: int, end: int, lang: str) -> bool:
    """True where a word in lower case can only be the person it spells: right after a title or a noun
    for a person not in its dictionary form ("над анархістам дзядком", "dla anarchisty dziadka"), or
    two to four plain words past a title ("министр обороны хренин"), in apposition to it; not when the
    word reads as a verb or an adverb (Мама купала, журналистам бойко)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table and table.titles else None
    word = text[start:end]
    if not tokens or " " in word or after_preposition(text, start, lang) or lexicon.finite_verb(word, lang) \
            or lexicon.particle_or_adverb(word, lang):
        return False  # (after a preposition, a title further back heads no apposition: "ассистентку за ширму")
    return after_an_oblique_title(text, start, end, lang) or _title_before(lang, tuple(tokens), table) is not None


def _title_word(tokens: Sequence[str], lang: str) -> str | None:
    """The title a name after ``tokens`` stands beside: the word right before it, or a title two to four
    words back past its complement, a common noun the dictionary reads (Лидера оппозиционной партии X).
    A capitalised word no dictionary reads may be a first name (Muzyka Stanislava X): it ends the look back,
    unless a title stands before it, whose complement it is, a proper noun (з віцэ-прэзідэнтам ЗША X, над мэром Гомеля X)."""
    word = _word(tokens, 1)
    complement = len(tokens) > 1 and _place_or_body(tokens[-1], lang)
    if not complement and (lang not in _MORPHOLOGY_LANGS or len(tokens) < 2 or lexicon.governor_reading(word or "", lang) != ("noun", "gen")
                           or lexicon.person_noun_cases(word, lang)):
        return word
    near = tuple(tokens[-(_TITLE_REACH + 2):])
    far = _title_before(lang, near, government(lang))
    return _word(near[:far], 1) if far else word


def _place_or_body(word: str, lang: str) -> bool:
    """True for a proper noun that is a title's complement, no first name: an acronym (ЗША, НАТО, MSZ), or
    a place or body the dictionary names (Гомеля, Polski); Belarusian, with no such dictionary, acronyms only."""
    if len(word) > 1 and word.isupper():
        return True
    if not word[:1].isupper():
        return False
    if lang in ("ru", "uk"):
        return any(p.is_known and lexicon.PLACE_NAME_TAGS & p.tag.grammemes for p in lexicon.pymorphy(lang).parse(word))
    if lang == "pl":
        return any({"nazwa_geograficzna", "nazwa_organizacji"} & set(names) for _, _, (_, _, _, names, _) in lexicon.morfeusz().analyse(word))
    return False


def oblique_title_cases(text: str, start: int, lang: str) -> tuple[str, ...]:
    """The oblique cases the title right before ``text[start:]`` can be in as a noun for a person,
    when it cannot be the nominative (Прем'єра: gen or acc; not прем'єр). ru, uk, pl."""
    tokens = _tokens_before(text, start) if lang in _MORPHOLOGY_LANGS else None
    title = _title_word(tokens, lang) if tokens else None
    cases = lexicon.person_noun_cases(title, lang) if title else frozenset()
    return () if not cases or "nom" in cases else tuple(case for case in ("gen", "dat", "acc", "ins", "loc") if case in cases)


def located_after_a_noun(text: str, start: int, lang: str, kind: str) -> bool:
    """True for "Готелі в Умань", "термінал у Бориспіль": a place after a preposition of two cases
    that a noun of no motion (квитки, дорога and the like are listed with the verbs of motion) puts
    in its locative. A clause with a verb of motion anywhere ("прыехалі на турнір у Брэст") or a
    where-from ("з Оршы ў Мінск") may mean the accusative: not then."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    if kind != "place" or not tokens or len(tokens) < 2:
        return False
    rule = table.two_case.get(_word(tokens, 1) or "")
    noun = _word(tokens, 2)
    if rule is None or rule.default != "loc" or kind in rule.by_kind or noun is None or not _a_noun(lang, noun) \
            or lang not in _MORPHOLOGY_LANGS and lexicon.finite_verb(noun, lang):
        return False  # (a Belarusian noun by elimination that may be a verb, прыязджаў, is no sure noun: the draft stays)
    # The clause before the preposition, and the verbs after the place up to a mark ("Автобусы в Ирпень идут"; not a
    # noun of another phrase: "стрэльбішча ў Раўбічы адкрылі да этапу Кубка"); after it, a where-from names a place
    # ("в Ирпень из Киева"), not "одну из линий".
    before = [_plain_u(lang, token.lower()) for token in _clause(tokens[:-1])]
    after = _PLAIN_WORD.findall(re.split(r"[.!?;:,—–]", text[start:], 1)[0])
    sources = before + [word.lower() for word, following in zip(after, after[1:]) if following[:1].isupper()]
    clause = before + [word.lower() for word in after if lexicon.finite_verb(word.lower(), lang)]
    return not any(word in table.sources for word in sources) \
        and not any(pattern.match(word) for pattern, case in rule.after if case != "loc" for word in clause)


def located_by_its_verb(text: str, start: int, lang: str, kind: str) -> bool:
    """True for "Вибухи пролунали в Чугуїв": a place after a preposition of two cases right after a
    verb of being or happening somewhere (its table's ``after.loc``: пролунали, живуць, родился), which
    puts it in the locative, or after за in the instrumental ("Авария произошла за Тобол": beyond it, where;
    its ``after.ins``); a verb of motion or none says nothing."""
    return bool({"loc", "ins"} & _cases_by_the_verb_right_before(text, start, lang, kind))


def located_by_the_verb_after(text: str, start: int, end: int, lang: str, kind: str) -> bool:
    """True for "Нині в Поріччя працює одна смуга": a place after a preposition of two cases that nothing before
    chose, right before a finite verb of being or happening somewhere (past up to two adverbs; its table's ``after.loc``),
    which puts it in the locative, as the same verb before it does (працює в Поріччі)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    rule = table.two_case.get(_word(tokens, 1) or "") if tokens else None
    if kind != "place" or rule is None or _cases_by_the_verb_right_before(text, start, lang, kind) \
            or chosen_by_its_verb(text, start, end, lang):
        return False
    verb = _verb_after_a_place(text, end, lang)
    return bool(verb and any(pattern.match(verb) for pattern, case in rule.after_for(kind) if case == "loc"))


_PHRASE_REACH = 3  # the words of a phrase of time or place between a place and its verb: "під час війни", "за десять лет"


def _verb_after_a_place(text: str, end: int, lang: str) -> str | None:
    """The finite verb after ``text[:end]``, past up to two adverbs, or past a preposition's phrase of time or place
    of a few lower-case words ("У Понари під час війни загинули", "В Сопоцкин впервые за десять лет открылся"):
    the verb whose place it is."""
    table = government(lang)
    following = _word_past_adverbs(text, end, lang)
    word = following.group(1).lower() if following else None
    if word is not None and (word in table.two_case or any(key == word or key.startswith(word + " ") for key in table.prepositions)):
        for _ in range(_PHRASE_REACH):
            following = _NEXT_WORD.match(text, following.end())
            if following is None or not following.group(1).islower():
                return None
            if lexicon.finite_verb(_plain_u(lang, following.group(1)), lang):
                break
        word = following.group(1)
    verb = _plain_u(lang, word)
    return verb if verb and lexicon.finite_verb(verb, lang) else None


def sent_by_its_verb(text: str, start: int, lang: str, kind: str) -> bool:
    """True for "Сям'я паехала ў Петрыкаве": a place after a preposition of two cases right after a verb
    of motion (its table's ``after.acc``), which puts it in the accusative, where to; not one read as a
    verb of being as well, nor a noun of travel (Экскурсия в Кореличах), nor unprefixed "go", which also
    means "go on" (Опера идёт в Киеве, війна йде в Україні)."""
    tokens = _tokens_before(text, start) or []
    verb = _the_verb_before(tokens, lang) if len(tokens) > 1 else None
    # (a Belarusian present the table lists by its ending, едзе, едуць, перавязуць, whose shape alone tells its form)
    a_verb = verb is not None and bool(lexicon.finite_verb(verb, lang) or lang == "be" and lexicon.belarusian_present_verb(verb, listed=True))
    return a_verb and not verb.startswith(_GOING_ON) and _cases_by_the_verb_right_before(text, start, lang, kind) == {"acc"}


# Unprefixed "go" in be, ru, uk (ідзе, идёт, йде, іде, шёл, йшов): also "be on, go on", where the place is where.
_GOING_ON = ("ід", "ишл", "ид", "йд", "йш", "ішл", "ішов", "ішоў", "шёл", "шел", "шла", "шли", "шло")


def _cases_by_the_verb_right_before(text: str, start: int, lang: str, kind: str) -> set[str]:
    """The cases the verb right before a two-case preposition before a place gives it by the table."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    if kind != "place" or not tokens or len(tokens) < 2:
        return set()
    rule = table.two_case.get(_word(tokens, 1) or "")
    verb = _the_verb_before(tokens, lang)
    return {case for pattern, case in rule.after_for(kind) if pattern.match(verb)} if rule is not None and verb is not None else set()


def _the_verb_before(tokens: Sequence[str], lang: str) -> str | None:
    """The word that chooses the case of the two-case preposition ending ``tokens`` from right before it, or the verb
    before a destination phrase between them ("ездзяць на працу ў X": ездзяць)."""
    right_before = _plain_u(lang, _word(tokens, 2))
    if right_before is None or lexicon.finite_verb(right_before, lang):
        return right_before
    return _verb_past_its_destination(tokens, lang) or right_before


# A name ending in a consonant, which a woman's surname may be, undeclined (Кузнец, Kowal).
_CONSONANT_FINAL = re.compile(r"[^\W\d_аяеэёоуюыіиьйaąeęioóuy]$", re.IGNORECASE)


def after_a_verb_not_its_own(text: str, start: int, end: int, lang: str, kind: str = "person", gender: str | None = None,
                             by_agreement_only: bool = False) -> bool:
    """True right after a finite verb that cannot have the name as its subject: a plural one with no
    other name joined to this one ("зустріли Бубка", "pogratulowali Azarenka"), a neuter one (a person
    is never neuter: "Міністерство доручило Будка"), or one of the other gender where the name's ending
    tells it (a place's by its noun ending: "przepłynął Berezyna"), or the termbase's ``gender`` of the
    person does ("Уорэн крытыкавала Трамп": he is a man). The name is its object, in the case it governs.
    ``by_agreement_only``: a person only where the verb's number or gender excludes them, not where another word
    before it is read as its subject (a pronoun, a title, a noun), which may be the object put first."""
    tokens = _tokens_before(text, start)
    verb = _word(tokens, 2 if tokens and tokens[-1] == "się" else 1) if tokens else None  # past a Polish się
    agreement = lexicon.finite_verb(verb, lang) if verb else None
    table = government(lang)
    a_known_man = gender == "masc"  # the termbase's word, not a guess from the name's ending
    if agreement is None or table and verb.lower() in table.adverbs:
        return False  # (be verbs go by their endings: "Калі Украіна праіграе" opens with if, not a plural past)
    verb_at = len(tokens) - (2 if tokens[-1] == "się" else 1)
    if table and verb_at > 0 and _a_preposition(table, tokens[verb_at - 1].lower()):
        return False  # a word right after a preposition is its object, no verb: "Pod opieką X" (opieką, as if of opiec)
    if by_agreement_only and kind == "person" and agreement[0] == "sing" and agreement[1] in ("masc", "femn"):
        return False  # a sex guessed from a name is no proof (Вершы перакладаў Купала: a man's -а); only number and neuter
    if kind == "person" and gender and agreement[0] == "sing" and agreement[1] in ("masc", "femn") and agreement[1] != gender:
        # A singular verb of the other sex has neither the person nor any pair they open for its subject (a verb
        # agreeing with the nearest of two names agrees with them): "крытыкавала Трамп і яго кандыдата".
        return True
    if _joins_a_second_name(text, end, lang):
        return False
    if kind == "place":
        if _REFLEXIVE.search(verb):
            return False  # a reflexive verb has no object: "Рассказ назывался «Узда»" names it, in the nominative
        gender = _PLACE_GENDERS.get(text[start:end].split()[-1][-1:].lower(), "masc")
        # (a plural verb has no one place for its subject: "ЗСУ контролювали Суджа")
        return gender != "plur" and (agreement[0] == "plur" or bool(agreement[1]) and agreement[1] != gender)
    name_gender = gender or _person_gender(text, start, end, lang)
    if not _agrees(agreement, name_gender):  # (a person is never neuter: "Міністерство доручило Будка")
        return True
    if by_agreement_only:
        return False
    head = tokens[: len(tokens) - (2 if tokens[-1] == "się" else 1)]
    if _shares_a_subject_before(head, agreement, lang):
        return True  # "Фетэль сышоў на піт-стоп і пакінуў X": the subject of the verb before "and" is this one's too
    if (a_known_man or not _CONSONANT_FINAL.search(text[start:end])) and _pronoun_subject_before(head, agreement, lang, table):
        return True  # "Он похвалил X", "Ён учора падзякаваў X": the pronoun is the subject (a woman's X in a consonant may be right)
    if lang == "be" and (a_known_man or not _CONSONANT_FINAL.search(text[start:end])) and agreement[0] == "sing" \
            and _a_title_heads_the_clause(head, table):
        return True  # "Прэзідэнт Украіны падзякаваў X": the title is the subject, where no dictionary tells Belarusian nouns
    # The verb has its subject before it ("Міністр доручив Кислиці"): a noun before any preposition of
    # the clause ("W piątek podziękował Tusk": piątek is no subject) that no adverb reading shares, and
    # that cannot be the object put first ("План підтримав Туск": the plan is what Tusk backed). A Polish title
    # that is also a woman's indeclinable noun (premier, minister) is a man's before a masculine verb: no object.
    # Where an object in the accusative alone follows the name ("ПАСЕ вручила X премию", "Фонд выделил X
    # прэмію"), none stands first: any noun or name before the verb is its subject. (Not for a name ending
    # in a consonant, which a woman bears undeclined: "Трибунал дал Кузнец пять лет" may be right; where the termbase
    # says the person is a man, his surname declines: "Галоўны трэнер даверыў Стасевіч павязку" needs Стасевічу.)
    # The object put first is in the case the verb governs: before a verb of the dative that takes no accusative, a
    # noun that has no dative form like its nominative ("Суд отказал X", "Банк відмовив X") is its subject, not its
    # object. Nor is an institution the object put first, its accusative though its nominative be ("Sąd skazał X",
    # "Urząd wezwał X": the court sentenced X; a person sentences no court).
    object_after = (a_known_man or not _CONSONANT_FINAL.search(text[start:end])) \
        and (_given_after(text, end, lang, table) or _predicate_after(text, end, lang, table, verb)
             or _infinitive_after(text, end, lang, table, verb))
    object_case = frozenset({"dat"}) if table.dative_alone and table.dative_alone.match(verb.lower()) else frozenset({"acc"})
    return (lang in _MORPHOLOGY_LANGS or object_after) and any(
        word not in table.adverbs and not lexicon.particle_or_adverb(word, lang) and lexicon.can_be_subject_of(word, lang, agreement)
        and (object_after or not lexicon.object_case_possible(word, lang, object_case) or word in table.institutions
             or agreement[1] == "masc" and "nom" in lexicon.person_noun_cases(word, lang))
        for word in _clause_head(head, table)) or object_after and (_a_name_opens(head, lang, table) or _a_relative_opens(head, table))


def _a_relative_opens(tokens: Sequence[str], table: Government) -> bool:
    """True when the clause ``tokens`` end opens with a relative pronoun in the nominative ("слідчий, який допоміг",
    "врач, который посоветовал"): the subject of the verb after it. (Its caller asks too that the name after the
    verb be its object by what follows, as an accusative который may be the object: "дом, который построил X".)"""
    clause = [token.lower() for token in _clause(tokens)]
    return bool(clause) and clause[0] in table.relatives


def _infinitive_after(text: str, end: int, lang: str, table: Government, verb: str) -> bool:
    """True when ``verb`` takes an object (поручить, допомогти, попросить) and an infinitive follows the name: the
    name between them is the one asked or helped to do it, the verb's object ("Департамент поручил X проверить
    анкеты", "Слідчий допоміг X повернути гроші"), as an accusative object after it makes it. ru, uk (pymorphy3
    tells the infinitive)."""
    if lang not in ("ru", "uk") or _verb_case(table, verb.lower()) not in ("dat", "acc"):
        return False
    following = _NEXT_WORD.match(text, end)
    parses = [p for p in lexicon.pymorphy(lang).parse(following.group(1).lower()) if p.is_known] \
        if following and following.group(1).islower() else []
    # (pymorphy3's Ukrainian dictionary tags an infinitive as a verb with "infn")
    return bool(parses) and all(p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in parses)


def _predicate_after(text: str, end: int, lang: str, table: Government, verb: str) -> bool:
    """True when ``verb`` takes an object and its predicate in the instrumental (призначив X головою, назвал X
    лучшим, нагородив X орденом) and a word in the instrumental follows the name: the name between them is the
    object, in the accusative, as an accusative object after it makes it ("ПАСЕ вручила X премию")."""
    if not (table.predicate_verbs and table.predicate_verbs.match(verb.lower())):
        return False
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1).islower() and not _instrumental_possible(following.group(1), lang) \
            and (lexicon.adjective_reading(following.group(1), lang) or _a_pronouns_instrumental(following.group(1), lang)):
        following = _NEXT_WORD.match(text, following.end())  # past a word that describes it: "назвав X своїм наставником"
    return bool(following and following.group(1).islower() and _instrumental_possible(following.group(1), lang))


def _a_pronouns_instrumental(word: str, lang: str) -> bool:
    """True when ``word`` may be a pronoun in the instrumental (своїм, цим, своим: the dictionary's NPRO or Apro). ru, uk."""
    return lang in ("ru", "uk") and any(p.tag.case == "ablt" and ({"NPRO", "Apro"} & p.tag.grammemes)
                                        for p in lexicon.pymorphy(lang).parse(word.lower()))


def _a_title_heads_the_clause(tokens: Sequence[str], table: Government) -> bool:
    """True when a title in its dictionary form (прэзідэнт, прэм'ер-міністр, кіраўніца, старшыня) stands in the clause
    ``tokens`` end, before any preposition: the subject of the verb after it, whose object the person after the verb is
    ("Прэм'ер-міністр даручыў X", "Прэзідэнт Украіны падзякаваў X"). A title in an oblique case (Прэзідэнту, Міністрам)
    may be the object put first, or a predicate, and the person the subject: it does not count."""
    return bool(table.titles) and any(table.titles.match(word) and _nominative_like(word) for word in _clause_head(tokens, table))


def _pronoun_subject_before(tokens: Sequence[str], agreement: lexicon.Agreement, lang: str, table: Government) -> bool:
    """True when a personal pronoun in the nominative that agrees with the verb stands right before it, past up to
    two adverbs or particles ("Он похвалил", "Ён учора не падзякаваў", "On wczoraj pochwalił"): the verb's subject.
    (A pronoun is never the object put first: that would be его, яго, jego.) Any other word ends the look back, so a
    pronoun of another clause does not count ("Он ушёл и место занял X")."""
    for word in [token.lower() for token in tokens[-3:]][::-1]:
        if lexicon.pronoun_agrees(word, lang, agreement):
            return True
        if not (word in table.adverbs or lexicon.particle_or_adverb(word, lang)):
            return False
    return False


def _a_name_opens(tokens: Sequence[str], lang: str, table: Government) -> bool:
    """True when a capitalised word stands in the clause ``tokens`` end, before any preposition: a name or
    an acronym (ПАСЕ, Reuters), unless it is an ordinary word opening the sentence (Учора, Wczoraj)."""
    clause = _clause(tokens)
    head = next((clause[:i] for i, word in enumerate(clause) if word.lower() in table.prepositions
                 or word.lower() in table.two_case), clause)
    return any(_capital_of_a_name(word, not i, lang) and word.lower() not in table.adverbs for i, word in enumerate(head))


def _capital_of_a_name(word: str, opens: bool, lang: str) -> bool:
    """True when ``word``'s capital is a name's or an acronym's (Лукашэнка, ПАСЕ): any capitalised word's but that of
    one that ``opens`` the clause and that the dictionary knows as an ordinary word (Учора, Wczoraj): the sentence's."""
    return word[:1].isupper() and not (opens and lexicon.known_common_word(word, lang))


def _clause_head(tokens: Sequence[str], table: Government) -> list[str]:
    """The words of the clause that ``tokens`` end, up to its first preposition: after it come the
    preposition's objects, no subject."""
    clause = [token.lower() for token in _clause(tokens) if _PLAIN_WORD.fullmatch(token)]
    return next((clause[:i] for i, word in enumerate(clause) if word in table.prepositions or word in table.two_case
                 or word in table.person_prepositions), clause)


# A place's grammatical gender by its last letter (a consonant: masculine); plural-only places say "plur".
_PLACE_GENDERS = {**dict.fromkeys("аяaą", "femn"), **dict.fromkeys("оеёoe", "neut"), **dict.fromkeys("ыіиyi", "plur"),
                  "ь": "plur"}


def after_people(text: str, start: int, lang: str) -> bool:
    """True right after a plural noun for people ("Мешканці Бровари", "Mieszkańcy Browary", in any case: "до
    мешканців Гянджа"): a place after them is their genitive. ru, uk, pl by their dictionaries; be by its table
    ("Жыхары Кімры")."""
    if lang not in _MORPHOLOGY_LANGS:
        table = government(lang)
        return _right_after(table and table.people, text, start)
    word = _word_before(text, start)
    return word is not None and (lexicon.people_noun(word, lang) or lexicon.governor_reading(word, lang) == ("person", "gen"))


def after_a_settlement(text: str, start: int, lang: str) -> bool:
    """True right after a kind of settlement ("над містом Казань"): the place agrees with it in case."""
    table = government(lang)
    return _right_after(table and table.settlement_kinds, text, start)


def after_a_nominative_kind(text: str, start: int, lang: str) -> bool:
    """True right after a kind of place whose name does not agree with it (у озера Рица, в штате Техас, на озері Світязь;
    Rosenthal's Handbook § 197, and so in Ukrainian): the name is in the nominative, whatever the kind word's case."""
    table = government(lang)
    return _right_after(table and table.nominative_kinds, text, start)


def after_a_territory(text: str, start: int, lang: str) -> bool:
    """True right after a form of a kind of town or land (в городе, регентство, hrabstwa): the name after it is the
    place's, in apposition, even where a termbase calls the name a person's (Padang, Donggala: a dictionary's guess)."""
    table = government(lang)
    return _right_after(table and table.place_kinds, text, start) and _right_after(table.territories, text, start)


def after_a_womans_title(text: str, start: int, lang: str) -> bool:
    """True right after Mrs or Ms in any case (спадарыня, г-жа, пані, pani): the name is a woman's."""
    table = government(lang)
    return bool(table) and _word_before(text, start) in table.womens_titles


def a_woman_by_her_verb(text: str, start: int, end: int, lang: str) -> bool:
    """True when a surname the termbase lists with no first name has right before it a first name in the nominative
    and after it (past adverbs) a woman's verb ("Андреа Дженкинс также была", "Нікола Стёрджэн заявіла"): a first name of
    either sex (Andrea) is hers, she is the verb's subject, and a woman's surname in a consonant does not decline."""
    first_name = lexicon.WORD_BEFORE_A_NAME.search(text, max(0, start - 40), start)
    if first_name is None or first_name.end() != start or not first_name.group(1)[:1].isupper() \
            or not _nominative_first_name(first_name.group(1), lang):
        return False
    verb = _word_past_adverbs(text, end, lang)
    return verb is not None and verb.group(1).islower() and lexicon.finite_verb(verb.group(1), lang) == ("sing", "femn")


def _nominative_first_name(word: str, lang: str) -> bool:
    """True when the dictionary reads ``word`` as a first name in the nominative (Андреа; not Джона, John's
    genitive, whose surname is his). Belarusian through its Russian spellings."""
    spellings = [spelling for spelling, _ in lexicon.russian_readings(word, "be", 3)] if lang == "be" else [word.lower()]
    dictionary = "ru" if lang == "be" else lang
    return dictionary in ("ru", "uk") and any(
        parse.is_known and {"Name", "nomn"} <= parse.tag.grammemes for spelling in spellings for parse in lexicon.pymorphy(dictionary).parse(spelling))


def after_a_land_kind(text: str, start: int, lang: str) -> bool:
    """True right after the word for a place's kind that is no settlement (штат, округ, hrabstwo, рака): the place is
    in apposition in its own form's case (сенатар ад штата Масачусетс, Dystrykt Kolumbia), which no source's
    "of" (the District of Columbia) changes."""
    table = government(lang)
    return _right_after(table and table.place_kinds, text, start) and not after_a_settlement(text, start, lang)


def _right_after(words: re.Pattern | None, text: str, start: int) -> bool:
    """True when the word right before ``start`` is one of ``words`` (a government table's list)."""
    word = _word_before(text, start) if words else None
    return word is not None and bool(words.match(word))


def after_an_object_verb(text: str, start: int, end: int, lang: str) -> bool:
    """True right after a plural, infinitive or gerund verb form that takes an object ("Памірцы лічаць X адказным",
    "попросили X", "звільняти X", "критикуючи X"): one person after it, with no other name joined to them, is its
    object, never its subject.
    A reflexive verb has no object ("сустрэліся X і Y")."""
    word = _word_before(text, start)
    reading = lexicon.governor_reading(word, lang) if word else None
    # (a Belarusian gerund by its ending and a verb's stem of the table: not the adjective вядучы)
    gerund = word is not None and lexicon.gerund(word, lang) and (lang != "be" or _verb_case(government(lang), word) is not None)
    if not gerund and (reading is None or reading[0] != "object") or _REFLEXIVE.search(word or ""):
        return False
    if gerund:
        # A gerund has no subject, so two names joined after it are its objects too ("критикуючи X й Y"); but a
        # finite verb right after the name that agrees with it makes it the clause's subject, the comma after an
        # intransitive gerund left out ("Виступаючи X заявив").
        return _verb_after(text, start, end, lang) is not True
    return not _joins_a_second_name(text, end, lang)


# Belarusian instrumental endings, singular and plural, of nouns and adjectives (прэсай, Пуціным, журналістамі).
_BE_INSTRUMENTAL = re.compile(r"(?:ам|ям|ом|ем|ём|ой|ай|яй|ёй|ою|аю|яю|ью|ым|ім|мі)$")


def _instrumental_possible(word: str, lang: str) -> bool:
    if lang == "be":
        return bool(_BE_INSTRUMENTAL.search(word.lower()))
    return lexicon.object_case_possible(word, lang, frozenset({"inst" if lang == "pl" else "ins"})) \
        or bool(lexicon.oblique_adjective_cases(word, lang) & {"ins"})


def instrumental_of_a_genitive_noun(text: str, start: int, end: int, lang: str, source_case: str | None = None) -> bool:
    """True for a person in the instrumental right after a noun that heads a genitive, when the sentence makes them
    its genitive: joined by "and" to a word in another case ("кантакт Трампом і прэсы": between Trump and the press),
    or, where the source says "of" or "for" (a rally for Trump: "у падтрымку Трампом"), with no object after them.
    So does a thing with no agent (план Терезою Мэй: the table's no_agent), unless a passive participle after makes the
    person its agent put first. A verbal noun may have its agent in the instrumental ("поддержка Трампом закона", "критика Трампом", by Trump),
    and another noun govern it (захапленне Трампам: its table says so, and the words before give no genitive)."""
    if after_preposition(text, start, lang) or governed_case(text, start, lang, "person", end) != "gen":
        return False
    following = _NEXT_WORD.match(text, end)
    if _right_after(government(lang).no_agent, text, start):
        # "план Терезою Мэй": a thing with no agent; unless a participle after makes them its agent put first
        # ("письмо Грицаком подписано")
        after = _NEXT_WORD.match(text, following.end()) if following is not None else None
        return not any(lexicon.passive_participle(word.group(1), lang) for word in (following, after) if word is not None)
    if following is not None and following.group(1).lower() in _AND:
        # (past a possessive or adjective: "захоплення Сунаком і його командою" joins another instrumental)
        joined = _NEXT_WORD.match(text, following.end())
        second = _NEXT_WORD.match(text, joined.end()) if joined is not None else None
        return joined is not None and not any(_instrumental_possible(word.group(1), lang) for word in (joined, second) if word is not None)
    # (the agent's object would follow it; a preposition or the end of the phrase leaves none)
    return source_case == "gen" and (following is None or _a_preposition(government(lang), following.group(1).lower()))


def case_joined_to_a_name(text: str, before: tuple[int, int, tuple[str, ...]], start: int, end: int, lang: str,
                          kind: str = "person") -> str | None:
    """The case of a person (or a place, ``kind``) joined by "and" (і, й, та, и, ды, i, oraz) to the name ``before``
    ((start, end, the cases its own form may be in)) that is in an oblique case alone ("Зустріч Трампа й X", "між
    Трампом і X"): the name takes it, the one the words before that name give where its form has several. None where
    the name before may be a nominative, or a verb after this one agrees with it, whose subject it then opens ("…Трампа
    й X заявив"), unless "between" governs both (паміж Гомелем і X курсуе цягнік)."""
    earlier_start, earlier_end, cases = before
    gap = text[earlier_end:start].split()
    if not cases or "nom" in cases or len(gap) != 1 or gap[0].lower() not in _AND or text[earlier_end:start] != f" {gap[0]} ":
        return None
    between = _word_before(text, earlier_start) in government(lang).between  # "паміж Гомелем і X курсуе": its second object
    if not between and _verb_after(text, start, end, lang) is True and not _subject_before(text, end, lang, _tokens_before(text, start) or []):
        return None  # (a noun before can be the verb's subject: "Разговор между Сунаком и X длился час")
    governed = governed_case(text, earlier_start, lang, kind)
    if governed in cases:
        return governed
    # Its own form's case: one, or the dative where it may be the locative too and no preposition stands before it.
    own = set(cases) - ({"loc"} if "dat" in cases and not after_preposition(text, earlier_start, lang) else set())
    return own.pop() if len(own) == 1 else None


def _joins_a_second_name(text: str, end: int, lang: str) -> bool:
    """True when "і/и/i" after a name may join another subject to it ("pogratulowali Azarenka i Sabalenka"):
    not when it joins a thing of the name's own in an oblique case ("интересуются X и его картинами",
    "прысвечана X і яе новаму альбому"), which no verb has for its subject."""
    conjunction = _NEXT_WORD.match(text, end)
    if conjunction is None or conjunction.group(1).lower() not in _CONJUNCTIONS:
        return False
    pronoun = _NEXT_WORD.match(text, conjunction.end())
    if pronoun is not None and pronoun.group(1).islower() and lexicon.only_a_finite_verb(pronoun.group(1), lang):
        return False  # "zaufali X i wybrali go": "and" joins a second verb of the same subject, no second name
    if pronoun is None or pronoun.group(1).lower() not in _POSSESSIVES:
        return True
    noun = _NEXT_WORD.match(text, pronoun.end())
    # (the Belarusian instrumental plural, which the endings lexicon reads does not list: карцінамі)
    return noun is None or lexicon.object_case_possible(noun.group(1), lang, frozenset({"nom"})) \
        and not (lang == "be" and noun.group(1).endswith(("амі", "ямі")))


def _of_a_title_by_its_verb(text: str, start: int, end: int, lang: str, tokens: Sequence[str]) -> bool:
    """True for "Trener Chwalińska opowiedział", "Тренер Хвалиньская рассказал": a woman's name after a title in
    its dictionary form, then a verb of a man that cannot be hers. The title is the verb's subject, and she
    the one whose coach it is: the genitive."""
    table = government(lang)
    title = _word(tokens, 1)
    return title is not None and bool(table.titles and table.titles.match(title)) and _nominative_like(title) \
        and _person_gender(text, start, end, lang) == "femn" and _verb_after(text, start, end, lang) is False


def of_a_title_by_its_verb(text: str, start: int, end: int, lang: str) -> bool:
    """``_of_a_title_by_its_verb`` for a name at ``text[start:end]``."""
    tokens = _tokens_before(text, start) if government(lang) else None
    return bool(tokens) and _of_a_title_by_its_verb(text, start, end, lang, tokens)


def after_a_broadcaster(text: str, start: int, lang: str) -> bool:
    """True when the word right before ``start`` is a broadcaster's kind (Радыё, Radia, телеканал): the name
    after it is the broadcaster's title (Радыё Свабода, Radio Liberty), not a person of the same surname."""
    table = government(lang)
    return table is not None and _word_before(text, start) in table.broadcasters


def after_a_dedication(text: str, start: int, lang: str) -> bool:
    """True right after a passive participle that keeps a dative ("Концерт был посвящён Джамала", "Koncert był
    poświęcony Jamala") or an adjective of the dative ("Студенти вдячні Гнатюк", "Wierni byli wdzięczni Ohijenko")
    with a noun before it in its clause that can be its subject: the person is the one the thing is for, or the one
    they are grateful to, in the dative, never the participle's or adjective's subject ("Благодарен Савонюк всем":
    nothing before it, so the name is)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    previous = _word(tokens, 1) if tokens else None
    if previous is None or not (table.dative_participles and table.dative_participles.match(previous)
                                or table.dative_adjectives and table.dative_adjectives.match(previous)
                                or lang == "pl" and _verb_case(table, previous) == "dat" and previous.endswith(_POLISH_PARTICIPLE_ENDINGS)):
        return False
    return any(word not in table.adverbs and lexicon.can_be_subject_of(word, lang, (number, None))
               or word in lexicon.SUBJECT_PRONOUNS.get(lang, ())  # "Ми дуже вдячні X"
               for word in _clause_head(tokens[:-1], table) for number in ("sing", "plur"))


def agent_of_a_participle(text: str, start: int, end: int, lang: str) -> bool:
    """True for a person right after a passive participle that follows its noun ("сцэнарый, напісаны X", "у плані,
    підготовленому X", "план, подготовлен X"): its agent, in the instrumental, never a nominative beside it nor
    another language's case. A participle of giving keeps its dative (наданий Терезі: after_a_dedication)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    previous = _word(tokens, 1) if tokens else None
    written = _WORD_BEFORE.search(text[:start])
    if previous is None or written is None or not written.group(1)[:1].islower() \
            or table.dative_participles and table.dative_participles.match(previous):
        return False  # (a capitalised word is a name or opens the sentence: "з Аленай Марчанка", no participle)
    return lexicon.passive_participle(previous, lang) and governed_case(text, start, lang, "person", end) == "ins"


# Polish passive participles in the nominative (poświęcony, poświęcona, poświęcone, poświęceni).
_POLISH_PARTICIPLE_ENDINGS = ("ony", "ona", "one", "eni", "any", "ana", "ane", "ani", "ty", "ta", "te", "ci")


def after_a_place_part(text: str, start: int, lang: str) -> bool:
    """True right after a noun for a part of a place or an action on it ("у цэнтр Хорог", "к окраинам
    Степногорск", "после посещения Мцхета"): the place is its genitive, in whatever case the noun is."""
    table = government(lang)
    return _right_after(table and table.place_parts, text, start)


def after_a_thing_given(text: str, start: int, lang: str) -> bool:
    """True right after the thing a verb of giving gives ("вручили нагороду X", "wręczyli nagrodę X") or the charge
    an entrusting verb gives ("доверила руководить командой X"): the person after it is the one it goes to, never a
    nominative beside it."""
    tokens = _tokens_before(text, start) if government(lang) else None
    return bool(tokens) and _word(tokens, 1) is not None and (_given_to(lang, tuple(tokens)) or _entrusted_past_its_task(lang, tuple(tokens)))


def place_after_a_title(text: str, start: int, lang: str) -> bool:
    """True right after a title ("Мер Ромни заявив", "Burmistrz Chust ogłosił"): a place after one is its genitive,
    never a nominative beside it, whatever the title's case."""
    table = government(lang)
    word = _word_before(text, start) if table and table.titles else None
    return word is not None and bool(table.titles.match(word)) and not _common_noun(lang, word)


def after_a_monument(text: str, start: int, lang: str) -> bool:
    """True right after a monument noun in its dictionary form ("Пам'ятник Скорина стоїть", "поставили
    памятник Гонта"): the person it honours is in the dative, never a nominative beside it. Another
    form of the noun (під час відкриття пам'ятника Зеленський сказав) may have the subject after it."""
    table = government(lang)
    word = _word_before(text, start) if table and table.dative_nouns else None
    return word is not None and bool(table.dative_nouns.fullmatch(word))


def of_the_noun_before(text: str, start: int, end: int, lang: str) -> bool:
    """True when a person's name right after a common noun can only be that noun's genitive ("спрачаліся
    пра лёс X.", "Przemówienie X w ONZ obejrzały", "Выстаўка работ X адкрылася"): no verb of the clause
    can have the person for its subject. None before agrees with them ("Рэпартаж падрыхтавала X": its
    subject, after it); none follows, or one that cannot agree, or a reflexive one (it has no object, so
    a noun of the clause before the name, which can be its subject, is: "Projekt ustawy X przedstawił"
    stays, the project being the object put first)."""
    tokens = _tokens_before(text, start) or []
    previous = _word(tokens, 1)
    if previous is None or not previous.islower():
        return False
    gender = _person_gender(text, start, end, lang)
    clause, table = _clause(tokens), government(lang)
    # (a verb with a noun before it that is its subject is no verb of the name: "Prokuratura bada wypowiedzi X";
    # a preposition's object is none: "На канферэнцыі ў Варшаве выступіў X")
    # (nor is one with a personal pronoun before it: "Он писал о неприкосновенности X")
    if any(_PLAIN_WORD.fullmatch(word) and (agreement := lexicon.finite_verb(word, lang)) and _agrees(agreement, gender)
           and not any(lexicon.can_be_subject_of(before, lang, agreement) or before in lexicon.SUBJECT_PRONOUNS.get(lang, ())
                       for before in _clause_words(clause[:position], table, lang))
           for position, word in enumerate(clause)):
        return False
    if _verb_after(text, start, end, lang) and not (_reflexive_verb_after(text, end, lang) and _subject_before(text, end, lang, tokens)):
        return False
    return governed_case(text, start, lang, "person", end) == "gen"  # the dearest test last


def after_a_subject_noun(text: str, start: int, end: int, lang: str) -> bool:
    """True for "Epoka Jaruzelski skończyła się", "Стародруки Скорина експонують": right after a common
    noun that opens its clause (past its adjectives) and can be its subject, a name in the nominative
    is no second subject; only a title or a noun for a person has a name beside it in its own case
    ("trener Łomaczenko"). A noun that may be the object put first ("Kraj Zełenski opuścił") leaves
    the name the subject, unless the verb after the name cannot agree with it (експонують) or is
    reflexive (протримався). ru, uk, pl: their dictionaries tell those nouns apart; Belarusian,
    read by its endings, only before a reflexive verb (Сусветны рэкорд Бубкі пратрымаўся)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table and (lang in _MORPHOLOGY_LANGS or lang == "be") else None
    clause = [token.lower() for token in _clause(tokens)] if tokens else []
    if not clause or not all(_PLAIN_WORD.fullmatch(word) for word in clause):
        return False
    noun = clause[-1]
    if not _a_noun(lang, noun) or lexicon.person_noun(noun, lang) \
            or table.titles and table.titles.match(noun) or not all(_describes(lang, word) for word in clause[:-1]):
        return False
    if not any(lexicon.can_be_subject_of(noun, lang, (number, None)) for number in ("sing", "plur")):
        return False
    if lang == "be":
        return _reflexive_verb_after(text, end, lang)
    return not lexicon.object_case_possible(noun, lang, frozenset({"acc"})) or _verb_not_its_own(text, start, end, lang) \
        or _reflexive_verb_after(text, end, lang) or _object_after_the_verb(text, start, end, lang)


def _object_after_the_verb(text: str, start: int, end: int, lang: str) -> bool:
    """True when the verb after a name has its object after it ("Rząd Tusk przyjął nową ustawę", "Kult
    Bandera dzieli Polaków"): a noun that can be accusative and not nominative, past its adjectives.
    The noun before the name is then no object put first, and the name is its genitive. ru, uk, pl."""
    if _verb_after(text, start, end, lang) is None:
        return False
    verb = _NEXT_WORD.match(text, end)
    while verb is not None and lexicon.particle_or_adverb(verb.group(1), lang):
        verb = _NEXT_WORD.match(text, verb.end())
    following = _NEXT_WORD.match(text, verb.end()) if verb is not None else None
    for _ in range(3):
        if following is None or not following.group(1).islower():
            return False
        word = following.group(1)
        if not lexicon.object_case_possible(word, lang, frozenset({"nom"})) and lexicon.adjective_reading(word, lang):
            following = _NEXT_WORD.match(text, following.end())  # an adjective: nową, новий
            continue
        return lexicon.object_case_possible(word, lang, frozenset({"acc"})) \
            and not lexicon.object_case_possible(word, lang, frozenset({"nom"}))
    return False


def _reflexive_verb_after(text: str, end: int, lang: str) -> bool:
    """True when a reflexive finite verb follows the name ("рекорд Бубки протримався"): it has no
    object, so the noun before the name is not one put first, but the subject."""
    following = _NEXT_WORD.match(text, end)
    verb = following.group(1) if following else ""
    if lang == "be" and verb.endswith("ся"):
        return bool(lexicon.finite_verb(verb[:-2], lang))  # be reads its past by the ending before -ся: пратрымаў-ся
    if not verb or not lexicon.finite_verb(verb, lang):
        return False
    after = _NEXT_WORD.match(text, following.end())
    return bool(_REFLEXIVE.search(verb)) or lang == "pl" and after is not None and after.group(1) == "się"


def _verb_not_its_own(text: str, start: int, end: int, lang: str) -> bool:
    """True when the finite verb after a name (past a negation or adverb) cannot have it as its subject:
    a plural verb, or one of the other gender where the name's ending tells it."""
    return _verb_after(text, start, end, lang) is False


def _subject_before(text: str, end: int, lang: str, tokens: Sequence[str], person: bool = False, head: bool = False) -> bool:
    """True when a word of the clause before the name, out of its prepositional phrases, can be the
    subject of the verb after the name; with ``person``, a noun for a person in the nominative, which
    the name may stand in apposition to ("Помощник президента Дюмин провёл": the aide); with ``head``,
    the clause's first word past its adverbs ("Калектыў Ціханоўскай падтрымаў"; not "Лауреата
    Нобелівської премії", whose premії is the title's complement)."""
    following = _word_past_adverbs(text, end, lang)
    agreement = lexicon.finite_verb(following.group(1), lang) if following is not None else None
    table = government(lang)
    words = [word for word in _clause_head(tokens, table) if word not in table.adverbs and not (lang == "be" and word in _BE_FUNCTION_WORDS)]
    return agreement is not None and any(
        lexicon.can_be_subject_of(word, lang, agreement)
        and (not person or not (table.kin and table.kin.match(word))
             # (not an adjective that may be a noun for a person: Nowy tomik, the newcomer)
             and ("nom" in lexicon.person_noun_cases(word, lang) and not lexicon.adjective_reading(word, lang) if lang in _MORPHOLOGY_LANGS
                  else bool(table.titles and table.titles.match(word)) and _nominative_like(word)))
        for word in (words[:1] if head else words))


def _verb_after(text: str, start: int, end: int, lang: str) -> bool | None:
    """Whether the finite verb right after a name (past a negation or adverb) can have it as its
    subject; None when no finite verb follows. A pronoun before the verb is its subject ("Беразоўскаму
    нехта дапамог", "Горскую он знал"): the name then cannot be."""
    following = _word_past_adverbs(text, end, lang)
    pronoun = following is not None and following.group(1) in lexicon.SUBJECT_PRONOUNS.get(lang, ())
    if pronoun:
        following = _word_past_adverbs(text, following.end(), lang)
    agreement = lexicon.finite_verb(following.group(1), lang) if following is not None and following.group(1).islower() else None
    if agreement is None:
        return None
    return not pronoun and _agrees(agreement, _person_gender(text, start, end, lang))


def _word_past_adverbs(text: str, end: int, lang: str) -> re.Match | None:
    """The word after ``text[:end]`` past up to two negations or adverbs (не, таксама, nie, już); the
    Belarusian ones from the government table, which no dictionary here reads."""
    adverbs = government(lang).adverbs - _CONJUNCTIONS if lang == "be" else frozenset()
    following = _NEXT_WORD.match(text, end)
    for _ in range(2):
        if following is None or not (following.group(1).lower() in adverbs or lexicon.particle_or_adverb(following.group(1), lang)):
            break
        following = _NEXT_WORD.match(text, following.end())
    return following


def _agrees(agreement: lexicon.Agreement, gender: str | None) -> bool:
    """True when a verb of ``agreement`` can have one person of ``gender`` (None: not told) for its subject;
    a person is never neuter (Інтерв'ю зі співачкою Лобода набрало: the interview did)."""
    return not (agreement[0] == "plur" or agreement[1] == "neut" or bool(agreement[1] and gender and agreement[1] != gender))


def dative_verb_before(text: str, start: int, lang: str) -> bool:
    """True right after a finite verb that governs the dative by its table (аплодували X, подякував X)."""
    table = government(lang)
    word = _word_before(text, start) if table else None
    return word is not None and bool(lexicon.finite_verb(word, lang)) and _verb_case(table, _plain_u(lang, word)) == "dat"


def for_whom_by_its_verb(text: str, start: int, lang: str) -> bool:
    """True right after a finite verb, neither negated nor reflexive nor introducing its subject, that its table gives
    no case or the dative (купили X квитки, влаштували X тріумф, завдячує X): a person there in a form of the
    genitive, dative, instrumental and locative at once (a woman's Russian -ой in a Ukrainian draft) is the one the deed
    is for, in the dative. No verb governs a person's locative without a preposition; the verbs of the genitive
    (уникали X) and of the instrumental are listed, and a negated verb may take the genitive (не дочекалися X)."""
    table = government(lang)
    tokens = _tokens_before(text, start) if table else None
    verb = _word(tokens, 1) if tokens else None
    if not verb or verb.lower() in table.adverbs or _REFLEXIVE.search(verb.lower()) or not lexicon.finite_verb(verb, lang):
        return False
    return _word(tokens, 2) not in _NEGATIONS and not _introduces_subject(tokens, table) \
        and _verb_case(table, _plain_u(lang, verb.lower())) in (None, "dat")


def case_of_the_verb_after(text: str, start: int, end: int, lang: str) -> str | None:
    """The case the finite verb right after a name governs when the name cannot be its subject (a
    plural verb, or one of the other gender): "Письменниці Чуковській присвятили вечір", its dative
    object put first."""
    if _verb_after(text, start, end, lang) is not False:
        return None
    following = _word_past_adverbs(text, end, lang)
    if following is not None and following.group(1) in lexicon.SUBJECT_PRONOUNS.get(lang, ()):
        following = _word_past_adverbs(text, following.end(), lang)
    return _verb_case(government(lang), following.group(1).lower()) if following else None


def single_case_preposition(text: str, start: int, lang: str, kind: str) -> bool:
    """True when the word right before ``text[start:]`` is a preposition with one case only for a
    name of this ``kind`` (до, да, dla; be з before a place): the case it needs cannot be a
    nominative or an accusative that looks like one."""
    table = government(lang)
    tokens = _past_a_determiner(_tokens_before(text, start), table) if table else None
    previous = _word(tokens, 1) if tokens else None
    if not previous:
        return False
    if previous in table.two_case:
        # Its case for the kind, unless the verb before it takes the other: pl "w Stolinie", "uderzyli w Kijów".
        return table.two_case[previous].by_kind.get(kind) not in (None, "acc") \
            and _governed(lang, kind, tuple(tokens[-3:]), False) != "acc"
    return previous in table.prepositions or _compound_preposition(tokens, table)


def cases_in_context(cases: Sequence[str], governed: str | None) -> tuple[str, ...]:
    """The cases to render a replaced word in, most likely first.

    The word's own form wins when it settles the case: a single oblique case (Тихановскую) stays, and
    an oblique form that cannot be in the governed case keeps its own cases. A bare dictionary form
    (nominative, or an indeclinable word that can be any case) takes the governed case, and so does a
    form whose several oblique cases include it (Тихановской after при: loc).
    """
    cases = tuple(cases)
    if governed is None or not cases or cases[0] == governed:
        return cases
    if "nom" in cases or (len(cases) > 1 and governed in cases):
        return (governed, *(c for c in cases if c != governed))
    return cases


def cases_in_text(cases: Sequence[str], text: str, start: int, lang: str, kind: str = "term",
                  end: int | None = None) -> tuple[str, ...]:
    """The cases of a word at ``text[start:end]``, most likely first: a foreign or indeclinable spelling
    ("w Kiev") has only its dictionary form, so the words around it tell the case."""
    return cases_in_context(cases, governed_case(text, start, lang, kind, end))


_POLISH_VOWELS = "aąeęioóuy"
_POLISH_DIGRAPHS = ("sz", "cz", "rz", "dz", "dź", "dż", "ch")


def polish_preposition(preposition: str, word: str) -> str:
    """``w``/``we``, ``z``/``ze`` as the next word needs them: we Wrocławiu, we Lwowie, ze Szczecina,
    ze Lwowa, ze Wschowy, but w Kijowie, z Żytomierza, z Włoch. Other prepositions come back as they are."""
    base = preposition.lower()[:1]
    if base not in "wz" or preposition.lower() not in ("w", "we", "z", "ze"):
        return preposition
    lower = word.lower()
    # A digraph is one sound: "z Szojgu", "z Czech", but "ze Szczecina" (sz + cz).
    first = 2 if lower.startswith(_POLISH_DIGRAPHS) else 1
    cluster = len(lower) > first and lower[first].isalpha() and lower[first] not in _POLISH_VOWELS
    if base == "w":
        long = cluster and lower[0] in "wf" or lower.startswith(("lw", "mn"))
    else:
        # w before a sibilant is a cluster "z" cannot open either: ze wsi, ze wschodu, ze Wschowy, ze względu.
        long = cluster and lower[0] in "sśzźżšž" or lower.startswith(("lw", "mn")) or lower[:1] == "w" and lower[1:2] in ("s", "ś", "z", "ź", "ż")
    form = base + ("e" if long else "")
    return form.upper() if preposition.isupper() and len(preposition) > 1 else form.capitalize() if preposition[0].isupper() else form


@lru_cache(maxsize=None)
def _source_table(source_lang: str) -> dict[str, dict[str, dict[str, str]]]:
    """target language -> kind ("" for any) -> source word -> case, from government/SOURCE.toml."""
    path = GOVERNMENT_DIR / f"{source_lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() and source_lang == "en" else {}
    tables: dict[str, dict[str, dict[str, str]]] = {}
    for target, groups in data.items():
        tables[target] = {"": {}, "person": {}, "place": {}}
        for key, value in groups.items():
            if key in ("person", "place"):
                tables[target][key] = _by_case(value)
            else:
                tables[target][""].update({word: key for word in value})
    return tables


def source_case(source: str, start: int, end: int, source_lang: str, target_lang: str, kind: str = "term",
                first_name: bool = False) -> str:
    """The case a name at ``source[start:end]`` needs in ``target_lang``: "Tsikhanouskaya's" and
    "of Tsikhanouskaya" the genitive, "with" the instrumental, "in Kyiv" the locative; else nom. A
    ``first_name`` takes the case of its surname's possessive too (Theresa May's: Тэрэзы Мэй)."""
    table = _source_table(source_lang).get(target_lang)
    if not table:
        return "nom"
    if re.match(r"(?:\s+[A-Z][\w-]*)?['’]s?(?!\w)" if first_name else r"['’]s?(?!\w)", source[end:]):
        return "gen"
    previous = _word_before(source, start)
    if previous is None:
        return "nom"
    return table.get(kind, {}).get(previous) or table[""].get(previous) or "nom"
