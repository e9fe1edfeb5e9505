"""HTML: block elements make paragraphs, inline elements become placeholders.

The standard library's tolerant parser reports each piece of markup; its position gives the
exact source slice, so malformed HTML still comes back unchanged.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from workbench.importers.structure import Builder, ParsedDocument

BLOCK_ELEMENTS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup "
    "hr html iframe legend li link main menu meta nav noscript ol optgroup option p pre section "
    "select summary table tbody td textarea tfoot th thead title tr ul".split()
)
# Elements whose content is code or data, not text to translate.
SKIPPED_ELEMENTS = frozenset("script style template svg math".split())
VOID_ELEMENTS = frozenset("area base br col embed img input keygen param source track wbr".split())
# Characters translated text must not carry literally (a "<" would open a tag).
ESCAPES = {"&": "&amp;", "<": "&lt;"}


class _Events(HTMLParser):
    """Records (kind, tag name, start offset) for every piece the parser reports."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[str, str, int]] = []
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def _record(self, kind: str, tag: str = "") -> None:
        line, column = self.getpos()
        self.events.append((kind, tag, self._line_starts[line - 1] + column))

    def handle_starttag(self, tag, attrs):
        self._record("start", tag)

    def handle_startendtag(self, tag, attrs):
        self._record("empty", tag)

    def handle_endtag(self, tag):
        self._record("end", tag)

    def handle_data(self, data):
        self._record("data")

    def handle_entityref(self, name):
        self._record("reference")

    def handle_charref(self, name):
        self._record("reference")

    def handle_comment(self, data):
        self._record("other")

    def handle_decl(self, decl):
        self._record("other")

    def handle_pi(self, data):
        self._record("other")

    def unknown_decl(self, data):
        self._record("other")


def parse_html(text: str) -> ParsedDocument:
    parser = _Events(text)
    parser.feed(text)
    parser.close()
    builder = Builder()
    skipping: list[str] = []  # open skipped elements, innermost last
    events = parser.events
    for index, (kind, tag, start) in enumerate(events):
        end = events[index + 1][2] if index + 1 < len(events) else len(text)
        raw = text[start:end]
        if skipping:
            if kind == "start" and tag == skipping[-1]:
                skipping.append(tag)
            elif kind == "end" and tag == skipping[-1]:
                skipping.pop()
            builder.layout(raw)
        elif kind == "data":
            builder.text(raw)
        elif kind == "reference":
            builder.text(html.unescape(raw), raw)
        elif kind == "other" or tag in BLOCK_ELEMENTS:
            builder.layout(raw)
        elif tag in SKIPPED_ELEMENTS:
            if kind == "start":
                skipping.append(tag)
            builder.layout(raw)
        elif kind == "empty" or tag in VOID_ELEMENTS:
            builder.tag(raw, "empty")
        else:
            builder.tag(raw, "open" if kind == "start" else "close", tag)
    return builder.finish(ESCAPES)
