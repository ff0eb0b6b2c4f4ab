"""An entry that is a command of the program, whose headword spaces the words
the command joins by hyphens: the spaced words in prose are the English
phrase, and the command only where the text names it.

A glossary of a tool's commands may head an entry with the command's words as
a phrase and give the command as typed in its definition: ``shear run``,
"A command (``shear-run``) that clips each ewe in the order of the pen list".
The same words in a sentence are an English phrase with a sense of its own:
"the order of the list sets the shear run" is the clipping's order, not the
command.  The phrase is the command where the words after it say so (``the
shear run command``), or under a heading that writes the command's name
(a section "The shear-run command"), where the section is about it.  The
command's own name, hyphenated, links as ever.

An entry is such a command when its definition opens by calling it a
command or a subcommand, and writes in code a name of words joined by
hyphens that are the headword's words; every one of them an English word,
so that the spaced form reads as a phrase.  An entry that says ``autolink``
links as ever.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..matching.english import is_known_word
from ..matching.words import HYPHENS, WORD_RE
from .model import Term

#: A definition that opens by calling the entry a command: "A command
#: (``shear-run``) that ...", "The subcommand that ...".
_A_COMMAND = re.compile(r"\W*(?:(?:an?|the)\s+)?(?:[A-Za-z-]+\s+)?(?:sub)?command\b", re.IGNORECASE)
#: A name in code in the definition: ``shear-run`` or `shear-run`.
_CODE = re.compile(r"`+([^`]+)`+")
#: Words after the phrase that say it names the command.
_COMMAND_WORDS = frozenset("command commands subcommand subcommands".split())
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([A-Za-z]+)")


@lru_cache(maxsize=4096)
def command_name(term: Term) -> str | None:
    """The command's name as typed (``shear-run``), when the entry is such a
    command whose spaced headword is an English phrase; None otherwise."""
    if term.autolink is not None or _A_COMMAND.match(term.definition.lstrip("*_")) is None:
        return None
    words = [w.casefold() for w in WORD_RE.findall(term.term)]
    if len(words) < 2 or "-" in term.term or not all(is_known_word(w) for w in words):
        return None
    joined = "-".join(words)
    for code in _CODE.findall(term.definition):
        if joined in re.findall(r"[\w-]+", code.casefold()):
            return joined
    return None


def command_only_reason(term: Term) -> str | None:
    """Why the entry's spaced words link only where they name the command,
    for ``import`` and ``glossary check`` to show; None when it links as ever."""
    name = command_name(term)
    if name is None:
        return None
    return f"it names the command '{name}', and '{term.term}' is an English phrase"


def names_command(found: str, text: str, end: int, name: str, titles: frozenset[str]) -> bool:
    """Whether the mention ``found`` ending at ``end`` of ``text`` names the
    command ``name``: written as it (hyphenated), or followed by "command",
    or under a heading that writes the name (``titles``: the hyphenated names
    of the section's title)."""
    if any(c in HYPHENS for c in found) or name in titles:
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in _COMMAND_WORDS
