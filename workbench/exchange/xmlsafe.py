"""Reading XML exchange files (XLIFF, TMX) from strangers safely.

Entities are never expanded and DTDs are refused, so a file cannot read local files (XXE),
reach the network or blow up memory (billion laughs). Errors name the line.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from workbench.errors import WorkbenchError

def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


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


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname
