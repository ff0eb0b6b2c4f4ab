"""GL001 on a closed compound split inside quotation marks, and on a typo
of an English word right after a noun of a kind of software."""

from __future__ import annotations

import pytest

SPLIT = """terms:
  - id: sailboat
    term: sailboat
    definition: A boat driven by its sails.
"""


@pytest.mark.parametrize(
    "text",
    [
        "The club keeps a \u201csail boat\u201d mode for calm days.\n",
        'The club keeps a "sail boat" mode for calm days.\n',
    ],
)
def test_a_split_quoted_alone_names_the_term(gl001_of_run, text):
    assert gl001_of_run(SPLIT, {"club.md": text}) == [("club.md", "sail boat")]


def test_a_split_in_running_text_on_a_page_without_the_word_stays_english(gl001_of_run):
    text = "The club keeps a sail boat mode for calm days.\n"
    assert gl001_of_run(SPLIT, {"club.md": text}) == []


def test_a_split_with_more_words_inside_the_quotes_is_no_term_named(gl001_of_run):
    text = "The club keeps a \u201cred sail boat\u201d mode for calm days.\n"
    assert gl001_of_run(SPLIT, {"club.md": text}) == []


ENGLISH = """terms:
  - id: scheduler
    term: scheduler
    definition: The part that decides when each kiln fires.
  - id: kilnware
    term: Kilnware
    case: exact
    definition: The tool that plans the firings.
"""


def test_a_typo_of_an_english_word_after_a_kind_of_software_is_a_slip(gl001_of_run):
    text = "The firing order picked by the package schedluer can be changed.\n"
    assert gl001_of_run(ENGLISH, {"a.md": text}) == [("a.md", "schedluer")]


def test_a_name_after_a_kind_of_software_is_still_as_installed(gl001_of_run):
    text = "Firings are planned by the library kilnware today.\n"
    assert gl001_of_run(ENGLISH, {"a.md": text}) == []
