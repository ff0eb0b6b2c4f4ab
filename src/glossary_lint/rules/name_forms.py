"""Spellings of a term that belong to a name, not to a slip of the term.

A name of capitalised words (``Salt Cloud``, ``Salt SSH``) is also the name
of the command or package that ships it, written in lower case and joined
by a hyphen or nothing (``salt-cloud``, ``saltcloud``): that is how the
command is typed, and nobody slips into it by accident.  A half-way form
(``Salt-Cloud``, ``salt cloud``) is no command name and stays a slip.

A word with an inner capital joined by a hyphen to another capitalised word
(``MultiMaster-PKI``, ``SoundForge-Tutorial``) is one name, coined by its
author; the term inside it is not misspelled (issue 12: names containing a
term are not misspellings).
"""

from __future__ import annotations

from ..lazy_re import lazy_compile
from ..matching.words import WORD_RE

#: A hyphen, as a character class body.
_HYPHENS = "\\-\u2010\u2011"


def is_command_name(found: str, wanted: str, exact: bool) -> bool:
    """Whether ``found`` is the lower-case command or package name of the
    name of spaced words ``wanted``, whose case is its identity (``exact``).
    A name hyphenated already (``HiFi-GAN``) in lower case is a case slip."""
    words = WORD_RE.findall(wanted)
    if not exact or " " not in wanted or not all(w[:1].isupper() for w in words):
        return False
    if not found.islower() or " " in found:
        return False
    return found in ("-".join(words).lower(), "".join(words).lower())


#: A capitalised word (or one in capitals) hyphenated to the span.
_CAPITALISED_AFTER = lazy_compile(rf"[{_HYPHENS}][A-Z][\w]*")
_CAPITALISED_BEFORE = lazy_compile(rf"(?<![\w{_HYPHENS}])[A-Z][\w]*[{_HYPHENS}]$")
_INNER_CAPITAL = lazy_compile(r"[a-z][A-Z]")


def in_hyphenated_name(found: str, text: str, start: int, end: int) -> bool:
    """Whether ``found``, a word with an inner capital (``MultiMaster``), is
    hyphenated to a capitalised word (``-PKI``, ``-Tutorial``) into one name."""
    if " " in found or not _INNER_CAPITAL.search(found):
        return False
    return bool(
        _CAPITALISED_AFTER.match(text, end) or _CAPITALISED_BEFORE.search(text[max(0, start - 60) : start])
    )
