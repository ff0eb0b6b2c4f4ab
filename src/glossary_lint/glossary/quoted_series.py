"""Where a mention is one quoted value in a series of quoted values that the
glossary otherwise does not know: "its type is one of "mask", "anatomical",
or "parcellation"", "click on "curl", "http-request" or "python-requests"".

Words in a series are of one kind, and quotes make each a literal: the values
a field takes, the labels of a row of tabs, the names of tools.  Where the
glossary defines the other items of the series too ("READ COMMITTED",
"REPEATABLE READ" and "SERIALIZABLE"), the series lists the handbook's own
concepts and each keeps its link; where it defines none of them, the series
is of a kind the glossary is not about, and the one item that happens to
share its letters with an entry is a value like its neighbours, not the
thing the entry defines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching.words import WORD_RE

_OPEN = "\"'\u201c\u2018"
_CLOSE = "\"'\u201d\u2019"
#: A quoted item and what joins it to the next (a comma, "or", "and"), ending where the next starts.
_ITEM_BEFORE = re.compile(
    r"[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{1,60})[\"'\u201d\u2019]\s*,?\s*(?:(?:or|and)\s+)?$"
)
#: What joins an item to the next one, then the next quoted item.
_ITEM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:or|and)\s+)?[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{1,60})[\"'\u201d\u2019]"
)
#: Fewer items than this are a pair, often a term and its contrast ("joined" or "subquery").
MIN_ITEMS = 3


def quoted_among_other_values(text: str, start: int, end: int, names: Iterable[tuple[str, ...]]) -> bool:
    """Whether ``text[start:end]`` is the whole of one quoted item in a series of
    :data:`MIN_ITEMS` or more quoted items, none of the others a name in
    ``names`` (each as its words in lower case)."""
    if not (start > 0 and text[start - 1] in _OPEN and text[end : end + 1] in _CLOSE):
        return False
    others = []
    left = start - 1
    while (before := _ITEM_BEFORE.search(text, max(0, left - 120), left)) is not None:
        others.append(before.group(1))
        left = before.start()
    right = end + 1
    while (after := _ITEM_AFTER.match(text, right)) is not None:
        others.append(after.group(1))
        right = after.end()
    if len(others) + 1 < MIN_ITEMS:
        return False
    known = set(names)
    return not any(_names_entry(item, known) for item in others)


def _names_entry(item: str, known: set[tuple[str, ...]]) -> bool:
    """Whether the quoted ``item`` is a name in ``known``, or its plural."""
    words = tuple(w.casefold() for w in WORD_RE.findall(item))
    return bool(words) and (words in known or words[:-1] + (words[-1].removesuffix("s"),) in known)
