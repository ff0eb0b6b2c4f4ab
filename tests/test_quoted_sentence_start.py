"""A sentence that opens with a quotation capitalises the quote's first
word, whichever quotation marks open it: English ones, or the guillemets
and low quotes of French, German and other languages."""

from __future__ import annotations

import pytest

from glossary_lint.rules.case_context import at_sentence_start

GLOSSARY = """terms:
  - id: stackable
    term: stackable
    definition: Able to stand on another of its kind.
"""


@pytest.mark.parametrize("quote", ["\u201c", "\u00ab", "\u2039", "\u201e", "\u201a", '"'])
def test_a_quoted_word_opening_a_sentence_may_be_capitalised(gl001_of_run, quote):
    text = f"Our bins are light. {quote}Stackable{quote} means a bin stands on another.\n"
    assert gl001_of_run(GLOSSARY, {"bins.md": text}) == []


def test_an_unquoted_capital_mid_sentence_stays_a_slip(gl001_of_run):
    text = "Our bins are light, and Stackable in rows.\n"
    assert gl001_of_run(GLOSSARY, {"bins.md": text}) == [("bins.md", "Stackable")]


def test_guillemets_are_skipped_looking_back_for_the_sentence_end():
    text = "Done. \u00ab\u2039Word"
    assert at_sentence_start(text, text.index("Word"))
    assert not at_sentence_start("so \u00abWord", 4)
