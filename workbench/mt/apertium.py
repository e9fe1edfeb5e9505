"""Apertium engine: rule-based Slavic legs (rus→bel, rus↔ukr) from Debian's apertium pairs.

Debian 12's ``apertium-tagger`` segfaults on these pairs' ``.prob`` files, so the engine runs
the mode's steps itself and chooses among the analyser's readings with ``workbench.mt.readings``
(constraint grammar's choice weighs, but does not decide alone); "это" that agrees with nothing
is the pronoun; a short passive participle the analyser lacks is read as its full form, which it often
knows (``unknown.analyse_short_participles``). Among the bilingual dictionary's translations it prefers the ones news writes
today, and replaces a few it offers alone where news writes another (или: або, not ці). Before transfer it gives rus→bel's rules the full form of a short participle they would drop
and у, not ля, before a person, keeps быць future and a reflexive verb reflexive (``belarusian_repairs``); before generation it repairs faults of the pairs' transfer rules (a lost blank between a
determiner and its noun, animacy written over number, pronouns after prepositions the generators
cannot form, к + dative, agreement and forms the generator lacks: ``workbench.mt.generation``)
and respells the words the pair does not know (``workbench.mt.unknown``); the output gets the
target's surface rules (``workbench.mt.orthography``).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.mt.base import Engine, InstalledModel, register_engine
from workbench.mt.generation import (
    agree_with_nouns,
    change_government,
    regenerate_failures,
    ukrainian_locatives,
)
from workbench.mt.orthography import polish_belarusian, polish_ukrainian
from workbench.mt.readings import LEXICAL_UNIT, disambiguate
from workbench.mt.unknown import (
    analyse_short_participles,
    belarusian_through_ukrainian,
    mark_unknown,
    respell,
    worth_translating,
)

# Debian's packages, then pairs built from source.
MODES_DIRS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
# ISO 639-1 (workbench) <-> ISO 639-3 (Apertium mode names).
APERTIUM_CODES = {"be": "bel", "uk": "ukr", "ru": "rus", "pl": "pol", "en": "eng"}
DEBIAN_PACKAGES = {("ru", "be"): "apertium-bel-rus", ("be", "ru"): "apertium-bel-rus",
                   ("ru", "uk"): "apertium-rus-ukr", ("uk", "ru"): "apertium-rus-ukr"}
# Surface rules of the target language that the pair's own steps leave out.
POLISH = {"uk": polish_ukrainian, "be": polish_belarusian}
# Among the translations a pair's dictionary offers for a word, the one news writes today
# (the pairs' first choice is often archaic or regional: "проціў", "цераз", "пора" for "время").
PREFERRED_TRANSLATIONS = {"be": {"супраць", "паміж", "праз"}, "uk": {"час", "розповідати", "виборець"}}
# Dictionary entries that are simply wrong ("уже", already, is not "вузей", narrower), and a pair's only
# translation where news writes another word («или»: ці, which is «ли»; або): lemma and first tag, replaced.
REPLACED_TRANSLATIONS = {"be": {"вузей<adv>": "ужо<adv>", "ці<cnjcoo>": "або<cnjcoo>", "гэтак<adv>": "так<adv>",
                                "вырашэнне<n>": "рашэнне<n>"}}
_BILINGUAL_UNIT = re.compile(r"\^((?:\\.|[^$\\/])*)/((?:\\.|[^$\\])*)\$")
# ... and its preferred forms among those the generator offers, chosen before generation.
PREFERRED_FORMS = {"uk": ukrainian_locatives}
# Two words glued by a transfer rule: "^свій<det>...$^відданість<n>...$" (no blank between).
_GLUED = re.compile(r"(\^[^\\^$]*\w[^\\^$]*<[^$]*\$)(?=\^[^\\^$<]*\w)")
# Ukrainian transfer copies animacy over number in adjectives: <mfn><pl><pl>, <m><an><an>.
_ADJECTIVE_AGREEMENT = re.compile(r"<(adj|det|pasv|actv)>((?:<[a-z]+>)*?)<(m|f|nt|mfn)><(an|nn|aa|sg|pl)><(an|nn|aa|sg|pl)>")
# A past-tense verb with animacy in place of number: <past><mfn><an>.
_PAST_NUMBER = re.compile(r"<past><(m|f|nt|mfn)><(?:an|nn|aa)>(?=[<$])")
_ANIMACY = {"an", "nn", "aa"}
# ... and over the number of a verb: <p3><an>. A plural word just before (<mfn>, <pl>) decides.
_VERB_NUMBER = re.compile(r"(\^[^$]*\$)?(\s*\^[^$<]*<vb[a-z]+>[^$]*<p[123]>)<(?:an|nn|aa)>(?=[<$])")


# Personal pronouns after a preposition ("с ними"): the pairs' generators lack the <pprep> forms.
_PREPOSITIONAL_PRONOUN = re.compile(
    r"\^([^$<]+)<prn><pers><p3>(?:<[a-z]+>)*?<(gen|acc|dat|ins|loc|prp)><pprep>(?:<@[^>]*>)*\$")
PREPOSITIONAL_PRONOUNS = {
    "uk": {("вони", "gen"): "них", ("вони", "acc"): "них", ("вони", "dat"): "ним", ("вони", "ins"): "ними",
           ("вони", "loc"): "них", ("він", "gen"): "нього", ("він", "acc"): "нього", ("він", "dat"): "ньому",
           ("він", "ins"): "ним", ("він", "loc"): "ньому", ("воно", "gen"): "нього", ("воно", "acc"): "нього",
           ("воно", "dat"): "ньому", ("воно", "ins"): "ним", ("воно", "loc"): "ньому", ("вона", "gen"): "неї",
           ("вона", "acc"): "неї", ("вона", "dat"): "ній", ("вона", "ins"): "нею", ("вона", "loc"): "ній"},
    "be": {("яны", "gen"): "іх", ("яны", "acc"): "іх", ("яны", "dat"): "ім", ("яны", "ins"): "імі",
           ("яны", "loc"): "іх", ("ён", "gen"): "яго", ("ён", "acc"): "яго", ("ён", "dat"): "яму", ("ён", "ins"): "ім",
           ("ён", "loc"): "ім", ("яно", "gen"): "яго", ("яно", "acc"): "яго", ("яно", "dat"): "яму",
           ("яно", "ins"): "ім", ("яно", "loc"): "ім", ("яна", "gen"): "яе", ("яна", "acc"): "яе", ("яна", "dat"): "ёй",
           ("яна", "ins"): "ёй", ("яна", "loc"): "ёй"},
}


def prepositional_pronouns(stream: str, target: str) -> str:
    """``^вони<prn>...<gen><pprep>$`` -> ``^*них$``: the form, passed through generation as it is."""
    forms = PREPOSITIONAL_PRONOUNS.get(target, {})

    def replace(match: re.Match) -> str:
        case = "loc" if match.group(2) == "prp" else match.group(2)
        form = forms.get((match.group(1).lower(), case))
        return f"^*{form}$" if form else match.group(0)

    return _PREPOSITIONAL_PRONOUN.sub(replace, stream)


def restore_blanks(stream: str) -> str:
    """Put back the blank a transfer rule dropped between two words (punctuation stays attached)."""
    return _GLUED.sub(r"\1 ", stream)


def repair_agreement_tags(stream: str) -> str:
    """``<adj><mfn><pl><pl>`` -> ``<adj><mfn><an><pl>`` (gender, animacy, number), and a verb's
    ``<p3><an>`` -> ``<p3><pl>`` or ``<p3><sg>``."""

    def repair(match: re.Match) -> str:
        kind, between, gender, first, second = match.groups()
        animacy = next((tag for tag in (first, second) if tag in _ANIMACY), "an")
        number = "pl" if gender == "mfn" else "sg"
        return f"<{kind}>{between}<{gender}><{animacy}><{number}>"

    def repair_verb(match: re.Match) -> str:
        previous = match.group(1) or ""
        number = "pl" if "<mfn>" in previous or "<pl>" in previous else "sg"
        return f"{previous}{match.group(2)}<{number}>"

    stream = _PAST_NUMBER.sub(lambda m: f"<past><{m.group(1)}><{'pl' if m.group(1) == 'mfn' else 'sg'}>", stream)
    return _VERB_NUMBER.sub(repair_verb, _ADJECTIVE_AGREEMENT.sub(repair, stream))


_THIS = re.compile(r"\^([Ээ])тот<det><dem><nt>(?:<[a-z]+>)*?<sg><(?:nom|acc)>\$(?!\s*\^[^$<]*<(?:n|adj|det|num)>[^$]*<nt>[^$]*<sg>)")


def demonstrative_pronouns(stream: str) -> str:
    """«Это правда», «это уже беспорядок»: "это" before anything but a neuter word it could
    agree with is the pronoun (be гэта, uk це), which the pairs' analyses lack; passed on as a
    word for ``respell_unknown``, the transfer rules cannot make it agree ("гэтая праўда")."""
    return _THIS.sub(lambda match: f"^*{match.group(1)}то$", stream)


def prefer_translations(stream: str, target: str) -> str:
    """``^против<pr>/проціў<pr>/супраць<pr>$`` -> ``супраць`` first (lexical selection takes the first)."""
    preferred, replaced = PREFERRED_TRANSLATIONS.get(target, set()), REPLACED_TRANSLATIONS.get(target, {})

    def replace(text: str) -> str:
        head = text[: text.find(">") + 1]
        better = replaced.get(head.lower())
        if better is None:
            return text
        return (better[:1].upper() + better[1:] if head[:1].isupper() else better) + text[len(head):]

    def reorder(match: re.Match) -> str:
        translations = [replace(text) for text in re.split(r"(?<!\\)/", match.group(2))]
        translations.sort(key=lambda text: text.split("<", 1)[0].lower() not in preferred)
        return "^" + match.group(1) + "/" + "/".join(translations) + "$"

    return _BILINGUAL_UNIT.sub(reorder, stream)


# A short passive participle (Russian «закрыт», «ранены»): rus→bel's first transfer rule loses its lemma
# and the word vanishes from the draft ("Мост  для машын"). Belarusian says it with the full form
# (мост закрыты, студні сапсаваныя), which the rules carry: the reading becomes that, nominative.
_SHORT_PARTICIPLE = re.compile(r"<pp><pasv><short><(m|f|nt|mfn)><(sg|pl)>")


def full_participles(stream: str) -> str:
    """``<pp><pasv><short><m><sg>`` -> ``<pp><pasv><m><an><sg><nom>``, on both sides of the
    bilingual step's units (the transfer rules match the source side)."""
    return _SHORT_PARTICIPLE.sub(r"<pp><pasv><\1><an><\2><nom>", stream)


