"""Markdown front-end: markdown-it-py tokens to prose segments.

markdown-it-py knows what is prose and what is not (code, math, HTML, link
destinations, front matter, directive bodies), but its inline tokens carry
no character offsets.  The walker keeps one cursor that only moves forward
through the source and locates each token's text from it
(:func:`glossary_lint.sources.segments.locate`), stepping over the markup it knows
each token has.  Because tokens come in document order, a token is always
found at its own place, never in an earlier code span or link target.

Supported: CommonMark, GFM tables and strikethrough, YAML front matter,
``$``/``$$`` math, MathJax's ``\\(``/``\\[`` math (:mod:`.bracket_math`),
MyST roles and directives, colon fences (Docusaurus ``:::note``
admonitions and MyST ``:::{note}``), definition lists (MyST's ``deflist``:
``Term`` over ``: definition``, the term a headword), HTML and JSX tags.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..lazy_re import lazy_compile
from .anchors import heading_attributes
from .bracket_math import bracket_math_spans, masked
from .document import Comment, Document, TermReference
from .glossary_items import DEFINITION_MARKER, item_lines, split_classifier
from .html import html_comments
from .html_text import html_segments
from .links import glossary_anchor
from .mdx import mdx_masked
from .segments import (
    PLACEHOLDER,
    BlockKind,
    LineIndex,
    Segment,
    SegmentBuilder,
    SourceText,
    may_hold_non_prose,
    next_line_break,
)

#: Directives and admonitions whose body is prose; any other directive's
#: body (code-block, math, toctree, ...) is skipped.  The layout containers
#: of sphinx-design and sphinx-tabs (``tab-set``, ``grid``, ...) hold only
#: other directives, but those are tabs and cards of prose: skipping the
#: container would leave every tab and card in it unchecked.
PROSE_DIRECTIVES = frozenset(
    """
note tip info warning caution danger important hint attention error seealso admonition
topic sidebar epigraph highlights pull-quote versionadded versionchanged deprecated
dropdown tab-item card margin figure
tab-set tab grid grid-item grid-item-card card-carousel
""".split()
)
#: Layout containers whose argument, if any, sets columns or counts, not a title.
_LAYOUT_CONTAINERS = frozenset({"tab-set", "grid", "grid-item", "card-carousel"})

#: The directive whose body is a glossary: name lines over indented definitions.
GLOSSARY_DIRECTIVE = "glossary"
#: Prose directives whose argument, on the opening line, is text to read: a
#: title (``admonition``, ``topic``, ``dropdown``, ...), or the first line of
#: a note that takes none.  A version directive's argument is a version, a
#: figure's the image's path (its body, the caption and legend, is prose).
TITLED_DIRECTIVES = (
    PROSE_DIRECTIVES
    - _LAYOUT_CONTAINERS
    - {
        "versionadded",
        "versionchanged",
        "deprecated",
        "seealso",
        "figure",
    }
)

#: How deep admonitions may nest inside each other before the rest is skipped.
MAX_DIRECTIVE_DEPTH = 16

#: A fence's opening and the directive's name (``:::{note}``, ```` ```{admonition} ````, ``:::tip``).
_DIRECTIVE_OPENING = lazy_compile(r"[ \t]*(?:`{3,}|~{3,}|:{3,})[ \t]*(?:\{[^{}\s]+\}|[\w-]+)[ \t]*")
_OPTION_LINE = lazy_compile(r"\s*:[\w-]+:")
#: An MDX (Docusaurus) ``import``/``export`` statement opening a paragraph:
#: JavaScript, not prose, though CommonMark reads it as a paragraph.
_ESM = lazy_compile(
    r"(?:import|export)\s+(?:[{*\"']|(?:default|const|let|var|function|class|async|type|interface)\b"
    r"|[\w$]+\s*(?:,|\bfrom\b))"
)
#: Inside a text token, not prose: MDX and template expressions (``{x.y}``,
#: ``{{ page.title }}``) and footnote labels (``[^note]``, ``[^note]:``).
_TEXT_NOT_PROSE = lazy_compile(r"\{\{.*?\}\}|\{[^{}\n]*\}|\[\^[^\]\s]+\]:?")
#: What a segment's text may be made of and still be empty (:meth:`SegmentBuilder.build`).
_BLANK_TEXT = PLACEHOLDER + " \t\n"
#: The block tokens :meth:`_Walker.walk` acts on; it steps over the others
#: (paragraph and list item boundaries, row ends, table parts) at one look-up each.
_WALKED = frozenset(
    """heading_open heading_close tr_open th_open th_close td_open td_close inline fence colon_fence
