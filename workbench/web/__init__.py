"""The browser post-editor: a Flask application factory and its blueprints.

Each request opens its own transaction (``database().session()``); templates are rendered inside
it so lazy relationships still load. Pages are plain Jinja (autoescaped) plus static scripts; hardening.py sets the headers,
the host and origin checks that keep other sites out.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, current_app
from flask_wtf.csrf import CSRFProtect

from glossary.termbase import Termbase
from workbench.accounts import LOCAL_USER
from workbench.config import database_url, settings, workbench_home
from workbench.db import Database
from workbench.web import hardening
from workbench.web.termbase_cache import TermbaseCache

DEFAULTS = {
    # Off only when serving on loopback, where the one local user is trusted.
    "LOGIN_REQUIRED": True,
    "LOCAL_USER": LOCAL_USER,
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
    """The editor application. ``config`` overrides DEFAULTS, the settings (read once, here) and
    Flask settings; notably DATABASE_URL (default: the settings' database), LOGIN_REQUIRED,
    LOCAL_USER (the name recorded on revisions when no login is required), MAX_CONTENT_LENGTH,
    PAGE_SIZE, TARGET_LANGUAGES, SECRET_KEY, and those of hardening.config_from_settings
    (ALLOWED_HOSTS, TRUSTED_PROXIES...).
    """
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    current = settings()
    app.config["PAGE_SIZE"] = current.page_size
    app.config["TARGET_LANGUAGES"] = current.target_languages
    # The import limit plus room for the rest of the upload form.
    app.config["MAX_CONTENT_LENGTH"] = current.max_import_bytes + 64 * 1024
    app.config.update(hardening.config_from_settings())
    app.config.update(config or {})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(workbench_home())
    app.extensions["workbench.database"] = Database(app.config.get("DATABASE_URL") or database_url())
    app.extensions["workbench.termbase"] = TermbaseCache()
    # First of all: a request for a host this editor does not serve goes no further.
    hardening.init_app(app)
    CSRFProtect(app)

    from workbench.web import api, assignments, auth, collaboration, documents, editor, errors, jobs, names, termbase, tm

    errors.init_app(app)
    auth.init_app(app)
    jobs.init_app(app)
    for blueprint in (auth.blueprint, documents.blueprint, editor.blueprint, termbase.blueprint, api.blueprint,
                      collaboration.blueprint, jobs.blueprint, names.blueprint, tm.blueprint, assignments.blueprint):
        app.register_blueprint(blueprint)
    return app


def database() -> Database:
    return current_app.extensions["workbench.database"]


def current_termbase(session) -> Termbase:
    """The current termbase, shared by the requests of this process (see termbase_cache)."""
    return current_app.extensions["workbench.termbase"].get(session)
