"""Whole-database backups, and restoring them.

SQLite is copied with its online backup API, so a backup taken while the editor is saving is a
consistent snapshot. PostgreSQL is dumped with ``pg_dump -Fc`` and restored with ``pg_restore
--clean`` in one transaction. A backup whose schema is newer than this code is refused before
anything is touched, and the current data is backed up first, so a restore never loses work.

A backup is code as much as data: a trigger or view in it would run inside the live database.
So its schema (tables, columns, indexes, constraints) must be exactly the one its revision's
migrations build, checked against a scratch database migrated to that revision, and it may hold
nothing else.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url

from workbench import db as dbmod
from workbench.config import environment, workbench_home
from workbench.errors import WorkbenchError
from workbench.safe_files import replacing

# Problems with these objects are named first: a trigger matters more than a column's default.
KIND_ORDER = {"trigger": -3, "view": -2, "table": -1}
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backend: str  # "sqlite" or "postgresql"
    revision: str  # the schema revision inside the backup
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    # The data as it was just before the restore; None when the database held no workbench data.
    previous: BackupInfo | None


def backup(url: str, path: Path, *, overwrite: bool = False) -> BackupInfo:
    """Write a backup of the database at ``url`` to ``path``.

    The file appears only when complete: a failed backup leaves no half-written file behind. It
    reaches ``path`` the way every export does (safe_files.replacing): never over the database
    itself or the session secret, whatever name or link leads there, even with ``overwrite``;
    renamed over the live SQLite file, it left the editor writing into the deleted old one.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise WorkbenchError(f"directory {path.parent} does not exist")
    try:
        with replacing(path, force=overwrite) as output, \
                tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.") as scratch:
            # Private from the first byte: a backup holds every text and the users' password hashes.
            os.fchmod(output.fileno(), 0o600)
            copy = Path(scratch) / "backup"
            if _backend(url) == "sqlite":
                _sqlite_backup(_sqlite_file(url), copy)
            else:
                _run_pg_tool("pg_dump", url, "--format=custom", f"--file={copy}")
            with copy.open("rb") as handle:
                shutil.copyfileobj(handle, output)
    except (OSError, sqlite3.Error) as error:  # a full disk, mostly: both copies are gone by now
        raise WorkbenchError(f"{path}: no backup written: {getattr(error, 'strerror', None) or error}") from None
    return inspect_backup(path)


def restore(url: str, path: Path) -> RestoreResult:
    """Replace the contents of the database at ``url`` with the backup at ``path``.

    The backup is checked first (format, schema revision); then the current data is saved under
    ``$WORKBENCH_HOME/backups/``; then the backup is restored and its schema upgraded to head.
    """
    info = check_restorable(url, path)
    backend = info.backend
    previous = _save_current_data(url, backend)
    if backend == "sqlite":
        try:
            _sqlite_restore(path, _sqlite_path(url))
        except sqlite3.Error as error:  # a full disk: SQLite rolled the copy back
            saved = f"; the data as it was before is saved in {previous.path}" if previous else ""
            raise WorkbenchError(f"{path} was not restored: {error}{saved}") from None
    else:
        _run_pg_tool(
            "pg_restore", url, "--clean", "--if-exists", "--no-owner", "--single-transaction", str(path)
        )
    engine = dbmod.make_engine(url)
    try:
        dbmod.ensure_schema(engine)
    finally:
        engine.dispose()
    return RestoreResult(restored=info, previous=previous)


