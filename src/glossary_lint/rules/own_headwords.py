"""An entry's name heading its own definition is the definition, not a mention.

A glossary page heads each definition with the term, in the letters the
glossary shows it in: "Memory Pool" over "A reserved area ...", where
running text writes "a memory pool".  ``import`` takes the entry's
``term`` from that headword, so the headword is the glossary's own form of
the name, and Sphinx renders a ``.. glossary::`` item's term as the
definition's title, not as a word of prose.  When the page lies among the
checked chapters, or a chapter holds a definition list of its own, such a
headword is no case slip of the running-text spelling.

Only a headword (a definition list's term, a glossary directive's item, an
anchored headword: :attr:`.segments.Segment.headword`) that writes the
entry's ``term`` letter for letter, as a whole name of the headword (alone,
or one of its names set apart by a comma, a slash or brackets), is the
entry's own: a headword in other letters than the glossary's
("Memory-Pool", "MemoryPool") is still a slip, and so is every mention in
the definition's prose under it.
"""

from __future__ import annotations

from ..matching.matcher import Mention

#: What may set one name of a headword apart from the next: ``Map, mapping``,
#: ``Intermediate Symbol File (ISF)``, ``Term : classifier``.
_SEPARATORS = ",;:/()"


def heads_own_definition(mention: Mention) -> bool:
    """Whether ``mention`` is a headword's whole name, written exactly as its
    entry's ``term``."""
    segment = mention.segment
    if not segment.headword:
        return False
    written = segment.text[mention.start : mention.end]
    if not any(term.term in (mention.one_line, written) for term in mention.terms):
        return False
    before = segment.text[: mention.start].rstrip()
    after = segment.text[mention.end :].lstrip()
    return (not before or before[-1] in _SEPARATORS) and (not after or after[0] in _SEPARATORS)
