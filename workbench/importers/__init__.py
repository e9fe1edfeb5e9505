"""Readers for the formats the workbench imports: plain text, Markdown and HTML.

``decode`` turns the file's bytes into text (remembering how to turn it back), ``parse`` turns the
text into paragraphs and layout (see ``structure``).
"""

from __future__ import annotations

import codecs
from pathlib import PurePath

from charset_normalizer import from_bytes
from charset_normalizer.utils import any_specified_encoding

from workbench.errors import WorkbenchError
from workbench.importers.html import parse_html
from workbench.importers.markdown import parse_markdown
from workbench.importers.structure import ParsedDocument
from workbench.importers.text import parse_text

READERS = {"txt": parse_text, "md": parse_markdown, "html": parse_html}
EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
# Byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# The legacy charsets a file in the workbench's languages (English, Belarusian, Ukrainian, Polish,
# Russian) comes in, the only ones guessed unless the file declares another: a guess among every
# codec read Latin-2 Polish as Nordic iso8859-10 and KOI8 Cyrillic as Shift-JIS, garbling the text.
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5",
                    "cp1250", "iso8859_2", "cp1252", "iso8859_15", "latin_1"]


def detect_format(filename: str, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in READERS:
            raise WorkbenchError(f"unknown import format {fmt!r}; use one of {', '.join(READERS)}")
        return fmt
    suffix = PurePath(filename).suffix.lower()
    if suffix not in EXTENSIONS:
        raise WorkbenchError(
            f"cannot tell the format of {filename!r} from its extension; "
            f"give --format ({', '.join(READERS)})"
        )
    return EXTENSIONS[suffix]


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding) where ``text.encode(encoding)`` gives ``data`` back.

    A byte order mark stays in the text as U+FEFF, and the encoding is the BOM-less codec. Without
    a given encoding: BOM, then UTF-8, then charset-normalizer's best guess among the declared
    charset (an HTML page's <meta charset>) and LEGACY_ENCODINGS.
    """
    if not data:
        raise WorkbenchError("the file is empty")
    if encoding:
        return _decode_as(data, _codec_name(encoding)), _codec_name(encoding)
    for bom, name in BOMS:
        if data.startswith(bom):
            return _decode_as(data, name), name
    if utf16 := _bomless_utf16(data):
        return _decode_as(data, utf16), utf16
    if b"\x00" in data:
        raise WorkbenchError(
            f"the file holds NUL bytes (first at byte {data.index(0)}): it is binary, not text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if any(byte >= 0x80 for byte in data[: error.start]):
            # Valid multi-byte UTF-8 before the bad byte: a damaged UTF-8 file, not another charset.
            raise _undecodable(data, "utf-8", error) from None
    declared = any_specified_encoding(data)  # <meta charset>, <?xml encoding?>
    guess = from_bytes(data, cp_isolation=LEGACY_ENCODINGS + ([declared] if declared else [])).best()
    if guess is None:
        raise WorkbenchError("cannot tell the file's character encoding; give it with --encoding")
    name = _codec_name(guess.encoding)
    return _decode_as(data, name), name


def parse(text: str, fmt: str) -> ParsedDocument:
    # A byte order mark is layout before the first paragraph, whatever the format.
    body = text.removeprefix("\ufeff")
    parsed = READERS[fmt](body)
    bom = text[: len(text) - len(body)]
    if parsed.paragraphs:
        parsed.paragraphs[0].before = bom + parsed.paragraphs[0].before
    else:
        parsed.tail = bom + parsed.tail
    return parsed


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "-be" for UTF-16 saved without a byte order mark (some Windows tools), else
    None. Its NUL bytes are the high bytes of ASCII characters: all on one side of each pair, and
    many of them (spaces, digits, punctuation), where a binary file has NULs on both sides or a
    stray NUL in text has only a few."""
    if len(data) % 2 or b"\x00" not in data:
        return None
    high_even, high_odd = data[0::2].count(0), data[1::2].count(0)
    if high_even and high_odd:
        return None
    encoding = "utf-16-be" if high_even else "utf-16-le"
    if max(high_even, high_odd) * 10 < len(data) // 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if "\n" in text or " " in text else None


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise WorkbenchError(f"unknown encoding {encoding!r}") from None


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _undecodable(data, encoding, error) from None
    if "\x00" in text:
        raise WorkbenchError(f"the file holds NUL characters as {encoding}: it is binary, not text")
    return text


def _undecodable(data: bytes, encoding: str, error: UnicodeDecodeError) -> WorkbenchError:
    line = data.count(b"\n", 0, error.start) + 1
    return WorkbenchError(
        f"the file is not valid {encoding}: byte {error.start} (line {line}) cannot be decoded; "
        "give the right --encoding"
    )
