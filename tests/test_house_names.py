"""GL001 and two-word names the handbook writes in capitals (rules/house_names.py)."""

from __future__ import annotations

import pytest
from test_house_style import gl001_of

GLOSSARY = """terms:
  - id: ledger
    term: ledger
    definition: The record of every sale.
  - id: till-drawer
    term: till drawer
    definition: Where the coins are kept.
"""

#: Chapters that name something mid-sentence in capitals, three times: ``{}`` is the name.
CHAPTERS = (
    "We started the {} project long ago.\n",
    "In short, {} keeps the books, and the ledger holds them.\n",
    "Read about {} hosts before you start.\n",
)


@pytest.mark.parametrize(
    "name,uses,sentence,expected",
    [
        # The term opens a name the handbook capitalises: its capital is the name's.
        ("Ledger Service", 3, "Clerks are the people whom Ledger service trusts.\n", []),
        # Before another noun the capital has no such reason.
        ("Ledger Service", 3, "Clerks are the people whom Ledger clerks trust.\n", ["Ledger"]),
        # Two uses make no house name.
        ("Ledger Service", 2, "Clerks are the people whom Ledger service trusts.\n", ["Ledger"]),
        # A term of two words half capitalised is the term's own slip.
        ("Till Drawer", 3, "Clerks lock the Till drawer at night.\n", ["Till drawer"]),
    ],
)
def test_gl001_a_capitalised_term_opening_a_house_name(tmp_path, name, uses, sentence, expected):
    files = {f"{n}.md": text.format(name) for n, text in enumerate(CHAPTERS[:uses])}
    files["last.md"] = sentence
    assert gl001_of(tmp_path, GLOSSARY, files) == [("last.md", found) for found in expected]
