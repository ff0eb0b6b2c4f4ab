"""GL001 and a table column of labels in Title Case (``| Optional | Rubble
Carrier |``): every cell of the column is a short label with its words
capitalised, as a header row's are, so a lower-case term written there in
Title Case takes the label's capitals.  A column that holds a sentence or
a lower-case value keeps the slip, and so does a cell of prose beside it."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: rubble-carrier
    term: rubble carrier
    definition: A cart that moves cut stone out of the quarry.
  - id: stonecutter
    term: stonecutter
    definition: A worker who shapes blocks.
"""

LABELS = """| Package | Status | Kind | About |
|---------|--------|------|-------|
| quarry-core | Required | Stonecutter | Cuts the stone. |
| quarry-cart | Optional | Rubble Carrier | Moves the rubble. |
| quarry-crane | Optional | Rubble Carrier (Heavy Load) | Lifts what carts cannot. |
"""

VALUES = """| Package | Status | Kind |
|---------|--------|------|
| quarry-core | Required | stonecutter |
| quarry-cart | Optional | Rubble Carrier |
| quarry-crane | Optional | a cart for heavy loads |
"""

PROSE = """| Package | About |
|---------|-------|
| quarry-core | Cuts the stone. |
| quarry-cart | Each Rubble Carrier moves what is cut. |
"""

SENTENCES = """| Package | Kind |
|---------|------|
| quarry-core | Stonecutter |
| quarry-cart | Rubble Carrier. Runs on rails. |
"""

ALONE = """| Package | Kind |
|---------|------|
| quarry-cart | Rubble Carrier |
"""


def test_a_column_of_title_case_labels_takes_their_capitals(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": LABELS}) == []


def test_a_lower_case_value_in_the_column_keeps_the_slip(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": VALUES}) == [("a.md", "Rubble Carrier")]


def test_a_cell_of_prose_keeps_the_slip(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": PROSE}) == [("a.md", "Rubble Carrier")]


def test_a_cell_with_a_sentence_mark_is_no_label(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": SENTENCES}) == [("a.md", "Rubble Carrier")]


def test_one_row_makes_no_column_of_labels(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": ALONE}) == [("a.md", "Rubble Carrier")]
