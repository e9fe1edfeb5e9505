"""Several machines start at once after an upgrade: the migrations run once, and every other
process that would migrate waits for them instead of running them too (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO
from workbench.db import Database, current_revision, newest_migration


def test_simultaneous_upgrades_and_commands_on_an_empty_database_all_succeed(db_url):
    commands = [("db", "upgrade")] * 5 + [("jobs", "list")]
    started = [subprocess.Popen([sys.executable, "-c", "from workbench.cli import main; main()", *command],
                                cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for command in commands]
    finished = [(process.wait(120), *process.communicate()) for process in started]
    assert [(code, "Traceback" in stderr) for code, _, stderr in finished] == [(0, False)] * len(commands), finished
    assert {stdout for code, stdout, _ in finished[:5]} == {f"database at revision {newest_migration()}\n"}
    database = Database(db_url, migrate=False)
    assert current_revision(database.engine) == newest_migration()
    database.dispose()
