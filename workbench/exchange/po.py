"""Gettext PO export and import (polib), for translators who work in Poedit, Lokalize or Weblate.

One entry per segment: ``msgctxt`` is the stable segment key, ``msgid`` the source, ``msgstr`` the
translation; ``#:`` names the document and paragraph; ``#.`` lists termbase hits and QA warnings;
``#`` carries the translators' comments on the segment.
Machine drafts, and translations of a source that has changed since (with ``#|`` showing the old
source), are ``fuzzy``. Importing matches entries by ``msgctxt``; ``fuzzy`` comes back as a draft,
a cleared flag as translated.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import polib
from babel.messages.plurals import get_plural
from polib import escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.collaboration import comments_by_segment
from workbench.errors import WorkbenchError
from workbench.exchange import Exporter, ExportResult, register_exporter
from workbench.exchange.bilingual import (
    GENERATOR,
    IncomingFile,
    IncomingUnit,
    Row,
    reject_duplicates,
    rows,
    segment_key,
)
from workbench.exchange.notes import Annotator
from workbench.languages import file_language, language_name
from workbench.models import Document, Segment, Translation

ORIGIN = "po import"
# Long strings stay on one line: gettext tools read them just as well, and polib's re-wrapping
# with textwrap is slow.
NO_WRAPPING = 0


def plural_forms(lang: str) -> str:
    return get_plural(lang).plural_forms


def reference(document: Document) -> str:
    # "#:" references are split on whitespace by gettext tools, so the name must not contain any.
    return re.sub(r"\s+", "_", document.original_filename) or f"document-{document.id}"


def last_translator(session: Session, document: Document, lang: str) -> str:
    """Whoever saved a translation of this document last, or the generator for machine work only."""
    author = session.scalar(
        select(Translation.updated_by)
        .join(Segment, Segment.id == Translation.segment_id)
        .where(Segment.document_id == document.id, Translation.lang == lang, Translation.updated_by != "")
        .order_by(Translation.updated_at.desc())
        .limit(1)
    )
    return author or GENERATOR


def header(session: Session, document: Document, lang: str) -> str:
    catalog = polib.POFile(wrapwidth=NO_WRAPPING)
    # Header values are one line each (a line break in a title would start a header field of its
    # own), and only Content-Type says "charset=": gettext and polib take the first one in the header.
    title = re.sub(r"(?i)charset=", "charset =", " ".join(document.title.splitlines()))
    catalog.header = f"{language_name(lang)} translation of “{title}” (document {document.id})."
    catalog.metadata = {
        "Project-Id-Version": title,
        "PO-Revision-Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": " ".join(last_translator(session, document, lang).splitlines()),
        "Language": lang,
        "Language-Team": language_name(lang),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(lang),
        "X-Generator": GENERATOR,
    }
    return str(catalog)


def render_entry(key: str, row: Row, notes: list[str], source_file: str, comments: list[str] = ()) -> str:
    """One entry in the layout polib writes (tests parse it back with polib and msgfmt): the
    translators' ``comments`` as translator comments (``#``), the workbench's notes as ``#.``.

    Written here rather than through ``polib.POEntry`` because polib's per-entry rendering costs
    about 60 µs, which alone would break the 3-second budget for a 100k-segment export.
    """
    unlike_edges = bool(row.text) and _line_break_edges(row.source) != _line_break_edges(row.text)
    if unlike_edges:
        notes = [*notes, LINE_BREAK_NOTE]
    lines = [f"# {line}" for comment in comments for line in comment.splitlines()]
    lines += [f"#. {' '.join(note.splitlines())}" for note in notes]
    lines.append(f"#: {source_file}:{row.paragraph}")
    flags = []
    if row.status == "draft" or (row.previous_source is not None and row.text) or unlike_edges:
        flags.append("fuzzy")
    if "%" in row.source:
        # Say explicitly that "%" is text, so no tool guesses a printf format and checks it.
        flags.append("no-c-format")
    if flags:
        lines.append("#, " + ", ".join(flags))
    if row.previous_source is not None and row.text:
        lines.append(f'#| msgid "{escape(row.previous_source)}"')
    lines.append(f'msgctxt "{key}"')
    lines.append(f'msgid "{escape(row.source)}"')
    lines.append(f'msgstr "{escape(row.text)}"\n')
    return "\n".join(lines)


# msgfmt --check rejects a file whose msgid and msgstr do not both begin, and both end, with a
# line break (fuzzy entries are not checked); a translation typed with a stray final line break
# must not make the whole export unusable, so its entry goes out fuzzy, saying why.
LINE_BREAK_NOTE = ("the translation begins or ends with a line break where the source does not (or the other way "
                   "round); marked fuzzy so that msgfmt accepts the file")


def _line_break_edges(text: str) -> tuple[bool, bool]:
    return text.startswith("\n"), text.endswith("\n")


def export_po(session: Session, document: Document, lang: str, *, reviewed_only: bool = False) -> ExportResult:
    annotator = Annotator(session, document.source_lang, lang)
    source_file = reference(document)
    comments = comments_by_segment(session, document.id)
    entries = [header(session, document, lang) + "\n"]
    entries += (
        render_entry(segment_key(document.id, row.segment_id), row, notes, source_file, comments.get(row.segment_id, ()))
        for row, notes in annotator.annotate(rows(session, document, lang, reviewed_only=reviewed_only))
    )
    return ExportResult("\n".join(entries).encode("utf-8"))


def read_po(path: Path, lang: str | None) -> IncomingFile:
    """The file's units, with notices about obsolete entries left out. The whole file is parsed
    and validated before anything is written: any problem is an error naming its line. The
    language is the Language header's, else ``lang``."""
    catalog = _parse(path)
    if catalog.metadata.get("Language"):
        lang = file_language(catalog.metadata["Language"])
    elif lang is None:
        raise WorkbenchError(f"{path}: the file has no Language header; give its target language (--lang)")
    expected_plurals = _nplurals(catalog.metadata.get("Plural-Forms", ""), path) or _nplurals(plural_forms(lang), path)
    units, notices = [], []
    for entry in catalog:
        if entry.obsolete:
            if entry.msgstr:
                notices.append(f"line {entry.linenum}: obsolete entry {entry.msgctxt!r} (#~) not imported")
            continue
        if entry.msgid_plural:
            count = len(entry.msgstr_plural)
            if count != expected_plurals:
                raise WorkbenchError(
                    f"{path}: line {entry.linenum}: {count} plural forms, but Plural-Forms says "
                    f"nplurals={expected_plurals}; nothing imported"
                )
            raise WorkbenchError(
                f"{path}: line {entry.linenum}: plural entries do not correspond to document segments; "
                "nothing imported"
            )
        if entry.msgctxt is None:
            raise WorkbenchError(
                f"{path}: line {entry.linenum}: entry without msgctxt; the workbench names every "
                "segment in msgctxt (export the file again); nothing imported"
            )
        if not entry.msgstr:
            status = "untranslated"
        else:
            status = "draft" if "fuzzy" in entry.flags else "translated"
        units.append(IncomingUnit(entry.msgctxt, entry.linenum, entry.msgid, entry.msgstr, status))
    reject_duplicates(units, "msgctxt")
    return IncomingFile(lang, units, ORIGIN, notices)


