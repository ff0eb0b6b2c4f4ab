"""Reader for a MyST page with a ```` ```{glossary} ```` (or ``:::{glossary}``)
directive, or a ```` ```{eval-rst} ```` block holding a ``.. glossary::``.

markdown-it-py finds the directive's fence.  Its body is split into items
by Sphinx's own rules (:mod:`.sphinx_items`), as MyST-Parser hands the body
to Sphinx; unless it is a Markdown definition list (``Term`` lines, each
followed by a ``: definition`` line), as mystmd (Jupyter Book 2) writes
it, since mystmd reads the body as Markdown.  Definitions stay Markdown,
names are read as MyST shows them (```args``` is ``args``,
``{class}`zoo <...>``` is ``zoo``).  An ``{eval-rst}`` block is reST that
Sphinx parses as if the page were reST: its glossary directives are read
by the reST reader, and their definitions stay reST.
"""

from __future__ import annotations

import re

from ...glossary.model import Markup
from .headwords import headword
from .list_page import dt_entry
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
_EVAL_RST_INFO = re.compile(r"^\{eval-rst\}\s*$")
#: A line of reST that opens a glossary directive.
_REST_GLOSSARY = re.compile(r"^[ \t]*\.\.[ \t]+glossary::", re.M)
#: A definition-list marker opening a line: where Sphinx's rules would read a
#: term named ": ...", which no glossary has, mystmd reads a definition.
_DEFINITION_MARKER = re.compile(r"^[:~][ \t]", re.M)


def has_myst_glossary(tokens: list) -> bool:
    return any(map(_holds_glossary, tokens))


def _holds_glossary(tok: object) -> bool:
    """A ``{glossary}`` fence, or an ``{eval-rst}`` block with one inside."""
    return _is_glossary(tok) or _is_rest_glossary(tok)


def _is_glossary(tok: object) -> bool:
    return _is_fence(tok, _GLOSSARY_INFO)


def _is_rest_glossary(tok: object) -> bool:
    """An ``{eval-rst}`` block with a glossary directive in it."""
    return _is_fence(tok, _EVAL_RST_INFO) and bool(_REST_GLOSSARY.search(getattr(tok, "content", "")))


def _is_fence(tok: object, info: re.Pattern[str]) -> bool:
    return getattr(tok, "type", "") in ("fence", "colon_fence") and bool(info.match(getattr(tok, "info", "")))


def read_myst_page(source: str) -> Page:
    tokens, env = parse(source)
    lines = source.splitlines()
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    first = next((i for i, tok in enumerate(tokens) if _holds_glossary(tok)), len(tokens))
    page.intro = intro(tokens, start, first, lines)
    for tok in tokens:
        if _is_glossary(tok):
            page.entries += _glossary_entries(tok.content, 0)[1]
        elif _is_rest_glossary(tok):
            from .rest_page import read_rest_glossaries

            embedded = read_rest_glossaries(tok.content)
            page.entries += embedded.entries
            page.intro = page.intro or embedded.intro
    return page


def _glossary_entries(content: str, depth: int) -> tuple[list[PageEntry], list[PageEntry]]:
    """A glossary directive's own items, and all its entries: each item followed
    by the entries of the glossaries nested in its definition."""
    lines = content.splitlines()
    body_lines = _without_options(lines)
    options = lines[: len(lines) - len(body_lines)]
    groups: list[tuple[PageEntry, list[PageEntry]]] = []
    body_text = "\n".join(body_lines)
    items = _list_items(body_text) if _DEFINITION_MARKER.search(body_text) else _sphinx_items(body_lines)
    for item in items:
        inner = _nested(item.body, depth + 1)
        item.body, item.meta = split_metadata(lift_nested(item.body, inner, "{{term}}`{}`"))
        groups.append((item, [e for block in inner for e in block.entries]))
    is_sorted = any(re.match(r"^\s*:?sorted:?", line) for line in options)
    return in_page_order(groups, is_sorted)


def _sphinx_items(lines: list[str]) -> list[PageEntry]:
    """The body's items by Sphinx's rules, each definition as written."""
    md = parser()
    found = []
    for item in split_items(lines):
        names, classifier, remarks = [], None, list[str]()
        for line in item.term_lines:
            text, extra = split_classifier(line)
            children = md.parseInline(text)[0].children
            names.append(headword(plain(children), ends_in_code(children), remarks))
            if extra and classifier is None:
                classifier = plain(md.parseInline(extra)[0].children)
        found.append(PageEntry(names, item.definition, Markup.MARKDOWN, None, classifier, remarks=remarks))
    return found


def _list_items(body: str) -> list[PageEntry]:
    """The items of a body written as a Markdown definition list (mystmd's
    form): each term with its ``: definition`` blocks."""
    tokens, _ = parse(body)
    lines = body.splitlines()
    return [
        dt_entry(tokens, i, lines) for i, tok in enumerate(tokens) if tok.type == "dt_open" and tok.level == 1
    ]


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
