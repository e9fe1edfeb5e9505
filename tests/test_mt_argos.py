"""Argos packages (build, install, list, remove) and the CTranslate2 engine, on tiny real models."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE
from mt_models import NLLB_TOKENS, copy_packages, multilingual_packages

from workbench.errors import WorkbenchError
from workbench.mt import argos
from workbench.mt.argos import (
    ArgosEngine,
    LanguageTokens,
    build_package,
    convert_from_hf,
    install_package,
    installed_packages,
    remove_package,
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def seed_sentences() -> list[str]:
    """The seed's paragraphs, spaces normalised as SentencePiece does."""
    return [" ".join(line.split()) for line in SEED_ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_install_lists_and_removes_a_package(home):
    package = install_package(copy_packages()["en-ru"])
    assert (package.from_code, package.to_code) == ("en", "ru")
    assert package.package_path.parent == home / "argos" / "packages"
    assert [(p.from_code, p.to_code) for p in installed_packages()] == [("en", "ru")]
    assert remove_package("en-ru") == ["translate-en_ru"]
    assert installed_packages() == []
    with pytest.raises(WorkbenchError, match="no installed model for en-ru"):
        remove_package("en-ru")


def test_reinstalling_replaces_the_package(home):
    install_package(copy_packages()["en-ru"])
    install_package(copy_packages()["en-ru"])
    assert len(installed_packages()) == 1


def test_a_broken_package_is_refused_and_leaves_nothing(home, tmp_path):
    not_zip = tmp_path / "model.argosmodel"
    not_zip.write_text("hello")
    with pytest.raises(WorkbenchError, match="zip"):
        install_package(not_zip)
    no_model = tmp_path / "empty.argosmodel"
    with zipfile.ZipFile(no_model, "w") as archive:
        archive.writestr("translate-en_xx/metadata.json", json.dumps({"from_code": "en", "to_code": "xx"}))
    with pytest.raises(WorkbenchError, match="missing model/model.bin, sentencepiece.model"):
        install_package(no_model)
    assert installed_packages() == []
    assert list((home / "argos" / "packages").iterdir()) == []


def _repacked(package: Path, destination: Path, rename=lambda name: name, extra: str | None = None) -> Path:
    """A copy of a genuine package whose member names pass through ``rename``, plus one
    ``extra`` member."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(destination, "w") as archive:
        for member in source.infolist():
            archive.writestr(rename(member.filename), source.read(member))
        if extra:
            archive.writestr(extra, "planted")
    return destination


def _assert_only_en_ru_installed(home, tmp_path):
    assert [(p.from_code, p.to_code) for p in installed_packages()] == [("en", "ru")]
    assert sorted(path.name for path in (home / "argos" / "packages").iterdir()) == ["translate-en_ru"]
    assert (home / "argos" / "downloads" / "kept.txt").read_text() == "kept"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "hostile.argosmodel"]


@pytest.mark.parametrize("root", ["", "..", ".", "C:", "translate-en_be\\..", " "])
def test_a_package_whose_folder_is_no_plain_name_is_refused_and_deletes_nothing(home, tmp_path, root):
    install_package(copy_packages()["en-ru"])
    (home / "argos" / "downloads" / "kept.txt").write_text("kept")
    hostile = _repacked(copy_packages()["en-be"], tmp_path / "hostile.argosmodel",
                        lambda name: root + "/" + name.split("/", 1)[1])
    with pytest.raises(WorkbenchError, match="hostile.argosmodel: .*folder"):
        install_package(hostile)
    _assert_only_en_ru_installed(home, tmp_path)


@pytest.mark.parametrize("member", [
    "translate-en_be/../../escaped.txt",
    "translate-en_be/model/../../../escaped.txt",
    "translate-en_be/..\\..\\escaped.txt",
    "translate-en_be/C:/escaped.txt",
])
def test_a_package_member_that_would_land_outside_it_is_refused(home, tmp_path, member):
    install_package(copy_packages()["en-ru"])
    (home / "argos" / "downloads" / "kept.txt").write_text("kept")
    hostile = _repacked(copy_packages()["en-be"], tmp_path / "hostile.argosmodel", extra=member)
    with pytest.raises(WorkbenchError, match="hostile.argosmodel: .*escaped.txt"):
        install_package(hostile)
    _assert_only_en_ru_installed(home, tmp_path)


def test_a_package_with_a_symlink_is_refused(home, tmp_path):
    hostile = _repacked(copy_packages()["en-be"], tmp_path / "link.argosmodel")
    with zipfile.ZipFile(hostile, "a") as archive:
        link = zipfile.ZipInfo("translate-en_be/model/vocab.txt")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(WorkbenchError, match="link.argosmodel: .*vocab.txt.*link"):
        install_package(hostile)
    assert installed_packages() == []


def test_package_metadata_carries_pair_and_target_prefix(tmp_path):
    with zipfile.ZipFile(copy_packages()["en-be"]) as archive:
        metadata = json.loads(archive.read("translate-en_be/metadata.json"))
        assert "translate-en_be/model/model.bin" in archive.namelist()
        assert "translate-en_be/sentencepiece.model" in archive.namelist()
    assert (metadata["from_code"], metadata["to_code"], metadata["target_prefix"]) == ("en", "be", "__be__")
    with pytest.raises(WorkbenchError, match="not a CTranslate2 model folder"):
        build_package(tmp_path, tmp_path / "sp.model", "en", "be", tmp_path / "out.argosmodel")


def test_index_install_fails_cleanly_offline(home, monkeypatch):
    settings = argos.argos_settings()
    monkeypatch.setattr(settings, "remote_package_index", "http://127.0.0.1:9/index.json")
    with pytest.raises(WorkbenchError, match="needs an internet connection"):
        argos.install_from_index("en-ru")


def test_copy_model_translates_the_seed(home):
    install_package(copy_packages()["en-ru"])
    sentences = seed_sentences()
    results = ArgosEngine(threads=1, num_hypotheses=2).translate(sentences, "en", "ru")
    assert [hypotheses[0] for hypotheses in results] == sentences
    assert all(len(hypotheses) == 2 for hypotheses in results)


def test_batched_output_equals_one_by_one(home):
    install_package(copy_packages()["en-ru"])
    engine = ArgosEngine(threads=1)
    sentences = seed_sentences()
    assert engine.translate(sentences, "en", "ru") == [engine.translate([text], "en", "ru")[0] for text in sentences]


def test_target_prefix_is_passed_and_stripped(home):
    # The en-be model has no start token of its own: it only copies when given its prefix.
    install_package(copy_packages()["en-be"])
    sentences = seed_sentences()[:5]
    drafts = [hypotheses[0] for hypotheses in ArgosEngine(threads=1).translate(sentences, "en", "be")]
    assert drafts == sentences
    assert not any("__be__" in draft for draft in drafts)


def test_model_commands_and_translating_never_load_torch(tmp_path):
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from workbench.cli import main\n"
        "from workbench.db import open_database\n"
        "from workbench.models import Document, Segment\n"
        "with open_database().session() as session:\n"
        "    session.add(Document(title='t', source_lang='en', checksum='t',\n"
        "                         segments=[Segment(position=0, paragraph=0, source_text='Hello.')]))\n"
        "for args in (['models', 'install', sys.argv[1]], ['models', 'list'],\n"
        "             ['translate', '--all', '--to', 'ru', '--threads', '1']):\n"
        "    result = CliRunner().invoke(main, args)\n"
        "    assert result.exit_code == 0, result.output\n"
        "assert '1 drafted' in result.output, result.output\n"
        "print('torch' in sys.modules)\n"
    )
    environment = {**os.environ, "WORKBENCH_HOME": str(tmp_path)}
    environment.pop("WORKBENCH_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", script, str(copy_packages()["en-ru"])], env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_one_multilingual_package_offers_every_pair_of_its_language_tokens(home):
    install_package(multilingual_packages()["nllb"])
    install_package(multilingual_packages()["opus"])
    engine = ArgosEngine(threads=1)
    nllb = {(a, b) for a in NLLB_TOKENS for b in NLLB_TOKENS if a != b}
    assert engine.available_pairs() == nllb  # OPUS's en→be/ru/uk are among them
    [listed_nllb] = [model for model in ArgosEngine.installed() if "eng_Latn" in model.details]
    assert set(listed_nllb.pairs) == nllb


def test_nllb_style_puts_the_source_token_first_and_the_target_token_as_prefix(home):
    install_package(multilingual_packages()["nllb"])
    engine = ArgosEngine(threads=1)
    item = engine.packages["uk", "be"]
    sources, prefixes = item.inputs([["▁A", "b"]], "uk", "be", add_eos=True)
    assert (sources, prefixes) == ([["ukr_Cyrl", "▁A", "b", "</s>"]], [["bel_Cyrl"]])
    # The copy model starts from the prefix only (no start token of its own): the drafts show
    # the prefix was given, and no language token reaches the text.
    sentences = seed_sentences()[:4]
    for source, target in (("en", "be"), ("en", "uk"), ("ru", "be")):
        assert [hypotheses[0] for hypotheses in engine.translate(sentences, source, target)] == sentences


def test_opus_style_prepends_the_target_token_to_the_source(home):
    install_package(multilingual_packages()["opus"])
    engine = ArgosEngine(threads=1)
    assert engine.available_pairs() == {("en", "be"), ("en", "ru"), ("en", "uk")}
    sources, prefixes = engine.packages["en", "uk"].inputs([["▁A"]], "en", "uk", add_eos=False)
    assert (sources, prefixes) == ([[">>ukr<<", "▁A"]], None)
    sentences = seed_sentences()[:4]
    assert [hypotheses[0] for hypotheses in engine.translate(sentences, "en", "uk")] == sentences


def test_packaging_a_multilingual_model_checks_its_tokens(tmp_path):
    with zipfile.ZipFile(copy_packages()["en-ru"]) as archive:
        archive.extractall(tmp_path)
    unpacked = tmp_path / "translate-en_ru"
    tokens = LanguageTokens.parse("en=eng_Latn, be=bel_Cyrl", "target-prefix")
    assert tokens.tokens == {"en": "eng_Latn", "be": "bel_Cyrl"}
    with pytest.raises(WorkbenchError, match="vocabulary has no eng_Latn, bel_Cyrl"):
        build_package(unpacked / "model", unpacked / "sentencepiece.model", "en", "be", tmp_path / "x.argosmodel",
                      language_tokens=tokens)
    with pytest.raises(WorkbenchError, match="no token for en-pl"):
        build_package(unpacked / "model", unpacked / "sentencepiece.model", "en", "pl", tmp_path / "x.argosmodel",
                      language_tokens=tokens)
    with pytest.raises(WorkbenchError, match="expected CODE=TOKEN"):
        LanguageTokens.parse("en", "target-prefix")


def test_converting_without_transformers_says_what_to_install(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(WorkbenchError, match="transformers"):
        convert_from_hf(tmp_path, tmp_path / "out")
    with pytest.raises(WorkbenchError, match="not a Hugging Face checkpoint"):
        convert_from_hf(tmp_path / "missing", tmp_path / "out")
