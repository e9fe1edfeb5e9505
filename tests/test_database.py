"""Schema migrations and the refusal to run on an unknown newer schema."""

import re

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

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


@pytest.mark.sqlite_only  # reads the migration files, no database
def test_each_migration_file_is_named_after_its_revision_and_the_newest_is_the_head():
    # ensure_schema's quick start compares the stored revision with the newest file's name.
    for path in (dbmod.MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"):
        declared = re.search(r"^revision\s*=\s*['\"](\w+)['\"]", path.read_text(encoding="utf-8"), re.M)
        assert declared and declared.group(1) == path.name.split("_", 1)[0], path.name
    assert dbmod.newest_migration() == dbmod.head_revision()


def test_a_database_one_migration_behind_is_upgraded_on_open(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.ensure_schema(engine)
    head = dbmod.head_revision()
    dbmod.downgrade(engine, "-1")
    dbmod.ensure_schema(engine)
    assert dbmod.current_revision(engine) == head
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
    head = dbmod.head_revision()
    assert f"head: {head}" in run_cli("db", "current").stdout
    assert f"at revision {head}" in run_cli("db", "upgrade").stdout
    assert f"current: {head}" in run_cli("db", "current").stdout


def _modelled(name, type_, parent_names) -> bool:
    """The full-text structures (FTS5 tables, trigram indexes) of the TM and the termbase search
    are built by raw SQL on purpose."""
    raw_sql = ("tm_units_fts", "tm_units_words", "terms_folded_trgm", "concepts_key_trgm")
    return not (name or "").startswith(raw_sql) and not (name or "").endswith(("_trgm", "_words"))


def test_models_match_the_migrations(db_url):
    """Autogenerate finds nothing to do: every model change came with its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from glossary.models import GlossaryBase
    from workbench.models import Base

    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": _modelled})
        differences = compare_metadata(context, [Base.metadata, GlossaryBase.metadata])
    engine.dispose()
    assert differences == []


def test_constraints_are_named_alike_on_every_database(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine)
    inspector = inspect(engine)
    assert inspector.get_pk_constraint("segments")["name"] == "pk_segments"
    assert [u["name"] for u in inspector.get_unique_constraints("translations")] == ["uq_translations_segment_id_lang"]
    assert [f["name"] for f in inspector.get_foreign_keys("terms")] == ["fk_terms_concept_id_concepts"]
    assert {c["name"] for c in inspector.get_check_constraints("revisions")} == {"ck_revisions_old_status", "ck_revisions_new_status"}
    # The unique constraint's index serves look-ups by document (PostgreSQL lists it as an index too);
    # the one index of its own finds a document's repetitions.
    assert [i["name"] for i in inspector.get_indexes("segments") if not i.get("duplicates_constraint")] == [
        "ix_segments_document_id_source_key"]
    engine.dispose()


def test_upgrading_a_filled_database_keeps_every_row_and_then_checks_values(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO documents (id, title, source_lang, original_filename, format, encoding, checksum, tail, created_at)"
            " VALUES (1, 'T', 'en', 'a.txt', 'txt', 'utf-8', 'x', '', CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO segments (id, document_id, position, paragraph, source_text, before, markup)"
                                " VALUES (1, 1, 1, 1, 'Hello.', '', '{}')"))
        connection.execute(text(
            "INSERT INTO translations (id, segment_id, lang, text, status, origin, route, glossary_changes, alternatives,"
            " version, updated_at, updated_by) VALUES (1, 1, 'be', 'Прывітанне.', 'translated', 'human', '', '[]', '[]',"
            " 1, CURRENT_TIMESTAMP, 'ana')"))
        connection.execute(text("INSERT INTO revisions (translation_id, old_text, new_text, old_status, new_status, origin,"
                                " author, created_at) VALUES (1, '', 'Прывітанне.', 'untranslated', 'translated', 'human',"
                                " 'ana', CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO concepts (id, key, kind, note, updated_at) VALUES (1, 'kyiv', 'place', '', CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO terms (concept_id, lang, text, status, part_of_speech, forms, note)"
                                " VALUES (1, 'be', 'Кіеў', 'preferred', 'noun', '{}', '')"))
    dbmod.upgrade(engine)
    counts = {}
    with engine.connect() as connection:
        for table in ("documents", "segments", "translations", "revisions", "concepts", "terms"):
            counts[table] = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    assert counts == dict.fromkeys(counts, 1)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT folded FROM terms")).scalar() == "кіеў"  # for search in SQL
    for statement in ("UPDATE translations SET status = 'done'", "UPDATE terms SET status = 'best'",
                      "UPDATE concepts SET kind = 'animal'"):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(statement))
    dbmod.downgrade(engine, "0001")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM revisions")).scalar() == 1
    engine.dispose()
