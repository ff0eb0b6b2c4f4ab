"""A name the glossary sets in capitals that the handbook writes in Title Case.

Some names are words set in capitals for display, not initials: a glossary
may head the entry of a simulation code ``OSPREY``, as the code's own manual
styles it, while the chapters written by others call it "Osprey", as English
writes any name.  Both are stylings of one name; neither is a slip of the
other.  Lower case (``osprey``) is no styling anyone chooses for a name, and
stays a slip.

A headword in capitals is taken for such a word when it is no acronym: it
is no acronym a technical reader knows, nor an organisation's or a
product's initials (the lists of :mod:`.word_lists`: ``NASA``), it
has more letters than the short initials most acronyms are, and English
writes it as a word at all (:func:`~glossary_lint.matching.english.is_known_word`).
Its Title Case is the handbook's own styling when the prose writes it
mid-sentence, where only the author's choice explains the capital, as a
habit of several chapters (:func:`.house_style.house_capitals`: five uses or
more over three files or more); the run's survey counts those uses as it
counts the capitals of lower-case terms.  A stray (one ``Osprey`` on one page)
is no habit and stays a slip; so does a real acronym written in Title Case
(``Json`` for JSON), however often.
"""

from __future__ import annotations

from ..glossary.model import CasePolicy, SpellingKind
from ..matching.english import is_known_word
from ..matching.matcher import Mention
from .word_lists import is_common_acronym, is_common_name

#: Fewer letters than this make initials more often than a word (``ACE``, ``DAC``):
#: English's own short words in capitals are read as acronyms too.
MIN_LETTERS = 4


def styled_term(mention: Mention) -> str | None:
    """The id of the entry whose headword in capitals ``mention`` writes in
    Title Case, where that headword is a word set in capitals (see the
    module doc); None for any other mention."""
    if mention.typo or mention.ambiguous:
        return None
    found = mention.one_line
    if not found[:1].isupper() or not found[1:].islower():
        return None  # most mentions: no Title Case of one word
    for candidate in mention.candidates:
        spelling = candidate.spelling
        text = spelling.text
        if (
            spelling.kind is not SpellingKind.VARIANT
            and spelling.case is CasePolicy.EXACT
            and len(text) >= MIN_LETTERS
            and text.isalpha()
            and text.isupper()
            and found == text.capitalize()
            and _word_in_capitals(text)
        ):
            return candidate.term.id
    return None


def _word_in_capitals(text: str) -> bool:
    """A word set in capitals, not an acronym: known to English as a word,
    and no acronym (nor name written like one) that the lists know."""
    return is_known_word(text.lower()) and not is_common_acronym(text) and not is_common_name(text)


def house_styled(mention: Mention, styled: frozenset[str]) -> bool:
    """Whether the mention is the Title Case the handbook writes as its
    styling of a name the glossary sets in capitals (``styled``: the ids
    of :attr:`.house_style.HouseStyle.styled_names`)."""
    return bool(styled) and styled_term(mention) in styled
