"""`workbench mt eval`: scores stored with date and models, shown by `models list`, and used by
`--engine auto` to pick the best measured route."""

import json

from conftest import SEED_ARTICLE, SEED_TERMBASE
from mt_models import copy_packages
from sqlalchemy import select

from workbench.models import Evaluation, Segment, Translation
from workbench.mt.base import Engine
from workbench.mt.pipeline import translate_documents


def seed_lines() -> list[str]:
    return [" ".join(line.split()) for line in SEED_ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_eval_scores_a_route_stores_it_and_models_list_shows_it(run_cli, database, tmp_path):
    run_cli("glossary", "import", SEED_TERMBASE)
    run_cli("models", "install", copy_packages()["en-pl"])
    source, perfect, poor = tmp_path / "src.en", tmp_path / "ref.pl", tmp_path / "poor.pl"
    lines = seed_lines()[:12]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The copy model echoes its input: a reference equal to the source scores 100 (terms aside).
    perfect.write_text("\n".join(lines) + "\n", encoding="utf-8")
    poor.write_text("\n".join(line[: len(line) // 3] for line in lines) + "\n", encoding="utf-8")
    result = json.loads(run_cli("mt", "eval", "--from", "en", "--to", "pl", "--src", source, "--ref", poor,
                                "--json", "--threads", "1").stdout)
    [measurement] = result
    assert measurement["route"] == "argos en→pl" and measurement["segments"] == 12
    # The seed's names are in the termbase: the copy model passes the inlined Polish forms through
    # (words such as "Belarusian" are matched in the source but not inlined).
    assert 0.5 < measurement["term_accuracy"] < 1.0
    assert measurement["models"] == ["argos translate-en_pl v1.0"]
    text = run_cli("mt", "eval", "--from", "en", "--to", "pl", "--src", source, "--ref", perfect, "--threads", "1").stdout
    assert "chrF" in text and "argos en→pl" in text
    listed = json.loads(run_cli("models", "list", "--json").stdout)
    [latest] = listed["evaluations"]
    assert latest["chrf"] > measurement["chrf"] + 20 and latest["bleu"] > measurement["bleu"] + 20
    assert latest["test_set"] == "src.en"
    assert latest["models"] == ["argos translate-en_pl v1.0"] and len(latest["date"]) == 10
    assert "measured (workbench mt eval)" in run_cli("models", "list").stdout
    with database.session() as session:
        assert len(session.scalars(select(Evaluation)).all()) == 2


def test_eval_refuses_misaligned_files_and_missing_routes(run_cli, tmp_path):
    source, reference = tmp_path / "src.txt", tmp_path / "ref.txt"
    source.write_text("One.\nTwo.\n", encoding="utf-8")
    reference.write_text("Раз.\n", encoding="utf-8")
    result = run_cli("mt", "eval", "--from", "en", "--to", "pl", "--src", source, "--ref", reference, expect_exit=1)
    assert "has 2 lines but" in result.stderr
    reference.write_bytes("Раз.\nДва.\n".encode("cp1251"))
    assert "not UTF-8" in run_cli("mt", "eval", "--from", "en", "--to", "pl", "--src", source, "--ref", reference,
                                  expect_exit=1).stderr
    reference.write_text("Раз.\nДва.\n", encoding="utf-8")
    assert "no route en→pl" in run_cli("mt", "eval", "--from", "en", "--to", "pl", "--src", source,
                                       "--ref", reference, "--engine", "argos", expect_exit=1).stderr


class Fixed(Engine):
    """A stand-in engine that writes one fixed text for its pairs."""

    def __init__(self, name, pairs, output):
        self.name, self.pairs, self.output = name, pairs, output

    def available_pairs(self):
        return self.pairs

    def translate(self, texts, source, target):
        return [[self.output] for _ in texts]


def test_all_routes_are_measured_and_auto_then_takes_the_best(run_cli, database, tmp_path):
    from workbench.mt import evaluation
    from workbench.mt.routes import candidate_routes

    engines = {"direct": Fixed("direct", {("en", "be")}, "Гэта дрэнны тэкст."),
               "first": Fixed("first", {("en", "ru")}, "Это хороший текст."),
               "second": Fixed("second", {("ru", "be")}, "Гэта добры тэкст.")}
    available = {name: engine.available_pairs() for name, engine in engines.items()}
    routes = candidate_routes("en", "be", available)
    assert str(routes[0]) == "direct en→be"  # unmeasured: direct first
    sources, references = ["This is a good text."] * 3, ["Гэта добры тэкст."] * 3
    with database.session() as session:
        for route in routes:
            evaluation.store(session, evaluation.evaluate(sources, references, route, engines, "en", "be"),
                             "en", "be", "test")
    document = json.loads(run_cli("import", SEED_ARTICLE, "--lang", "en", "--json").stdout)["id"]
    [report] = translate_documents(database, [document], ["be"], engines)
    assert report.route == "first en→ru | second ru→be"
    with database.session() as session:
        drafted = session.scalars(select(Translation).join(Segment).where(Translation.lang == "be")).all()
    assert {translation.text for translation in drafted} == {"Гэта добры тэкст."}


def test_term_accuracy_counts_acceptable_renderings_only():
    import csv

    from glossary.termbase import Termbase
    from workbench.mt.evaluation import term_accuracy

    with SEED_TERMBASE.open(encoding="utf-8") as file:
        termbase = Termbase.from_rows(csv.DictReader(file))
    sources = ["Lukashenko met Putin.", "Nothing here."]
    assert term_accuracy(termbase, sources, ["Łukaszenka spotkał Putina.", "Nic."], "en", "pl") == 1.0
    assert term_accuracy(termbase, sources, ["Łukaszenko spotkał Putina.", "Nic."], "en", "pl") == 0.5
    assert term_accuracy(termbase, ["Nothing here."], ["Nic."], "en", "pl") is None
