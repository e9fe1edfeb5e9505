"""The Apertium engine: the tagger stand-in, and real rus→bel / rus→ukr runs where installed."""

import pytest

from workbench.mt.apertium import (
    ApertiumEngine,
    installed_pairs,
    prepositional_pronouns,
    repair_agreement_tags,
    restore_blanks,
)
from workbench.mt.readings import disambiguate
from workbench.mt.unknown import mark_unknown, respell, split_unknown


def test_disambiguation_follows_the_preposition_and_drops_the_surface_form():
    # "в Польше": dative or prepositional; the preposition в takes acc/prp.
    stream = (r"^в/в<pr>$ ^Польше/Польша<np><top><f><sg><dat>/Польша<np><top><f><sg><prp>$"
              r"^,/,<cm>$ ^к/к<pr>$ ^Польше/Польша<np><top><f><sg><prp>/Польша<np><top><f><sg><dat>$[\n]")
    assert disambiguate(stream) == (r"^в<pr>$ ^Польша<np><top><f><sg><prp>$^,<cm>$ ^к<pr>$ "
                                    r"^Польша<np><top><f><sg><dat>$[\n]")


def test_disambiguation_makes_an_adjective_agree_with_its_noun_and_prefers_pymorphy():
    stream = (r"^после/после<pr>$ ^недавней/недавний<adj><sint><comp>/недавний<adj><sint><f><an><sg><gen>$ "
              r"^встречи/встреча<n><f><nn><sg><gen>/встреча<n><f><nn><pl><nom>/встреча<n><f><nn><pl><acc>$")
    assert disambiguate(stream) == (r"^после<pr>$ ^недавний<adj><sint><f><an><sg><gen>$ "
                                    r"^встреча<n><f><nn><sg><gen>$")


def test_disambiguation_keeps_unknown_words_and_escaped_slashes():
    assert disambiguate("^Лукашенко/*Лукашенко$") == "^*Лукашенко$"
    assert disambiguate(r"^1\/2/1\/2<num>$") == r"^1\/2<num>$"


def test_transfer_faults_are_repaired_before_generation():
    glued = "^свій<det><pos><f><an><sg><acc>$^відданість<n><f><nn><sg><acc>$^.<sent>$"
    assert restore_blanks(glued) == "^свій<det><pos><f><an><sg><acc>$ ^відданість<n><f><nn><sg><acc>$^.<sent>$"
    assert repair_agreement_tags("^економічний<adj><mfn><pl><pl><ins>$") == "^економічний<adj><mfn><an><pl><ins>$"
    assert repair_agreement_tags("^піти<vblex><perf><iv><past><mfn><an>$") == "^піти<vblex><perf><iv><past><mfn><pl>$"
    pronoun = "^вони<prn><pers><p3><mfn><pl><ins><pprep>$"
    assert prepositional_pronouns(pronoun, "uk") == "^*ними$"
    assert prepositional_pronouns(pronoun, "pl") == pronoun


def test_unknown_words_are_respelled_for_the_target_and_marked():
    assert respell("Перри", "uk") == "Перрі" and respell("Перри", "be") == "Перры"
    assert respell("Москве", "uk") == "Москві"  # lemma known to pymorphy3's Ukrainian dictionary
    assert respell("негативную", "uk") == "негативну"
    assert respell("заявления", "be") == "заявлення"
    assert respell("BDI", "be") == "BDI"
    marked = f"у {mark_unknown('Перри', 'Перрі')} і {mark_unknown('Перри', 'Перрі')}."
    assert split_unknown(marked) == ("у Перрі і Перрі.", ["Перрі"])
    assert split_unknown(marked, keep_original=lambda word: word == "Перри") == ("у Перри і Перри.", ["Перри"])


def test_pairs_are_read_from_mode_files(tmp_path):
    assert installed_pairs((tmp_path,)) == {}
    (tmp_path / "rus-bel.mode").write_text("lt-proc -w 'x.bin' | apertium-tagger -g $2 'x.prob' | lt-proc $1 'y.bin'")
    (tmp_path / "eng-epo.mode").write_text("lt-proc -w 'z.bin'")
    pairs = installed_pairs((tmp_path,))
    assert list(pairs) == [("ru", "be")]
    assert pairs["ru", "be"].steps() == [["lt-proc", "-w", "x.bin"], None, ["lt-proc", "-n", "y.bin"]]


needs_apertium = pytest.mark.skipif(
    not {("ru", "be"), ("ru", "uk")} <= set(installed_pairs()),
    reason="Debian packages apertium-bel-rus and apertium-rus-ukr are not installed",
)


@pytest.mark.apertium
@needs_apertium
def test_russian_to_belarusian_and_ukrainian_for_real():
    engine = ApertiumEngine()
    sentences = ["Они хотят воевать с русскими в Украине.", "Президент Беларуси заявил, что это важно."]
    belarusian = engine.translate(sentences, "ru", "be")
    assert belarusian[0] == ["Яны хочуць ваяваць з рускімі ва Украіне."]
    # The blank the ru→uk transfer dropped is back; "Москве" is respelled and marked.
    [[ukrainian_poland]] = engine.translate(["Германия подтвердила свою приверженность Москве."], "ru", "uk")
    assert "свою відданість" in ukrainian_poland and mark_unknown("Москве", "Москві") in ukrainian_poland
    assert belarusian[1][0].startswith("Прэзідэнт Беларусі")
    ukrainian = engine.translate(sentences, "ru", "uk")
    assert ukrainian[0][0].startswith("Вони хочуть")
    assert len(ukrainian) == 2


@pytest.mark.apertium
@needs_apertium
def test_a_batch_gives_one_line_per_segment_in_order():
    engine = ApertiumEngine()
    sentences = ["Привет.", "Они хотят воевать.", "", "Беларусь."]
    batch = engine.translate(sentences, "ru", "be")
    assert batch == [engine.translate([sentence], "ru", "be")[0] for sentence in sentences]


def test_ukrainian_output_gets_euphony_and_the_pairs_wrong_forms_fixed():
    from workbench.mt.orthography import polish_ukrainian

    assert polish_ukrainian("Вона була у Техасі і він у вересні.") == "Вона була в Техасі й він у вересні."
    assert polish_ukrainian("Брат у Львові, котрий говорить о сині у 2020 рокові.") == (
        "Брат у Львові, який каже про сині в 2020 році.")


def test_words_the_pairs_lack_come_from_the_gaps_list_and_verbs_take_target_endings():
    assert respell("сказал", "be") == "сказаў" and respell("сказал", "uk") == "сказав"
    assert respell("Является", "be") == "З'яўляецца"
    assert respell("пытаются", "be") == "спрабуюць"
    assert respell("атаковал", "uk") == "атакував"  # lemma "атакувати" found in pymorphy3's Ukrainian dictionary
    # Belarusian writes о only under stress: the unstressed ones of a longer word become а.
    assert respell("окно", "be") == "акно"
