"""Doctree front-end: any docutils doctree to prose segments.

Both docutils (for reST files) and Sphinx (for reST and MyST, while a site
builds) produce doctrees; this walker turns one into the segments the
matcher reads.  Titles are headings, table header rows and row labels are
titles, strong text and link text are title ranges; code, math, raw
output, comments, targets and error nodes are not prose.  Text nodes carry
no offsets, so, as in the Markdown front-end, one forward cursor locates
each text in the source file in document order.  Each caller says how it
spells a term reference (``term_target``) and which of its own node types
are not prose.
"""

from __future__ import annotations

from collections.abc import Callable

from docutils import nodes

from ..document import Comment, Document, TermReference
from ..segments import BlockKind, LineIndex, Segment, SegmentBuilder, SourceText
from .html import html_comments
from .links import glossary_anchor

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
    nodes.option_list,
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
)


#: For each segment, where its Text nodes start in its text: ``(start, node)``.
TextNodes = dict[int, list[tuple[int, nodes.Text]]]


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
) -> Document:
    """The document a doctree of ``source`` holds.

    With ``text_nodes``, also record, by ``id()`` of each segment, which Text
    node each verbatim stretch of its text came from, so a caller can act on
    the nodes behind a mention (the Sphinx extension links them).
    """
    walker = _Walker(source, term_target, skipped, inline_non_prose, glossary_page)
    # Sphinx builds MyST pages too; their escapes are CommonMark's.
    walker.located = SourceText(source, markdown=not path.endswith((".rst", ".rest", ".txt")))
    walker.text_nodes = text_nodes
    walker.visit(doctree, BlockKind.PARAGRAPH)
    return Document(
        path, source, tuple(walker.segments), tuple(walker.references), tuple(walker.comments), walker.lines
    )


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
        self.located = SourceText(source, markdown=False)
        self.glossary_page = glossary_page
        self.text_nodes: TextNodes | None = None
        self.block_nodes: list[tuple[int, nodes.Text]] = []
        self.term_target = term_target
        self.skipped = _SKIPPED + skipped
        self.inline_non_prose = _INLINE_NON_PROSE + inline_non_prose
        self.lines = LineIndex(source)
        self.segments: list[Segment] = []
        self.references: list[TermReference] = []
        self.comments: list[Comment] = []
        self.pos = 0
        self.labelled: set[int] = set()

    def visit(self, node: nodes.Node, kind: BlockKind) -> None:
        if isinstance(node, nodes.comment):
            self.comment(node)
            return
        if isinstance(node, nodes.raw) and "html" in node.get("format", "").split():
            text = node.astext()
            for start, end, body in html_comments(text):
                self.comment_text(body, text[start:end])
            return
        if isinstance(node, self.skipped):
            self.advance_past(node)
            return
        if isinstance(node, _BLOCKS):
            block_kind = (
                BlockKind.HEADING if isinstance(node, (nodes.title, nodes.subtitle, nodes.rubric)) else kind
            )
            explicit = isinstance(node, nodes.title) and id(node.parent) in self.labelled
            self.block(node, block_kind, explicit)
            return
        if isinstance(node, nodes.row):
            entries = [c for c in node.children if isinstance(c, nodes.entry)]
            for i, entry in enumerate(entries):
                cell: BlockKind
                if kind is BlockKind.TABLE_HEADER:
                    cell = kind
                else:
                    cell = BlockKind.TABLE_ROW_HEADER if i == 0 else BlockKind.TABLE_CELL
                self.visit(entry, cell)
            return
        if isinstance(node, nodes.thead):
            kind = BlockKind.TABLE_HEADER
        elif isinstance(node, nodes.tbody):
            kind = BlockKind.TABLE_CELL
        previous = None
        for child in node.children:
            # ".. _label:" right before a section gives it an explicit anchor.
            if (
                isinstance(child, nodes.section)
                and isinstance(previous, nodes.target)
                and not previous.get("refuri")
            ):
                self.labelled.add(id(child))
            self.visit(child, kind)
            previous = child

    def advance_past(self, node: nodes.Node) -> None:
        """Move the cursor over a skipped block so later text is not found in it."""
        raw = getattr(node, "rawsource", "") or ""
        first = raw.strip().split("\n", 1)[0] if isinstance(raw, str) else ""
        if first:
            found = self.source.find(first, self.pos)
            if found >= 0:
                self.pos = found + len(first)

    def comment(self, node: nodes.comment) -> None:
        self.comment_text(node.astext(), node.astext())

    def comment_text(self, text: str, raw: str) -> None:
        """Record a comment; ``raw`` is how it is written (to find its line)."""
        found = self.source.find(raw.split("\n", 1)[0], self.pos) if raw else -1
        if found < 0:
            return
        line, _ = self.lines.position(found)
        self.comments.append(Comment(text, line, line + raw.count("\n")))
        self.pos = found + len(raw.split("\n", 1)[0])

    def block(self, node: nodes.Element, kind: BlockKind, explicit_anchor: bool = False) -> None:
        builder = SegmentBuilder(kind)
        builder.explicit_anchor = explicit_anchor
        self.block_nodes = []
        self.inline(node, builder)
        segment = builder.build()
        if segment is not None:
            self.segments.append(segment)
            if self.text_nodes is not None:
                self.text_nodes[id(segment)] = self.block_nodes

    def inline(self, node: nodes.Element, builder: SegmentBuilder) -> None:
        for child in node.children:
            if isinstance(child, nodes.Text):
                self.text(child, builder)
            elif (target := self.term_target(child)) is not None:
                raw = child.rawsource
                found = self.source.find(raw, self.pos) if raw else -1
                if found < 0:  # MyST writes {term}`X` but reports :term:`X` as raw source
                    raw = target
                    found = self.source.find(raw, self.pos) if raw else -1
                if found >= 0:
                    self.references.append(TermReference(target, "role", found, found + len(raw)))
                    self.pos = found + len(raw)
                builder.add_placeholder()
            elif isinstance(child, nodes.reference) or self.is_link(child):
                start = self.pos
                builder.begin_title(link=True)
                self.inline(child, builder)
                builder.end_title()
                href = str(child.get("refuri") or child.get("reftarget") or "")
                if child.get("reftargetid"):  # MyST: reftarget="glossary", reftargetid="encodec"
                    href += "#" + str(child["reftargetid"])
                anchor = glossary_anchor(str(href), self.glossary_page)
                if anchor is not None:
                    self.references.append(TermReference(anchor, "anchor", start, self.pos))
            elif isinstance(child, self.inline_non_prose):
                self.skip(child)
                builder.add_placeholder()
            elif isinstance(child, nodes.strong):
                builder.begin_title()
                self.inline(child, builder)
                builder.end_title()
            elif isinstance(child, nodes.Element):
                self.inline(child, builder)

    @staticmethod
    def is_link(node: nodes.Node) -> bool:
        """A MyST link to a document (``[text](other.md#anchor)``) before resolution."""
        return isinstance(node, nodes.Element) and node.get("reftype") == "myst"

    def text(self, node: nodes.Text, builder: SegmentBuilder) -> None:
        content = str(node)
        found = self.located.locate(self.pos, len(self.source), content)
        if found is None:
            builder.add_placeholder()
            return
        offsets, self.pos = found
        start = builder.length
        builder.add_prose(content, offsets)
        if builder.length - start == len(content):  # nothing in it was masked
            self.block_nodes.append((start, node))

    def skip(self, node: nodes.Node) -> None:
        raw = getattr(node, "rawsource", "") or ""
        if raw:
            found = self.source.find(raw, self.pos)
            if found >= 0:
                self.pos = found + len(raw)
