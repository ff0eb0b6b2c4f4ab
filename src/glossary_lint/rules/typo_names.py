"""Where a likely typo of a term is the name of something else.

A word a letter away from a glossary term is a typo only if nothing else
explains it, and on handbooks nobody tuned on most such words are names:
a library one letter away from the protocol the glossary defines
(``RtMidi`` beside "rtpmidi"), a package or module named after it
(``python-rtmidi``, ``rtmidi_python``).  So a typo needs stronger evidence
than a wrong capital or hyphen does, and two forms show a name instead:

* a capital after a small letter that no spelling of the term has: a
  keyboard slip drops or swaps a letter, it does not add an inner capital;
  that is how a product or class is named (as GL001 lets ``WebSocket``
  stand for "websocket");
* letters the page writes :data:`~.house_style.KEPT_USES` times or more, in
  prose or code, in any case: a slip is a stray, and a page that writes the
  same letters again and again, in its package and module names too, is
  naming something.

A form that differs from the term only by its spaces or hyphens
(``bi-directional``) is no typo of letters and is left to the other checks,
but for two kinds of term whose words are code's, not English's:

* an identifier with an underscore (``clearsky_index``): its word written
  as English words (``clear-sky irradiance``) is the phrase the name was
  made from, and code's spelling binds no sentence;
* a name with inner capitals (``FilterRatio Method``) whose words the
  glossary's own definitions write in lower case as English (``filter
  ratio methods``): the prose's ``the filter-ratio method`` writes that
  phrase, not the name.  Without such a definition the lower-case words
  stay a slip (``sound stream`` for ``SoundStream``).

A word one slip from the term that is also one slip from an everyday
English word, commoner than the term and no spelling of it, that the page
writes :data:`KEPT_USES` times or more and at least as often as the term,
is that word's slip (``configuraton``, a letter short of "configuration",
on a page that writes "configuration" again and again beside the term
``configurator``): a writer slips on the words the page keeps writing,
and offering the term would change what the sentence says.  A word one
slip from the term itself is no other word but a spelling of it
(``harbor`` of "harbour"), and the slip stays the term's; so does a slip
near an English word the page does not write (``perent`` of "parent" on
a page that never writes "percent"): nothing says the writer meant it.

And a word that is the term with the other ending of an abstract noun
English makes two ways (``-ence`` and ``-ency``, ``-ance`` and ``-ancy``:
``idempotence`` beside the glossary's "Idempotency") is the same noun as
English also writes it, not a letter slipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..glossary.model import Glossary
from ..lazy_re import lazy_compile
from ..matching.english import is_ordinary_word, zipf
from ..matching.matcher import Mention
from ..matching.words import WORD_RE
from .house_style import KEPT_USES

#: A capital after a small letter: a name's inner capital (``RtMidi``).
_INNER_CAPITAL = lazy_compile(r"[a-z][A-Z]")


def names_something_else(mention: Mention, source: str, glossary: Glossary) -> bool:
    """Whether a likely typo (``mention.typo``) is a name or an English
    phrase that code's spelling does not bind (see the module doc)."""
    if not mention.typo:
        return False
    if mention.separators and _english_words_of_code(mention, glossary):
        return True
    letters = "".join(WORD_RE.findall(mention.found)).casefold()
    spellings = [c.spelling.text for c in mention.candidates]
    if any("".join(WORD_RE.findall(s)).casefold() == letters for s in spellings):
        return False  # respaced, not misspelled
    if _INNER_CAPITAL.search(mention.found) and not any(_INNER_CAPITAL.search(s) for s in spellings):
        return True
    if any(_other_noun_ending(letters, "".join(WORD_RE.findall(s)).casefold()) for s in spellings):
        return True
    if _slip_of_english_word(mention, spellings, source):
        return True
    return _written_often(letters, source)


