"""The compiled termbase on disk (glossary.compiled): a warm ``glossary fix`` makes the fixes a
cold one makes without reading the termbase tables, follows every edit, and shrugs off a
damaged or foreign file."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, SEED_TERMBASE
from sqlalchemy import event
from sqlalchemy.engine import Engine

DRAFTS = (
    "Tsikhanouskaya met Lukashenka in Vilnius.\tТихановская сустрэлася з Лукашэнкам у Вільні.\n"
    "Выступ Тихановской і Лукашенко.\n"
    "Лида — горад.\n"
)
LIDA_FIX = '"from": "Лида", "to": "Ліда"'


def fix(run_cli, lang: str = "be") -> str:
    return run_cli("glossary", "fix", "--lang", lang, "--explain", input=DRAFTS).stdout


def compiled_files(tmp_path) -> list:
    return sorted((tmp_path / "home" / "cache").glob("termbase-*.sqlite"))


@pytest.fixture
def termbase_reads():
    """Statements that read the termbase tables, for as long as the test runs."""
    statements = []

    def listener(_connection, _cursor, statement, *_args):
        if re.search(r"\bFROM (terms|concepts)\b", statement):
            statements.append(statement)

    event.listen(Engine, "before_cursor_execute", listener)
    yield statements
    event.remove(Engine, "before_cursor_execute", listener)


def test_a_warm_start_fixes_as_a_cold_one_without_reading_the_termbase(run_cli, database, tmp_path, termbase_reads):
    run_cli("glossary", "import", SEED_TERMBASE)
    cold = fix(run_cli)
    assert '"to": "Ціханоўская"' in cold and '"to": "Ціханоўскай"' in cold
    assert len(compiled_files(tmp_path)) == 1
    termbase_reads.clear()
    assert fix(run_cli) == cold
    assert termbase_reads == []
    # A language the file lacks is built once and added to it.
    cold_uk = fix(run_cli, "uk")
    termbase_reads.clear()
    assert fix(run_cli, "uk") == cold_uk and "Тихановська" in cold_uk
    assert termbase_reads == []
    assert len(compiled_files(tmp_path)) == 1


def edit_in_the_cli(run_cli, web_client, tmp_path):
    run_cli("glossary", "add", "lida", "be", "Ліда", "--kind", "place")
    run_cli("glossary", "add", "lida", "be", "Лида", "--status", "deprecated")


def edit_by_import(run_cli, web_client, tmp_path):
    table = tmp_path / "lida.csv"
    table.write_text("concept,lang,term,status,note,kind\nlida,be,Ліда,preferred,,place\nlida,be,Лида,deprecated,,place\n")
    run_cli("glossary", "import", table)


def edit_on_the_web(run_cli, web_client, tmp_path):
    for text, status in (("Ліда", "preferred"), ("Лида", "deprecated")):
        web_client.post("/termbase/terms", data={"csrf_token": web_client.csrf, "concept": "lida", "kind": "place",
                                                 "lang": "be", "text": text, "status": status, "forms": ""})


@pytest.mark.parametrize("edit", [edit_in_the_cli, edit_by_import, edit_on_the_web])
def test_every_edit_reaches_the_next_start(run_cli, web_client, database, tmp_path, edit):
    run_cli("glossary", "import", SEED_TERMBASE)
    before = fix(run_cli)
    assert LIDA_FIX not in before and fix(run_cli) == before
    edit(run_cli, web_client, tmp_path)
    after = fix(run_cli)
    assert LIDA_FIX in after
    assert fix(run_cli) == after
    assert len(compiled_files(tmp_path)) == 1  # the earlier revision's file is gone


@pytest.mark.parametrize("damage", ["garbage", "cut short", "empty"])
def test_a_damaged_file_is_rebuilt_without_a_word(run_cli, database, tmp_path, termbase_reads, damage):
    run_cli("glossary", "import", SEED_TERMBASE)
    cold = fix(run_cli)
    [path] = compiled_files(tmp_path)
    data = path.read_bytes()
    path.write_bytes({"garbage": b"\x00not a termbase\xff" * 4096, "cut short": data[: len(data) // 2], "empty": b""}[damage])
    result = run_cli("glossary", "fix", "--lang", "be", "--explain", input=DRAFTS)
    assert result.stdout == cold and result.stderr == ""
    termbase_reads.clear()
    assert fix(run_cli) == cold
    assert termbase_reads == []  # compiled again


def test_a_file_of_another_revision_is_not_trusted_under_this_ones_name(run_cli, database, tmp_path):
    run_cli("glossary", "import", SEED_TERMBASE)
    fix(run_cli)
    [old] = compiled_files(tmp_path)
    kept = tmp_path / "old.sqlite"
    shutil.copy(old, kept)
    edit_in_the_cli(run_cli, None, tmp_path)
    after = fix(run_cli)
    [new] = compiled_files(tmp_path)
    shutil.copy(kept, new)  # the old termbase where the new one should be
    assert fix(run_cli) == after
    assert LIDA_FIX in after


def test_two_processes_starting_cold_at_once_both_fix_and_leave_one_whole_file(run_cli, database, tmp_path):
    run_cli("glossary", "import", SEED_TERMBASE)
    expected = fix(run_cli)
    [path] = compiled_files(tmp_path)
    path.unlink()
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", "from workbench.cli import main; main()", "glossary", "fix", "--lang", "be", "--explain"]
    processes = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=environment) for _ in range(2)]
    results = [process.communicate(DRAFTS, timeout=300) for process in processes]
    assert [(out, err, process.returncode) for (out, err), process in zip(results, processes)] == [(expected, "", 0)] * 2
    assert len(compiled_files(tmp_path)) == 1 and not list((tmp_path / "home" / "cache").glob(".*"))
    assert fix(run_cli) == expected


@pytest.mark.parametrize("rows, lang, drafts, fixed", [
    # uk "Навальному" is a deprecated spelling in ru text and also a correct ru dative: after "о" only the wrong
    # spelling's case fits, so it is fixed, warm as cold.
    ("navalny,ru,Навальный,preferred,,person\nnavalny,ru,Навальний,deprecated,Ukrainian spelling,person\n", "ru",
     "О Навальному писали все газеты.\nНавальному передали письмо.\n",
     "О Навальном писали все газеты.\nНавальному передали письмо.\n"),
    # Some renderings are looked for among places only (ru Химок in Ukrainian text is Хімки's genitive plural; no
    # person's is): the compiled termbase must know which terms are places.
    ("khimki,en,Khimki,preferred,town (plural),place\nkhimki,ru,Химки,preferred,,place\nkhimki,uk,Хімки,preferred,,place\n",
     "uk", "Мешканці Химок скаржаться на шум.\n", "Мешканці Хімок скаржаться на шум.\n"),
    # An unlisted rendering may resemble forms beyond the term's own (a Polish -ina surname declined as an
    # adjective; a neighbouring language's case of a name spelled alike): the warm start looks for them too. (With
    # a Russian possessive surname beside it, Касаткина, the adjective's Kasatkinej is her surname's other declension.)
    ("kasatkina,en,Kasatkina,preferred,tennis player (a woman),person\nkasatkina,pl,Kasatkina,preferred,,person\n", "pl", "Sukces Kasatkinej ucieszył kibiców.\n", "Sukces Kasatkiny ucieszył kibiców.\n"),
])
def test_a_warm_start_reads_the_sentence_and_the_terms_kinds_as_a_cold_one_does(run_cli, database, tmp_path, rows, lang, drafts, fixed):
    table = tmp_path / "terms.csv"
    table.write_text("concept,lang,term,status,note,kind\n" + rows, encoding="utf-8")
    run_cli("glossary", "import", table)
    cold = run_cli("glossary", "fix", "--lang", lang, input=drafts).stdout
    assert cold == fixed
    assert run_cli("glossary", "fix", "--lang", lang, input=drafts).stdout == cold
