"""Reading XML exchange files (XLIFF, TMX) from strangers safely.

Entities are never expanded and DTDs are refused, so a file cannot read local files (XXE),
reach the network or blow up memory (billion laughs). Errors name the line.

Writing: XML 1.0 cannot carry most C0 control characters (a BEL or ESC pasted into a news text)
at all, not even as character references; lxml raises on them. Text that comes back on import
goes out as XLIFF 2.0 ``<cp>`` codes or is refused with the segment named; notes and attributes,
which are never read back, show them as ``U+0007``.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from lxml import etree

from workbench.errors import WorkbenchError

# What XML 1.0 cannot hold: C0 controls other than tab and line breaks, surrogates, U+FFFE/U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SAFE_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**SAFE_OPTIONS)


def parse_xml(path: Path) -> etree._Element:
    try:
        tree = etree.parse(str(path), _parser())
    except etree.XMLSyntaxError as error:
        raise WorkbenchError(f"{path}: line {error.lineno}: not well-formed XML ({error.msg}); nothing imported") from None
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot read the file ({error})") from None
    if tree.docinfo.doctype:
        raise WorkbenchError(f"{path}: line 1: DOCTYPE declarations are not accepted (entities are never expanded)")
    return tree.getroot()


@contextmanager
def open_xml(path: Path) -> Iterator[tuple]:
    """``(file, events)``: a streaming parse of ``path`` (start and end events), as safe as
    ``parse_xml``, with the same one-line errors."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot read the file ({error})") from None
    with handle:
        events = etree.iterparse(handle, events=("start", "end"), **SAFE_OPTIONS)
        try:
            yield handle, _refusing_doctype(path, events)
        except etree.XMLSyntaxError as error:
            raise WorkbenchError(f"{path}: line {error.lineno}: not well-formed XML ({error.msg}); nothing imported") from None


def _refusing_doctype(path: Path, events) -> Iterator:
    for number, (event, element) in enumerate(events):
        if number == 0 and element.getroottree().docinfo.doctype:
            raise WorkbenchError(f"{path}: line 1: DOCTYPE declarations are not accepted (entities are never expanded)")
        yield event, element


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname


def shown(text: str) -> str:
    """``text`` for a note or an attribute: characters XML cannot hold written as ``U+0007``."""
    return NOT_XML.sub(lambda match: f"U+{ord(match.group()):04X}", text)


def refuse_unwritable(text: str, where: str, format_label: str) -> str:
    """``text`` itself, or a clear error naming ``where`` if ``format_label`` cannot carry it."""
    if match := NOT_XML.search(text):
        raise WorkbenchError(
            f"{where} holds the control character U+{ord(match.group()):04X}, which {format_label} cannot "
            "carry; remove the character (a document's export as XLIFF 2.0 or PO carries it)"
        )
    return text
