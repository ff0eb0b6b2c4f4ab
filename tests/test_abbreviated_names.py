"""GL001 and a name in capitals that a bracket after it abbreviates in so
many words (:func:`glossary_lint.rules.case_context.named_with_abbreviation`)."""

from __future__ import annotations

import pytest
from test_rules import gl, small_linter

HOIST = [("cargo-hoist", "cargo hoist", [])]


@pytest.mark.parametrize(
    "text",
    [
        'The dock runs the Cargo Hoist service (abbreviated "CH", after its crane).',
        "Each quay has a Cargo Hoist unit (or CH) by the gate.",
        "Each quay has a Cargo Hoist (short: CH) by the gate.",
    ],
)
def test_capitals_that_a_bracket_abbreviates_mark_the_acronym(tmp_path, text):
    assert gl(small_linter(tmp_path, HOIST).lint_text("a.md", text + "\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Each quay has a Cargo Hoist unit (or QX) by the gate.",  # other letters
        "Each quay has a Cargo hoist unit (or CH) by the gate.",  # one word capitalised
        "Each quay has a Cargo Hoist unit (see the map) by the gate.",  # no acronym at all
    ],
)
def test_capitals_without_their_abbreviation_stay_slips(tmp_path, text):
    assert len(gl(small_linter(tmp_path, HOIST).lint_text("a.md", text + "\n"))) == 1
