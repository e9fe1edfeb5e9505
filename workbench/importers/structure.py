"""What a reader makes of a file: paragraphs of text and inline markup, with the layout between.

Every character of the decoded file lands in exactly one place (a ``before``, a piece's ``raw``
or the ``tail``), so joining them gives the file back unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Text:
    """Translatable text: ``text`` as a reader sees it, ``raw`` as the file spells it
    (they differ for HTML character references: text "’", raw "&rsquo;")."""

    text: str
    raw: str

    @property
    def literal(self) -> bool:
        return self.text == self.raw


@dataclass
class Tag:
    """Inline markup that translators see as a placeholder."""

    raw: str
    kind: str  # "open", "close" or "empty"
    name: str = ""  # pairs an "open" with its "close"


Piece = Text | Tag


@dataclass
class Paragraph:
    before: str  # layout since the previous paragraph: blank lines, block tags, list markers
    pieces: list[Piece]


@dataclass
class ParsedDocument:
    paragraphs: list[Paragraph]
    tail: str
    # Characters the format needs written as escapes in translated text (HTML: "&" -> "&amp;").
    escapes: dict[str, str] = field(default_factory=dict)

    def original_text(self) -> str:
        return "".join(
            paragraph.before + "".join(piece.raw for piece in paragraph.pieces)
            for paragraph in self.paragraphs
        ) + self.tail


class Builder:
    """Collects layout and paragraphs in file order; readers only say what each slice is.

    Whitespace at either end of a paragraph moves into the layout around it, and a paragraph
    without any visible text (only tags and spaces) is layout as a whole.
    """

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self._layout: list[str] = []
        self._pieces: list[Piece] = []

    def layout(self, raw: str) -> None:
        self.end_paragraph()
        self._layout.append(raw)

    def text(self, text: str, raw: str | None = None) -> None:
        if text:
            self._pieces.append(Text(text, text if raw is None else raw))

    def tag(self, raw: str, kind: str, name: str = "") -> None:
        self._pieces.append(Tag(raw, kind, name))

    def end_paragraph(self) -> None:
        pieces, self._pieces = self._pieces, []
        if not any(isinstance(piece, Text) and piece.text.strip() for piece in pieces):
            self._layout.extend(piece.raw for piece in pieces)
            return
        leading = _take_whitespace(pieces, from_end=False)
        trailing = _take_whitespace(pieces, from_end=True)
        self.paragraphs.append(Paragraph("".join(self._layout) + leading, pieces))
        self._layout = [trailing]

    def finish(self, escapes: dict[str, str] | None = None) -> ParsedDocument:
        self.end_paragraph()
        return ParsedDocument(self.paragraphs, "".join(self._layout), escapes or {})


def _take_whitespace(pieces: list[Piece], *, from_end: bool) -> str:
    """Remove the whitespace at one end of ``pieces`` (stopping at a tag) and return its raw form."""
    taken: list[str] = []
    while pieces:
        index = -1 if from_end else 0
        piece = pieces[index]
        if not isinstance(piece, Text):
            break
        if not piece.literal:
            if piece.text.strip():
                break
            taken.append(piece.raw)
            pieces.pop(index)
            continue
        kept = piece.text.rstrip() if from_end else piece.text.lstrip()
        space = piece.text[len(kept):] if from_end else piece.text[: len(piece.text) - len(kept)]
        taken.append(space)
        if kept:
            pieces[index] = Text(kept, kept)
            break
        pieces.pop(index)
    return "".join(reversed(taken) if from_end else taken)
