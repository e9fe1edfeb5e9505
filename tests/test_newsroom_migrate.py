"""Opening the database from several machines: after an upgrade the migrations run once and every
other process that would migrate waits for them instead of running them too (SQLite and
PostgreSQL); a database that cannot be reached is one line, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import REPO
from workbench.db import Database, current_revision, newest_migration


def test_simultaneous_upgrades_and_commands_on_an_empty_database_all_succeed(db_url):
    commands = [("db", "upgrade")] * 5 + [("jobs", "list")]
    started = [subprocess.Popen([sys.executable, "-c", "from workbench.cli import main; main()", *command],
                                cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for command in commands]
    # Two app servers starting at once open the database as `serve` does, outside the CLI's commands.
    started += [subprocess.Popen([sys.executable, "-c", "from workbench.web import create_app; create_app()"],
                                 cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
    finished = [(process.wait(120), *process.communicate()) for process in started]
    assert [(code, "Traceback" in stderr) for code, _, stderr in finished] == [(0, False)] * len(started), finished
    assert {stdout for code, stdout, _ in finished[:5]} == {f"database at revision {newest_migration()}\n"}
    database = Database(db_url, migrate=False)
    assert current_revision(database.engine) == newest_migration()
    database.dispose()


@pytest.mark.sqlite_only  # the database the test is given is not the one it asks for
@pytest.mark.parametrize("unreachable", ["postgresql+psycopg://workbench:secret@127.0.0.1:{port}/workbench",
                                         "sqlite:///{folder}/no-such-folder/workbench.db"])
@pytest.mark.parametrize("command", [("jobs", "list"), ("db", "upgrade"), ("translate", "1", "--to", "be", "--queue")])
def test_a_database_that_cannot_be_reached_is_one_line_not_a_traceback(unreachable, command, run_cli, tmp_path,
                                                                        monkeypatch):
    from test_jobs_workers import free_port

    monkeypatch.setenv("WORKBENCH_DATABASE_URL", unreachable.format(port=free_port(), folder=tmp_path))
    stderr = run_cli(*command, expect_exit=1).stderr
    assert stderr.startswith("Error: the database ") and "cannot be reached" in stderr and stderr.count("\n") == 1
    assert "secret" not in stderr
