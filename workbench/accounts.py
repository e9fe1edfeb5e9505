"""Users and roles. Passwords are stored as werkzeug hashes, never in clear."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from workbench.errors import WorkbenchError
from workbench.models import MACHINE_ORIGINS, ROLES, User

MAX_NAME = User.__table__.c.name.type.length
MIN_PASSWORD_LENGTH = 8
# Names the workbench itself writes where a person's name goes: jobs queued from the command line are
# "cli"'s, machine drafts are authored by their origin, and all done without logins is "local"'s. A
# person named so would see, cancel and download those jobs and edit as the machine in the history.
CLI_USER, LOCAL_USER = "cli", "local"
RESERVED_NAMES = frozenset({CLI_USER, LOCAL_USER, *MACHINE_ORIGINS})

# What each role may do; a role includes the rights of those before it.
ROLE_RIGHTS = {
    "translator": {"edit"},
    "reviewer": {"edit", "review"},
    "admin": {"edit", "review", "admin"},
}


def add_user(session: Session, name: str, password: str, role: str = "translator") -> User:
    if role not in ROLES:
        raise WorkbenchError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if not name.strip():
        raise WorkbenchError("a user needs a name")
    if len(name) > MAX_NAME:
        raise WorkbenchError(f"a user name can have at most {MAX_NAME} characters")
    if hidden := _invisible(name):
        raise WorkbenchError(f"a user name cannot hold control or invisible characters (U+{ord(hidden):04X}): "
                             "it would read as another name")
    if name.strip().casefold() in RESERVED_NAMES:
        raise WorkbenchError(f"{name!r} is reserved: the workbench records its own work under it; choose another name")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise WorkbenchError(f"user {name!r} already exists")
    user = User(name=name, role=role)
    set_password(user, password)
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise WorkbenchError(f"no user {name!r}; `workbench user list` shows them")
    return user


def set_password(user: User, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WorkbenchError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    user.password_hash = generate_password_hash(password)


def remove_user(session: Session, user: User) -> None:
    """Remove a user; their revisions keep their name as author. The last admin stays."""
    if user.role == "admin" and _admin_count(session) == 1:
        raise WorkbenchError(f"{user.name} is the last admin; add another admin before removing them")
    session.delete(user)


def end_sessions(user: User) -> None:
    """End every login session of ``user`` (the web app checks the epoch on each request)."""
    user.session_epoch = (user.session_epoch or 0) + 1


def set_role(session: Session, user: User, role: str) -> None:
    if role not in ROLES:
        raise WorkbenchError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if user.role == "admin" and role != "admin" and _admin_count(session) == 1:
        raise WorkbenchError(f"{user.name} is the last admin; add another admin first")
    user.role = role


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return generate_password_hash("no user has this password")


def _invisible(name: str) -> str | None:
    """The first control or format character (NUL, a line break, a direction override, a zero-width
    space) of ``name``: PostgreSQL refuses NUL, and the others make a name that reads as another's."""
    return next((char for char in name if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")), None)


def authenticate(session: Session, name: str, password: str) -> User | None:
    # No stored name holds one (PostgreSQL cannot even compare a NUL): as any unknown name.
    user = None if _invisible(name) else session.scalar(select(User).where(User.name == name))
    if user is None:
        # As slow as a wrong password, so the time taken does not tell which names exist.
        check_password_hash(_dummy_hash(), password)
        return None
    if not check_password_hash(user.password_hash, password):
        return None
    return user


def _admin_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(User.role == "admin"))


def can(user: User, right: str) -> bool:
    return right in ROLE_RIGHTS.get(user.role, set())
