"""Users and roles. Passwords are stored as werkzeug hashes, never in clear."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from workbench.errors import WorkbenchError
from workbench.models import ROLES, User

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
    if len(password) < 8:
        raise WorkbenchError("a password needs at least 8 characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise WorkbenchError(f"user {name!r} already exists")
    user = User(name=name, password_hash=generate_password_hash(password), role=role)
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name))
    if user is None or not check_password_hash(user.password_hash, password):
        return None
    return user


def can(user: User, right: str) -> bool:
    return right in ROLE_RIGHTS.get(user.role, set())
