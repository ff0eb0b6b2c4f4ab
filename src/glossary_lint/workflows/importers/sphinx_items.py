"""The body of a Sphinx ``glossary`` directive split into items.

Sphinx reads the body by lines, not as a docutils definition list: a run
of unindented lines are the names of one item, the indented lines after
them its definition, ``.. `` lines between items are comments.  This is
that algorithm (``sphinx.domains.std.Glossary.run``), shared by the reST
and the MyST readers, which hand it the directive's body as their parser
found it.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field

from .page import PageEntry

#: How Sphinx splits ``term : classifier``.
_CLASSIFIER = re.compile(r" +: +")


@dataclass
class SphinxItem:
    term_lines: list[str] = field(default_factory=list)
    definition_lines: list[str] = field(default_factory=list)

    @property
    def definition(self) -> str:
        return textwrap.dedent("\n".join(self.definition_lines)).strip("\n")


def split_items(lines: list[str]) -> list[SphinxItem]:
    items: list[SphinxItem] = []
    in_definition = True
    in_comment = False
    for line in lines:
        if not line.strip():
            if in_definition and items:
                items[-1].definition_lines.append("")
            continue
        if not line[0].isspace():
            if line.startswith(".. "):
                in_comment = True
                continue
            in_comment = False
            if in_definition or not items:
                items.append(SphinxItem([line]))
                in_definition = False
            else:
                items[-1].term_lines.append(line)
        elif not in_comment and items:
            in_definition = True
            items[-1].definition_lines.append(line)
    return items


def split_classifier(line: str) -> tuple[str, str | None]:
    parts = _CLASSIFIER.split(line, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


def sphinx_order(entries: list[PageEntry]) -> list[PageEntry]:
    """A ``:sorted:`` glossary's items in the order Sphinx shows them."""
    return sorted(entries, key=lambda e: unicodedata.normalize("NFD", e.names[0].lower()))
