"""One error boundary per front end: the CLI prints one line for any user error (the workbench's
or the termbase's); the web app answers JSON under /api and flashes a message elsewhere."""

from __future__ import annotations

import io

import click
import pytest
from conftest import SEED_TERMBASE

from glossary.languages import normalise_language
from workbench.languages import validate_language


def test_one_language_validator():
    assert validate_language is normalise_language
    assert validate_language(" BE ") == "be"


@pytest.mark.parametrize("args", [
    ("import", SEED_TERMBASE, "--lang", "klingon"),  # a workbench command, the termbase's validator
    ("glossary", "add", "lida", "klingon", "Ліда"),
    ("glossary", "scan", "--lang", "klingon"),
])
def test_cli_reports_an_unknown_language_in_one_line(run_cli, args):
    result = run_cli(*args, expect_exit=1, input="")
    assert result.stderr == "Error: unknown language code 'klingon'; use an ISO 639 code such as en, be, uk, pl, ru\n"


def test_cli_reports_a_broken_termbase_file_in_one_line(run_cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("concept,lang,term,status\nx,xx-klingon,X,preferred\n", encoding="utf-8")
    stderr = run_cli("glossary", "import", bad, expect_exit=1).stderr
    assert stderr.startswith(f"Error: {bad}: nothing imported: line 2: unknown language code") and stderr.count("\n") == 1


def test_api_errors_are_json(web_client):
    headers = {"X-CSRFToken": web_client.csrf}
    unknown = web_client.post("/api/segments/1/klingon", json={"text": "x", "base_version": 0}, headers=headers)
    assert unknown.status_code == 400 and "unknown language code 'klingon'" in unknown.get_json()["error"]
    missing = web_client.get("/api/segments/999/be")
    assert missing.status_code == 404 and missing.get_json() == {"error": "no segment with id 999"}
    wrong_method = web_client.delete("/api/segments/1/be", headers=headers)
    assert wrong_method.status_code == 405 and "error" in wrong_method.get_json()


def test_page_errors_flash_and_go_back_where_the_user_was(web_client):
    post = {"csrf_token": web_client.csrf}
    came_from = "http://localhost/termbase?q=kyiv"
    bad = web_client.post("/termbase/import", headers={"Referer": came_from},
                      data={**post, "file": (io.BytesIO(b"concept,lang,term,status\nx,klingon,X,preferred\n"), "bad.csv")})
    assert bad.status_code == 303 and bad.headers["Location"] == "/termbase?q=kyiv"
    page = web_client.get("/termbase").get_data(as_text=True)
    assert "bad.csv: nothing imported: line 2: unknown language code" in page
    # Without a same-site referrer: the index of the screen the form belongs to.
    elsewhere = web_client.post("/termbase/concepts", headers={"Referer": "https://evil.example/"},
                            data={**post, "key": "", "kind": "person"})
    assert elsewhere.headers["Location"] == "/termbase"
    assert "the concept key is empty" in web_client.get("/termbase").get_data(as_text=True)
    upload = web_client.post("/documents", data={**post, "lang": "klingon", "file": (io.BytesIO(b"Hello."), "a.txt")})
    assert upload.headers["Location"] == "/"
    assert "a.txt: unknown language code" in web_client.get("/").get_data(as_text=True)


def test_a_missing_page_keeps_its_404(web_client):
    assert web_client.get("/documents/999/be").status_code == 404


def test_cli_reports_a_database_lost_mid_command_in_one_line():
    from click.testing import CliRunner
    from sqlalchemy.exc import OperationalError

    from workbench.cli import WorkbenchGroup

    @click.group(cls=WorkbenchGroup)
    def cli():
        pass

    @cli.command()
    def work():
        raise OperationalError("UPDATE translations ...", {}, Exception("server closed the connection unexpectedly\nmore"))

    result = CliRunner().invoke(cli, ["work"])
    assert result.exit_code == 1
    assert result.output == ("Error: the database stopped answering: server closed the connection unexpectedly "
                             "(WORKBENCH_DATABASE_URL); what the command had not saved yet is lost\n")
