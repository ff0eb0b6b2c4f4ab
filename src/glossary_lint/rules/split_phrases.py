"""Two words that are a phrase of their own, not a closed compound split.

GL001 reports a closed-compound term written as two words (``code book``
for "codebook").  English keeps a few such pairs as phrases: after a small
word (``in painting``, which the matcher never takes for a term), and where
one of the two words is an acronym (``the user ID``, ``a user id`` beside
the glossary's "userid"): an acronym is read letter by letter, as a word of
its own, so the pair is a noun and its modifier, not the term misspelled.
The other word must be one English writes at all: ``Postgre SQL`` for
"PostgreSQL" is no noun beside an acronym but a name cut in two.
And where a word split off is a preposition, an article or a conjunction
(``the step per unit`` beside the glossary's "stepper"): the parts of a
closed compound are words that carry meaning, or an adverb particle (the
``up`` of "setup", read with phrasal verbs apart), never a small word
that links others; two words so are the phrase English writes.
Last, where the entry's own definition glosses the closed compound as the
phrase its parts make (``tagname``: "the name of a tag"): English turns
"the name of a tag" into "a tag name", so the glossary itself says the
two words are that ordinary phrase, and a page that writes them so (``the
tag name and its value``) writes English, not the term split.
"""

from __future__ import annotations

import re

from ..matching.english import is_known_word, is_ordinary_word
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from .word_lists import is_listed_acronym

#: Prepositions, articles and conjunctions that no closed compound is built
#: of (the particles ``in``, ``on``, ``up`` are, in "login", "addon", "setup").
LINKING_WORDS = frozenset("of to for from with by at as via per than the a an and or nor but".split())


def acronym_phrase(mention: Mention) -> bool:
    """Whether the mention is a one-word term found as two words, one of
    which is an acronym: written in capitals beside a word that is not
    (``user ID``), or a known acronym in lower case that is no English word
    of its own (``user id``; not ``fire arm``).  Or a lower-case hyphenated
    headword that lowers a known acronym as identifiers do (``session-id``,
    ``api-key``), found as the English phrase it stands for: the words
    spaced and the acronym in its capitals (``the session ID``).  Spaced in
    lower case (``session id``) it stays a slip."""
    parts = WORD_RE.findall(mention.found)
    if mention.typo or len(parts) != 2 or "-" in mention.separators:
        return False
    spellings = [c.spelling.text for c in mention.candidates]
    if all(len(WORD_RE.findall(s)) == 1 for s in spellings):
        return any(_acronym(part, other) for part, other in (parts, parts[::-1]))
    return all(_identifier_phrase(s, parts) for s in spellings)


def _identifier_phrase(spelling: str, parts: list[str]) -> bool:
    """Whether ``parts`` are the words of ``spelling``, a lower-case pair
    joined by a hyphen, with its known acronym written in capitals and the
    other word as the headword writes it."""
    words = spelling.split("-")
    if len(words) != 2 or not spelling.islower() or [w.casefold() for w in parts] != words:
        return False
    return any(
        part == word.upper()
        and len(word) > 1
        and is_listed_acronym(part)
        and other in (other_word, other_word.capitalize())
        for part, word, other, other_word in (
            (parts[0], words[0], parts[1], words[1]),
            (parts[1], words[1], parts[0], words[0]),
        )
    )


def _acronym(part: str, other: str) -> bool:
    if len(part) < 2 or not part.isalpha() or other.isupper():
        return False  # a lone letter, or both words in capitals (a keyword, a heading)
    if not is_known_word(other):
        return False  # 'Postgre SQL' for "PostgreSQL": no word beside the acronym, the name cut in two
    if part.isupper():
        return True
    return (
        part.islower() and is_listed_acronym(part.upper()) and (len(part) == 2 or not is_ordinary_word(part))
    )


def linking_word_split(mention: Mention) -> bool:
    """Whether a term found as words split apart has a :data:`LINKING_WORDS`
    word among the words the split made (``step per`` of "stepper"; not the
    ``of`` a term's own spelling holds, as in "unit of work")."""
    if " " not in mention.separators:
        return False
    own = {w.casefold() for c in mention.candidates for w in WORD_RE.findall(c.spelling.text)}
    return any(
        w.casefold() in LINKING_WORDS and w.casefold() not in own for w in WORD_RE.findall(mention.found)
    )


#: What may stand between the head and "of" and the first part in a gloss:
#: an article or a determiner (``the name of a tag``, ``the list of all tags``).
_GLOSS_DETERMINERS = r"(?:(?:a|an|the|one|each|every|any|some|all|its|this|that)\s+)?"


def glossed_as_phrase(mention: Mention) -> bool:
    """Whether a one-word term found as two words split by a space (``tag
    name``) is glossed by its entry's definition as the phrase its parts
    make, the second part "of" the first (``the name of a tag``, plurals
    too)."""
    parts = WORD_RE.findall(mention.found)
    if mention.typo or len(parts) != 2 or mention.separators != (" ",):
        return False
    joined = "".join(parts).casefold()
    # Only an entry spelled as the two words joined is asked about: most
    # such mentions have none (a two-word term found as written), and the
    # pattern, made from the mention's words, is compiled only when one is.
    definitions = [c.term.definition for c in mention.candidates if c.spelling.text.casefold() == joined]
    if not definitions:
        return False
    first, second = (re.escape(p.casefold()) for p in parts)
    gloss = re.compile(rf"\b{second}(?:e?s)?\s+of\s+{_GLOSS_DETERMINERS}{first}(?:e?s)?\b", re.IGNORECASE)
    return any(gloss.search(definition) is not None for definition in definitions)
