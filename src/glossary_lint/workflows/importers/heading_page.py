"""Reader for a Markdown page with a heading per term (``### Term``,
``## Term (Expansion)``, Docusaurus or GitHub style).

The term level is the heading level most headings of the page use (letter
headings such as ``## A`` over ``### Term`` are fewer); a deeper heading
inside an entry belongs to its definition, unless it names a kind of the
entry (``### Validated run`` under ``## Run``): a page that nests its
narrower terms under the broader one still defines each of them.  The definition is the source
of the entry's blocks as written; link reference definitions it uses are
carried along, so ``[asar][]`` still links once the entry stands alone.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from markdown_it.token import Token

from ...glossary.model import Markup
from .headwords import split_brackets, without_number
from .list_page import bold_entry, field_labels, section_items
from .markdown_text import heading_text, intro, page_title, parse, parser, source_lines
from .metadata import split_metadata
from .page import Page, PageEntry
from .table_columns import Table, columns, table_entries
from .table_page import markdown_tables


def term_headings(tokens: list[Token]) -> tuple[str | None, int]:
    """The heading tag (``h3``) of the entries and how many there are; a
    letter heading (``## A``, ``## 0–9``) heads no entry, at any level."""
    levels = Counter(
        t.tag
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag != "h1" and not _letter_heading(tokens, i)
    )
    if not levels:
        return None, 0
    tag, count = max(levels.items(), key=lambda kv: (kv[1], kv[0]))
    return tag, count


#: The blocks that open a letter section (``## A``) of a list page, and of a table page.
LISTS = ("bullet_list_open", "ordered_list_open", "dl_open")
TABLES = ("table_open",)


def sections_open_with(tokens: list[Token], blocks: tuple[str, ...]) -> bool:
    """Whether most term-level sections start with one of ``blocks``: letter
    sections (``## A``) over ``- **Term**: ...`` items or a table of terms, not
    a heading per entry (whose definition may hold a list or a table)."""
    tag, count = term_headings(tokens)
    opening = [
        tokens[i + 3].type if i + 3 < len(tokens) else ""
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag
    ]
    return count == 0 or sum(kind in blocks for kind in opening) * 2 > count


def read_heading_page(source: str) -> Page:
    tokens, env = parse(source)
    lines = source.splitlines()
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    tag, _ = term_headings(tokens)
    starts = _entry_headings(tokens, tag)
    labels = field_labels(tokens)
    tables = dict(markdown_tables(tokens))
    found: list[tuple[int, PageEntry]] = []
    for number, index in enumerate(starts):
        depth = int(tokens[index].tag[1:])
        last = starts[number + 1] if number + 1 < len(starts) else len(tokens)
        end = index + 3
        while end < last and not (tokens[end].type == "heading_open" and int(tokens[end].tag[1:]) <= depth):
            end += 1
        grouped = section_items(tokens, index + 3, end, labels)
        if grouped:  # a heading over a list of short entries names their group, not a term
            found += [(item, bold_entry(tokens, item, lines, labels)) for item in grouped]
            continue
        alone = _tables_alone(tokens, index + 3, end, tables)
        if alone:  # a heading over a table of terms (and its pictures) names their group
            found += [(at, entry) for at, table in alone for entry in table_entries([table])]
            continue
        blocks = [tok for tok in tokens[index + 3 : end] if tok.type != "hr"]
        body, meta = split_metadata(source_lines(lines, blocks))
        body = _with_references(body, env)
        name, anchor = heading_text(tokens[index + 1].children)
        entry = PageEntry([without_number(name)], body, Markup.MARKDOWN, meta=meta, anchor=anchor)
        found.append((index, entry))
    for lo, hi in _sections_above_terms(tokens, tag, start):
        found += [
            (item, bold_entry(tokens, item, lines, labels)) for item in section_items(tokens, lo, hi, labels)
        ]
        rows = [(at, entry) for at, table in _term_tables(lo, hi, tables) for entry in table_entries([table])]
        found += _new_names(rows, [entry for _, entry in found])
    found.sort(key=lambda pair: pair[0])
    page.intro = intro(tokens, start, found[0][0] if found else len(tokens), lines)
    page.entries = [entry for _, entry in found]
    return page


def _sections_above_terms(tokens: list[Token], tag: str | None, start: int) -> list[tuple[int, int]]:
    """The token spans of what stands right under each heading above the term
    level (``## Abbreviations`` on a page of ``### Term`` entries), up to the
    next heading: no entry's heading holds it, so a list of ``- **Term**:
    ...`` items or a table of terms there gives entries of its own."""
    if tag is None:
        return []
    depth = int(tag[1:])
    found: list[tuple[int, int]] = []
    for i in range(start, len(tokens)):
        if tokens[i].type == "heading_open" and int(tokens[i].tag[1:]) < depth:
            end = next((j for j in range(i + 3, len(tokens)) if tokens[j].type == "heading_open"), None)
            found.append((i + 3, len(tokens) if end is None else end))
    return found


def _new_names(rows: list[tuple[int, PageEntry]], entries: list[PageEntry]) -> list[tuple[int, PageEntry]]:
    """The rows of a table of abbreviations above the term level whose name
    no entry of the page heads already: a page that gives ``### MCP (Model
    Context Protocol)`` or ``### AnonCreds`` an entry and lists the same
    names again in its table of acronyms restates them there, and a second
    entry would make the name two senses of one word.  The entry kept says
    what the table wrote."""
    headed = {split_brackets(e.names[0])[0].casefold(): e for e in entries if e.names}
    kept = []
    for at, row in rows:
        owner = headed.get(row.names[0].casefold()) if row.names else None
        if owner is None:
            kept.append((at, row))
            continue
        said = " ".join(" / ".join(row.names[1:]).split()) or " ".join(row.body.split())
        owner.remarks.append(f"the page's table lists '{row.names[0]}' again, as '{said}': left out")
    return kept


def _term_tables(lo: int, hi: int, tables: dict[int, Table]) -> list[tuple[int, Table]]:
    """The tables of terms (:func:`.table_columns.columns` reads their columns) between ``lo`` and ``hi``."""
    return [(at, table) for at, table in tables.items() if lo <= at < hi and columns(table) is not None]


def _tables_alone(tokens: list[Token], lo: int, hi: int, tables: dict[int, Table]) -> list[tuple[int, Table]]:
    """The tables of terms of a term-level section that holds nothing else
    but pictures (``![overview](...)``): the heading names a group of
    entries, as a section of ``- **Term**: ...`` items does.  A section
    with prose of its own is an entry, whose definition may hold a table."""
    found = _term_tables(lo, hi, tables)
    if not found:
        return []
    for i in range(lo, hi):
        tok = tokens[i]
        if tok.level != 0 or tok.type in ("table_open", "table_close", "paragraph_close", "hr"):
            continue
        if tok.type == "paragraph_open" and _only_pictures(tokens[i + 1]):
            continue
        return []
    return found


def _only_pictures(inline: Token) -> bool:
    return all(
        c.type == "image" or (c.type in ("text", "softbreak") and not c.content.strip())
        for c in inline.children or []
    )


def _entry_headings(tokens: list[Token], tag: str | None) -> list[int]:
    """Where each entry's heading opens: every heading of the term level, and
    a heading one level deeper whose name ends with its entry's name after
    words of its own (a narrower term: "Signed release" under "Release").
    Other deeper headings ("Example", "See also") stay in the definition."""
    if tag is None:
        return []
    depth = int(tag[1:])
    starts: list[int] = []
    broader = ""
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open":
            continue
        level = int(tok.tag[1:])
        name = heading_text(tokens[i + 1].children)[0].casefold()
        if _letter_heading(tokens, i):
            continue  # a letter section, whatever its level: it groups the entries after it
        if level == depth:
            starts.append(i)
            broader = name
        elif level < depth:
            broader = ""
        elif level == depth + 1 and broader and _narrows(name, broader):
            starts.append(i)
    return starts


#: A letter heading's name: one letter or digit (``A``, ``#``), or a range of them (``A–C``, ``0-9``).
_LETTERS = re.compile(r"^\s*(?:\S|\w\s*[-–—]\s*\w)\s*$")


def _letter_heading(tokens: list[Token], i: int) -> bool:
    return _LETTERS.match(heading_text(tokens[i + 1].children)[0]) is not None


def _narrows(name: str, broader: str) -> bool:
    """Whether ``name`` is ``broader`` with words put before it."""
    return name.endswith(" " + broader) and bool(name[: -len(broader)].strip())


def _with_references(body: str, env: dict[str, Any]) -> str:
    """The body plus the page's link reference definitions it relies on."""
    references = env.get("references") or {}
    if not references:
        return body
    alone, _ = parse(body)
    linked = parser().parse(body, {"references": dict(references)})
    missing = _hrefs(linked) - _hrefs(alone)
    used = {label: ref for label, ref in references.items() if ref["href"] in missing}
    return body + "\n\n" + _definitions(used) if used else body


def _definitions(references: dict[str, Any]) -> str:
    lines = []
    for label, ref in references.items():
        title = ref.get("title") or ""
        lines.append(f"[{label}]: {ref['href']}" + (f' "{title}"' if title else ""))
    return "\n".join(lines)


def _hrefs(tokens: list[Token]) -> set[str]:
    found = set()
    for tok in tokens:
        for child in tok.children or []:
            if child.type == "link_open":
                found.add(str(child.attrs.get("href", "")))
    return found
