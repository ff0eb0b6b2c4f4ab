"""A word with round brackets straight after it, empty or holding arguments
(``compactor()``, ``compactor(room, hard=True)``), is a call written in prose without
code markup: neither an auto-link to the entry nor a GL001 spelling slip.  A
plural in brackets (``compactor(s)``), a gloss with no space before it and an
acronym of a variable (``RMS(t)``, a quantity) stay
words of the sentence."""

from __future__ import annotations

import pytest

from glossary_lint.matching.code_tokens import in_code_token
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: compactor
    term: compactor
    definition: The nightly pass that clears stale rows from the ledger tables.
"""


def _code(text: str, word: str) -> bool:
    start = text.index(word)
    return in_code_token(word, text, start, start + len(word))


@pytest.mark.parametrize(
    "text",
    [
        "Each worker calls compactor() once it has drained its queue.",
        "Then compactor(ledger, hard=True) runs in the background.",
        "Override compactor(self) in the subclass to skip old rows.",
        "The shell command compactor(8) documents the flags.",
    ],
)
def test_a_word_called_like_a_function_is_code(text):
    assert _code(text, "compactor")


@pytest.mark.parametrize(
    "text",
    [
        "Pick the compactor(s) that should run tonight.",
        "A compactor (the nightly pass) clears old rows.",
        "The compactor(nightly pass over the ledger) clears old rows.",
        "Run the compactor.",
    ],
)
def test_brackets_that_prose_writes_leave_the_word(text):
    assert not _code(text, "compactor")


def test_a_call_is_not_linked_but_the_noun_is():
    assert not first_mention_links(GLOSSARY, "Each worker calls compactor() when it is idle.", "compactor")
    assert first_mention_links(GLOSSARY, "Each worker starts a compactor when it is idle.", "compactor")


def test_gl001_takes_a_call_for_code_as_the_link_does(gl001_of_run):
    glossary = (
        GLOSSARY
        + """  - id: rowset
    term: RowSet
    definition: The object that holds the rows one query returns.
"""
    )
    called = {"jobs.md": "# Jobs\n\nEach job calls Rowset(query) first.\n"}
    assert gl001_of_run(glossary, called) == []
    named = {"jobs.md": "# Jobs\n\nEach job reads the Rowset first.\n"}
    assert gl001_of_run(glossary, named) == [("jobs.md", "Rowset")]


def test_an_acronym_of_a_variable_is_a_quantity_not_a_call():
    assert not _code("The peak is where RMS(t) is largest.", "RMS")
    assert _code("The helper RMS() returns a float.", "RMS")
