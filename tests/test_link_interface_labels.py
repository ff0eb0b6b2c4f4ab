"""Auto-links of a term written as an interface's label: the capitals the
screen shows, before the name of a screen part or as a step of a menu path,
name that label, not the entry (:func:`glossary_lint.rules.case_context.labels_interface`)."""

from __future__ import annotations

import pytest

from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: tide-rule
    term: tide rule
    definition: A condition on the water level that holds the boats in the harbour.
  - id: harbour-gate
    term: harbour-gate
    definition: The process that opens and shuts the lock gates on the tide rule's signal.
  - id: tide-gate
    term: tide gate
    definition: The service that opens the harbour's lock at high water.
  - id: quaylog
    term: Quaylog
    definition: The harbour's record of every boat that comes in or goes out.
"""


def linked(text: str, word: str) -> bool:
    return first_mention_links(GLOSSARY, text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Open the Tide Rules control panel to list them.",
        "Open the Tide Rules panel to list them.",
        "Pick Harbour Setup → Tide Rules to list them.",
        "Choose Tide Rules > Export to save them.",
        "Nothing waits in the Harbour-gates control panel.",
    ],
)
def test_a_label_on_screen_does_not_link(text):
    word = "Harbour-gates" if "Harbour-gates" in text else "Tide Rules"
    assert not linked(text, word)


def test_the_term_in_running_text_still_links():
    assert linked("Each harbour keeps one tide rule per pier.", "tide rule")
    assert linked("Open the tide rules archive to list them.", "tide rules")


def test_a_platform_s_service_named_after_the_entry_keeps_the_link():
    # The service may be the very thing the entry defines.
    assert linked("Restart the Tide Gate service after the upgrade.", "Tide Gate")


def test_a_capital_only_on_a_name_before_the_term_keeps_the_link():
    # "Harbour" is the project's name; the process keeps its small letters.
    assert linked("Restart the Harbour gate service after the upgrade.", "Harbour gate")


def test_an_entry_written_with_its_capital_keeps_its_links():
    # The capital is the entry's own, so it says nothing of a label.
    assert linked("Open the Quaylog control panel to see the boats.", "Quaylog")
