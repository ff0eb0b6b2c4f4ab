"""GL001: splits into a small linking word, twin entries, optional plurals,
page names in doc roles, and graded adjectives made of a name."""

from __future__ import annotations

import pytest

SPLIT = """terms:
  - id: hopper
    term: hopper
    definition: A funnel-shaped bin that feeds grain to a mill.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Set the hop per minute of the dancer, then fill the hopper.\n",
        "Each hop per bar counts twice; the hopper stays full.\n",
    ],
)
def test_a_split_into_a_linking_word_is_a_phrase(gl001_of_run, text):
    assert gl001_of_run(SPLIT, {"mill.md": text}) == []


SPLIT_CONTENT = """terms:
  - id: millstone
    term: millstone
    definition: One of a pair of round stones that grind grain.
"""


def test_a_split_into_words_of_meaning_stays_a_slip(gl001_of_run):
    text = "Dress the millstone each spring, or the mill stone wears unevenly.\n"
    assert gl001_of_run(SPLIT_CONTENT, {"mill.md": text}) == [("mill.md", "mill stone")]


TWINS = """terms:
  - id: add-on
    term: add-on
    definition: An extra part fitted to a loom to weave a pattern.
  - id: addon
    term: addon
    definition: See add-on.
"""


def test_a_capital_on_one_of_twin_entries_is_that_ones_case_slip(gl001_of_run):
    text = "Weavers like the addon for borders.\nLast week our neighbour fitted the Addon to her frame.\n"
    assert gl001_of_run(TWINS, {"loom.md": text}) == [("loom.md", "Addon")]


LOWER = """terms:
  - id: shuttle
    term: shuttle
    definition: The tool that carries the weft thread across the loom.
"""


def test_a_capital_before_an_optional_plural_is_no_call(gl001_of_run):
    text = "Pass the shuttle gently.\nYou may keep a spare wooden Shuttle(s) in the drawer for the weft.\n"
    assert gl001_of_run(LOWER, {"loom.md": text}) == [("loom.md", "Shuttle")]


SPACED = """terms:
  - id: warp-beam
    term: warp beam
    definition: |-
      The roller at the back of the loom that holds the warp threads.
      See {doc}`warp-beams` for how to wind it.
"""


def test_a_page_name_in_a_doc_role_is_no_spacing_of_the_term(gl001_of_run):
    files = {
        "warp-beams.md": "# Warp beams\n\nWind the warp beam slowly.\n",
        "index.md": "Read {doc}`warp-beams` first.\n",
        "setup.md": "See {doc}`warp-beams` again.\nThen tighten the *warp-beam* by hand.\n",
    }
    assert gl001_of_run(SPACED, files) == [("setup.md", "warp-beam")]


ADJECTIVE = """terms:
  - id: dickensian
    term: Dickensian
    case: exact
    definition: Like the crowded, grim workshops that Charles Dickens described.
"""


@pytest.mark.parametrize(
    "text",
    [
        "The old mill felt more dickensian than the new one.\n",
        "Its yard was very dickensian in winter.\n",
    ],
)
def test_a_graded_adjective_of_a_name_may_be_lower_case(gl001_of_run, text):
    assert gl001_of_run(ADJECTIVE, {"mill.md": text}) == []


def test_an_ungraded_adjective_of_a_name_keeps_its_capital(gl001_of_run):
    text = "The old mill had a dickensian yard.\n"
    assert gl001_of_run(ADJECTIVE, {"mill.md": text}) == [("mill.md", "dickensian")]
