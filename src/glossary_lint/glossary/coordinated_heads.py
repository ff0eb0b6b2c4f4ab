"""A mention that shares its head noun with the next item of a coordination:
"the billet, puller and final saw kerfs" names the puller saw and the final
saw, and where the glossary has an entry "Puller saw" beside "Puller", the
``puller`` there is a piece of that entry's name, not the puller itself.

English leaves out a head noun that two modifiers share ("puller and final
saw" for "puller saw and final saw", "puller/final-saw kerf"), so the words
that close the other entry's name stand after the coordinator, behind the
other item's own modifier.  :func:`.long_names.modifies_other_name` finds the
other name only where it goes on straight after the mention.
"""

from __future__ import annotations

import re

from ..matching.words import WORD_RE
from .long_names import MAX_INSERTED, PHRASE_BREAKS, EntryName

#: A coordinator right after the mention: "and", "or", "nor" (a comma may
#: stand before it), or a slash ("puller/final-saw").
_COORDINATOR = re.compile(r"[ \t]*\n?[ \t]*(?:,[ \t]*\n?[ \t]*)?(?:and|or|nor)[ \t]*\n?[ \t]+|[ \t]*/[ \t]*")
#: What may join the words of the other item: a hyphen, or spaces and one line break.
_JOINED = re.compile(r"[-\u2010\u2011]|[ \t]*\n[ \t]*|[ \t]+")


def shares_other_head(text: str, start: int, end: int, entry: str, names: tuple[EntryName, ...]) -> bool:
    """Whether the words at ``text[start:end]`` open another entry's name
    (not ``entry``'s) whose remaining words close the item coordinated right
    after them, behind a modifier of that item's own: "puller" in "puller
    and final saw kerfs" beside the entry "puller saw".  The remaining words
    must follow at least one word of the other item ("the puller and saw"
    names two things) and no more than :data:`.long_names.MAX_INSERTED` + 1.
    """
    if not names:
        return False
    coordinator = _COORDINATOR.match(text, end)
    if coordinator is None:
        return False
    own = tuple(w.casefold() for w in WORD_RE.findall(text, start, end))
    item = _item_words(text, coordinator.end())
    if not own or len(item) < 2 or item[0] in PHRASE_BREAKS:
        return False  # "the puller and the final saw": two things, each with its own head
    for name in names:
        size = len(name.words)
        if name.entry == entry or size <= len(own) or name.words[: len(own)] != own:
            continue
        rest = name.words[len(own) :]
        for at in range(1, min(len(item) - len(rest), MAX_INSERTED + 1) + 1):
            got = tuple(item[at : at + len(rest)])
            if got[:-1] == rest[:-1] and got[-1] in _plurals(rest[-1]):
                return True
    return False


def _plurals(noun: str) -> tuple[str, ...]:
    """``noun`` and the plurals English may make of it (``policies`` of ``policy``)."""
    forms = (noun, noun + "s", noun + "es")
    return forms + (noun[:-1] + "ies",) if noun.endswith("y") else forms


def _item_words(text: str, at: int) -> list[str]:
    """The words from ``at`` on that spaces and hyphens join, in small letters:
    the coordinated item, up to its head and the word after it."""
    words: list[str] = []
    previous = at
    for word in WORD_RE.finditer(text, at, min(len(text), at + 80)):
        if words and _JOINED.fullmatch(text, previous, word.start()) is None:
            break
        if not words and word.start() != at:
            break
        words.append(word.group(0).casefold())
        previous = word.end()
        if len(words) > MAX_INSERTED + 2:
            break
    return words