register_exporter(Exporter(name="po", extension=".po", label="Gettext PO", export=export_po, read=read_po))


def _parse(path: Path) -> polib.POFile:
    data = path.read_bytes()
    charset = _declared_charset(data)
    try:
        text = data.decode(charset)
    except LookupError:
        raise WorkbenchError(f"{path}: unknown charset {charset!r} in the header") from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise WorkbenchError(f"{path}: line {line}: the file is not valid {charset} as its header says") from None
    text = text.removeprefix("\ufeff")  # editors on Windows may add a byte-order mark
    if "\0" in text:
        # No database text column takes a NUL (PostgreSQL refuses it), and no PO editor writes one.
        line = text.count("\n", 0, text.index("\0")) + 1
        raise WorkbenchError(f"{path}: line {line}: a NUL character; the file is damaged or binary; nothing imported")
    lines = text.split("\n")
    _check_syntax(lines, path)
    lines = [line if line.lstrip().startswith("#") else _gettext_escapes(line, charset, number, path)
             for number, line in enumerate(lines, start=1)]
    # polib splits a string with str.splitlines(), which also breaks at U+2028, NEL, form feed and
    # other characters a msgid may hold raw (gettext breaks lines only at "\n"): hand its parser
    # the lines gettext sees.
    parser = polib._POFileParser(text, encoding="utf-8")
    parser.fhandle = lines
    try:
        catalog = parser.parse()
    except (OSError, ValueError) as error:
        # polib reports syntax errors as "Syntax error in po file (line N)".
        raise WorkbenchError(f"{path}: {error}; nothing imported") from None
    catalog.wrapwidth = NO_WRAPPING
    return catalog


