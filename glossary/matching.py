"""Finding terms in text: one Aho-Corasick automaton per language over every case form of every
term, plus a cross-script similarity index for renderings the termbase does not list."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

import ahocorasick

from glossary.inflection import CASES
from glossary.lexicon import known_word, masculine_first_name
from glossary.normalize import character_class, fold, is_cyrillic, similarity, spelling_key, stem_key
from glossary.romanization import english_lookups, plain_latin

STATUS_RANK = {"preferred": 0, "admitted": 1, "deprecated": 2, "forbidden": 3}
_WRONG = STATUS_RANK["deprecated"]  # this rank and above: a spelling to replace
_WORD = re.compile(r"[^\W\d_](?:[\w'’ʼ]*\w)?")
# The words of ``_words`` that start with a capital, found in C: only these can be names, and a
# Python step per word of a whole document would cost more than the rest of a scan. The regex
# cannot see whether digits or apostrophes before a capital belong to an earlier word (x5Bob,
# O''Brien); ``_continues_a_word`` decides those few.
_CAPITAL = character_class(str.isupper)
_CAPITALISED_WORD = re.compile(
    # The capital comes first so the regex engine can skip ahead to capitals; the lookbehinds
    # after it look at the character before it.
    rf"{_CAPITAL}(?<![^\W\d_].)(?<!-.)(?:[\w'’ʼ]*\w)?"
    # A name of capitalised parts joined by hyphens is one word (Львовой-Беловой, Kidawy-Błońskiej); a compound
    # with a lower-case part (Ростов-на-Дону, Польско-украинская) is none.
    rf"(?:-{_CAPITAL}(?:[\w'’ʼ]*\w)?)*(?![\w-]|['’ʼ]+\w)"
)
_APOSTROPHE_CHARS = "'’ʼ"
# Polish glues its case ending after an apostrophe onto a foreign name it cannot spell with one
# (Kagarlitsky'ego, Vance'a, Kennedy'emu): the name before it is the one to look up.
_GLUED_ENDING = re.compile(r"(?<=[A-Za-z])['’ʼ](?:ego|emu|owi|em|om|a|e|u|i)$")
# (-oho: the Ukrainian -ого romanized, Matsiievskoho, which MT leaves in Polish text.)
_ADJECTIVAL_GENITIVE = re.compile(r"(?<=[сцзьscz][кk])(?:ого|его|ага|ogo|iego|ego|oho)$", re.IGNORECASE)
# The same genitive of a place named by a neuter adjective (Сватове: Сватового, Снежное: Снежного, Swatowe: Swatowego).
# The neuter nominative endings whose own genitive each adjectival genitive ending is (ru Лозовое, uk Лозове: Лозового),
# with the language that declines them so.
_OWN_NEUTER_NOMINATIVES = {"ого": {"ое": "ru", "е": "uk"}, "его": {"ее": "ru", "е": "uk"}, "ага": {"ае": "be"},
                           "яга": {"яе": "be"}, "ego": {"e": "pl"}}
_PLACE_ADJECTIVAL_GENITIVE = re.compile(r"(?<=[^\W\d_]{3})(?:ого|его|ага|яга|ogo|ego|oho)$", re.IGNORECASE)
# A velar softened before the -і/-ы/-е of a uk or be dative or locative: к -> ц, г -> з, х -> с.
_SOFTENED_VELAR = re.compile(r"(?<=[^\W\d_]{3})([цзс])(?:і|ы|е)$", re.IGNORECASE)
_VELAR_OF = {"ц": "к", "з": "г", "с": "х"}
_UNKNOWN = object()  # not yet looked up (None is a remembered "no candidate")


_CASE_BITS = {case: 1 << position for position, case in enumerate(CASES)}
_CASES_OF_MASK = [tuple(c for c in CASES if mask & _CASE_BITS[c]) for mask in range(1 << len(CASES))]


def _has_yo(text: str) -> bool:
    return "ё" in text or "Ё" in text


class LanguageMatcher:
    """Whole-word, longest-first matching of all forms of one language's terms.

    Per form the automaton stores an int; parallel arrays hold the form's length, term and case
    mask, which keeps 100k-term termbases well under the memory budget.
    """

    def __init__(self, lang: str, forms: Iterable[tuple[int, str, str]], statuses: Sequence[str]):
        """``forms``: ``(term index, form, case)``; ``statuses[term index]`` ranks clashes."""
        self.lang = lang
        self._lengths, self._terms, self._cases = array("H"), array("i"), array("B")
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        # Forms of a correct term that a wrong term also has: automaton index -> (wrong term, case
        # mask). Few; they let the sentence tell a misread form (uk "о Навальному" in ru text).
        self.shadowed: dict[int, tuple[int, int]] = {}
        # Forms of two terms of one rank that only ё tells apart (Прокопёнку, a form of Прокопёнок; Прокопенку, of
        # Прокопенко): automaton index -> (the other term, case mask, whether its form has ё). The draft's own letter
        # chooses: a word written with ё is no form spelt with е, nor one with е a form spelt with ё.
        self._other_by_yo: dict[int, tuple[int, int, bool]] = {}
        spelt_with_yo = set()  # automaton indexes whose stored form has ё
        for term, form, case in forms:
            key = _joined_alike(fold(form)[0])
            index = self._automaton.get(key, -1)
            if index < 0:
                if _has_yo(form):
                    spelt_with_yo.add(len(self._terms))
                self._automaton.add_word(key, len(self._terms))
                self._lengths.append(len(key))
                self._terms.append(term)
                self._cases.append(_CASE_BITS[case])
            elif self._terms[index] == term:
                self._cases[index] |= _CASE_BITS[case]
            elif STATUS_RANK[statuses[term]] < STATUS_RANK[statuses[self._terms[index]]]:
                # A form shared by a correct and a wrong term is taken as correct: never "fix" good text.
                if STATUS_RANK[statuses[term]] < _WRONG <= STATUS_RANK[statuses[self._terms[index]]]:
                    self.shadowed[index] = (self._terms[index], self._cases[index])
                self._terms[index], self._cases[index] = term, _CASE_BITS[case]
                self._other_by_yo.pop(index, None)
                (spelt_with_yo.add if _has_yo(form) else spelt_with_yo.discard)(index)
            elif STATUS_RANK[statuses[term]] == STATUS_RANK[statuses[self._terms[index]]] \
                    and _has_yo(form) != (index in spelt_with_yo):
                other, mask, _ = self._other_by_yo.get(index, (term, 0, False))
                if other == term:
                    self._other_by_yo[index] = (term, mask | _CASE_BITS[case], _has_yo(form))
            elif STATUS_RANK[statuses[self._terms[index]]] < _WRONG <= STATUS_RANK[statuses[term]]:
                wrong, mask = self.shadowed.get(index, (term, 0))
                if wrong == term:
                    self.shadowed[index] = (term, mask | _CASE_BITS[case])
        if self._terms:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """``(start, end, term, cases)`` of each whole-word match, longest first where they
        overlap: offsets into ``text``, the term's index in the termbase's list, and every case
        the matched form can be (in CASES order). Plain tuples: a document makes tens of
        thousands, and a named tuple costs several times as much to build."""
        if not self._terms:
            return []
        folded, offsets = fold(text)
        folded = _joined_alike(folded)
        candidates = []
        lengths, whole_word = self._lengths, self._whole_word  # locals: this loop runs per term found in a document
        for last, index in self._automaton.iter(folded):
            end = last + 1
            start = end - lengths[index]
            if whole_word(folded, start, end):
                candidates.append((start, -end, index))
        spans = []
        taken_until = -1
        terms, cases = self._terms, self._cases
        other_by_yo = self._other_by_yo
        for start, end, index in sorted(candidates):  # by start, the longest first
            end = -end
            if start >= taken_until:
                taken_until = end
                if offsets is not None:
                    start, end = offsets[start], offsets[end]
                if index in other_by_yo and other_by_yo[index][2] == _has_yo(text[start:end]):
                    other, mask, _ = other_by_yo[index]
                    spans.append((start, end, other, _CASES_OF_MASK[mask]))
                else:
                    spans.append((start, end, terms[index], _CASES_OF_MASK[cases[index]]))
        return spans

    def shadowed_reading(self, form: str) -> tuple[int, tuple[str, ...]] | None:
        """``(wrong term, cases)`` when ``form``, found as a correct term, is also a wrong term's form."""
        if not self.shadowed:
            return None
        shadow = self.shadowed.get(self._automaton.get(_joined_alike(fold(form)[0]), -1))
        return (shadow[0], _CASES_OF_MASK[shadow[1]]) if shadow else None

    def _whole_word(self, folded: str, start: int, end: int) -> bool:
        if start > 0 and (folded[start - 1].isalnum() or (folded[start - 1] == "'" and start > 1 and folded[start - 2].isalpha())):
            return False
        if end == len(folded):
            return True
        after = folded[end]
        if after.isalnum():
            return False
        if after == "'" and end + 1 < len(folded) and folded[end + 1].isalpha():
            # An apostrophe inside a word (Пракоп'еў) continues it; only the English possessive ends it.
            return self.lang == "en" and folded[end + 1] == "s" and not (end + 2 < len(folded) and folded[end + 2].isalnum())
        return True


