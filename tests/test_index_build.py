"""The matcher's index costs what its keys cost, not what their letters cost."""

from __future__ import annotations

import tracemalloc

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.key_prefixes import MEMO_SIZE, SortedPrefixes
from glossary_lint.matching.matcher import Matcher


def test_sorted_prefixes_answer_like_a_set_of_every_prefix():
    keys = ["melspectrogram", "mel", "codebook", "codebooks", "vocoder"]
    every = {k[:i] for k in keys for i in range(1, len(k) + 1)}
    proper = {k[:i] for k in keys for i in range(1, len(k))}
    starts, longer = SortedPrefixes(), SortedPrefixes(proper=True)
    for key in keys:
        starts.add(key)
        longer.add(key)
    probes = sorted(every | proper | {"melz", "codebooksx", "v", "voc", "z", "a", "codebook", "vocoder"})
    assert [p for p in probes if p in starts] == [p for p in probes if p in every]
    assert [p for p in probes if p in longer] == [p for p in probes if p in proper]


def test_a_key_added_after_a_question_changes_the_answer():
    prefixes = SortedPrefixes()
    prefixes.add("tape")
    assert "loo" not in prefixes
    prefixes.add("loop")
    assert "loo" in prefixes


def test_remembered_answers_are_bounded():
    prefixes = SortedPrefixes()
    prefixes.add("drift")
    for i in range(MEMO_SIZE + 10):
        assert f"w{i}" not in prefixes
    assert len(prefixes._memo) <= MEMO_SIZE
    assert "dri" in prefixes


def _glossary_of(word: str, count: int) -> str:
    entries = "".join(
        f"  - id: t{i}\n    term: X{i:04}{word}\n    definition: An invented thing.\n" for i in range(count)
    )
    return "version: 1\nterms:\n" + entries


def _index_bytes(source: str) -> int:
    glossary = parse_glossary(source)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        matcher = Matcher(glossary)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert matcher.index
    return after - before


def test_the_index_does_not_hold_every_prefix_of_every_key():
    """A set of every prefix grew with the letters of the keys: keys ten times
    longer took about ten times the memory.  Keys with a digit have no typo
    entries, so what is measured is the prefix index and the key index."""
    short = _index_bytes(_glossary_of("Qz", 400))
    long = _index_bytes(_glossary_of("Q" + "z" * 55, 400))
    assert long < 2 * short, (short, long)
