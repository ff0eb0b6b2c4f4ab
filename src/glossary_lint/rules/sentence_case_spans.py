"""Bold and link text written in sentence case gives a capital no reason.

A segment's title ranges (bold text, link text) are places where Title Case
is conventional: ``**Flash Attention**`` capitalises every main word, so a
capital on one of them is the span's style.  A range whose other main words
are in lower case (``**a custom task scenario, Widget, deployment or
context**``) is written in sentence case instead: emphasis on a phrase of
running text, whose mid-phrase capital has no more reason than it would
have without the asterisks.  Only a range that opens with a small letter
is read so: it continues the sentence around it, where one that opens with
a capital may be a label, a title or a quoted line (``stating: **No Widget
found**``, a message as the program prints it).
"""

from __future__ import annotations

from ..matching.words import WORD_RE
from ..sources.segments import Segment

#: Words Title Case leaves in lower case between capitalised words.
_SMALL_WORDS = frozenset(
    "a an the and or but nor for of to in on at by with from into onto via as vs per than".split()
)
#: How many lower-case main words make a range sentence case: one may be a
#: slip in a title, two are the range's style.
_LOWER_WORDS = 2


def in_title_case_range(segment: Segment, start: int, end: int) -> bool:
    """Whether the span lies in a title range (bold, link text) that may
    capitalise it: any but one opening with a small letter and written in sentence case."""
    return any(
        s <= start and end <= e and not _sentence_case_around(segment.text, s, e, start, end)
        for s, e in segment.title_ranges
    )


def _sentence_case_around(text: str, range_start: int, range_end: int, start: int, end: int) -> bool:
    """Whether ``text[range_start:range_end]`` is running text in sentence
    case around the span: its first word, not the span, is in small letters,
    and its other words hold :data:`_LOWER_WORDS` main words in lower case."""
    words = [
        m for m in WORD_RE.finditer(text, range_start, range_end) if m.end() <= start or m.start() >= end
    ]
    if not words or words[0].start() >= start or not words[0].group()[:1].islower():
        return False  # a range opening with the span or a capital: a label, a title, a quoted line
    lower = sum(
        1 for m in words if m.group().islower() and m.group().isalpha() and m.group() not in _SMALL_WORDS
    )
    return lower >= _LOWER_WORDS
