"""Reader for a MyST page with a ```` ```{glossary} ```` (or ``:::{glossary}``)
directive.

markdown-it-py finds the directive's fence; its body is split into items by
Sphinx's own rules (:mod:`.sphinx_items`), as MyST hands the body to
Sphinx.  Definitions stay Markdown, names are read as MyST shows them
(```args``` is ``args``, ``{class}`zoo <...>``` is ``zoo``).
"""

from __future__ import annotations

import re

from ...glossary.model import Markup
from .headwords import headword
from .markdown_text import ends_in_code, intro, page_title, parse, parser, plain
from .metadata import split_metadata
from .page import Page, PageEntry
from .sphinx_items import (
    MAX_NESTING,
    NestedGlossary,
    in_page_order,
    lift_nested,
    split_classifier,
    split_items,
)

_GLOSSARY_INFO = re.compile(r"^\{glossary\}\s*$")


def has_myst_glossary(tokens: list) -> bool:
    return any(_is_glossary(tok) for tok in tokens)


def _is_glossary(tok: object) -> bool:
    return getattr(tok, "type", "") in ("fence", "colon_fence") and bool(
        _GLOSSARY_INFO.match(getattr(tok, "info", ""))
    )


def read_myst_page(source: str) -> Page:
    tokens, env = parse(source)
    lines = source.splitlines()
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    first = next((i for i, tok in enumerate(tokens) if _is_glossary(tok)), len(tokens))
    page.intro = intro(tokens, start, first, lines)
    for tok in tokens:
        if _is_glossary(tok):
            page.entries += _glossary_entries(tok.content, 0)[1]
    return page


def _glossary_entries(content: str, depth: int) -> tuple[list[PageEntry], list[PageEntry]]:
    """A glossary directive's own items, and all its entries: each item followed
    by the entries of the glossaries nested in its definition."""
    md = parser()
    lines = content.splitlines()
    body_lines = _without_options(lines)
    options = lines[: len(lines) - len(body_lines)]
    groups: list[tuple[PageEntry, list[PageEntry]]] = []
    for item in split_items(body_lines):
        names, classifier, remarks = [], None, list[str]()
        for line in item.term_lines:
            text, extra = split_classifier(line)
            children = md.parseInline(text)[0].children
            names.append(headword(plain(children), ends_in_code(children), remarks))
            if extra and classifier is None:
                classifier = plain(md.parseInline(extra)[0].children)
        inner = _nested(item.definition, depth + 1)
        body, meta = split_metadata(lift_nested(item.definition, inner, "{{term}}`{}`"))
        entry = PageEntry(names, body, Markup.MARKDOWN, meta, classifier, remarks=remarks)
        groups.append((entry, [e for block in inner for e in block.entries]))
    is_sorted = any(re.match(r"^\s*:?sorted:?", line) for line in options)
    return in_page_order(groups, is_sorted)


def _nested(definition: str, depth: int) -> list[NestedGlossary]:
    """The glossary fences of a definition (a ```` ```{glossary} ```` inside a
    ``:::{glossary}``, or a longer fence inside a shorter one), with their lines."""
    if "{glossary}" not in definition or depth > MAX_NESTING:
        return []
    blocks = []
    for tok in parse(definition)[0]:
        if _is_glossary(tok) and tok.map:
            items, entries = _glossary_entries(tok.content, depth)
            blocks.append(NestedGlossary(tok.map[0], tok.map[1], items, entries))
    return blocks


def _without_options(lines: list[str]) -> list[str]:
    """The directive body after its options (``:sorted:`` lines or a ``---`` block)."""
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        return lines[end + 1 :]
    index = 0
    while index < len(lines) and re.match(r"^:[\w-]+:", lines[index]):
        index += 1
    return lines[index:]
