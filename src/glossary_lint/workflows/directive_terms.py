"""The names that the glossary directives of a run's files define.

Sphinx merges every ``glossary`` directive of a project into one set of
terms: a ``:term:`` reference on any page resolves to an item of a
glossary on another page (a chapter's table of its own terms) as well as
to one of the glossary page's.  So GL003 knows, besides the glossary's
names, those the run's files define in directives of their own, read by
the importer's own readers of a glossary page (:func:`.importers.rest_page.read_rest_page`,
:func:`.importers.myst_page.read_myst_page`) so that both agree on what an item's names are.
A file with no glossary directive costs one search of its text, and a run
without one never imports the importer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import REST_SUFFIXES
from ..rules.unknown_reference import reference_name
from ..sources.reading import readable_texts

if TYPE_CHECKING:
    from .importers.page import Page

#: A line that may open a glossary directive: reST's ``.. glossary::``, MyST's
#: ```` ```{glossary} ```` or ``:::{glossary}``.
_REST_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+glossary::", re.M)
_MYST_DIRECTIVE = re.compile(r"^[ \t]*(?:`{3,}|~{3,}|:{3,})[ \t]*\{glossary\}", re.M)


def directive_names(paths: Iterable[Path]) -> frozenset[str]:
    """The :func:`reference_name` of every item the files' glossary
    directives define.  A file that cannot be read or parsed defines
    nothing here: checking it reports why."""
    names = DirectiveNames()
    for path, text in readable_texts(paths):
        names.add(path, text)
    return names.result()


class DirectiveNames:
    """:func:`directive_names` counted text by text, so the run's one read
    of its files (:func:`glossary_lint.runner.lint_files`) serves GL003 as
    it serves the house survey and GL002's gate."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def add(self, path: Path, text: str) -> None:
        """The names the glossary directives of ``text`` (read from ``path``,
        whose suffix says its markup) define."""
        page = _directive_page(text, path.suffix)
        if page is not None:
            self.names.update(reference_name(n) for entry in page.entries for n in entry.names)

    def result(self) -> frozenset[str]:
        return frozenset(self.names)


def _directive_page(text: str, suffix: str) -> Page | None:
    # A line pattern is tried at every character of the text; the words every
    # match holds are looked for first, in one search in C (most files have none).
    try:
        if suffix.lower() in REST_SUFFIXES:
            if "glossary::" not in text or not _REST_DIRECTIVE.search(text):
                return None
            from .importers.rest_page import read_rest_page

            return read_rest_page(text)
        if "{glossary}" not in text or not _MYST_DIRECTIVE.search(text):
            return None
        from .importers.myst_page import read_myst_page

        return read_myst_page(text)
    except Exception:  # noqa: BLE001 - a page its parser rejects is reported by the check itself
        return None
