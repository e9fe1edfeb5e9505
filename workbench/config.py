"""Every setting of the workbench in one place, read from the environment.

``SETTINGS`` lists each setting with its variable, default and help (as Datasette does), so
the README's table, the CLI and the web app all speak of the same settings.  ``settings()``
reads the environment at call time: tests and one-off commands change variables between calls,
and a long-running server reads them once when it starts.  Nothing else reads ``os.environ``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import platformdirs

from workbench.errors import WorkbenchError


def _text(value: str) -> str:
    return value


def _size(value: str) -> int:
    return int(value)


def _repetitions(value: str) -> str:
    if value not in ("offer", "apply"):
        raise ValueError(value)
    return value


def _languages(value: str) -> tuple[str, ...]:
    return tuple(code.strip() for code in value.split(",") if code.strip())


@dataclass(frozen=True)
class Setting:
    name: str
    variable: str
    default: str
    help: str
    parse: Callable[[str], object] = _text


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "WORKBENCH_HOME", "",
            "data directory (SQLite database, secret key, Argos packages, backups); "
            "empty: the per-user data directory"),
    Setting("database_url", "WORKBENCH_DATABASE_URL", "",
            "any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db; "
            "empty: SQLite in the data directory (WAL mode)"),
    Setting("max_import_bytes", "WORKBENCH_MAX_IMPORT_BYTES", str(20 * 1024 * 1024),
            "largest file any import (and the editor's upload) accepts, in bytes", _size),
    Setting("target_languages", "WORKBENCH_TARGET_LANGUAGES", "be,uk,pl,ru",
            "the languages documents are translated into, comma-separated", _languages),
    Setting("page_size", "WORKBENCH_PAGE_SIZE", "50",
            "segments, documents or concepts on one page of the web app", _size),
    Setting("repetitions", "WORKBENCH_REPETITIONS", "offer",
            "confirming a segment in the editor offers its translation to identical untranslated "
            "segments of the document (offer), or gives it to them at once (apply)", _repetitions),
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
        except ValueError:
            raise WorkbenchError(f"{setting.variable} is malformed: {raw!r} ({setting.help})") from None
    return Settings(values)


def workbench_home() -> Path:
    """The data directory: ``$WORKBENCH_HOME`` or the per-user data directory."""
    home = settings().home
    path = Path(home) if home else Path(platformdirs.user_data_dir("workbench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """``$WORKBENCH_DATABASE_URL``, or the embedded SQLite file under the data directory."""
    return settings().database_url or f"sqlite:///{workbench_home() / 'workbench.db'}"


def environment() -> dict[str, str]:
    """A copy of the environment, for child processes (pg_dump, apertium) that need it whole."""
    return dict(os.environ)
