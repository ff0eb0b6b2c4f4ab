"""The reST reader's searches give what the slower ones they replaced gave."""

from __future__ import annotations

import itertools
import re

from glossary_lint.sources.segments import _places
from glossary_lint.sources.doctree import _has_word


def test_the_word_probe_of_the_rest_reader_agrees_with_a_pattern():
    source = "x ab abc _ab_ éab ab\nzab ab9 (ab) ab"
    for word in ("ab", "abc", "zab", "9"):
        pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")
        for lo in range(len(source)):
            for hi in range(lo, len(source) + 1):
                assert _has_word(source, lo, hi, word) == (pattern.search(source, lo, hi) is not None), (
                    word,
                    lo,
                    hi,
                )


def test_the_places_a_walk_retries_from_are_those_a_character_scan_finds():
    source = "a&b \\c x&&\\ xa\\\\ & end x"
    for chars in (("x", "&", "\\"), ("&", "&", "\\"), ("\\", "&", "\\"), ("q", "&", "\\")):
        for pos in range(len(source)):
            for limit in range(pos, len(source) + 1):
                scanned = [i for i in range(pos, limit) if source[i] in chars]
                assert list(_places(source, pos, limit, chars)) == scanned
                assert list(itertools.islice(_places(source, pos, limit, chars), 2)) == scanned[:2]
