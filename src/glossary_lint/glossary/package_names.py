"""A capitalised name on a page that writes, as code, a package named after it:
there the name is the package's, not the thing the glossary defines.

A project's plugins and add-ons are distributed under names that join the
project's name (or another word) to the name of what each one serves:
``kestrel-herdbook`` reads the files of the Herdbook, a thing the glossary
may define.  A page that writes such a name as code is about that package,
and on it the capitalised name alone is how its prose names the package,
"the Herdbook plugin", or a table's row of plugins ("Herdbook |
``kestrel-herdbook``"), where a link would send the reader to the thing the
package is named after.  Distribution names on package indexes are words in
small letters joined by hyphens, so only a hyphen counts: an underscore
joins the words of a variable or a parameter (``max_herdbook``), a dot the
parts of a module path.

Only an entry named by one capitalised word in small letters after its
capital, whose case is exact, is looked at: a name, whose capital the page's
prose keeps for the package too.  A headword capitalised only as the
glossary's style (``Minion``, sentence case) is a common noun, written small
in prose.  An acronym (``API`` beside ``kestrel-api``) is one kind of
the term and is judged by usage (the Sphinx extension's ``joined_names``).  A common noun in
small letters (``minion`` beside ``salt-minion``) keeps its own sense in
prose: the program is named after the thing, and the prose speaks of the
thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import CasePolicy, Term

#: A package's name in code: words in small letters joined by hyphens, the
#: last one after the final hyphen (``herdbook`` of ``kestrel-herdbook``).
_PACKAGE = re.compile(r"(?<![\w.\-/])[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*-([a-z][a-z0-9]*)(?![\w\-/])")


#: One word with a capital and small letters after it: ``Herdbook``.
_NAME = re.compile(r"[A-Z][a-z0-9]+")


def package_tails(codes: Iterable[str]) -> frozenset[str]:
    """The last words of the hyphenated package names that ``codes`` (the
    page's inline code) write: ``herdbook`` of ``kestrel-herdbook``."""
    return frozenset(m.group(1) for code in codes for m in _PACKAGE.finditer(code))


def names_package(found: str, term: Term, tails: frozenset[str]) -> bool:
    """Whether the mention ``found`` of ``term``, an entry named by one
    capitalised word in exact case, written with its capital, is the last
    word of a package the page writes in code."""
    headword = term.term
    return (
        bool(tails)
        and term.case is CasePolicy.EXACT
        and found[:1].isupper()
        and _NAME.fullmatch(headword) is not None
        and found.casefold() == headword.casefold()
        and headword.casefold() in tails
    )
