"""GL001 and titles written wholly in lower case (rules/lower_titles.py)."""

from __future__ import annotations

import pytest
from test_rules import gl, small_linter

TERMS = [("qlx", "QLX", ["case: exact"])]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A table's caption with no capital: its lower case is the title's style.
        (".. csv-table:: bucket loader qlx settings\n   :header: a,b\n\n   1,2\n", []),
        # So is a heading with none.
        ("setting up the qlx bridge\n=========================\n\nThe QLX bridge runs.\n", []),
        # A title that opens with the lowered term shows no style but the slip.
        ("qlx bridges\n===========\n\nThe QLX bridge runs.\n", [("qlx", "QLX")]),
        # A title with a capital of its own is not lowered as a style.
        ("Setting up the qlx bridge\n=========================\n\nThe QLX bridge runs.\n", [("qlx", "QLX")]),
        # A sentence written in lower case is no title.
        ("Intro\n=====\n\nthen start the qlx bridge and wait.\n", [("qlx", "QLX")]),
    ],
)
def test_gl001_a_title_in_lower_case_lowers_the_term_as_its_style(tmp_path, text, expected):
    linter = small_linter(tmp_path, TERMS)
    assert gl(linter.lint_text("a.rst", text)) == expected
