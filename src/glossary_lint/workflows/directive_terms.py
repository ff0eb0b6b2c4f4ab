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
from ..sources.reading import UnreadableFile, read_source

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
    names: set[str] = set()
    for path in paths:
        try:
            text = read_source(path).text
        except UnreadableFile:
            continue
        page = _directive_page(text, path.suffix)
        if page is not None:
            names.update(reference_name(n) for entry in page.entries for n in entry.names)
    return frozenset(names)


def _directive_page(text: str, suffix: str) -> Page | None:
    try:
        if suffix.lower() in REST_SUFFIXES:
            if not _REST_DIRECTIVE.search(text):
                return None
            from .importers.rest_page import read_rest_page

            return read_rest_page(text)
        if not _MYST_DIRECTIVE.search(text):
            return None
        from .importers.myst_page import read_myst_page

        return read_myst_page(text)
    except Exception:  # noqa: BLE001 - a page its parser rejects is reported by the check itself
        return None