html_block myst_line_comment dt_open dt_close""".split()
)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from mdit_py_plugins.colon_fence import colon_fence_plugin
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.myst_blocks import myst_block_plugin
    from mdit_py_plugins.myst_role import myst_role_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return (
        md.use(front_matter_plugin)
        .use(dollarmath_plugin, double_inline=True)
        .use(colon_fence_plugin)
        .use(myst_role_plugin)
        .use(myst_block_plugin)
        .use(deflist_plugin)
    )


def parse_markdown(path: str, source: str, glossary_page: str = "glossary") -> Document:
    """Parse a Markdown document into prose segments, term references and comments."""
    return _read(path, source, glossary_page)[0]


def markdown_reach(
    path: str, source: str, glossary_page: str = "glossary"
) -> tuple[int, int, list[tuple[int, str]]]:
    """Characters of prose text markdown-it reports, how many of them reached a
    segment, and ``(line, text)`` of each text that did not (see :mod:`glossary_lint.workflows.reach`)."""
    walker = _read(path, source, glossary_page)[1]
    return walker.seen, walker.reached, walker.missed


def _read(path: str, source: str, glossary_page: str) -> tuple[Document, _Walker]:
    lines = LineIndex(source)
    # MDX's JSX, import/export lines and {expressions} are blanked out of the
    # text the walker parses; offsets and lines stay those of the source.
    text = mdx_masked(source) if path.lower().endswith(".mdx") else source
    walker = _Walker(text, lines, glossary_page)
    walker.walk(walker.source, line=0, depth=0)
    document = Document(
        path,
        source,
        masked(walker.segments, bracket_math_spans(text)),
        tuple(walker.references),
        tuple(walker.comments),
        lines,
        tuple(sorted(set(walker.unplaced))),
    )
    return document, walker


class _Walker:
    def __init__(self, source: str, lines: LineIndex, glossary_page: str) -> None:
        self.source = source
        self.located = SourceText(source, markdown=True)
        self.lines = lines
        self.glossary_page = glossary_page
        self.segments: list[Segment] = []
        self.references: list[TermReference] = []
        self.comments: list[Comment] = []
        self.pos = 0
        self.explicit_anchor = False
        #: markdown-it's environment of the whole document: an admonition's
        #: body is parsed on its own, and its reference links (``[text][label]``)
        #: need the definitions found anywhere in the document.
        self.env: dict[str, Any] = {}
        #: The reach measure: prose characters seen and placed, and what was missed.
        self.seen = 0
        self.reached = 0
        self.missed: list[tuple[int, str]] = []
        #: Source offsets of lines holding prose that could not be placed.
        self.unplaced: list[int] = []

    # -- blocks -------------------------------------------------------------

    def walk(self, body: str, line: int, depth: int) -> None:
        """Walk the blocks of ``body``, the source from 0-based line ``line`` on.

        Token maps count lines of ``body``; adding ``line`` makes them lines
        of the source, whose offsets every other step uses.
        """
        kind = BlockKind.PARAGRAPH
        first_cell = False
        target_before = False
        #: Inside a definition list's term (``Term`` over ``: definition``): a headword.
        headword = False
        text = self.source
        for token in _parser().parse(body, self.env):
            ttype = token.type
            if ttype not in _WALKED:  # paragraph and list item boundaries, row ends, table parts
                target_before = ttype == "myst_target"
                continue
            if line and token.map:
                token.map = [token.map[0] + line, token.map[1] + line]
            if ttype == "heading_open":
                kind = BlockKind.HEADING
                self.explicit_anchor = target_before
            elif ttype == "tr_open":
                first_cell = True
            elif ttype == "th_open":
                kind = BlockKind.TABLE_HEADER
            elif ttype == "td_open":
                kind = BlockKind.TABLE_ROW_HEADER if first_cell else BlockKind.TABLE_CELL
                first_cell = False
            elif ttype in ("heading_close", "th_close", "td_close"):
                kind = BlockKind.PARAGRAPH
            elif ttype in ("dt_open", "dt_close"):
                headword = ttype == "dt_open"
            elif ttype == "inline" and token.map:
                if kind is BlockKind.PARAGRAPH and _ESM.match(token.content):
                    continue
                if headword and token.map[1] <= token.map[0]:
                    token.map = [token.map[0], token.map[0] + 1]  # the plugin maps a term to no line
                self.inline(text, token, kind, headword)
            elif ttype in ("fence", "colon_fence") and token.map:
                self.directive(token, depth)
            elif ttype == "html_block" and token.map:
                self.html_comments(token.content, token.map[0] + 1)
                self.html_prose(text, token)
            elif ttype == "myst_line_comment" and token.map:
                self.comments.append(Comment(token.content, token.map[0] + 1, token.map[1]))
            target_before = ttype == "myst_target"

    def directive(self, token: Token, depth: int) -> None:
        """Walk an admonition's title and body as Markdown, a glossary's items
        as headwords and definitions (:meth:`glossary`); skip any other fence.

        Only the body is parsed again, so a document of many admonitions
        costs two parses of its text, not one parse of the whole document
        per admonition.
        """
        name = token.info.strip().split(" ", 1)[0].strip("{}").lower() if token.info else ""
        if token.map is None or depth >= MAX_DIRECTIVE_DEPTH:
            return
        if name not in PROSE_DIRECTIVES and name != GLOSSARY_DIRECTIVE:
            return
        if name in TITLED_DIRECTIVES:
            self.title(token.map[0])
        first, last = token.map[0] + 1, token.map[1]
        closing = self._line(last - 1).strip()
        if last - 1 > token.map[0] and closing.startswith(token.markup[:3]):
            last -= 1
        while first < last and _OPTION_LINE.match(self._line(first)):
            first += 1
        if first < last and self._line(first).strip() == "---":
            end = next((i for i in range(first + 1, last) if self._line(i).strip() == "---"), None)
            if end is not None:
                first = end + 1
        start, stop = self.lines.line_start(first), self.lines.line_start(last)
        if start >= stop:
            return
        if name == GLOSSARY_DIRECTIVE and not DEFINITION_MARKER.search(self.source, start, stop):
            self.glossary(first, last, depth)
            return
        self.body(first, last, depth, self.source[start:stop])

    def body(self, first: int, last: int, depth: int, body: str) -> None:
        """Walk ``body``, the text of source lines ``first`` to ``last``
        (0-based, ``last`` excluded) with as many lines, as Markdown."""
        saved = self.pos
        self.pos = self.lines.line_start(first)
        # A blank line first: the body's first line is never front matter.
        self.walk("\n" + body, first - 1, depth + 1)
        self.pos = max(saved, self.pos)

    def glossary(self, first: int, last: int, depth: int) -> None:
        """A MyST glossary's body as Sphinx reads it (:mod:`.glossary_items`):
        each name line a headword, each definition Markdown of its own,
        dedented as Sphinx dedents it before MyST parses it."""
        lines = [self._line(i) for i in range(first, last)]
        for item in item_lines(lines):
            for index in item.term_lines:
                term = split_classifier(lines[index])[0].rstrip()
                start = self.lines.line_start(first + index)
                self.line_segment(start, start + len(term), BlockKind.PARAGRAPH, headword=True)
            if item.definition_lines:
                top, bottom = first + item.definition_lines[0], first + item.definition_lines[-1] + 1
                text = self.source[self.lines.line_start(top) : self.lines.line_start(bottom)]
                self.body(top, bottom, depth, textwrap.dedent(text))

    def title(self, line0: int) -> None:
        """The argument on a directive's opening line (``:::{admonition} Title``,
        ``:::note Title``): a title, read as a heading's text.  myst-parser
        reads it as the first line of a note's body, mystmd as its title; a
        heading's leniency about capitals suits both."""
        start = self.lines.line_start(line0)
        line = self._line(line0)
        opening = _DIRECTIVE_OPENING.match(line)
        if opening is None or not line[opening.end() :].strip():
            return
        saved = self.explicit_anchor
        self.explicit_anchor = True  # no anchor is made from it: rewording it breaks no link
        self.line_segment(start + opening.end(), start + len(line.rstrip()), BlockKind.HEADING)
        self.explicit_anchor = saved

    def line_segment(self, start: int, end: int, kind: BlockKind, headword: bool = False) -> None:
        """Source ``[start, end)``, on one line, as the inline Markdown of a segment."""
        parsed = _parser().parseInline(self.source[start:end], self.env)[0]
        line0 = self.lines.position(start)[0] - 1
        parsed.map = [line0, line0 + 1]
        self.pos = max(self.pos, start)
        self.inline(self.source, parsed, kind, headword)

    def _line(self, line0: int) -> str:
        start = self.lines.line_start(line0)
        end = next_line_break(self.source, start, len(self.source))
        return self.source[start : end[0] if end else len(self.source)]

    def html_comments(self, content: str, line: int) -> None:
        for start, end, body in html_comments(content):
            first = line + content.count("\n", 0, start)
            self.comments.append(Comment(body, first, first + content.count("\n", start, end)))

    def html_prose(self, text: str, token: Token) -> None:
        """The text of a raw HTML block as prose (:mod:`.html_text`), a segment per
        block a browser lays out: a cell, a paragraph, a heading."""
        assert token.map is not None
        base = self.lines.line_start(token.map[0])
        limit = self.lines.line_start(token.map[1])
        # A top-level block's content is its source; one inside a list or a
        # quote is dedented, and each text is found from the cursor instead.
        exact = text.startswith(token.content, base)

        def place(builder: SegmentBuilder, start: int, end: int) -> None:
            content = token.content[start:end]
            if exact:
                self.pos = max(self.pos, base + start)
                self.prose(text, content, builder, limit, mapped=True)
            else:
                self.dedented_prose(text, content, builder, limit)

        self.segments.extend(html_segments(token.content, place))
        self.pos = max(self.pos, limit)

    def dedented_prose(self, text: str, content: str, builder: SegmentBuilder, limit: int) -> None:
        """Text of a block whose lines lost their indentation: each line found
        from the cursor, the line breaks between them taken from the source."""
        for number, line in enumerate(content.split("\n")):
            if number:
                found = next_line_break(text, self.pos, limit)
                if found is None:
                    builder.add_placeholder()
                else:
                    builder.add_verbatim(text[found[0] : found[1]], found[0])
                    self.pos = found[1]
                line = line.lstrip()
            if line.strip():
                self.prose(text, line, builder, limit, mapped=True)
            elif line:
                builder.add_placeholder()

    # -- inline -------------------------------------------------------------

    def inline(self, text: str, token: Token, kind: BlockKind, headword: bool = False) -> None:
        assert token.map is not None
        # LineIndex.line_start of both lines, written out: a walk does this
        # for every block of prose, and a Python call costs more than the look-up.
        first, last = token.map
        starts = self.lines.starts
        begin = starts[first] if first < len(starts) else self.lines.length
        if begin > self.pos:
            self.pos = begin
        limit = starts[last] if last < len(starts) else self.lines.length
        children = token.children or []
        if len(children) == 1 and self.lone_text(children[0], kind, limit, headword):
            return
        builder = SegmentBuilder(kind)
        builder.headword = headword
        if kind is BlockKind.HEADING:
            builder.explicit_anchor = self.explicit_anchor
            children = self.heading_id(children, builder)
        self.children(text, children, builder, limit)
        segment = builder.build()
        if segment is not None:
            self.segments.append(segment)

    def lone_text(self, token: Token, kind: BlockKind, limit: int, headword: bool) -> bool:
        """A block whose inline content is one text written as it is in the
        source, with nothing in it for :meth:`prose` to set apart (four of
        five of the handbook's blocks): its segment made at once, as the
        builder would make it from :meth:`children`.  False, with nothing
        done, for any other block.  A heading's text without a brace holds
        no ``{#id}`` for :meth:`heading_id` to strip."""
        content = token.content
        if token.type != "text" or "{" in content or "[^" in content or may_hold_non_prose(content):
            return False
        pos, length = self.pos, len(content)
        # SourceText.locate's first try, written out: the text as written, near the cursor.
        at = self.source.find(content, pos, min(limit, pos + 2 * length + 64))
        if at < 0:
            found = self.located.locate(pos, limit, content)
            if found is None or type(found[0]) is not range:
                return False
            at = found[0].start
        self.pos = at + length
        self.seen += length
        self.reached += length
        if content.strip(_BLANK_TEXT):
            pieces = ((0, at, length),)
            anchor = self.explicit_anchor if kind is BlockKind.HEADING else False
            self.segments.append(Segment(content, kind, pieces, explicit_anchor=anchor, headword=headword))
        return True

    def children(self, text: str, tokens: list[Token], builder: SegmentBuilder, limit: int) -> None:
        autolink = False
        #: Inside a link whose text is its label: not prose, so never rewritten.
        label = False
        link_start: list[tuple[int, str]] = []
        for tok in tokens:
            ttype = tok.type
            if ttype == "text":
                self.prose(text, tok.content, builder, limit, mapped=not (autolink or label))
            elif ttype in ("softbreak", "hardbreak"):
                found = next_line_break(text, self.pos, limit)
                if found is not None:
                    builder.add_verbatim(text[found[0] : found[1]], found[0])
                    self.pos = found[1]
                else:
                    builder.add_placeholder()
            elif ttype == "code_inline":
                self.skip_code(text, tok.markup, limit)
                builder.add_placeholder()
            elif ttype == "myst_role":
                self.role(text, tok, limit)
                builder.add_placeholder()
            elif ttype in ("math_inline", "math_inline_double", "html_inline"):
                if ttype == "html_inline":
                    self.html_comments(tok.content, self.lines.position(self.pos)[0])
                at = self.skip_text(text, tok.content, limit)
                builder.add_placeholder()
                if ttype != "html_inline" and at >= 0:
                    self.closing_stop(tok.content, at, builder)
            elif ttype == "link_open":
                if tok.markup == "autolink" or tok.info == "auto":
                    autolink = True
                elif self.label_link(text, limit):
                    label = True
                    link_start.append((self.pos, str(tok.attrs.get("href", ""))))
                else:
                    builder.begin_title(link=True)
                    bracket = text.find("[", self.pos, limit)
                    link_start.append((bracket if bracket >= 0 else self.pos, str(tok.attrs.get("href", ""))))
            elif ttype == "link_close":
                if label:
                    label = False
                    builder.add_placeholder()
                    self.skip_destination(text, limit)
                    if link_start:
                        start, href = link_start.pop()
                        self.anchor_reference(href, start, self.pos)
                elif autolink:
                    autolink = False
                    builder.add_placeholder()
                    end = text.find(">", self.pos, limit)
                    self.pos = end + 1 if end >= 0 else self.pos
                else:
                    builder.end_title()
                    self.skip_destination(text, limit)
                    if link_start:
                        start, href = link_start.pop()
                        self.anchor_reference(href, start, self.pos)
            elif ttype == "image":
                builder.begin_title()
                self.children(text, tok.children or [], builder, limit)
                builder.end_title()
                self.skip_destination(text, limit)
            elif ttype == "strong_open":
                builder.begin_title()
            elif ttype == "strong_close":
                builder.end_title()

    @staticmethod
    def closing_stop(content: str, found: int, builder: SegmentBuilder) -> None:
        """The full stop (or ``?``, ``!``) closing a formula written as the
        last thing of its sentence, inside the math (``$F(x)\\,dx.$``): it
        still ends the sentence, so the word after it may start with a
        capital.  It is kept after the formula's placeholder, at its offset."""
        written = content.rstrip()
        if written.endswith((".", "?", "!")) and not written.endswith(".."):
            builder.add_verbatim(written[-1], found + len(written) - 1)

    @staticmethod
    def heading_id(children: list[Token], builder: SegmentBuilder) -> list[Token]:
        """Strip a trailing ``{#custom-id}`` from a heading: it is an explicit
        anchor, not prose."""
        if children and children[-1].type == "text":
            found = heading_attributes(children[-1].content)
            if found is not None and found[1] is not None:
                builder.explicit_anchor = True
                last = children[-1].copy()
                last.content = last.content[: found[0]]
                return [*children[:-1], last]
        return children

    def prose(self, text: str, content: str, builder: SegmentBuilder, limit: int, mapped: bool) -> None:
        found = self.located.locate(self.pos, limit, content)
        if mapped:
            self.seen += len(content)
        if found is None:
            if mapped:
                self.not_placed(content)
            builder.add_placeholder()
            return
        offsets, self.pos = found
        if not mapped:
            builder.add_placeholder()
            return
        self.reached += len(content)
        if type(offsets) is range and "{" not in content and "[^" not in content:
            builder.add_copied(content, offsets.start)  # most texts: written as found, in one piece
            return
        at = 0
        if "{" in content or "[^" in content:
            for match in _TEXT_NOT_PROSE.finditer(content):
                builder.add_prose(content[at : match.start()], offsets[at : match.start()])
                builder.add_placeholder()
                at = match.end()
        builder.add_prose(content[at:], offsets[at:])

    def label_link(self, text: str, limit: int) -> bool:
        """Whether the link opening at the cursor is a collapsed (``[label][]``)
        or shortcut (``[label]``) reference, whose text is its label."""
        bracket = text.find("[", self.pos, limit)
        if bracket < 0:
            return False
        close = _closing(text, bracket, limit, "[", "]")
        if close is None:
            return False
        after = text[close + 1 : close + 3]
        return after == "[]" or not after.startswith(("(", "["))

    def not_placed(self, content: str) -> None:
        """Prose that could not be placed: reported by its line, never dropped silently."""
        line = self.lines.position(self.pos)[0]
        self.missed.append((line, content))
        if re.search(r"\w", content):
            self.unplaced.append(self.lines.line_start(line - 1))

    def skip_text(self, text: str, content: str, limit: int) -> int:
        found = text.find(content, self.pos, limit) if content else -1
        if found >= 0:
            self.pos = found + len(content)
        return found

    def skip_code(self, text: str, fence: str, limit: int) -> None:
        """Move past a code span: its opening backticks, to the same run closing it."""
        opening = text.find(fence, self.pos, limit)
        if opening < 0:
            return
        closing = text.find(fence, opening + len(fence), limit)
        while closing >= 0 and text.startswith("`", closing + len(fence)):
            closing = text.find(fence, closing + len(fence) + 1, limit)
        if closing >= 0:
            self.pos = closing + len(fence)

    def skip_destination(self, text: str, limit: int) -> None:
        """Move past ``](destination "title")`` or ``][label]`` after link text."""
        close = text.find("]", self.pos, limit)
        if close < 0:
            return
        i = close + 1
        if text.startswith("(", i):
            end = _closing(text, i, limit, "(", ")")
            i = limit if end is None else end + 1
        elif text.startswith("[", i):
            end = text.find("]", i, limit)
            i = end + 1 if end >= 0 else i
        self.pos = i

    def role(self, text: str, tok: Token, limit: int) -> None:
        start = text.find("{", self.pos, limit)
        found = self.skip_text(text, tok.content, limit)
        if found < 0:
            return
        self.pos = min(limit, self.pos + 1)  # the closing backtick
        if tok.meta.get("name") == "term":
            target = re.search(r"<([^<>]+)>\s*$", tok.content)
            name = (target.group(1) if target else tok.content).strip()
            self.references.append(TermReference(name, "role", start if start >= 0 else found, self.pos))

    def anchor_reference(self, href: str, start: int, end: int) -> None:
        """A link to ``glossary#anchor`` names a term by its anchor."""
        anchor = glossary_anchor(href, self.glossary_page)
        if anchor is not None:
            self.references.append(TermReference(anchor, "anchor", start, end))


def _closing(text: str, i: int, limit: int, opener: str, closer: str) -> int | None:
    """Offset of the ``closer`` that matches the ``opener`` at ``i`` (nested
    pairs and backslash escapes stepped over), or None before ``limit``."""
    depth = 0
    while i < limit:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None