# Russian у + a person's genitive is possession or someone's place (у неё нет денег, у президента): Belarusian
# у as well; rus→bel knows only ля (near), which is right before a thing (у дома: ля дома).
_U_BEFORE_A_PERSON = re.compile(r"\^([Уу])<pr>/[Лл]я<pr>\$(?=\s*\^[^$]*<(?:prn><pers|n>[^$/]*<aa)>)")


# Russian будет, будут: rus→bel's verb rule turns every imperfective future into the present, which is right for a
# verb whose Belarusian aspect differs but makes быць «ёсць» («Дарога ёсць закрытая», «Ён ёсць працаваць»).
# быць crosses the rule without its aspect and gets it back before generation: будзе, будуць.
_FUTURE_BE = re.compile(r"(/[Бб]ыць<vblex>)<impf>(?=<fut>)")
_FUTURE_BE_WITHOUT_ASPECT = re.compile(r"(\^[Бб]ыць<vblex>)(?=<fut>)")


# Russian «находится» is read as находить + <pass>, which rus→bel's transfer drops: «Завод знаходзіць у Мінску»
# (finds) for знаходзіцца (is). The Belarusian verb takes its reflexive lemma instead (-ць -> -цца, -ці -> -ціся).
_PASSIVE_VERB = re.compile(r"/([^/$<]+?)(ць|ці)(<vblex>[^/$]*?)<pass>")


