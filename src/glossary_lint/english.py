"""Whether a word is ordinary English, by how often English text uses it.

Several decisions turn on it: a glossary term that is also an everyday word
(``type``, ``list``, ``domain``) is not auto-linked or corrected wherever it
appears, and a word in capitals that is English (``SELECT``, ``NULL``) next
to another is a code keyword, not an acronym.  The frequencies come from the
``wordfreq`` package (imported on first use: start-up stays cheap).
"""

from __future__ import annotations

from functools import lru_cache

#: Zipf frequency (log10 of uses per billion words) from which a word counts
#: as ordinary: "tensor" (3.0) and "waveform" (2.9) are below, "domain" (4.3)
#: and "interpreted" (3.9) above.
ORDINARY_ZIPF = 3.5


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
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
    return zipf(word.casefold()) >= KNOWN_ZIPF


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
    return bool(words) and all(zipf(w) >= floor for w in words)
