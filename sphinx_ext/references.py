"""After the read: the links to glossary entries learn where the glossary page is.

The glossary page may be read after the chapters that mention its terms
(and, with ``-j``, in another process), so links are made once the
environment knows where it is: at ``doctree-resolved``, per output page.
Each link carries the entry's first sentence as its title, which browsers
show as a tooltip without any JavaScript.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes

from .build_checks import TERM_ATTRIBUTE


def _is_term_link(node: nodes.Node) -> bool:
    return isinstance(node, nodes.reference) and TERM_ATTRIBUTE in node.attributes


def resolve(app: Any, doctree: nodes.document, docname: str) -> None:
    links = list(doctree.findall(_is_term_link))
    if not links:
        return
    pages = sorted(getattr(app.env, "glossary_lint_pages", set()))
    if not pages:  # no glossary page in this build: the mentions stay plain text
        for link in links:
            link.parent.replace(link, nodes.Text(link.astext()))
        return
    # The page's own anchor, if the builder gives one (singlehtml's
    # "#document-glossary"), gives way to the entry's.
    page_uri = app.builder.get_relative_uri(docname, pages[0]).split("#", 1)[0]
    for link in links:
        link["refuri"] = page_uri + "#" + link[TERM_ATTRIBUTE]


def setup(app: Any) -> None:
    app.connect("doctree-resolved", resolve)