def belarusian_repairs(stream: str) -> str:
    stream = _U_BEFORE_A_PERSON.sub(lambda match: f"^{match.group(1)}<pr>/{match.group(1)}<pr>$", stream)
    stream = _PASSIVE_VERB.sub(lambda match: f"/{match.group(1)}{'цца' if match.group(2) == 'ць' else 'ціся'}"
                               f"{match.group(3)}", stream)
    return full_participles(_FUTURE_BE.sub(r"\1", stream))


def belarusian_future(stream: str) -> str:
    """``^быць<vblex><fut><p3><sg>$`` (see ``belarusian_repairs``) -> ``^быць<vblex><impf><fut><p3><sg>$``."""
    return _FUTURE_BE_WITHOUT_ASPECT.sub(r"\1<impf>", stream)


# Russian «человек» as the genitive plural is the count form after a number (пять человек, несколько человек); the
# pairs give людзей / людей, the plural of a person. Belarusian says пяць чалавек, Ukrainian п'ять чоловік: the
# reading is tagged <cnt> after analysis, where the word is still there, and takes that form before generation.
COUNT_FORMS = {"be": "чалавек", "uk": "чоловік"}
_COUNT_NOUN = re.compile(r"\^([Чч]еловек)/([^$]*)\$")
_COUNTED = re.compile(r"\^[^$<]+<n>[^$]*<cnt>\$")


