"""Who is editing: login when the editor is reachable from other machines, roles on every action.

A session cookie holds the user's id and a fingerprint of what the login was granted on: the
id, the user's session epoch, role and password hash, keyed with the app's secret. Every request
checks it, so a removed user's cookie never opens the account of a new user, and a logout,
`workbench user logout-all`, a new password or a new role ends every session of that user.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError
from sqlalchemy import select

from workbench import accounts
from workbench.errors import WorkbenchError
from workbench.models import ROLES, User
from workbench.web import database
from workbench.web.login_throttle import LoginThrottle

blueprint = Blueprint("auth", __name__)

# Pages anyone may see: the login form and the assets it needs.
PUBLIC_ENDPOINTS = {"auth.login", "static"}


@dataclass(frozen=True)
class Editor:
    """The person behind a request; ``role`` decides what they may do (see accounts.ROLE_RIGHTS)."""

    name: str
    role: str

    def can(self, right: str) -> bool:
        return accounts.can(self, right)


def init_app(app) -> None:
    app.extensions["workbench.login_throttle"] = LoginThrottle()
    app.before_request(_identify)
    app.context_processor(lambda: {"user": g.get("user"), "admin_names": admin_names})
    app.register_error_handler(CSRFError, _csrf_refused)


# The editor's script shows this next to the segment; its unsaved text stays in localStorage,
# and the reloaded page (through the login form) brings it back.
LOGIN_ENDED = "Not saved: your login has ended. Reload the page and log in again; your text is kept in this browser and comes back."


# Admins a page names as the people to ask (for a term, say): a newsroom has a few.
NAMED_ADMINS = 5


def admin_names() -> list[str]:
    """The admins a translator or reviewer can ask to change what only admins change (with
    logins; the one local user is an admin already)."""
    if not current_app.config["LOGIN_REQUIRED"]:
        return []
    with database().session() as db_session:
        return db_session.scalars(select(User.name).where(User.role == "admin").order_by(User.name).limit(NAMED_ADMINS)).all()


def _csrf_refused(error: CSRFError):
    if request.path.startswith("/api/"):
        if current_app.config["LOGIN_REQUIRED"] and "user_id" not in session:
            # No token because no session: the cookie ran out or a logout cleared it.
            return {"error": LOGIN_ENDED}, 401
        return {"error": f"{error.description} Reload the page, then save again."}, 400
    return error


def _identify():
    if not current_app.config["LOGIN_REQUIRED"]:
        g.user = Editor(current_app.config["LOCAL_USER"], "admin")
        return None
    g.user = None
    user_id = session.get("user_id")
    if isinstance(user_id, int):
        with database().session() as db_session:
            user = db_session.get(User, user_id)
            if user is not None and hmac.compare_digest(str(session.get("grant", "")), _grant(user)):
                g.user = Editor(user.name, user.role)
    if g.user is None and "user_id" in session:
        session.clear()  # revoked: logged out elsewhere, new password or role, or removed
    if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if request.path.startswith("/api/"):
            return {"error": LOGIN_ENDED}, 401
        return redirect(url_for("auth.login", next=request.full_path))
    return None


def requires(right: str):
    """Refuse the view with 403 unless the current user's role grants ``right``."""

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            if not g.user.can(right):
                abort(403, description=f"your role ({g.user.role}) may not do this; it needs the '{right}' right")
            return view(*args, **kwargs)

        return guarded

    return decorate


def _safe_next(target: str | None) -> str:
    # Only same-site paths: a login link must not bounce the user to another host.
    if not target or urlsplit(target).netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("documents.index")
    return target


def _grant(user: User) -> str:
    """What a session of ``user`` must carry; it changes when any of its parts changes."""
    granted = f"{user.id}:{user.session_epoch}:{user.role}:{user.password_hash}"
    return hmac.new(current_app.secret_key.encode(), granted.encode(), hashlib.sha256).hexdigest()


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    if not current_app.config["LOGIN_REQUIRED"]:
        return redirect(url_for("documents.index"))
    if request.method == "POST":
        name, address = request.form.get("name", ""), request.remote_addr or ""
        throttle: LoginThrottle = current_app.extensions["workbench.login_throttle"]
        wait = throttle.attempt(name, address)
        if wait:
            current_app.logger.warning("login refused for %r from %s: too many failures", name, address)
            flash(f"Too many failed logins; try again in {wait} second{'' if wait == 1 else 's'}.", "error")
            return render_template("login.html"), 429, {"Retry-After": str(wait)}
        with database().session() as db_session:
            user = accounts.authenticate(db_session, name, request.form.get("password", ""))
            user_id, grant = (user.id, _grant(user)) if user else (None, None)
        if user_id is not None:
            throttle.succeeded(name, address)
            session.clear()  # a fresh session, so a planted cookie cannot ride along
            session.permanent = True  # lasts PERMANENT_SESSION_LIFETIME after the last request
            session["user_id"], session["grant"] = user_id, grant
            return redirect(_safe_next(request.args.get("next")))
        current_app.logger.warning("failed login for %r from %s", name, address)
        flash("Wrong name or password.", "error")
        return render_template("login.html"), 401
    return render_template("login.html")


@blueprint.post("/logout")
def logout():
    if current_app.config["LOGIN_REQUIRED"] and g.user is not None:
        # Every session of this user ends, copies of the cookie included.
        with database().session() as db_session:
            accounts.end_sessions(accounts.find_user(db_session, g.user.name))
    session.clear()
    return redirect(url_for("auth.login") if current_app.config["LOGIN_REQUIRED"] else url_for("documents.index"))


@blueprint.route("/users", methods=["GET", "POST"])
@requires("admin")
def users():
    if request.method == "POST":
        try:
            with database().session() as db_session:
                accounts.add_user(
                    db_session, request.form.get("name", "").strip(), request.form.get("password", ""),
                    request.form.get("role", "translator"),
                )
            flash(f"Added {request.form.get('role', 'translator')} {request.form['name']}.", "info")
        except WorkbenchError as error:
            flash(str(error), "error")
        return redirect(url_for("auth.users"))
    with database().session() as db_session:
        people = db_session.scalars(select(User).order_by(User.name)).all()
        return render_template("users.html", people=people, roles=ROLES)
