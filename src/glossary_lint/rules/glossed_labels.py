"""A word in capitals that labels a line whose gloss writes it in small letters.

A list of conventions sets keywords out as labels, each glossed on its own
line: ``* WARN: a warning the reader may act on``, ``- STOP - stop the
kiln``, ``TRIM: trim the glaze``.  Where the gloss writes the label's own
word in small letters, the capitals are that English word set in capitals
as a label (a prefix, a status, a keyword a program reads), and the line
says so itself: an acronym's letters make no word its gloss would write
(``QZF: quartz zone firing`` glosses QZF with a phrase, not with ``qzf``).
GL002 asks this only of the words its cheaper tests leave
(:mod:`.undefined`).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word
from ..sources.segments import source_lines

#: The start of a line up to a label: blanks and a list item's marker, if any.
_LINE_OPENING = lazy_compile(r"[ \t]*(?:(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+)?")
#: What ends a label and opens its gloss: a colon or a dash between blanks.
_LABEL_END = lazy_compile(r":[ \t]+|[ \t]+(?:--|[-\u2013\u2014])[ \t]+")


def labels_own_gloss(word: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an English word in capitals that opens
    its line as a label (after a list marker, if any) and whose gloss, the
    rest of the line, writes the same word in small letters (``FIRE: fire
    the kiln``)."""
    if not (word.isalpha() and word.isupper() and is_known_word(word.lower())):
        return False
    line_start, line_end = source_lines(text, start, end)
    opening = _LINE_OPENING.match(text, line_start)
    if opening is None or opening.end() != start:
        return False
    label_end = _LABEL_END.match(text, end)
    if label_end is None:
        return False
    gloss = text[label_end.end() : line_end]
    return re.search(rf"(?<![^\W_]){re.escape(word.lower())}(?![^\W_])", gloss) is not None
