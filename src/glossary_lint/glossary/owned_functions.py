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
from functools import lru_cache

from ..matching.code_tokens import last_name
from ..matching.words import WORD_RE
from ..sources.segments import PLACEHOLDER
from .long_names import EntryName, entry_names
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
#: A class or object said to have the function: "a class with a constructor".
_OWNER_WITH = re.compile(
    r"\b(?:class|classes|object|objects|instance|instances)[ \t\n]+with[ \t\n]+(?:an?|its|their)[ \t\n]+$"
)
_OF_OWNER = re.compile(r"[ \t\n]+of[ \t\n]+(?:the|an?|this|that|each)[ \t\n]+(" + PLACEHOLDER + r"|\w+)")


#: A definition that says the entry is a thing that may have functions: "An
#: object used to ...", "A factory which creates ...".
_OWNER = re.compile(
    r"\W*(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?(?:object|class|instance|factory)s?\b", re.IGNORECASE
)


def owner_names(terms: Iterable[Term]) -> tuple[EntryName, ...]:
    """The names of the entries that are objects or classes: a function entry
    named right after one is that thing's own function."""
    return _owner_names(tuple(terms))


@lru_cache(maxsize=16)
def _owner_names(terms: tuple[Term, ...]) -> tuple[EntryName, ...]:
    return entry_names(t for t in terms if _OWNER.match(t.definition))


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
    names: tuple[EntryName, ...] = (),
) -> bool:
    """Whether the mention at ``text[start:end]`` of a function entry is the
    function of another owner: right after code or a reference naming a class
    (``the :class:`Configurator` constructor``; ``code_before`` is that code's
    text when the caller knows it, and code naming a function, ``the
    ``esx.set_password`` function``, is the function itself), after a
    class the page writes as code elsewhere (``classes``) named in plain
    text (``the Configurator constructor``), after "class"
    or "object" (also "a class with a constructor"), after a possessive whose
    owner the definition does not name (``its``, ``the class' constructor``),
    after the name of another entry that is an object or a class and that the
    definition does not name (``the renderer factory constructor``, where
    "renderer factory" is "A factory which ...": ``names``, from
    :func:`owner_names`), or before "of the" and code or a class."""
    if not defines_function(term):
        return False
    if _OWNER_WITH.search(text, max(0, start - 40), start) or _after_other_entry(term, text, start, names):
        return True
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


def _after_other_entry(term: Term, text: str, start: int, names: tuple[EntryName, ...]) -> bool:
    """Whether the words right before ``start`` (spaces between) are one of
    ``names`` of another entry, a thing the definition does not name."""
    if not names:
        return False
    longest = max(len(n.words) for n in names)
    words = list(WORD_RE.finditer(text, max(0, start - 30 * longest), start))
    run: list[str] = []
    end = start
    for word in reversed(words):
        if not re.fullmatch(r"[ \t\n]+", text[word.end() : end]):
            break
        run.insert(0, word.group(0).casefold())
        end = word.start()
    return any(
        n.entry != term.id
        and tuple(run[-len(n.words) :]) == n.words
        and not _named_in(n.words[-1], term.definition)
        for n in names
        if len(n.words) <= len(run)
    )


def class_names(codes: Iterable[str]) -> frozenset[str]:
    """The names among pieces of code that may be classes: one capitalised identifier."""
    return frozenset(n for n in map(last_name, codes) if _names_class(n) and n.isidentifier())


def _names_class(code: str) -> bool:
    """``~pkg.Configurator``, ``Configurator()``: the last name is capitalised."""
    return last_name(code)[:1].isupper()


def _named_in(word: str, definition: str) -> bool:
    """Whether the definition names ``word`` (or its plural)."""
    return re.search(r"\b" + re.escape(word) + r"(?:e?s)?\b", definition, re.IGNORECASE) is not None
