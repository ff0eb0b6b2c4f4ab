"""The body of a Sphinx ``glossary`` directive, item by item, by its lines.

Sphinx reads the body by lines, not as a docutils definition list: a run
of unindented lines are the names of one item, the indented lines after
them its definition, ``.. `` lines between items are comments.  This is
that algorithm (``sphinx.domains.std.Glossary.run``) as line numbers, so
that the importer (:mod:`glossary_lint.workflows.importers.sphinx_items`)
and the checker's Markdown front-end, which reads a MyST glossary's terms
as headwords and its definitions as prose, split a body by one test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

#: How Sphinx splits ``term : classifier``.
_CLASSIFIER = re.compile(r" +: +")


@dataclass
class ItemLines:
    """One item: the indices of its name lines and of its definition's lines
    (blank lines inside the definition included)."""

    term_lines: list[int] = field(default_factory=list)
    definition_lines: list[int] = field(default_factory=list)


def item_lines(lines: Sequence[str]) -> list[ItemLines]:
    """The items of a glossary body, by index into ``lines``."""
    items: list[ItemLines] = []
    in_definition = True
    in_comment = False
    for index, line in enumerate(lines):
        if not line.strip():
            if in_definition and items:
                items[-1].definition_lines.append(index)
            continue
        if not line[0].isspace():
            if line.startswith(".. "):
                in_comment = True
                continue
            in_comment = False
            if in_definition or not items:
                items.append(ItemLines([index]))
                in_definition = False
            else:
                items[-1].term_lines.append(index)
        elif not in_comment and items:
            in_definition = True
            items[-1].definition_lines.append(index)
    return items


def split_classifier(line: str) -> tuple[str, str | None]:
    """A name line's term and its classifier (``term : classifier``), if any."""
    parts = _CLASSIFIER.split(line, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


#: A definition-list marker opening a line: where Sphinx's rules would read a
#: term named ": ...", which no glossary has, mystmd (Jupyter Book 2) writes a
#: Markdown definition list, ``Term`` over ``: definition``.
DEFINITION_MARKER = re.compile(r"^[:~][ \t]", re.M)
