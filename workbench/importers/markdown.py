"""Markdown: headings and paragraphs (also inside lists and quotes) are translated.

markdown-it finds the blocks and their lines; list markers, quote markers, heading hashes and
indentation stay layout, code blocks and HTML blocks stay layout whole. Inside a paragraph, code
spans, inline HTML, autolinks and link targets become placeholders so nobody translates a URL,
and emphasis markers (``**``, ``*``, ``__``, ``_``) become placeholder pairs around their text.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from typing import Iterator

from markdown_it import MarkdownIt

from workbench.importers.structure import Builder, ParsedDocument

# Container markers and indentation at the start of a line: "  > - ", "1. ", "> > ".
LINE_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?)*[ \t]*")
ATX_OPENING = re.compile(r"#{1,6}(?:[ \t]+|$)")
# Line breaks as markdown-it counts them (str.splitlines also breaks at form feeds and others).
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
ATX_CLOSING = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
INLINE_CODE_OR_TARGET = re.compile(
    r"(?P<code>(`+)[^`].*?\2(?!`))"
    r"|(?P<empty><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|/?[A-Za-z][^<>]*)>)"
    r"|(?P<open>!?\[)(?P<label>[^\[\]]*)(?P<close>\]\([^()\s]*(?:[ \t]+\"[^\"]*\")?\))"
)
# What lets text a translator typed turn into markup: raw HTML and autolinks start with "<",
# links and images with "[", and a backslash could undo those escapes. Rendered, "\\<", "\\["
# and "\\\\" read as the characters typed, so the reader sees the same text and no live link.
# Backslash escapes, not "&lt;": a segment whose file writes "&" as "&amp;" spells a typed "&"
# that way too (its escapes table), which would turn an "&lt;" into "&amp;lt;".
TYPED_MARKUP = str.maketrans({"<": "\\<", "[": "\\[", "\\": "\\\\"})
# Entity and numeric character references, which CommonMark reads as the character in text (not
# in code spans or link targets): the translator sees "Fish & Chips", not "Fish &amp; Chips",
# and the segment's escapes table writes the file's spelling back.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A reference to a character the typed-text escape writes with stays a placeholder: in the
# escapes table it would rewrite that escape's own backslash or "<".
TYPED_MARKUP_CHARACTERS = {chr(code) for code in TYPED_MARKUP}
# An emphasis run: markers that hug their text, not inside a word ("snake_case", "2*3*4"), the
# shortest run from an opening marker to the same marker closing. Found in linear time (see
# _emphasis_runs): as one regex with a lazy ".*?", each opening without a closing scanned the
# rest of the line, and a 150 KB line of "*a *a *a" took minutes.
MARKERS = ("**", "*", "__", "_")
OPENING = re.compile(r"(?<![\w*])(?=(?:\*|_)\S)")
CLOSING = {marker: re.compile(rf"(?<=\S)(?={re.escape(marker)}(?![*\w]))") for marker in MARKERS}
# Deeper nesting stays text: the recursion would otherwise end in a RecursionError.
MAX_EMPHASIS_DEPTH = 20


def parse_markdown(text: str) -> ParsedDocument:
    lines = LINE.findall(text)
    blocks = _text_blocks(text)
    builder = Builder()
    line_number = 0
    for first, last, atx in blocks:
        builder.layout("".join(lines[line_number:first]))
        for index in range(first, min(last, len(lines))):
            line = lines[index]
            content = line.rstrip("\r\n")
            prefix = LINE_PREFIX.match(content).group()
            opening = ATX_OPENING.match(content, len(prefix)) if atx and index == first else None
            if opening:
                prefix += opening.group()
            suffix_start = len(content)
            if atx:
                suffix_start = ATX_CLOSING.search(content, len(prefix)).start()
            if index == first:
                builder.layout(prefix)
            elif prefix.strip():
                builder.tag(prefix, "empty")
            else:
                builder.text(prefix)
            _inline(builder, content[len(prefix):suffix_start])
            ending = content[suffix_start:] + line[len(content):]
            if index == last - 1:
                builder.layout(ending)
            else:
                builder.text(ending)
        line_number = max(line_number, last)
    builder.layout("".join(lines[line_number:]))
    return builder.finish()


def escape_typed_text(text: str) -> str:
    """A translation's text (placeholders included) made safe to put into a Markdown file."""
    return text.translate(TYPED_MARKUP)


def _text_blocks(text: str) -> list[tuple[int, int, bool]]:
    """(first line, end line, is an ATX heading) of each paragraph and heading's text."""
    blocks = []
    tokens = MarkdownIt("commonmark").parse(text)
    for previous, token in zip(tokens, tokens[1:]):
        if token.type == "inline" and token.map and previous.type in ("paragraph_open", "heading_open"):
            atx = previous.type == "heading_open" and previous.markup.startswith("#")
            blocks.append((token.map[0], token.map[1], atx))
    return blocks


def _inline(builder: Builder, content: str) -> None:
    position = 0
    for match in INLINE_CODE_OR_TARGET.finditer(content):
        _emphasis(builder, content[position:match.start()])
        if match.group("open"):
            builder.tag(match.group("open"), "open", "link")
            _emphasis(builder, match.group("label"))
            builder.tag(match.group("close"), "close", "link")
        else:
            builder.tag(match.group(), "empty")
        position = match.end()
    _emphasis(builder, content[position:])


def _emphasis(builder: Builder, text: str, depth: int = 0) -> None:
    position = 0
    for start, end, marker in _emphasis_runs(text) if depth < MAX_EMPHASIS_DEPTH else ():
        _references(builder, text[position:start])
        builder.tag(marker, "open", marker)
        _emphasis(builder, text[start + len(marker) : end - len(marker)], depth + 1)
        builder.tag(marker, "close", marker)
        position = end
    _references(builder, text[position:])


def _references(builder: Builder, text: str) -> None:
    """Text with its character references decoded (see CHARACTER_REFERENCE). A name HTML does not
    know stays text as written; a reference to nothing printable (``&#0;`` decodes to "") or to
    a character of TYPED_MARKUP becomes a placeholder, keeping the file exact."""
    position = 0
    for match in CHARACTER_REFERENCE.finditer(text):
        reference = match.group()
        character = html.unescape(reference)
        if character == reference:
            continue
        builder.text(text[position:match.start()])
        if character and not TYPED_MARKUP_CHARACTERS & set(character):
            builder.text(character, reference)
        else:
            builder.tag(reference, "empty")
        position = match.end()
    builder.text(text[position:])


def _emphasis_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, marker) of each outermost emphasis run, left to right: at each opening, the
    markers in MARKERS' order, each with the first closing of the same marker after at least one
    character of text (found by bisecting the closings, listed once)."""
    closings = {marker: [match.start() for match in pattern.finditer(text)] for marker, pattern in CLOSING.items()}
    resume = 0
    for opening in OPENING.finditer(text):
        start = opening.start()
        if start < resume:
            continue
        for marker in MARKERS:
            if not text.startswith(marker, start) or not text[start + len(marker) : start + len(marker) + 1].strip():
                continue
            candidates = closings[marker]
            index = bisect_left(candidates, start + len(marker) + 1)
            if index < len(candidates):
                resume = candidates[index] + len(marker)
                yield start, resume, marker
                break
