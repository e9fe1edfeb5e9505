"""A termbase compiled to a file, so that a command's start neither re-reads nor re-inflects it.

Building a language's matcher means inflecting every term of that language (minutes for 100k
concepts, most of it pymorphy3 guessing the paradigms of wrong spellings), and reading the rows
through the ORM costs seconds more; ``workbench glossary fix`` on a few lines needs almost none
of it. ``open_termbase`` keeps one SQLite file per termbase revision holding the records, each
language's case forms with the matcher's arrays, and the similarity index's stems; a warm start
opens it and looks up only the terms and forms the text at hand names.

Why SQLite and not the automaton's own file or pickle: pickle runs code from the file, and
pyahocorasick's ``load`` of a large automaton takes longer than building it. SQLite is data,
its reader fails cleanly on a damaged file, and one query per text finds the forms that start
and end at the text's word boundaries, which are all that whole-word matching keeps.

The file's name and contents carry a digest of its key: the database, the revision's random
stamp (new with every change, never repeated by a restored backup or a recreated database), the
format version and the code that compiled it (glossary/'s files and the dictionaries' versions).
A file with another key, another format, cut short or that SQLite cannot read is ignored and
rebuilt: the worst a deliberately edited file can do is mislead the fixes, never run code. Files
are written under a temporary name and renamed: a reader never sees half a file, and two
processes compiling at once each leave a whole one. A compiled termbase serves one thread of
one process (the CLI); long-running servers keep their Termbase in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cached_property, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy.orm import Session

from glossary import lexicon, revision
from glossary.matching import FuzzyIndex, LanguageMatcher
from glossary.records import NO_FORMS, TermRecord
from glossary.termbase import Termbase

FORMAT = 3
_PREFIX = "termbase-"
_DICTIONARIES = ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "morfeusz2", "spylls")
_QUERY_CHUNK = 500  # parameters per IN (...) query, well under every SQLite's limit
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (id INTEGER PRIMARY KEY, concept TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL,
                      status TEXT NOT NULL, note TEXT NOT NULL, kind TEXT NOT NULL, forms TEXT);
CREATE INDEX records_by_concept ON records (concept, lang, id);
CREATE TABLE notes (concept TEXT PRIMARY KEY, note TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stems (stem TEXT PRIMARY KEY, terms TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE matchers (lang TEXT PRIMARY KEY, lengths BLOB NOT NULL, terms BLOB NOT NULL, cases BLOB NOT NULL,
                       boundaries INTEGER NOT NULL, shadowed TEXT NOT NULL, other_by_yo TEXT NOT NULL);
CREATE TABLE forms (lang TEXT NOT NULL, form TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (lang, form)) WITHOUT ROWID;
"""


def open_termbase(session: Session, directory: Path, langs: Iterable[str] = ()) -> Termbase:
    """The session's termbase with the matchers of ``langs`` ready: compiled from ``directory``
    when a file of the current revision is there, else read from the database and compiled there
    for the next start. A file that cannot be written only costs the next start its speed."""
    langs = tuple(langs)
    key = _key(session)
    path = directory / f"{_PREFIX}{key[:32]}.sqlite"
    compiled = CompiledTermbase.open(path, key)
    if compiled is not None:
        compiled.prepare(*langs)
        return compiled
    termbase = Termbase.from_session(session)
    termbase.prepare(*langs)
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write(path, key, termbase)
        _remove_others(directory, path)
    except (OSError, sqlite3.Error):
        pass
    return termbase


class CompiledTermbase(Termbase):
    """A Termbase whose records, groupings, notes, matchers and stems are read from the compiled
    file as the text asks for them. A language the file lacks is built from its records and added."""

    def __init__(self, connection: sqlite3.Connection):
        super().__init__()
        self._connection = connection
        self.records = _Records(connection)
        self.concept_notes = _Notes(connection)
        self._by_concept = _Groups(connection, ("concept",))
        self._by_concept_lang = _Groups(connection, ("concept", "lang"))
        # Termbase keeps the case forms its matcher build made in a list by term index; here
        # records are read on demand, so only the forms of a language built in this process are held.
        self._built_forms = _BuiltForms()

    @classmethod
    def open(cls, path: Path, key: str) -> CompiledTermbase | None:
        """The compiled termbase at ``path`` when it is one of ``key``; None for a missing, damaged or other file."""
        if not path.is_file():
            return None
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
        except sqlite3.Error:
            return None
        try:
            meta = dict(connection.execute("SELECT name, value FROM meta"))
            [(pages,)], [(page_size,)] = connection.execute("PRAGMA page_count"), connection.execute("PRAGMA page_size")
            # A cut-short file (a full disk, a half copy) is smaller than its header says.
            whole = path.stat().st_size == pages * page_size
            if whole and meta.get("key") == key and meta.get("format") == str(FORMAT):
                return cls(connection)
        except sqlite3.Error:
            pass
        connection.close()
        return None

    def _matcher(self, lang: str) -> LanguageMatcher:
        if lang not in self._matchers:
            stored = _read_matcher(self._connection, lang)
            if stored is None:
                stored = super()._matcher(lang)
                try:
                    with self._connection:
                        _store_matcher(self._connection, stored)
                except sqlite3.Error:
                    pass  # another process's write holds the file: it stays one language short
            self._matchers[lang] = stored
        return self._matchers[lang]

    @cached_property
    def fuzzy(self) -> FuzzyIndex:
        # Some renderings are looked for among places only (у Шостці, Химок): which terms are is read as asked.
        index = FuzzyIndex((), self._resembled_forms, lambda term: self.records[term].kind == "place")
        index._by_stem = _Stems(self._connection)
        return index


