"""Where a mention is part of how the text names something else: the words
of a link to another place, or a project named after the thing.

A page built from Markdown may show a link's own syntax as text when the
target is one the builder cannot resolve (``[duration curve][api.sorted]``
from a site generator's cross-reference, ``[a guide](guide.md)`` inside a
construct the parser reads as text): the words in the square brackets are
the title of that other target, chosen by the author to name it, and a
second link on them would point the reader somewhere the author did not.

"The Kestrel project" names a project, an organisation with people and
repositories, after a thing it makes: the definite article and a capitalised
name before ``project`` make the phrase one named project ("the Pylons
project" beside the entry for the Pylons framework), where "a Python
project" is one project of a kind, written in the language.  The entry is
that project only when its definition calls it one.
"""

from __future__ import annotations

import re

#: An opening square bracket with no closing one between it and the mention.
_OPEN_BRACKET = re.compile(r"\[[^\[\]\n]*$")
#: The rest of the bracket, closed and followed at once by a link target.
_CLOSED_BEFORE_TARGET = re.compile(r"[^\[\]\n]*\][\[(]")


def in_other_link_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside ``[...]`` that is directly
    followed by ``[`` or ``(``: the text of a Markdown link to another target,
    left in the page as written."""
    return (
        _OPEN_BRACKET.search(text, max(0, start - 200), start) is not None
        and _CLOSED_BEFORE_TARGET.match(text, end) is not None
    )


#: ``project`` or ``projects`` right after the mention, across spaces.
_PROJECT_AFTER = re.compile(r"[ \t]*\n?[ \t]+[Pp]rojects?\b")
#: "the" opening the noun phrase: right before the mention or one word before it.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]*\n?[ \t]+(?:[\w-]+[ \t]*\n?[ \t]+)?$")
_PROJECT_WORD = re.compile(r"\bprojects?\b", re.IGNORECASE)
#: A web address in a definition: its path's words are not the definition's.
_ADDRESS = re.compile(r"\w+://\S+")


def names_project(text: str, start: int, end: int, definition: str) -> bool:
    """Whether the mention ``text[start:end]``, written with a capital, names
    the project called after it: "the Kestrel project", "the community
    Kestrel project".  A definition that calls the entry a project makes the
    phrase the entry itself (its words, not those of an address it links to:
    ``.../projects/pylons-webframework``)."""
    return (
        any(c.isupper() for c in text[start:end])
        and _PROJECT_AFTER.match(text, end) is not None
        and _THE_BEFORE.search(text, max(0, start - 60), start) is not None
        and _PROJECT_WORD.search(_ADDRESS.sub(" ", definition)) is None
    )
