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

from .compound_heads import definition_calls_it
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


#: A package a page's code imports or installs, at the start of a line (a
#: doctest's prompt may stand before it): ``from fold.pens import Pen``,
#: ``import fold``, ``pip install fold``.  ``from shed import fold`` imports
#: a module of ``shed``, and is not counted.
_IMPORTED = re.compile(
    r"^[ \t]*(?:>>>[ \t]*)?(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b|import[ \t]+([A-Za-z_]\w*))"
    r"|\bpip3?[ \t]+install[ \t]+(?:-\S+[ \t]+)*([A-Za-z][\w.-]*)",
    re.MULTILINE,
)
#: Words before a noun that count what it names: "the Fold", "each Fold".
_COUNTING = frozenset(
    "the a an this that these those each every any no another one your our my its their his her whose which"
    " all both either".split()
)
#: Nouns after a class's name that make it that class: "a Fold instance".
_CLASS_NOUNS = frozenset("class classes instance instances object objects subclass subclasses".split())
#: What a definition calls an entry that is the package itself ("Venusian is a library").
_PACKAGE_NOUNS = ("package", "library", "framework", "project", "module", "toolkit", "tool", "distribution")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\n]+$")
_WORD_AFTER = re.compile(r"[ \t\n]+([A-Za-z]+)")


def imported_packages(codes: Iterable[str]) -> frozenset[str]:
    """The packages, in small letters, that ``codes`` (the page's code,
    inline or in blocks) import or install: ``fold`` of ``from fold import
    Fold`` and of ``pip install fold``."""
    return frozenset(
        next(g for g in m.groups() if g).casefold() for code in codes for m in _IMPORTED.finditer(code)
    )


def names_imported_package(
    found: str, term: Term, text: str, start: int, end: int, packages: frozenset[str]
) -> bool:
    """Whether the mention ``found`` (``text[start:end]``) of ``term``, an
    entry for a class of the program, is the package of the same name that
    the page imports or installs: the project, named like its main class.

    A page whose code reads ``from fold import Fold`` speaks of the project
    by that name ("That's where Fold can help", "Fold 2.0 dropped ..."),
    and of the class as of a thing, counted by an article or a determiner
    ("the Fold", "each Fold"), called a class or an instance ("a Fold
    instance") or in the plural ("two Folds").  So the bare name, written
    as the headword, is the project's; an entry whose definition calls it
    the package, the library or the framework is that name wherever it
    stands."""
    headword = term.term
    if headword.casefold() not in packages or re.sub(r"['\u2019]s$", "", found) != headword:
        return False
    if any(definition_calls_it(term.definition, noun) for noun in _PACKAGE_NOUNS):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return not (
        before is not None
        and before.group(1).casefold() in _COUNTING
        or after is not None
        and after.group(1).casefold() in _CLASS_NOUNS
    )
