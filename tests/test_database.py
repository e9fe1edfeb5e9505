"""Schema migrations and the refusal to run on an unknown newer schema."""

from sqlalchemy import inspect, text

from workbench import db as dbmod
from workbench.errors import WorkbenchError


def test_empty_database_upgrades_to_head_with_every_table(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.ensure_schema(engine)
    assert dbmod.current_revision(engine) == dbmod.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "segments", "translations", "revisions", "concepts", "terms", "users"} <= tables
    engine.dispose()


def test_migrations_downgrade_to_base_and_up_again(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine)
    dbmod.downgrade(engine, "base")
    assert "documents" not in inspect(engine).get_table_names()
    dbmod.upgrade(engine)
    assert "documents" in inspect(engine).get_table_names()
    engine.dispose()


def test_refuses_schema_from_a_newer_workbench(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.ensure_schema(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    try:
        dbmod.ensure_schema(engine)
    except WorkbenchError as error:
        assert "newer version" in str(error)
    else:
        raise AssertionError("ensure_schema accepted an unknown revision")
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    engine = dbmod.make_engine(f"sqlite:///{tmp_path / 'wb.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_cli_db_current_and_upgrade(run_cli):
    assert "head: 0007" in run_cli("db", "current").stdout
    assert "at revision 0007" in run_cli("db", "upgrade").stdout
    assert "current: 0007" in run_cli("db", "current").stdout