def mark_count_form(stream: str) -> str:
    """``^человек/человек<n><m><aa><pl><gen>/...$`` -> ``...<pl><gen><cnt>...``."""
    return _COUNT_NOUN.sub(lambda match: f"^{match.group(1)}/" + match.group(2).replace("<pl><gen>", "<pl><gen><cnt>")
                           + "$", stream)


def count_form(stream: str, target: str) -> str:
    """A unit tagged by ``mark_count_form`` -> ``^чалавек<n><m><aa><sg><nom>$`` (generates the count form)."""
    return _COUNTED.sub(f"^{COUNT_FORMS[target]}<n><m><aa><sg><nom>$", stream) if target in COUNT_FORMS else stream


# Repairs made right after the bilingual dictionary, before transfer, per target language.
BEFORE_TRANSFER = {"be": belarusian_repairs}


def prepare_generation(stream: str, target: str, generator: str, translated: dict[str, str]) -> str:
    """The transfer output repaired for the generator (see the module docstring and ``generation``);
    ``translated``: words the pair does not know, translated another way (``ApertiumEngine._translate_unknown``)."""
    stream = change_government(repair_agreement_tags(restore_blanks(count_form(stream, target))), target)
    if target == "be":
        stream = belarusian_future(stream)
    stream = prepositional_pronouns(respell_unknown(stream, target, translated), target)
    stream = PREFERRED_FORMS.get(target, str)(agree_with_nouns(stream))
    return regenerate_failures(stream, generator)


def unknown_words(stream: str) -> list[str]:
    """The words of ``stream`` the pair's dictionaries do not know (``^*Вашингтона$``), once each."""
    return list(dict.fromkeys(match.group(1)[1:] for match in LEXICAL_UNIT.finditer(stream)
                              if match.group(1).startswith("*")))


def respell_unknown(stream: str, target: str, translated: dict[str, str]) -> str:
    """``^*Вашингтона$`` -> the word translated another way or respelled for ``target``, marked as unknown
    for the translator."""

    def replace(match: re.Match) -> str:
        body = match.group(1)
        if not body.startswith("*"):
            return match.group(0)
        word = body[1:]
        if not any(c.isalpha() for c in word):
            return "^*" + word + "$"
        return "^*" + mark_unknown(word, translated.get(word) or respell(word, target)) + "$"

    return LEXICAL_UNIT.sub(replace, stream)


# Russian news abbreviates господин / госпожа before a name (г-н Смит, г-жу Браун); the pairs' analysers read
# «г», «-», «н» as three unknown words (rus-ukr even respells «г» as «р»). Written out, they are спадар / пан.
_TITLE_ABBREVIATION = re.compile(r"\b([Гг])-(н|на|ну|ном|не|жа|жи|же|жу|жой)\b")
_TITLE_ENDINGS = {"н": "осподин", "на": "осподина", "ну": "осподину", "ном": "осподином", "не": "осподине",
                  "жа": "оспожа", "жи": "оспожи", "же": "оспоже", "жу": "оспожу", "жой": "оспожой"}


def expand_titles(text: str) -> str:
    """«г-н Смит» -> «господин Смит», «Г-жа Браун» -> «Госпожа Браун»."""
    return _TITLE_ABBREVIATION.sub(lambda match: match.group(1) + _TITLE_ENDINGS[match.group(2)], text)


@dataclass(frozen=True)
class ApertiumPair:
    source: str
    target: str
    mode_file: Path

    def steps(self) -> list[list[str] | None]:
        """The mode's commands; None stands for the tagger step that the engine replaces."""
        steps: list[list[str] | None] = []
        for command in self.mode_file.read_text().strip().split(" | "):
            words = shlex.split(command)
            if words[0] == "apertium-tagger":
                steps.append(None)
                continue
            # $1 is the generation flag: -n leaves unknown words unmarked (no "*"); $2 is unused.
            steps.append([{"$1": "-n"}.get(word, word) for word in words if word != "$2"])
        return steps

    def bilingual_step(self) -> int:
        """The index of the bilingual dictionary's step (``lt-proc -b ...autobil.bin``)."""
        commands = self.mode_file.read_text().strip().split(" | ")
        return next(index for index, command in enumerate(commands) if "autobil.bin" in command)

    def analyser(self) -> str:
        """The source analyser's transducer file (``...automorf.bin``, the mode's first step)."""
        return shlex.split(self.mode_file.read_text().strip().split(" | ")[0])[-1]

    def generator(self) -> str:
        """The generator's transducer file (``...autogen.bin``)."""
        commands = self.mode_file.read_text().strip().split(" | ")
        return shlex.split(commands[self.generation_step()])[-1]

    def generation_step(self) -> int:
        """The index of the step that generates surface forms (``lt-proc $1 ...autogen.bin``)."""
        commands = self.mode_file.read_text().strip().split(" | ")
        return next(index for index, command in enumerate(commands) if "$1" in shlex.split(command))