#: The letters a slip may add or change (:func:`_one_slip_away`).
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _slip_of_english_word(mention: Mention, spellings: list[str], source: str) -> bool:
    """Whether the typo (or its stem, less a plural ending) is one slip
    from an everyday English word that is commoner than the term, no
    spelling of it, and written on the page (``source``) :data:`KEPT_USES`
    times or more and at least as often as the term (``configuraton``, a
    letter short of "configuration", on a page about configuration, beside
    the term ``configurator``): the writer slipped on the word the page
    keeps writing, and the term the finding offers is not what was meant.
    A word one slip from the term is a spelling of the term, no other word
    (see the module doc)."""
    own = {"".join(WORD_RE.findall(s)).casefold() for s in spellings}
    # The term's own frequency: its commonest spelling's.
    term_zipf = max((zipf(s) for s in own if s.isalpha()), default=0.0)
    text = mention.segment.text
    written = {text[mention.start : end].casefold() for end in (mention.end, mention.stem_end)}
    variants: set[str] | None = None
    for word in written:
        if not word.isalpha():
            continue
        for near in _one_slip_away(word):
            if near in own or not is_ordinary_word(near) or zipf(near) <= term_zipf:
                continue
            if variants is None:
                variants = {v for s in own for v in _one_slip_away(s)}
            if near in variants:
                continue
            uses = _uses(near, source)
            if uses >= KEPT_USES and uses >= max(_uses(s, source) for s in own):
                return True
    return False


def _uses(word: str, source: str) -> int:
    """How often ``source`` writes ``word`` as a word, in any case, its plural too."""
    return len(re.findall(r"(?<![^\W_])" + re.escape(word) + r"(?:e?s)?(?![^\W_])", source, re.IGNORECASE))


def _one_slip_away(word: str) -> Iterator[str]:
    """The words one slip from ``word``: a letter dropped, added or
    changed, or two neighbours swapped."""
    for i in range(len(word) + 1):
        if i < len(word):
            yield word[:i] + word[i + 1 :]
            if i + 1 < len(word):
                yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for letter in _LETTERS:
            yield word[:i] + letter + word[i:]
            if i < len(word) and letter != word[i]:
                yield word[:i] + letter + word[i + 1 :]


#: The two endings English makes one abstract noun with from the same stem:
#: ``dependence`` and ``dependency``, ``complacence`` and ``complacency``.
_NOUN_ENDINGS = (("ence", "ency"), ("ance", "ancy"))


def _other_noun_ending(found: str, spelling: str) -> bool:
    """Whether ``found`` is ``spelling`` (both case-folded letters) with the
    other ending of such a pair (``idempotence`` for "Idempotency"): the
    same noun as English also writes it, no slip of a letter."""
    stem = found[:-4]
    return (
        len(found) == len(spelling)
        and spelling[:-4] == stem
        and any({found[-4:], spelling[-4:]} == {a, b} for a, b in _NOUN_ENDINGS)
    )


def _english_words_of_code(mention: Mention, glossary: Glossary) -> bool:
    """A distinctive word written as two (``clear-sky``, ``filter-ratio``) of
    an identifier's or a name's spelling, as the module doc allows."""
    spellings = [c.spelling.text for c in mention.candidates] + [t.term for t in mention.terms]
    if any("_" in s for s in spellings) and "_" not in mention.found:
        return True
    found = mention.one_line
    if found != found.lower() or not any(_INNER_CAPITAL.search(s) for s in spellings):
        return False
    words = WORD_RE.findall(found)
    phrase = re.compile(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, words)) + r"(?![\w-])")
    return any(phrase.search(term.definition) for term in glossary)


def _written_often(letters: str, source: str) -> bool:
    """Whether ``source`` writes ``letters`` as a word, or as a part of a
    name joined by ``_``, ``-``, ``.`` or ``/``, :data:`KEPT_USES` times or more."""
    word = re.compile(r"(?<![^\W_])" + re.escape(letters) + r"(?![^\W_])", re.IGNORECASE)
    count = 0
    for _ in word.finditer(source):
        count += 1
        if count >= KEPT_USES:
            return True
    return False
