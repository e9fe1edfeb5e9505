"""Segment placeholders as XLIFF inline codes, so CAT tools protect the markup they stand for.

Segments keep inline markup as placeholders (``{1}`` … ``{/1}`` for a pair of tags, ``{2/}`` for
markup standing alone, see ``workbench.importers.placeholders``). XLIFF 2.0 writes them as
``<sc>``/``<ec>``/``<ph>`` with the original markup in ``<originalData>``; XLIFF 1.2 as
``<bx>``/``<ex>``/``<x>``. Reading turns any of these (and ``<pc>``/``<g>`` pairs that other tools
write) back into placeholders; native-code elements (1.2 ``bpt``, ``ept``, ``ph``, ``it``) are left
out, and everything else keeps its text. A character XML cannot hold (a BEL in a news text) is a
2.0 ``<cp hex="0007"/>`` and is read back as itself; XLIFF 1.2 has no such code (see xliff.py).
"""

from __future__ import annotations

import re
import sys

from lxml import etree

from workbench.errors import WorkbenchError
from workbench.exchange.xmlsafe import NOT_XML, local_name
from workbench.importers.placeholders import PLACEHOLDER

XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
NATIVE_CODE_12 = {"bpt", "ept", "it", "ph", "ut"}
HEX = re.compile(r"[0-9A-Fa-f]{1,6}")


def data_id(placeholder: str) -> str:
    """The originalData id of a placeholder: {1} -> o1, {/1} -> c1, {2/} -> s2."""
    closing, number, alone = PLACEHOLDER.fullmatch(placeholder).groups()
    return ("c" if closing else "s" if alone else "o") + number


def write_original_data(unit: etree._Element, markup: dict, ns: str) -> None:
    codes = [key for key in markup if PLACEHOLDER.fullmatch(key)]
    if codes:
        original = etree.SubElement(unit, ns + "originalData")
        for key in codes:
            etree.SubElement(original, ns + "data", id=data_id(key)).text = markup[key]


def write_text(element: etree._Element, text: str, markup: dict) -> None:
    """Fill ``element`` with ``text``, the segment's placeholders becoming inline codes."""
    ns = f"{{{etree.QName(element).namespace}}}"
    version20 = ns == f"{{{XLIFF20}}}"
    if not markup and not NOT_XML.search(text):
        element.text = text
        return
    matches = [match for match in PLACEHOLDER.finditer(text) if match.group() in markup]
    # A translation may lose one tag of a pair; XLIFF 2.0 then marks the other one isolated.
    keys = {match.group() for match in matches}
    paired = {match.group(2) for match in matches if {f"{{{match.group(2)}}}", f"{{/{match.group(2)}}}"} <= keys}
    element.text = ""
    last, position = None, 0
    for match in matches:
        last = _append(element, last, text[position : match.start()])
        closing, number, alone = match.groups()
        if version20:
            if alone:
                tag, attributes = "ph", {"id": number}
            elif number not in paired:
                tag, attributes = ("ec" if closing else "sc"), {"id": number, "isolated": "yes"}
            else:
                tag, attributes = ("ec", {"startRef": number}) if closing else ("sc", {"id": number})
            last = etree.SubElement(element, ns + tag, attributes, dataRef=data_id(match.group()))
        else:
            tag = "ex" if closing else "x" if alone else "bx"
            last = etree.SubElement(element, ns + tag, {"id": number} if alone else {"id": number, "rid": number})
        position = match.end()
    _append(element, last, text[position:])


def _append(element: etree._Element, last: etree._Element | None, text: str) -> etree._Element | None:
    """Add ``text`` after ``last`` (or at the start), characters XML cannot hold as ``<cp>``;
    returns the element the next text follows."""
    position = 0
    for match in NOT_XML.finditer(text):
        _append_plain(element, last, text[position : match.start()])
        last = etree.SubElement(element, f"{{{XLIFF20}}}cp", hex=f"{ord(match.group()):04X}")
        position = match.end()
    _append_plain(element, last, text[position:])
    return last


def _append_plain(element: etree._Element, last: etree._Element | None, text: str) -> None:
    if last is None:
        element.text += text
    else:
        last.tail = (last.tail or "") + text


def read_text(element: etree._Element | None) -> str:
    """The text of a source or target, inline codes turned back into placeholders."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_code_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _code_text(code: etree._Element) -> str:
    name, version12 = local_name(code), etree.QName(code).namespace == XLIFF12
    reference = code.get("rid") or code.get("id") or ""
    if version12 and name in NATIVE_CODE_12:
        return ""
    if name in ("sc", "bx"):
        return f"{{{reference}}}"
    if name in ("ec", "ex"):
        return f"{{/{code.get('startRef') or reference}}}"
    if name in ("ph", "x"):
        return f"{{{reference}/}}"
    if name in ("pc", "g"):
        return f"{{{reference}}}{read_text(code)}{{/{reference}}}"
    if name == "cp":
        return _code_point(code)
    return read_text(code)


def _code_point(code: etree._Element) -> str:
    """The character a ``<cp hex="...">`` stands for: never NUL or a surrogate, which no database
    column stores, and never a crash on a value that is no number."""
    value = code.get("hex", "")
    number = int(value, 16) if HEX.fullmatch(value) else None
    if number is None or number == 0 or number > sys.maxunicode or 0xD800 <= number <= 0xDFFF:
        raise WorkbenchError(f"line {code.sourceline}: <cp hex={value!r}/> is not a character the workbench "
                             "can store; nothing imported")
    return chr(number)
