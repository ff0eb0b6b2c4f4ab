"""A mention whose words, with the word after them, spell a name that the page
writes in code: the phrase is that name, not the entry.

A handbook about a program often names a class, a resource type or a setting
by joining the words of a phrase (``WaitConditionHandle``), and its prose then
writes the same name as words ("the wait condition handle resource").  Where
the entry's name is only the first words of that phrase (the entry
``wait condition``), a link on them would send the reader to another thing
than the one the sentence is about.  The evidence is the page's own code: the
joined name must be written there, in an inline literal or a code block, with
a capital inside it (a single capitalised word says nothing of a phrase).

Only a name of several words in small letters is looked at.  A one-word term
or an acronym is what code most often names its classes after, the term
keeping its sense (``IndexingSupport`` is support for indexing, a
``DemProcessing`` step processes DEMs); a phrase of ordinary words joined
with one more word is a name that the phrase alone does not make.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching.words import WORD_RE

#: An identifier with a capital after its first letter: ``WaitConditionHandle``.
_CAMEL = re.compile(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+")
#: The word after the mention, in small letters, across spaces or one line break.
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]+([a-z]+)\b")


def joined_code_names(codes: Iterable[str]) -> frozenset[str]:
    """The names with inner capitals that ``codes`` (the page's code texts)
    write, in small letters: ``waitconditionhandle``."""
    return frozenset(m.group(0).casefold() for code in codes for m in _CAMEL.finditer(code))


def opens_code_name(found: str, text: str, end: int, names: frozenset[str]) -> bool:
    """Whether the mention ``found`` ending at ``end`` of ``text`` and the word
    after it, joined, are one of the page's code ``names`` ("the wait
    condition handle resource" beside ``WaitConditionHandle``)."""
    if not names or len(WORD_RE.findall(found)) < 2 or not found.islower():
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    joined = "".join(WORD_RE.findall(found)) + after.group(1)
    return joined.casefold() in names
