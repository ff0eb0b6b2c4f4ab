"""A name's first word modifying a compound that opens with the name's last word.

``the Kiln pot-firing schedule`` beside the glossary's ``Kiln Pot``: the
author wrote ``pot`` in lower case because it is no word of the name here
but the first word of the compound ``pot-firing schedule``, which ``Kiln``
modifies as a whole (``Kiln [pot-firing schedule]``, not ``[Kiln Pot]
firing schedule``).  English shows that bracketing two ways:

* a hyphen that joins the lower-case word to the next one
  (``pot-firing``): a hyphenated compound is one word, so the name's last
  word cannot end a name before it; a hyphen to a word that makes a
  modifier of what stands before it (``-based``, ``-style``) joins the
  whole name, which keeps its capitals (``Kiln Pot-based``);
* an open compound (``pot rack``, ``pot racks``) that the handbook itself
  writes as its lower-case phrase for a thing of its own, away from the
  name: the glossary's definitions write it, or the page writes it
  :data:`~.house_style.KEPT_USES` times or more.  One stray use on the page
  is no habit, and a capital slip before an everyday noun
  (``the Kiln pot needs firing``) stays a slip.

Only a mention whose letters differ from the glossary's in the case of its
last word alone is read so: a slip in another word is a slip whatever follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..glossary.model import Glossary
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from .house_style import KEPT_USES
from .word_roles import MODIFIER_ENDS

#: A hyphen joining the mention's last word to a lower-case word.
_HYPHEN_JOIN = lazy_compile(r"[-\u2010\u2011]([a-z]+)\b")
#: Spaces (a line break too) before a lower-case word.
_SPACE_JOIN = lazy_compile(r"[ \t]*\n?[ \t]*([a-z]+)\b")
#: A word of a definition's prose, and what may join two words of a compound.
_WORD = lazy_compile(r"[A-Za-z]+")
_JOIN = lazy_compile(r"[ \t]*\n?[ \t]*|[-\u2010\u2011]")


def modifies_compound(mention: Mention, source: str, glossary: Glossary) -> bool:
    """Whether the mention's lower-case last word opens a compound that the
    name's first word modifies (see the module doc)."""
    last = _lowered_last_word(mention)
    if last is None:
        return False
    text, end = mention.segment.text, mention.end
    if mention.end != mention.stem_end:
        return False  # 'the Kiln pots rack': a plural or possessive ends the noun
    hyphen = _HYPHEN_JOIN.match(text, end)
    if hyphen is not None:
        return hyphen.group(1) not in MODIFIER_ENDS
    space = _SPACE_JOIN.match(text, end)
    if space is None:
        return False
    head = _singular(space.group(1))
    first = WORD_RE.findall(mention.found)[0]
    if f"{last} {head}" in _defined_pairs(glossary):
        return True
    return _page_uses(source, first, last, head) >= KEPT_USES


def _lowered_last_word(mention: Mention) -> str | None:
    """The mention's last word, where it is the only difference from every
    spelling the glossary gives: the same word with its capital lowered."""
    if mention.typo:
        return None
    got = WORD_RE.findall(mention.found)
    if len(got) < 2 or not got[-1].islower():
        return None
    for candidate in mention.candidates:
        want = WORD_RE.findall(candidate.spelling.text)
        if want[:-1] != got[:-1] or want[-1] == got[-1] or want[-1].casefold() != got[-1]:
            return None
    return got[-1]


def _singular(word: str) -> str:
    """The word with an English plural's ``s`` left off (``racks``, not ``glass``)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@glossary_table(TableKind.STRINGS)
def _defined_pairs(glossary: Glossary) -> frozenset[str]:
    """The compounds (``pot rack``) that the glossary's definitions write
    in lower case, opened by the lower-cased last word of a headword of
    several words with a capital on it, and not right after a capitalised
    word (``Kiln pot rack`` is the ambiguous form itself)."""
    lasts = {
        words[-1].casefold()
        for term in glossary
        if len(words := WORD_RE.findall(term.term)) > 1 and words[-1][:1].isupper()
    }
    if not lasts:
        return frozenset()
    return frozenset(
        f"{first} {_singular(second)}"
        for term in glossary
        for before, first, second in _pairs(term.definition)
        if first in lasts and not before[:1].isupper()
    )


def _pairs(text: str) -> Iterator[tuple[str, str, str]]:
    """Each lower-case word of ``text`` with the word after it (joined by
    spaces, a line break or one hyphen) and the word before it."""
    words = list(_WORD.finditer(text))
    for k in range(len(words) - 1):
        word, after = words[k], words[k + 1]
        if not word.group().islower() or not _JOIN.fullmatch(text, word.end(), after.start()):
            continue
        before = words[k - 1].group() if k and not text[words[k - 1].end() : word.start()].strip() else ""
        yield before, word.group(), after.group().casefold()


def _page_uses(source: str, first: str, last: str, head: str) -> int:
    """How often the page writes the compound ``last head`` (plurals too,
    joined by a space, a line break or a hyphen), not after the name's
    first word."""
    pattern = re.compile(
        rf"(?<![\w-])(?<!{re.escape(first)} ){re.escape(last)}[ \t]*[\n-]?[ \t]*{re.escape(head)}s?\b"
    )
    return len(pattern.findall(source))
