"""Target-side repairs of an Apertium pair's transfer output, just before generation.

The transfer rules of rus-ukr (and, less often, rus-bel) hand the generator lexical units it
cannot form, which come out as bare lemmas ("у всьому мир¹", "минулої тижня"):

- an adjective keeps the Russian noun's gender when the target noun has another ("прошлой
  недели" -> "минулий<f> тиждень<m>"), and a possessive keeps placeholders (<GD><ND><CD>);
- tags the target's generator does not know: the Russian prepositional case <prp> for the
  locative, syntax tags (<@P←>), a homonym number on the lemma (мир¹), animacy on determiners,
  short adjective forms.

``agree_with_nouns`` gives adjectives and determiners the gender, number and case of the noun
they stand before; ``regenerate_failures`` asks the generator which units it cannot form and
replaces each by the first rewrite of its tags that it can. ``ukrainian_locatives``: of the two
locatives of a Ukrainian masculine or neuter adjective, news writes "у минулому", not the
generator's "у минулім" (the -ому form is the dative's). ``change_government``: Russian к + dative
is Belarusian да / Ukrainian до + genitive ("к президенту" -> "да прэзідэнта"); the pairs copy
the preposition (rus-bel writes "к", rus-ukr does not know it) and keep the dative. Ukrainian о + locative
is про + accusative ("о выходе" -> "про вихід"); rus-ukr keeps о and the locative.
"""

from __future__ import annotations

import re
import subprocess

from workbench.mt.readings import LEXICAL_UNIT

_TAGS = re.compile(r"<([^>]+)>")
_GENDERS = {"m", "f", "nt", "mfn"}
_CASES = {"nom", "gen", "dat", "acc", "ins", "loc", "prp", "voc"}
_MODIFIERS = {"adj", "det"}


def _tags(unit: str) -> list[str]:
    return _TAGS.findall(unit)


def _case(tags: list[str]) -> str | None:
    case = next((tag for tag in tags if tag in _CASES), None)
    return "loc" if case == "prp" else case


def _number(tags: list[str]) -> str | None:
    return next((tag for tag in tags if tag in ("sg", "pl")), None)


def _agreeing(modifier: str, noun_tags: list[str]) -> str:
    """``modifier`` (``^lemma<adj>...$`` body) with the noun's gender, and its number and case
    where it had placeholders."""
    gender = "mfn" if _number(noun_tags) == "pl" else next(tag for tag in noun_tags if tag in _GENDERS)
    if "<GD>" in modifier:
        return (modifier.replace("<GD>", f"<{gender}>").replace("<ND>", f"<{_number(noun_tags)}>")
                .replace("<CD>", f"<{_case(noun_tags)}>"))
    tags = _tags(modifier)
    if _number(tags) != "sg" or _number(noun_tags) != "sg" or _case(tags) != _case(noun_tags):
        return modifier
    return re.sub(r"<(m|f|nt)>", f"<{gender}>", modifier, count=1)


def agree_with_nouns(stream: str) -> str:
    """Adjectives and determiners standing right before a noun take its gender (and fill their
    <GD><ND><CD> placeholders from it)."""
    units = list(LEXICAL_UNIT.finditer(stream))
    bodies = [unit.group(1) for unit in units]
    for index, unit in enumerate(units):
        tags = _tags(bodies[index])
        if tags[:1] != ["n"] or not any(tag in _GENDERS for tag in tags) or not _case(tags):
            continue
        previous = index - 1
        while (previous >= 0 and _tags(bodies[previous])[:1] and _tags(bodies[previous])[0] in _MODIFIERS
               and not stream[units[previous].end():units[previous + 1].start()].strip()):
            bodies[previous] = _agreeing(bodies[previous], tags)
            previous -= 1
    return _rebuild(stream, units, bodies)


def _rebuild(stream: str, units: list[re.Match], bodies: list[str]) -> str:
    pieces, position = [], 0
    for unit, body in zip(units, bodies):
        pieces += [stream[position:unit.start()], "^", body, "$"]
        position = unit.end()
    return "".join(pieces) + stream[position:]


_LOCATIVE_ADJECTIVE = re.compile(r"(\^[^$<]*<(?:adj|det)>(?:<[a-z]+>)*?<(?:m|nt)>(?:<[a-z]+>)*?<sg>)<(?:loc|prp)>(?=\$)")


def ukrainian_locatives(stream: str) -> str:
    """``^минулий<adj><m><an><sg><loc>$`` -> the same with <dat>: "минулому"."""
    return _LOCATIVE_ADJECTIVE.sub(r"\1<dat>", stream)


# The preposition the pairs leave as Russian, its target, and the case it governs there: к + dative is да / до
# + genitive, Ukrainian о + locative is про + accusative («про вихід», «про те, що»; rus-ukr writes «о виході»),
# and из-за + genitive (because of) через + accusative, not із-за (from behind).
GOVERNMENT = {"be": {"к": ("да", "gen"), "ко": ("да", "gen")},
              "uk": {"к": ("до", "gen"), "ко": ("до", "gen"), "о": ("про", "acc"), "об": ("про", "acc"),
                     "обо": ("про", "acc"), "із-за": ("через", "acc")}}