class _BuiltForms(dict):
    def __missing__(self, _index: int) -> None:
        return None


class _StoredForms:
    """Stands in for a matcher's automaton: ``get`` as the automaton's, and ``iter`` yields what the automaton's does, ``(index
    of the last character, value)`` per occurrence of a form, for the occurrences that start
    after a non-alphanumeric character and end before one, the only ones whole-word matching keeps."""

    def __init__(self, connection: sqlite3.Connection, lang: str, boundaries: int):
        self._connection, self._lang, self._boundaries = connection, lang, boundaries

    def get(self, form: str, default: int) -> int:
        row = self._connection.execute("SELECT value FROM forms WHERE lang = ? AND form = ?", (self._lang, form)).fetchone()
        return row[0] if row else default

    def iter(self, folded: str) -> Iterator[tuple[int, int]]:
        ends = [end for end in range(1, len(folded) + 1) if end == len(folded) or not folded[end].isalnum()]
        spans: dict[str, list[int]] = {}  # candidate text -> its starts
        for start in range(len(folded)):
            if start == 0 or not folded[start - 1].isalnum():
                first = bisect_right(ends, start)
                for end in ends[first : first + self._boundaries]:
                    spans.setdefault(folded[start:end], []).append(start)
        candidates = list(spans)
        for chunk in range(0, len(candidates), _QUERY_CHUNK):
            part = candidates[chunk : chunk + _QUERY_CHUNK]
            rows = self._connection.execute(
                f"SELECT form, value FROM forms WHERE lang = ? AND form IN ({','.join('?' * len(part))})", (self._lang, *part)
            )
            for form, value in rows:
                for start in spans[form]:
                    yield start + len(form) - 1, value


def _boundaries(form: str) -> int:
    """How many of ``_StoredForms``' candidate ends an occurrence of ``form`` spans (its own end included)."""
    return 1 + sum(1 for character in form[1:] if not character.isalnum())


# These two read and set the matcher's arrays and automaton (and ``CompiledTermbase.fuzzy`` the
# similarity index's stems): tests/test_termbase_compiled.py compares warm fixes with cold ones.
def _store_matcher(connection: sqlite3.Connection, matcher: LanguageMatcher) -> None:
    forms = list(matcher._automaton.items()) if len(matcher._terms) else []
    connection.execute(
        "INSERT OR REPLACE INTO matchers VALUES (?, ?, ?, ?, ?, ?, ?)",
        (matcher.lang, matcher._lengths.tobytes(), matcher._terms.tobytes(), matcher._cases.tobytes(),
         max((_boundaries(form) for form, _ in forms), default=1),
         json.dumps([[index, term, mask] for index, (term, mask) in matcher.shadowed.items()]),
         json.dumps([[index, term, mask, yo] for index, (term, mask, yo) in matcher._other_by_yo.items()])),
    )
    connection.execute("DELETE FROM forms WHERE lang = ?", (matcher.lang,))
    connection.executemany("INSERT INTO forms VALUES (?, ?, ?)", ((matcher.lang, form, value) for form, value in forms))


def _read_matcher(connection: sqlite3.Connection, lang: str) -> LanguageMatcher | None:
    row = connection.execute("SELECT lengths, terms, cases, boundaries, shadowed, other_by_yo FROM matchers WHERE lang = ?",
                             (lang,)).fetchone()
    if row is None:
        return None
    matcher = LanguageMatcher(lang, (), ())
    for name, data in zip(("_lengths", "_terms", "_cases"), row):
        getattr(matcher, name).frombytes(data)
    matcher._automaton = _StoredForms(connection, lang, row[3])
    matcher.shadowed = {index: (term, mask) for index, term, mask in json.loads(row[4])}
    matcher._other_by_yo = {index: (term, mask, yo) for index, term, mask, yo in json.loads(row[5])}
    return matcher


