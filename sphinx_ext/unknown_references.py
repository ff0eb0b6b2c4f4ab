"""One warning per unknown term reference, not two.

A ``:term:`X``` or ``{term}`X``` role that names no glossary entry, and a
MyST link to an anchor of the glossary page that no entry has, are GL003
findings, reported by :mod:`build_checks` at the line of the reference.
Left alone, Sphinx (``ref.term``) or MyST (``myst.xref_missing``) would
report the same reference again when it fails to resolve, at the line of
its paragraph.  So the references GL003 reported are marked during the read,
and before either resolver runs they are replaced by their text, which is
what an unresolved reference renders as anyway.  A reference whose GL003
finding an inline comment suppressed is not marked: Sphinx still warns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from glossary_lint.rules.findings import Finding
from glossary_lint.sources.links import glossary_anchor

#: Set on a pending_xref whose unknown target GL003 has reported.
REPORTED = "glossary_lint_reported"


def mark_reported(doctree: nodes.document, findings: Iterable[Finding], glossary_page: str) -> None:
    """Mark the references that the GL003 ``findings`` are about."""
    names = {f.found for f in findings if f.code == "GL003"}
    if not names:
        return
    for node in doctree.findall(addnodes.pending_xref):
        if _target(node, glossary_page) in names:
            node[REPORTED] = True


def _target(node: addnodes.pending_xref, glossary_page: str) -> str | None:
    """The name GL003 knows the reference by: a term role's target or a glossary anchor."""
    if node.get("reftype") == "term":
        return str(node.get("reftarget", ""))
    if node.get("reftype") == "myst":
        href = str(node.get("reftarget", ""))
        if node.get("reftargetid"):
            href += "#" + str(node["reftargetid"])
        return glossary_anchor(href, glossary_page)
    return None


class DropReportedReferences(SphinxPostTransform):
    """Before MyST's resolver (priority 9) and Sphinx's (10): reported references become their text."""

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get(REPORTED):
                node.replace_self(node.children or [nodes.Text(node.astext())])


def setup(app: Any) -> None:
    app.add_post_transform(DropReportedReferences)
