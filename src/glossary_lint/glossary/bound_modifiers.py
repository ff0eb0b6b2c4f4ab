"""A name of several words whose first word the page binds to the word
before it: there the phrase is a thing of that compound, not a kind of the
entry.

"A cloud storage service" parses two ways: a cloud kind of the storage
service the glossary defines, or a service of cloud storage.  The page
says which.  One that writes "cloud storage backends", "the cloud storage
interface" and "a cloud storage adaptor" uses "cloud storage" as a name of
its own, which it puts before one noun after another; "cloud storage
service" is then one more of them, an offering of cloud storage, and the
link would send the reader to another thing.  A pair that the page puts
before three other nouns or more counts, so that one phrase heard twice
("the default locale name", "default locale negotiation") says nothing,
and function words after the pair are no nouns ("the forbidden view must
...").  The pair may open a sentence ("Cloud storage backends charge
..."), but the mention's word before it must be in small letters, as a
capital may open a proper name ("the Tahoe storage service" is the
project's own).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..rules.word_roles import NOT_NOUNS

#: A word in small letters, hyphenated words whole.
_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*")
#: Nouns a pair must stand before, besides the mention's own, to be a name of its own.
MIN_HEADS = 3

BoundPair = tuple[str, str, frozenset[str]]


def bound_pairs(texts: Iterable[str]) -> frozenset[BoundPair]:
    """The pairs of words (the second in small letters) that ``texts`` (a page's prose)
    put before :data:`MIN_HEADS` different nouns or more, each with those
    nouns (singular, in small letters): ``("cloud", "storage",
    {"backend", "interface", "adaptor"})``."""
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    for text in texts:
        words = list(_WORD.finditer(text))
        for first, second, third in zip(words, words[1:], words[2:]):
            if not (_spaced(text, first, second) and _spaced(text, second, third)):
                continue
            pair = (first.group(0).casefold(), second.group(0))
            head = third.group(0).casefold()
            if not pair[1].islower() or any(w in NOT_NOUNS for w in pair) or head in NOT_NOUNS:
                continue
            heads[pair].add(_singular(head))
    return frozenset((a, b, frozenset(h)) for (a, b), h in heads.items() if len(h) >= MIN_HEADS)


def bound_to_word_before(text: str, start: int, found: str, pairs: frozenset[BoundPair]) -> bool:
    """Whether the mention ``found`` at ``start`` of ``text``, a name of two
    words or more, opens with a word that the page binds to the word right
    before it (:func:`bound_pairs`), before nouns other than the mention's
    second word: "cloud storage service" beside "cloud storage backends,
    interface and adaptor"."""
    words = _WORD.findall(found)
    if len(words) < 2 or not pairs:
        return False
    before = re.search(r"([a-z]+(?:-[a-z]+)*)[ \t\n]+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    first, own = words[0].casefold(), _singular(words[1].casefold())
    return any(
        a == before.group(1) and b == first and len(heads - {own}) >= MIN_HEADS for a, b, heads in pairs
    )


def _spaced(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return bool(gap) and gap.isspace()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
