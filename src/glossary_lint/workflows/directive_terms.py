"""The names that the glossary directives of a run's files define.

Sphinx merges every ``glossary`` directive of a project into one set of
terms: a ``:term:`` reference on any page resolves to an item of a
glossary on another page (a chapter's table of its own terms) as well as
to one of the glossary page's.  So GL003 knows, besides the glossary's
names, those the run's files define in directives of their own, read by
the importer's own readers of a glossary page (:func:`.importers.rest_page.read_rest_page`,
:func:`.importers.myst_page.read_myst_page`) so that both agree on what an item's names are.
A file with no glossary directive costs one search of its text, and a run
without one never imports the importer.  A file with one is parsed only
when a check first asks about a name the glossary lacks (:class:`DirectiveTerms`):
most runs never do, and the parse cost as much as checking the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import REST_SUFFIXES
from ..lazy_re import lazy_compile
from ..rules.unknown_reference import reference_name
from ..sources.reading import readable_texts

if TYPE_CHECKING:
    from .importers.page import Page

#: A line that may open a glossary directive: reST's ``.. glossary::``, MyST's
#: ```` ```{glossary} ```` or ``:::{glossary}``, or an ``{eval-rst}`` block, whose
#: reST may hold a ``.. glossary::`` Sphinx merges with the rest.
_REST_DIRECTIVE = lazy_compile(r"^[ \t]*\.\.[ \t]+glossary::", re.M)
_MYST_DIRECTIVE = lazy_compile(r"^[ \t]*(?:`{3,}|~{3,}|:{3,})[ \t]*\{glossary\}", re.M)
_EVAL_REST = lazy_compile(r"^[ \t]*(?:`{3,}|~{3,}|:{3,})[ \t]*\{eval-rst\}", re.M)


def directive_names(paths: Iterable[Path]) -> frozenset[str]:
    """The :func:`reference_name` of every item the files' glossary
    directives define.  A file that cannot be read or parsed defines
    nothing here: checking it reports why."""
    names = DirectiveNames()
    for path, text in readable_texts(paths):
        names.add(path, text)
    return frozenset(names.result())


class DirectiveNames:
    """:func:`directive_names` counted text by text, so the run's one read
    of its files (:func:`glossary_lint.runner.lint_files`) serves GL003 as
    it serves the house survey and GL002's gate."""

    def __init__(self) -> None:
        #: The texts that may hold a glossary directive, each with its suffix.
        self.pages: list[tuple[str, str]] = []

    def add(self, path: Path, text: str) -> None:
        """Keep ``text`` (read from ``path``, whose suffix says its markup)
        when it may hold a glossary directive."""
        suffix = path.suffix.lower()
        rest = suffix in REST_SUFFIXES
        # A line pattern is tried at every character of the text; the words every
        # match holds are looked for first, in one search in C (most files have none).
        if rest:
            kept = "glossary::" in text and _REST_DIRECTIVE.search(text)
        else:
            kept = ("{glossary}" in text and _MYST_DIRECTIVE.search(text)) or (
                "{eval-rst}" in text and "glossary::" in text and _EVAL_REST.search(text)
            )
        if kept:
            self.pages.append((text, suffix))

    def result(self) -> DirectiveTerms:
        return DirectiveTerms(self.pages)


class DirectiveTerms(Set[str]):
    """The names the glossary directives of some texts define, read from
    them when first asked for."""

    def __init__(self, pages: list[tuple[str, str]]) -> None:
        self._pages = pages
        self._names: frozenset[str] | None = None if pages else frozenset()

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            found: set[str] = set()
            for text, suffix in self._pages:
                page = _directive_page(text, suffix)
                if page is not None:
                    found.update(reference_name(n) for entry in page.entries for n in entry.names)
            self._names, self._pages = frozenset(found), []
        return self._names

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


def _directive_page(text: str, suffix: str) -> Page | None:
    """The page of a text :meth:`DirectiveNames.add` kept."""
    try:
        if suffix in REST_SUFFIXES:
            from .importers.rest_page import read_rest_page

            return read_rest_page(text)
        from .importers.myst_page import read_myst_page

        return read_myst_page(text)
    except Exception:  # noqa: BLE001 - a page its parser rejects is reported by the check itself
        return None
