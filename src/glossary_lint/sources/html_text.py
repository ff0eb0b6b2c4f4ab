"""The prose of a raw HTML block in Markdown: the text a browser shows.

A page may write a table, a note or a figure caption in HTML (Jekyll and
GitHub pages often do: ``<td>Enable the memory cache.</td>``); CommonMark
passes such a block through unparsed, but its text is prose an editor wants
checked, as Vale checks it.  This scanner splits a block into the blocks a
browser lays out (a cell, a paragraph, a heading), each a run of pieces with
offsets into the block's text: text between tags, and a gap where an
entity, a line break, an image or code stands.  Tags, attributes,
comments and the bodies of code-like elements (``<code>``, ``<pre>``,
``<script>``...) are not prose.  Each front-end (the Markdown walker, the
doctree walker for a Sphinx build's ``raw`` nodes) only places the text in
its source: :func:`html_segments` builds the segments for both, so a page
gives the same findings from the CLI and from a build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..lazy_re import lazy_compile
from .segments import BlockKind, Segment, SegmentBuilder

#: Elements whose body is no prose: code, scripts, embedded documents.
SKIPPED = frozenset(
    "script style pre code kbd samp var tt textarea svg math template object iframe noscript".split()
)
#: Elements inside a run of text: they neither start nor end a block.
INLINE = frozenset(
    "a abbr b bdi bdo cite data del dfn em font i ins mark q s small span strong sub sup time u".split()
)
#: Inline elements whose text is in Title Case by convention, as Markdown's bold is.
TITLE = frozenset("b strong".split())
#: Elements that stand for something that is not text: a gap in the run.
GAPS = frozenset("br img input wbr".split())
_KINDS = {
    "th": BlockKind.TABLE_HEADER,
    "caption": BlockKind.CAPTION,
    "figcaption": BlockKind.CAPTION,
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
}

_MARKUP = lazy_compile(
    r"<!--.*?(?:-->|\Z)"  # a comment (an unclosed one runs to the end)
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?][^>]*>?"  # CDATA, a declaration, an instruction
    # A tag and its attributes; no '<' inside, so a failed try stops at the
    # next '<' and a page of broken tags is read in linear time.
    r"|<(/?)([A-Za-z][\w:.-]*)(?:\s(?:[^<>\"']|\"[^<\"]*\"|'[^<']*')*)?/?>"
    r"|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);",  # an entity
    re.S,
)


@dataclass(frozen=True)
class Piece:
    """Text at ``start:end`` of the block, or (``start == end``) a gap; or the
    opening or closing of a Title Case or link range (``mark``)."""

    start: int
    end: int
    mark: str = ""  # "" | "title" | "link" | "end-title"


@dataclass
class HtmlBlock:
    kind: BlockKind
    pieces: list[Piece] = field(default_factory=list)


def html_blocks(content: str) -> Iterator[HtmlBlock]:
    """The blocks of prose in ``content``, a raw HTML block, in order."""
    kind = BlockKind.PARAGRAPH
    block = HtmlBlock(kind)
    first_cell = False
    at = 0
    for markup in _MARKUP.finditer(content):
        if markup.start() < at:  # inside a skipped element's body
            continue
        if markup.start() > at:
            block.pieces.append(Piece(at, markup.start()))
        at = markup.end()
        closing, name = markup.group(1), (markup.group(2) or "").lower()
        if not name:  # a comment, a declaration or an entity
            block.pieces.append(Piece(at, at))
        elif name in INLINE:
            if name in TITLE or name == "a":
                block.pieces.append(
                    Piece(at, at, "end-title" if closing else ("link" if name == "a" else "title"))
                )
        elif name in GAPS:
            block.pieces.append(Piece(at, at))
        elif name in SKIPPED and not closing:
            end = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(content, at)
            at = end.end() if end else len(content)
            block.pieces.append(Piece(at, at))
        else:  # a block element: what came before is a block of its own
            if _has_text(content, block):
                yield block
            if name == "tr":
                first_cell = True
            if closing:
                if name == "td" or name in _KINDS:  # the element that set the kind ends
                    kind = BlockKind.PARAGRAPH
            elif name == "td":
                kind = BlockKind.TABLE_ROW_HEADER if first_cell else BlockKind.TABLE_CELL
                first_cell = False
            elif name in _KINDS:
                kind = _KINDS[name]
            block = HtmlBlock(kind)
    if at < len(content):
        block.pieces.append(Piece(at, len(content)))
    if _has_text(content, block):
        yield block


#: Adds the text at ``start:end`` of the HTML to a segment, placed in the caller's source.
PlaceText = Callable[[SegmentBuilder, int, int], None]


def html_segments(content: str, place_text: PlaceText) -> Iterator[Segment]:
    """The segments of ``content``, a raw HTML block, one per block a browser
    lays out; ``place_text`` is called for each run of text, in order."""
    for block in html_blocks(content):
        builder = SegmentBuilder(block.kind)
        for piece in block.pieces:
            if piece.mark == "end-title":
                builder.end_title()
            elif piece.mark:
                builder.begin_title(link=piece.mark == "link")
            elif piece.end > piece.start:
                place_text(builder, piece.start, piece.end)
            else:
                builder.add_placeholder()
        segment = builder.build()
        if segment is not None:
            yield segment


def _has_text(content: str, block: HtmlBlock) -> bool:
    return any(p.end > p.start and content[p.start : p.end].strip() for p in block.pieces)
