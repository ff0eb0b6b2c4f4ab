"""What every page reader produces: the page's entries as written.

A reader only finds entries; naming them (term, aliases, abbreviation),
giving them ids and guessing their case policy is done once for all
layouts by :mod:`glossary_lint.workflows.importers.entries`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...glossary.model import Markup


@dataclass
class PageEntry:
    """One item of a glossary page."""

    #: Every name the item gives, in page order (a Sphinx item may have several).
    names: list[str]
    #: The definition's source text, in the page's markup, dedented.
    body: str
    markup: Markup
    #: Fields from a glossary-lint metadata comment (``export --with-metadata``).
    meta: dict[str, Any] | None = None
    classifier: str | None = None
    #: A link the name itself carries (``- [**Term**](link): ...``).
    link: str | None = None
    #: The anchor the page gives the item (a heading's ``{#id}``): other pages
    #: link to it, so it is the entry's id where it is a valid one.
    anchor: str | None = None
    #: What the reader changed from the page and a person should know (a dropped colon).
    remarks: list[str] = field(default_factory=list)


@dataclass
class Page:
    """A glossary page: its title, introduction and entries."""

    markup: Markup
    title: str | None = None
    intro: str | None = None
    entries: list[PageEntry] = field(default_factory=list)


def defines_any(entries: list[PageEntry]) -> bool:
    """Whether a reader found a glossary in what it read: an entry with a
    definition.  A reader given a layout it does not know finds nothing, or
    names without definitions (Sphinx's item rules read unindented lines as
    terms), and the importer then tries its other readers."""
    return any(entry.body.strip() for entry in entries)
