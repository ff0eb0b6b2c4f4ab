"""A capitalised word in prose that is a class the page writes as code.

An entry may name a method of analysis (``searchlight``) that the library
implements as a class with inner capitals (``SearchLight``).  A page that
writes the class as code elsewhere and then, mid-sentence, "pass an
estimator to the Searchlight" means the object it just showed, not the
analysis: the capital is there because it is a class's name, written
without its code marks and its inner capitals.  In small letters or at the
start of a sentence the word is the entry as ever, and so is an entry that
is itself written as the class is.
"""

from __future__ import annotations

import re

#: A small letter or a comma before the word, across spaces: mid-sentence.
_MID_SENTENCE = re.compile(r"[a-z,][ \t]*\n?[ \t]*$")


def mid_sentence(text: str, start: int) -> bool:
    """Whether a small letter or a comma comes right before ``start`` of
    ``text``: a capital there is the word's own, not the sentence's."""
    return _MID_SENTENCE.search(text, max(0, start - 40), start) is not None


def names_page_class(text: str, start: int, found: str, headword: str, classes: frozenset[str]) -> bool:
    """Whether ``found`` at ``start`` of ``text``, capitalised mid-sentence and
    with no other capital, is the letters of a class among ``classes`` that
    has inner capitals and is not the entry's ``headword``."""
    if not found[:1].isupper() or not found[1:].islower() or not found.isalpha():
        return False
    if not mid_sentence(text, start):
        return False
    key = found.casefold()
    return any(name.casefold() == key and name != headword and not name[1:].islower() for name in classes)
