"""A capitalised term that opens a two-word name the handbook writes in capitals.

A handbook may name a part of its product with a term and a noun, both
capitalised, as a name of its own: "the Ledger Service", "Rally's
Verification Component".  Where a sentence then writes the name with its
second word in lower case ("the jobs which Ledger service runs"), the
term's capital is still the name's: the glossary's lower-case ``ledger`` is
another thing (the record the service keeps), and lowering the capital, as
a case slip's fix would, turns the name into that thing.  Whether the
name's second word wants its capital back is a matter of the name, not of
the term's spelling.

The evidence is the handbook's own: the two words written mid-sentence (after
a lower-case word, so neither a sentence start nor a heading's capitals),
both capitalised, :data:`~.house_style.KEPT_USES` times or more across the
run.  A name made only of the term's own words ("Ledger Entry" for the
entry ``ledger entry``) is not this kind: the mention there covers both
words, and a half-capitalised term stays a slip.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE

#: A lower-case word, then two capitalised words: a name of two words mid-sentence.
_NAME_AFTER_LOWER = lazy_compile(r"[\s(](?=([a-z][a-z'’]*))\1,?[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)\b")
#: The word right after a mention, in lower case, on the same line.
_LOWER_AFTER = lazy_compile(r"[ \t]+([a-z]+)\b")


def two_word_names(prose: str, words: Set[str]) -> Counter[tuple[str, str]]:
    """How often ``prose`` writes each two-word name mid-sentence whose first
    word, in lower case, is one of ``words`` (the words of lower-case terms),
    as a pair of the name's words in lower case."""
    return Counter(
        (first.lower(), second.lower())
        for _, first, second in _NAME_AFTER_LOWER.findall(" " + prose)
        if first.lower() in words
    )


def opens_house_name(mention: Mention, names: Set[tuple[str, str]]) -> bool:
    """Whether a capitalised one-word mention and the lower-case word after
    it are a name ``names`` holds (pairs the handbook writes in capitals)."""
    found = mention.found
    if not names or not found[:1].isupper() or not WORD_RE.fullmatch(found):
        return False
    after = _LOWER_AFTER.match(mention.segment.text, mention.end)
    return after is not None and (found.lower(), after.group(1)) in names
