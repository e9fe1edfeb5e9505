"""`workbench translate` end to end on the seed article, with tiny real models (copy models)."""

import csv
import json
import zipfile

import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from mt_models import OPUS_TOKENS, copy_packages, multilingual_packages, opus_packages
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from glossary.termbase import Termbase
from workbench.models import Segment, Translation
from workbench.mt.apertium import installed_pairs
from workbench.mt.base import Engine
from workbench.mt.pipeline import (
    Reporter,
    draft_texts,
    open_engines,
    translate_documents,
)
from workbench.mt.routes import Leg, Route
from workbench.tm import add_units
from workbench.translations import save_translation


def import_seed(run_cli) -> int:
    return json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]


def translate(run_cli, *args):
    # One thread: the tests share small machines, where CTranslate2's thread pool only contends.
    return run_cli("translate", *args, "--threads", "1")


def install(run_cli, *pairs):
    for pair in pairs:
        run_cli("models", "install", copy_packages()[pair])


def translations(database, lang) -> list[Translation]:
    with database.session() as session:
        return list(session.scalars(
            select(Translation).join(Segment).where(Translation.lang == lang).order_by(Segment.position)
            .options(selectinload(Translation.revisions))
        ))


def segment_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Segment.id)))


def test_fresh_machine_without_models_names_missing_routes_and_exits_0(run_cli, database):
    import_seed(run_cli)
    result = translate(run_cli, "--all", "--to", "be,uk,pl,ru")
    for lang in ("be", "uk", "pl", "ru"):
        assert f"no route en→{lang}" in result.stderr
    assert "workbench models install --from-index en-ru" in result.stderr
    assert "apertium-bel-rus" in result.stderr or "apertium ru→be" in result.stderr
    assert translations(database, "be") == []


