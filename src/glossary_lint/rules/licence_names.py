"""Words in capitals that name a licence where the text speaks of licences.

Prose names a licence by its short identifier (``MIT``, ``ISC``, ``GPL``,
``ODbL``), as a package declares it: the name of a legal text, which the
reader looks up by that name, not an acronym to spell out (no handbook writes
"the Internet Systems Consortium licence").  The identifiers are the SPDX
License List's (data/spdx-licences.txt, from tools/spdx_licences.py), with
their stems before a version (``GPL`` of ``GPL-3.0-only``, ``ODC`` of
``ODC-By-1.0``: :func:`.word_lists.licence_identifiers`).

An identifier alone is not enough: ``ICU``, ``NTP``, ``IPA`` and ``SGP4``
are SPDX identifiers too, and mean a library, a protocol, a phonetic
alphabet and an orbit model on a page that is not about licences.  So a
word is a licence's name only where its paragraph names licences
(``licence``, ``license``, ``licensed``, ``licensing``), and either

* it is an identifier and its sentence names licences (``license it under
  QZL``, when QZL is one), or
* it is an item of a list that names one (``MIT, BSD, QZL``, ``ODC/QZL``,
  as :func:`.enumerations.in_name_list` reads a list): the items of a list
  are things of one kind, and a list of licences names licences, also one
  that no list knows (a licence's other name, or one written loosely).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from .enumerations import in_name_list
from .word_lists import is_licence_identifier

#: A word that speaks of licences: ``licence``, ``license``, ``licensed``, ``licenses``, ``licensing``.
_LICENCE_WORD = lazy_compile(r"(?<![^\W_])licen[cs](?:e[sd]?|ing)(?![^\W_])", re.IGNORECASE)
#: The end of a sentence: what the sentence around a word is cut at.
_SENTENCE_END = lazy_compile(r"[.!?;](?:\s|$)|\n\s*\n")


def names_licence(word: str, text: str, start: int, end: int) -> bool:
    """Whether ``word`` at ``text[start:end]`` names a licence (the module
    docstring says when)."""
    if "licen" not in text.lower() or not _LICENCE_WORD.search(text):
        return False  # the common case: a paragraph that does not speak of licences
    if is_licence_identifier(word) and _LICENCE_WORD.search(_sentence(text, start, end)):
        return True
    return in_name_list(text, start, end, is_licence_identifier, _no_title_name)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else 0 : after.start() if after else len(text)]


def _no_title_name(item: str) -> bool:
    """A list of licences is told by its identifiers, not by examples in Title Case."""
    return False
