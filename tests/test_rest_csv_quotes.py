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
