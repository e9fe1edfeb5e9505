"""The browser post-editor: a Flask application factory and its blueprints.

Each request opens its own transaction (``database().session()``); templates are rendered inside
it so lazy relationships still load. Pages are plain Jinja (autoescaped) plus one small script.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, current_app
from flask_wtf.csrf import CSRFProtect

from glossary.termbase import Termbase
from workbench.config import database_url, workbench_home
from workbench.db import Database
from workbench.documents import max_import_bytes
from workbench.web.termbase_cache import TermbaseCache

TARGET_LANGUAGES = ("be", "uk", "pl", "ru")
DEFAULTS = {
    # Off only when serving on loopback, where the one local user is trusted.
    "LOGIN_REQUIRED": True,
    "LOCAL_USER": "local",
    "PAGE_SIZE": 50,
    "TARGET_LANGUAGES": TARGET_LANGUAGES,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    # A token lasts as long as the login: an editor tab stays open all day.
    "WTF_CSRF_TIME_LIMIT": None,
}


def secret_key(home: Path) -> str:
    """The session signing key: generated once, then read from WORKBENCH_HOME/secret_key."""
    path = home / "secret_key"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    key = secrets.token_hex(32)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key)
    return key


def create_app(config: dict | None = None) -> Flask:
    """The editor application. ``config`` overrides DEFAULTS and Flask settings; notably
    DATABASE_URL (default: the environment's database), LOGIN_REQUIRED, LOCAL_USER (the name
    recorded on revisions when no login is required), MAX_CONTENT_LENGTH, PAGE_SIZE, SECRET_KEY.
    """
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    # The import limit (WORKBENCH_MAX_IMPORT_BYTES) plus room for the rest of the upload form.
    app.config["MAX_CONTENT_LENGTH"] = max_import_bytes() + 64 * 1024
    app.config.update(config or {})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(workbench_home())
    app.extensions["workbench.database"] = Database(app.config.get("DATABASE_URL") or database_url())
    app.extensions["workbench.termbase"] = TermbaseCache()
    CSRFProtect(app)

    from workbench.web import api, auth, collaboration, documents, editor, termbase

    auth.init_app(app)
    blueprints = (auth.blueprint, documents.blueprint, editor.blueprint, termbase.blueprint, api.blueprint, collaboration.blueprint)
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    return app


def database() -> Database:
    return current_app.extensions["workbench.database"]


def current_termbase(session) -> Termbase:
    """The current termbase, shared by the requests of this process (see termbase_cache)."""
    return current_app.extensions["workbench.termbase"].get(session)
