"""A capitalised form of a term that the term's own definition writes as a name.

A glossary may list a term in lower case (``kiln``, or ``kiln-room``) and
define it as the name of a thing: "The Potter Kiln service", "PotterSuite
Kiln Room (Blaze)".  The glossary itself then writes the capitalised form
as a part of the name the handbook calls it by, after the name's first
word, and the prose's "such as Kiln, Glaze or Wheel" uses that name, not
a slip of the lower-case headword.  A capital alone mid-sentence ("Each
Kiln must be fired") is no such name: a definition capitalises its own
term as often by habit, and the prose's capital stays a slip.

Only the definition's prose counts: a capital in code markup
(````Kiln````, ``:class:`Kiln```) names a class, which is no reason for the
capital in prose (:func:`.term_spelling._defined_as_class` reads those); and
a word that opens the definition or one of its sentences is capitalised by
English, not by the glossary.  Nor does a form that opens another, longer
headword of the glossary where the definition writes it (``the External
Kiln Room`` in the definition of ``kiln``, where ``Kiln Room`` is an entry
of its own): that name is the other entry's, and the prose's ``Kiln``
alone names neither.  The form must be the mention's exactly, its
letters' case and its word breaks: the definition writes what the prose
writes.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE

#: Code in a definition: a role with its target, or text in backquotes.
_CODE = lazy_compile(r"(?::[\w:.-]+:)?``?[^`]*``?")
#: The word right before the form, joined to it by a space: a name's first word.
_NAME_BEFORE = lazy_compile(r"(?<![\w\-])([A-Z][\w\-]*)[ \t]+$")
#: What opens a sentence before a word: a stop or a colon, or the definition's start.
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def defined_as_written(mention: Mention, headwords: Collection[str] = ()) -> bool:
    """Whether a capitalised mention is written, letter for letter and break
    for break, mid-sentence in the prose of its term's own definition, not
    as the start of one of the glossary's longer ``headwords`` (the
    spellings of several words, case-folded, single-spaced)."""
    found = mention.one_line
    if mention.typo or mention.ambiguous or not found[:1].isupper():
        return False
    words = WORD_RE.findall(found)
    if "".join(words).isupper():
        return False  # an acronym's capitals are the acronym entries' business
    # The form's first word is written in the definition wherever the form
    # is: most definitions are turned away by that test, before a pattern is made.
    first = found.split(" ", 1)[0]
    definitions = [term.definition for term in mention.terms if first in term.definition]
    if not definitions:
        return False
    pattern = re.compile(r"(?<![\w\-])" + re.escape(found).replace(r"\ ", r"\s+") + r"(?:e?s)?(?![\w\-])")
    for definition in definitions:
        prose = _CODE.sub(" ", definition)
        for match in pattern.finditer(prose):
            if _in_name(prose, match.start()) and not _opens_headword(prose, match.start(), found, headwords):
                return True
    return False


def _in_name(prose: str, start: int) -> bool:
    """Whether the form at ``start`` goes on a name of capitalised words:
    the word before it is capitalised and is a name's, mid-sentence or
    with capitals of its own (``OpenStack``, at the definition's start too).
    A capital after a sentence's first word (``Each Kiln must ...``) or a
    list's (``Kiln, Glaze``) may be English's or the list's, and so may a
    capital opening a sentence or a line."""
    before = _NAME_BEFORE.search(prose, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return any(c.isupper() for c in word[1:]) or not _SENTENCE_START.search(prose, 0, before.start())


def _opens_headword(prose: str, start: int, found: str, headwords: Collection[str]) -> bool:
    """Whether ``found`` at ``start`` of ``prose`` opens a longer one of ``headwords``."""
    tail = " ".join(prose[start : start + 120].split()).casefold()
    return any(
        len(head) > len(found) and tail.startswith(head) and not tail[len(head) : len(head) + 1].isalnum()
        for head in headwords
    )
