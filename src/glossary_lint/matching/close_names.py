""" "Did you mean ...?" for names a document uses but the glossary lacks.

:func:`difflib.get_close_matches` compares a name with every candidate: a
document of 2,000 unknown references against a 10,000-term glossary made
20 million comparisons.  Here candidates are first narrowed by shared
letter triples through an index (triples that hundreds of names share are
too common to tell names apart and are skipped), only the few names sharing
the most triples are compared, and each distinct name is looked up once.
The work per reference is so bounded by constants, not by the glossary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: Names longer than this get no suggestion: nobody mistypes a paragraph.
MAX_NAME = 100
#: A triple shared by more names than this narrows nothing and is skipped.
MAX_POSTINGS = 64
#: How many of the names sharing the most triples are compared in full.
SHORTLIST = 12
#: Bound on the remembered answers (a hostile document has endless names).
CACHE_SIZE = 4096


def _triples(name: str) -> set[str]:
    padded = f"  {name} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class CloseNames:
    """An index of names answering "which one is closest to this?"."""

    def __init__(self, names: Iterable[str]) -> None:
        self._postings: dict[str, list[str]] = {}
        for name in names:
            if len(name) <= MAX_NAME:
                for triple in _triples(name):
                    self._postings.setdefault(triple, []).append(name)
        self._cache: dict[str, str | None] = {}

    def closest(self, name: str) -> str | None:
        """The name most like ``name`` (as :mod:`difflib` rates it, at least
        0.6 alike), or None."""
        if name in self._cache:
            return self._cache[name]
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        found = self._cache[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> str | None:
        if len(name) > MAX_NAME:
            return None
        shared: Counter[str] = Counter()
        for triple in _triples(name):
            names = self._postings.get(triple, ())
            if len(names) <= MAX_POSTINGS:
                shared.update(names)
        shortlist = [n for n, _ in shared.most_common(SHORTLIST)]
        import difflib  # only when a reference is unknown: not at every start-up

        close = difflib.get_close_matches(name, shortlist, n=1)
        return close[0] if close else None
