"""Where each cell of a reST grid or simple table sits in the source lines.

A doctree keeps the text of a table's cells but not their columns, and a
cell's text is interleaved line by line with its neighbours' in the
source.  To place a cell's text exactly, the walker needs the columns the
cell occupies: this module reads them back from the table's own borders
(the ``+`` corners of a grid table, the ``=`` runs of a simple table) and
assigns each ``entry`` node its column window, following docutils' own
order of cells (rows top to bottom, spans skipped).  The windows are in
docutils' columns, where an East Asian wide or full-width character takes
two (docutils pads each one before it cuts a table's lines into cells):
:func:`line_window` turns a window into the characters of one line.  A table whose source
does not look like either kind (``list-table``, ``csv-table``) gets no
windows: its cells are placed on their lines as any paragraph.
"""

from __future__ import annotations

import re
from unicodedata import east_asian_width

from docutils import nodes

from .segments import LineIndex

#: A column window: first column, and the column past the last (None: to the line's end).
Columns = tuple[int, "int | None"]

_SIMPLE_BORDER = re.compile(r"\s*=+(?: +=+)*\s*$")
_GRID_BORDER = re.compile(r"\+(?:[-=]+\+)+")


def cell_windows(table: nodes.Element, source: str, lines: LineIndex, within: Columns) -> dict[int, Columns]:
    """The column window of each entry of ``table``, by ``id()`` of the entry."""
    rows = [row for row in table.findall(nodes.row) if _table_of(row) is table]
    first = _first_line(rows[0]) if rows else None
    if first is None:
        return {}
    line = _line_text(source, lines, first)
    left = _first_mark(line, within[0])
    if left is not None and line[left] == "|":
        bounds: list[int | None] = list(_grid_bounds(source, lines, first, left))
        return _assign(rows, bounds, spans_rows=True) if bounds else {}
    border = _line_text(source, lines, first - 1) if first >= 1 else ""
    if _SIMPLE_BORDER.match(border) and "=" in border:
        starts: list[int | None] = [m.start() for m in re.finditer(r"=+", border)]
        return _assign(rows, [*starts, None], spans_rows=False)
    return {}


def line_window(line: str, window: Columns) -> Columns:
    """``window`` (docutils' columns) as character indices of ``line``: the same
    numbers unless a wide character before or inside the window takes two columns."""
    if line.isascii():
        return window
    first, last = window
    start = end = None
    column = 0
    for i, char in enumerate(line):
        if start is None and column >= first:
            start = i
        if last is not None and column >= last:
            end = i
            break
        column += 2 if east_asian_width(char) in "WF" else 1
    if start is None:
        start = len(line) + max(0, first - column)
    if last is not None and end is None:
        end = len(line) + max(0, last - column)
    return start, end


def _table_of(node: nodes.Node) -> nodes.Node | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.table):
        parent = parent.parent
    return parent


def _first_line(row: nodes.Element) -> int | None:
    """0-based source line of a row: the first line any of its paragraphs sits on."""
    found = [p.line for p in row.findall(nodes.paragraph) if p.line]
    return min(found) - 1 if found else None


def _line_text(source: str, lines: LineIndex, line0: int) -> str:
    start = lines.line_start(line0)
    end = source.find("\n", start)
    return source[start : end if end >= 0 else len(source)].rstrip("\r")


def _first_mark(line: str, start: int) -> int | None:
    for i in range(start, len(line)):
        if not line[i].isspace():
            return i
    return None


def _grid_bounds(source: str, lines: LineIndex, row_line: int, left: int) -> list[int]:
    """Column boundaries of a grid table: every ``+`` of its border lines."""
    bounds: set[int] = set()
    for step in (-1, 1):
        line0 = row_line
        while 0 <= line0 < len(lines.starts):
            text = _line_text(source, lines, line0)
            if len(text) <= left or text[left] not in "+|":
                break
            border = _GRID_BORDER.match(text, left)
            if border:
                bounds.update(i for i in range(left, border.end()) if text[i] == "+")
            line0 += step
    return sorted(bounds)


def _assign(rows: list[nodes.Element], bounds: list[int | None], spans_rows: bool) -> dict[int, Columns]:
    """Give each entry the window between its column boundaries, the way
    docutils fills a table: left to right, skipping cells a row span covers."""
    windows: dict[int, Columns] = {}
    columns = len(bounds) - 1
    busy = [0] * max(columns, 0)
    grid = spans_rows
    for row in rows:
        col = 0
        for entry in row.children:
            if not isinstance(entry, nodes.entry):
                continue
            while col < columns and busy[col]:
                col += 1
            more = int(entry.get("morecols", 0))
            if col + more + 1 > columns:
                return {}
            start, end = bounds[col], bounds[col + more + 1]
            assert start is not None
            windows[id(entry)] = (start + 1, end) if grid else (start, end)
            for spanned in range(col, col + more + 1):
                busy[spanned] = int(entry.get("morerows", 0)) + 1
            col += more + 1
        busy = [max(0, b - 1) for b in busy]
    return windows