class FuzzyHit(NamedTuple):
    start: int
    end: int
    word: str
    term: int
    cases: tuple[str, ...]
    score: float

    @property
    def romanized(self) -> bool:
        """A standard romanization of the term's form, letter for letter: a deprecated spelling, not a resemblance."""
        return self.score == ROMANIZED


# The score of a word that is a standard romanization of a term's form: above any similarity (at most 1).
ROMANIZED = 2.0


class FuzzyIndex:
    """Unlisted renderings (Ціханоуская, Kalesnikowa) through a cross-script key.

    Candidates share the ``stem_key`` of a term's last word; the word's spelling key must then be
    close to one of the term's case forms.
    """

    THRESHOLD = 0.85
    MIN_STEM = 3
    REMEMBERED_WORDS = 100_000

    def __init__(self, last_words: Iterable[tuple[int, str]], case_forms: Callable[[int], Sequence[tuple[str, str]]],
                 places: Callable[[int], bool] = lambda term: False,
                 romanized_forms: Callable[[str], dict[str, tuple[str, ...]]] = lambda concept: {},
                 concept_of: Callable[[int], str] = str):
        self._by_stem: dict[str, list[int]] = {}
        for term, word in last_words:
            stem = _name_stem(word)
            if len(stem) >= self.MIN_STEM:
                self._by_stem.setdefault(stem, []).append(term)
        self._case_forms = case_forms
        self._places = places
        self._romanized_forms, self._concept_of = romanized_forms, concept_of
        self._form_keys: dict[int, list[tuple[str, str]]] = {}
        self._romanized: dict[str, dict[str, tuple[str, ...]]] = {}  # by concept
        self._best_by_word: dict[str, tuple[float, int, tuple[str, ...]] | None] = {}

    def _keys_of(self, term: int) -> list[tuple[str, str]]:
        keys = self._form_keys.get(term)
        if keys is None:
            keys = [(case, spelling_key(form.split()[-1])) for case, form in self._case_forms(term)]
            self._form_keys[term] = keys
        return keys

    def best(self, word: str, terms: Iterable[int]) -> tuple[float, int, tuple[str, ...]] | None:
        """The closest ``(score, term, cases)`` for ``word`` among ``terms``: every case whose form
        is as close, so the sentence can choose among them.

        The word must end like the form it resembles (a transliteration keeps its case ending;
        Polskie, Kalashnikov do not), and must not merely extend a form of any of the terms
        (Russian, Беларускія are other words).
        """
        key = spelling_key(word)
        forms = [(term, case, form_key) for term in terms for case, form_key in self._keys_of(term)]
        if all(key != form_key for _, _, form_key in forms) and any(key.startswith(f) for _, _, f in forms):
            return None
        best = None
        for term, case, form_key in forms:
            if key[-2:] == form_key[-2:]:
                score = similarity(key, form_key)
                if best is None or score > best[0]:
                    best = (score, term, (case,))
                elif score == best[0] and term == best[1] and case not in best[2]:
                    best = (score, term, best[2] + (case,))  # Захаровой is as near Захарової as Захаровій
        return best

    def candidates(self, word: str) -> list[int]:
        if "-" in word:
            return self._by_stem.get(_name_stem(word), [])
        if glued := _GLUED_ENDING.search(word):
            word = word[: glued.start()]  # Kagarlitsky'ego: Kagarlitsky's terms; ``best`` reads the ending
        stem = stem_key(word)
        found = self._by_stem.get(stem, [])
        if not found and (genitive := _ADJECTIVAL_GENITIVE.search(word)):
            # An adjectival surname's genitive keeps its g in the stem key (Таркоўскага, Белинского): the
            # nominative's stem (Тарковский) is the one indexed.
            found = self._by_stem.get(stem_key(word[: genitive.start()]), [])
        if not found and (genitive := _PLACE_ADJECTIVAL_GENITIVE.search(word)):
            # Places only: a person named by a neuter adjective is none, and a man's surname in -ов/-ин has its own
            # genitive (Петрова), which the stem already finds.
            found = [term for term in self._by_stem.get(stem_key(word[: genitive.start()]), []) if self._places(term)]
            if any(self._own_genitive_unlisted(word, genitive.start(), term) for term in found):
                found = []
        if not found and len(stem) > 4 and stem[-1] in "kt" and (
                _consonant(stem, len(stem) - 2) if is_cyrillic(word[0]) else stem[-2] not in "aeiov"):
            # A fleeting vowel the oblique form drops (Nowogródek: w Nowogrodku; Городок, Городка; Лунінец, Лунінца;
            # Кравець, Кравця): the nominative's stem, with its e or o (a in the key), is the one indexed. A Latin
            # word's v or w before it may have been a vowel (-ów-) as well as в: Krolevtsem keys as Polish Królewcem
            # (Kaliningrad) does, so only Cyrillic в counts as the consonant the vowel stood after.
            found = [term for vowel in "ea" for term in self._by_stem.get(stem[:-1] + vowel + stem[-1], [])]
        if not found and len(stem) > 4 and stem[-2] in "ae" and _consonant(stem, len(stem) - 1) \
                and _consonant(stem, len(stem) - 3) and not masculine_first_name(word, "ru"):
            # A genitive plural's inserted vowel (Химки: Химок, Люберцы: Люберец, Siedlce: Siedlec): the nominative's
            # stem has none. Places only, and no man's name: a surname or first name in -ок, -ец or -ек is a
            # nominative (Кузнец, Марек), no plural.
            found = [term for term in self._by_stem.get(stem[:-2] + stem[-1], []) if self._places(term)]
        if not found and (softened := _SOFTENED_VELAR.search(word)):
            # A Ukrainian or Belarusian dative or locative softens the velar before it (Шостка: у Шостці, Рига: у
            # Ризі, у Рызе): the nominative's stem, with its velar, is the one indexed. Places only: a person's
            # dative is also a plural noun's nominative too often (Українці, Ukrainians: not Леся Українка's).
            velar = stem_key(word[: softened.start()] + _VELAR_OF[softened.group(1).lower()] + "а")
            found = [term for term in self._by_stem.get(velar, []) if self._places(term)]
        return found

    def _own_genitive_unlisted(self, word: str, stem_end: int, term: int) -> bool:
        """True when ``word`` may be the adjectival genitive of ``term``'s own neuter nominative that its paradigm lacks
        (ru Лозовое: Лозового): the paradigm is not the adjective's, and the text may
        be right. Only the genitive the nominative's own language gives it counts (be Снежнае: Снежнага, not
        Снежного), and only a word that language's dictionary knows (Лозового, a surname's genitive there too; not
        Сватового, which Russian has only from a wrong spelling, Сватовое)."""
        folded = fold(word)[0]
        stem, ending = folded[:stem_end], folded[stem_end:]
        forms = self._case_forms(term)
        nominative = fold(forms[0][1].split()[-1])[0]
        lang = _OWN_NEUTER_NOMINATIVES.get(ending, {}).get(nominative[len(stem):]) if nominative.startswith(stem) else None
        return lang is not None and all(fold(form)[0] != folded for _, form in forms) and known_word(word, lang)

    def _best_candidate(self, word: str) -> tuple[float, int, tuple[str, ...]] | None:
        """``best`` among the word's candidates, remembered: names recur all through a document."""
        best = self._best_by_word.get(word, _UNKNOWN)
        if best is _UNKNOWN:
            if len(self._best_by_word) >= self.REMEMBERED_WORDS:
                self._best_by_word.clear()
                self._romanized.clear()
            terms = self.candidates(word)
            best = self.best(word, terms) if terms else None
            if best is None or best[0] < self.THRESHOLD:
                best = self._romanization_of(word) or best
            self._best_by_word[word] = best
        return best

    # The romanized endings of the Cyrillic cases (-oho, -ogo, -yu, -iu, -om …) are at most four letters; the
    # nominative's stem, which the index is keyed by, is what is left.
    ROMANIZED_ENDING = 4

    def _romanization_of(self, word: str) -> tuple[float, int, tuple[str, ...]] | None:
        """``(ROMANIZED, term, cases)`` when ``word`` is, letter for letter, a standard romanization of a case form of one
        concept's Cyrillic term (Pidmohylnoho: Підмогильного, national_uk; Mosdok: Моздок, German) or that spelling's
        Polish form (Pohuliaikowi): no edit distance. None when it is none, or of terms of two concepts."""
        lower = fold(word)[0]
        # Žerdevke keys as Zherdevke, Koschewnikow as Kozhevnikov.
        lookups = dict.fromkeys((*english_lookups(word), plain_latin(word)))
        terms = dict.fromkeys(term for cut in range(self.ROMANIZED_ENDING + 1) if len(word) - cut >= self.MIN_STEM + 1
                              for spelling in lookups
                              for term in self.candidates(spelling[: len(spelling) - cut] if cut else spelling))
        found = None
        for term in terms:
            concept = self._concept_of(term)
            forms = self._romanized.get(concept)
            if forms is None:
                forms = self._romanized[concept] = self._romanized_forms(concept)
            cases = forms.get(lower)
            if cases is None:
                continue
            if found is not None and self._concept_of(found[1]) != self._concept_of(term):
                return None  # two concepts spelled so: the word says nothing of which
            if found is None:
                found = (ROMANIZED, term, cases)
        return found

    def find(self, text: str, taken: Sequence[tuple[int, int]], accept: Callable[[str], bool]) -> list[FuzzyHit]:
        """Capitalised words outside ``taken`` spans (sorted, not overlapping) that render a known term."""
        hits = []
        taken_starts = [start for start, _ in taken]
        remembered = self._best_by_word
        for match in _CAPITALISED_WORD.finditer(text):
            # Most capitalised words are remembered as no rendering of any term: ruled out cheaply.
            word = match.group()
            best = remembered.get(word, _UNKNOWN)
            if best is None:
                continue
            start, end = match.span()
            before = bisect_right(taken_starts, start) - 1  # the last taken span starting at or before
            first = before if before >= 0 and taken[before][1] > start else before + 1
            overlapped = taken[first : bisect_left(taken_starts, end)]
            # A term found in a part of a hyphenated name (Соколова of Соколова-Рудина) is no match of its own:
            # the whole name may render another term. One reaching out of the word, or the whole word, is.
            if overlapped and ("-" not in word or overlapped[0][0] < start or overlapped[-1][1] > end
                               or overlapped[0] == (start, end)):
                continue
            if best is _UNKNOWN:
                best = self._best_candidate(word)  # the costly part, so only outside the terms found
            if best and best[0] >= self.THRESHOLD and not _continues_a_word(text, start) and accept(word):
                hits.append(FuzzyHit(start, end, word, best[1], best[2], best[0]))
        return hits

    def nearest(self, text: str, terms: Sequence[int], taken: Sequence[tuple[int, int]], threshold: float) -> FuzzyHit | None:
        """The word of ``text`` most like any of ``terms`` (source-aware search for a missing term)."""
        nearest = None
        for match in _words(text):
            word = match.group()
            if _overlaps(match.start(), match.end(), taken) or len(word) < 4:
                continue
            best = self.best(word, terms)
            needed = threshold if word[0].isupper() else max(threshold, self.THRESHOLD)
            if best and best[0] >= needed and (nearest is None or best[0] > nearest.score):
                nearest = FuzzyHit(match.start(), match.end(), word, best[1], best[2], best[0])
        return nearest


