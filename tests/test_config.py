"""One settings object: the README documents every setting, nothing else reads the environment,
and every part of the workbench takes its target languages, page size and limits from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import REPO

from workbench.config import SETTINGS, settings
from workbench.documents import document_progress, import_document
from workbench.errors import WorkbenchError
from workbench.web import create_app


def _readme_configuration_rows() -> dict[str, str]:
    section = (REPO / "README.md").read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `(WORKBENCH_[A-Z_]+)` \| (.+?) \|", section, re.MULTILINE))


def test_the_readme_table_lists_every_setting_and_no_other():
    rows = _readme_configuration_rows()
    assert sorted(rows) == sorted(setting.variable for setting in SETTINGS)


def _environment_reads(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb")]


def test_only_the_config_module_touches_the_environment():
    readers = {
        f"{path.relative_to(REPO)}:{line}"
        for folder in ("workbench", "glossary")
        for path in (REPO / folder).rglob("*.py")
        if path != REPO / "workbench" / "config.py"
        for line in _environment_reads(path)
    }
    assert readers == set()


def test_settings_reach_the_web_app_and_progress(database, monkeypatch):
    monkeypatch.setenv("WORKBENCH_TARGET_LANGUAGES", "PL, be")
    monkeypatch.setenv("WORKBENCH_PAGE_SIZE", "7")
    monkeypatch.setenv("WORKBENCH_MAX_IMPORT_BYTES", "1000")
    app = create_app({"DATABASE_URL": database.engine.url.render_as_string(hide_password=False)})
    assert (app.config["TARGET_LANGUAGES"], app.config["PAGE_SIZE"]) == (("pl", "be"), 7)
    assert app.config["MAX_CONTENT_LENGTH"] < 1000 + 100_000
    with database.session() as session:
        document = import_document(session, b"One. Two.", filename="a.txt", lang="en")
        assert list(document_progress(session, document)) == ["pl", "be"]
        with pytest.raises(WorkbenchError, match="over the import limit of 1,000 bytes"):
            import_document(session, b"x" * 1001, filename="b.txt", lang="en")


@pytest.mark.parametrize(("variable", "value", "problem"), [
    ("WORKBENCH_TARGET_LANGUAGES", "be,klingon", "unknown language code 'klingon'"),
    ("WORKBENCH_TARGET_LANGUAGES", " , ", "names no language"),
    ("WORKBENCH_PAGE_SIZE", "0", "not a positive whole number"),
    ("WORKBENCH_MAX_IMPORT_BYTES", "20MB", "not a positive whole number"),
    ("WORKBENCH_TM_MIN_SIMILARITY", "75", "not a number above 0 and at most 1"),
    ("WORKBENCH_TM_MIN_SIMILARITY", "0", "not a number above 0 and at most 1"),
    ("WORKBENCH_TM_MIN_SIMILARITY", "high", "not a number above 0 and at most 1"),
    ("WORKBENCH_JOB_FILES_HOURS", "0", "not a number of hours from 1 to 876000"),
    ("WORKBENCH_JOB_FILES_HOURS", "0.0001", "not a number of hours from 1 to 876000"),
    ("WORKBENCH_MAX_QUEUED_JOBS", "-1", "not a whole number (0 or more)"),
    ("WORKBENCH_JOB_HISTORY_DAYS", "-1", "not a number of days from 0 to 36500"),
    ("WORKBENCH_JOB_HISTORY_DAYS", "inf", "not a number of days from 0 to 36500"),
])
def test_a_malformed_setting_is_one_clear_line(variable, value, problem, monkeypatch, run_cli):
    monkeypatch.setenv(variable, value)
    with pytest.raises(WorkbenchError, match=re.escape(f"{variable} is malformed: {value!r}: {problem}")):
        settings()
    stderr = run_cli("translate", "--all", expect_exit=1).stderr
    assert stderr.startswith(f"Error: {variable} is malformed") and stderr.count("\n") == 1


def test_translate_drafts_into_the_configured_languages_by_default(run_cli, monkeypatch):
    monkeypatch.setenv("WORKBENCH_TARGET_LANGUAGES", "pl")
    run_cli("import", REPO / "seeds" / "pohonia-battalion.en.txt")
    result = run_cli("translate", "--all")
    assert result.stdout.startswith("pl: ") and "be:" not in result.stdout + result.stderr
