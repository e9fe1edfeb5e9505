"""Uploaded files on disk for the readers that take a path (termbase, translations), under the
name's own suffix; errors that name the temporary copy name the user's file instead."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Iterator

from werkzeug.datastructures import FileStorage

from workbench.errors import USER_ERRORS, WorkbenchError


@contextmanager
def saved_upload(upload: FileStorage | None, what: str) -> Iterator[Path]:
    if upload is None or not upload.filename:
        raise WorkbenchError(f"Choose {what} to import.")
    name = PurePath(upload.filename).name
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"upload{PurePath(name).suffix.lower()}"
        upload.save(path)
        try:
            yield path
        except USER_ERRORS as error:
            message = str(error).replace(str(path), name)
            raise WorkbenchError(message if name in message else f"{name}: {message}") from None
