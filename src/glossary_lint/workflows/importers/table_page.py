"""Reader for a Markdown page whose entries are the rows of a table (GFM pipe
tables: ``| Term | Description |``).

The parser finds the tables and their cells; :mod:`.table_columns` decides
which column names the entry and which defines it.  A name is read as the
page shows it (```n_items``` is ``n_items``, ``**Period**`` is ``Period``);
a definition stays the cell's Markdown, as written.
"""

from __future__ import annotations

from markdown_it.token import Token

from ...glossary.model import Markup
from .markdown_text import intro, page_title, parse, plain
from .page import Page
from .table_columns import Cell, Table, table_entries


def markdown_tables(tokens: list[Token]) -> list[tuple[int, Table]]:
    """Each table of the page with the index of its opening token."""
    found: list[tuple[int, Table]] = []
    table: Table | None = None
    row: list[Cell] | None = None
    for index, tok in enumerate(tokens):
        if tok.type == "table_open":
            table = Table(Markup.MARKDOWN, (tok.map[0] + 1) if tok.map else 0, [])
            found.append((index, table))
        elif table is None:
            continue
        elif tok.type == "table_close":
            table = None
        elif tok.type == "tr_open" and tokens[index + 1].type == "td_open":
            row = []
            table.rows.append(row)
        elif tok.type == "inline" and tokens[index - 1].type == "th_open":
            table.header.append(plain(tok.children))
        elif tok.type == "inline" and tokens[index - 1].type == "td_open" and row is not None:
            row.append(Cell(plain(tok.children), tok.content, _whole_link(tok.children or [])))
    return found


def _whole_link(children: list[Token]) -> str | None:
    """The target of a cell that is one link and nothing else."""
    shown = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if len(shown) >= 3 and shown[0].type == "link_open" and shown[-1].type == "link_close":
        if not any(c.type == "link_open" for c in shown[1:]):
            return str(shown[0].attrs.get("href", "")) or None
    return None


def read_table_page(source: str) -> Page:
    tokens, env = parse(source)
    page = Page(Markup.MARKDOWN)
    page.title, start = page_title(tokens, env)
    tables = markdown_tables(tokens)
    first = tables[0][0] if tables else len(tokens)
    page.intro = intro(tokens, start, first, source.splitlines())
    page.entries = table_entries([table for _, table in tables])
    return page
