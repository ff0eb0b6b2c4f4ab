"""Which columns of a glossary table hold what, whatever the page's markup.

A glossary written as a table (``| Term | Description |``) says by its header
which column names the entry and which defines it; the words people head
them with are listed here.  A table whose header says neither is read by the
shape of its cells, as a reader would: a column of short names before a
column of long sentences.  A further column of other names (``Aliases``,
``Abbreviation``) gives the entry more names, which :mod:`.entries` turns
into aliases or the abbreviation like a Sphinx item's further term lines;
any other column (``Example``, ``See also``) is kept in the definition, so
nothing on the page is lost.

The Markdown (:mod:`.table_page`) and reST (:mod:`.rest_page`) readers hand
their tables over as :class:`Table`; the entries come back in page order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...glossary.model import Markup
from .entries import spells_out
from .page import PageEntry

#: Header words of the column that names the entry.
TERM_WORDS = frozenset(
    "term terms name names word words concept concepts keyword keywords phrase phrases expression "
    "expressions entry entries symbol symbols jargon".split()
)
#: Header words of a column of short forms: the name itself when no column
#: above names the entry (``| Acronym | Meaning |``), else a further name.
SHORT_WORDS = frozenset(
    "acronym acronyms abbreviation abbreviations abbr initialism initialisms short".split()
)
#: Header words of the defining column.
DEFINITION_WORDS = frozenset(
    "definition definitions description descriptions meaning meanings explanation explanations "
    "expansion expansions summary details".split()
)
#: Headers of the defining column written as a phrase.
DEFINITION_PHRASES = ("stands for", "full form", "full name", "what it means", "what it is")
#: Header words of a column of further names, written out in the cell as a list.
ALIAS_WORDS = frozenset("alias aliases synonym synonyms aka alternatives".split())
ALIAS_PHRASES = ("also known as", "other names", "alternative names", "also called")

#: By shape: the naming column's cells average at most this many words ...
SHORT_CELL = 4
#: ... and the defining column's at least this many.
LONG_CELL = 6

_WORDS = re.compile(r"[a-z]+")
#: A list of names in one cell: commas, semicolons or slashes between them.
_NAME_LIST = re.compile(r"\s*[,;]\s*")
#: A line break written in a cell, where a pipe table cannot hold a blank line.
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


class TableProblem(ValueError):
    """A glossary page whose tables have no column a reader takes for the terms
    and their definitions."""


@dataclass(frozen=True)
class Cell:
    #: What a reader sees: markup gone, roles by what they show, spaces folded.
    text: str
    #: The cell as written, in the page's markup.
    source: str
    #: A link the whole cell is (``[**Term**](page.md)``).
    link: str | None = None


@dataclass
class Table:
    markup: Markup
    #: 1-based line of the table in the page, for messages.
    line: int
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass(frozen=True)
class Columns:
    term: int
    definition: int
    #: Columns of further names: a cell of one name, or a list of them.
    names: tuple[int, ...] = ()


def _words(header: str) -> set[str]:
    return set(_WORDS.findall(header.casefold()))


def _is_definition(header: str) -> bool:
    return bool(_words(header) & DEFINITION_WORDS) or any(p in header.casefold() for p in DEFINITION_PHRASES)


def _is_alias(header: str) -> bool:
    return bool(_words(header) & ALIAS_WORDS) or any(p in header.casefold() for p in ALIAS_PHRASES)


def columns(table: Table) -> Columns | None:
    """The table's naming and defining columns, by header, else by shape."""
    return _by_header(table.header) or _by_shape(table)


def _by_header(header: list[str]) -> Columns | None:
    definition = next((i for i, h in enumerate(header) if _is_definition(h)), None)
    if definition is None:
        return None
    rest = [i for i in range(len(header)) if i != definition]
    named = [i for i in rest if _words(header[i]) & TERM_WORDS and not _is_alias(header[i])]
    short = [i for i in rest if _words(header[i]) & SHORT_WORDS and i not in named]
    if not named and not short:
        return None
    term = (named or short)[0]
    further = [i for i in short if i != term] + [i for i in rest if _is_alias(header[i]) and i != term]
    return Columns(term, definition, tuple(sorted(set(further))))


def _by_shape(table: Table) -> Columns | None:
    """A column of names (a few words a cell) before a column of sentences."""
    width = min((len(row) for row in table.rows), default=0)
    if width < 2 or not table.rows:
        return None
    means = [sum(len(row[i].text.split()) for row in table.rows) / len(table.rows) for i in range(width)]
    term = next((i for i in range(width) if 0 < means[i] <= SHORT_CELL), None)
    if term is None:
        return None
    definition = max(range(term + 1, width), key=lambda i: means[i], default=None)
    if definition is None or means[definition] < max(LONG_CELL, 2 * means[term]):
        return None
    return Columns(term, definition)


def describe(table: Table) -> str:
    """Why a table was not read, in one line."""
    heads = ", ".join(f"'{h}'" for h in table.header if h) or "no header"
    where = f"line {table.line}: " if table.line else ""
    return (
        f"{where}a table ({heads}) has no column of terms and one of definitions: "
        "head them 'Term' and 'Definition'"
    )


def table_entries(tables: list[Table]) -> list[PageEntry]:
    """The entries of every table whose columns are recognised; a page of tables
    none of which is read raises :class:`TableProblem` naming the first."""
    entries: list[PageEntry] = []
    read = False
    for table in tables:
        found = columns(table)
        if found is None:
            continue
        read = True
        entries += [entry for row in table.rows if (entry := _entry(table, found, row)) is not None]
    if tables and not read:
        raise TableProblem(describe(tables[0]))
    return entries


def readable_rows(tables: list[Table]) -> int:
    """How many entries the tables would give: what a page reader weighs
    against a heading or an item per term."""
    return sum(len(t.rows) for t in tables if columns(t) is not None)


def _entry(table: Table, found: Columns, row: list[Cell]) -> PageEntry | None:
    if found.term >= len(row) or not row[found.term].text:
        return None
    term = row[found.term]
    names = [term.text]
    for index in found.names:
        if index < len(row) and row[index].text:
            names += [n for n in _NAME_LIST.split(row[index].text) if n and n not in names]
    definition = row[found.definition] if found.definition < len(row) else Cell("", "")
    # '| API | Application Programming Interface |': the meaning is the expansion
    if len(names) == 1 and spells_out(term.text, definition.text) and not definition.text.endswith("."):
        names.append(definition.text)
    paragraphs = [_BREAK.sub("\n\n", definition.source).strip()]
    for index, cell in enumerate(row):
        if index in (found.term, found.definition, *found.names) or not cell.text:
            continue
        label = table.header[index] if index < len(table.header) and table.header[index] else None
        source = _BREAK.sub("\n\n", cell.source).strip()
        paragraphs.append(f"{label}: {source}" if label else source)
    body = "\n\n".join(p for p in paragraphs if p)
    return PageEntry(names, body, table.markup, link=term.link)
