"""The text of raw HTML blocks in Markdown is prose (as a browser shows it, as
Vale checks it): a segment per cell, paragraph or heading, each character
mapped to its place in the source."""

from __future__ import annotations

from glossary_lint.sources.html_text import html_blocks
from glossary_lint.sources.markdown import markdown_reach, parse_markdown
from glossary_lint.sources.segments import PLACEHOLDER, BlockKind

TABLE = """\
# Settings

<table class="wide">
<tr><th>Setting</th><th>What it does</th></tr>
<tr><td title="Encodec">rate_limit</td>
<td>
Caps how often the <b>crawler</b> calls out &amp; waits;
see <code>Encodec.load()</code> and <a href="x.html">the notes</a>.<br>Then it sleeps.
</td></tr>
</table>
"""


def _mapped(source: str, segment) -> bool:
    return all(segment.text[a : a + n] == source[b : b + n] for a, b, n in segment.pieces)


def test_each_cell_is_a_segment_of_its_kind_with_exact_offsets():
    doc = parse_markdown("doc.md", TABLE)
    cells = [(s.kind, s.text.strip()) for s in doc.segments if s.kind is not BlockKind.HEADING]
    assert [kind for kind, _ in cells] == [
        BlockKind.TABLE_HEADER,
        BlockKind.TABLE_HEADER,
        BlockKind.TABLE_ROW_HEADER,
        BlockKind.TABLE_CELL,
    ]
    assert cells[1][1] == "What it does" and cells[2][1] == "rate_limit"
    body = cells[3][1]
    # the entity, the code and the line break are gaps; the attribute and tags are not text
    assert body.startswith(f"Caps how often the crawler calls out {PLACEHOLDER} waits;")
    assert "Encodec" not in body and "href" not in body and "the notes" in body
    assert body.endswith(f".{PLACEHOLDER}Then it sleeps.")
    assert all(_mapped(TABLE, s) for s in doc.segments) and not doc.unplaced


def test_bold_and_link_text_in_html_are_title_ranges_like_markdowns():
    doc = parse_markdown("doc.md", TABLE)
    cell = doc.segments[-1]
    start = cell.text.index("crawler")
    assert cell.in_title_range(start, start + len("crawler"))
    notes = cell.text.index("the notes")
    assert cell.in_link(notes, notes + len("the notes"))


def test_a_misspelling_in_a_cell_is_reported_at_its_line_and_column(lint):
    text = "<table>\n<tr><td>codec</td>\n<td>We tried Encodec first.</td></tr>\n</table>\n"
    (finding,) = [f for f in lint(text, "doc.md") if f.code == "GL001"]
    assert (finding.line, finding.column, finding.found) == (3, 14, "Encodec")


def test_an_html_block_inside_a_list_item_is_placed_in_the_source():
    text = '- first\n\n  <div class="note">\n    Keep the <em>spare</em> keys.\n  </div>\n'
    doc = parse_markdown("doc.md", text)
    note = [s for s in doc.segments if "spare" in s.text]
    assert note and _mapped(text, note[0]) and "Keep the spare keys." in note[0].text
    seen, reached, missed = markdown_reach("doc.md", text)
    assert seen == reached and not missed


def test_comments_declarations_and_unclosed_code_are_no_text():
    content = "<!-- a note --><!DOCTYPE html><p>Shown</p><pre>hidden to the end"
    texts = [
        content[p.start : p.end] for block in html_blocks(content) for p in block.pieces if p.end > p.start
    ]
    assert texts == ["Shown"]
