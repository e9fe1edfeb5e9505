"""Every setting of the workbench in one place, read from the environment.

``SETTINGS`` lists each setting with its variable, default and help (as Datasette does), so
the README's table, the CLI and the web app all speak of the same settings.  ``settings()``
reads the environment at call time: tests and one-off commands change variables between calls,
and a long-running server reads them once when it starts.  Nothing else reads ``os.environ``.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import platformdirs

from glossary.languages import normalise_language
from workbench.errors import WorkbenchError


# Longest a day count may be (WORKBENCH_JOB_HISTORY_DAYS): a century, more than any history needs.
MAX_DAYS = 36500


def _text(value: str) -> str:
    return value


def _whole(value: str) -> int:
    if not value.strip().isdigit():
        raise ValueError("not a whole number (0 or more)")
    return int(value)


def _count(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError("not a positive whole number")
    return int(value)


def _repetitions(value: str) -> str:
    if value not in ("offer", "apply"):
        raise ValueError(value)
    return value


def _languages(value: str) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(normalise_language(code) for code in value.split(",") if code.strip()))
    if not codes:
        raise ValueError("names no language")
    return codes


def _names(value: str) -> tuple[str, ...]:
    return tuple(name.strip().lower() for name in value.split(",") if name.strip())


def _hours(value: str) -> float:
    hours = float(value)
    if not hours > 0:
        raise ValueError(value)
    return hours


def _file_hours(value: str) -> float:
    # An upload is a file for a moment before its job is queued and names it: a lifetime of seconds let the
    # clean-up remove it in between.
    with contextlib.suppress(ValueError):
        if 1 <= float(value) <= MAX_DAYS * 24:
            return float(value)
    raise ValueError(f"not a number of hours from 1 to {MAX_DAYS * 24}")


def _days(value: str) -> float:
    with contextlib.suppress(ValueError):
        if 0 <= float(value) <= MAX_DAYS:  # inf, or 10**6 days, overflowed the date subtraction
            return float(value)
    raise ValueError(f"not a number of days from 0 to {MAX_DAYS}")


def _similarity(value: str) -> float:
    with contextlib.suppress(ValueError):
        if 0 < float(value) <= 1:
            return float(value)
    raise ValueError("not a number above 0 and at most 1")


def _flag(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)


# The editor's lowest fuzzy-match score, Weblate's: below it fuzz.ratio's matches are mostly unrelated
# sentences of the same shape (shared boilerplate), not edits of the query (benchmark figures in README).
TM_MIN_SIMILARITY = 0.75


@dataclass(frozen=True)
class Setting:
    name: str
    variable: str
    default: str
    help: str
    parse: Callable[[str], object] = _text


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "WORKBENCH_HOME", "",
            "data directory (SQLite database, secret key, Argos packages, backups, compiled termbase); "
            "empty: the per-user data directory"),
    Setting("database_url", "WORKBENCH_DATABASE_URL", "",
            "any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db; "
            "empty: SQLite in the data directory (WAL mode)"),
    Setting("max_import_bytes", "WORKBENCH_MAX_IMPORT_BYTES", str(20 * 1024 * 1024),
            "largest file any import (and the editor's upload) accepts, in bytes", _count),
    Setting("target_languages", "WORKBENCH_TARGET_LANGUAGES", "be,uk,pl,ru",
            "the languages documents are translated into, comma-separated", _languages),
    Setting("page_size", "WORKBENCH_PAGE_SIZE", "50",
            "segments, documents or concepts on one page of the web app", _count),
    Setting("session_hours", "WORKBENCH_SESSION_HOURS", "12",
            "hours without a request after which a login ends", _hours),
    Setting("allowed_hosts", "WORKBENCH_ALLOWED_HOSTS", "",
            "host names the editor answers to when it requires a login, comma-separated; "
            "empty: any (loopback without login always answers only to loopback names)", _names),
    Setting("tls", "WORKBENCH_TLS", "0",
            "1 when browsers reach the editor over HTTPS: session cookies get the Secure flag", _flag),
    Setting("trusted_proxies", "WORKBENCH_TRUSTED_PROXIES", "0",
            "reverse proxies in front of the editor whose X-Forwarded-For/-Proto/-Host are believed", _whole),
    Setting("max_save_chars", "WORKBENCH_MAX_SAVE_CHARS", "100000",
            "longest translation the editor saves, in characters (also at most 20 times the source)", _count),
    Setting("broker_url", "WORKBENCH_BROKER_URL", "",
            "Redis URL of the job queue, e.g. redis://host:6379/0: background jobs go to "
            "`workbench worker` processes (Celery); empty: `workbench serve` runs them itself"),
    Setting("job_files", "WORKBENCH_JOB_FILES", "",
            "directory of uploads waiting for their import job and of export jobs' files; empty: jobs/ in the "
            "data directory. On several machines, one directory that every app server and io worker mounts"),
    Setting("job_files_hours", "WORKBENCH_JOB_FILES_HOURS", "72",
            "hours an export file, or an upload no queued job needs, is kept; then io workers, `workbench "
            "serve` without a broker and `workbench jobs clean` remove it (at least 1)", _file_hours),
    Setting("job_history_days", "WORKBENCH_JOB_HISTORY_DAYS", "30",
            "days a finished (done, failed or cancelled) job stays in the jobs list; then the job files' "
            "clean-up removes its row (0: keep every job)", _days),
    Setting("max_queued_jobs", "WORKBENCH_MAX_QUEUED_JOBS", "30",
            "queued or running background jobs one person of the editor may have; more are refused until "
            "some finish (0: no limit). Jobs queued from the CLI are not counted", _whole),
    Setting("repetitions", "WORKBENCH_REPETITIONS", "offer",
            "confirming a segment in the editor offers its translation to identical untranslated "
            "segments of the document (offer), or gives it to them at once (apply)", _repetitions),
    Setting("tm_min_similarity", "WORKBENCH_TM_MIN_SIMILARITY", str(TM_MIN_SIMILARITY),
            "lowest score (above 0, at most 1) of the translation memory matches the editor shows and "
            "`workbench tm fuzzy` prints by default", _similarity),
)


@dataclass(frozen=True)
class Settings:
    """The values in force: one attribute per entry of ``SETTINGS``."""

    values: dict

    def __getattr__(self, name: str):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


def settings() -> Settings:
    """Read every setting from the environment; a malformed value is a WorkbenchError."""
    values = {}
    for setting in SETTINGS:
        raw = os.environ.get(setting.variable, "") or setting.default
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as error:
            raise WorkbenchError(f"{setting.variable} is malformed: {raw!r}: {error} ({setting.help})") from None
    return Settings(values)


def workbench_home() -> Path:
    """The data directory: ``$WORKBENCH_HOME`` or the per-user data directory.

    Created private (0700): it holds the database, the session secret and backups.
    """
    home = settings().home
    path = Path(home) if home else Path(platformdirs.user_data_dir("workbench"))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """``$WORKBENCH_DATABASE_URL``, or the embedded SQLite file under the data directory."""
    return settings().database_url or f"sqlite:///{workbench_home() / 'workbench.db'}"


def environment() -> dict[str, str]:
    """A copy of the environment, for child processes (pg_dump, apertium) that need it whole."""
    return dict(os.environ)


def default_for_libraries(variable: str, value: str) -> None:
    """Set ``variable`` unless the user has: for libraries that read the environment on import."""
    os.environ.setdefault(variable, value)


def check_import_size(size: int) -> None:
    """Refuse a file over WORKBENCH_MAX_IMPORT_BYTES before reading it, whatever imports it."""
    limit = settings().max_import_bytes
    if size > limit:
        raise WorkbenchError(
            f"the file is {size:,} bytes, over the import limit of {limit:,} bytes "
            "(set WORKBENCH_MAX_IMPORT_BYTES to raise it)"
        )
