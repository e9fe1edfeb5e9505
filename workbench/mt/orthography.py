"""Ukrainian surface rules the rus-ukr pair does not apply to its output.

- Euphony (милозвучність): the preposition у / в and the conjunction і / й alternate with the
  sounds around them ("була в Техасі", "брат у Львові"; "мати й батько"); the pair always
  writes у and і. So does з / із / зі: зі before з, с, ш, щ and a consonant ("зі своєю", "зі штату") and
  before мною, із between consonants ("Меркель із російським"), з elsewhere; the pair always writes з.
- The relative pronoun: modern news Ukrainian writes який where the pair writes котрий.
- The Russian preposition о / об, which the pair leaves untranslated, is про.
- The apostrophe inside a word is the typographic one ("п’ятниця"), as Ukrainian publishers set
  it; the pair writes the typewriter ' (and so does the respelling of Russian ъ).
- "по словам" is "за словами" ("за його словами"), and a few more «по» phrases ("за даними", "порівняно з").
- Words the pair generates wrongly whatever the context: "у 2020 рокові" (dative for the
  locative), "не можучи" (a gerund for може), "цім", "являється", "їсти" for Russian "есть"
  (there is), "процентів"; and "говорить" / "уже" where news Ukrainian writes "каже" / "вже".

Both: the particles бы / б (uk би / б) and ж / жа (uk ж / же) by the sound before them ("калі б", "змог бы").

Belarusian needs "по словам" -> "па словах" ("па яго словах") and у written ў after a word that ends in a
vowel, the preposition and a word's first, unstressed у (a stressed one takes в in Belarusian: вуліца):
"пайшла ў лес", "і ў Беларусь", "вымушаны ўехаць"; the rus-bel mode's own у / ў steps leave у in the
engine's runs.
"""

from __future__ import annotations

import re

_VOWELS = "аеєиіїоуюяАЕЄИІЇОУЮЯ"
# "котрий" and its forms -> "який" and the same ending.
_KOTRYI = re.compile(r"\b([Кк])отр(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)\b")
_ABOUT = re.compile(r"(?<![\w'’-])(о|об)(?= [^\W\d])")
# A preposition у/в or conjunction і/й between two words; either may be marked as unknown
# (⟪original⁣respelling⟫, see ``unknown``): the respelling is what decides.
_ALTERNATING = re.compile(r"(\w⟫?) ([увіУВІ]) (?=(?:⟪[^⁣⟫]*⁣)?(\w))")


def _euphony(match: re.Match) -> str:
    """в / й after a vowel, у / і after a consonant, at a clause boundary, or before в, ф / й, я, є, ю, ї, і."""
    before, word, after = match.group(1), match.group(2), match.group(3)
    after_vowel = before[0] in _VOWELS
    if word.lower() in "ув":
        choose = "в" if after_vowel and after.lower() not in "вфу" else "у"
    else:
        choose = "й" if after_vowel and after.lower() not in "йєюяїі" else "і"
    return f"{before} {choose.upper() if word.isupper() else choose} "


# Words and phrases the pair writes as Russian or surzhyk, and the Ukrainian news writes: Russian «по»
# phrases copied word for word among them («по даним» is «за даними»).
_REPLACEMENTS = {
    "рокові": "році", "можучи": "може", "цім": "цьому", "являється": "є", "являються": "є", "їсти": "є",
    "процентів": "відсотків", "проценти": "відсотки", "процента": "відсотка", "процентами": "відсотками",
    "говорить": "каже", "говорять": "кажуть", "уже": "вже",
    "по даним": "за даними", "по інформації": "за інформацією", "по оцінкам": "за оцінками",
    "по сполученню": "за повідомленням", "по порівнянню з": "порівняно з", "по ставленню до": "щодо",
}
_REPLACED = re.compile(r"(?<![\w'’-])(" + "|".join(_REPLACEMENTS) + r")(?![\w'’-])", re.IGNORECASE)


