"""After the read: the marked mentions become links to the glossary entries.

The glossary page may be read after the chapters that mention its terms
(and, with ``-j``, in another process), so links are made once the
environment knows where it is: at ``doctree-resolved``, per output page.
Each link carries the entry's first sentence as its title, which browsers
show as a tooltip without any JavaScript.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.util import logging

from .build_checks import term_link

logger = logging.getLogger(__name__)


def resolve(app: Any, doctree: nodes.document, docname: str) -> None:
    marks = list(doctree.findall(term_link))
    if not marks:
        return
    pages = sorted(getattr(app.env, "glossary_lint_pages", set()))
    page_uri = app.builder.get_relative_uri(docname, pages[0]) if pages else None
    for mark in marks:
        text = nodes.Text(mark.astext())
        if page_uri is None:
            mark.parent.replace(mark, text)
            continue
        uri = page_uri + "#" + mark["term_id"]
        link = nodes.reference("", "", text, internal=True, refuri=uri, reftitle=mark["term_title"],
                               classes=["glossary-lint-term"])
        mark.parent.replace(mark, link)


def setup(app: Any) -> None:
    app.connect("doctree-resolved", resolve)
