"""Entries of a reST page written as bulleted lists of bold terms, the reST
form of Markdown's ``- **Term**: definition``::

    * **KTL**: Keck Task Library, the predecessor ...

    * **Daemon**:
        A process that runs in the background ...

Only lists that stand on the page or in a section are read, and only where
most of a list's items open so (two at least): a list of notes that happens
to bold a word is no glossary.  docutils reads the second form as a
definition list inside the item; either way the entry's definition is the
item's source after the term, as written.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

from ...glossary.model import Markup
from .page import PageEntry
from .rest_definition_lists import indented_lines

#: An item's first line: its bullet, the bold term (a colon inside the bold
#: or a separator after it), and the rest of the line.
_ITEM = re.compile(
    r"^[ \t]*[*+\-•][ \t]+\*\*(?P<name>[^*]+?)\*\*"
    r"(?:[ \t]*(?::|–|—|-)(?=\s|$))?[ \t]*(?P<rest>.*)$"
)
#: What may follow the bold term in docutils' text of the item's paragraph.
_SEPARATOR = re.compile(r"^\s*(?::|–|—|-)(?=\s|$)")


def bold_items(document: Any) -> list[Any]:
    """The items of the page's bulleted lists of bold terms (see the module)."""
    from docutils import nodes

    found: list[Any] = []
    for listed in document.findall(nodes.bullet_list):
        if not isinstance(holder(listed), (nodes.document, nodes.section)):
            continue  # a list inside a definition or a note; an indented one is quoted, and counts
        items = [item for item in listed.children if _opens_with_term(item)]
        if len(items) >= 2 and len(items) * 2 > len(listed.children):
            found += items
    return found


def holder(listed: Any) -> Any:
    """The section (or page) a list stands in, through the block quote an indented list makes."""
    from docutils import nodes

    return listed.parent.parent if isinstance(listed.parent, nodes.block_quote) else listed.parent


def _opens_with_term(item: Any) -> bool:
    from docutils import nodes

    first = item.children[0] if item.children else None
    if isinstance(first, nodes.definition_list):  # '* **Term**:' with its definition indented below
        term = first.next_node(nodes.term)
        return term is not None and bool(term.children) and isinstance(term.children[0], nodes.strong)
    if not isinstance(first, nodes.paragraph) or not first.children:
        return False
    strong = first.children[0]
    if not isinstance(strong, nodes.strong):
        return False
    after = first.astext()[len(strong.astext()) :]
    return strong.astext().rstrip().endswith(":") or _SEPARATOR.match(after) is not None


def bold_entries(items: list[Any], source: str, name_of: Callable[[Any, list[str]], str]) -> list[PageEntry]:
    """Each item as an entry; ``name_of`` reads the bold term's node as the
    entry's name, noting in the list it is given what it changed."""
    from docutils import nodes

    lines = source.split("\n")
    entries = []
    for item in items:
        start = _first_line(lines, item.line or item.children[0].line or 1)
        strong = item.next_node(nodes.strong)
        if start is None or strong is None:
            continue
        found = _ITEM.match(lines[start])
        assert found is not None  # :func:`_first_line` found the line by it
        remarks: list[str] = []
        name = name_of(strong, remarks).rstrip(":").rstrip()
        # tabs expanded before dedenting: a definition indented with tabs and spaces mixed
        more = textwrap.dedent("\n".join(line.expandtabs(8) for line in indented_lines(lines, start))).strip(
            "\n"
        )
        body = "\n".join(part for part in (found.group("rest").strip(), more) if part)
        entries.append(PageEntry([name], body, Markup.REST, remarks=remarks))
    return entries


def _first_line(lines: list[str], line: int) -> int | None:
    """The index of the item's bullet line, at or just before docutils' ``line``
    (a paragraph's line may be one past its first)."""
    for index in range(min(len(lines) - 1, line), max(-1, line - 4), -1):
        if _ITEM.match(lines[index]):
            return index
    return None
