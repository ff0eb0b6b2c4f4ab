"""Which blocks of a reST page head a definition: its headword, not its prose.

A definition list's term (a Sphinx ``.. glossary::`` item is one) names
the thing its indented definition defines; so does an *anchored headword*,
the layout of glossaries converted from HTML ``<dl>`` lists: an internal
target (``.. _label:``), a one-line paragraph naming the term, and the
definition indented under it after a blank line, which docutils reads as a
paragraph and a block quote.  The importer reads both as a glossary's
entries (:mod:`glossary_lint.workflows.importers.rest_anchored`), and the
checker marks both as headwords (:attr:`.segments.Segment.headword`), so
the two read one layout by one test.
"""

from __future__ import annotations

from typing import Any


def anchored_headword(children: list[Any], index: int) -> bool:
    """Whether ``children[index]`` is a one-line paragraph right after an
    internal target and right before a block quote."""
    from docutils import nodes

    node = children[index]
    return (
        isinstance(node, nodes.paragraph)
        and bool(node.line)
        and "\n" not in node.rawsource.strip()
        and index > 0
        and isinstance(children[index - 1], nodes.target)
        and not children[index - 1].get("refuri")
        and index + 1 < len(children)
        and isinstance(children[index + 1], nodes.block_quote)
    )
