"""Cutting a paragraph into sentence segments without losing a character.

Sentences come from ``workbench.segmentation`` on the paragraph's plain text; a boundary is kept
only where no inline element is open (a sentence break inside <b>...</b> would split one
element over two segments). The whitespace between sentences becomes the next one's ``before``.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.importers.placeholders import encode_pieces
from workbench.importers.structure import Paragraph, Piece, Tag, Text
from workbench.segmentation import split_sentences


@dataclass
class SegmentDraft:
    before: str
    source_text: str
    markup: dict[str, str]


def split_paragraph(paragraph: Paragraph, lang: str, escapes: dict[str, str]) -> list[SegmentDraft]:
    plain = "".join(piece.text for piece in paragraph.pieces if isinstance(piece, Text))
    spans = split_sentences(plain, lang)
    gaps = [
        (previous[1], following[0])
        for previous, following in zip(spans, spans[1:])
        if previous[1] < following[0] and _outside_elements(paragraph.pieces, (previous[1], following[0]))
    ]
    groups: list[list[Piece]] = [[]]
    befores = [paragraph.before]
    pending = iter(gaps)
    gap = next(pending, None)
    in_gap = False
    for piece, start in _pieces_cut_at(paragraph.pieces, [offset for gap in gaps for offset in gap]):
        if gap and isinstance(piece, Text) and gap[0] <= start < gap[1]:
            if not in_gap:
                befores.append("")
                in_gap = True
            befores[-1] += piece.raw
            continue
        if in_gap:
            # The whitespace between two sentences is behind us: the next one starts here.
            groups.append([])
            gap, in_gap = next(pending, None), False
        groups[-1].append(piece)
    return [
        SegmentDraft(before, *encode_pieces(group, escapes))
        for before, group in zip(befores, groups)
    ]


def _outside_elements(pieces: list[Piece], gap: tuple[int, int]) -> bool:
    """Whether the whitespace gap lies outside every inline element and holds no markup."""
    depth = 0
    position = 0
    for piece in pieces:
        if isinstance(piece, Text):
            position += len(piece.text)
            if position >= gap[1]:
                break
        elif position > gap[0]:
            return False
        elif piece.kind == "open":
            depth += 1
        elif piece.kind == "close":
            depth = max(depth - 1, 0)
    return depth == 0


def _pieces_cut_at(pieces: list[Piece], offsets: list[int]):
    """Yield (piece, plain offset where it starts), splitting literal text at ``offsets``."""
    position = 0
    cuts = sorted(set(offsets))
    for piece in pieces:
        if isinstance(piece, Tag) or not piece.literal:
            yield piece, position
            if isinstance(piece, Text):
                position += len(piece.text)
            continue
        end = position + len(piece.text)
        inner = [offset for offset in cuts if position < offset < end]
        for left, right in zip([position, *inner], [*inner, end]):
            part = piece.text[left - position:right - position]
            yield Text(part, part), left
        position = end
