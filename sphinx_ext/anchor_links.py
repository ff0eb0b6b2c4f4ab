"""A MyST link to an entry's anchor on the glossary page (``[x](glossary.md#encodec)``,
as Docusaurus handbooks write them) leads to the entry.

The page that the ``yaml-glossary`` directive fills has no MyST heading slugs
for its entries, so MyST would report every such link as
``myst.xref_missing`` and leave it dead.  Before MyST's resolver runs, a
link whose document is a glossary page of this build and whose anchor names
an entry (by id or heading slug) becomes a link to that entry, pointed at the
page like every term link (:mod:`references`).  An anchor that no entry has
is left to GL003 (:mod:`unknown_references`).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .build_checks import TERM_ATTRIBUTE
from .settings import state


class ResolveEntryAnchors(SphinxPostTransform):
    default_priority = 6  # before MyST's resolver (9)

    def run(self, **kwargs: Any) -> None:
        pages = self.env.__dict__.get("glossary_lint_pages", set())
        if not pages:
            return
        anchors = state(self.config).linter.glossary.anchors
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("reftype") != "myst" or node.get("refdomain") != "doc":
                continue
            term = anchors.get(str(node.get("reftargetid") or ""))
            if term is None or node.get("reftarget") not in pages:
                continue
            link = nodes.reference("", "", internal=True, refuri="#" + term.id, **{TERM_ATTRIBUTE: term.id})
            link += [child.deepcopy() for child in node.children]
            node.replace_self(link)


def setup(app: Any) -> None:
    app.add_post_transform(ResolveEntryAnchors)
