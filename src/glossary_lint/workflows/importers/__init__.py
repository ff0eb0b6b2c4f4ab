"""``glossary-lint import``: a glossary page to a glossary YAML.

One reader per page layout finds the entries (:mod:`.rest_page`, with
:mod:`.rest_definition_lists`, :mod:`.rest_anchored` and
:mod:`.rest_sections`; :mod:`.myst_page`, :mod:`.heading_page`,
:mod:`.list_page`, :mod:`.table_page`);
:mod:`.entries` names them, :mod:`.yaml_output` writes the YAML.
"""

from __future__ import annotations

from .entries import Imported, build
from .page import Page
from .table_columns import TableProblem
from .yaml_output import to_yaml

#: Suffixes read as reST; everything else is Markdown (``.md``, ``.mdx``, ...).
REST_SUFFIXES = (".rst", ".rest", ".txt")


def read_page(source: str, suffix: str) -> Page:
    """The page's entries, by the reader for its layout."""
    if suffix.lower() in REST_SUFFIXES:
        from .rest_page import read_rest_page

        return read_rest_page(source)
    from .heading_page import LISTS, TABLES, read_heading_page, sections_open_with, term_headings
    from .list_page import list_entry_count, read_list_page
    from .markdown_text import parse
    from .myst_page import has_myst_glossary, read_myst_page
    from .table_columns import readable_rows, table_entries
    from .table_page import markdown_tables, read_table_page

    tokens, _ = parse(source)
    if has_myst_glossary(tokens):
        return read_myst_page(source)
    tables = [table for _, table in markdown_tables(tokens)]
    items, headings = list_entry_count(tokens), term_headings(tokens)[1]
    if readable_rows(tables) > max(items, headings) and sections_open_with(tokens, TABLES):
        return read_table_page(source)
    page = (
        read_list_page(source)
        if items > headings and sections_open_with(tokens, LISTS)
        else read_heading_page(source)
    )
    if not page.entries:
        table_entries(tables)  # a page of tables none of which is read: says which and why
    return page


def import_page(source: str, suffix: str = ".md") -> Imported:
    return build(read_page(source, suffix))


def import_markdown(source: str) -> Imported:
    return import_page(source, ".md")


def import_rest(source: str) -> Imported:
    return import_page(source, ".rst")


__all__ = [
    "Imported",
    "TableProblem",
    "import_markdown",
    "import_page",
    "import_rest",
    "read_page",
    "to_yaml",
]
