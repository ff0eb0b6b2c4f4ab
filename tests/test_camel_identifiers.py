"""GL001 and a spaced term's words closed up in camel case: a class's name
(``PlotHandle``), a field's or a variable's (``plotHandle``), with an
abbreviation in capitals (``plotID``), is code as the code spells it, not
the term misspelled."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: plot-id
    term: plot id
    definition: The number that names one garden plot.
  - id: seed-tray
    term: seed tray
    definition: A shallow box of soil for seedlings.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Error: plotID is missing\n",
        "The form sends plotId with each row.\n",
        "A SeedTray object holds the rows; seedTray is its field name.\n",
    ],
)
def test_camel_case_names_of_a_spaced_terms_words_are_code(gl001_of_run, text):
    assert gl001_of_run(GLOSSARY, {"notes.md": text}) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Water the seedtray daily.\n", "seedtray"),  # closed up in lower case: the words run together
        ("Water the Seed Tray daily.\n", "Seed Tray"),  # capitals mid-sentence
        ("Water the sEEDtRAY daily.\n", "sEEDtRAY"),  # capitals at no word's start
    ],
)
def test_other_closed_or_mis_cased_forms_stay_slips(gl001_of_run, text, found):
    assert gl001_of_run(GLOSSARY, {"notes.md": text}) == [("notes.md", found)]
