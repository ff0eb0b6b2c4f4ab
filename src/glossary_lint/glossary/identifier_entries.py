"""Entries named by an identifier, and the English phrase its words make.

Some glossaries name a thing of code by its identifier: a service or process
(``manila-share``), a configuration key (``config-project``), words in lower
case joined by hyphens.  The same words spaced are an English phrase with a
sense of its own: "a manila share" is a share that manila manages, not the
service.  The phrase is the entry only where the text says so: where a word
after it says what sort of program it is (``the manila share service``), or
where the entry is a kind of the thing the phrase's last word names (the
definition of ``config-project`` opens "One of two types of projects", so a
"config project" is one).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.words import WORD_RE
from .model import Term

#: On how many pages (or files) a handbook must write an identifier as code
#: for it to be a name of its code: one page may quote another program's.
CODE_PAGES = 3
#: Lower-case words (letters and digits) joined by hyphens: ``manila-share``.
_IDENTIFIER = lazy_compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
#: Words after a name that say it names a running program.
_PROGRAM_WORDS = frozenset("service services daemon daemons process processes binary binaries".split())
_NEXT_WORD = lazy_compile(r"[ \t]*\n?[ \t]*([A-Za-z]+)")
#: Where the opening of a definition, which says what sort of thing the entry is, ends.
_OPENING_END = lazy_compile(r"[.;:(]|\b(?:that|which|who|whose|where|when|used|for)\b", re.IGNORECASE)


#: A name in code: words joined by hyphens or underscores (``config-projects``,
#: ``octavia`` of ``octavia.conf``, ``load_balancer`` whole).
CODE_TOKEN = lazy_compile(r"\w+(?:-\w+)*")


def code_identifiers(code: str) -> set[str]:
    """The hyphenated names a piece of code writes, also without a plural
    ending (``config-project`` of ``config-projects:``)."""
    names = set()
    for token in CODE_TOKEN.findall(code):
        if "-" in token:
            names.add(token)
            names.update(token[: -len(e)] for e in ("s", "es") if token.endswith(e))
    return names


def is_identifier(name: str) -> bool:
    """Whether ``name`` is written like an identifier: lower-case words joined by hyphens."""
    return _IDENTIFIER.fullmatch(name) is not None


def spaced_identifier(found: str, name: str) -> bool:
    """Whether ``found`` is the identifier ``name`` with its words spaced (in any case)."""
    return (
        is_identifier(name)
        and not any(c in found for c in "-\u2010\u2011")
        and [w.casefold() for w in WORD_RE.findall(found)] == name.split("-")
    )


def names_program(text: str, end: int) -> bool:
    """Whether the word after ``text[:end]`` says the words before it name a
    program: ``the manila share service``."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in _PROGRAM_WORDS


def phrase_is_entry(term: Term, found: str, text: str, end: int) -> bool:
    """Whether the spaced identifier ``found`` (ending at ``end`` of ``text``,
    its plural or possessive ending after it) means the entry: a program word
    follows it, or the definition's opening (up to its first clause) names
    the thing its last word names, so the entry is one of those."""
    after = re.match(r"['’]?s?", text[end : end + 2])
    if names_program(text, end + (after.end() if after else 0)):
        return True
    head = WORD_RE.findall(found)[-1].casefold()
    cut = _OPENING_END.search(term.definition)
    opening = term.definition[: cut.start() if cut else len(term.definition)]
    return any(w.casefold() in (head, head + "s", head + "es") for w in WORD_RE.findall(opening))
