"""GL001: a hyphenated compound adjective written open after a linking verb."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: low-fire
    term: low-fire
    definition: Fired at a low temperature, below about 1100 degrees.
"""


@pytest.mark.parametrize(
    "text",
    [
        "This glaze is low fire, and it suits earthenware.\n",
        "Our stoneware bodies are entirely low fire.\n",
        "The new clay remains low fire but shrinks less.\n",
    ],
)
def test_open_after_a_linking_verb_is_english(gl001_of_run, text):
    assert gl001_of_run(GLOSSARY, {"notes.md": text}) == []


@pytest.mark.parametrize(
    "text",
    [
        "This is a low fire glaze for earthenware.\n",
        "Buy low fire clay for the kiln.\n",
        "This glaze is low fire clay mixed with frit.\n",
    ],
)
def test_open_elsewhere_stays_a_slip(gl001_of_run, text):
    assert gl001_of_run(GLOSSARY, {"notes.md": text}) == [("notes.md", "low fire")]
