"""reStructuredText front-end: a docutils doctree to prose segments.

Plain docutils does not know Sphinx's directives and roles.  For the time
of one parse this module registers stand-ins: directives whose body is
prose (``versionadded``, ``seealso``, ``only``, ...) parse it as reST;
code-like ones (``code-block``, ``literalinclude``, ``toctree``, domain
directives such as ``py:function``) produce nothing; code-like roles become
literals; ``:term:`` becomes a term reference that GL003 checks.  Anything
still unknown ends up in a docutils error node, which is skipped, so an
unknown directive neither crashes the run nor is linted as prose.  The
registry is restored after the parse, so a Sphinx build in the same
process is unaffected.  File inclusion and raw output are disabled.

Text nodes carry no offsets; as in the Markdown front-end, one forward
cursor locates each text in the source in document order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes, utils
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Directive, Parser, directives, roles

from ..document import Comment, Document, TermReference
from ..segments import BlockKind, LineIndex, Segment, SegmentBuilder, locate

#: Directives (Sphinx's and common extensions') whose body is prose.
PROSE_DIRECTIVES = (
    "seealso", "centered", "hlist", "glossary", "tab", "tab-item", "tab-set", "card", "dropdown",
    "grid-item-card",
)
VERSION_DIRECTIVES = ("versionadded", "versionchanged", "deprecated", "versionremoved")
CONDITIONAL_DIRECTIVES = ("only", "ifconfig")
#: Directives whose body is code, configuration or generated content.
SKIPPED_DIRECTIVES = (
    "code-block", "sourcecode", "literalinclude", "highlight", "toctree", "autosummary", "automodule",
    "autoclass", "autofunction", "automethod", "autoattribute", "autodata", "autoexception",
    "graphviz", "digraph", "graph", "plot", "doctest", "testcode", "testoutput", "testsetup",
    "testcleanup", "ipython", "jupyter-execute", "mermaid", "index", "tabularcolumns",
    "productionlist", "yaml-glossary", "currentmodule", "module", "default-role", "default-domain",
    "program", "option", "envvar", "describe", "object", "codeauthor", "sectionauthor",
    "moduleauthor", "todo", "todolist", "include", "raw", "inheritance-diagram",
)
#: Roles whose text is code, a name or a cross-reference target.
LITERAL_ROLES = (
    "code", "samp", "file", "kbd", "command", "program", "option", "envvar", "makevar", "mimetype",
    "regexp", "func", "class", "meth", "mod", "attr", "data", "exc", "obj", "const", "any", "ref",
    "doc", "numref", "download", "keyword", "token", "eq", "abbr", "guilabel", "menuselection",
    "manpage", "pep", "rfc", "dfn", "index", "confval", "external",
)

_BLOCKS = (nodes.paragraph, nodes.title, nodes.subtitle, nodes.rubric, nodes.term, nodes.caption,
           nodes.line, nodes.attribution)
_SKIPPED = (nodes.literal_block, nodes.doctest_block, nodes.math_block, nodes.raw, nodes.comment,
            nodes.system_message, nodes.problematic, nodes.substitution_definition, nodes.target,
            nodes.field_name, nodes.option_list, nodes.docinfo, nodes.pending)
_INLINE_NON_PROSE = (nodes.literal, nodes.math, nodes.raw, nodes.problematic, nodes.footnote_reference,
                     nodes.citation_reference, nodes.substitution_reference, nodes.target,
                     nodes.image, nodes.system_message)


class term_reference(nodes.Inline, nodes.TextElement):
    """Stand-in for Sphinx's ``:term:`` cross-reference."""


class _AnyOptions(dict):
    """An option spec that accepts every option unchecked."""

    def __getitem__(self, key: str) -> Any:
        return directives.unchanged

    def __contains__(self, key: object) -> bool:
        return True


class _Skipped(Directive):
    has_content = True
    optional_arguments = 64
    final_argument_whitespace = True
    option_spec = _AnyOptions()

    def run(self) -> list[nodes.Node]:
        return []


class _Prose(_Skipped):
    #: How many leading arguments are not prose (a version number, an expression).
    plain_arguments = 0

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        text = " ".join(self.arguments[self.plain_arguments:])
        if text:
            inline, messages = self.state.inline_text(text, self.lineno)
            container += nodes.paragraph(text, "", *inline)
            container += messages
        self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _VersionProse(_Prose):
    """``versionadded:: 1.0 text``: the text after the version is prose."""

    plain_arguments = 1


class _ConditionalProse(_Prose):
    """``only:: html``: the argument is an expression, the body is prose."""

    plain_arguments = 64


def _literal_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # type: ignore[no-untyped-def]
    return [nodes.literal(rawtext, utils.unescape(text))], []


