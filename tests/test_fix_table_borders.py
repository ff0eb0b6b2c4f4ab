"""A fix inside a reST grid or simple table must not move the column borders.

A replacement of another length than the text it replaces would push the
cell's right border (a grid table) or the cells after it (a simple table)
out of line, and docutils would no longer read the table.  Such a finding
is still reported, but not fixed; a replacement of the same length (a
letter-case fix) is, and so is any fix in a simple table's last column,
which has no right edge.
"""

from __future__ import annotations

GRID = """\
+--------------+-------------------------+
| Stage        | Remark                  |
+==============+=========================+
| capture      | the melspectrogram now  |
+--------------+-------------------------+
| encoding     | runs Encodec on it      |
+--------------+-------------------------+
"""

SIMPLE = """\
=========================  =====
Remark                     Count
=========================  =====
the melspectrogram here    three
=========================  =====
"""

LAST_COLUMN = """\
=====  ===================
Count  Remark
=====  ===================
three  the melspectrogram
=====  ===================
"""


def _gl001(lint, text):
    return {f.found: f for f in lint(text, "doc.rst") if f.code == "GL001"}


def test_a_fix_that_changes_a_cells_width_is_not_made(lint):
    found = _gl001(lint, GRID)
    assert found["melspectrogram"].replacement is None
    assert "column borders would move" in found["melspectrogram"].message
    assert found["Encodec"].replacement == "EnCodec"  # same length: fixed


def test_a_simple_table_cell_before_another_is_not_fixed_to_another_width(lint):
    assert _gl001(lint, SIMPLE)["melspectrogram"].replacement is None


def test_the_last_column_of_a_simple_table_has_no_right_edge(lint):
    assert _gl001(lint, LAST_COLUMN)["melspectrogram"].replacement == "mel spectrogram"


def test_outside_tables_nothing_changes(lint):
    [f] = [f for f in lint("Compute the melspectrogram.\n", "doc.rst") if f.code == "GL001"]
    assert f.replacement == "mel spectrogram"
