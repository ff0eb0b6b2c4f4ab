"""Field lists whose value is a title.

A reST page may open with bibliographic fields (docutils' docinfo) or
Sphinx's file-wide metadata: ``:title: Project Overview``.  Such a value is
the page's title, written in the title's style, so Title Case there is as
conventional as in a heading.  Every other field's value (``:summary:``,
``:description:``) is prose and stays checked as prose.
"""

from __future__ import annotations

from docutils import nodes

#: Field names whose value is a title (case-folded).
TITLE_FIELDS = frozenset({"title", "subtitle"})


def is_title_field(node: nodes.Node) -> bool:
    """Whether ``node`` is a field that gives a title (``:title: ...``)."""
    if not isinstance(node, nodes.field):
        return False
    names = [child for child in node.children if isinstance(child, nodes.field_name)]
    return bool(names) and names[0].astext().strip().casefold() in TITLE_FIELDS
