"""``glossary-lint import``: a glossary page to a glossary YAML.

One reader per page layout finds the entries (:mod:`.rest_page`,
:mod:`.myst_page`, :mod:`.heading_page`, :mod:`.list_page`);
:mod:`.entries` names them, :mod:`.yaml_output` writes the YAML.
"""

from __future__ import annotations

from .entries import Imported, build
from .page import Page
from .yaml_output import to_yaml

#: Suffixes read as reST; everything else is Markdown (``.md``, ``.mdx``, ...).
REST_SUFFIXES = (".rst", ".rest", ".txt")


def read_page(source: str, suffix: str) -> Page:
    """The page's entries, by the reader for its layout."""
    if suffix.lower() in REST_SUFFIXES:
        from .rest_page import read_rest_page

        return read_rest_page(source)
    from .heading_page import read_heading_page, sections_open_with_lists, term_headings
    from .list_page import list_entry_count, read_list_page
    from .markdown_text import parse
    from .myst_page import has_myst_glossary, read_myst_page

    tokens, _ = parse(source)
    if has_myst_glossary(tokens):
        return read_myst_page(source)
    if list_entry_count(tokens) > term_headings(tokens)[1] and sections_open_with_lists(tokens):
        return read_list_page(source)
    return read_heading_page(source)


def import_page(source: str, suffix: str = ".md") -> Imported:
    return build(read_page(source, suffix))


def import_markdown(source: str) -> Imported:
    return import_page(source, ".md")


def import_rest(source: str) -> Imported:
    return import_page(source, ".rst")


__all__ = ["Imported", "import_markdown", "import_page", "import_rest", "read_page", "to_yaml"]
