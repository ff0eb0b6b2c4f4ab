"""Whether a word is ordinary English, by how often English text uses it.

Several decisions turn on it: a glossary term that is also an everyday word
(``type``, ``list``, ``domain``) is not auto-linked or corrected wherever it
appears, and a word in capitals that is English (``SELECT``, ``NULL``) next
to another is a code keyword, not an acronym.  The frequencies come from the
``wordfreq`` package, through a table of its plain words kept in the cache
folder (:mod:`glossary_lint.matching.english_table`): a run imports wordfreq only to
build that table or for a word the table does not answer for.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .english_table import PLAIN, EnglishTable, ZipfTable, load_table, load_zipf_table

#: Zipf frequency (log10 of uses per billion words) from which a word counts
#: as ordinary: "tensor" (3.0) and "waveform" (2.9) are below, "domain" (4.3)
#: and "interpreted" (3.9) above.
ORDINARY_ZIPF = 3.5


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    if PLAIN.fullmatch(word):
        table = _zipf_table()
        found = None if table is None else table.zipf(word)
        if found is not None:
            return found
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


#: For words of three letters or fewer, only the most common count: ``in``,
#: ``on``, ``set`` are English, ``ace`` or ``dac`` are better taken for acronyms.
SHORT_WORD_ZIPF = 5.0


#: From this frequency a word is one English writes at all (``encoder``,
#: ``quantizer``), so no typo; misspellings (``vocodor``) are below it.
KNOWN_ZIPF = 1.0


def is_known_word(word: str) -> bool:
    """Whether English text uses ``word`` at all, rarely or not."""
    return _reaches(word.casefold(), KNOWN_ZIPF)


#: How much rarer (on wordfreq's Zipf scale, a power of ten a step) than a
#: word one slip away a known word must be to be that word's misspelling:
#: ``serivce`` (1.2) beside "service" (5.5) is, ``adaptor`` (2.6) beside
#: "adapter" (3.6) or ``moduli`` (2.2) beside "module" (3.9) is not.
MISSPELLING_GAP = 2.5


#: The commonest slip of English spelling is a vowel of an unstressed
#: syllable written as another (``seperate``, ``independant``,
#: ``kernal``): English says all of them alike (a schwa), so a writer
#: spelling by ear cannot tell them apart, and the slip is made far more
#: often than a slip of the fingers.  Such a swap is that slip when the
#: word is :data:`VOWEL_SLIP_GAP` steps rarer than ``meant`` (some thirty
#: times) and rare in itself, below :data:`VOWEL_SLIP_ZIPF` (once in a
#: hundred million words): ``resister`` (1.9) beside "resistor" (3.0) is
#: too close to it, ``modal`` (3.1) beside "model" or ``moduli`` (2.2)
#: beside "module" too common to be a slip.
VOWEL_SLIP_GAP = 1.5
VOWEL_SLIP_ZIPF = 2.0
_VOWELS = frozenset("aeiou")


def is_common_misspelling(word: str, meant: str) -> bool:
    """Whether ``word``, which English text uses (:func:`is_known_word`),
    is a misspelling of ``meant``, a word one slip away: wordfreq counts
    the words of text on the web, its slips included, so a slip writers
    often make of an everyday word reaches :data:`KNOWN_ZIPF` by itself.
    A word that is not ordinary English and is more than
    :data:`MISSPELLING_GAP` steps rarer than ``meant`` is that slip, not a
    word of its own (a rare word of its own is rare beside its neighbour
    too, but not by hundreds of times); so is a rarer one whose slip is an
    unstressed vowel's (:data:`VOWEL_SLIP_GAP`)."""
    folded, meant = word.casefold(), meant.casefold()
    if _reaches(folded, ORDINARY_ZIPF):
        return False
    rarer = zipf(meant) - zipf(folded)
    if rarer >= MISSPELLING_GAP:
        return True
    return rarer >= VOWEL_SLIP_GAP and zipf(folded) < VOWEL_SLIP_ZIPF and unstressed_vowel_slip(folded, meant)


def unstressed_vowel_slip(word: str, meant: str) -> bool:
    """Whether ``word`` is ``meant`` (both lower case) with one vowel after
    its first syllable written as another: ``kernal`` of "kernel", not
    ``karnel`` (a first syllable, most often the stressed one, is heard)."""
    if len(word) != len(meant):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, meant)) if a != b]
    if len(differ) != 1 or word[differ[0]] not in _VOWELS or meant[differ[0]] not in _VOWELS:
        return False
    at = differ[0]
    # A consonant before it with a vowel somewhere before that: a later syllable's vowel.
    return at > 1 and meant[at - 1] not in _VOWELS and any(ch in _VOWELS for ch in meant[: at - 1])


def is_everyday_term(spelling: str) -> bool:
    """A glossary term that is one everyday word in lower case (``type``,
    ``domain``): in most sentences the word means something else.  Names in
    capitals (``FiLM``) and phrases (``sample rate``) are the term wherever
    they are written."""
    return spelling.isalpha() and spelling.islower() and is_ordinary_word(spelling)


def is_ordinary_word(phrase: str, short: bool = False) -> bool:
    """Whether every word of ``phrase`` is everyday English; with ``short``,
    only very common words count."""
    words = phrase.casefold().split()
    floor = SHORT_WORD_ZIPF if short else ORDINARY_ZIPF
    return bool(words) and all(_reaches(w, floor) for w in words)


#: Whether the table may be read from and written to the cache folder (``--no-cache``).
_table_cached = [True]


def avoid_cache() -> None:
    """Neither read nor write the cached table in this process: ask wordfreq."""
    _table_cached[0] = False


@cache
def _table() -> EnglishTable | None:
    return load_table((KNOWN_ZIPF, ORDINARY_ZIPF, SHORT_WORD_ZIPF), _table_cached[0])


@cache
def _zipf_table() -> ZipfTable | None:
    return load_zipf_table(_table_cached[0])


@lru_cache(maxsize=65536)
def _reaches(word: str, floor: float) -> bool:
    if PLAIN.fullmatch(word):
        table = _table()
        if table is not None:
            # A word that reaches ORDINARY_ZIPF reaches any lower threshold, and
            # its section of the table is far smaller: the sections of words
            # English uses at all (KNOWN_ZIPF) hold 290,000 words, 16 kB to
            # decode each, against 1 kB.  A check of the Markdown handbook asks
            # 65 words at KNOWN_ZIPF, 36 of them everyday ones: 946 -> 397 kB
            # of the table decoded.  None (a section not read) falls through.
            if floor < ORDINARY_ZIPF and table.reaches(word, ORDINARY_ZIPF):
                return True
            answer = table.reaches(word, floor)
            if answer is not None:
                return answer
    return zipf(word) >= floor
