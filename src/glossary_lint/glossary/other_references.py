"""Where a mention is part of how the text names something else: the words
of a link to another place, a quoted title, a file named by what it holds,
or a project named after the thing.

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

A title in quotes ("Section 2 “Information Model/UML Conceptual Design”")
names another document or section by its words: written in Title Case,
longer than the mention and called a section, chapter or document by the
word before it, it is that document's name, and a link on one of its words
would send the reader to the glossary's sense instead.  A quoted option or
feature ("the optional “Tools for Native Modules”") may still use the
words in the entry's sense, so a title needs that word before it.

A phrase that the sentence calls a file ("The techno-data timeslices is
an optional file") names the file by what it holds; the entry is that file
only when its definition says file.
"""

from __future__ import annotations

import re

from ..matching.words import TITLE_SMALL_WORDS, WORD_RE

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


#: Opening quotes and the quote that closes each.
_CLOSING_QUOTE = {"“": "”", '"': '"', "‘": "’"}
#: A noun or verb right before the opening quote that says a title follows:
#: "Section 2 “...”", "the chapter “...”", "a guide titled “...”".
_TITLE_NOUN_BEFORE = re.compile(
    r"\b(?:[Ss]ections?|[Cc]hapters?|[Pp]arts?|[Aa]ppendix|[Dd]ocuments?|[Gg]uides?|[Pp]apers?"
    r"|[Aa]rticles?|[Tt]utorials?|[Pp]ages?|titled|entitled|called|named)"
    r"(?:[ \t]+[\dA-Z§][\w.§]*)?,?[ \t]*\n?[ \t]*$"
)
#: How far a quote may open before the mention or close after it.
_QUOTE_REACH = 120


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a quoted title in Title Case
    that the words before it call a title ("Section 2 “...”", "the guide
    “...”") and that holds more words than the mention: every word
    capitalised but for small words such as ``and`` and ``of``, and a
    capitalised word besides the mention's own.  A quote of the mention alone, or of words in small
    letters, is left alone: that is the term itself, quoted."""
    quoted = _quoted_around(text, start, end)
    if quoted is None:
        return False
    a, b = quoted
    if _TITLE_NOUN_BEFORE.search(text, max(0, a - 60), a - 1) is None:
        return False
    words = WORD_RE.findall(text[a:b])
    others = WORD_RE.findall(text[a:start] + " " + text[end:b])
    return (
        len(words) >= 3
        and all(w[0].isupper() or w[0].isdigit() or w in TITLE_SMALL_WORDS for w in words)
        and any(w[0].isupper() for w in others)
    )


def _quoted_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the quotes that enclose ``text[start:end]`` on one
    line, or None: the nearest opening quote before it with no closing one
    between, and the first closing one after it."""
    before = text[max(0, start - _QUOTE_REACH) : start]
    base = start - len(before)
    for opening, closing in _CLOSING_QUOTE.items():
        at = before.rfind(opening)
        if at < 0 or "\n" in before[at:]:
            continue
        if opening == closing and before.count(opening) % 2 == 0:
            continue  # a straight quote that closes an earlier one
        if opening != closing and closing in before[at + 1 :]:
            continue
        if opening == "‘" and at > 0 and before[at - 1].isalnum():
            continue
        after = text[end : end + _QUOTE_REACH]
        close = after.find(closing)
        while opening == "‘" and close >= 0 and after[close + 1 : close + 2].isalpha():
            close = after.find(closing, close + 1)  # an apostrophe ("Don’t")
        if close < 0 or "\n" in after[:close] or opening in after[:close]:
            continue
        return base + at + 1, end + close
    return None


#: The mention as the subject that the sentence calls a file: "... is an optional file".
_CALLED_A_FILE = re.compile(
    r"[ \t]*\n?[ \t]+(?:is|was)[ \t]*\n?[ \t]+an?[ \t]*\n?[ \t]+(?:[A-Za-z-]+[ \t]*\n?[ \t]+){0,2}?files?\b"
)
_FILE_WORD = re.compile(r"\bfiles?\b", re.IGNORECASE)


def called_a_file(text: str, end: int, definition: str) -> bool:
    """Whether the sentence goes on from the mention ending at ``end`` to
    call it a file ("The techno-data timeslices is an optional file", "...
    is a CSV file"): the words name a file by what it holds.  A definition
    that says file makes the phrase the entry itself."""
    return _CALLED_A_FILE.match(text, end) is not None and _FILE_WORD.search(definition) is None
