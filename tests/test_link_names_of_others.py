"""Auto-links and three ways a sentence names another thing with an entry's
words: the spelled-out name of an acronym the paragraph uses, a quoted title
in Title Case, and a phrase the sentence calls a file."""

from __future__ import annotations

from glossary_lint.glossary.long_names import inside_spelled_out_acronym
from glossary_lint.glossary.other_references import called_a_file, in_quoted_title
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: ledger
    term: ledger
    definition: The ordered record of every transfer a node has accepted.
  - id: snapshot
    term: snapshots
    definition: A frozen copy of the ledger taken at the end of each hour.
  - id: keeplist
    term: keeplist
    definition: The file that lists which snapshots a node keeps, one per line.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def span(text: str, word: str) -> tuple[str, int, int]:
    """``text`` and where ``word`` first stands in it."""
    start = text.index(word)
    return text, start, start + len(word)


def test_a_word_inside_the_long_form_of_an_acronym_used_nearby_is_part_of_the_name():
    assert not linked("It follows the OLX rules for Open Ledger eXchange between banks.", "Ledger")
    assert not linked("The Open Ledger Exchange is published by a committee. OLE 2 came later.", "Ledger")
    # No acronym in the paragraph, or one the words do not spell: the word is the entry.
    assert linked("Ledger files are kept per node, as the OLX rules say.", "Ledger")
    assert linked("Ledger and Exchange are two tabs of the OLX tool.", "Ledger")


def test_a_run_that_holds_an_acronym_spells_none_out():
    # "OLX Ledger eXchange": the acronym is a word of the name, not its initials.
    assert not inside_spelled_out_acronym(*span("Get the OLX Ledger eXchange tools.", "Ledger"))
    assert inside_spelled_out_acronym(*span("Get the Open Ledger eXchange tools (OLX).", "Ledger"))


def test_a_long_form_that_ends_with_the_word_is_a_kind_of_it():
    assert not inside_spelled_out_acronym(*span("Shared Ledger (SL) nodes and the SL protocol.", "Ledger"))


def test_a_word_inside_a_quoted_title_names_that_document():
    assert not linked("Read chapter 4, “Ledger Layout and Recovery Steps”, first.", "Ledger")
    assert not linked('See the section "Hourly Snapshots in Practice" for the rota.', "Snapshots")
    assert not linked("The guide ‘Keeping a Ledger Small’ is short.", "Ledger")
    # The term alone quoted, or quoted words in small letters, are the term.
    assert linked("What we call the “ledger” grows by one line a transfer.", "ledger")
    assert linked("Nodes call it “the shared ledger of transfers” in their logs.", "ledger")


def test_a_quoted_title_needs_a_word_that_calls_it_one():
    assert not in_quoted_title(*span("Tick “Keep Ledger Copies” during the install.", "Ledger"))
    assert in_quoted_title(*span("Appendix B “Keep Ledger Copies” says more.", "Ledger"))


def test_quotes_must_enclose_the_mention():
    assert not in_quoted_title(*span("“Old Notes” say the Ledger Tools are new.", "Ledger"))
    assert not in_quoted_title(*span("Don’t move the Ledger Tools Guide’s files.", "Ledger"))


def test_a_phrase_the_sentence_calls_a_file_names_the_file():
    assert not linked("The nightly-export snapshots is an optional file read at start.", "snapshots")
    assert not linked("The ledger is a plain text file on each node.", "ledger")
    # Only a definition that says file makes the phrase the entry itself.
    assert linked("The keeplist is a small file next to the data.", "keeplist")
    assert linked("The snapshots are kept in a folder of their own.", "snapshots")


def test_called_a_file_needs_the_copula_and_the_noun():
    text = "the ledger is a record kept in a file"
    end = text.index("ledger") + len("ledger")
    assert not called_a_file(text, end, "The ordered record.")
    text = "the ledger is an optional CSV file"
    end = text.index("ledger") + len("ledger")
    assert called_a_file(text, end, "The ordered record.")
