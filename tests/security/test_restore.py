"""Finding 5 (and 7's damaged schema): restore accepts only a backup whose schema is exactly the
one its revision builds — no triggers, views or functions, nothing missing, nothing extra."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from security_support import article  # noqa: F401 (fixture)
from sqlalchemy import func, select, text

from workbench import db as dbmod
from workbench.models import Document

SQLITE_TRIGGER = ("CREATE TRIGGER wipe AFTER INSERT ON revisions BEGIN DELETE FROM documents; END",)
PG_TRIGGER = (
    "CREATE FUNCTION wipe() RETURNS trigger AS 'BEGIN DELETE FROM documents; RETURN NULL; END' LANGUAGE plpgsql",
    "CREATE TRIGGER wipe AFTER INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION wipe()",
)


@pytest.fixture
def imported(database, article):
    return database


def documents(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Document))


def backup_with(database, run_cli, tmp_path, name, *statements):
    """A backup of the database after ``statements`` added schema objects to it."""
    with database.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
    run_cli("backup", tmp_path / name)
    return tmp_path / name


def test_a_backup_carrying_a_trigger_is_refused(imported, run_cli, tmp_path, db_url):
    statements = PG_TRIGGER if db_url.startswith("postgresql") else SQLITE_TRIGGER
    hostile = backup_with(imported, run_cli, tmp_path, "trigger.backup", *statements)
    with imported.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER wipe ON revisions" if db_url.startswith("postgresql") else "DROP TRIGGER wipe")
    result = run_cli("restore", hostile, "--yes", expect_exit=1)
    assert "unexpected trigger" in result.stderr and len(result.stderr.splitlines()) == 1
    assert documents(imported) == 1
    assert not (tmp_path / "home" / "backups").exists()  # refused before anything was touched


def test_a_backup_carrying_a_view_is_refused(imported, run_cli, tmp_path):
    hostile = backup_with(imported, run_cli, tmp_path, "view.backup", "CREATE VIEW everything AS SELECT * FROM users")
    result = run_cli("restore", hostile, "--yes", expect_exit=1)
    assert "unexpected view everything" in result.stderr


def test_a_backup_with_an_extra_table_or_index_is_refused(imported, run_cli, tmp_path):
    hostile = backup_with(
        imported, run_cli, tmp_path, "extra.backup",
        "CREATE TABLE loot (secret TEXT)", "CREATE INDEX ix_loot ON documents (title)",
    )
    result = run_cli("restore", hostile, "--yes", expect_exit=1)
    assert "unexpected table loot" in result.stderr


def test_a_backup_with_a_changed_column_is_refused(imported, run_cli, tmp_path, db_url):
    change = (
        "ALTER TABLE documents ALTER COLUMN title DROP NOT NULL" if db_url.startswith("postgresql")
        else "ALTER TABLE documents ADD COLUMN planted TEXT"
    )
    hostile = backup_with(imported, run_cli, tmp_path, "column.backup", change)
    result = run_cli("restore", hostile, "--yes", expect_exit=1)
    assert "column documents." in result.stderr


def test_a_file_with_only_the_revision_table_is_refused(database, run_cli, tmp_path, db_url):
    if db_url.startswith("postgresql"):
        with database.engine.begin() as connection:
            for table in ("terms", "concepts", "revisions", "translations", "segments", "documents", "users", "tm_units"):
                connection.exec_driver_sql(f"DROP TABLE {table} CASCADE")
        run_cli("backup", tmp_path / "bare.backup")
        bare = tmp_path / "bare.backup"
    else:
        bare = tmp_path / "bare.db"
        with closing(sqlite3.connect(bare)) as connection:
            connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            connection.execute("INSERT INTO alembic_version VALUES (?)", (dbmod.head_revision(),))
            connection.commit()
    result = run_cli("restore", bare, "--yes", expect_exit=1)
    assert "is refused" in result.stderr and "missing table" in result.stderr


@pytest.mark.sqlite_only  # SQLite's schema table; a damaged pg_dump archive is test_backup's truncated backup
def test_a_backup_with_a_damaged_schema_is_one_clear_error(imported, run_cli, tmp_path, db_url):
    run_cli("backup", tmp_path / "damaged.db")
    with closing(sqlite3.connect(tmp_path / "damaged.db")) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE documents(' WHERE name = 'documents'")
        connection.commit()
    result = run_cli("restore", tmp_path / "damaged.db", "--yes", expect_exit=1)
    assert result.stderr.startswith("Error: ") and "damaged" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_genuine_backup_still_restores(imported, run_cli, tmp_path):
    run_cli("backup", tmp_path / "good.backup")
    with imported.session() as session:
        session.add(Document(title="later", source_lang="en", checksum="x"))
    run_cli("restore", tmp_path / "good.backup", "--yes")
    assert documents(imported) == 1
    with imported.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM users")).scalar() == 0
