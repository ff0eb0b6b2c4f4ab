"""An acronym that qualifies a linked name: ``the QZTF `QZML`_ standard``.

Written right before link text that opens with a capital, an acronym is the
linked thing's owner or maker (a standards body before its standard, a
vendor before its product): the link takes the reader to the thing, whose
page says who publishes it, as a link explains its own text
(:func:`~glossary_lint.rules.undefined._after_link` reads the short name in
brackets after a link the same way).  Before plain text the acronym stays a
word to spell out.
"""

from __future__ import annotations

from ..sources.segments import PLACEHOLDER, Segment

#: What may stand between the acronym and the link text: spaces, a line
#: break, or the place reST leaves for markup it took out.
_GAP = " \t\n" + PLACEHOLDER


def qualifies_link(seg: Segment, start: int, end: int) -> bool:
    """Whether the word at ``seg.text[start:end]`` stands right before link
    text whose first letter is a capital, with only a gap between."""
    text = seg.text
    at = end
    while at < len(text) and text[at] in _GAP:
        at += 1
    if at == end or at >= len(text) or not text[at].isupper():
        return False
    return any(s == at for s, _ in seg.link_ranges) and not seg.in_link(start, end)
