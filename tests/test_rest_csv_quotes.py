"""A ``csv-table`` cell writes a quote inside a quoted cell as two (``""``),
as CSV does; docutils hands the walker one.  The cell's text is placed on
its line all the same, and what is found in it is reported at the
characters written."""

from __future__ import annotations

TABLE = """\
.. csv-table:: Readings
   :header: "Device", "Remark"

   "probe", "Encodec said ""hello"" and then Encodec left"
   "meter", "plain Encodec"
"""


def test_a_cell_with_doubled_quotes_is_checked(lint):
    findings = lint(TABLE, "doc.rst")
    assert not [f for f in findings if f.code == "GL090"]
    spelled = [f for f in findings if f.code == "GL001"]
    lines = TABLE.split("\n")
    assert [(f.line, lines[f.line - 1][f.column - 1 : f.end_column - 1]) for f in spelled] == [
        (4, "Encodec"),
        (4, "Encodec"),
        (5, "Encodec"),
    ]
    assert spelled[1].column == lines[3].rindex("Encodec") + 1


def test_a_quoted_word_in_a_cell_keeps_its_place(lint):
    text = '.. csv-table::\n\n   "a ""Encodec"" b", "x"\n'
    [f] = [f for f in lint(text, "doc.rst") if f.code in ("GL001", "GL090")]
    assert f.code == "GL001"
    assert text.split("\n")[2][f.column - 1 : f.end_column - 1] == "Encodec"


#: A csv-table with its own escape character: ``'"`` is a quote, ``n't`` loses its
#: apostrophe; and, later, a code block whose first line is like the escaped cell.
ESCAPED = """\
.. csv-table::
   :header: "Setting", "Default", "Notes"
   :escape: '

   "marks", "<>'"'()", "Marks the Encodec reader strips, it doesn't keep them"
   "rate", "1.0", "How fast Encodec reads"

Text between.

.. code-block:: yaml

   marks: "<>\\"()"
   rate: 1.0
"""


def test_cells_of_a_csv_table_with_its_own_escape_character_are_placed(lint):
    """The cells' text, with the escape character left out, is placed on
    its own row, not on a later line that happens to hold it."""
    findings = lint(ESCAPED, "doc.rst")
    assert not [f for f in findings if f.code == "GL090"]
    lines = ESCAPED.split("\n")
    spelled = [
        (f.line, lines[f.line - 1][f.column - 1 : f.end_column - 1]) for f in findings if f.code == "GL001"
    ]
    assert spelled == [(5, "Encodec"), (6, "Encodec")]


def test_a_quote_ending_a_quoted_part_inside_a_cell_stands_for_nothing(lint):
    """With an escape character (and so no doubled quotes), a quote inside
    a quoted cell ends its quoted part and the cell goes on: CSV reads
    ``"the old" Encodec marks`` as ``the old Encodec marks``, its quote
    marks being syntax; the cell is placed all the same."""
    text = '.. csv-table::\n   :escape: \\\n\n   "x", "the old" Encodec marks, "y"\n'
    findings = lint(text, "doc.rst")
    assert [f.code for f in findings] == ["GL001"]
    assert text.split("\n")[3][findings[0].column - 1 : findings[0].end_column - 1] == "Encodec"
