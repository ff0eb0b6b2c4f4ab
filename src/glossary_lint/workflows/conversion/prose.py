"""The running text of a definition, without code, URLs or markup: the
evidence the importer's case guess reads (a ``v8`` in a URL or ``is`` in
code says nothing about how a page writes a name), and what ``glossary
check`` looks for undefined words in when a definition is reST."""

from __future__ import annotations

from ...glossary.model import Markup


def prose_text(body: str, markup: Markup, term_references: bool = True) -> str:
    """The running text of ``body``; without the text of reST ``:term:``
    references where ``term_references`` is false (a reference copies the
    headword it names, so its capitals are no writer's choice)."""
    return _rest_prose(body, term_references) if markup is Markup.REST else _markdown_prose(body)


def _markdown_prose(body: str) -> str:
    from ..importers.markdown_text import parse

    tokens, _ = parse(body)
    paragraphs = []
    for tok in tokens:
        if tok.type == "inline":
            words = [c.content if c.type == "text" else " " for c in tok.children or []]
            paragraphs.append("".join(w if w.strip() else " " for w in words))
    return "\n\n".join(paragraphs)


def _rest_prose(body: str, term_references: bool = True) -> str:
    from docutils import nodes, utils
    from docutils.parsers.rst import Parser

    from ...sources import rest

    document = utils.new_document("<definition>", rest._settings())
    with rest._sphinx_stand_ins():
        Parser().parse(body, document)
    skipped: tuple[type[nodes.Element], ...] = (nodes.literal, nodes.math)
    if not term_references:
        skipped += (rest.term_reference,)
    paragraphs = []
    for paragraph in document.findall(nodes.paragraph):
        paragraphs.append(
            "".join(
                str(t) if not isinstance(t.parent, skipped) else " " for t in paragraph.findall(nodes.Text)
            )
        )
    return "\n\n".join(paragraphs)
