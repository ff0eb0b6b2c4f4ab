"""LaTeX math between backslash brackets in Markdown: ``\\(...\\)`` and ``\\[...\\]``.

MathJax's default delimiters are ``\\(...\\)`` (inline) and ``\\[...\\]``
(display), and Markdown renderers that hand math to it (MkDocs with
pymdownx.arithmatex, Jupyter) keep them: ``\\[ L_{pull} = k_{saw} \\]`` is a
formula, its words the names of symbols.  markdown-it reads the same source
as escaped punctuation, so the words between reach the prose; this module
finds those spans in the source, and :func:`masked` turns what a segment
copied from them into placeholders, as the dollar forms' math tokens are.

CommonMark also escapes a bracket so that it is not read as a link
(``dict\\[ionary\\]``, ``[\\[Docs\\]](...)``): a bracketed pair is taken for
math only when what it holds looks like TeX (a ``\\command``, a sub- or
superscript, a brace, an operator) or runs over lines, as display math
does.  Escaping a parenthesis has no use in Markdown prose, so ``\\(...\\)``
is math whatever it holds.  Neither form crosses a blank line: MathJax finds
math within one block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .segments import PLACEHOLDER, Segment

#: An opening ``\\(`` or ``\\[`` not itself escaped (``\\\\[`` is a backslash
#: and a bracket), what it holds up to its closing delimiter, no blank line.
_BRACKET_MATH = re.compile(
    r"(?<!\\)(?P<pairs>(?:\\\\)*)\\(?:\((?P<inline>(?:(?!\n[ \t]*\n)[\s\S])+?)\\\)"
    r"|\[(?P<display>(?:(?!\n[ \t]*\n)[\s\S])+?)\\\])"
)
#: What only TeX writes inside an escaped bracket pair.
_TEX_MARK = re.compile(r"\\[A-Za-z]|[_^{}=+<>\n]")


def bracket_math_spans(source: str) -> list[tuple[int, int]]:
    """Source ``(start, end)`` of each bracket-delimited formula, delimiters
    included, in order."""
    if "\\(" not in source and "\\[" not in source:
        return []
    spans = []
    for match in _BRACKET_MATH.finditer(source):
        display = match.group("display")
        if display is not None and not _TEX_MARK.search(display):
            continue  # escaped brackets around words: ``dict\[ionary\]``
        spans.append((match.start() + len(match.group("pairs")), match.end()))
    return spans


def masked(segments: Sequence[Segment], spans: Sequence[tuple[int, int]]) -> tuple[Segment, ...]:
    """``segments`` with each character copied from inside ``spans`` made a
    placeholder.  The text keeps its length (a caller's offsets into it,
    such as the Sphinx extension's text nodes, stay right) and the masked
    characters lose their map to the source, as placeholders have none."""
    if not spans:
        return tuple(segments)
    return tuple(_masked(segment, spans) for segment in segments)


def _masked(segment: Segment, spans: Sequence[tuple[int, int]]) -> Segment:
    extent = segment.source_extent
    if extent is None or not any(s < extent[1] and extent[0] < e for s, e in spans):
        return segment
    text = list(segment.text)
    pieces: list[tuple[int, int, int]] = []
    for start, source, length in segment.pieces:
        at = 0
        for span_start, span_end in spans:
            lo, hi = max(span_start - source, at), min(span_end - source, length)
            if lo >= hi:
                continue
            if lo > at:
                pieces.append((start + at, source + at, lo - at))
            text[start + lo : start + hi] = PLACEHOLDER * (hi - lo)
            at = hi
        if at < length:
            pieces.append((start + at, source + at, length - at))
    # Every other field (title and link ranges, flags) is the segment's own.
    return replace(segment, text="".join(text), pieces=tuple(pieces))
