"""Entries of a reST page whose glossary is a plain definition list (a
term line, its definition indented under it), as docutils pages without
Sphinx's ``glossary`` directive write one.

Only lists that stand on the page or in a section are the glossary's; a
list inside a definition, a table or a note belongs to that block.  An
item's definition is its indented block as written (to the first line
back at the term's indentation), so lists, code and roles survive; a
``term : classifier`` line gives the classifier, as in a Sphinx glossary.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ...glossary.model import Markup
from .page import PageEntry


def glossary_lists(document: Any) -> list[Any]:
    """The definition lists that stand on the page or in a section."""
    from docutils import nodes

    return [
        found
        for found in document.findall(nodes.definition_list)
        if isinstance(found.parent, (nodes.document, nodes.section))
    ]


def sections_group(sections: list[Any], holders: list[Any], items: int) -> bool:
    """Whether the sections only group a page's ``items``, each of which
    stands in one of ``holders`` (a list's items in its parent): most
    sections hold some (``A`` over its terms, a page's one ``Terms``
    section) and there are more items than sections.  A section per term
    whose definition happens to hold a list is the other way round."""
    holding = {id(holder) for holder in holders}
    return items > len(sections) and sum(id(s) in holding for s in sections) * 2 > len(sections)


def list_entries(lists: list[Any], source: str, name_of: Callable[[Any, list[str]], str]) -> list[PageEntry]:
    """Each item as an entry; ``name_of`` reads a term node as the entry's
    name, noting in the list it is given what it changed."""
    from docutils import nodes

    lines = source.split("\n")
    entries = []
    for found in lists:
        for item in found.children:
            term = item.next_node(nodes.term)
            if term is None or not item.line:
                continue
            classifier = item.next_node(nodes.classifier)
            remarks: list[str] = []
            name = name_of(term, remarks)
            body = indented_block(lines, item.line - 1)
            shown = classifier.astext().strip() if classifier is not None else None
            entries.append(PageEntry([name], body, Markup.REST, classifier=shown, remarks=remarks))
    return entries


def indented_block(lines: list[str], term_index: int) -> str:
    """The lines after the term line that are blank or indented deeper than it, dedented."""
    return textwrap.dedent("\n".join(indented_lines(lines, term_index))).strip("\n")


def indented_lines(lines: list[str], index: int) -> list[str]:
    """The lines after ``lines[index]`` that are blank or indented deeper than it, as written."""
    first = lines[index] if index < len(lines) else ""
    end = index + 1
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > _indent(first)):
        end += 1
    return lines[index + 1 : end]


def _indent(line: str) -> int:
    """A line's indentation as docutils counts it (a tab to the next multiple of 8)."""
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip())
