"""Reader for a Markdown page whose entries are list items or a definition
list, in ``.md`` or ``.mdx`` (front matter allowed):

- ``- **Term**: definition`` (also ``__Term__``, a dash or a full stop
  instead of the colon, and ``**Term:**`` with the colon inside the bold),
  or numbered, ``1. **Term**: definition``,
- ``- [**Term**](link): definition``, the link kept with the entry,
- a paragraph opening the same way, ``**Term**: definition``, its
  definition running on in the paragraphs after it up to the next such
  paragraph or heading,
- ``Term`` / ``: definition`` (a Markdown definition list).

The parser finds the items; the definition is the item's source after the
term, as written.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Set as AbstractSet

from markdown_it.token import Token

from ...glossary.model import Markup
from .headwords import headword
from .markdown_text import ends_in_code, intro, page_title, parse, plain
from .page import Page, PageEntry

#: The raw inline text of a term at the start of an item and its separator,
#: after an HTML anchor that names the entry, if any (``<a id="term"></a>``).
_BOLD = re.compile(
    r"^(?:<a\s+(?:id|name)=[\"'](?P<anchor>[^\"'<>]+)[\"']\s*>\s*</a>\s*)?"
    r"(?:(?:\[(?P<m1>\*\*|__)(?P<a>.+?)(?P=m1)\]\((?P<link>[^)\s]*)\)|(?P<m2>\*\*|__)(?P<b>.+?)(?P=m2))"
    # a bracket after the bold, before the separator: **API** (Application Programming Interface): ...
    r"(?P<bracket>[ \t]+\([^()\n]{1,80}\))?\s*(?::|–|—|-|\.(?=\s))\s*"
    r"|(?P<m3>\*\*|__)(?P<c>[^:]+?):(?P=m3)\s*"  # the colon inside the bold: **Term:** definition
    # a link inside the bold: **[Term](link)**: definition, **[Term](link):** definition
    r"|(?P<m4>\*\*|__)\[(?P<d>[^\]]+)\]\((?P<inner>[^)\s]*)\)(?::(?P=m4)\s*|(?P=m4)\s*(?::|–|—|-|\.(?=\s))\s*))"
)


def list_entry_count(tokens: list[Token]) -> int:
    return len(_bold_items(tokens, field_labels(tokens))) + sum(1 for t in tokens if t.type == "dt_open")


def field_labels(tokens: list[Token]) -> frozenset[str]:
    """Bold names that open two or more of the page's paragraphs
    (``**Example**: ...`` in every entry, or ``**Layman**: ...`` beside
    ``**Physicist**: ...`` under each term's heading): labels of an entry's
    parts, not terms, which a page defines once."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.type == "paragraph_open" and tok.level == 0:
            name = _term_name(tokens, i)
            if name is not None:
                (repeated if name in seen else seen).add(name)
    return frozenset(repeated)


def _bold_items(
    tokens: list[Token], labels: AbstractSet[str], lo: int = 0, hi: int | None = None
) -> list[int]:
    """Indices of top-level list items and paragraphs that open with a bold
    term (between ``lo`` and ``hi``); a paragraph opened by one of the
    page's ``labels`` (:func:`field_labels`) opens none."""
    return [i for i in range(lo, len(tokens) if hi is None else hi) if _opens_with_term(tokens, i, labels)]


def _opens_with_term(tokens: list[Token], i: int, labels: AbstractSet[str]) -> bool:
    name = _term_name(tokens, i)
    return name is not None and not (tokens[i].type == "paragraph_open" and name in labels)


def _term_name(tokens: list[Token], i: int) -> str | None:
    """The bold name (case-folded) opening the list item or paragraph at ``i``, if any."""
    inline = _item_inline(tokens, i)
    if inline is None or inline.type != "inline":
        return None
    found = _BOLD.match(inline.content)
    return None if found is None else _named(found).casefold()


def _item_inline(tokens: list[Token], i: int) -> Token | None:
    """The first line's inline token of a top-level list item or paragraph at ``i``."""
    tok = tokens[i]
    if tok.type == "list_item_open" and tok.level == 1 and i + 2 < len(tokens):
        return tokens[i + 2]
    if tok.type == "paragraph_open" and tok.level == 0 and i + 1 < len(tokens):
        return tokens[i + 1]
    return None


#: A definition that is only a link (``[Guide](guide.md)``, a bare address): a
#: list of pointers to other pages ("What's next?"), not of terms.
_ONLY_LINK = re.compile(r"^\s*(?:\[[^\]]*\]\([^)]*\)|<?https?://\S+?>?)\s*\.?\s*$")


_LIST_EDGES = {"bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close"}
_PARAGRAPH_EDGES = {"paragraph_open", "paragraph_close"}


def section_items(tokens: list[Token], lo: int, hi: int, labels: AbstractSet[str]) -> list[int]:
    """The items of a section (``tokens[lo:hi]``, under a heading) that is
    nothing but entries opening with a bold term (``- **Term**: definition``
    items, or ``**Term**: definition`` paragraphs, each perhaps run on by
    paragraphs of its own): a page of a heading per term may group short
    entries (its abbreviations, a category's words) this way, and those
    items are its entries.  Empty where anything else stands in the section
    (a heading entry's own prose before them, list items without a bold term,
    prose after a list) or where the items only point at other pages."""
    bold = _bold_items(tokens, labels, lo, hi)
    roots = {t.type for t in tokens[lo:hi] if t.level == 0 and t.type != "hr"}
    if len(bold) < 2 or not roots <= _LIST_EDGES | _PARAGRAPH_EDGES:
        return []
    terms = set(bold)
    after_paragraph_term = False  # whether a plain paragraph here runs on a paragraph entry
    for i in range(lo, hi):
        if _item_inline(tokens, i) is None:
            continue
        if i in terms:
            after_paragraph_term = tokens[i].type == "paragraph_open"
        elif tokens[i].type == "list_item_open" or not after_paragraph_term:
            return []
    if any(_ONLY_LINK.match(_after_term(_inline_of(tokens, i).content)) for i in bold):
        return []
    return bold


def _inline_of(tokens: list[Token], i: int) -> Token:
    inline = _item_inline(tokens, i)
    assert inline is not None
    return inline


def _after_term(content: str) -> str:
    """An item's text after its bold term and separator."""
    found = _BOLD.match(content)
    return content[found.end() :] if found else content


def read_list_page(source: str) -> Page:
    tokens, env = parse(source)
    lines = source.splitlines()
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    labels = field_labels(tokens)
    items = _bold_items(tokens, labels)
    dts = [i for i, t in enumerate(tokens) if t.type == "dt_open"]
    first = min([*items, *dts, len(tokens)])
    page.intro = intro(tokens, start, first - 1 if items and first == items[0] else first, lines)
    for index in sorted(items + dts):
        if index in items:
            page.entries.append(bold_entry(tokens, index, lines, labels))
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


def bold_entry(tokens: list[Token], index: int, lines: list[str], labels: AbstractSet[str]) -> PageEntry:
    inline = _inline_of(tokens, index)
    found = _BOLD.match(inline.content)
    assert found is not None
    name = _named(found)
    first = inline.content[found.end() :]
    if tokens[index].type == "paragraph_open":
        more = _dedented(lines, _running_on(tokens, _close(tokens, index) + 1, labels))
    else:
        rest = tokens[index + 4 : _close(tokens, index)]
        nested = [t for t in rest if t.level == tokens[index].level + 1 and t.map]
        more = _dedented(lines, nested)
    body = first + ("\n\n" + more if more else "")
    named = plain(_inline_children(name))
    link = found.group("link") or found.group("inner")
    return PageEntry([named], body.strip(), Markup.MARKDOWN, link=link, anchor=found.group("anchor"))


def _named(found: re.Match[str]) -> str:
    """The term of a :data:`_BOLD` match, whichever form wrote it."""
    name = found.group("a") or found.group("b") or found.group("c") or found.group("d")
    return name + (found.group("bracket") or "")


def _running_on(tokens: list[Token], start: int, labels: AbstractSet[str]) -> list[Token]:
    """The top-level blocks from ``start`` that go on a paragraph entry's
    definition: up to the next heading, rule, or block that opens with a
    bold term (a paragraph, or a list whose first item does)."""
    found: list[Token] = []
    for j in range(start, len(tokens)):
        tok = tokens[j]
        if tok.level != 0:
            continue
        if tok.type in ("heading_open", "hr") or _opens_with_term(tokens, j, labels):
            break
        if tok.type in ("bullet_list_open", "ordered_list_open") and _opens_with_term(tokens, j + 1, labels):
            break
        if tok.map:
            found.append(tok)
    return found


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
