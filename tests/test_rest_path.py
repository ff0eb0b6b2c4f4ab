"""Shortcuts of the reST path (issue 14) give what the full path gives.

Each shortcut skips work whose answer is known; these tests compare it with
the work it replaces, on texts made for them and, when ../shared is beside
the project, on the reST handbooks there."""

from __future__ import annotations

import random

import pytest
from conftest import SHARED
from docutils import nodes

from glossary_lint.sources import doctree, segments
from glossary_lint.sources.rest import parse_doctree, read_doctree
from glossary_lint.sources.segments import LINE_BREAK, LineIndex

REST_PROSE = [
    SHARED / "corpus" / "sphinx" / "doc" / "usage",
    SHARED / "corpus" / "sqlalchemy" / "doc" / "build" / "orm",
]


def _regex_starts(source: str) -> list[int]:
    return [0, *(m.end() for m in LINE_BREAK.finditer(source))]


def test_line_starts_are_those_of_the_line_break_pattern():
    rng = random.Random(14)
    texts = ["", "\n", "\n\n", "one", "one\n", "one\ntwo", "a\r\nb", "a\rb\nc\r\n", "\r", "x\r\n\r\n"]
    texts += ["".join(rng.choice("ab \n\r\t") for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        assert LineIndex(text).starts == _regex_starts(text), repr(text)


def test_a_text_node_s_text_is_docutils_own():
    source = (
        "Plain words, then an escaped\\ space, a \\*star\\*, a back\\\\slash,\n"
        "an escaped line end \\\nand *emphasis with \\`tick*.\n"
    )
    texts = list(parse_doctree("page.rst", source).findall(nodes.Text))
    assert any("\x00" in t for t in texts) and any("\x00" not in t for t in texts)
    for text in texts:
        assert doctree.text_of(text) == text.astext()
        assert type(doctree.text_of(text)) is str


def _documents(paths):
    found = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        document = read_doctree(str(path), source, parse_doctree(str(path), source))
        found.append((document.segments, document.references, document.comments, document.unplaced))
        found.append(document.lines.starts)
    return found


@pytest.mark.skipif(
    not all(p.is_dir() for p in REST_PROSE), reason="../shared/corpus is not beside the project"
)
def test_the_reST_shortcuts_on_the_real_handbooks(monkeypatch):
    paths = [p for folder in REST_PROSE for p in sorted(folder.rglob("*.rst"))][::3]
    fast = _documents(paths)
    monkeypatch.setattr(doctree, "text_of", lambda node: node.astext())
    monkeypatch.setattr(doctree, "line_breaks", lambda node: node.astext().count("\n"))
    monkeypatch.setattr(segments.LineIndex, "__init__", _full_line_index)
    assert _documents(paths) == fast


def _full_line_index(self: LineIndex, source: str) -> None:
    self.starts = _regex_starts(source)
    self.length = len(source)


def test_line_breaks_are_those_of_docutils_astext():
    source = (
        "Title\n=====\n\nA paragraph with *emphasis\nover two lines*, ``code``, a `link\n<https://example.org>`_,\n"
        "an escaped line end \\\nand :term:`a term`.\n\n.. note::\n\n   A note's body\n   on two lines.\n\n"
        "| A line block\n| of two lines\n\n* a list item\n  that wraps\n\n.. [#] A footnote\n   that wraps.\n"
    )
    document = parse_doctree("page.rst", source)
    every = list(document.findall())
    assert len(every) > 30
    for node in every:
        assert doctree.line_breaks(node) == node.astext().count("\n"), node


def _counting_line_breaks(monkeypatch) -> list[int]:
    counted: list[int] = []
    real = doctree.line_breaks
    monkeypatch.setattr(doctree, "line_breaks", lambda node: counted.append(1) or real(node))
    return counted


def test_a_block_s_last_line_is_counted_only_when_its_text_leaves_the_cursor_s_line(monkeypatch):
    """Counting a block's line breaks walks its elements; the walk asks for
    its last line only where a line of its text is not where the cursor is,
    which no block of an ordinary page needs."""
    counted = _counting_line_breaks(monkeypatch)
    source = "Kilns\n=====\n\nThe *kiln* fires ``bisque`` ware\nover a night.\n\n- one\n- two\n"
    assert [s.text for s in _segments_of(source)] == [
        "Kilns",
        "The kiln fires \ufffc ware\nover a night.",
        "one",
        "two",
    ]
    assert counted == []
    # Two texts of one paragraph, the second on the next line with no line
    # break between them in the doctree (as a role's output may leave them):
    # the second is looked for on the block's later lines, up to its last.
    source = "Kiln notes:\n\nfirst line\nsecond line\n"
    document = _empty_document(source)
    paragraph = nodes.paragraph("first line\nsecond line", "")
    paragraph += [nodes.Text("first line"), nodes.Text("second line")]
    paragraph.line = 3
    document += paragraph
    walked = doctree.walk_doctree("notes.rst", source, document, term_target=lambda node: None)
    (segment,) = walked.segments
    assert segment.text == "first linesecond line" and counted  # asked this once
    assert segment.source_span(10, 21) == (source.index("second"), source.index("second") + 11)


def _segments_of(source: str):
    return read_doctree("kiln.rst", source, parse_doctree("kiln.rst", source)).segments


def _empty_document(source: str) -> nodes.document:
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    from docutils.utils import new_document

    document = new_document("notes.rst", get_default_settings(Parser))
    document.rawsource = source
    return document


def _copied_as_prose(self: segments.SegmentBuilder, text: str, source_start: int) -> None:
    self.add_prose(text, range(source_start, source_start + len(text)))


def test_text_copied_from_the_source_is_added_as_prose_over_its_offsets():
    """The walk adds most lines of a block with ``add_copied``, by where the
    line starts; what it builds is what ``add_prose`` builds from each offset,
    a web address or a path among the words turned into a placeholder too."""
    rng = random.Random(1414)
    words = [
        "kiln",
        "glaze",
        "https://example.org/kiln",
        "www.example.org",
        "a/b.txt",
        "mailto:x@y.org",
        "/",
        " ",
    ]
    for _ in range(500):
        pieces = [
            ("".join(rng.choice(words) for _ in range(rng.randrange(6))), rng.randrange(3)) for _ in range(4)
        ]
        fast, slow = (
            segments.SegmentBuilder(segments.BlockKind.PARAGRAPH),
            segments.SegmentBuilder(segments.BlockKind.PARAGRAPH),
        )
        at = 0
        for text, gap in pieces:
            at += gap
            fast.add_copied(text, at)
            _copied_as_prose(slow, text, at)
            at += len(text)
        assert fast.build() == slow.build(), pieces


@pytest.mark.skipif(
    not all(p.is_dir() for p in REST_PROSE), reason="../shared/corpus is not beside the project"
)
def test_copied_lines_on_the_real_handbooks(monkeypatch):
    paths = [p for folder in REST_PROSE for p in sorted(folder.rglob("*.rst"))][1::4]
    fast = _documents(paths)
    monkeypatch.setattr(segments.SegmentBuilder, "add_copied", _copied_as_prose)
    assert _documents(paths) == fast


def _openings(source: str) -> list[tuple]:
    """Each block's opening, by the shortcut and by reading its Text nodes."""
    from glossary_lint.sources import rest

    document = parse_doctree("page.rst", source)
    walker = doctree._Walker(source, rest._term_target, (), rest._NON_PROSE_ROLES, "glossary")
    found = []
    for block in document.findall(lambda n: isinstance(n, doctree._BLOCKS)):
        raw = block.rawsource if isinstance(block.rawsource, str) else ""
        word = doctree._WORD_RUN.search(raw.lstrip().split("\n", 1)[0]) if raw.strip() else None
        found.append((walker.opening(block), walker.opening_of_texts(block, word)))
    return found


def test_a_block_s_opening_is_read_from_its_first_text_where_that_is_all_there_is():
    """A block whose first child is text that runs onto a second line, or is
    its only child, opens with that text's first line: the shortcut answers
    as reading every Text node in order does."""
    source = (
        "Glazes\n======\n\nA glaze coats the pot\nand fires hard.\n\n*Slip* is liquid clay,\nthinned.\n\n"
        "   An indented quote\n   over two lines.\n\n``kiln`` first, then words\nafter it.\n\n"
        "Term\n   Its definition\n   wraps.\n\n- a short item\n- an item that\n  wraps\n\n"
        "Escaped\\  space at the start\nof a line.\n\n|sub| then text\n\n.. |sub| replace:: swapped\n"
    )
    openings = _openings(source)
    assert len(openings) > 8
    for fast, slow in openings:
        assert fast == slow


@pytest.mark.skipif(
    not all(p.is_dir() for p in REST_PROSE), reason="../shared/corpus is not beside the project"
)
def test_block_openings_on_the_real_handbooks():
    paths = [p for folder in REST_PROSE for p in sorted(folder.rglob("*.rst"))][2::4]
    for path in paths:
        for fast, slow in _openings(path.read_text(encoding="utf-8")):
            assert fast == slow, path