def _replace(match: re.Match) -> str:
    word = match.group(1)
    better = _REPLACEMENTS[word.lower()]
    return better[:1].upper() + better[1:] if word[:1].isupper() else better


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_ACCORDING_TO = re.compile(r"(?<![\w'’-])([Пп])о ((?:його |її |їх |їхніми )?)словам(?![\w'’-])")


# The preposition з, after a word or at the start, before a word (its respelling, when marked unknown).
_WITH = re.compile(r"(?:(?<=(\w))⟫?|(?<![\w⟫])) ?\b([зЗ]) (?=(?:⟪[^⁣⟫]*⁣)?(\w+))")


def _with_euphony(match: re.Match) -> str:
    before, preposition, after = match.group(1), match.group(2), match.group(3).lower()
    if (after[0] in "зсшщ" and len(after) > 1 and after[1].isalpha() and after[1] not in _VOWELS) or after == "мною":
        form = "зі"
    elif before and before.isalpha() and before not in _VOWELS and after[0].isalpha() and after[0] not in _VOWELS:
        form = "із"
    else:
        return match.group(0)
    return match.group(0).replace(preposition + " ", (form.capitalize() if preposition == "З" else form) + " ", 1)


def polish_ukrainian(text: str) -> str:
    text = _APOSTROPHE.sub("’", _REPLACED.sub(_replace, text))
    text = _ACCORDING_TO.sub(lambda m: ("З" if m.group(1) == "П" else "з") + f"а {m.group(2)}словами", text)
    text = _KOTRYI.sub(lambda m: ("Я" if m.group(1) == "К" else "я") + "к" + m.group(2), text)
    text = _ABOUT.sub("про", text)
    return particles_after_vowels(_WITH.sub(_with_euphony, _ALTERNATING.sub(_euphony, text)), "uk")


_ACCORDING_TO_BELARUSIAN = re.compile(r"(?<![\w'’-])([Пп])а ((?:яго |яе |іх )?)словам(?![\w'’-])")


_BELARUSIAN_VOWELS = "аеёіоуыэюяАЕЁІОУЫЭЮЯ"
# The preposition у, or a lower-case word's first у (уехаць, усход), after a word (its respelling, when
# marked unknown) and one blank, not after a pause.
_BELARUSIAN_U = re.compile(r"(\w⟫?) (у(?=\w)|[уУ](?= (?:⟪|\w)))")


def _short_u(match: re.Match) -> str:
    before, u = match.group(1), match.group(2)
    if before.rstrip("⟫")[-1] not in _BELARUSIAN_VOWELS:
        return match.group(0)
    return f"{before} {'Ў' if u == 'У' else 'ў'}"


# The particles бы and ж lose their vowel after a vowel and keep it after a consonant: "калі б", "змог бы",
# "то ж", "гэтак жа" (uk "якщо б", "зміг би", "так же"); the pairs write one form whatever comes before.
_PARTICLES = {"be": {"бы": ("б", "бы"), "б": ("б", "бы"), "ж": ("ж", "жа"), "жа": ("ж", "жа")},
              "uk": {"би": ("б", "би"), "б": ("б", "би"), "ж": ("ж", "же"), "же": ("ж", "же")}}
_PARTICLE = {language: re.compile(r"(\w⟫?) (" + "|".join(forms) + r")(?![\w'’-])")
             for language, forms in _PARTICLES.items()}


def particles_after_vowels(text: str, language: str) -> str:
    vowels = _BELARUSIAN_VOWELS if language == "be" else _VOWELS

    def choose(match: re.Match) -> str:
        before = match.group(1)
        after_vowel, after_consonant = _PARTICLES[language][match.group(2)]
        return f"{before} {after_vowel if before.rstrip('⟫')[-1] in vowels else after_consonant}"

    return _PARTICLE[language].sub(choose, text)


def polish_belarusian(text: str) -> str:
    text = _BELARUSIAN_U.sub(_short_u, _ACCORDING_TO_BELARUSIAN.sub(r"\1а \2словах", text))
    return particles_after_vowels(text, "be")
