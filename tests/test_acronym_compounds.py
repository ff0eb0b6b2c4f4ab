"""GL002 and acronyms written in compounds: a letter before an acronym with a
hyphen, a hyphenated long form, and a word before a shorter acronym."""

from __future__ import annotations

import pytest

from glossary_lint.rules.acronym_compounds import compound_initialisms
from glossary_lint.rules.acronyms import ACRONYM, NAME, candidates


def _gl002(lint, text: str) -> list[str]:
    return [f.found for f in lint(text) if f.code == "GL002"]


def test_a_letter_and_a_hyphen_before_an_acronym_make_one_name():
    found = [(c.word, c.kind) for c in candidates("Plot the kilns with a q-QZE map and a QZE table.")]
    assert found == [("q-QZE", NAME), ("QZE", ACRONYM)]


def test_a_letter_with_a_number_and_a_hyphen_before_an_acronym_make_one_name():
    # ``k7-QZS``: a kiln model's code and its variant, one model's name.
    found = [(c.word, c.kind) for c in candidates("The k7-QZS1 kiln fires hotter than the QZS1 dryer.")]
    assert found == [("k7-QZS1", NAME), ("QZS1", ACRONYM)]


def test_an_acronym_after_a_prefix_word_is_still_cut_out():
    # ``non-`` and ``pre-`` are words of prose: the acronym after them is its own.
    assert [(c.word, c.kind) for c in candidates("Run the non-QZE pass and the pre-QZE pass.")] == [
        ("QZE", ACRONYM),
        ("QZE", ACRONYM),
    ]


def test_gl002_does_not_cut_an_acronym_out_of_a_letter_named_method(lint):
    assert _gl002(lint, "A q-QZE plot shows whether the glazes part into groups.\n") == []
    assert _gl002(lint, "A non-QZE plot shows whether the glazes part into groups.\n") == ["QZE"]


def test_a_hyphenated_long_form_spells_out_its_acronym(lint):
    text = (
        "* **kobo**: keep-one-batch-out mode, each batch of glaze held back in turn.\n"
        "* **kobo_runs**: how often each fold repeats in KOBO mode.\n"
    )
    assert _gl002(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Two words only: too few to tell a long form from a compound of prose.
        "Fire the kiln in slow-burn mode; SB mode is gentler.\n",
        # A flag and a file name are code, not prose.
        "Pass --keep-one-batch-out or read keep-one-batch-out.cfg for KOBO mode.\n",
        # The initials must be the acronym's letters, all of them, in order.
        "Use keep-each-batch-out mode for KOBO runs.\n",
    ],
)
def test_compounds_that_do_not_spell_the_acronym_out_define_nothing(lint, text):
    assert len(_gl002(lint, text)) == 1


def test_a_word_before_a_shorter_acronym_spells_out_the_longer_one(lint):
    text = "## A sparse QZT\n\nThere is no separate kiln type for an SQZT; switch it on below.\n"
    assert _gl002(lint, text) == []
    assert _gl002(lint, "## A dense QZT\n\nThere is no separate kiln type for an SQZT.\n") == ["SQZT"]


def test_a_small_word_before_an_acronym_gives_no_letter():
    assert compound_initialisms("Fire the QZT and a sparse QZT.") == {"SQZT"}
    assert compound_initialisms("keep-one-batch-out, state-of-the-art") == {"KOBO", "SOTA"}


def test_compounds_are_found_at_the_edges_of_lines_as_in_one_line():
    """The compounds are searched only on the lines that may hold one: a
    compound opening or closing a line, or after a slash ending the line
    before, reads as it would in the middle of a line."""
    text = (
        "Glaze runs\nkeep-one-batch-out\nthen a slow-cool-then-hold cycle,\n"
        "see tools/\nwet-dry-fire-cool and the\nsparse QZT; path/keep-one-out stays code.\n"
        "last word-then-acronym-here"
    )
    assert compound_initialisms(text) == {"KOBO", "SCTH", "WDFC", "SQZT", "WTAH"}
    # A compound glued to a code token is none, on its own line too.
    assert compound_initialisms("--keep-one-out\nrun keep-one-out.cfg\n") == set()