def _joined_alike(folded: str) -> str:
    """``folded`` with its hyphens as spaces, for the automaton: a name of several words is found however the draft
    joins its parts (Dubiczach-Cerkiewnych for Dubicze Cerkiewne, Рава Руська for Рава-Руська); the fix then writes the
    term's own joining (``enforcement``). The length stays, so offsets do; a one-word term is found exactly where it was,
    a hyphen and a space alike ending a word."""
    return folded.replace("-", " ") if "-" in folded else folded


def _name_stem(word: str) -> str:
    """``stem_key`` of each part of a hyphenated name: both parts of Львовой-Беловой and Lvova-Belova decline,
    so each loses its own ending (an adjectival genitive's too: Сидорова-Каменского)."""
    if "-" not in word:
        return stem_key(word)
    return "-".join(stem_key(_ADJECTIVAL_GENITIVE.sub("", part) or part) for part in word.split("-"))


def _consonant(stem: str, position: int) -> bool:
    """True when ``stem[position]`` is a consonant: a key's v is ў or u after a consonant, в or w after a vowel (Ливен)."""
    letter = stem[position]
    return letter not in "aeio" and (letter != "v" or position > 0 and stem[position - 1] in "aeio")


def _words(text: str) -> Iterator[re.Match]:
    """Whole words, leaving out the parts of hyphenated compounds (Польско-украинская)."""
    for match in _WORD.finditer(text):
        if text[match.end() : match.end() + 1] != "-" and text[max(match.start() - 1, 0) : match.start()] != "-":
            yield match


def _continues_a_word(text: str, start: int) -> bool:
    """True when the digits, underscores and apostrophes right before ``text[start]`` follow a letter."""
    position = start - 1
    while position >= 0 and (text[position].isalnum() or text[position] == "_" or text[position] in _APOSTROPHE_CHARS):
        if text[position].isalpha():
            return True
        position -= 1
    return False


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)
