"""Which reader reads a Markdown page that has no MyST glossary directive:
a table, ``- **Term**: ...`` items (or a definition list), or a heading per
term, chosen by what the page holds most of.

Kept apart from :func:`read_page` so the MyST reader can fall back on it:
a ``{glossary}`` fence whose body neither Sphinx's item rules nor a
definition list reads (``- **Term**: ...`` items written inside it) is
still Markdown, and a page whose fence is empty may hold its entries
elsewhere.
"""

from __future__ import annotations

from markdown_it.token import Token

from .heading_page import LISTS, TABLES, read_heading_page, sections_open_with, term_headings
from .list_page import list_entry_count, read_list_page
from .markdown_text import parse
from .page import Page
from .table_columns import readable_rows, table_entries
from .table_page import markdown_tables, read_table_page


def read_layout(source: str, strict: bool = True, tokens: list[Token] | None = None) -> Page:
    """The page's entries by the reader for its layout.  ``strict``: a page
    of tables none of which is read raises :class:`.TableProblem` saying
    which and why (the reason to give when nothing else is found).
    ``tokens``: the page already parsed."""
    if tokens is None:
        tokens = parse(source)[0]
    tables = [table for _, table in markdown_tables(tokens)]
    items, headings = list_entry_count(tokens), term_headings(tokens)[1]
    if readable_rows(tables) > max(items, headings) and sections_open_with(tokens, TABLES):
        return read_table_page(source)
    page = (
        read_list_page(source)
        if items > headings and sections_open_with(tokens, LISTS)
        else read_heading_page(source)
    )
    if strict and not page.entries:
        table_entries(tables)
    return page
