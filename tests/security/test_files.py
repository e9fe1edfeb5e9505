"""Findings 6 and 14: `export -o` never destroys a file — not an existing one without --force,
not through a symbolic link, never the database or the secret key — and the files of
WORKBENCH_HOME are private."""

from __future__ import annotations

import os
import stat

import pytest
from security_support import article  # noqa: F401 (fixture)
from sqlalchemy.engine import make_url

from workbench.config import workbench_home


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_an_existing_file_is_kept_unless_forced(article, run_cli, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    result = run_cli("export", article, "--lang", "be", "-o", target, expect_exit=1)
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text() == "do not touch"
    run_cli("export", article, "--lang", "be", "-o", target, "--force")
    assert target.read_text().startswith("First sentence.")


def test_a_symbolic_link_at_the_target_is_never_followed(article, run_cli, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch")
    link = tmp_path / "export.txt"
    link.symlink_to(victim)
    without = run_cli("export", article, "--lang", "be", "-o", link, expect_exit=1)
    assert without.stderr.splitlines()[-1].endswith("already exists; choose another name or pass --force to overwrite it")
    forced = run_cli("export", article, "--lang", "be", "-o", link, "--force", expect_exit=1)
    assert forced.stderr.splitlines()[-1] == f"Error: {link} is a symbolic link; refusing to write through it"
    assert victim.read_text() == "do not touch"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.sqlite_only  # PostgreSQL keeps no file under WORKBENCH_HOME
def test_the_database_and_its_companions_are_refused(article, run_cli, db_url, suffix):
    database_file = make_url(db_url).database + suffix
    result = run_cli("export", article, "--lang", "be", "-o", database_file, "--force", expect_exit=1)
    assert "the workbench's own database" in result.stderr
    assert "First sentence." in run_cli("show", article).stdout


@pytest.mark.sqlite_only  # PostgreSQL keeps no file under WORKBENCH_HOME
def test_a_hard_link_or_another_spelling_of_the_database_is_refused(article, run_cli, db_url, tmp_path):
    database_file = make_url(db_url).database
    alias = tmp_path / "sub" / ".." / os.path.basename(database_file)
    (tmp_path / "sub").mkdir()
    hard = tmp_path / "hard.db"
    os.link(database_file, hard)
    for target in (alias, hard):
        result = run_cli("export", article, "--lang", "be", "-o", target, "--force", expect_exit=1)
        assert "the workbench's own database" in result.stderr


def test_the_secret_key_is_refused(article, run_cli):
    from workbench.web import secret_key

    key = secret_key(workbench_home())
    result = run_cli("export", article, "--lang", "be", "-o", workbench_home() / "secret_key", "--force", expect_exit=1)
    assert "secret key" in result.stderr
    assert (workbench_home() / "secret_key").read_text() == key


def test_tm_export_is_as_careful(article, run_cli, tmp_path):
    target = tmp_path / "tm.tmx"
    target.write_text("keep")
    assert "already exists" in run_cli("tm", "export", target, "--lang", "be", expect_exit=1).stderr
    assert target.read_text() == "keep"


def test_files_under_workbench_home_are_private(article, run_cli, db_url):
    home = workbench_home()
    assert mode(home) == 0o700
    if db_url.startswith("sqlite"):
        database_file = make_url(db_url).database
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(database_file + suffix):
                assert mode(database_file + suffix) == 0o600, suffix
    run_cli("backup", home / "manual.backup")
    assert mode(home / "manual.backup") == 0o600
    run_cli("restore", home / "manual.backup", "--yes")
    assert mode(home / "backups") == 0o700
    assert all(mode(path) == 0o600 for path in (home / "backups").iterdir())
    run_cli("export", article, "--lang", "be", "-o", home / "export.txt")
    assert mode(home / "export.txt") == 0o600
