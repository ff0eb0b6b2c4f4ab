"""Two words that are a phrase of their own, not a closed compound split.

GL001 reports a closed-compound term written as two words (``code book``
for "codebook").  English keeps a few such pairs as phrases: after a small
word (``in painting``, which the matcher never takes for a term), and where
one of the two words is an acronym (``the user ID``, ``a user id`` beside
the glossary's "userid"): an acronym is read letter by letter, as a word of
its own, so the pair is a noun and its modifier, not the term misspelled.
"""

from __future__ import annotations

from ..matching.english import is_ordinary_word
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from .word_lists import is_listed_acronym


def acronym_phrase(mention: Mention) -> bool:
    """Whether the mention is a one-word term found as two words, one of
    which is an acronym: written in capitals beside a word that is not
    (``user ID``), or a known acronym in lower case that is no English word
    of its own (``user id``; not ``fire arm``)."""
    parts = WORD_RE.findall(mention.found)
    if mention.typo or len(parts) != 2 or "-" in mention.separators:
        return False
    if any(len(WORD_RE.findall(c.spelling.text)) != 1 for c in mention.candidates):
        return False
    return any(_acronym(part, other) for part, other in (parts, parts[::-1]))


def _acronym(part: str, other: str) -> bool:
    if len(part) < 2 or not part.isalpha() or other.isupper():
        return False  # a lone letter, or both words in capitals (a keyword, a heading)
    if part.isupper():
        return True
    return (
        part.islower() and is_listed_acronym(part.upper()) and (len(part) == 2 or not is_ordinary_word(part))
    )
