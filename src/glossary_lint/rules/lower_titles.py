"""A title written wholly in lower case: the lower case is its style, not a slip.

Some handbooks write a heading or a table's caption with no capital letter at
all (``bucket loader settings for the abc adapter``): the title lowers every
word, its first word and the names in it alike, as a style of its own.  A
term's lower case there is that style, as the capitals of a Title Case
heading are that heading's; the same term in the page's sentences keeps the
glossary's capitals, and a slip there is still reported.

The title must show the style before the term: its first word, lowered, is
another word.  A title that opens with the term lowered (``abc adapters``)
shows nothing, since its one lower-case opening may be the slip itself, and
a sentence of a paragraph written in lower case throughout is no title.
"""

from __future__ import annotations

from ..matching.matcher import Mention
from ..sources.segments import BlockKind

#: Blocks that are a title: a heading, or the caption of a table or a figure.
_TITLES = frozenset({BlockKind.HEADING, BlockKind.CAPTION})


def lowered_by_title(mention: Mention) -> bool:
    """Whether the mention stands in a heading or caption with no capital
    letter anywhere, after a word of the title's own (see the module doc)."""
    segment = mention.segment
    if segment.kind not in _TITLES:
        return False
    text = segment.text
    if any(ch.isupper() for ch in text):
        return False
    return any(ch.isalpha() for ch in text[: mention.start])
