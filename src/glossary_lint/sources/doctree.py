"""Doctree front-end: any docutils doctree to prose segments.

Both docutils (for reST files) and Sphinx (for reST and MyST, while a site
builds) produce doctrees; this walker turns one into the segments the
matcher reads.  Titles are headings, table header rows and row labels are
titles, strong text and link text are title ranges; code, math, raw
output other than HTML, comments, targets, error nodes and the signatures
of object descriptions are not prose.  Raw HTML (MyST's HTML blocks, reST's
``.. raw:: html``) is read as the CLI's Markdown reader reads it
(:mod:`.html_text`): its text is what a reader sees.  Each caller says how it spells a term
reference (``term_target``) and which of its own node types are not prose.

Text nodes carry no offsets, but their block does carry its line, and a
block's text keeps the line breaks of its source.  So each block is
anchored on its own source line (``node.line``, or the line above for a
title over its underline) and each line of its text is aligned within one
source line -- within the cell's columns inside a grid or simple table
(:mod:`.table_geometry`) -- and never searched for anywhere else.  Text
with words in it that cannot be aligned there is recorded in
:attr:`Document.unplaced` with its line, so the run says what it did not
check instead of skipping it silently.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

from docutils import nodes

from .bracket_math import bracket_math_spans, masked
from .document import Comment, Document, TermReference
from .headwords import anchored_headword
from .html import html_comments
from .html_text import html_segments
from .links import glossary_anchor
from .segments import BlockKind, LineIndex, Segment, SegmentBuilder, locate, may_locate
from .table_geometry import Columns, cell_windows, line_window
from .title_fields import is_title_field

#: Returns the term a node references, or None when it is no term reference.
TermTarget = Callable[[nodes.Node], "str | None"]

_BLOCKS = (
    nodes.paragraph,
    nodes.title,
    nodes.subtitle,
    nodes.rubric,
    nodes.term,
    nodes.caption,
    nodes.line,
    nodes.attribution,
)
_SKIPPED = (
    nodes.literal_block,
    nodes.doctest_block,
    nodes.math_block,
    nodes.raw,
    nodes.comment,
    nodes.system_message,
    nodes.problematic,
    nodes.substitution_definition,
    nodes.target,
    nodes.field_name,
    nodes.option_string,
    nodes.docinfo,
    nodes.pending,
)
_INLINE_NON_PROSE = (
    nodes.literal,
    nodes.math,
    nodes.raw,
    nodes.problematic,
    nodes.footnote_reference,
    nodes.citation_reference,
    nodes.substitution_reference,
    nodes.target,
    nodes.image,
    nodes.system_message,
    nodes.classifier,
)
#: Inline text a builder generates rather than reads ("Added in version 2.0:").
GENERATED_CLASSES = frozenset({"versionmodified"})

#: What may open a block's first line before its text: a directive's
#: ``.. name::``, a field's ``:name:``, a footnote's or citation's label.
_LEAD = re.compile(r"[ \t]*(?:\.\.[ \t]+(?:[\w:.+-]+::|\[[^\]\n]*\])|:(?:\\.|[^:\\\n])+:(?=[ \t]|$))[ \t]*")
_WORD = re.compile(r"\w")
_SUBSTITUTION = re.compile(r"(?<![\w|])\|[^|\s](?:[^|\n]*[^|\s])?\|(?![\w|])")


#: For each segment, where its Text nodes start in its text: ``(start, node)``.
TextNodes = dict[int, list[tuple[int, nodes.Text]]]


def _block_kind(node: nodes.Node, kind: BlockKind) -> BlockKind:
    """A table's title and a figure's caption are captions, as Markdown's
    ``<caption>`` and ``<figcaption>`` are; other titles are headings."""
    if isinstance(node, nodes.caption) or (
        isinstance(node, nodes.title) and isinstance(node.parent, nodes.table)
    ):
        return BlockKind.CAPTION
    return BlockKind.HEADING if isinstance(node, (nodes.title, nodes.subtitle, nodes.rubric)) else kind


def walk_doctree(
    path: str,
    source: str,
    doctree: nodes.Node,
    *,
    term_target: TermTarget,
    skipped: tuple[type, ...] = (),
    inline_non_prose: tuple[type, ...] = (),
    glossary_page: str = "glossary",
    text_nodes: TextNodes | None = None,
    placed: dict[int, int] | None = None,
    non_prose_classes: frozenset[str] = frozenset(),
    docutils_lines: bool | None = None,
) -> Document:
    """The document a doctree of ``source`` holds.

    With ``text_nodes``, also record, by ``id()`` of each segment, which Text
    node each verbatim stretch of its text came from, so a caller can act on
    the nodes behind a mention (the Sphinx extension links them).  With
    ``placed``, record how many characters of each Text node (by ``id()``)
    reached a segment: the reach measure (:mod:`glossary_lint.workflows.reach`).
    Inline elements with one of ``non_prose_classes`` (Sphinx marks a role's
    output with the role's name) are not prose either.  ``docutils_lines``
    says whether the doctree's lines are docutils' (:func:`_parser_view`);
    by default, unless ``path`` names a Markdown source.
    """
    # docutils (and Sphinx) expand tabs to 8 columns and break lines where
    # str.splitlines does before parsing: text, lines and table columns are
    # placed in that view, then mapped back.
    if docutils_lines is None:
        docutils_lines = not path.lower().endswith(_MARKDOWN_SUFFIXES)
    expanded, back = _parser_view(source, docutils_lines)
    walker = _Walker(expanded, term_target, skipped, inline_non_prose, glossary_page)
    walker.back = back
    if back is not None:
        walker.source_lines = LineIndex(source)
    walker.non_prose_classes = non_prose_classes
    walker.text_nodes = text_nodes
    walker.placed = placed
    walker.visit(doctree, BlockKind.PARAGRAPH)
    # MyST reads ``\[`` as an escaped bracket; MathJax's math it is (:mod:`.bracket_math`).
    spans = bracket_math_spans(source) if path.lower().endswith(_MARKDOWN_SUFFIXES) else []
    segments = masked(walker.segments, spans)
    if text_nodes is not None:
        for before, after in zip(walker.segments, segments):
            if before is not after and id(before) in text_nodes:
                text_nodes[id(after)] = text_nodes.pop(id(before))  # same text length: same starts
    return Document(
        path,
        source,
        segments,
        tuple(walker.references),
        tuple(walker.comments),
        walker.source_lines,
        tuple(sorted({walker.original(offset) for offset in walker.unplaced})),
    )


#: What docutils' ``string2lines`` (``str.splitlines``) breaks a line at besides
#: LF, CR and CRLF: the file and group separators, NEL and the Unicode line and
#: paragraph separators.  Editors keep them inside a line, and findings are
#: reported in editors' lines, so only docutils' view of the text breaks there.
DOCUTILS_ONLY_BREAKS = frozenset("\x1c\x1d\x1e\x85\u2028\u2029")
#: What docutils turns into a space before parsing (``convert_whitespace``).
DOCUTILS_SPACES = frozenset("\x0b\x0c")
#: Sources docutils never splits into lines: MyST's doctrees hold the lines
#: markdown-it counts, which are editors' lines.
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".ipynb")


def _parser_view(source: str, docutils_lines: bool, width: int = 8) -> tuple[str, list[int] | None]:
    """``source`` as docutils (and Sphinx) parse it: tabs expanded to
    ``width`` columns and, with ``docutils_lines``, its extra line breaks
    written as LF and vertical tab and form feed as spaces; and for each
    offset of it the offset in ``source`` it stands for (None when it is
    ``source`` itself).  Text and table columns are placed in this view,
    node lines count its lines, and each place is mapped back."""
    breaks = DOCUTILS_ONLY_BREAKS if docutils_lines else frozenset()
    spaces = DOCUTILS_SPACES if docutils_lines else frozenset()
    if "\t" not in source and not any(c in source for c in breaks | spaces):
        return source, None
    out: list[str] = []
    back: list[int] = []
    column = 0
    for i, char in enumerate(source):
        if char == "\t":
            expanded = width - column % width
            out.append(" " * expanded)
            back += [i] * expanded
            column += expanded
            continue
        if char in breaks:
            char = "\n"
        elif char in spaces:
            char = " "
        out.append(char)
        back.append(i)
        column = 0 if char in "\r\n" else column + 1
    back.append(len(source))
    return "".join(out), back


def prose_text_nodes(
    doctree: nodes.Node, inline_non_prose: tuple[type, ...] = (), skipped: tuple[type, ...] = ()
) -> list[nodes.Text]:
    """The Text nodes of every paragraph the parser produced, bar those inside
    what is never prose (code, math, comments, signatures): what a linter
    must reach, found without the walker's help."""
    never = _SKIPPED + _INLINE_NON_PROSE + inline_non_prose + skipped
    found: list[nodes.Text] = []
    for paragraph in doctree.findall(nodes.paragraph):
        if _inside(paragraph, never):
            continue
        for text in paragraph.findall(nodes.Text):
            if not _inside(text, never, stop=paragraph) and not _generated(text, paragraph):
                found.append(text)
    return found


def _inside(node: nodes.Node, kinds: tuple[type, ...], stop: nodes.Node | None = None) -> bool:
    parent = node.parent
    while parent is not None and parent is not stop:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


def _generated_title(node: nodes.Node) -> bool:
    """The title a ``contents`` directive without one is given ("Contents",
    in the document's language): written nowhere in the source, so neither
    prose to check nor text to report as unplaced.  A title the directive's
    argument gives keeps its source text and is read."""
    return (
        isinstance(node, nodes.title)
        and not node.rawsource
        and isinstance(node.parent, nodes.topic)
        and "contents" in node.parent.get("classes", ())
    )


def _generated(node: nodes.Node, stop: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None and parent is not stop:
        if GENERATED_CLASSES.intersection(parent.get("classes", ())):
            return True
        parent = parent.parent
    return False


class _Walker:
    def __init__(
        self,
        source: str,
        term_target: TermTarget,
        skipped: tuple[type, ...],
        inline_non_prose: tuple[type, ...],
        glossary_page: str,
    ) -> None:
        self.source = source
        self.glossary_page = glossary_page
        self.text_nodes: TextNodes | None = None
        self.placed: dict[int, int] | None = None
        #: Offsets in the original source of each offset of ``source`` (tabs expanded).
        self.back: list[int] | None = None
        self.non_prose_classes: frozenset[str] = frozenset()
        self.block_nodes: list[tuple[int, nodes.Text]] = []
        self.term_target = term_target
        self.skipped = _SKIPPED + skipped
        self.inline_non_prose = _INLINE_NON_PROSE + inline_non_prose
        self.lines = LineIndex(source)
        #: Lines of the original source, as editors count them (set by :func:`walk_doctree`).
        self.source_lines = self.lines
        #: Each source line's start and end (line break excluded), as asked for.
        self.line_bounds: dict[int, tuple[int, int]] = {}
        self.segments: list[Segment] = []
        self.references: list[TermReference] = []
        self.comments: list[Comment] = []
        #: Source offsets of the lines holding text that could not be placed.
        self.unplaced: list[int] = []
        #: Where comments are looked for: only ever moves forward.
        self.forward = 0
        #: The block being placed: its current 0-based line (None: not anchored),
        #: the cursor on that line, and the columns it may use there.
        self.line: int | None = None
        self.pos = 0
        self.columns: Columns = _WHOLE_LINE
        self.windows: dict[int, Columns] = {}
        self.last_line = 0
        self.block_line = 0
        #: The line the current block starts on, and its element: its last line is
        #: :meth:`last_block_line`, worked out when first asked (``block_end``).
        self.block_start: tuple[int, nodes.Element | None] = (0, None)
        self.block_end: int | None = 0
        #: The line no later block can start before (reset for each cell of a row).
        self.floor = 0
        self.labelled: set[int] = set()
        #: Paragraphs that are anchored headwords (:mod:`.headwords`), by ``id()``.
        self.headwords: set[int] = set()
        #: Inside the value of a field that gives a title (``:title: ...``).
        self.title_field = False
        #: Inside a citation (``.. [Key] Author. Title. Venue.``).
        self.cited = False
        #: The quote and escape characters of the csv-table being read.
        self.csv_marks = ""

    # -- blocks -------------------------------------------------------------

    def visit(self, node: nodes.Node, kind: BlockKind) -> None:
        if isinstance(node, nodes.comment):
            self.comment(node)
            return
        if isinstance(node, nodes.raw) and "html" in node.get("format", "").split():
            text = node.astext()
            for start, end, body in html_comments(text):
                self.comment_text(body, text[start:end])
            self.raw_html(node, text)
            return
        if isinstance(node, self.skipped) or _generated_title(node):
            return
        if isinstance(node, _BLOCKS):
            block_kind = _block_kind(node, kind)
            explicit = isinstance(node, nodes.title) and id(node.parent) in self.labelled
            self.block(node, block_kind, explicit)
            return
        if isinstance(node, nodes.table):
            self.windows.update(cell_windows(node, self.source, self.lines, self.columns))
            # A csv-table's quote and escape characters (recorded by the reST
            # front-end) are its syntax, which its cells' text leaves out.
            saved_marks, self.csv_marks = self.csv_marks, str(node.get(CSV_MARKS, ""))
            self.visit_children(node, kind)
            self.csv_marks = saved_marks
            return
        if isinstance(node, nodes.row):
            entries = [c for c in node.children if isinstance(c, nodes.entry)]
            floor = self.floor
            for i, entry in enumerate(entries):
                self.floor = floor
                cell: BlockKind
                if kind is BlockKind.TABLE_HEADER:
                    cell = kind
                else:
                    cell = BlockKind.TABLE_ROW_HEADER if i == 0 else BlockKind.TABLE_CELL
                saved = self.columns
                self.columns = self.windows.get(id(entry), saved)
                self.visit(entry, cell)
                self.columns = saved
            return
        if isinstance(node, nodes.citation):
            saved_cited, self.cited = self.cited, True
            for child in node.children:
                self.visit(child, kind)
            self.cited = saved_cited
            return
        if is_title_field(node):
            saved_field, self.title_field = self.title_field, True
            for child in node.children:
                self.visit(child, kind)
            self.title_field = saved_field
            return
        if isinstance(node, nodes.thead):
            kind = BlockKind.TABLE_HEADER
        elif isinstance(node, nodes.tbody):
            kind = BlockKind.TABLE_CELL
        self.visit_children(node, kind)

    def visit_children(self, node: nodes.Node, kind: BlockKind) -> None:
        children = node.children
        for index, child in enumerate(children):
            previous = children[index - 1] if index else None
            # ".. _label:" right before a section gives it an explicit anchor.
            if (
                isinstance(child, nodes.section)
                and isinstance(previous, nodes.target)
                and not previous.get("refuri")
            ):
                self.labelled.add(id(child))
            elif isinstance(child, nodes.paragraph) and anchored_headword(children, index):
                self.headwords.add(id(child))
            self.visit(child, kind)

    def comment(self, node: nodes.comment) -> None:
        self.comment_text(node.astext(), node.astext())

    def comment_text(self, text: str, raw: str) -> None:
        """Record a comment; ``raw`` is how it is written (to find its line)."""
        found = self.source.find(raw.split("\n", 1)[0], self.forward) if raw else -1
        if found < 0:
            return
        # Reported in the source's lines, which a tab or a line break only
        # docutils makes (:func:`_parser_view`) does not move.
        line, _ = self.source_lines.position(self.original(found))
        self.comments.append(Comment(text, line, line + raw.count("\n")))
        self.forward = found + len(raw.split("\n", 1)[0])

    def block(self, node: nodes.Element, kind: BlockKind, explicit_anchor: bool = False) -> None:
        builder = SegmentBuilder(kind)
        builder.explicit_anchor = explicit_anchor
        builder.headword = isinstance(node, nodes.term) or id(node) in self.headwords
        builder.cited = self.cited
        # A cell with a right edge (every grid table cell, a simple table's cell
        # but the last) keeps its width: its borders, or the next cell, follow it.
        builder.fixed_width = self.columns is not _WHOLE_LINE and self.columns[1] is not None
        self.block_nodes = []
        self.anchor(node)
        if self.line is not None:
            # Its last line is asked for only when a line of text is not where
            # the cursor is (most blocks never): counted then.
            self.block_start = (self.line, node)
            self.block_end = None
        if self.title_field:
            builder.begin_title()  # the whole value is a title, in the title's style
        self.inline(node, builder)
        if self.title_field:
            builder.end_title()
        if self.line is not None:
            self.last_line = self.line
            self.forward = max(self.forward, self.pos)
        segment = builder.build()
        if segment is not None:
            self.segments.append(segment)
            if self.text_nodes is not None:
                self.text_nodes[id(segment)] = self.block_nodes

    def raw_html(self, node: nodes.raw, text: str) -> None:
        """The text of raw HTML as prose.  The node keeps its text as written
        (dedented under a directive or in a list), and its lines are
        consecutive lines of the source from its first one on: each line is
        found on its own source line, so offsets are exact.  Raw HTML from
        another file (``:file:``, ``:url:``) is not in this source."""
        if node.get("source") or not node.line:
            return
        lines = text.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            return
        # The first line with text is on the node's line (MyST) or a few below
        # it (a directive's options and blank line come between).
        top = node.line - 1
        last = min(top + _NEARBY, len(self.lines.starts))
        anchor = next((n for n in range(top, last) if self._find(lines[first], n) is not None), None)
        if anchor is None:
            self.unplaced.append(self.lines.line_start(max(top, 0)))
            return
        #: Where each line of the text starts in the source, or None.
        starts = [self._find(line, anchor - first + i) if line else None for i, line in enumerate(lines)]
        breaks = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]

        def place(builder: SegmentBuilder, start: int, end: int) -> None:
            number = bisect_right(breaks, start) - 1
            while start < end:
                stop = min(end, breaks[number + 1] - 1 if number + 1 < len(breaks) else len(text))
                at = starts[number]
                if stop > start and at is None:
                    self.miss_line(text[start:stop], anchor - first + number)
                    builder.add_placeholder()
                elif stop > start and at is not None:
                    column = at + start - breaks[number]
                    builder.add_prose(
                        text[start:stop], [self.original(o) for o in range(column, column + stop - start)]
                    )
                if stop < end:  # the line break, after the line's text
                    if at is None:
                        builder.add_placeholder()
                    else:
                        builder.add_mapped("\n", [self.original(at + len(lines[number]))])
                    number += 1
                    stop += 1
                start = stop

        self.segments.extend(html_segments(text, place))

    def _find(self, line: str, line0: int) -> int | None:
        """Where ``line`` of raw HTML is written on source line ``line0``."""
        if not 0 <= line0 < len(self.lines.starts):
            return None
        lo, hi = self.bounds(line0)
        found = self.source.find(line, lo, hi)
        return found if found >= 0 else None

    def miss_line(self, text: str, line0: int) -> None:
        if _WORD.search(text) and 0 <= line0 < len(self.lines.starts):
            self.unplaced.append(self.lines.line_start(line0))

    # -- placing text on its lines ----------------------------------------------

    def anchor(self, node: nodes.Element) -> None:
        """Find the source line a block starts on, among the few its element
        may report: its own line, the line above (a title over its underline,
        a rubric), the line below, or an ancestor's line when it has none.
        The line must pass a test, from the surest to the weakest: it holds the
        block's whole first line of text, the prose it opens with, its first
        word.  Each test is tried on those lines, then on the lines between the
        previous block and this one (a parser may report a later line)."""
        self.line = None
        word, opening, whole = self.opening(node)
        #: What each test looks for, and whether it is a word.
        tests = [
            (text, is_word) for text, is_word in ((whole, False), (opening, False), (word, True)) if text
        ]
        count = len(self.lines.starts)
        own = [c for c in _candidate_lines(node) if 0 <= c < count]
        #: Where text the block cannot place is reported: its own line if it has one.
        self.block_line = own[0] if own else self.last_line
        candidates = [c for c in own if c >= self.floor]
        if not tests:
            if candidates:
                self.line = self.floor = candidates[0]
                self.pos = self.bounds(self.line)[0]
            return
        for lines, own_line, test in self._anchor_phases(tests, own, candidates):
            # The lines after the previous block, up to 40, mostly hold no match
            # (a block's own line does): one test of them all says so.
            if not own_line and lines and not self.may_hold(lines, *test):
                continue
            for line0 in lines:
                lo, hi = self.bounds(line0)
                if own_line:
                    lead = _LEAD.match(self.source, lo, hi)
                    lo = lead.end() if lead else lo
                else:
                    lo = max(lo, min(self.forward, hi))
                if _passes(self.source, lo, hi, *test, self.csv_marks):
                    self.line = line0
                    self.floor = line0 if own_line else self.floor
                    self.pos = lo
                    return

    def _anchor_phases(
        self, tests: list[tuple[str, bool]], own: list[int], candidates: list[int]
    ) -> Iterator[tuple[Sequence[int], bool, tuple[str, bool]]]:
        """The lines :meth:`anchor` tries each test on, in order, and whether
        they are the block's own; made as asked for: most blocks pass the
        first test on their own line."""
        count = len(self.lines.starts)
        # Last, when no test passed there, the lines a few on from the previous
        # block: a csv-table numbers lines from its content, MyST gives every
        # cell the table's line.
        far = min(self.last_line + _NEARBY, count)
        # A block's own line behind the previous block's is not its own (MyST
        # table cells): the lines after the previous block come first then.
        end = min(own[0] + 2, count) if own and own[0] >= self.last_line else far
        for test in tests:
            yield candidates, True, test
            yield range(self.last_line, end), False, test
        for test in tests:
            yield range(self.last_line, far), False, test

    def last_block_line(self) -> int:
        """The last source line the current block may use: as many lines on
        from its first as its source or its text has line breaks."""
        if self.block_end is None:
            line, node = self.block_start
            assert node is not None
            raw = node.rawsource if isinstance(node.rawsource, str) else ""
            self.block_end = line + max(raw.strip().count("\n"), line_breaks(node))
        return self.block_end

    def may_hold(self, lines: Sequence[int], text: str, word: bool) -> bool:
        """False when no part of ``lines`` (ascending; within the current columns) can
        pass the check for ``text``: ``locate`` finds no line of text where
        neither it nor its markup-free form is written, and a word is not
        where it is not written.  Each line's window lies inside theirs."""
        lo, hi = self.bounds(lines[0])[0], self.bounds(lines[-1])[1]
        if word:
            return self.source.find(text, lo, hi) >= 0
        return may_locate(self.source, lo, hi, text, self.csv_marks)

    def opening(self, node: nodes.Element) -> tuple[str | None, str | None, str | None]:
        """What the block's first line holds, from the surest test to the
        weakest: all of its text (code included, markup aside), the prose it
        opens with, and its first word (from the raw source when kept)."""
        raw = node.rawsource if isinstance(node.rawsource, str) else ""
        word = _WORD_RUN.search(raw.lstrip().split("\n", 1)[0]) if raw.strip() else None
        children = node.children
        if children and isinstance(children[0], nodes.Text):
            content = written_lines(children[0])
            if "\n" in content or len(children) == 1:
                # Most blocks: text of their own first, and its first line is
                # all that :meth:`opening_of_texts` would read (no element to look inside).
                first = content.split("\n", 1)[0]
                opening = first if first.strip() else None
                if opening is not None:
                    word = word or _WORD_RUN.search(first)
                return _opening(word, opening, first.strip())
        return self.opening_of_texts(node, word)

    def opening_of_texts(
        self, node: nodes.Element, word: re.Match[str] | None
    ) -> tuple[str | None, str | None, str | None]:
        """:meth:`opening`, from the block's Text nodes in order; ``word``, the
        first word of its raw source."""
        opening = None
        line: list[str] = []
        for text in node.findall(nodes.Text):
            content = written_lines(text)
            if _generated(text, node):
                continue
            line.append(content.split("\n", 1)[0])
            if not _inside(text, self.inline_non_prose, stop=node) and opening is None:
                first = content.split("\n", 1)[0]
                if first.strip():
                    opening = first
                    word = word or _WORD_RUN.search(first)
            if "\n" in content or _wrapped(text, node):
                break
        return _opening(word, opening, "".join(line).strip())

    def bounds(self, line0: int) -> tuple[int, int]:
        """Offsets of what the current columns allow of source line ``line0``."""
        whole = self.line_bounds.get(line0)
        if whole is None:
            start = self.lines.line_start(line0)
            end = self.lines.line_start(line0 + 1)
            while end > start and self.source[end - 1] in "\r\n":
                end -= 1
            whole = self.line_bounds[line0] = (start, end)
        if self.columns is _WHOLE_LINE:  # outside a table: the whole line
            return whole
        first, last = self.columns
        if not first and last is None:
            return whole
        start, end = whole
        first, last = line_window(self.source[start:end], self.columns)
        return min(start + first, end), end if last is None else min(end, start + last)

    def next_line(self) -> None:
        """Move the cursor to the next line's start.  A block the parser gave
        no line (a MyST footnote's text) has no cursor to move: its text is
        marked unplaced by :meth:`text`, so a hard break in it changes nothing."""
        if self.line is None:
            return
        self.line += 1
        self.pos = self.bounds(self.line)[0]

    def original(self, offset: int) -> int:
        return offset if self.back is None else self.back[offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.back is None:
            return start, end
        return self.back[start], self.back[end - 1] + 1 if end > start else self.back[start]

    def miss(self, text: str) -> None:
        """Text with words that could not be placed: say so, by its line.  Not
        the text a substitution reference on the line stands for (Sphinx
        replaces ``|version|`` before the walk): it is not written there."""
        if _WORD.search(text):
            line0 = self.line if self.line is not None else self.block_line
            start = self.lines.line_start(line0)
            if not _SUBSTITUTION.search(self.source, start, self.lines.line_start(line0 + 1)):
                self.unplaced.append(start)

    def text(self, node: nodes.Text, builder: SegmentBuilder) -> None:
        content = written_lines(node)  # escapes resolved: "\\ " stands for nothing
        start = builder.length
        whole = True
        placed = 0
        back = self.back
        for i, part in enumerate(content.split("\n")):
            if i:
                if self.line is None:
                    builder.add_placeholder()
                    whole = False
                    continue
                # The line break: one character, at the cursor or the line's end;
                # then the cursor moves to the next line's start (:meth:`next_line`).
                at = min(self.pos, self.bounds(self.line)[1])
                builder.add_verbatim("\n", at if back is None else back[at])
                self.line += 1
                self.pos = self.bounds(self.line)[0]
            if not part:
                continue
            found = self.place(part)
            if found is None:
                self.miss(part)
                builder.add_placeholder()
                whole = False
                continue
            offsets, self.pos = found
            if back is None and type(offsets) is range:
                builder.add_copied(part, offsets.start)  # the common case: copied as written
            else:
                builder.add_prose(part, offsets if back is None else [back[o] for o in offsets])
            placed += len(part)
        if self.placed is not None:
            self.placed[id(node)] = placed
        if whole and builder.length - start == len(content) == len(node):  # nothing masked or escaped
            self.block_nodes.append((start, node))

    def place(self, part: str) -> tuple[Sequence[int], int] | None:
        """Align one line of text on the current line, or, when inline markup
        whose extent the parser did not keep (a role's output) ran over a line
        break, on a later line of the block's own lines."""
        if self.line is None:
            return None
        found = locate(self.source, self.pos, self.bounds(self.line)[1], part, self.csv_marks)
        line0 = self.line
        while found is None and line0 < min(self.last_block_line(), len(self.lines.starts) - 1):
            line0 += 1
            lo, hi = self.bounds(line0)
            found = locate(self.source, lo, hi, part, self.csv_marks)
            if found is not None:
                self.line = line0
        return found

    def past(self, raw: str) -> tuple[int, int] | None:
        """Move past inline markup written as ``raw`` (a role, a literal), which
        may run over several lines; its source span, or None (and no move) when
        it is not on the current line."""
        raw = raw.replace("\x00", "\\").strip()  # docutils keeps a backslash as NUL
        if self.line is None or not raw:
            return None
        first, *rest = raw.split("\n")
        found = self.source.find(first, self.pos, self.bounds(self.line)[1])
        if found < 0:
            return None
        self.pos = found + len(first)
        for line in rest:
            self.next_line()
            line = line.strip()
            end = self.source.find(line, self.pos, self.bounds(self.line)[1])
            if end >= 0:
                self.pos = end + len(line)
        return found, self.pos

    # -- inline -------------------------------------------------------------

    def inline(self, node: nodes.Element, builder: SegmentBuilder) -> None:
        for child in node.children:
            if isinstance(child, nodes.Text):
                self.text(child, builder)
            elif (target := self.term_target(child)) is not None:
                span = self.past(child.rawsource)
                if span is None and self.line is not None:
                    # MyST writes {term}`X` but reports :term:`X` as raw source
                    span = self.past(target)
                if span is not None:
                    self.references.append(TermReference(target, "role", *self.span(*span)))
                builder.add_placeholder()
            elif (isinstance(child, nodes.reference) or self.is_link(child)) and not self.non_prose_class(
                child
            ):
                start = self.pos
                line = self.line
                builder.begin_title(link=True)
                self.inline(child, builder)
                builder.end_title()
                self.past_link(child, start, line)
                href = str(child.get("refuri") or child.get("reftarget") or "")
                if child.get("reftargetid"):  # MyST: reftarget="glossary", reftargetid="encodec"
                    href += "#" + str(child["reftargetid"])
                anchor = glossary_anchor(str(href), self.glossary_page)
                if anchor is not None:
                    self.references.append(TermReference(anchor, "anchor", *self.span(start, self.pos)))
            elif isinstance(child, nodes.Element) and GENERATED_CLASSES.intersection(
                child.get("classes", ())
            ):
                builder.add_placeholder()  # not in the source at all
            elif isinstance(child, self.inline_non_prose) or self.non_prose_class(child):
                if _hard_break(child):
                    if not _hard_break(child.previous_sibling()):
                        self.next_line()
                else:
                    self.past(child.rawsource)
                builder.add_placeholder()
            elif isinstance(child, nodes.strong):
                builder.begin_title()
                self.inline(child, builder)
                builder.end_title()
            elif isinstance(child, nodes.Element):
                self.inline(child, builder)

    def past_link(self, node: nodes.Element, start: int, line: int | None) -> None:
        """After a link's text, move past the rest of its markup (``<target>`_``),
        which may wrap onto later lines, so text after it is not looked for
        inside the target."""
        raw = node.rawsource if isinstance(node.rawsource, str) else ""
        if not raw or line is None or self.line is None:
            return
        if "\n" not in raw:
            if line == self.line:
                found = self.source.find(raw, start, self.bounds(line)[1])
                if found >= 0:
                    self.pos = max(self.pos, found + len(raw))
            return
        while self.line < line + raw.count("\n"):
            self.next_line()
        last = raw.rsplit("\n", 1)[1].strip()
        found = self.source.find(last, self.bounds(self.line)[0], self.bounds(self.line)[1])
        if found >= 0:
            self.pos = max(self.pos, found + len(last))

    def non_prose_class(self, node: nodes.Node) -> bool:
        return isinstance(node, nodes.Element) and bool(self.non_prose_classes.intersection(node["classes"]))

    @staticmethod
    def is_link(node: nodes.Node) -> bool:
        """A MyST link to a document (``[text](other.md#anchor)``) before resolution."""
        return isinstance(node, nodes.Element) and node.get("reftype") == "myst"


def text_of(node: nodes.Text) -> str:
    """``node.astext()``: the text with docutils' escapes resolved (it keeps
    each escaping backslash as a NUL).  Without a NUL that is the text itself,
    and no call of docutils' ``unescape`` (three splits and joins) is needed:
    the walk asks for every Text node's text once or twice."""
    return node.astext() if "\x00" in node else str(node)


def written_lines(node: nodes.Text) -> str:
    """:func:`text_of`, but with each line ended by a backslash (``...the\\``,
    then ``next line``) still ended there.  Docutils drops an escaped line
    break and joins the two lines' words; the source still writes them on
    two lines, and the walk places a text line by line, so it reads the
    break as the line break it is written as: each line is found where it
    stands, and no word is made of the end of one and the start of the next."""
    if "\x00\n" not in node:
        return text_of(node)
    return nodes.unescape(str(node).replace("\x00\n", "\n"))


def line_breaks(node: nodes.Node) -> int:
    """How many line breaks ``node.astext()`` holds, counted without building
    it: an element that takes its text from docutils' ``Element.astext`` (its
    children's texts joined by its separator) adds up its children's."""
    if isinstance(node, nodes.Text):
        return text_of(node).count("\n")
    if type(node).astext is not _ELEMENT_ASTEXT:
        return node.astext().count("\n")
    children = node.children
    joins = node.child_text_separator.count("\n") * (len(children) - 1) if children else 0
    return joins + sum(map(line_breaks, children))


_ELEMENT_ASTEXT = nodes.Element.astext


def _wrapped(text: nodes.Text, stop: nodes.Node) -> bool:
    """Whether inline markup holding ``text`` runs over a line break that its
    text does not show: a link whose target is on the next line
    (```potter\n<https://...>`_``) ends the block's first line after its
    text, and what follows it is on a later line, not beside it."""
    parent = text.parent
    while parent is not None and parent is not stop:
        raw = getattr(parent, "rawsource", "")
        if isinstance(raw, str) and "\n" in raw and "\n" not in parent.astext():
            return True  # (an element whose text keeps the break ends its line there itself)
        parent = parent.parent
    return False


def _hard_break(node: nodes.Node | None) -> bool:
    """A line break written as raw output: MyST writes a hard break as
    ``<br />`` and ``\\\\`` side by side, one per output format, which
    together end one line."""
    return isinstance(node, nodes.raw) and node.astext().endswith("\n")


_WORD_RUN = re.compile(r"\w+")
#: The attribute of a table node that holds its csv-table's quote and escape
#: characters (``:escape: '``): set by the reST front-end (:mod:`.rest`), read by the walk.
CSV_MARKS = "csv-marks"
#: The columns of a line outside a table: all of it.
_WHOLE_LINE: Columns = (0, None)
#: How many lines after the previous block a block without a usable line is looked for.
_NEARBY = 40


def _opening(
    word: re.Match[str] | None, opening: str | None, whole: str
) -> tuple[str | None, str | None, str | None]:
    """:meth:`_Walker.opening`'s answer: the whole first line only where it is more than the opening."""
    return (word.group(0) if word else None), opening, (whole if whole != opening else None)


def _passes(source: str, lo: int, hi: int, text: str, is_word: bool, marks: str = "") -> bool:
    """Whether ``source[lo:hi]`` passes one test of :meth:`_Walker.anchor`:
    it holds ``text`` (a word standing alone, or a line of text as the
    parser reported it, ``marks`` a csv-table's syntax: :func:`locate`)."""
    return _has_word(source, lo, hi, text) if is_word else locate(source, lo, hi, text, marks) is not None


def _has_word(source: str, lo: int, hi: int, word: str) -> bool:
    """Whether ``source[lo:hi]`` holds ``word`` with no letter or digit either
    side.  A search, not a pattern compiled per block: compiling one for each
    block's first word was a tenth of a reST handbook's run."""
    at = source.find(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and source[at - 1].isalnum()) and not (end < hi and source[end].isalnum()):
            return True
        at = source.find(word, at + 1, hi)
    return False


def _candidate_lines(node: nodes.Element) -> list[int]:
    """0-based lines a block may start on, most likely first."""
    # A block rebuilt by a transform (Sphinx's version notes) may have lost its
    # line, but the inline element holding its old content kept it.
    if not node.line:
        inner = next((n for n in node.findall(nodes.Inline) if getattr(n, "line", None)), None)
        if inner is not None:
            return [inner.line - 1, inner.line - 2, inner.line]
    holder: nodes.Node | None = node
    while holder is not None:
        line = getattr(holder, "line", None)
        if line:
            return [line - 1, line - 2, line]
        holder = holder.parent
    return []
