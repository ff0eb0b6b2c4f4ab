"""Words and match keys: the one definition of "same term, other spelling".

Both the glossary (when it indexes its spellings) and the matcher (when it
reads prose) reduce a phrase to a *key*: its word characters, case-folded,
with the separators between words dropped.  ``mel spectrogram``,
``Mel-Spectrogram`` and ``melspectrogram`` share the key ``melspectrogram``,
so one dictionary look-up finds the term whatever the spelling, and the
rules then compare the spelling found with the spellings allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazy_re import lazy_compile

#: A word: a run of Unicode letters and digits.  Hyphens, spaces and
#: apostrophes separate words; they are what spelling rules talk about.
WORD_RE = lazy_compile(r"[^\W_]+")

#: The hyphens that join the words of a compound: ASCII, Unicode's hyphen and its non-breaking one.
HYPHENS = frozenset("-\u2010\u2011")


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Each offset where ``text`` writes ``needle``, overlapping ones too, in
    order: found by ``str.find``, which skips the rest of the text in C
    where a pattern would be tried at every letter."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def words(text: str) -> list[str]:
    """The words of ``text``, in order."""
    return WORD_RE.findall(text)


def match_key(text: str) -> str:
    """The case- and separator-blind key of a phrase (see module doc)."""
    return "".join(w.casefold() for w in WORD_RE.findall(text))


#: Small words a Title Case title keeps in lower case ("Actors and Use Cases").
TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to via vs with".split())


def title_case(phrase: str) -> str:
    """Capitalise the first letter of every word, keep the rest as written.

    ``fine-tuning`` becomes ``Fine-Tuning`` and ``KL divergence`` becomes
    ``KL Divergence``: the form a Title Case heading gives a term.
    """
    return WORD_RE.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], phrase)


def capitalize_first(phrase: str) -> str:
    """Capitalise the first letter only: the form a sentence start gives."""
    for i, ch in enumerate(phrase):
        if ch.isalpha():
            return phrase[:i] + ch.upper() + phrase[i + 1 :]
    return phrase


def broken_as(words: list[str], breaks: list[str]) -> str:
    """A pattern of ``words`` joined by the same ``breaks`` (a blank, any
    run of whitespace, a line break included; a hyphen or another mark as
    itself): how a text that writes a term with those word breaks is
    searched for it."""
    joins = [r"\s+" if b.isspace() else re.escape(b) for b in breaks]
    return re.escape(words[0]) + "".join(j + re.escape(w) for j, w in zip(joins, words[1:], strict=True))
