"""Uploaded files on disk for the readers that take a path (termbase, translations), under the
name's own suffix; errors that name the temporary copy name the user's file instead.

A browser sends any name: one with a control character (NUL cannot be in a path), or with a suffix
no reader has that cannot name a file (past the 255 bytes a file name may have), is refused; both
ended in a 500 page."""

from __future__ import annotations

import re
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Iterator

from werkzeug.datastructures import FileStorage

from workbench.errors import USER_ERRORS, WorkbenchError
from workbench.jobs.kinds.upload import check_file_name

# The suffixes readers know are short: .csv, .tbx, .po, .xliff, .xlf.
_SUFFIX = re.compile(r"\.\w{1,10}")


@contextmanager
def saved_upload(upload: FileStorage | None, what: str) -> Iterator[Path]:
    if upload is None or not upload.filename:
        raise WorkbenchError(f"Choose {what} to import.")
    name = PurePath(upload.filename).name
    check_file_name(name)
    suffix = PurePath(name).suffix.lower()
    if suffix and not _SUFFIX.fullmatch(suffix):
        raise WorkbenchError(f"{name} is not {what}")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"upload{suffix}"
        upload.save(path)
        try:
            yield path
        except USER_ERRORS as error:
            message = str(error).replace(str(path), name)
            raise WorkbenchError(message if name in message else f"{name}: {message}") from None