class _Records(Sequence):
    """``Termbase.records`` read one at a time (and kept) as the text names them."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection
        self._read: dict[int, TermRecord] = {}
        self._count = connection.execute("SELECT count(*) FROM records").fetchone()[0]

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> TermRecord:
        record = self._read.get(index)
        if record is None:
            row = self._connection.execute("SELECT * FROM records WHERE id = ?", (index,)).fetchone()
            if row is None:
                raise IndexError(index)
            record = self._read[index] = _record(row)
        return record

    def __iter__(self) -> Iterator[TermRecord]:
        return map(_record, self._connection.execute("SELECT * FROM records ORDER BY id"))


def _record(row: tuple) -> TermRecord:
    _, concept, lang, text, status, note, kind, forms = row
    return TermRecord(concept, lang, text, status, note, kind, json.loads(forms) if forms else NO_FORMS)


class _Groups(Mapping):
    """The Termbase's term indexes by concept (or by concept and language), looked up in SQL."""

    def __init__(self, connection: sqlite3.Connection, columns: tuple[str, ...]):
        self._connection, self._columns = connection, columns
        self._found: dict = {}

    def __getitem__(self, key) -> tuple[int, ...]:
        values = key if isinstance(key, tuple) else (key,)
        if len(values) != len(self._columns):
            raise KeyError(key)
        found = self._found.get(key)
        if found is None:
            where = " AND ".join(f"{column} = ?" for column in self._columns)
            rows = self._connection.execute(f"SELECT id FROM records WHERE {where} ORDER BY id", values)
            found = self._found[key] = tuple(row[0] for row in rows)
        if not found:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator:
        columns = ", ".join(self._columns)
        rows = self._connection.execute(f"SELECT DISTINCT {columns} FROM records ORDER BY {columns}")
        return (row if len(row) > 1 else row[0] for row in rows)

    def __len__(self) -> int:
        columns = ", ".join(self._columns)
        return self._connection.execute(f"SELECT count(*) FROM (SELECT DISTINCT {columns} FROM records)").fetchone()[0]


class _Notes(Mapping):
    """Concept notes, looked up in SQL."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def __getitem__(self, concept: str) -> str:
        row = self._connection.execute("SELECT note FROM notes WHERE concept = ?", (concept,)).fetchone()
        if row is None:
            raise KeyError(concept)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._connection.execute("SELECT concept FROM notes ORDER BY concept"))

    def __len__(self) -> int:
        return self._connection.execute("SELECT count(*) FROM notes").fetchone()[0]


class _Stems(Mapping):
    """The similarity index's terms by stem key, looked up in SQL."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def __getitem__(self, stem: str) -> list[int]:
        row = self._connection.execute("SELECT terms FROM stems WHERE stem = ?", (stem,)).fetchone()
        if row is None:
            raise KeyError(stem)
        return json.loads(row[0])

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._connection.execute("SELECT stem FROM stems ORDER BY stem"))

    def __len__(self) -> int:
        return self._connection.execute("SELECT count(*) FROM stems").fetchone()[0]


def _write(path: Path, key: str, termbase: Termbase) -> None:
    """Compile ``termbase`` (its built matchers and similarity index) to ``path``, atomically."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    connection = sqlite3.connect(temporary)
    try:
        with connection:
            connection.executescript(_SCHEMA)
            connection.executemany("INSERT INTO meta VALUES (?, ?)", (("key", key), ("format", str(FORMAT))))
            connection.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (
                (index, r.concept, r.lang, r.text, r.status, r.note, r.kind, json.dumps(dict(r.forms), ensure_ascii=False) if r.forms else None)
                for index, r in enumerate(termbase.records)
            ))
            connection.executemany("INSERT INTO notes VALUES (?, ?)", termbase.concept_notes.items())
            connection.executemany("INSERT INTO stems VALUES (?, ?)",
                                   ((stem, json.dumps(terms)) for stem, terms in termbase.fuzzy._by_stem.items()))
            for matcher in termbase._matchers.values():
                _store_matcher(connection, matcher)
    finally:
        connection.close()
    try:
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _remove_others(directory: Path, keep: Path) -> None:
    """Forget compiled files of earlier revisions (a process still reading one keeps its open file)."""
    for path in directory.glob(f"{_PREFIX}*.sqlite"):
        if path != keep:
            path.unlink(missing_ok=True)


def _key(session: Session) -> str:
    bind = session.get_bind()
    parts = [bind.url.render_as_string(hide_password=True), revision.current(session), revision.stamp(session), FORMAT, _code_version()]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


@lru_cache(maxsize=1)
def _code_version() -> str:
    """What the compiled forms depend on besides the data: glossary/'s files (by size and time)
    and the dictionaries' versions, and how this machine lays out the arrays."""
    package = Path(__file__).parent
    parts = [sys.version, sys.byteorder]
    for path in [*sorted(package.rglob("*")), lexicon.HUNSPELL_BE.with_suffix(".dic")]:
        if path.is_file() and "__pycache__" not in path.parts:
            status = path.stat()
            parts.append(f"{path}:{status.st_size}:{status.st_mtime_ns}")
    for name in _DICTIONARIES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} missing")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
