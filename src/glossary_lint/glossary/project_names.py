"""The project's own name, as a glossary shows it, and programs named after it.

A handbook's glossary names several of the project's parts with its name in
front: "Salt Cloud", "Salt SSH", "Salt Virt".  The project names its
programs and packages the same way in lower case, joined by a hyphen:
``salt-minion`` is the daemon program, ``salt-master`` another, each named
after the thing it runs as.  A link on the term after the hyphen
(``minion``) would send a reader who is reading about the program to the
entry about the server.  A word that opens one entry's name only may be a
modifier of that entry ("Load Balancer" and nothing else), so it takes two,
and a word that Title Case headwords capitalise ("Execution Module", "State
Tree") is a name only where the definitions write it so mid-sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..matching.words import WORD_RE
from .model import Term

#: How many entries' names must open with the same capitalised word.
OPENED_NAMES = 2
#: A word in small letters and a hyphen right before a mention: ``salt-``.
_LOWER_JOINED = re.compile(r"(?<![\w\-\u2010\u2011])([a-z][a-z0-9]*)[-\u2010\u2011]$")


def project_names(terms: Iterable[Term]) -> frozenset[str]:
    """The capitalised first words, in lower case, that open the names of two
    entries or more (``salt`` of "Salt Cloud" and "Salt SSH")."""
    return _project_names(tuple(terms))


@lru_cache(maxsize=16)
def _project_names(terms: tuple[Term, ...]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for term in terms:
        # The headword as the glossary writes it: spellings are kept in the
        # case the entry's policy compares, small letters for most.
        words = WORD_RE.findall(term.term)
        if len(words) > 1 and words[0][:1].isupper():
            counts[words[0].casefold()] += 1
    openers = {word for word, count in counts.items() if count >= OPENED_NAMES}
    if not openers:
        return frozenset()
    definitions = "\n".join(term.definition for term in terms)
    return frozenset(word for word in openers if _written_as_name(word, definitions))


def _written_as_name(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a name: capitalised mid-sentence
    ("a Salt master") more often than in small letters, where a word that
    Title Case headwords capitalise ("Execution Module") is written small
    ("an execution module"), and hyphenated forms in small letters
    (``salt-cloud``) are the programs themselves."""
    capitalised = len(re.findall(rf"[a-z,][ \t\n]+{word.capitalize()}\b", text))
    # Small letters joined to a hyphen or inside a reference's target are
    # the program's and the page's names (``salt-cloud``), not prose.
    small = len(re.findall(rf"(?<![\w<`/\-]){word}(?![\w>`\-])", text))
    return capitalised > small


def after_project_name(text: str, start: int, names: frozenset[str]) -> bool:
    """Whether ``text[start:]`` comes right after one of ``names`` in small
    letters and a hyphen (``salt-minion``): a program named after the project."""
    if not names:
        return False
    joined = _LOWER_JOINED.search(text, max(0, start - 40), start)
    return joined is not None and joined.group(1) in names