def installed_pairs(modes_dirs: tuple[Path, ...] = MODES_DIRS) -> dict[tuple[str, str], ApertiumPair]:
    if shutil.which("lt-proc") is None:
        return {}
    codes = {three: two for two, three in APERTIUM_CODES.items()}
    pairs = {}
    for modes_dir in modes_dirs:
        for mode_file in sorted(modes_dir.glob("*-*.mode")):
            source, _, target = mode_file.stem.partition("-")
            if source in codes and target in codes:
                pairs.setdefault((codes[source], codes[target]), ApertiumPair(codes[source], codes[target], mode_file))
    return pairs


def _run(command: list[str], text: str) -> str:
    try:
        result = subprocess.run(command, input=text, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise WorkbenchError(f"apertium step {command[0]} is not installed") from None
    if result.returncode != 0:
        raise WorkbenchError(
            f"apertium step {command[0]} failed (exit {result.returncode}): {result.stderr.strip()[:300]}"
        )
    return result.stdout


def _debian_version(pair: tuple[str, str]) -> str:
    """The installed version of the Debian package that brings the pair ("" when built from source)."""
    package = DEBIAN_PACKAGES.get(pair)
    if package is None or shutil.which("dpkg-query") is None:
        return ""
    result = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True,
                            check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


class ApertiumEngine(Engine):
    name = "apertium"
    preference = 20
    inline_terms = False  # its dictionaries know the names; the termbase fixes what they get wrong

    def __init__(self, modes_dirs: tuple[Path, ...] = MODES_DIRS):
        self.pairs = installed_pairs(modes_dirs)

    @classmethod
    def installed(cls) -> list[InstalledModel]:
        return [InstalledModel(cls.name, (pair,), apertium_pair.mode_file.stem, _debian_version(pair))
                for pair, apertium_pair in installed_pairs().items()]

    @classmethod
    def install_hint(cls, source: str, target: str) -> str:
        package = DEBIAN_PACKAGES.get((source, target))
        return f"Debian package {package}" if package else ""

    def available_pairs(self) -> set[tuple[str, str]]:
        return set(self.pairs)

    def translate(self, texts: list[str], source: str, target: str) -> list[list[str]]:
        """One run of the pipeline for the whole batch: one segment per line."""
        if not texts:
            return []
        pair = self.pairs[source, target]
        lines = "\n".join(" ".join(text.split()) for text in texts)
        stream = _run(["apertium-destxt"], (expand_titles(lines) if source == "ru" else lines) + "\n")
        generation, bilingual = pair.generation_step(), pair.bilingual_step()
        analyses = ""  # the analyser's readings, before constraint grammar removed some
        for index, step in enumerate(pair.steps()):
            if index == generation:
                stream = prepare_generation(stream, target, pair.generator(), self._translate_unknown(stream, target))
            if step is not None and step[0] == "cg-proc":
                analyses = stream
            stream = demonstrative_pronouns(disambiguate(stream, analyses)) if step is None else _run(step, stream)
            if index == 0:
                stream = analyse_short_participles(stream, pair.analyser())
                stream = mark_count_form(stream) if target in COUNT_FORMS else stream
            if index == bilingual:
                stream = BEFORE_TRANSFER.get(target, str)(prefer_translations(stream, target))
        lines = _run(["apertium-retxt"], stream).split("\n")
        if len(lines) < len(texts):
            raise WorkbenchError(f"apertium {source}→{target} returned {len(lines)} lines for {len(texts)} segments")
        polish = POLISH.get(target, str)
        return [[polish(" ".join(line.split()))] for line in lines[: len(texts)]]

    def _translate_unknown(self, stream: str, target: str) -> dict[str, str]:
        """Words rus-bel lacks, by rus-ukr when it is installed (``unknown.belarusian_through_ukrainian``)."""
        if target != "be" or ("ru", "uk") not in self.pairs:
            return {}
        if not (words := [word for word in unknown_words(stream) if worth_translating(word)]):
            return {}
        ukrainian = [hypotheses[0] for hypotheses in self.translate(words, "ru", "uk")]
        return belarusian_through_ukrainian(words, ukrainian)


register_engine(ApertiumEngine)
