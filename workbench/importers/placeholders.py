"""Inline markup as placeholders in segment text, and back.

A segment's ``markup`` maps each placeholder to the markup it stands for: ``{1}`` / ``{/1}`` for
an element's opening and closing tags, ``{2/}`` for markup standing alone (``<br>``, a code span,
an unmatched tag). HTML segments also carry, under the key ``{escapes}``, how the file writes
characters (``{"&": "&amp;", "’": "&rsquo;"}``): translators read plain characters, and the
export stays valid and exact. That key never appears in segment text, so code that checks every
key of ``markup`` against the text (the QA placeholder check) is not misled by it.

Restoring a translation whose placeholders were lost or garbled still gives valid output:
placeholders the segment does not know are dropped, a closing placeholder without its opening
is dropped, and elements left open are closed at the end (inner ones first).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import count

from workbench.importers.structure import Piece, Tag, Text

PLACEHOLDER = re.compile(r"\{(/?)(\d+)(/?)\}")
ESCAPES_KEY = "{escapes}"
PLACEHOLDER_BRACES = {"{", "}"}


def placeholder_keys(markup: dict) -> list[str]:
    """The placeholders of a segment's markup (without the character escapes)."""
    return [key for key in markup if PLACEHOLDER.fullmatch(key)]


def strip_placeholders(text: str) -> str:
    return PLACEHOLDER.sub("", text)


def encode_pieces(pieces: list[Piece], escapes: dict[str, str]) -> tuple[str, dict]:
    """A segment's pieces -> (text with placeholders, markup)."""
    table = _escape_table(pieces, escapes)
    pieces = _protect_odd_characters(pieces, table)
    numbers = count(1)
    pairs = _paired_tags(pieces)
    markup: dict = {}
    open_numbers: dict[int, int] = {}  # index of an opening tag -> its number
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if isinstance(piece, Text):
            out.append(piece.text)
            continue
        if index in pairs and pairs[index] > index:
            number = open_numbers[index] = next(numbers)
            key = f"{{{number}}}"
        elif index in pairs:
            key = f"{{/{open_numbers[pairs[index]]}}}"
        else:
            key = f"{{{next(numbers)}/}}"
        markup[key] = piece.raw
        out.append(key)
    spelled = {char: written for char, written in table.items() if char != written}
    if spelled:
        markup[ESCAPES_KEY] = spelled
    return "".join(out), markup


def restore_markup(text: str, markup: dict) -> str:
    """Placeholders back to markup and characters to the file's spelling (see module doc)."""
    escapes = str.maketrans(markup.get(ESCAPES_KEY, {}))
    out: list[str] = []
    open_numbers: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        out.append(text[position:match.start()].translate(escapes))
        position = match.end()
        closing, number, alone = match.groups()
        key = match.group()
        if key not in markup:
            continue
        if closing:
            if number in open_numbers:
                while open_numbers:
                    inner = open_numbers.pop()
                    out.append(markup[f"{{/{inner}}}"])
                    if inner == number:
                        break
            continue
        out.append(markup[key])
        if not alone and f"{{/{number}}}" in markup:
            open_numbers.append(number)
    out.append(text[position:].translate(escapes))
    out.extend(markup[f"{{/{number}}}"] for number in reversed(open_numbers))
    return "".join(out)


def _escape_table(pieces: list[Piece], escapes: dict[str, str]) -> dict[str, str]:
    """How each escapable character is written: the segment's most common spelling, else the
    format's default escape."""
    spellings: dict[str, Counter] = {}
    for piece in pieces:
        if isinstance(piece, Text) and not piece.literal and len(piece.text) == 1:
            spellings.setdefault(piece.text, Counter())[piece.raw] += 1
    for char in set(spellings) | set(escapes):
        literal = sum(piece.text.count(char) for piece in pieces if isinstance(piece, Text) and piece.literal)
        if literal:
            spellings.setdefault(char, Counter())[char] += literal
    table = dict(escapes)
    table.update({char: counts.most_common(1)[0][0] for char, counts in spellings.items()})
    return table


def _protect_odd_characters(pieces: list[Piece], table: dict[str, str]) -> list[Piece]:
    """Turn spellings the table cannot reproduce into standalone markup: a "’" written both as
    "&rsquo;" and literally, entities that stand for several characters, and text that looks
    like a placeholder, also when a reference spells its brace ("&#123;1/}")."""
    protected: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Tag):
            protected.append(piece)
        elif not piece.literal:
            if table.get(piece.text) == piece.raw and not PLACEHOLDER_BRACES & set(piece.text):
                protected.append(piece)
            else:
                protected.append(Tag(piece.raw, "empty"))
        else:
            odd = "".join(re.escape(char) for char, written in table.items() if written != char)
            pattern = PLACEHOLDER.pattern + (f"|[{odd}]" if odd else "")
            position = 0
            for match in re.finditer(pattern, piece.text):
                if match.start() > position:
                    protected.append(Text(piece.text[position:match.start()], piece.text[position:match.start()]))
                protected.append(Tag(match.group(), "empty"))
                position = match.end()
            if position < len(piece.text):
                protected.append(Text(piece.text[position:], piece.text[position:]))
    return protected


def _paired_tags(pieces: list[Piece]) -> dict[int, int]:
    """Opening and closing tags that nest properly, both ways (index -> partner index)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for index, piece in enumerate(pieces):
        if not isinstance(piece, Tag):
            continue
        if piece.kind == "open":
            stack.append(index)
        elif piece.kind == "close":
            if stack and pieces[stack[-1]].name == piece.name:
                opening = stack.pop()
                pairs[opening] = index
                pairs[index] = opening
            else:
                # A stray or crossing close: everything still open around it stays unpaired.
                stack.clear()
    return pairs