def _term_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # type: ignore[no-untyped-def]
    text = utils.unescape(text)
    target = re.search(r"<([^<>]+)>\s*$", text)
    node = term_reference(rawtext, text)
    node["target"] = (target.group(1) if target else text).strip()
    return [node], []


@contextmanager
def _sphinx_stand_ins() -> Iterator[None]:
    saved_directives = dict(directives._directives)  # type: ignore[attr-defined]
    saved_roles = dict(roles._roles)  # type: ignore[attr-defined]
    try:
        for name in PROSE_DIRECTIVES:
            directives.register_directive(name, _Prose)
        for name in VERSION_DIRECTIVES:
            directives.register_directive(name, _VersionProse)
        for name in CONDITIONAL_DIRECTIVES:
            directives.register_directive(name, _ConditionalProse)
        for name in SKIPPED_DIRECTIVES:
            directives.register_directive(name, _Skipped)
        for name in LITERAL_ROLES:
            roles.register_local_role(name, _literal_role)
        roles.register_local_role("term", _term_role)
        yield
    finally:
        directives._directives.clear()  # type: ignore[attr-defined]
        directives._directives.update(saved_directives)  # type: ignore[attr-defined]
        roles._roles.clear()  # type: ignore[attr-defined]
        roles._roles.update(saved_roles)  # type: ignore[attr-defined]


def _settings() -> Any:
    settings = get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5
    settings.warning_stream = io.StringIO()
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    settings.line_length_limit = 10_000_000
    return settings


def parse_rest(path: str, source: str, glossary_page: str = "glossary") -> Document:
    """Parse a reST document into prose segments, term references and comments."""
    document = utils.new_document(path, _settings())
    with _sphinx_stand_ins():
        Parser().parse(source, document)
    walker = _Walker(source)
    walker.visit(document, BlockKind.PARAGRAPH)
    return Document(path, source, tuple(walker.segments), tuple(walker.references),
                    tuple(walker.comments))


class _Walker:
    def __init__(self, source: str) -> None:
        self.source = source
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
        if isinstance(node, _SKIPPED):
            self.advance_past(node)
            return
        if isinstance(node, _BLOCKS):
            block_kind = BlockKind.HEADING if isinstance(node, (nodes.title, nodes.subtitle, nodes.rubric)) \
                else kind
            explicit = isinstance(node, nodes.title) and id(node.parent) in self.labelled
            self.block(node, block_kind, explicit)
            return
        if isinstance(node, nodes.row):
            entries = [c for c in node.children if isinstance(c, nodes.entry)]
            for i, entry in enumerate(entries):
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
            if isinstance(child, nodes.section) and isinstance(previous, nodes.target) \
                    and not previous.get("refuri"):
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
        text = node.astext()
        found = self.source.find(text.split("\n", 1)[0], self.pos) if text else -1
        if found < 0:
            return
        line, _ = self.lines.position(found)
        self.comments.append(Comment(text, line, line + text.count("\n")))
        self.pos = found + len(text.split("\n", 1)[0])

    def block(self, node: nodes.Element, kind: BlockKind, explicit_anchor: bool = False) -> None:
        builder = SegmentBuilder(kind)
        builder.explicit_anchor = explicit_anchor
        self.inline(node, builder)
        segment = builder.build()
        if segment is not None:
            self.segments.append(segment)

    def inline(self, node: nodes.Element, builder: SegmentBuilder) -> None:
        for child in node.children:
            if isinstance(child, nodes.Text):
                self.text(str(child), builder)
            elif isinstance(child, term_reference):
                raw = child.rawsource
                found = self.source.find(raw, self.pos) if raw else -1
                if found >= 0:
                    self.references.append(TermReference(child["target"], "role", found, found + len(raw)))
                    self.pos = found + len(raw)
                builder.add_placeholder()
            elif isinstance(child, _INLINE_NON_PROSE):
                self.skip(child)
                builder.add_placeholder()
            elif isinstance(child, nodes.reference):
                builder.begin_title(link=True)
                self.inline(child, builder)
                builder.end_title()
            elif isinstance(child, nodes.strong):
                builder.begin_title()
                self.inline(child, builder)
                builder.end_title()
            elif isinstance(child, nodes.Element):
                self.inline(child, builder)

    def text(self, content: str, builder: SegmentBuilder) -> None:
        found = locate(self.source, self.pos, len(self.source), content)
        if found is None:
            builder.add_placeholder()
            return
        offsets, self.pos = found
        builder.add_prose(content, offsets)

    def skip(self, node: nodes.Node) -> None:
        raw = getattr(node, "rawsource", "") or ""
        if raw:
            found = self.source.find(raw, self.pos)
            if found >= 0:
                self.pos = found + len(raw)
