"""Plain text: paragraphs are separated by blank lines; line breaks inside one are kept."""

from __future__ import annotations

import re

from workbench.importers.structure import Builder, ParsedDocument

# One or more blank (or whitespace-only) lines, with the line breaks around them.
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")


def parse_text(text: str) -> ParsedDocument:
    builder = Builder()
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        builder.text(text[position:match.start()])
        builder.layout(match.group())
        position = match.end()
    builder.text(text[position:])
    return builder.finish()
