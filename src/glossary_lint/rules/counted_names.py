"""Headwords in camel case that the handbook counts, as English counts things.

A glossary entry named in camel case (``ShelfUnit``) may be a class the code
shows (:mod:`.class_nouns` then reads "a shelf unit" as the ordinary noun
for it) or an API's kind of object that the prose names without code
markup: "each ShelfUnit holds boxes", "list the ShelfUnits".  A name the
prose puts in the plural names a kind of thing of which there are many,
as a class does: a product's or a project's name (``JavaScript``,
``GitHub``) is never pluralised.  Its words spaced in lower case ("create a
shelf unit") are then English's noun for one of those things, the way a
command line or a dashboard names it, not a slip of the name.

The plural is read where it tells of the whole handbook, the glossary's
definitions, or of the page itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..glossary.model import Glossary
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from .class_nouns import class_name_set


@glossary_table(TableKind.STRINGS, uses=("glossary_lint.rules.class_nouns",))
def defined_plurals(glossary: Glossary) -> frozenset[str]:
    """The glossary's camel-case spellings whose plural (``-s``, ``-es``)
    one of its definitions writes."""
    names = class_name_set(glossary)
    if not names:
        return frozenset()
    # One pass over the definitions' words, not a search per name: the same
    # boundaries as :func:`_plural`, at a cost that does not grow with names x text.
    words = set(_WORD.findall("\n".join(term.definition for term in glossary)))
    return frozenset(name for name in names if name + "s" in words or name + "es" in words)


#: A whole word as :func:`_plural` bounds one: not after a word character or
#: a dot, not before a word character or an opening bracket.
_WORD = lazy_compile(r"(?<![\w.])\w+(?![\w(])")


def _plural(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(name) + r"e?s(?![\w(])")


def counted_name(glossary: Glossary, source: str) -> Callable[[str], bool]:
    """Whether a camel-case spelling is put in the plural by the glossary's
    definitions or by the page ``source`` (see the module doc).  The
    glossary's plurals are read when first asked: most pages never ask."""
    return lambda name: name in defined_plurals(glossary) or _plural(name).search(source) is not None
