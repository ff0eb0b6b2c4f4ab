"""Entries of a reST page whose glossary is a run of anchored headwords:
each entry a target (``.. _label:``), a one-line paragraph naming the
term, and the definition indented under it after a blank line.

This is a definition list with a blank line after each term (which
docutils then reads as a paragraph and a block quote), the layout pages
converted from HTML ``<dl>`` glossaries keep, each term with its anchor.
The anchor is what tells it from a paragraph that introduces a quotation,
so every entry must have one; and, so that no ordinary page is read as a
glossary, the form is taken only where it is all there is: from a
section's (or the page's) first anchored headword on, the section holds
nothing but anchored headwords, targets, comments and definition lists
(an entry whose blank line was left out is a definition list item, and an
entry all the same).  A page where anything else comes between them is not
read this way at all, nor is one of definition lists alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...glossary.model import Markup
from ...sources.headwords import anchored_headword
from .page import PageEntry
from .rest_definition_lists import indented_block


@dataclass
class AnchoredHeadword:
    #: The section (or the document) the entry stands in.
    parent: Any
    #: The node that names the term: the headword paragraph, or a definition list item's term.
    headword: Any
    #: The line of the headword, from 1.
    line: int
    #: A definition list item's ``term : classifier``.
    classifier: str | None = None


def anchored_headwords(document: Any) -> list[AnchoredHeadword]:
    """The page's anchored headwords, in page order; none unless every
    section that has one is nothing else from its first one on."""
    from docutils import nodes

    found: list[AnchoredHeadword] = []
    for parent in [document, *document.findall(nodes.section)]:
        own = _run(parent)
        if own is None:
            return []
        found += own
    return found if any(isinstance(entry.headword, nodes.paragraph) for entry in found) else []


def _run(parent: Any) -> list[AnchoredHeadword] | None:
    """The anchored headwords standing in ``parent``; ``None`` when
    something other than them, targets and comments follows the first."""
    from docutils import nodes

    children = [c for c in parent.children if not isinstance(c, nodes.section)]
    found: list[AnchoredHeadword] = []
    index = 0
    while index < len(children):
        node = children[index]
        if anchored_headword(children, index):
            found.append(AnchoredHeadword(parent, node, node.line))
            index += 2
            continue
        if found and isinstance(node, nodes.definition_list):
            found += [
                _item(parent, item) for item in node.children if item.line and item.next_node(nodes.term)
            ]
        elif found and not isinstance(node, (nodes.target, nodes.comment, nodes.substitution_definition)):
            return None
        index += 1
    return found


def _item(parent: Any, item: Any) -> AnchoredHeadword:
    """A definition list item among anchored headwords."""
    from docutils import nodes

    classifier = item.next_node(nodes.classifier)
    shown = classifier.astext().strip() if classifier is not None else None
    return AnchoredHeadword(parent, item.next_node(nodes.term), item.line, shown)


def anchored_entries(
    found: list[AnchoredHeadword], source: str, name_of: Callable[[Any, list[str]], str]
) -> list[PageEntry]:
    """Each headword as an entry, its definition the indented block under it
    as written; ``name_of`` reads the paragraph as the entry's name, noting in
    the list it is given what it changed."""
    lines = source.split("\n")
    entries = []
    for entry in found:
        remarks: list[str] = []
        name = name_of(entry.headword, remarks)
        body = indented_block(lines, entry.line - 1)
        entries.append(PageEntry([name], body, Markup.REST, classifier=entry.classifier, remarks=remarks))
    return entries
