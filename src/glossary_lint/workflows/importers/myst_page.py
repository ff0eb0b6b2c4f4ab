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

A body the form chosen does not read (no entry with a definition) is read
by the other, then as Markdown by the page readers (``- **Term**: ...``
items inside the fence).
"""

from __future__ import annotations

import re

from ...glossary.model import Markup
from ...sources.glossary_items import DEFINITION_MARKER as _DEFINITION_MARKER
from .headwords import headword
from .list_page import dt_entry
from .markdown_layouts import read_layout
from .markdown_text import ends_in_code, intro, page_title, parse, parser, plain
from .metadata import split_metadata
from .page import Page, PageEntry, defines_any
from .sphinx_items import (
    MAX_NESTING,
    NestedGlossary,
    in_page_order,
    lift_nested,
    split_classifier,
    split_items,
)
from .table_columns import TableProblem

_GLOSSARY_INFO = re.compile(r"^\{glossary\}\s*$")
_EVAL_RST_INFO = re.compile(r"^\{eval-rst\}\s*$")
#: A line of reST that opens a glossary directive.
_REST_GLOSSARY = re.compile(r"^[ \t]*\.\.[ \t]+glossary::", re.M)


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
            found = _glossary_entries(tok.content, 0)[1]
            page.entries += found if defines_any(found) else (_as_markdown(tok.content) or found)
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
    readers = [lambda: _sphinx_items(body_lines), lambda: _list_items(body_text)]
    if _DEFINITION_MARKER.search(body_text):
        readers.reverse()
    items = readers[0]()
    if not _read(items):  # the form not chosen may read it: a definition list, say
        other = readers[1]()
        if _read(other):
            items = other
    for item in items:
        inner = _nested(item.body, depth + 1)
        item.body, item.meta = split_metadata(lift_nested(item.body, inner, "{{term}}`{}`"))
        groups.append((item, [e for block in inner for e in block.entries]))
    is_sorted = any(re.match(r"^\s*:?sorted:?", line) for line in options)
    return in_page_order(groups, is_sorted)


def _read(items: list[PageEntry]) -> bool:
    """Whether a reader read the body as the form it knows: some entry has a
    definition, and not every definition opens with a definition-list marker
    (a definition list written with its ``:`` indented, which Sphinx's item
    rules take for definitions that begin with a colon)."""
    return defines_any(items) and not all(_DEFINITION_MARKER.match(item.body) for item in items)


def _as_markdown(content: str) -> list[PageEntry]:
    """A glossary fence's body that neither Sphinx's item rules nor a
    definition list reads as defined entries (``- **Term**: ...`` items, a
    table, a heading per term written inside it), read as the Markdown it is
    by the page readers; nothing when they find no defined entry either."""
    try:
        found = read_layout("\n".join(_without_options(content.splitlines())), strict=False).entries
    except TableProblem:
        return []
    return found if defines_any(found) else []


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
