"""The spelled-out names of a glossary's acronym entries, where prose may
write them without the acronym.

An entry ``VBM`` whose definition opens "Voxel-Based Morphometry measures
..." is also named by those three words, in any case and with spaces or
hyphens: "to perform voxel based morphometry" names the VBM entry, and the
``voxel`` inside it is a piece of that name, not the entry ``voxel``.  The
glossary does not list the long form as a name of the entry (the importer
keeps the definition as the page writes it), so the words would otherwise
be read one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..matching.words import WORD_RE
from .model import Term

#: An acronym: one word of letters and digits with two capitals or more
#: (``VBM``, ``MVPA``, ``fMRI``); each of its letters is a word of the long form.
_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9]*")
#: Markup a definition may open with: emphasis, literals, a link's backquote.
_MARKUP = re.compile(r"[`*_|]+")

LongName = tuple[str, ...]


def long_names(terms: Iterable[Term]) -> tuple[LongName, ...]:
    """The long forms of the acronym entries among ``terms``, each as its words
    in lower case (hyphenated words split: ``multi-voxel`` is two)."""
    return _long_names(tuple(terms))


@lru_cache(maxsize=16)
def _long_names(terms: tuple[Term, ...]) -> tuple[LongName, ...]:
    found = {name for term in terms if (name := long_name(term))}
    return tuple(sorted(found))


def long_name(term: Term) -> LongName | None:
    """The words an acronym entry stands for: its expansion if the glossary
    gives one, or else the words its definition opens with when their initials
    spell the acronym, one letter a word (``Multi-Voxel Pattern Analysis.`` for
    ``MVPA``)."""
    letters = _letters(term.term)
    if letters is None:
        return None
    for source in (term.expansion or "", term.definition):
        words = [w.casefold() for w in WORD_RE.findall(_MARKUP.sub(" ", source)[:300])]
        if len(words) >= len(letters) and "".join(w[0] for w in words[: len(letters)]) == letters:
            return tuple(words[: len(letters)])
    return None


def _letters(name: str) -> str | None:
    if not _ACRONYM.fullmatch(name) or sum(ch.isupper() for ch in name) < 2:
        return None
    letters = "".join(ch for ch in name if ch.isalpha()).casefold()
    return letters if len(letters) >= 3 else None


def inside_long_name(text: str, start: int, end: int, names: tuple[LongName, ...]) -> bool:
    """Whether the words at ``text[start:end]`` are part of one of ``names``
    written out around them (``voxel`` in "voxel based morphometry"), the name
    being longer than the words themselves.  Only spaces and hyphens may stand
    between the name's words."""
    if not names:
        return False
    longest = max(len(n) for n in names)
    words = list(WORD_RE.finditer(text, max(0, start - 20 * longest), min(len(text), end + 20 * longest)))
    inside = [i for i, w in enumerate(words) if w.start() < end and w.end() > start]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for name in names:
        size = len(name)
        if size <= last - first + 1:
            continue
        for at in range(max(0, last - size + 1), min(first, len(words) - size) + 1):
            run = words[at : at + size]
            if (
                all(re.fullmatch(r"[ \t\n-]+", text[a.end() : b.start()]) for a, b in zip(run, run[1:]))
                and tuple(w.group(0).casefold() for w in run) == name
            ):
                return True
    return False
