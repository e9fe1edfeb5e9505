"""The Apertium engine: the tagger stand-in, and real rus→bel / rus→ukr runs where installed."""

import pytest

from workbench.mt.apertium import ApertiumEngine, first_reading, installed_pairs


def test_first_reading_keeps_the_first_analysis_and_drops_the_surface_form():
    stream = (r"^Александр/Александр<np><ant><m><sg><nom>/Александра<np><ant><f><pl><gen>$ "
              r"^что/что<cnjsub>/что<prn>$^,/,<cm>$[\n]")
    assert first_reading(stream) == r"^Александр<np><ant><m><sg><nom>$ ^что<cnjsub>$^,<cm>$[\n]"


def test_first_reading_keeps_unknown_words_and_escaped_slashes():
    assert first_reading("^Лукашенко/*Лукашенко$") == "^*Лукашенко$"
    assert first_reading(r"^1\/2/1\/2<num>$") == r"^1\/2<num>$"


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
