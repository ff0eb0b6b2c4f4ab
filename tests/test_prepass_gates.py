"""The run-wide pre-passes skip text that cannot hold what they look for:
each cheap test that decides to skip is shown here to pass wherever the
search it spares would have found something, on random texts built from
the pieces of the search and what stands around them."""

from __future__ import annotations

import random

from glossary_lint.rules import acronyms


#: Each slot of "QZB stands for quiet zone buffer", with its right and wrong fillings.
STANDS_FOR_SLOTS = [
    ["", "The ", "x", "-", "("],
    ["QZB", "Qzb", "qzb", "Q", ""],
    ["", '"', "’", ","],
    [" ", "  ", "\t", "\n", "", " \n "],
    ["stands", "stand", "is short", "is  short", "is\nshort", "short", "shorts", "Stands"],
    [" ", "\t", "\n", "", "  "],
    ["for", "fore", "For", "of"],
    [" ", "\n", "", "\t"],
    ["", "a ", "the "],
    ["quiet zone buffer", "qz", "x.", "(buffer)"],
]


def test_a_text_without_the_words_of_stands_for_holds_no_match_of_it():
    rng = random.Random(14)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(slot) for slot in STANDS_FOR_SLOTS)
        if acronyms._STANDS_FOR.search(text) is not None:
            found += 1
            assert acronyms._STANDS_FOR_WORDS.search(text), text
    assert found > 50  # the slots do make matches


def test_an_expansion_with_stands_for_is_still_read():
    text = "The QZB\nstands  for quiet zone buffer. Size the QZB to the frame."
    assert ("QZB", "quiet zone buffer") in list(acronyms.expansions(text, acronyms.where_acronyms_may_be))