def check_restorable(url: str, path: Path) -> BackupInfo:
    """Refuse, before anything is touched, a backup that cannot or must not be restored at ``url``."""
    info = inspect_backup(path)
    backend = _backend(url)
    if info.backend != backend:
        raise WorkbenchError(
            f"{path} is a {info.backend} backup but the database is {backend}; "
            "restore it into a database of the same kind"
        )
    if info.revision not in _known_revisions():
        raise WorkbenchError(
            f"{path} holds schema revision {info.revision}, which this version of workbench does not "
            "know (it was written by a newer version); upgrade workbench to restore it"
        )
    if backend == "sqlite":
        _check_schema(path, _sqlite_schema(path), _expected_sqlite_schema(info.revision), info.revision)
    else:
        _check_schema(path, _pg_schema(path), _expected_pg_schema(url, info.revision), info.revision)
    return info


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup file holds; a clear error when it is not a workbench backup."""
    path = Path(path)
    if not path.is_file():
        raise WorkbenchError(f"no backup file at {path}")
    with path.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if head.startswith(SQLITE_MAGIC):
        backend, revision = "sqlite", _sqlite_backup_revision(path)
    elif head.startswith(PG_DUMP_MAGIC):
        backend, revision = "postgresql", _pg_backup_revision(path)
    else:
        raise WorkbenchError(f"{path} is not a workbench backup (neither SQLite nor pg_dump custom format)")
    if revision is None:
        raise WorkbenchError(f"{path} is a {backend} backup, but not of a workbench database (no schema revision)")
    return BackupInfo(path=path, backend=backend, revision=revision, size=path.stat().st_size)


def _backend(url: str) -> str:
    backend = make_url(url).get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise WorkbenchError(f"backup supports SQLite and PostgreSQL databases, not {backend}")
    return backend


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(dbmod.alembic_config("sqlite://"))
    return {revision.revision for revision in script.walk_revisions()}


def _save_current_data(url: str, backend: str) -> BackupInfo | None:
    """Back up what a restore is about to replace (nothing, on a new machine)."""
    if backend == "sqlite" and not _sqlite_path(url).is_file():
        return None
    engine = dbmod.make_engine(url)
    try:
        revision = dbmod.current_revision(engine)
    finally:
        engine.dispose()
    if revision is None:
        return None
    folder = workbench_home() / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    extension = ".db" if backend == "sqlite" else ".dump"
    return backup(url, folder / f"before-restore-{stamp}{extension}")


# --- SQLite -------------------------------------------------------------------------------------


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise WorkbenchError("an in-memory SQLite database cannot be backed up or restored")
    return Path(database)


def _sqlite_file(url: str) -> Path:
    path = _sqlite_path(url)
    if not path.is_file():
        raise WorkbenchError(f"no SQLite database at {path}")
    return path


# sqlite3 connections' own context manager commits but does not close, hence closing().
def _sqlite_backup(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source, timeout=30)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        # A backup is one self-contained file, without -wal/-shm companions.
        dst.execute("PRAGMA journal_mode=DELETE")


def _sqlite_restore(backup_file: Path, database: Path) -> None:
    with closing(sqlite3.connect(backup_file, timeout=30)) as src, closing(
        sqlite3.connect(database, timeout=30)
    ) as dst:
        src.backup(dst)


def _sqlite_backup_revision(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise WorkbenchError(f"{path} is a damaged SQLite file (integrity check failed)")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    except sqlite3.DatabaseError as error:
        raise WorkbenchError(f"{path} is a damaged SQLite file: {error}") from None
    return row[0] if row else None


def _check_schema(path: Path, found: set, expected: set, revision: str) -> None:
    """Refuse a backup whose schema objects differ from those of a database at ``revision``."""
    extra = {item[:2] for item in found - expected}
    missing = {item[:2] for item in expected - found}
    if not extra and not missing:
        return
    problems = sorted(
        (KIND_ORDER.get(kind, 0), "different" if (kind, name) in missing else "unexpected", kind, name)
        for kind, name in extra
    ) + sorted((kind != "table", "missing", kind, name) for kind, name in missing - extra)  # a missing table explains the rest
    shown = "; ".join(f"{word} {kind} {name}" for _, word, kind, name in problems[:5])
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    raise WorkbenchError(
        f"{path} is refused: its schema is not the one workbench builds at revision {revision}: {shown}{more}"
    )


def _sqlite_schema(path: Path) -> set[tuple]:
    """Every schema object of a SQLite file, as comparable tuples."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            return _sqlite_objects(connection)
    except sqlite3.DatabaseError as error:
        raise WorkbenchError(f"{path} is a damaged SQLite file: {error}") from None


def _sqlite_objects(connection: sqlite3.Connection) -> set[tuple]:
    objects = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT IN ('sqlite_sequence', 'sqlite_stat1')"
    ).fetchall()
    found: set[tuple] = set()
    for kind, name, table in objects:
        if kind == "table":
            found.add(("table", name))
            for column in connection.execute(f'PRAGMA table_xinfo("{_quoted(name)}")'):
                _, column_name, declared, notnull, default, primary, hidden = column
                found.add(("column", f"{name}.{column_name}", declared.upper(), notnull, default, primary, hidden))
            for key in connection.execute(f'PRAGMA foreign_key_list("{_quoted(name)}")'):
                found.add(("foreign key", f"{name}.{key[3]}", f"{key[2]}.{key[4]}", key[5], key[6]))
        elif kind == "index":
            columns = tuple(row[2] for row in connection.execute(f'PRAGMA index_xinfo("{_quoted(name)}")'))
            found.add(("index", name, table, columns))
        else:  # triggers and views never belong to a workbench database
            found.add((kind, name))
    return found


def _quoted(name: str) -> str:
    return name.replace('"', '""')


@lru_cache(maxsize=None)
def _expected_sqlite_schema(revision: str) -> frozenset[tuple]:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "expected.db"
        engine = dbmod.make_engine(f"sqlite:///{scratch}")
        try:
            dbmod.upgrade(engine, revision)
        finally:
            engine.dispose()
        return frozenset(_sqlite_schema(scratch))


# --- PostgreSQL ---------------------------------------------------------------------------------


