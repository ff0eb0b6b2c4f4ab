"""Cells of reST tables whose rows hold East Asian wide characters.

docutils gives such a character two columns when it cuts a table's lines
into cells, so a cell's window, read off the table's borders, starts
further left in characters on a row that holds one: the text of the cell
must still be found there, and the span reported must be the text written.
"""

from __future__ import annotations

import pytest

from glossary_lint.sources.table_geometry import line_window

GRID = """\
+----------+----------------------+
| 東京     | Encodec on the left  |
+----------+----------------------+
| plain    | Encodec again        |
+----------+----------------------+
"""

SIMPLE = """\
======  ===================
Key     Note
======  ===================
猫犬    an Encodec sample
dog     another Encodec one
======  ===================
"""


@pytest.mark.parametrize("table", [GRID, SIMPLE])
def test_cells_after_wide_characters_are_checked_in_place(lint, table):
    findings = [f for f in lint(table, "doc.rst") if f.code in ("GL001", "GL090")]
    assert [f.code for f in findings] == ["GL001", "GL001"]
    for f in findings:
        line = table.split("\n")[f.line - 1]
        assert line[f.column - 1 : f.end_column - 1] == "Encodec"
    assert [f.line for f in findings] == [i + 1 for i, row in enumerate(table.split("\n")) if "Encodec" in row]


def test_a_table_with_the_same_row_later_does_not_take_the_earlier_finding(lint):
    row = "漢字    Encodec twice\n"
    table = "======  ===============\nKey     Note\n======  ===============\n" + row + "======  ===============\n"
    text = table + "\n" + table.replace("漢字", "ab  ")
    lines = sorted(f.line for f in lint(text, "doc.rst") if f.code == "GL001")
    assert lines == [4, 10]


def test_line_window_counts_wide_characters_twice():
    assert line_window("ascii only", (3, 6)) == (3, 6)
    assert line_window("日本 text", (5, None)) == (3, None)
    assert line_window("x日y", (3, 4)) == (2, 3)
    assert line_window("日", (4, 8)) == (3, 7)  # past the line's end: one column a character
