"""A page's opening sentence that names its subject as the page's title does.

A page about one component often opens under its title with a sentence
that names the component again, in the title's very letters::

    # Tide Gauge

    The Tide Gauge records the water level every minute ...

The title is set in Title Case, and the sentence under it repeats the
title's words as the page's name for its subject: the author quotes the
title, no case slip of running text.  Only that first sentence reads so,
and only under a heading that is the term alone, written as the sentence
writes it: a later sentence, or a heading that says more than the term
("Tide Gauge Settings"), names nothing by the title, and a capital there
stays the slip it looks like.  Only a name of several words with a later
word capitalised shows the title's Title Case: one word ("Gauge") or a
heading in sentence case ("Tide gauge") is capitalised as any heading's
first word is, and the sentence's capital has no title to quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..sources.segments import BlockKind, Segment

#: The end of a sentence: a full stop, question or exclamation mark before a blank.
_SENTENCE_END = lazy_compile(r"[.!?][\"')\]’”]*\s")


def restates_title(mention: Mention, segments: Sequence[Segment]) -> bool:
    """Whether the mention stands in the first sentence of the paragraph
    right under a heading that is the mention's words alone, letter for
    letter (see the module doc)."""
    segment = mention.segment
    words = mention.one_line.split()
    if segment.kind is not BlockKind.PARAGRAPH or not any(w[:1].isupper() for w in words[1:]):
        return False
    if _SENTENCE_END.search(segment.text, 0, mention.start) is not None:
        return False
    before = _segment_before(segment, segments)
    return (
        before is not None
        and before.kind is BlockKind.HEADING
        and " ".join(before.text.split()) == mention.one_line
    )


def _segment_before(segment: Segment, segments: Sequence[Segment]) -> Segment | None:
    """The segment right before ``segment`` in the document, by identity."""
    for i, other in enumerate(segments):
        if other is segment:
            return segments[i - 1] if i else None
    return None
