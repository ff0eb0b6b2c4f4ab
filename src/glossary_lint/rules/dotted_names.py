"""Dotted names of code in a text (``pyramid.threadlocal.get_current_request``),
found from their dots.

The house survey reads every file of a run whole for them.  A search for
the name itself tries every word of prose as its first part (nine in ten
chapters' words begin nothing dotted); a name is found here from a dot
before a letter, which the regex engine skips to in C (a chapter has a few
dozen), and read from the start of the run of word characters and dots
around that dot: a dotted name begins only where such a run begins (no word
character or dot before it) and so a run holds one at most.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazy_re import lazy_compile

#: A dot before what may begin a name: where every dotted name has one.
_DOT_BEFORE_NAME = lazy_compile(r"\.[A-Za-z_]")
#: A dotted name from its first letter on (its first name atomic: one way to match it).
_DOTTED_NAME_AT = lazy_compile(r"(?=([A-Za-z_]\w*))\1(?:\.[A-Za-z_]\w*)+")
#: The rest of a run of word characters and dots.
_RUN = lazy_compile(r"[\w.]*")


def dotted_names(text: str) -> Iterator[str]:
    """The matches of ``(?<![\\w.])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+`` in
    ``text``, left to right."""
    read = 0  # runs that end before this offset are read
    for dot in _DOT_BEFORE_NAME.finditer(text):
        start = dot.start()
        if start < read:
            continue  # a later dot of a run already read
        # Back to the run's start: never past ``read``, where the last run ended.
        while start > read and _in_run(text[start - 1]):
            start -= 1
        if (name := _DOTTED_NAME_AT.match(text, start)) is not None:
            yield name[0]
        run = _RUN.match(text, dot.start())
        assert run is not None  # a pattern of ``*`` matches anywhere
        read = run.end()


def _in_run(char: str) -> bool:
    """Whether ``char`` is a word character (as ``\\w`` reads one) or a dot."""
    return char.isalnum() or char in "_."
