"""A reST line ended by a backslash: docutils drops the escaped line break
and joins the two lines, but the prose on both lines is still read, each
line where it is written (no GL090, no word made of two)."""

from __future__ import annotations

from glossary_lint.sources.rest import parse_rest

PAGE = (
    "Kilns\n"
    "=====\n"
    "\n"
    "1. The potter glazes every bowl before the\\\n"
    "   firing, and records it with Encodec for the\\\n"
    "   studio log::\n"
    "\n"
    "     kiln --fire slow\n"
    "\n"
    "A paragraph whose first line ends in a backslash\\\n"
    "names Encodec on its second line.\n"
)


def test_an_escaped_line_end_is_read_as_the_line_break_it_is_written_as():
    document = parse_rest("kilns.rst", PAGE)
    assert document.unplaced == ()
    texts = [s.text for s in document.segments]
    assert (
        "The potter glazes every bowl before the\nfiring, and records it with Encodec for the\nstudio log:"
        in texts
    )
    assert "A paragraph whose first line ends in a backslash\nnames Encodec on its second line." in texts
    for segment in document.segments:
        for i, ch in enumerate(segment.text):
            offset = segment.source_offset(i)
            assert offset is None or PAGE[offset] == ch or (ch == "\n" and PAGE[offset] == "\\")


def test_a_slip_after_an_escaped_line_end_is_found_where_it_stands(lint):
    findings = lint(PAGE, "kilns.rst")
    assert not [f for f in findings if f.code == "GL090"]
    slips = sorted((f.line, f.column) for f in findings if f.found == "Encodec")
    lines = PAGE.split("\n")
    assert slips == [(5, lines[4].index("Encodec") + 1), (11, lines[10].index("Encodec") + 1)]