ENTRY_KEYWORD = re.compile(rb"^[ \t]*(?:msgctxt|msgid)[ \t]", re.M)
HEADER_START = re.compile(rb'[ \t]*msgid[ \t]+""[ \t]*\r?\n[ \t]*msgstr[ \t]')
HEADER_CHARSET = re.compile(rb'^[ \t]*"Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)', re.M)


def _declared_charset(data: bytes) -> str:
    """The charset the header entry (the first, with an empty msgid) declares, else UTF-8. Only
    the header's own Content-Type line counts: "charset=" in a title or a translation must not
    make the file be read in another charset."""
    keywords = [match.start() for match, _ in zip(ENTRY_KEYWORD.finditer(data), range(2))]
    if keywords and HEADER_START.match(data, keywords[0]):
        header = data[: keywords[1]] if len(keywords) > 1 else data
        if match := HEADER_CHARSET.search(header):
            return match.group(1).decode()
    return "utf-8"


# A keyword line or a continuation line: polib accepts some broken quoting silently (it would
# cut a character off an unterminated string), so every string line is checked first.
STRING_LINE = re.compile(r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*')


def _check_syntax(lines: list[str], path: Path) -> None:
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not STRING_LINE.fullmatch(stripped):
            raise WorkbenchError(f"{path}: line {number}: syntax error: {stripped[:60]!r}; nothing imported")


# The escapes gettext reads and polib does not: \a, and octal or hex bytes in the file's charset
# (msgcat writes a BEL as \a). Every other escape is matched too, so "\\a" stays a backslash and "a".
C_ESCAPE = re.compile(r"\\(?:([0-7]{1,3}|x[0-9A-Fa-f]{1,2})|(.))")


def _gettext_escapes(line: str, charset: str, number: int, path: Path) -> str:
    """``line`` with the escapes polib does not know turned into the characters they stand for
    (raw, or in an escape polib reads)."""
    if "\\" not in line:
        return line
    pieces, pending, position = [], bytearray(), 0

    def flush() -> None:
        try:
            decoded = bytes(pending).decode(charset)
        except UnicodeDecodeError:
            raise WorkbenchError(f"{path}: line {number}: escaped bytes that are not {charset}; nothing imported") from None
        if "\0" in decoded:
            raise WorkbenchError(f"{path}: line {number}: an escaped NUL character; nothing imported")
        pieces.append(escape(decoded))
        pending.clear()

    for match in C_ESCAPE.finditer(line):
        code, other = match.groups()
        if match.start() > position or code is None:
            flush()
            pieces.append(line[position : match.start()])
        if code is None:
            pieces.append("\a" if other == "a" else match.group())
        elif (value := int(code[1:], 16) if code.startswith("x") else int(code, 8)) > 0xFF:
            raise WorkbenchError(f"{path}: line {number}: escape \\{code} is not a byte; nothing imported")
        else:
            pending.append(value)
        position = match.end()
    flush()
    return "".join(pieces) + line[position:]


def _nplurals(plural_forms_header: str, path: Path) -> int | None:
    match = re.search(r"nplurals\s*=\s*(\d+)", plural_forms_header)
    if plural_forms_header and not match:
        raise WorkbenchError(f"{path}: malformed Plural-Forms header {plural_forms_header!r}")
    return int(match.group(1)) if match else None
