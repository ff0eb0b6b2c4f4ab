"""Where a closed-up term is the title of the code its own line names.

A spaced term written as one word (``Probeserver`` for "probe server") is
a spacing slip in a sentence, but capitalised as a title beside a file or
identifier made of that word (``Probeserver Test`` beside
``probeserver_test.py`` in a table of tests) it calls the thing by its code
name: the test, the script.  The evidence is the line's own, so a slip
elsewhere on the page stays a slip; only a closed form is read so (a code
name has no space to lose); and a lower-case word in a sentence stays a
slip even beside a module of its name (``the shoerack queue; see
hallway.shoerack``): prose writes a module's name as code, and its own
words as the glossary spells them.
"""

from __future__ import annotations

import re

from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from ..sources.segments import source_lines


def named_by_line_code(mention: Mention, source: str) -> bool:
    """Whether a capitalised closed-up mention of a spaced or hyphenated term
    is a part of an identifier or file name (joined by ``_`` or ``.``) on its
    source line."""
    found = mention.found
    if mention.separators or not WORD_RE.fullmatch(found) or not found[:1].isupper():
        return False
    if not all(len(WORD_RE.findall(c.spelling.text)) > 1 for c in mention.candidates):
        return False
    span = mention.segment.source_span(mention.start, mention.stem_end)
    if span is None:
        return False
    line_start, line_end = source_lines(source, *span)
    line = source[line_start:line_end]
    word = re.escape(found.casefold())
    code = re.compile(r"(?<![^\W_])" + word + r"[_.][^\W_]|[^\W_][_.]" + word + r"(?![^\W_])", re.IGNORECASE)
    return code.search(line) is not None
