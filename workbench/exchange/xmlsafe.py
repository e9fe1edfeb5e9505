"""Reading XML exchange files (XLIFF, TMX) from strangers safely.

Entities are never expanded and DTDs are refused, so a file cannot read local files (XXE),
reach the network or blow up memory (billion laughs). Errors name the line.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from lxml import etree

from workbench.errors import WorkbenchError

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
