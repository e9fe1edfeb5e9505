"""Writing a file the user named without destroying what was there.

An export target that exists is refused unless the user forces it; a symbolic link at the
target is never followed (O_NOFOLLOW), so `-o link-to-anything` cannot overwrite its target;
and the workbench's own database (with its -wal/-shm/-journal companions) and session secret
are refused outright, whatever name or hard link leads to them. Files written inside
WORKBENCH_HOME are private (0600), like everything else there.
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from sqlalchemy.engine import make_url

from workbench.config import database_url, workbench_home
from workbench.errors import WorkbenchError

SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_DIRECTORY = 0o700


def protected_files() -> list[Path]:
    """Files no export may ever write: the SQLite database and its companions, the secret key."""
    home = workbench_home()
    files = [home / "secret_key"]
    url = make_url(database_url())
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        files += [Path(f"{url.database}{suffix}") for suffix in SQLITE_COMPANIONS]
    return files


def write_file(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path``: a new file, or (``force``) over an existing regular file."""
    path = Path(path)
    _refuse_protected(path)
    with _open_new(path, replace=force) as handle:
        handle.write(data)


@contextmanager
def replacing(path: Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """A file to stream into that appears at ``path`` whole or not at all: written beside it and
    renamed over it when the block ends without an error. The same refusals as write_file (a
    link at ``path`` is replaced by the rename, never followed)."""
    path = Path(path)
    _refuse_protected(path)
    if path.is_dir():
        raise WorkbenchError(f"{path} is a directory; give a file name")
    if not force and os.path.lexists(path):
        raise WorkbenchError(f"{path} already exists; choose another name or pass --force to overwrite it")
    partial = path.with_name(f".{path.name}.partial")
    try:
        with _open_new(partial, replace=False) as handle:
            yield handle
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _open_new(path: Path, *, replace: bool) -> BinaryIO:
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | (os.O_TRUNC if replace else os.O_EXCL)
    mode = PRIVATE_FILE if _inside(path, workbench_home()) else 0o666
    try:
        descriptor = os.open(path, flags, mode)
    except FileExistsError:
        raise WorkbenchError(f"{path} already exists; choose another name or pass --force to overwrite it") from None
    except IsADirectoryError:
        raise WorkbenchError(f"{path} is a directory; give a file name") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise WorkbenchError(f"{path} is a symbolic link; refusing to write through it") from None
        raise WorkbenchError(f"cannot write {path}: {error.strerror}") from None
    return os.fdopen(descriptor, "wb")


def _refuse_protected(path: Path) -> None:
    where = _real(path)
    for protected in protected_files():
        if where == _real(protected) or _same_file(path, protected):
            raise WorkbenchError(f"{path} is the workbench's own {_what(protected)}; refusing to overwrite it")


def _real(path: Path) -> Path:
    # The directory resolved, the name itself not: a link at the name is refused on opening.
    return Path(os.path.realpath(path.parent)) / path.name


def _same_file(path: Path, protected: Path) -> bool:
    try:
        return os.path.samestat(os.stat(path, follow_symlinks=False), os.stat(protected))
    except OSError:
        return False


def _what(protected: Path) -> str:
    return "session secret key" if protected.name == "secret_key" else "database"


def _inside(path: Path, folder: Path) -> bool:
    return _real(path).is_relative_to(Path(os.path.realpath(folder)))
