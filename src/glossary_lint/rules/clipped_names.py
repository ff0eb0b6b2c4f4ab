"""The short forms in capitals of a name written in camel case.

A project named in camel case (``KilnCraftPy``, ``GlazeIo``) is often
written short in capitals: its words' initials, with a short word kept
whole (``KCPY``, ``GIO``).  Such a form is the name clipped, not the
initials of a phrase a reader could be given: the name the handbook writes
is what it stands for, in every chapter, and it is a name (for
``undefined-name``), as the run's other spelled-out names are
(:mod:`.acronym_names`).  A form made of the initials alone (``KCP``) is
left to a document that writes the name (:func:`.acronyms.initialisms`):
the capitals of a name are as often an acronym of the field that happens
to share them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

from ..lazy_re import lazy_compile

#: A name in camel case: two words or more, each a capital and small letters,
#: standing alone (not part of a dotted or snake-case identifier).
_CAMEL_NAME = lazy_compile(r"(?<![\w.])(?:[A-Z][a-z]+){2,5}(?![\w.(])")
#: A word of such a name.
_PART = lazy_compile(r"[A-Z][a-z]+")
#: Longest word a short form keeps whole (``Py``, ``Io``, ``Lab``).
_WHOLE_LETTERS = 3
#: Fewest and most letters of a short form.
_SHORTEST, _LONGEST = 3, 6


def clipped_forms(text: str) -> Iterator[str]:
    """Each short form in capitals of each camel-case name ``text`` writes:
    every word gives its initial or, if it has three letters at most, the
    whole word, and one word at least gives itself whole."""
    seen: set[str] = set()
    for match in _CAMEL_NAME.finditer(text):
        name = match.group(0)
        if name in seen:
            continue
        seen.add(name)
        parts = _PART.findall(name)
        choices = [(p[0], p) if len(p) <= _WHOLE_LETTERS else (p[0],) for p in parts]
        for picked in product(*choices):
            form = "".join(picked)
            if len(form) > len(parts) and _SHORTEST <= len(form) <= _LONGEST:
                yield form.upper()
