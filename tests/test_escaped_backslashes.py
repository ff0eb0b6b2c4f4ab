"""Escaped backslashes side by side (``\\\\\\\\`` in reST or Markdown, two
backslashes in the text): each escaping backslash is paired with the one it
escapes, so a run of them is placed where it is written (no GL090) and the
words after it are still checked."""

from __future__ import annotations

from glossary_lint.sources.rest import parse_rest
from glossary_lint.sources.segments import locate

PAGE = (
    "Shares\n"
    "======\n"
    "\n"
    "- Paths:\n"
    "\n"
    "  - A Windows share. \\\\\\\\fileserver\\\\pottery_glazes, read by Encodec.\n"
    "\n"
    "  - A local folder.\n"
)


def test_a_run_of_escaped_backslashes_is_placed_where_it_is_written():
    document = parse_rest("shares.rst", PAGE)
    assert document.unplaced == ()
    line = "A Windows share. \\\\fileserver\\pottery_glazes, read by Encodec."
    segment = next(s for s in document.segments if s.text == line)
    written = PAGE.split("\n")[5]
    assert [PAGE[segment.source_offset(i)] for i in range(len(line))] == list(line)
    assert segment.source_offset(line.index("read")) == PAGE.index(written) + written.index("read")


def test_the_walk_pairs_each_escape_with_the_character_it_escapes():
    source = "x \\\\\\\\\\\\y\\*z"  # three escaped backslashes, then y, an escaped star, z
    found = locate(source, 0, len(source), "x \\\\\\y*z")
    assert found is not None
    offsets, end = found
    assert [source[o] for o in offsets] == list("x \\\\\\y*z")
    assert end == len(source)


def test_a_slip_after_escaped_backslashes_is_found_where_it_stands(lint):
    findings = lint(PAGE, "shares.rst")
    assert not [f for f in findings if f.code == "GL090"]
    lines = PAGE.split("\n")
    slips = [(f.line, f.column) for f in findings if f.found == "Encodec"]
    assert slips == [(6, lines[5].index("Encodec") + 1)]