def test_every_segment_gets_a_draft_with_route_raw_mt_and_alternatives(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-ru", "en-pl")
    result = translate(run_cli, document, "--to", "ru,pl,uk", "--engine", "argos")
    assert "ru: argos en→ru" in result.stdout
    assert "no route en→uk" in result.stderr
    count = segment_count(database)
    assert f"ru: {count} drafted" in result.stdout
    for lang in ("ru", "pl"):
        drafts = translations(database, lang)
        assert len(drafts) == count
        assert {(t.status, t.origin, t.route) for t in drafts} == {("draft", "mt", f"argos en→{lang}")}
        # The copy model echoes its (space-normalised) input: no termbase here, so draft == raw == source.
        assert all(t.text == t.raw_mt == " ".join(t.source_text.split()) for t in drafts)
        assert all(t.glossary_changes == [] for t in drafts)
        assert any(t.alternatives for t in drafts)
        assert all(t.text not in t.alternatives for t in drafts)
    assert translations(database, "uk") == []


def test_target_prefix_of_a_multilingual_package_is_honoured(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-be")
    assert "prefix __be__" in run_cli("models", "list").stdout
    translate(run_cli, document, "--to", "be", "--engine", "argos")
    drafts = translations(database, "be")
    assert len(drafts) == segment_count(database)
    assert all(t.text == " ".join(t.source_text.split()) and "__be__" not in t.text for t in drafts)


def test_an_opus_mt_model_with_its_own_target_sentencepiece_model_drafts_end_to_end(run_cli, database, tmp_path):
    """source.spm + target.spm, as Helsinki-NLP's converted models ship: `models package` keeps
    both, the >>ukr<< token starts the source, and drafts are decoded with the target's model
    (the copy model writes capitals that only target.spm turns back into the source's letters)."""
    parts = opus_packages()
    article = tmp_path / "article.txt"
    # Its character pieces make a token per letter: paragraphs within the model's 256 positions.
    paragraphs = [line for line in SEED_ARTICLE.read_text(encoding="utf-8").lower().splitlines() if len(line) < 240]
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")
    document = json.loads(run_cli("import", article, "--lang", "en", "--json").stdout)["id"]
    package = tmp_path / "opus-en-zle.argosmodel"
    tokens = ",".join(f"{lang}={token}" for lang, token in OPUS_TOKENS.items())
    run_cli("models", "package", "--model-dir", parts["model"], "--sp-model", parts["source.spm"],
            "--target-sp-model", parts["target.spm"], "--from", "en", "--to", "uk", "--language-tokens", tokens,
            "--token-style", "source-token", "-o", package)
    run_cli("models", "install", package)
    assert "multilingual (source-token: >>bel<<, >>rus<<, >>ukr<<)" in run_cli("models", "list").stdout
    result = translate(run_cli, document, "--to", "uk,be", "--engine", "argos")
    assert "uk: argos en→uk" in result.stdout and "be: argos en→be" in result.stdout
    for lang in ("uk", "be"):
        drafts = translations(database, lang)
        assert len(drafts) == segment_count(database)
        assert all(t.text == " ".join(t.source_text.split()) for t in drafts)
        assert not any(">>" in t.text for t in drafts)


def test_human_edits_survive_a_rerun_and_force_overrides_them(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-ru")
    translate(run_cli, document, "--to", "ru")
    with database.session() as session:
        segment = session.scalars(select(Segment).order_by(Segment.position)).first()
        save_translation(session, segment, "ru", "Перевод человека.", status="translated", origin="human", author="ann")
    rerun = translate(run_cli, document, "--to", "ru")
    assert "ru: 0 drafted" in rerun.stdout and "1 skipped (human)" in rerun.stdout
    assert translations(database, "ru")[0].text == "Перевод человека."
    translate(run_cli, document, "--to", "ru", "--force")
    first = translations(database, "ru")[0]
    assert (first.text, first.origin, first.status) == (" ".join(first.source_text.split()), "mt", "draft")
    assert [revision.origin for revision in first.revisions] == ["mt", "human", "mt"]


def test_confirmed_translations_are_reused_from_memory(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-ru")
    with database.session() as session:
        first = session.scalars(select(Segment).order_by(Segment.position)).first()
        add_units(session, "en", "ru", [(first.source_text, "Из памяти переводов.")], origin="tmx")
    result = translate(run_cli, document, "--to", "ru")
    assert "1 reused from TM" in result.stdout
    drafts = translations(database, "ru")
    assert (drafts[0].text, drafts[0].origin, drafts[0].raw_mt) == ("Из памяти переводов.", "tm", None)
    assert {t.origin for t in drafts[1:]} == {"mt"}


class StopAfterFirstChunk(Reporter):
    def advance(self, report, segments):
        raise KeyboardInterrupt


def test_an_interrupted_run_keeps_finished_chunks_and_resumes_without_duplicates(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-ru")
    engines = open_engines("argos", threads=1)
    with pytest.raises(KeyboardInterrupt):
        translate_documents(database, [document], ["ru"], engines, reporter=StopAfterFirstChunk(), chunk_size=10)
    assert len(translations(database, "ru")) == 10
    [report] = translate_documents(database, [document], ["ru"], engines, chunk_size=10)
    assert (report.already_drafted, report.drafted) == (10, segment_count(database) - 10)
    assert len(translations(database, "ru")) == segment_count(database)


def test_termbase_terms_are_protected_before_mt(run_cli, database):
    document = import_seed(run_cli)
    run_cli("glossary", "import", SEED_TERMBASE)
    install(run_cli, "en-ru")
    translate(run_cli, document, "--to", "ru")
    drafts = [t for t in translations(database, "ru") if "Lukashenko" in t.source_text]
    assert drafts
    # The copy model passes the inlined Russian form through; no English name is left.
    assert all("Лукашенко" in t.text and "Lukashenko" not in t.text for t in drafts)
    # A surname alone is replaced by the surname alone.
    [quote] = [t for t in translations(database, "ru") if "Prokopiev told CNN on Monday" in t.source_text]
    assert "Прокопьев told CNN" in quote.text and "Вадим" not in quote.text


class FixedOutput(Engine):
    """Stands in for a model that spells a name the deprecated way."""

    name = "fixed"

    def available_pairs(self):
        return {("en", "ru")}

    def translate(self, texts, source, target):
        return [["Светлана Цихановская выступила.", "Цихановская выступила."] for _ in texts]


def test_the_termbase_fixes_the_draft_and_keeps_the_raw_mt():
    with SEED_TERMBASE.open(encoding="utf-8") as file:
        termbase = Termbase.from_rows(csv.DictReader(file))
    [draft] = draft_texts(["Tsikhanovskaya spoke."], Route((Leg("fixed", "en", "ru"),)), {"fixed": FixedOutput()},
                          "en", "ru", termbase)
    assert draft.raw_mt == "Светлана Цихановская выступила."
    assert draft.text == "Светлана Тихановская выступила."
    assert draft.glossary_changes == [
        {"concept": "tsikhanouskaya", "from": "Цихановская", "to": "Тихановская", "reason": "deprecated"}
    ]
    assert draft.alternatives == ["Тихановская выступила."]


@pytest.mark.apertium
@pytest.mark.skipif(("ru", "be") not in installed_pairs(), reason="Debian package apertium-bel-rus is not installed")
def test_belarusian_pivots_through_russian_with_apertium(run_cli, database):
    document = import_seed(run_cli)
    run_cli("glossary", "import", SEED_TERMBASE)
    install(run_cli, "en-ru")
    result = translate(run_cli, document, "--to", "be")
    assert "be: argos en→ru | apertium ru→be" in result.stdout
    drafts = translations(database, "be")
    assert len(drafts) == segment_count(database)
    assert {t.route for t in drafts} == {"argos en→ru | apertium ru→be"}
    lukashenko = [t for t in drafts if "Lukashenko" in t.source_text]
    assert lukashenko and not any("Lukashenko" in t.text for t in lukashenko)
    # The inlined Russian name crosses Apertium in its Russian spelling; the termbase fixes it.
    fixed = [t for t in lukashenko if {"concept": "lukashenko", "from": "Лукашенко", "to": "Лукашэнка",
                                        "reason": "deprecated"} in t.glossary_changes]
    assert fixed and all("Лукашенко" in t.raw_mt and "Лукашэнка" in t.text for t in fixed)


def test_models_commands_package_install_list_and_remove(run_cli, tmp_path):
    with zipfile.ZipFile(copy_packages()["en-ru"]) as archive:
        archive.extractall(tmp_path)
    unpacked = tmp_path / "translate-en_ru"
    output = tmp_path / "nllb-like.argosmodel"
    run_cli("models", "package", "--model-dir", unpacked / "model", "--sp-model", unpacked / "sentencepiece.model",
            "--from", "en", "--to", "BE", "--target-prefix", "__be__", "-o", output)
    assert "installed en-be" in run_cli("models", "install", output).stdout
    [listed] = [row for row in json.loads(run_cli("models", "list", "--json").stdout)["models"] if row["engine"] == "argos"]
    assert (listed["pairs"], listed["details"]) == (["en-be"], "prefix __be__")
    assert "removed translate-en_be" in run_cli("models", "remove", "en-be").stdout
    missing = run_cli("models", "remove", "en-be", expect_exit=1)
    assert "no installed model for en-be" in missing.stderr
    broken = run_cli("models", "install", SEED_ARTICLE, expect_exit=1)
    assert "not an Argos package" in broken.stderr
    assert "give either" in run_cli("models", "install", expect_exit=1).stderr


class Recording(Engine):
    """Upper-cases its input and remembers each batch it was given."""

    name = "recording"

    def __init__(self):
        self.batches = []

    def available_pairs(self):
        return {("en", "pl")}

    def translate(self, texts, source, target):
        self.batches.append(list(texts))
        return [[text.upper()] for text in texts]


def test_all_documents_go_through_one_batch_per_leg_with_repeats_translated_once(run_cli, database, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("A new sentence.\n\nSome Belarusians want to fight Russians in Ukraine.\n", encoding="utf-8")
    documents = [import_seed(run_cli), json.loads(run_cli("import", second, "--lang", "en", "--json").stdout)["id"]]
    engine = Recording()
    [report] = translate_documents(database, documents, ["pl"], {"recording": engine})
    assert report.route == "recording en→pl"
    assert len(engine.batches) == 1
    batch = engine.batches[0]
    assert "A new sentence." in batch and len(batch) == len(set(batch)) == segment_count(database) - 1
    drafts = translations(database, "pl")
    assert len(drafts) == report.drafted == segment_count(database)
    assert all(t.text == t.source_text.upper() for t in drafts)


def test_a_missing_term_the_fixer_cannot_place_is_not_recorded_as_a_change():
    with SEED_TERMBASE.open(encoding="utf-8") as file:
        termbase = Termbase.from_rows(csv.DictReader(file))
    [draft] = draft_texts(["Lukashenko spoke."], Route((Leg("fixed", "en", "ru"),)), {"fixed": FixedOutput()},
                          "en", "ru", termbase)
    assert draft.text == "Светлана Тихановская выступила."
    assert [change["concept"] for change in draft.glossary_changes] == ["tsikhanouskaya"]


def test_a_direct_multilingual_model_is_preferred_to_a_pivot(run_cli, database):
    document = import_seed(run_cli)
    run_cli("models", "install", multilingual_packages()["nllb"])
    listed = json.loads(run_cli("models", "list", "--json").stdout)["models"]
    [nllb] = [row for row in listed if row["engine"] == "argos"]
    assert {"en-be", "en-uk", "en-ru", "ru-be", "be-en"} <= set(nllb["pairs"])
    result = translate(run_cli, document, "--to", "be,uk")
    assert "be: argos en→be" in result.stdout and "uk: argos en→uk" in result.stdout
    drafts = translations(database, "be")
    assert len(drafts) == segment_count(database)
    assert not any(token in t.text for t in drafts for token in ("bel_Cyrl", "eng_Latn", "</s>"))


@pytest.mark.apertium
@pytest.mark.skipif(("ru", "uk") not in installed_pairs(), reason="Debian package apertium-rus-ukr is not installed")
def test_forbidden_terms_never_reach_a_draft_and_unknown_words_are_stored(run_cli, database, tmp_path):
    russian = tmp_path / "ru.txt"
    russian.write_text("Они хотят воевать с русскими в Украине.\n\nБатальон «Погоня» и Вашингтон.\n", encoding="utf-8")
    document = json.loads(run_cli("import", russian, "--lang", "ru", "--json").stdout)["id"]
    run_cli("glossary", "import", SEED_TERMBASE)
    translate(run_cli, document, "--to", "uk")
    first, second = translations(database, "uk")
    # Apertium's rus-ukr writes a slur for «русскими» and a literal «Гонитва» for the name.
    assert "москалями" in first.raw_mt and "Гонитва" in second.raw_mt
    assert "з росіянами" in first.text and "«Погоня»" in second.text
    assert {"concept": "pohonia", "from": "Гонитва", "to": "Погоня", "reason": "forbidden"} in second.glossary_changes
    # Words no dictionary knew are respelled and listed for the editor to highlight.
    assert "Вашингтон" in second.mt_unknown and all(word in second.text for word in second.mt_unknown)
    qa = run_cli("export", document, "--lang", "uk", "--format", "po").stdout
    assert "москал" not in qa and "Гонитва" not in qa


def test_qa_flags_a_forbidden_term_a_person_wrote():
    from workbench.qa import run_checks

    with SEED_TERMBASE.open(encoding="utf-8") as file:
        termbase = Termbase.from_rows(csv.DictReader(file))
    warnings = run_checks("Они воюют с русскими.", "Вони воюють з москалями.", "ru", "uk", termbase)
    assert any(w.severity == "error" and "forbidden term «москалями»" in w.message for w in warnings)


def _segment(session, index) -> Segment:
    """The document's ``index``-th segment (0: the first)."""
    return session.scalars(select(Segment).order_by(Segment.position).offset(index).limit(1)).one()


def _confirm_russian(database, index, text, status="reviewed"):
    with database.session() as session:
        save_translation(session, _segment(session, index), "ru", text, status=status, origin="human", author="olga")


@pytest.mark.apertium
@pytest.mark.skipif(not {("ru", "be"), ("ru", "uk")} <= set(installed_pairs()),
                    reason="Debian packages apertium-bel-rus and apertium-rus-ukr are not installed")
def test_a_persons_russian_is_the_pivot_and_a_revision_redrafts_only_machine_drafts(run_cli, database):
    document = import_seed(run_cli)
    # A fresh offline machine: no Argos model, only Apertium. People's Russian still gives drafts.
    _confirm_russian(database, 0, "Они хотят воевать в Украине.")
    _confirm_russian(database, 2, "Они живут в Польше.", status="translated")
    result = translate(run_cli, document, "--to", "be,uk")
    assert "be: apertium ru→be from reviewed ru" in result.stdout and "no route en→be" in result.stderr
    first, third = (segment.position for segment in _segments(database, 0, 2))
    belarusian = {t.segment.position: t for t in translations_with_segments(database, "be")}
    assert set(belarusian) == {first, third}
    assert belarusian[first].text == "Яны хочуць ваяваць ва Украіне."
    assert belarusian[first].route == "apertium ru→be from reviewed ru"
    assert belarusian[third].route == "apertium ru→be from translated ru"
    ukrainian = {t.segment.position: t for t in translations_with_segments(database, "uk")}
    assert ukrainian[first].text.startswith("Вони хочуть")
    # A person's Belarusian is never replaced; the Russian of segment 0 is revised.
    with database.session() as session:
        save_translation(session, _segment(session, 2), "be", "Яны жывуць у Польшчы.", status="translated",
                         origin="human", author="ala")
    assert "1 already drafted" in translate(run_cli, document, "--to", "be").stdout  # nothing changed: nothing redone
    _confirm_russian(database, 0, "Они хотят жить в Беларуси.")
    rerun = translate(run_cli, document, "--to", "be")
    assert "be: 1 drafted" in rerun.stdout and "1 skipped (human)" in rerun.stdout
    belarusian = {t.segment.position: t for t in translations_with_segments(database, "be")}
    assert belarusian[first].text == "Яны хочуць жыць у Беларусі."
    assert belarusian[third].text == "Яны жывуць у Польшчы."


@pytest.mark.apertium
@pytest.mark.skipif(("ru", "be") not in installed_pairs(), reason="Debian package apertium-bel-rus is not installed")
def test_a_confirmed_russian_replaces_a_draft_made_from_english(run_cli, database):
    document = import_seed(run_cli)
    install(run_cli, "en-ru")
    translate(run_cli, document, "--to", "be")
    assert translations_with_segments(database, "be")[0].route == "argos en→ru | apertium ru→be"
    _confirm_russian(database, 0, "Они хотят воевать в Украине.")
    assert "be: 1 drafted" in translate(run_cli, document, "--to", "be").stdout
    first = translations_with_segments(database, "be")[0]
    assert (first.route, first.text) == ("apertium ru→be from reviewed ru", "Яны хочуць ваяваць ва Украіне.")


def _segments(database, *indexes) -> list[Segment]:
    with database.session() as session:
        return [_segment(session, index) for index in indexes]


def translations_with_segments(database, lang) -> list[Translation]:
    with database.session() as session:
        return list(session.scalars(
            select(Translation).join(Segment).where(Translation.lang == lang).order_by(Segment.position)
            .options(selectinload(Translation.segment))
        ))


SEED_RUSSIAN = SEED_ARTICLE.with_name("pohonia-battalion.ru.xlf")


@pytest.mark.apertium
@pytest.mark.skipif(not {("ru", "be"), ("ru", "uk")} <= set(installed_pairs()),
                    reason="Debian packages apertium-bel-rus and apertium-rus-ukr are not installed")
def test_make_runs_seed_steps_give_reviewed_russian_and_be_uk_drafts_fixed_by_the_termbase(run_cli, database):
    # The steps of `make run` on a fresh machine without Argos models.
    run_cli("glossary", "import", SEED_TERMBASE)
    document = import_seed(run_cli)
    imported = run_cli("import-xliff", document, SEED_RUSSIAN, "--author", "seed translation")
    assert "0 problem(s)" in imported.stdout
    russian = translations(database, "ru")
    assert len(russian) == segment_count(database) and {t.status for t in russian} == {"reviewed"}
    result = translate(run_cli, "--all", "--to", "be,uk,pl,ru")
    assert "be: apertium ru→be from reviewed ru" in result.stdout
    for lang, lukashenko in (("be", "Лукашэнка"), ("uk", "Лукашенк")):
        drafts = translations(database, lang)
        assert len(drafts) == segment_count(database)
        assert all(t.route == f"apertium ru→{lang} from reviewed ru" for t in drafts)
        assert any(lukashenko in t.text for t in drafts)
    belarusian = " ".join(t.text for t in translations(database, "be"))
    assert "Ціханоўская" in belarusian and "Тихановская" not in belarusian
    # People's Russian is left as it was.
    assert [(t.text, t.status) for t in translations(database, "ru")] == [(t.text, "reviewed") for t in russian]


@pytest.mark.apertium
@pytest.mark.skipif(("ru", "be") not in installed_pairs(), reason="Debian package apertium-bel-rus is not installed")
def test_a_redraft_that_gives_the_same_text_records_its_new_source_once(run_cli, database):
    document = import_seed(run_cli)
    _confirm_russian(database, 0, "Они хотят воевать в Украине.", status="translated")
    translate(run_cli, document, "--to", "be")
    _confirm_russian(database, 0, "Они хотят воевать в Украине.", status="reviewed")
    assert "be: 1 drafted" in translate(run_cli, document, "--to", "be").stdout
    assert translations(database, "be")[0].route == "apertium ru→be from reviewed ru"
    assert "1 already drafted" in translate(run_cli, document, "--to", "be").stdout
