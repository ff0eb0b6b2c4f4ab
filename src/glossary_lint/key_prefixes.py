"""Which strings begin a glossary key: the matcher's test for "keep joining words".

Storing every prefix of every key answers that with one set look-up, but a
key of n letters has n prefixes of up to n letters: a single 100,000-letter
spelling took 4.9 GB.  Here only prefixes up to :data:`SHORT` letters are
stored (at most ``SHORT`` per key, so memory grows linearly with the
glossary); a longer string is looked up by binary search among the few
keys that long.
"""

from __future__ import annotations

import bisect

#: Prefixes up to this long are kept in sets; real terms fit well within it.
SHORT = 64


class KeyPrefixes:
    """Prefixes of keys, and those of them that end where a word ends."""

    def __init__(self) -> None:
        self._starts: set[str] = set()
        self._word_ends: set[str] = set()
        self._long: list[str] = []
        self._sorted = True

    def add(self, key: str, words: list[str]) -> None:
        """Index ``key``, the match key of a spelling made of ``words``."""
        self._starts.update(key[:i] for i in range(1, min(len(key), SHORT) + 1))
        end = 0
        for word in words:
            end += len(word.casefold())  # a key is its words, case-folded, joined
            if end > SHORT:
                break
            self._word_ends.add(key[:end])
        if len(key) > SHORT:
            self._long.append(key)
            self._sorted = False

    def starts(self, text: str) -> bool:
        """Whether some key begins with ``text``."""
        if len(text) <= SHORT:
            return text in self._starts
        if not self._sorted:
            self._long.sort()
            self._sorted = True
        i = bisect.bisect_left(self._long, text)
        return i < len(self._long) and self._long[i].startswith(text)

    def ends_word(self, text: str) -> bool:
        """Whether some key begins with ``text`` followed by a word break (or
        ends there).  Past :data:`SHORT` letters any key prefix counts: that
        only lets a scan start, which the index then confirms or not."""
        if len(text) <= SHORT:
            return text in self._word_ends
        return self.starts(text)
