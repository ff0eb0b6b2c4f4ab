"""An entry that is a class of the program, named by letters that in small
letters mean something else: the entry is there only where the page writes
the class's name.

A glossary of a program's parts names them as the code does: ``Ledger``,
"Base class for keeping the bookings of one shop (tillkit/books/ledger.py)".
The capital is the class's, and the same letters in small letters are the
ordinary noun ("the shop's ledger of refunds").  Or they are what the class
is built around, as the definition shows by writing them so: ``Budscan3``,
"Counts buds with the budscan3 detector network", where "budscan3" in prose
is the network, not the counter.  So such an entry links only
at its headword as written, in the middle of a sentence (where a capital
can only be the name's): at the start of a sentence, after a colon or in a
heading the capital says nothing, and doubt goes against the link.

An entry is a part of the program when its definition opens by calling it a
class ("Base class for ...", "The class that ...", but not "A class of
algorithms", a kind) or cites the source file that holds it.  Its headword
has a capital and is one identifier; its small letters mean something else
when they are an English word or when the definition writes them (apart from
file names and code).  An entry that says ``autolink: true`` links as ever.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..matching.english import is_known_word
from ..matching.words import WORD_RE
from .class_mentions import mid_sentence
from .model import Term

#: A definition that opens by calling the entry a class: "Base class for",
#: "Abstract base class for", "The class that", "Class handling".  "A class
#: of algorithms" is a kind of thing, not a class of the program, and "A
#: function or class that ..." says what may implement a concept.
_A_CLASS = re.compile(
    r"\W*(?:(?:an?|the)\s+)?(?:(?!(?:or|and)\b)[A-Za-z-]+\s+){0,2}?class\b(?!\s+of\b)(?!-)", re.IGNORECASE
)
#: A source file named with its folders: ``pkg/data/dataset.py``.
_SOURCE_FILE = re.compile(r"\b[\w.-]+(?:/[\w.-]+)*/[\w.-]+\.(?:py|pyx|js|mjs|ts|rb|go|rs|java|cpp|cc|c|h)\b")
#: Inline code, roles and file paths: the words of code, not of prose.
_CODE = re.compile(r"`[^`]*`|\b[\w.-]+(?:/[\w.-]+)+")
#: Emphasis marks a definition may open with.
_MARKUP = re.compile(r"[*_]")


def class_headword(term: Term) -> str | None:
    """The headword, when the entry is a class of the program whose name in
    small letters is something else: mentions link only where written as it,
    mid-sentence (:func:`written_as_class`).  None for every other entry."""
    return None if class_only_reason(term) is None else term.term


@lru_cache(maxsize=4096)
def class_only_reason(term: Term) -> str | None:
    """Why the entry links only at its headword written mid-sentence, for
    ``import`` and ``glossary check`` to show; None when it links as ever."""
    name = term.term
    if term.autolink is not None or not looks_like_code_name(name):
        return None
    if not is_program_part(term):
        return None
    small = name.casefold()
    if is_known_word(small):
        return f"it names a part of the program, and '{small}' is an English word"
    if _small_letters_in_definition(name, term.definition):
        return f"it names a part of the program, and its definition writes '{small}' for another thing"
    return None


def looks_like_code_name(name: str) -> bool:
    """Whether ``name`` could be a class in code: one identifier with a capital (``Dataset``)."""
    return name != name.lower() and re.fullmatch(r"[A-Za-z_]\w*", name) is not None


def is_program_part(term: Term) -> bool:
    """Whether the definition opens by calling the entry a class or cites
    the source file that holds it."""
    definition = term.definition
    if _A_CLASS.match(_MARKUP.sub("", definition)) is not None:
        return True
    return _SOURCE_FILE.search(definition) is not None


def _small_letters_in_definition(name: str, definition: str) -> bool:
    """Whether the definition's prose writes ``name`` (or its plural) in
    another case: "the budscan3 detector network" of the entry ``Budscan3``."""
    key = name.casefold()
    prose = _CODE.sub(" ", definition)
    return any(w.casefold() in (key, key + "s") and not w.startswith(name) for w in WORD_RE.findall(prose))


def written_as_class(name: str, found: str, text: str, start: int) -> bool:
    """Whether the mention ``found`` at ``start`` of ``text`` is the class
    ``name`` as written, after a small letter or a comma ("load it with the
    Dataset class"), where the capital can only be the name's."""
    return found == name and mid_sentence(text, start)
