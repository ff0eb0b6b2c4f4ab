"""A capitalised name written in lower case where the lower case is no slip.

GL001 holds a name the glossary capitalises (``Widgetd``, ``SSH``) to its
capitals.  Three lower-case writings of it say something else, each shown
by the words around it or by the entry itself:

* the English verb: a one-word name that English also writes as a verb,
  standing as one (after ``to``, a modal or a subject pronoun) with its
  object after it (``a tool to bootstrap a new project`` beside the
  framework "Bootstrap"): a name is a noun, and no noun stands there;
* the class's ordinary noun: a one-word name whose own definition writes
  it as code (``Initializer``, "see :class:`pkg.Initializer`"), in lower
  case where English writes the word (``your app initializer``): the
  thing an instance of the class is, named as English names it, as the
  words of a class-like name in lower case are (:mod:`.class_nouns`);
* the code's name: a lower-case form that the entry's own definition
  writes as inline code (``ssh`` of "SSH", defined as "specified with
  ``-c ssh``"): the glossary says the name is typed so, as a command, a
  value or a package, and the prose's ``used by ssh`` names that.

Each needs the name to be one word; a lower-case form that none of these
explains (``celery jobs`` for "Celery") stays a slip.
"""

from __future__ import annotations

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word
from ..matching.words import capitalize_first
from .house_style import code_names
from .word_roles import OBJECT_START, stands_as_verb

#: The word after a span, across spaces.
_NEXT_WORD = lazy_compile(r"\s+([A-Za-z']+)")
#: Inline code in a definition: reST's double backquotes, or Markdown's
#: single pair where it is no reST role (``:term:`x```) or link (```x <url>`_``).
_INLINE_CODE = lazy_compile(r"``([^`\n]+)``|(?<![`:])`([^`<\n]+)`(?![`_])")
#: The tokens of inline code: words joined by dots, hyphens or underscores stay whole.
_CODE_TOKEN = lazy_compile(r"[\w.-]+")


def _capitalised_word(wanted: str) -> bool:
    """``Bootstrap``, ``Initializer``: one word, a capital first and no other."""
    return wanted.isalpha() and len(wanted) > 1 and wanted == capitalize_first(wanted.lower())


def lowered_as_verb(found: str, wanted: str, text: str, start: int, end: int) -> bool:
    """``to bootstrap a new project`` for "Bootstrap": the English verb (see the module doc)."""
    if found != wanted.lower() or not _capitalised_word(wanted):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).casefold() not in OBJECT_START:
        return False
    return stands_as_verb(text, start, found)


def lowered_class_noun(found: str, wanted: str, definition: str) -> bool:
    """``your app initializer`` for "Initializer", defined through the class
    ``Initializer``: the ordinary noun of the class (see the module doc)."""
    return (
        found == wanted.lower()
        and _capitalised_word(wanted)
        and is_known_word(found)
        and wanted in code_names(definition)
    )


def lowered_code_name(found: str, wanted: str, definition: str) -> bool:
    """``ssh`` for "SSH", whose definition writes ````-c ssh````: the code's
    own name in lower case (see the module doc)."""
    if not found.islower() or found == wanted or found.casefold() != wanted.casefold() or " " in found:
        return False
    if "`" not in definition:
        return False
    for match in _INLINE_CODE.finditer(definition):
        code = match.group(1) or match.group(2)
        if found in _CODE_TOKEN.findall(code):
            return True
    return False