def _pg_backup_revision(path: Path) -> str | None:
    """Read the alembic_version row from the dump's table of contents and data."""
    listing = _run(["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(path)])
    lines = iter(listing.splitlines())
    for line in lines:
        if line.startswith("COPY ") and "alembic_version" in line:
            value = next(lines, "\\.")
            return None if value == "\\." else value.strip()
    return None


# Entries of a pg_dump table of contents, longest first ("FK CONSTRAINT" before "CONSTRAINT").
PG_ENTRY_TYPES = sorted(
    ("TABLE", "TABLE DATA", "SEQUENCE", "SEQUENCE OWNED BY", "SEQUENCE SET", "DEFAULT", "CONSTRAINT",
     "FK CONSTRAINT", "INDEX", "TRIGGER", "VIEW", "MATERIALIZED VIEW", "FUNCTION", "PROCEDURE", "AGGREGATE",
     "RULE", "POLICY", "ROW SECURITY", "EXTENSION", "SCHEMA", "TYPE", "DOMAIN", "EVENT TRIGGER", "COMMENT",
     "ACL", "SERVER", "FOREIGN TABLE", "PUBLICATION", "SUBSCRIPTION", "OPERATOR", "CAST", "COLLATION"),
    key=len, reverse=True,
)
# Entries that are data, not schema: they are restored but need no comparison.
PG_DATA_ENTRIES = ("TABLE DATA", "SEQUENCE SET")
_PG_SCRATCH_SCHEMA = "workbench_expected_schema"
# Extensions the migrations create (pg_trgm: the translation memory's trigram index).
MIGRATION_EXTENSIONS = ("pg_trgm",)


def _pg_schema(path: Path, schema: str = "public") -> set[tuple]:
    """The schema objects of a pg_dump archive (table of contents and column definitions)."""
    found: set[tuple] = set()
    for line in _run(["pg_restore", "--list", str(path)]).splitlines():
        if line.startswith(";") or not line.strip():
            continue
        entry = line.split(";", 1)[1].split(None, 2)[2]  # drop "id; catalog-oid object-oid"
        kind = next((kind for kind in PG_ENTRY_TYPES if entry.startswith(kind + " ")), entry.split()[0])
        if kind in PG_DATA_ENTRIES:
            continue
        names = entry[len(kind):].split()[:-1]  # the last word is the owner
        if kind == "SCHEMA" or (kind == "COMMENT" and names[:2] == ["-", "SCHEMA"]):
            continue  # the schema itself, as every dump of a schema lists it
        if kind == "EXTENSION" or (kind == "COMMENT" and names[:2] == ["-", "EXTENSION"]):
            extension = entry.split()[-1]  # an extension entry names no owner
            if extension in MIGRATION_EXTENSIONS:
                continue  # the migrations create it database-wide: a dump of one schema leaves it out
            names = [extension]
        found.add((kind.lower(), " ".join(name for name in names if name not in (schema, "-"))))
    table = None
    for line in _run(["pg_restore", "--schema-only", "--file=-", str(path)]).splitlines():
        if line.startswith("CREATE TABLE "):
            table = line.split()[2].removeprefix(f"{schema}.")
        elif table and line.startswith("    "):
            column = line.strip().rstrip(",")
            found.add(("column", f"{table}.{column.split()[0]}", column))
        else:
            table = None
    return found


@lru_cache(maxsize=None)
def _expected_pg_schema(url: str, revision: str) -> frozenset[tuple]:
    """Migrate a scratch schema of the database to ``revision``, dump it, and read that dump."""
    scratch = create_engine(url, connect_args={"options": f"-csearch_path={_PG_SCRATCH_SCHEMA}"})
    try:
        with scratch.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {_PG_SCRATCH_SCHEMA} CASCADE")
            connection.exec_driver_sql(f"CREATE SCHEMA {_PG_SCRATCH_SCHEMA}")
        try:
            dbmod.upgrade(scratch, revision)
            with tempfile.TemporaryDirectory() as folder:
                dump = Path(folder) / "expected.dump"
                _run_pg_tool("pg_dump", url, "--schema-only", "--format=custom",
                             f"--schema={_PG_SCRATCH_SCHEMA}", f"--file={dump}")
                return frozenset(_pg_schema(dump, _PG_SCRATCH_SCHEMA))
        finally:
            with scratch.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {_PG_SCRATCH_SCHEMA} CASCADE")
    finally:
        scratch.dispose()


def _run_pg_tool(tool: str, url: str, *args: str) -> None:
    server = make_url(url)
    env = environment()
    if server.password:
        # Passed in the environment, not on the command line where `ps` shows it.
        env["PGPASSWORD"] = str(server.password)
    _run([tool, f"--dbname={_libpq_url(server)}", *args], env=env)


def _libpq_url(server: URL) -> str:
    return server.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    if shutil.which(command[0]) is None:
        raise WorkbenchError(
            f"{command[0]} is not installed; install the PostgreSQL client (Debian: postgresql-client)"
        )
    completed = subprocess.run(command, capture_output=True, text=True, env=env)
    if completed.returncode != 0:
        message = completed.stderr.strip().splitlines()
        raise WorkbenchError(f"{command[0]} failed: {message[-1] if message else f'exit {completed.returncode}'}")
    return completed.stdout
