"""Which strings begin a glossary key: the matcher's test for "keep joining words".

A set of every prefix of every key answers that with one look-up, but it
must be built first: a 10,000-term glossary has 151,000 prefixes, and
building the set was most of the matcher's start-up (and a single
100,000-letter spelling took 4.9 GB).  Here the keys are kept sorted and a
string begins a key when the first key not below it starts with it: one
binary search, whose answer is remembered, since prose asks about the same
words again and again.  Building costs a sort of the keys; each distinct
question costs a search of about log2(keys) steps, whatever the glossary's
size.

Which prefixes end where a word of a spelling ends ("mel" of "mel
spectrogram") is asked of every word of prose, so those (one per word of a
spelling, up to :data:`SHORT` letters) are kept in a set.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

#: Prefixes up to this long that end a word are kept in a set; real terms
#: fit well within it.
SHORT = 64
#: Bound on the remembered answers (a hostile document has endless new words).
MEMO_SIZE = 65536


class SortedPrefixes:
    """Strings that begin one of a set of keys, by binary search among the
    sorted keys, answers remembered."""

    def __init__(self, proper: bool = False, keys: list[str] | None = None) -> None:
        """``keys``, when given, are sorted already (the matcher's cached index)."""
        #: With ``proper``, a key is no prefix of itself: only longer keys count.
        self._proper = proper
        self._keys: list[str] = [] if keys is None else keys
        self._sorted = True
        self._memo: dict[str, bool] = {}

    def add(self, key: str) -> None:
        self._keys.append(key)
        self._sorted = False
        self._memo.clear()

    def __contains__(self, text: str) -> bool:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[text] = self._search(text)
        return found

    def _search(self, text: str) -> bool:
        keys = self._keys
        if not self._sorted:
            keys.sort()
            self._sorted = True
        i = (bisect.bisect_right if self._proper else bisect.bisect_left)(keys, text)
        return i < len(keys) and keys[i].startswith(text)


class KeyPrefixes:
    """Prefixes of keys, and those of them that end where a word ends."""

    def __init__(self, keys: list[str] | None = None, word_ends: list[str] | None = None) -> None:
        """``keys`` (sorted) and ``word_ends``, when given, are what
        :meth:`add` would have made of every key (the matcher's cached index)."""
        self._starts = SortedPrefixes(keys=keys)
        self._word_ends: set[str] = set(word_ends or ())
        #: Whether some key begins with a string: asked of most words of prose,
        #: so the set's own test, with no call in between.
        self.starts: Callable[[str], bool] = self._starts.__contains__

    def add(self, key: str, folded: list[str]) -> None:
        """Index ``key``, the match key of a spelling whose words, case-folded,
        are ``folded`` (a key is those words joined)."""
        self._starts.add(key)
        end = 0
        for word in folded:
            end += len(word)
            if end > SHORT:
                break
            self._word_ends.add(key[:end])

    def ends_word(self, text: str) -> bool:
        """Whether some key begins with ``text`` followed by a word break (or
        ends there).  Past :data:`SHORT` letters any key prefix counts: that
        only lets a scan start, which the index then confirms or not."""
        if len(text) <= SHORT:
            return text in self._word_ends
        return self.starts(text)
