"""`workbench backup` / `restore`: data comes back exactly as it was, and bad backups are refused."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from contextlib import closing

import pytest
from conftest import missing
from sqlalchemy import select, text

from workbench import db as dbmod
from workbench.models import Document, Revision, Segment, Translation, User
from workbench.translations import save_translation


@pytest.fixture
def pg_tools(db_url):
    if db_url.startswith("postgresql") and not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        missing("pg_dump and pg_restore (Debian postgresql-client)")


@pytest.fixture
def translated(database):
    """One document with one segment translated into Belarusian, in two revisions."""
    with database.session() as session:
        document = Document(title="Pahonia", source_lang="en", checksum="0" * 64)
        segment = Segment(document=document, position=0, paragraph=0, source_text="The battalion.")
        session.add(document)
        save_translation(session, segment, "be", "Батальён.", status="draft", origin="mt", author="mt")
        save_translation(session, segment, "be", "Полк.", status="translated", origin="human", author="ala")
        return segment.id


def snapshot(database) -> dict:
    with database.session() as session:
        return {
            "documents": session.scalars(select(Document.title)).all(),
            "translations": session.execute(select(Translation.text, Translation.version)).all(),
            "revisions": session.scalars(select(Revision.new_text).order_by(Revision.id)).all(),
            "users": session.scalars(select(User.name)).all(),
        }


def change_everything(database, segment_id: int, run_cli) -> None:
    with database.session() as session:
        segment = session.get(Segment, segment_id)
        save_translation(session, segment, "be", "Зменена.", status="reviewed", origin="human", base_version=2)
        session.add(Document(title="Added later", source_lang="en", checksum="1" * 64))
    run_cli("user", "add", "bob", "--password-stdin", input="long enough password\n")


@pytest.mark.usefixtures("pg_tools")
def test_restore_brings_back_exactly_the_backed_up_data(database, translated, run_cli, tmp_path):
    before = snapshot(database)
    out = run_cli("backup", tmp_path / "wb.backup").stdout
    assert f"schema {dbmod.head_revision()}" in out

    change_everything(database, translated, run_cli)
    changed = snapshot(database)
    assert changed != before

    out = run_cli("restore", tmp_path / "wb.backup", "--yes").stdout
    assert snapshot(database) == before
    assert before["translations"] == [("Полк.", 2)]

    # The data replaced by the restore was itself saved first, and can be restored back.
    safety_copy = out.split("saved in ", 1)[1].split("\n", 1)[0]
    run_cli("restore", safety_copy, "--yes")
    assert snapshot(database) == changed


@pytest.mark.usefixtures("pg_tools")
def test_restore_onto_a_new_empty_database(database, translated, run_cli, db_url, tmp_path):
    before = snapshot(database)
    run_cli("backup", tmp_path / "wb.backup")
    database.dispose()
    if db_url.startswith("sqlite"):
        (tmp_path / "workbench.db").unlink()
    else:
        dbmod.downgrade(database.engine, "base")
    out = run_cli("restore", tmp_path / "wb.backup", "--yes").stdout
    assert "saved in" not in out
    assert snapshot(database) == before


@pytest.mark.usefixtures("pg_tools")
def test_restore_refuses_a_backup_from_a_newer_schema(database, translated, run_cli, tmp_path):
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    run_cli("backup", tmp_path / "future.backup")
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": dbmod.head_revision()})
    change_everything(database, translated, run_cli)
    before = snapshot(database)

    result = run_cli("restore", tmp_path / "future.backup", "--yes", expect_exit=1)
    assert "ffff_from_the_future" in result.stderr and "newer version" in result.stderr
    assert snapshot(database) == before


def test_restore_refuses_a_file_that_is_not_a_backup(database, translated, run_cli, tmp_path):
    before = snapshot(database)
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("just some notes\n")
    result = run_cli("restore", not_a_backup, "--yes", expect_exit=1)
    assert result.stderr.strip() == f"Error: {not_a_backup} is not a workbench backup (neither SQLite nor pg_dump custom format)"
    assert snapshot(database) == before


@pytest.mark.usefixtures("pg_tools")
def test_restore_refuses_a_truncated_backup(database, translated, run_cli, tmp_path):
    run_cli("backup", tmp_path / "wb.backup")
    data = (tmp_path / "wb.backup").read_bytes()
    (tmp_path / "cut.backup").write_bytes(data[: len(data) // 2])
    change_everything(database, translated, run_cli)
    before = snapshot(database)
    result = run_cli("restore", tmp_path / "cut.backup", "--yes", expect_exit=1)
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert snapshot(database) == before


def test_backup_into_a_missing_directory_is_a_clear_error(database, run_cli, tmp_path):
    result = run_cli("backup", tmp_path / "missing" / "wb.backup", expect_exit=1)
    assert result.stderr == f"Error: directory {tmp_path / 'missing'} does not exist\n"


def test_restore_asks_before_replacing_and_no_keeps_everything(database, translated, run_cli, tmp_path):
    run_cli("backup", tmp_path / "wb.backup")
    change_everything(database, translated, run_cli)
    before = snapshot(database)
    result = run_cli("restore", tmp_path / "wb.backup", input="n\n", expect_exit=1)
    assert "Aborted" in result.stderr
    assert snapshot(database) == before


@pytest.mark.sqlite_only  # about the SQLite file format
def test_backup_never_overwrites_an_existing_file_unless_forced(database, translated, run_cli, tmp_path):
    existing = tmp_path / "precious.db"
    existing.write_bytes(b"do not touch")
    result = run_cli("backup", existing, expect_exit=1)
    assert "already exists" in result.stderr
    assert existing.read_bytes() == b"do not touch"
    run_cli("backup", existing, "--force")
    assert existing.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.sqlite_only  # about the SQLite file format
def test_sqlite_backup_is_one_self_contained_file(database, translated, run_cli, tmp_path):
    target = tmp_path / "out" / "wb.db"
    target.parent.mkdir()
    run_cli("backup", target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["wb.db"]


@pytest.mark.sqlite_only  # about the SQLite file format
def test_backup_taken_while_saves_run_is_consistent(database, translated, run_cli, tmp_path):
    """The online backup API copies a consistent snapshot even while another connection writes."""
    stop = threading.Event()

    def keep_saving():
        version = 2
        while not stop.is_set():
            with database.session() as session:
                segment = session.get(Segment, translated)
                save_translation(
                    session, segment, "be", f"v{version}", status="translated", origin="human", base_version=version
                )
            version += 1

    writer = threading.Thread(target=keep_saving)
    writer.start()
    try:
        for number in range(5):
            run_cli("backup", tmp_path / f"b{number}.db")
    finally:
        stop.set()
        writer.join()
    for number in range(5):
        with closing(sqlite3.connect(tmp_path / f"b{number}.db")) as connection:
            version, last_text = connection.execute("SELECT version, text FROM translations").fetchone()
            revisions = connection.execute("SELECT new_text FROM revisions ORDER BY id").fetchall()
        # Every save that made it into the copy made it whole: text, version and its revision.
        assert len(revisions) == version
        assert revisions[-1][0] == last_text


@pytest.mark.sqlite_only  # about the SQLite file
def test_backup_never_writes_over_the_database_it_copies_even_when_forced(database, translated, run_cli, db_url, tmp_path):
    # The copy was renamed over the live file: the editor's open connections went on writing
    # into the old, deleted one, and every save after the backup was lost.
    live = tmp_path / "workbench.db"
    assert db_url == f"sqlite:///{live}"
    before = snapshot(database)
    with database.engine.connect() as connection:  # the editor's pooled connection, open all along
        result = run_cli("backup", live, "--force", expect_exit=1)
        assert "is the workbench's own database" in result.stderr
        connection.execute(text("UPDATE documents SET title = 'Saved after the backup'"))
        connection.commit()
    with closing(sqlite3.connect(live)) as fresh:
        assert fresh.execute("SELECT title FROM documents").fetchall() == [("Saved after the backup",)]
    assert snapshot(database)["translations"] == before["translations"]
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "hard.db").hardlink_to(live)
    assert "own database" in run_cli("backup", tmp_path / "other" / "hard.db", "--force", expect_exit=1).stderr
    run_cli("backup", tmp_path / "other" / "wb.db")
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == ["hard.db", "wb.db"]


@pytest.mark.sqlite_only  # the SQLite copy's own error
def test_a_backup_the_disk_cannot_hold_is_one_clear_error_and_no_file(database, translated, run_cli, tmp_path, monkeypatch):
    from workbench import backup as backupmod

    def disk_full(source, target):
        target.write_bytes(b"SQLite format 3\x00")  # begun, then the disk filled up
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backupmod, "_sqlite_backup", disk_full)
    (tmp_path / "out").mkdir()
    result = run_cli("backup", tmp_path / "out" / "wb.db", expect_exit=1)
    assert result.stderr == f"Error: {tmp_path / 'out' / 'wb.db'}: no backup written: database or disk is full\n"
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.sqlite_only  # the SQLite copy's own error
def test_a_restore_the_disk_cannot_hold_names_the_copy_of_the_data_before(database, translated, run_cli, tmp_path, monkeypatch):
    from workbench import backup as backupmod

    run_cli("backup", tmp_path / "wb.backup")

    def disk_full(backup_file, live):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backupmod, "_sqlite_restore", disk_full)
    result = run_cli("restore", tmp_path / "wb.backup", "--yes", expect_exit=1)
    assert result.stderr.startswith(f"Error: {tmp_path / 'wb.backup'} was not restored: database or disk is full; "
                                    "the data as it was before is saved in ") and result.stderr.count("\n") == 1
