"""GL001 and a closed-up term beside the code name its line gives."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: tide-clock
    term: tide clock
    definition: A clock that shows the state of the tide.
"""


def gl001(check, text: str) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {"tests.md": text})]


def test_a_closed_term_beside_its_file_name_names_the_file(gl001_of_run):
    text = "| Test | Script |\n|---|---|\n| Tideclock Test | `tideclock_test.py` |\n"
    assert gl001(gl001_of_run, text) == []


def test_the_same_form_on_a_line_without_the_code_stays_a_slip(gl001_of_run):
    text = "Set the Tideclock before you sail.\n\nThe script is `tideclock_test.py`.\n"
    assert gl001(gl001_of_run, text) == ["Tideclock"]


def test_a_lower_case_word_beside_the_code_stays_a_slip(gl001_of_run):
    text = "Set the tideclock before you sail (see `tideclock_test.py`).\n"
    assert gl001(gl001_of_run, text) == ["tideclock"]
