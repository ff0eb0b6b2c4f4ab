"""Reader for a reST page with Sphinx ``.. glossary::`` directives.

docutils parses the page (under the same Sphinx stand-ins the linter uses)
and finds the title, the introduction and each glossary directive; a
stand-in ``glossary`` directive hands the directive's body to Sphinx's own
item splitting.  Each definition is kept as its reST source, so roles,
lists, code and math survive; names are the term lines as docutils reads
them (``\\_\\_init\\_\\_`` is ``__init__``).
"""

from __future__ import annotations

import re
from typing import Any

from ...glossary.model import Markup
from .metadata import split_metadata
from .page import Page, PageEntry
from .sphinx_items import sphinx_order, split_classifier, split_items


def read_rest_page(source: str) -> Page:
    from docutils import nodes, utils
    from docutils.parsers.rst import Directive, Parser, directives

    from ...sources import rest

    page = Page(Markup.REST)
    found: list[nodes.Element] = []

    class GlossaryStandIn(Directive):
        has_content = True
        option_spec: Any = {"sorted": directives.flag}

        def run(self) -> list[nodes.Node]:
            entries: list[PageEntry] = []
            for item in split_items(list(self.content)):
                names, classifier = [], None
                for line in item.term_lines:
                    text, extra = split_classifier(line)
                    parsed, _ = self.state.inline_text(text, self.lineno)
                    names.append("".join(_shown(n) for n in parsed).strip())
                    if extra and classifier is None:
                        parsed, _ = self.state.inline_text(extra, self.lineno)
                        classifier = "".join(n.astext() for n in parsed).strip()
                body, meta = split_metadata(item.definition)
                entries.append(PageEntry(names, body, Markup.REST, meta, classifier))
            page.entries += sphinx_order(entries) if "sorted" in self.options else entries
            marker = nodes.container(classes=["glossary-lint-glossary"])
            found.append(marker)
            return [marker]

    document = utils.new_document("glossary.rst", rest._settings())
    with rest._sphinx_stand_ins():
        directives.register_directive("glossary", GlossaryStandIn)
        Parser().parse(source, document)
    title = document.next_node(nodes.title)
    page.title = title.astext() if title is not None else None
    page.intro = _intro(document, found[0] if found else None)
    return page


def _shown(node: Any) -> str:
    """A term line's text as Sphinx shows it: a role by what it displays."""
    from docutils import nodes

    from ..conversion.roles import shown_text

    role = re.match(r"^:([\w.:+-]+):`(.*)`$", getattr(node, "rawsource", ""), re.S)
    if isinstance(node, nodes.literal) and role:
        return shown_text(node.astext(), role.group(1))
    return str(node.astext())


def _intro(document: Any, first_glossary: Any) -> str | None:
    """The paragraphs before the first glossary, as written."""
    from docutils import nodes

    paragraphs = []
    for node in document.findall(lambda n: isinstance(n, nodes.paragraph) or n is first_glossary):
        if node is first_glossary:
            break
        if isinstance(node.parent, (nodes.document, nodes.section)):
            paragraphs.append(node.rawsource.strip())
    return "\n\n".join(p for p in paragraphs if p) or None
