"""The body of a Sphinx ``glossary`` directive split into items.

Sphinx reads the body by lines, not as a docutils definition list: a run
of unindented lines are the names of one item, the indented lines after
them its definition, ``.. `` lines between items are comments.  This is
that algorithm (``sphinx.domains.std.Glossary.run``), shared by the reST
and the MyST readers, which hand it the directive's body as their parser
found it.

A definition may hold a glossary of its own (a term whose kinds are terms
too); Sphinx makes its items entries like any other, so the readers find
them (each in its markup) and :func:`lift_nested` takes them out of the
outer definition.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field

from ...sources.glossary_items import item_lines, split_classifier
from .page import PageEntry

__all__ = ["split_classifier"]


@dataclass
class SphinxItem:
    term_lines: list[str] = field(default_factory=list)
    definition_lines: list[str] = field(default_factory=list)

    @property
    def definition(self) -> str:
        return textwrap.dedent("\n".join(self.definition_lines)).strip("\n")


def split_items(lines: list[str]) -> list[SphinxItem]:
    """The body's items by Sphinx's rules (:func:`.item_lines`), as written."""
    return [
        SphinxItem([lines[i] for i in item.term_lines], [lines[i] for i in item.definition_lines])
        for item in item_lines(lines)
    ]


def sphinx_order(entries: list[PageEntry]) -> list[PageEntry]:
    """A ``:sorted:`` glossary's items in the order Sphinx shows them."""
    return sorted(entries, key=lambda e: unicodedata.normalize("NFD", e.names[0].lower()))


#: How deep glossaries nested in definitions are read; deeper ones stay in
#: their definition's text (a real page nests one level, a hostile one
#: thousands, which would exhaust the parser's stack).
MAX_NESTING = 8


@dataclass
class NestedGlossary:
    """A glossary directive inside an item's definition."""

    #: Its first line (the directive's) and the line after its last, in the definition.
    start: int
    end: int
    #: Its own items, which the outer definition refers to.
    items: list[PageEntry]
    #: Its items, with the items of glossaries nested in them after each one.
    entries: list[PageEntry]


def lift_nested(definition: str, nested: list[NestedGlossary], role: str) -> str:
    """The definition with each nested glossary replaced by a list of references
    to its items (``role`` is the page markup's term role with ``{}`` for the
    name): the items become entries of their own, and the sentence that
    introduced them ("two kinds of problems:") still points at them."""

    def reference(name: str) -> str:
        # A name a role could not hold (a backquote, angle brackets) stays plain text.
        return name if re.search(r"[`<>\\]", name) else role.format(name)

    lines = definition.split("\n")
    for block in sorted(nested, key=lambda b: b.start, reverse=True):
        indent = lines[block.start][: len(lines[block.start]) - len(lines[block.start].lstrip())]
        lines[block.start : block.end] = [f"{indent}- {reference(e.names[0])}" for e in block.items]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def in_page_order(
    groups: list[tuple[PageEntry, list[PageEntry]]], is_sorted: bool
) -> tuple[list[PageEntry], list[PageEntry]]:
    """A glossary's own items, and all its entries: each item followed by the
    entries of the glossaries nested in its definition; the items of a
    ``:sorted:`` glossary in the order Sphinx shows them."""
    if is_sorted:
        nested = {id(outer): inner for outer, inner in groups}
        groups = [(outer, nested[id(outer)]) for outer in sphinx_order([o for o, _ in groups])]
    return [outer for outer, _ in groups], [e for outer, inner in groups for e in (outer, *inner)]
