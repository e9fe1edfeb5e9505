"""Engine, sessions and schema migrations.

The workbench upgrades the database to the newest migration when it opens it, and refuses a
database whose schema is newer than this code knows.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from workbench.config import database_url
from workbench.errors import WorkbenchError
from workbench.tm.units import mirror_translations

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _enable_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _create_private_file(database: str | None) -> None:
    """Create a new SQLite file readable by its owner only; its -wal/-shm files take its mode."""
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except (FileExistsError, FileNotFoundError):
            pass  # an existing database keeps its mode; a missing folder is SQLite's error to report


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        _create_private_file(make_url(url).database)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _enable_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


# Alembic is imported inside the functions that migrate: a start whose schema is already current
# (every start but the first after an upgrade) does not need it, and it costs a third of a second.


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would choke on the % of URL-encoded passwords.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _migrate(engine: Engine, step, revision: str) -> None:
    """Run ``step`` (alembic's upgrade or downgrade) to ``revision`` in one transaction.

    SQLite changes a constraint by rebuilding the table; dropping the old parent table would
    cascade into its children, so foreign keys are off meanwhile (the pragma only takes effect
    outside a transaction) and checked before the commit, as SQLite's ALTER TABLE procedure says.
    """
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise WorkbenchError("the migration left rows pointing at missing rows; nothing was changed")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _migrate(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _migrate(engine, command.downgrade, revision)


def newest_migration() -> str:
    """The id of the newest migration file: each file is named after its revision id
    (0009_termbase_search.py is revision 0009), and a test keeps it so."""
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DBAPIError:  # no version table yet: an empty database
            return None


# The key of PostgreSQL's advisory lock that migrating processes take (any fixed 64-bit number).
MIGRATION_LOCK = 0x776F726B62656E63


def reached(url, connect):
    """``connect()``, or one line saying the database cannot be reached: every command printed a
    traceback while PostgreSQL was down (or the SQLite file's folder missing)."""
    try:
        return connect()
    except (OperationalError, OSError) as error:
        reason = str(getattr(error, "orig", None) or getattr(error, "strerror", None) or error).splitlines()[0]
        raise WorkbenchError(f"the database {url.render_as_string(hide_password=True)} cannot be reached: "
                             f"{reason} (WORKBENCH_DATABASE_URL)") from None


@contextmanager
def migration_lock(url) -> Iterator[None]:
    """Hold the database's migration lock while the block runs.

    A second process that would migrate (a second `db upgrade`, a second app server, a worker or
    command started during an upgrade) waits for the first, then finds the schema current; both ran
    the same migrations at once and the second died with a traceback ("already exists").
    PostgreSQL: an advisory lock; SQLite: flock on a file beside the database, never on the database
    file itself: closing any descriptor of that file drops every fcntl lock SQLite holds on it in
    this process, and the file was corrupted ("database disk image is malformed").
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(parsed, poolclass=NullPool)
        try:
            with reached(parsed, engine.connect) as connection:
                connection.execute(select(func.pg_advisory_lock(MIGRATION_LOCK)))
                try:
                    yield
                finally:
                    connection.execute(select(func.pg_advisory_unlock(MIGRATION_LOCK)))
        finally:
            engine.dispose()
    elif parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not parsed.database.startswith("file:"):
        lock_file = f"{parsed.database}.migration-lock"
        descriptor = reached(parsed, lambda: os.open(lock_file, os.O_RDONLY | os.O_CREAT, 0o600))
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # releases the lock
    else:  # an in-memory database is this process's alone; a file: URI is left to SQLite
        yield


def ensure_schema(engine: Engine) -> None:
    """Upgrade to head under the migration lock; refuse a schema written by a newer workbench."""
    if reached(engine.url, lambda: _stored_revision(engine)) == newest_migration():
        return  # already current: the usual start, decided without importing alembic or locking
    with migration_lock(engine.url):
        _upgrade_to_head(engine)


def _upgrade_to_head(engine: Engine) -> None:
    from alembic.script import ScriptDirectory

    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    if current is not None and not _known(script, current):
        raise WorkbenchError(
            f"the database schema is at revision {current}, which this version of workbench does "
            "not know (it was written by a newer version); upgrade workbench or use another "
            "database (WORKBENCH_DATABASE_URL / WORKBENCH_HOME)"
        )
    if current != script.get_current_head():
        upgrade(engine)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several lookup errors for unknown ids
        return False


class Database:
    """One engine and its session factory; opened once per process."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.engine = make_engine(url)
        if migrate:
            ensure_schema(self.engine)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        # Every saved translation updates the translation memory in the same transaction.
        event.listen(self.sessionmaker, "after_flush", mirror_translations)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self.sessionmaker() as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


@lru_cache(maxsize=None)
def open_database(url: str | None = None) -> Database:
    return Database(url or database_url())
