"""Shared fixtures: a fresh workbench home and database per test, on SQLite and PostgreSQL.

PostgreSQL runs when WORKBENCH_TEST_POSTGRES_URL points at a server where the user may create
databases (.ci/run starts a throwaway cluster and sets it); each test gets its own database.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from workbench.db import Database

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "seeds" / "pohonia-battalion.en.txt"
SEED_TERMBASE = REPO / "seeds" / "termbase.csv"
POSTGRES_URL = os.environ.get("WORKBENCH_TEST_POSTGRES_URL")


def _postgres_database() -> tuple[str, callable]:
    server = make_url(POSTGRES_URL)
    name = f"wb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return server.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, monkeypatch) -> str:
    """A database URL for an empty database, exported as WORKBENCH_DATABASE_URL."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'workbench.db'}"
        drop = None
    else:
        if not POSTGRES_URL:
            pytest.skip("WORKBENCH_TEST_POSTGRES_URL is not set")
        url, drop = _postgres_database()
    monkeypatch.setenv("WORKBENCH_DATABASE_URL", url)
    yield url
    from workbench.db import open_database

    open_database.cache_clear()
    if drop:
        drop()


@pytest.fixture
def database(db_url) -> Database:
    db = Database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def run_cli(db_url):
    """Run the ``workbench`` command in-process: ``run_cli("import", path)`` -> click Result."""
    from workbench.cli import main

    runner = CliRunner()

    def run(*args, input=None, expect_exit: int | None = 0):
        result = runner.invoke(main, [str(arg) for arg in args], input=input, catch_exceptions=False)
        if expect_exit is not None:
            assert result.exit_code == expect_exit, (
                f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
            )
        return result

    return run
