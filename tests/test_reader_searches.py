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


def test_a_line_search_turned_down_early_is_one_the_walk_turns_down():
    """``locate`` refuses a line without walking it when the text, markup
    aside, is not on it: for every window of these sources it answers as
    the walk alone does."""
    from glossary_lint.sources.segments import _walk_anywhere, locate

    sources = (
        "See :class:`Engine` and *the* ``pool`` here.\nThe pool, the *pool*, an engine!",
        "A &amp; b, c\\ d and `e <f>`_ then g\\*h; [i] ~j~ <k>",
        "plain words only, then plain words again",
    )
    texts = (
        "See Engine and the pool here.",
        "the pool",
        "pool, the pool",
        "A & b",
        "c d",
        "e then",
        "g*h",
        "i j k",
        "words again",
        "an engine!",
        "plain  words",
        "*the*",
    )
    for source in sources:
        for text in texts:
            for pos in range(0, len(source), 3):
                for limit in range(pos, len(source) + 1, 2):
                    found = source.find(text, pos, limit)
                    expected = (
                        (range(found, found + len(text)), found + len(text))
                        if found >= 0
                        else _walk_anywhere(source, pos, limit, text)
                    )
                    assert locate(source, pos, limit, text) == expected, (source, text, pos, limit)


def test_a_line_that_cannot_hold_the_text_is_not_walked(monkeypatch):
    from glossary_lint.sources import segments

    walked: list[str] = []
    real = segments._walk_anywhere
    monkeypatch.setattr(segments, "_walk_anywhere", lambda *args: walked.append(args[3]) or real(*args))
    other = "Some other line, with *markup* and a Tape."
    assert segments.locate(other, 0, len(other), "The tape loop ran.") is None
    assert walked == []
    line = "The *tape* loop ran."
    assert segments.locate(line, 0, len(line), "The tape loop ran.") is not None
    assert walked == ["The tape loop ran."]
