"""Auto-links on a term that opens a hyphenated compound: the compound is the
thing its later word names (``kelpie-herder`` is a herder), unless that word
only makes a modifier of the term (``kelpie-based``, ``VQM-style``)."""

from __future__ import annotations

import re

import pytest

from glossary_lint.glossary.compound_heads import name_joined_before, opens_other_compound
from test_sphinx import html, links_by_section


def opens(text: str) -> bool:
    """Whether the word before the first hyphen of ``text`` opens another thing's compound."""
    return opens_other_compound(text, text.index("-"))


@pytest.mark.parametrize(
    "text",
    [
        "restart the kelpie-herder now",
        "the drover-agent code lives in one folder",
        "write to the Drovers-discuss list",
        "run VQM-FORUM on the data",
        "the value is MRI-SCAN",
        "each drover-volume-7 is kept",
        "a kelpie-string holds it",
    ],
)
def test_a_noun_name_or_verb_after_the_hyphen_heads_the_compound(text):
    assert opens(text)


@pytest.mark.parametrize(
    "text",
    [
        "a kelpie-based setup",
        "a VQM-style score",
        "a kelpie-like queue",
        "the values must be YAML-serializable",
        "the kelpie-generated plan",
        "a score computed voxel-wise, or kelpie-wise",
        "a VQM-level check and a kelpie-side cache",
        "the queue-scheduling step",
        "a VQM-free mix",
        "over RPC-over-HTTP today",
        "VQM-2 replaced the first score",
    ],
)
def test_a_modifier_word_a_function_word_or_a_number_after_the_hyphen_keeps_the_term(text):
    assert not opens(text)


def test_only_a_hyphen_straight_after_the_mention_joins_a_compound():
    assert not opens_other_compound("the kelpie - a scheduler - runs", len("the kelpie"))
    assert not opens_other_compound("the kelpie—herder", len("the kelpie"))
    assert not opens_other_compound("kelpie-", len("kelpie"))
    assert not opens_other_compound("the kelpie herder", len("the kelpie"))


compound_heads = pytest.mark.sphinx("html", testroot="compound-heads", freshenv=True)


@compound_heads
def test_a_term_that_opens_a_compound_naming_another_thing_is_not_linked(app):
    links = links_by_section(app)
    assert links["daemon"] == []
    assert links["names"] == []


@compound_heads
def test_a_term_before_a_modifier_word_or_a_whole_compound_entry_is_linked(app):
    links = links_by_section(app)
    assert links["modifiers"] == ["kelpie", "VQM"]
    assert links["whole-entry"] == ["kelpie-warden"]


@compound_heads
def test_an_explicit_term_reference_before_a_hyphen_stays_a_link(app):
    links_by_section(app)
    section = html(app, "index").split('<section id="explicit">')[1]
    assert re.search(
        r'<a class="reference internal" href="glossary.html#[^"]*kelpie"><span class="xref std std-term">kelpie</span></a>-herder',
        section,
    )


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("the VOLTA-QP board", "VOLTA"),
        ("a fMRX-QP scan", "fMRX"),
        ("a non-QP setup", None),  # a prefix in small letters
        ("the x2-QP path", None),
        ("the ARC-VOLTA-QP board", None),  # inside a longer run: not one name before the term
        ("the QP alone", None),
    ],
)
def test_the_name_a_hyphen_joins_before_a_mention(text, joined):
    assert name_joined_before(text, text.index("QP")) == joined
