"""Which acronyms the files of one run spell out as names.

An acronym is spelled out in the document that uses it, or the reader of that
page is left without it: a reader arrives at any page from a search, and
style guides (and Vale's per-file scope) ask for the long form on each
page.  So GL002 does not take an expansion in one chapter for the others:
over the tuned handbooks that would have dropped four real findings (`CQT`,
`ViSQOL`, `MFCC`, a `DCM` spelled out in another chapter of the same
handbook) along with the false ones.

What one chapter's long form does tell the others is what the acronym is:
where it is the name of a product, project or collection, its long form is
that name in Title Case ending in a word that says so (``Grain Pacing
Toolkit (GPK)``, ``the Kiln Glaze Ontology (KGO)``, ``GPK stands for Grain
Pacing Kit``).  Such an acronym is the thing's name wherever the handbook
writes it (``In GPK, ...``, ``the GPK developers``): a name, for
``undefined-name``, not an acronym to spell out on every page.  A run of one
file (a pre-commit hook's) sees its own long forms only.

So does a compact identifier's prefix (``KZG:0042``): an acronym the
handbook's identifiers are keyed by is the name of the ontology, database or
registry that issues them (``terms of KZG``), in every file.
"""

from __future__ import annotations

import re

from .acronyms import ACRONYM, MINOR_WORDS, expansions, word_kind

#: The head words of a long form that names a product, project or collection.
NAME_HEADS = (
    "Toolkit Toolbox Kit Library Framework Ontology Ontologies Thesaurus Database Dataset Corpus "
    "Atlas Archive Repository Project Foundation Consortium Initiative Institute".split()
)
#: A head word in Title Case: the only places a name's long form can end.  No
#: ``\b`` in front: the pattern then opens with its words' first letters, which
#: the regex engine skips to in C (a seventh of the time); the start is checked after.
_HEAD = re.compile(rf"(?:{'|'.join(NAME_HEADS)})\b")
#: How far around a head word its expansion is searched.
_BEFORE, _AFTER = 200, 60
#: Where a compact identifier's prefix ends: a colon before a number (``KZG:0042``),
#: searched alone (the prefix's pattern, tried at every capital, took five times as long).
_COLON_NUMBER = re.compile(r":\d")
#: A word of a long form with its hyphens.
_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


def is_name_long_form(long: str) -> bool:
    """Title Case words ending in a head word (``Grain Pacing Toolkit``):
    a proper name.  ``grain pacing toolkit`` or ``Constant-Q Transform``
    is not."""
    words = _WORD.findall(long)
    return (
        len(words) >= 2
        and words[-1] in NAME_HEADS
        and all(w[0].isupper() or w.casefold() in MINOR_WORDS for w in words)
    )


class RunNames:
    """The acronyms the run's texts spell out as names, read from the raw
    sources with :func:`expansions` near each head word (a run without one
    costs a search for the head words only), and the prefixes of their
    compact identifiers."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def add(self, text: str) -> None:
        for colon in _COLON_NUMBER.finditer(text):
            prefix = _prefix_before(text, colon.start())
            if prefix and word_kind(prefix) == ACRONYM:
                self.names.add(prefix)
        searched = 0
        for head in _HEAD.finditer(text):
            if head.start() < searched or (head.start() and text[head.start() - 1].isalnum()):
                continue
            searched = min(len(text), head.end() + _AFTER)
            window = text[max(0, head.start() - _BEFORE) : searched]
            for short, long in expansions(window):
                if is_name_long_form(long) and word_kind(short) == ACRONYM:
                    self.names.add(short)

    def result(self) -> frozenset[str]:
        return frozenset(self.names)


def _prefix_before(text: str, end: int) -> str | None:
    """The capitals and digits just before ``end``, opening with a capital
    and standing alone (not after a letter, ``:`` or ``.``: ``obo:QZ``,
    ``x.QZ`` are parts of longer tokens)."""
    start = end
    while start and (text[start - 1].isupper() or text[start - 1].isdigit()):
        start -= 1
    if end - start < 2 or not text[start].isupper():
        return None
    if start and (text[start - 1].isalnum() or text[start - 1] in ":._"):
        return None
    return text[start:end]
