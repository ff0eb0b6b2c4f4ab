"""GL001 and a page's opening sentence that names its subject in its title's letters."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: tide-gauge
    term: tide gauge
    definition: The instrument that records the water level.
  - id: gauge
    term: gauge
    definition: Any instrument that measures a level.
"""


def test_the_first_sentence_under_the_terms_title_names_the_subject(gl001_of_run):
    text = "# Tide Gauge\n\nThe Tide Gauge records the water level every minute.\n"
    assert gl001_of_run(GLOSSARY, {"gauge.md": text}) == []


def test_a_later_sentence_keeps_its_slip(gl001_of_run):
    text = "# Tide Gauge\n\nThe level is kept. Each Tide Gauge records it every minute.\n"
    assert gl001_of_run(GLOSSARY, {"gauge.md": text}) == [("gauge.md", "Tide Gauge")]


def test_a_heading_that_says_more_than_the_term_gives_no_reason(gl001_of_run):
    text = "# Tide Gauge Settings\n\nThe Tide Gauge records the water level every minute.\n"
    assert gl001_of_run(GLOSSARY, {"gauge.md": text}) == [("gauge.md", "Tide Gauge")]


def test_a_paragraph_further_down_keeps_its_slip(gl001_of_run):
    text = (
        "# Tide Gauge\n\nThe instrument sits on the pier.\n\n"
        "The Tide Gauge records the water level every minute.\n"
    )
    assert gl001_of_run(GLOSSARY, {"gauge.md": text}) == [("gauge.md", "Tide Gauge")]


def test_one_word_or_a_sentence_case_title_shows_no_title_case(gl001_of_run):
    files = {
        "a.md": "# Gauge\n\nSee what a Gauge is before you read on.\n",
        "b.md": "# Tide gauge\n\nSee what a Tide gauge is before you read on.\n",
    }
    assert sorted(gl001_of_run(GLOSSARY, files)) == [("a.md", "Gauge"), ("b.md", "Tide gauge")]
