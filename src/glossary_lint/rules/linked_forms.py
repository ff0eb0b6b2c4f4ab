"""The spellings a handbook gives a term in its own links to the glossary.

``:term:`Anova <ANOVA>``` (or MyST's ``{term}`Anova <ANOVA>```) links to the
entry ANOVA with the text "Anova": the author named the entry and chose how
to write it, in one place.  That form is the handbook's spelling of the term
(scikit-learn's "SVM-Anova", say), not a slip, wherever the run writes it:
"an Anova-SVM pipeline" on another page is the same word.

A link text that differs from the entry's spelling only in its first
letter's case (``:term:`Regression <regression>```) says nothing: a sentence
start gives that capital, and the same form mid-sentence may still be a
slip.  Nor does a link text whose letters are other words
(``:term:`boards <KANBAN>```) change how the rule reads the entry.
A reST hyperlink whose target in angle brackets is the entry's name
(```Shelf Units <ShelfUnit>`_``) names the entry with its text as a term
reference does; a target that is an address names no entry.  A plural
link text (``:term:`worker pools <worker-pool>```) gives its singular on its
own page: the spacing the author chose for the entry's words is in the
plural too, and the mentions' plural ending is no part of their form; but
a plural is English's own spacing as often as the author's choice, so the
form holds where the page shows it, not on every page.  A plural alone
(``:term:`voxels <voxel>```) says nothing.
"""

from __future__ import annotations

from ..glossary.model import Glossary, SpellingKind
from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import match_key

#: An explicit term reference with its own text: ``:term:`text <target>```, ``{term}`text <target>```.
_TERM_LINK = lazy_compile(r"(?::term:|\{term\})`([^`<>]+?)\s*<([^`<>]+)>`")
#: A reST hyperlink with its target in angle brackets: ```Shelf Units <ShelfUnit>`_``.
_NAMED_LINK = lazy_compile(r"(?<![\w:}`])`([^`<>]+?)\s*<([^`<>]+)>`__?(?!\w)")


def linked_forms(text: str, glossary: Glossary, plurals: bool = False) -> set[tuple[str, str]]:
    """``(term id, link text)`` for every term reference with its own text
    in ``text`` whose text spells the term's own letters otherwise than
    the term's spellings do, beyond a first letter (see the module doc);
    with ``plurals``, also the singular of a plural link text."""
    found: set[tuple[str, str]] = set()
    links = _TERM_LINK.findall(text) if "term" in text else []
    if ">`_" in text:
        links += _NAMED_LINK.findall(text)
    for shown, target in links:
        shown = " ".join(shown.split())
        # The names' index is built on first use: most handbooks' texts hold no such link.
        for term in glossary.names.get(" ".join(target.split()).casefold(), ()):
            for form in _singular_first(shown) if plurals else (shown,):
                spellings = [s for s in term.spellings() if s.key == match_key(form)]
                if spellings:
                    if not any(_same_but_first(form, s.text) for s in spellings):
                        found.add((term.id, form))
                    break
    return found


def _singular_first(shown: str) -> tuple[str, ...]:
    """The link text as written, then without a plural ending (``-s``, ``-es``)."""
    if shown.endswith("es"):
        return shown, shown[:-1], shown[:-2]
    return (shown, shown[:-1]) if shown.endswith("s") else (shown,)


def _same_but_first(shown: str, spelling: str) -> bool:
    return shown[1:] == spelling[1:] and shown[:1].casefold() == spelling[:1].casefold()


def is_linked_form(mention: Mention, forms: frozenset[tuple[str, str]]) -> bool:
    """Whether the mention is written as the handbook's own links write the
    term, and that form is not one the glossary lists as wrong."""
    if mention.typo or not forms:
        return False
    found = mention.one_line
    return any(
        (c.term.id, found) in forms
        and not any(s.kind is SpellingKind.VARIANT and s.text == found for s in c.term.spellings())
        for c in mention.candidates
    )
