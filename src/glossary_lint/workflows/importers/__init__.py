"""``glossary-lint import``: a glossary page to a glossary YAML.

One reader per page layout finds the entries (:mod:`.rest_page`, with
:mod:`.rest_definition_lists`, :mod:`.rest_anchored` and
:mod:`.rest_sections`; :mod:`.myst_page`, :mod:`.heading_page`,
:mod:`.list_page`, :mod:`.table_page`, chosen by :mod:`.markdown_layouts`);
a MyST page whose directive gives no defined entry is read by the layouts too;
:mod:`.entries` names them, :mod:`.yaml_output` writes the YAML.
"""

from __future__ import annotations

from .entries import Imported, build
from .page import Page, defines_any
from .table_columns import TableProblem
from .yaml_output import to_yaml

#: Suffixes read as reST; everything else is Markdown (``.md``, ``.mdx``, ...).
REST_SUFFIXES = (".rst", ".rest", ".txt")


def read_page(source: str, suffix: str) -> Page:
    """The page's entries, by the reader for its layout."""
    if suffix.lower() in REST_SUFFIXES:
        from .rest_page import read_rest_page

        return read_rest_page(source)
    from .markdown_layouts import read_layout
    from .markdown_text import parse
    from .myst_page import has_myst_glossary, read_myst_page

    tokens = parse(source)[0]
    if not has_myst_glossary(tokens):
        return read_layout(source, tokens=tokens)
    page = read_myst_page(source)
    if defines_any(page.entries):
        return page
    # A glossary directive that yields no defined entry (an empty stub, say):
    # the page may write its entries in another layout; if it does not,
    # what the directive gave, or the reason no table was read.
    try:
        other = read_layout(source, tokens=tokens)
    except TableProblem:
        if page.entries:
            return page
        raise
    return other if defines_any(other.entries) else page


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
