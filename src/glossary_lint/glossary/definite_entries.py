"""Where a one-word entry that names one particular thing is written as one of
a kind: the everyday word.

A definition that opens with the definite article and the entry's name ("The
vault is the store that holds ...") defines the one thing the system has
under that name, not a kind of things.  English counts a kind, not a single
thing, and two ways of counting show the word is not that thing:

* the indefinite article before it with a noun after it that it modifies
  ("a vault door", "an engine room"): the article is the noun's, and the
  word only says which sort of that noun, in its everyday sense;
* the plural after someone else's possessive ("the tenants keep their own
  vaults"): many such things, one for each owner.  "your" and "our" are the
  reader's own system, which is the one the glossary describes, so they keep
  the link.

A name of several words ("the render queue") is the handbook's own phrase
wherever it stands, so only a one-word name is looked at.
"""

from __future__ import annotations

import re

from ..matching.words import WORD_RE
from ..rules.word_roles import modifies_next_noun
from .model import Term

#: Emphasis, literal and role marks a definition may open with.
_MARKUP = re.compile(r"[`*_]|:\w+:")
#: The indefinite article right before a mention.
_INDEFINITE = re.compile(r"\b(?:a|an)[ \t]*\n?[ \t]+$", re.IGNORECASE)
#: A possessive of owners other than the reader, right before a mention
#: (``own`` may stand between): "their own vaults", "its vaults".
_OTHERS = re.compile(r"\b(?:their|its|his|her)(?:[ \t]*\n?[ \t]+own)?[ \t]*\n?[ \t]+$", re.IGNORECASE)


def names_one_thing(term: Term) -> bool:
    """Whether the entry's name is one word and its definition opens with
    "The" and that name: the one thing of that name, not a kind."""
    name = term.spelling
    if len(WORD_RE.findall(name)) != 1:
        return False
    opening = _MARKUP.sub("", term.definition).lstrip()
    return re.match(r"the\s+" + re.escape(name) + r"\b", opening, re.IGNORECASE) is not None


def counted_as_a_kind(term: Term, text: str, start: int, end: int) -> bool:
    """Whether the mention at ``text[start:end]`` of an entry that
    names one thing counts it as one of a kind: "a vault door" (the article
    and a noun it modifies) or "their own vaults" (others' plural)."""
    if not names_one_thing(term):
        return False
    window = max(0, start - 20)
    if _INDEFINITE.search(text, window, start) and modifies_next_noun(text, start, end):
        return True
    name = term.spelling.casefold()
    plural = text[start:end].casefold() in (name + "s", name + "es")
    return plural and _OTHERS.search(text, window, start) is not None
