"""An adjective made of a name, graded, in the lower case of a quality.

English makes adjectives of names with a suffix (``-ic``, ``-ian``,
``-ean``, ``-esque``): a glossary may write one with the name's capital,
as a headword of its own.  Where such an adjective is graded (``more``,
``most``, ``very``, ``less`` before it), it describes a quality that a
thing has to some degree, the figurative sense in which English style
lowers the capital of an adjective made of a name (as it writes
"quixotic" or "herculean").  Written in lower case there, it is the word
as English writes it, no slip of the headword's case.  Ungraded, or
capitalised otherwise, the glossary's case is still the one to write.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.words import capitalize_first

#: Suffixes that make an adjective of a name.
_ADJECTIVE_SUFFIXES = ("ic", "ical", "ian", "ean", "esque")
#: A word of degree right before the adjective.
_DEGREE_BEFORE = lazy_compile(
    r"\b(?:more|most|less|least|very|quite|rather|too|so|fairly|truly|really|somewhat|highly)[ \t\n]+$",
    re.IGNORECASE,
)


def graded_lower_adjective(found: str, wanted: str, text: str, start: int) -> bool:
    """Whether ``found`` is the lower case of ``wanted``, one capitalised
    word made of a name by an adjective suffix, after a word of degree in
    ``text`` (``a more widgetic way`` for the glossary's "Widgetic")."""
    if not found.isalpha() or not found.islower() or wanted != capitalize_first(found):
        return False
    if not found.endswith(_ADJECTIVE_SUFFIXES):
        return False
    return _DEGREE_BEFORE.search(text, max(0, start - 20), start) is not None
