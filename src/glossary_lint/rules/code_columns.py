"""Table columns whose cells are codes: the values the table lists.

A table that maps its rows to short codes (a row ``regional`` and its code
``QZR``, a row ``ferry`` and ``QZF/QZG``) gives each code in its own cell,
as the table's data: the row says what the code stands for, as a row label
introduces its name.  The codes are the table's subject, not acronyms of
prose to spell out.  A column counts when most of its cells hold nothing
but words in capitals (joined by slashes, commas or brackets, with an
``e.g.`` at most), and every cell is a few words at most: a column that
describes its rows in sentences is prose, and its acronyms stay uses.

The segments of a table come row by row, each row opening with its label
(:attr:`BlockKind.TABLE_ROW_HEADER`): a cell's column is its place after
the label.  A table whose rows differ in length (an empty cell, a cell of
two paragraphs) cannot be read by column this way and has none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazy_re import lazy_compile
from ..sources.segments import BlockKind, Segment

_TABLE_KINDS = (BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW_HEADER, BlockKind.TABLE_CELL)
#: The tokens of a cell: words and codes, split at blanks, slashes, commas and brackets.
_TOKEN = lazy_compile(r"[^\s/,()]+")
#: Words that may stand beside the codes in a cell of codes: ``QZR (e.g. QZS)``.
_FILLER = frozenset({"e.g.", "i.e.", "or", "and", "etc", "etc."})
#: A code: capitals and digits, opening with a capital, up to eight
#: characters, maybe two such parts joined by a hyphen: the keys of a file
#: format's header (``BITPIX``, ``TELESCOP``, ``DATE-OBS``: FITS allows
#: eight characters) are codes as a table's short values are.
_CODE = lazy_compile(r"[A-Z][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,8})?")
#: Fewest rows a column of codes has, most words a cell of it holds, and
#: the share of its cells (at least) that hold codes alone.
_ROWS = 3
_CELL_WORDS = 4
_SHARE = 0.75


def code_cells(segments: Sequence[Segment]) -> set[int]:
    """The ``id()`` of every cell of ``segments`` that stands in a column of codes."""
    return {
        id(cell)
        for cells in body_columns(segments, _ROWS)
        if _is_code_column([cell.text for cell in cells])
        for cell in cells
    }


def body_columns(segments: Sequence[Segment], rows_at_least: int) -> Iterator[list[Segment]]:
    """Each column after the row labels of each table of ``segments`` with
    ``rows_at_least`` body rows or more, as its cells from top to bottom;
    none of a table whose rows differ in length (see the module doc)."""
    at = 0
    while at < len(segments):
        if segments[at].kind not in _TABLE_KINDS:
            at += 1
            continue
        end = at
        while end < len(segments) and segments[end].kind in _TABLE_KINDS:
            end += 1
        rows: list[list[Segment]] = []
        for seg in segments[at:end]:
            if seg.kind is BlockKind.TABLE_ROW_HEADER:
                rows.append([seg])
            elif seg.kind is BlockKind.TABLE_CELL and rows:
                rows[-1].append(seg)
        if len(rows) >= rows_at_least and len({len(row) for row in rows}) == 1:
            for column in range(1, len(rows[0])):
                yield [row[column] for row in rows]
        at = end


def _is_code_column(texts: list[str]) -> bool:
    """Whether cells with these texts are a column of codes."""
    tokens = [_TOKEN.findall(text) for text in texts]
    if any(len(words) > _CELL_WORDS for words in tokens):
        return False
    codes = sum(1 for words in tokens if words and all(_is_code_or_filler(w) for w in words))
    return codes >= _SHARE * len(texts) and any(any(_CODE.fullmatch(w) for w in words) for words in tokens)


def _is_code_or_filler(word: str) -> bool:
    return word.lower() in _FILLER or _CODE.fullmatch(word) is not None