_GOVERNED_CASE = re.compile(r"<(?:dat|loc|prp|gen)>")
_PHRASE_PARTS = {"adj", "det", "num", "n", "np", "prn"}
_PREPOSITION = re.compile(r"([^<*$]+)<pr>|\*([^<$]+)")


def change_government(stream: str, target: str) -> str:
    """``^к<pr>$ ^новы<adj>...<dat>$ ^прэзідэнт<n>...<dat>$`` -> ``^да<pr>$`` and the phrase in
    the genitive (rus-ukr leaves the word unknown: ``^*к$``)."""
    changes = GOVERNMENT.get(target, {})
    units = list(LEXICAL_UNIT.finditer(stream))
    bodies = [unit.group(1) for unit in units]
    for index, body in enumerate(bodies):
        preposition = _PREPOSITION.fullmatch(body)
        word = preposition and (preposition.group(1) or preposition.group(2))
        if not word or word.lower() not in changes:
            continue
        replacement, case = changes[word.lower()]
        phrase, following = [], index + 1
        while (following < len(units) and not stream[units[following - 1].end():units[following].start()].strip(" ~")
               and _tags(bodies[following])[:1] and _tags(bodies[following])[0] in _PHRASE_PARTS
               and _GOVERNED_CASE.search(bodies[following])):
            phrase.append(following)
            if _tags(bodies[following])[0] in ("n", "np", "prn"):
                break
            following += 1
        # «из-за» before a phrase the accusative cannot reach whole (an unknown word before its noun: «своєї
        # ⟪сексуальной⟫ орієнтації») keeps із-за and the genitive, which still agree.
        if (word.lower() == "із-за" and not (phrase and _tags(bodies[phrase[-1]])[0] in ("n", "np", "prn"))
                and following < len(units) and bodies[following].startswith("*")):
            continue
        bodies[index] = (replacement.capitalize() if word[0].isupper() else replacement) + "<pr>"
        for part in phrase:
            # A third-person pronoun takes its form after a preposition (про нього), which ``prepositional_pronouns``
            # gives; the others have one form (про нас, до мене).
            pronoun = "<pprep>" if "<prn><pers><p3>" in bodies[part] and "<pprep>" not in bodies[part] else ""
            bodies[part] = _GOVERNED_CASE.sub(f"<{case}>{pronoun}", bodies[part], count=1)
    return _rebuild(stream, units, bodies)


def _rewrites(body: str) -> list[str]:
    """Spellings of a unit the generator may know, most faithful first."""
    lemma, _, tags = body.partition("<")
    tags = "<" + tags
    plain_lemma = lemma.rstrip("¹²³⁴⁵⁶⁷⁸⁹")
    tags = re.sub(r"<@[^>]*>", "", tags).replace("<prp>", "<loc>")
    variants = [tags]
    if "<short>" in tags:  # "нужна" -> the full adjective "потрібна"
        variants.append(re.sub(r"<short>((?:<[a-z]+>)*?<(?:sg|pl)>)", r"\1<nom>", tags)
                        .replace("<f><sg>", "<f><an><sg>").replace("<m><sg>", "<m><an><sg>")
                        .replace("<nt><sg>", "<nt><an><sg>").replace("<mfn><pl>", "<mfn><an><pl>"))
    variants += [re.sub(r"<(?:an|nn|aa)>", animacy, tags) for animacy in ("", "<an>", "<nn>")]
    # A reflexive Belarusian lemma made from a passive reading (знаходзіцца) the generator may lack: the plain verb.
    plain_verb = re.sub(r"цца$", "ць", re.sub(r"ціся$", "ці", plain_lemma)) if "<vblex>" in tags else plain_lemma
    candidates = [name + variant for name in dict.fromkeys((lemma, plain_lemma, plain_verb)) for variant in variants]
    return [candidate for candidate in dict.fromkeys(candidates) if candidate != body]


def _failures(generator: str, bodies: list[str]) -> list[bool]:
    """For each unit body: does the generator fail to form it?"""
    if not bodies:
        return []
    text = "".join(f"^{body}$\n" for body in bodies)
    output = subprocess.run(["lt-proc", "-g", generator], input=text, capture_output=True, text=True,
                            check=False).stdout.split("\n")
    return [line.startswith("#") for line in output[: len(bodies)]]


def regenerate_failures(stream: str, generator: str) -> str:
    """Units the generator cannot form replaced by the first rewrite it can (one generator run
    for the stream's units, one for the rewrites)."""
    bodies = list(dict.fromkeys(unit.group(1) for unit in LEXICAL_UNIT.finditer(stream)
                                if "<" in unit.group(1) and not unit.group(1).startswith("*")))
    failing = [body for body, fails in zip(bodies, _failures(generator, bodies)) if fails]
    rewrites = {body: _rewrites(body) for body in failing}
    candidates = [candidate for options in rewrites.values() for candidate in options]
    works = {candidate for candidate, fails in zip(candidates, _failures(generator, candidates)) if not fails}
    replacement = {body: next(option for option in options if option in works)
                   for body, options in rewrites.items() if any(option in works for option in options)}
    if not replacement:
        return stream
    return LEXICAL_UNIT.sub(lambda unit: f"^{replacement.get(unit.group(1), unit.group(1))}$", stream)
