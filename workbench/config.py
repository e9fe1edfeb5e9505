"""Where the workbench keeps its data, read from the environment."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def workbench_home() -> Path:
    """The data directory: ``$WORKBENCH_HOME`` or the per-user data directory."""
    home = os.environ.get("WORKBENCH_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir("workbench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """``$WORKBENCH_DATABASE_URL``, or the embedded SQLite file under the data directory."""
    url = os.environ.get("WORKBENCH_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{workbench_home() / 'workbench.db'}"
