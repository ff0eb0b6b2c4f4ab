"""Where a capitalised glossary word names a kind of thing the page itself names.

A lower-case term capitalised mid-sentence is a slip unless something in the
text gives the capital a reason.  Two forms give one that the surrounding
sentence alone does not show:

* the word before ``object``, ``instance`` or ``class`` (``the corresponding
  Dataset object``), where some file of the handbook writes that word as
  code (``Dataset``): the sentence says the word is the name of a class
  that exists, and a class is named with its capital (the words alone are
  no evidence: ``a Persistent object`` is a slip for the state where no
  class ``Persistent`` is written);
* a page that sets the capitalised word out as the label of a definition
  list (a line of its own with its description indented below it, twice
  or more: ``Change`` then "The target branch of the change."): the page
  names a kind of item so, and its sentences name the same kind with the
  same capital (``jobs run for Changes``).

An entry's own definition writing the words in Title Case is no such form:
a definition names a feature in its title's capitals (``Context
Isolation``) as often as it spells a brand (``Read the Docs``).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE

#: A word right after a mention that says it names a class.
_CLASS_WORD = lazy_compile(r"[ \t]+(?:object|instance|class|subclass)(?:e?s)?\b")
#: How often a page must set a word out as a definition list's label.
_LABEL_USES = 2


def names_a_class(mention: Mention, classes: frozenset[str]) -> bool:
    """``a Dataset object``: a capitalised one-word mention before ``object``,
    ``instance`` or ``class``, one of the handbook's code ``classes``."""
    found = mention.found
    if found not in classes or not WORD_RE.fullmatch(found):
        return False
    return _CLASS_WORD.match(mention.segment.text, mention.end) is not None


def labelled_on_page(mention: Mention, source: str) -> bool:
    """Whether the page sets the mention's capitalised word (singular) out as
    a definition list's label :data:`_LABEL_USES` times or more."""
    found = mention.found
    if not found[:1].isupper() or not WORD_RE.fullmatch(found):
        return False
    label = re.compile(r"^([ \t]*)" + re.escape(found) + r"[ \t]*\n\1[ \t]+\S", re.MULTILINE)
    return len(label.findall(source)) >= _LABEL_USES
