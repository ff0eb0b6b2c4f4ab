"""Auto-links on a name of several words whose first word the page binds to
the word before it (:mod:`glossary_lint.glossary.bound_modifiers`): "a cloud
wool store" beside "cloud wool prices, grading and auctions" is a store of
that wool, not a kind of the entry."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.bound_modifiers import bound_pairs, bound_to_word_before
from test_sphinx import html, term_links

#: A page that puts "merino wool" before three nouns, and "spring wool" before two.
PAGE = [
    "Merino wool prices rise in spring, and merino wool grading is strict.",
    "Sell the bales at a merino wool auction.",
    "Spring wool buyers and spring wool carders come early.",
    "The wool store must stay dry.",
]
PAIRS = bound_pairs(PAGE)


def bound(sentence: str, found: str = "wool store") -> bool:
    return bound_to_word_before(sentence, sentence.index(found), found, PAIRS)


def test_a_pair_before_three_nouns_is_noted_with_them():
    assert ("merino", "wool", frozenset({"price", "grading", "auction"})) in PAIRS
    assert not any(a == "spring" for a, _, _ in PAIRS)  # before two nouns only
    assert not any(b == "store" for _, b, _ in PAIRS)  # "must", "stay": no nouns


def test_the_name_after_the_bound_word_is_the_compound_s_thing():
    assert bound("Each broker runs a merino wool store for the valley.")


def test_the_name_keeps_its_link_after_other_words():
    assert not bound("Bale every fleece before it goes into the wool store.")
    assert not bound("A buyer may ask for a spring wool store.")
    # A capital may open a proper name, which the pair's evidence does not cover.
    assert not bound("Ask at the Merino wool store.")
    assert not bound_to_word_before("a merino wool", 2, "merino", PAIRS)  # one word: no name


@pytest.mark.sphinx("html", testroot="bound-modifiers", freshenv=True)
def test_a_build_leaves_the_bound_compound_unlinked(app):
    app.build()
    # "cold wool" is heard once: a cold kind of the store.
    assert [text for _, _, text in term_links(html(app, "index"))] == ["wool store", "wool store"]
    # The market page puts "co-op wool" before prices, grading, auctions and brokers.
    assert term_links(html(app, "market")) == []
