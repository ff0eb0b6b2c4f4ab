"""Where an entry that defines a function is named as another thing's function.

A handbook may define a word of programming in its own narrow sense: its
``constructor`` is "a function returning the application", its one entry
point.  The same handbook speaks of "the ``Configurator`` constructor", "the
class' constructor" and "its constructor": the word is then the function of
that class or object (its ``__init__``), not the one the entry defines.  What
tells them apart is the owner named beside the word: a class or object, a
possessive, or "of the ``X``".  An owner the entry's own definition names
("the application's constructor", where the definition is about the
application) keeps the link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching.code_tokens import last_name
from ..sources.segments import PLACEHOLDER
from .model import Term

#: A definition that says the entry is a function: "A function returning ...",
#: "A callable which ...", "The method that ...".
_FUNCTION = re.compile(
    r"\W*(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?(?:function|callable|method|constructor|routine|procedure)s?\b",
    re.IGNORECASE,
)
#: Words that name a class or an object as the owner right before the term.
_OWNER_NOUNS = frozenset("class classes object objects instance instances".split())
#: Possessives of someone else's thing; "your", "our" and "my" are the reader's
#: own application, which is what such an entry defines.
_OTHER_POSSESSIVES = frozenset("its their his her".split())
_WORD_BEFORE = re.compile(r"([\w" + PLACEHOLDER + r"]+(?:['\u2019]s?)?)[ \t\n]+$")
_OF_OWNER = re.compile(r"[ \t\n]+of[ \t\n]+(?:the|an?|this|that|each)[ \t\n]+(" + PLACEHOLDER + r"|\w+)")


def defines_function(term: Term) -> bool:
    """Whether the entry's definition opens by saying it is a function."""
    return bool(_FUNCTION.match(term.definition))


def owned_by_other(
    term: Term,
    text: str,
    start: int,
    end: int,
    code_before: str | None = None,
    classes: frozenset[str] = frozenset(),
) -> bool:
    """Whether the mention at ``text[start:end]`` of a function entry is the
    function of another owner: right after code or a reference naming a class
    (``the :class:`Configurator` constructor``; ``code_before`` is that code's
    text when the caller knows it, and code naming a function, ``the
    ``esx.set_password`` function``, is the function itself), after a
    class the page writes as code elsewhere (``classes``) named in plain
    text (``the Configurator constructor``), after "class"
    or "object", after a possessive whose owner the definition does not name
    (``its``, ``the class' constructor``), or before "of the" and code or a
    class."""
    if not defines_function(term):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        word = before.group(1)
        if PLACEHOLDER in word:
            return code_before is None or _names_class(code_before)
        if word in classes and not re.search(r"\b" + re.escape(word) + r"\b", term.definition):
            return True
        bare = re.sub(r"['\u2019]s?$", "", word).casefold()
        if bare in _OWNER_NOUNS or bare in _OTHER_POSSESSIVES:
            return True
        if bare != word.casefold() and not _named_in(bare, term.definition):
            return True
    after = _OF_OWNER.match(text, end)
    return after is not None and (after.group(1) == PLACEHOLDER or after.group(1).casefold() in _OWNER_NOUNS)


def class_names(codes: Iterable[str]) -> frozenset[str]:
    """The names among pieces of code that may be classes: one capitalised identifier."""
    return frozenset(n for n in map(last_name, codes) if _names_class(n) and n.isidentifier())


def _names_class(code: str) -> bool:
    """``~pkg.Configurator``, ``Configurator()``: the last name is capitalised."""
    return last_name(code)[:1].isupper()


def _named_in(word: str, definition: str) -> bool:
    """Whether the definition names ``word`` (or its plural)."""
    return re.search(r"\b" + re.escape(word) + r"(?:e?s)?\b", definition, re.IGNORECASE) is not None
