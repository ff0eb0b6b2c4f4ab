"""Acronyms a document spells out in a compound or beside a shorter acronym.

Two ways prose writes an acronym's long form that neither a bracket nor a
Title Case phrase shows (:func:`.acronyms.initialisms` reads those):

* a compound of three words or more joined by hyphens, in small letters as
  prose writes a coined phrase: ``keep-one-batch-out`` gives ``KOBO``, each
  word its initial, none left out (``of`` and ``the`` too: a compound is
  spelled whole, as ``state-of-the-art`` gives ``SOTA``);
* a word before an acronym that the longer one extends by that word's
  initial: ``a sparse QZT`` gives ``SQZT``; the reader knows the rest as the
  acronym written beside it.

Both are strict: every letter of the acronym comes from the document's own
words, in order, and nothing else is taken.  A compound glued to other
characters (``--keep-one-out``, ``keep-one-out.cfg``, ``a_b-c-d``) is a
command-line flag, a file or an identifier, not prose, and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazy_re import lazy_compile
from .acronyms import MINOR_WORDS

#: Three words or more joined by hyphens, each a letter and small letters,
#: not glued to a code token's characters on either side.
_COMPOUND = lazy_compile(r"(?<![\w./\\:=-])[A-Za-z][a-z]*(?:[-‐][a-z]+){2,}(?![\w/\\:=-]|\.\w)")
_HYPHEN = lazy_compile(r"[-‐]")
#: A word of three letters or more, then an acronym of capitals (digits
#: inside), one blank between them, on one line.
_WORD_THEN_ACRONYM = lazy_compile(r"(?<![\w./-])([A-Za-z][a-z]{2,})[ \t]+([A-Z][A-Z0-9]*[A-Z])(?![\w-])")
#: What every match of :data:`_COMPOUND` holds (two hyphens, a word between),
#: and of :data:`_WORD_THEN_ACRONYM` (a blank before two capitals): each opens
#: with a character prose has few of, which the regex engine skips to fast.
_TWO_HYPHENS = lazy_compile(r"[-‐][a-z]+[-‐][a-z]")
_BLANK_CAPITALS = lazy_compile(r"[ \t][A-Z][A-Z0-9]*[A-Z](?![\w-])")


def compound_initialisms(text: str) -> set[str]:
    """The acronyms that ``text`` spells out in hyphenated compounds or as
    a word before a shorter acronym, in capitals (see the module's docstring)."""
    found = {
        "".join(part[0] for part in _HYPHEN.split(m.group(0))).upper()
        for m in _on_lines(_COMPOUND, _TWO_HYPHENS, text)
    }
    found.update(
        m.group(1)[0].upper() + m.group(2)
        for m in _on_lines(_WORD_THEN_ACRONYM, _BLANK_CAPITALS, text)
        if m.group(1).lower() not in MINOR_WORDS
    )
    return found


def _on_lines(pattern: re.Pattern[str], holds: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only on the lines where ``holds``
    matches: the matches are the same, as no match of ``pattern`` crosses a
    line break and each holds a match of ``holds``; but a document is searched
    whole by the cheap pattern (in a tenth of the time the other takes), and
    by the other only on the few lines it picks out.  A search from a line's
    start still sees the characters before it (look-behinds read them); its
    end stands for the line break, which no look-ahead here matches either."""
    end = -1
    for hit in holds.finditer(text):
        if hit.start() < end:
            continue  # on the line searched already
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        if end < 0:
            end = len(text)
        yield from pattern.finditer(text, start, end)
