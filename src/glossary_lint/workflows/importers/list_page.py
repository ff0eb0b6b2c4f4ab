"""Reader for a Markdown page whose entries are list items or a definition
list, in ``.md`` or ``.mdx`` (front matter allowed):

- ``- **Term**: definition`` (also ``__Term__``, a dash instead of the colon,
  and ``**Term:**`` with the colon inside the bold),
  or numbered, ``1. **Term**: definition``,
- ``- [**Term**](link): definition``, the link kept with the entry,
- ``Term`` / ``: definition`` (a Markdown definition list).

The parser finds the items; the definition is the item's source after the
term, as written.
"""

from __future__ import annotations

import re
import textwrap

from markdown_it.token import Token

from ...glossary.model import Markup
from .headwords import headword
from .markdown_text import ends_in_code, intro, page_title, parse, plain
from .page import Page, PageEntry

#: The raw inline text of a term at the start of an item and its separator.
_BOLD = re.compile(
    r"^(?:(?:\[(\*\*|__)(?P<a>.+?)\1\]\((?P<link>[^)\s]*)\)|(\*\*|__)(?P<b>.+?)\4)\s*(?::|–|—|-)\s*"
    r"|(\*\*|__)(?P<c>[^:]+?):\6\s*)"  # the colon inside the bold: **Term:** definition
)


def list_entry_count(tokens: list[Token]) -> int:
    return len(_bold_items(tokens)) + sum(1 for t in tokens if t.type == "dt_open")


def _bold_items(tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[int]:
    """Indices of top-level list items that open with a bold term (between
    ``lo`` and ``hi``)."""
    found = []
    for i in range(lo, len(tokens) if hi is None else hi):
        tok = tokens[i]
        if tok.type == "list_item_open" and tok.level == 1 and i + 2 < len(tokens):
            inline = tokens[i + 2]
            if inline.type == "inline" and _BOLD.match(inline.content):
                found.append(i)
    return found


#: A definition that is only a link (``[Guide](guide.md)``, a bare address): a
#: list of pointers to other pages ("What's next?"), not of terms.
_ONLY_LINK = re.compile(r"^\s*(?:\[[^\]]*\]\([^)]*\)|<?https?://\S+?>?)\s*\.?\s*$")


_LIST_EDGES = {"bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close"}


def section_items(tokens: list[Token], lo: int, hi: int) -> list[int]:
    """The items of a section (``tokens[lo:hi]``, under a heading) that is
    nothing but ``- **Term**: definition`` lists: a page of a heading per term
    may group short entries (its abbreviations, a category's words) this way,
    and those items are its entries.  Empty where anything else stands in the
    section (a heading entry's own prose, items without a bold term) or where
    the items only point at other pages."""
    items = [i for i in range(lo, hi) if tokens[i].type == "list_item_open" and tokens[i].level == 1]
    bold = _bold_items(tokens, lo, hi)
    roots = {t.type for t in tokens[lo:hi] if t.level == 0 and t.type != "hr"}
    if len(bold) < 2 or bold != items or not roots <= _LIST_EDGES:
        return []
    if any(_ONLY_LINK.match(_after_term(tokens[i + 2].content)) for i in bold):
        return []
    return bold


def _after_term(content: str) -> str:
    """An item's text after its bold term and separator."""
    found = _BOLD.match(content)
    return content[found.end() :] if found else content


def read_list_page(source: str) -> Page:
    tokens, env = parse(source)
    lines = source.splitlines()
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    items = _bold_items(tokens)
    dts = [i for i, t in enumerate(tokens) if t.type == "dt_open"]
    first = min([*items, *dts, len(tokens)])
    page.intro = intro(tokens, start, first - 1 if items and first == items[0] else first, lines)
    for index in sorted(items + dts):
        if index in items:
            page.entries.append(bold_entry(tokens, index, lines))
        else:
            page.entries.append(dt_entry(tokens, index, lines))
    return page


def _close(tokens: list[Token], index: int) -> int:
    """The index of the token closing the one at ``index``."""
    depth = 0
    for j in range(index, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def bold_entry(tokens: list[Token], index: int, lines: list[str]) -> PageEntry:
    inline = tokens[index + 2]
    found = _BOLD.match(inline.content)
    assert found is not None
    name = found.group("a") or found.group("b") or found.group("c")
    first = inline.content[found.end() :]
    rest = tokens[index + 4 : _close(tokens, index)]
    nested = [t for t in rest if t.level == tokens[index].level + 1 and t.map]
    more = _dedented(lines, nested)
    body = first + ("\n\n" + more if more else "")
    named = plain(_inline_children(name))
    return PageEntry([named], body.strip(), Markup.MARKDOWN, link=found.group("link"))


def dt_entry(tokens: list[Token], index: int, lines: list[str]) -> PageEntry:
    """The definition-list item whose ``dt_open`` is at ``index``: its term,
    and its definitions (``: ...`` blocks) as written, the marker dropped."""
    children, remarks = tokens[index + 1].children, list[str]()
    name = headword(plain(children), ends_in_code(children), remarks)
    bodies = []
    j = _close(tokens, index) + 1
    while j < len(tokens) and tokens[j].type == "dd_open":
        end = _close(tokens, j)
        inner = [t for t in tokens[j + 1 : end] if t.level == tokens[j].level + 1 and t.map]
        bodies.append(_dedented(lines, inner, definition=True))
        j = end + 1
    return PageEntry([name], "\n\n".join(b for b in bodies if b), Markup.MARKDOWN, remarks=remarks)


def _dedented(lines: list[str], blocks: list[Token], definition: bool = False) -> str:
    spans = [t.map for t in blocks if t.map]
    if not spans:
        return ""
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    chunk = lines[start:end]
    if definition and chunk:
        chunk[0] = re.sub(r"^(\s*):", r"\1 ", chunk[0], count=1)
    return textwrap.dedent("\n".join(chunk)).strip("\n")


def _inline_children(text: str) -> list[Token]:
    from .markdown_text import parser

    return parser().parseInline(text)[0].children or []
