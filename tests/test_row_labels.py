"""GL001 and a table cell that names its row's subject (``| Fields (beta) |
Not supported on Fields |``) in a table whose row labels are names
(``macOS``, ``BSD``): the cell's capital is the row label's, a name, no
slip of the lower-case term.  A table whose row labels show no name, or a
cell's capital that is not its own row's label, keeps the slip."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: field
    term: field
    definition: One named value of a record.
"""

NAMED = """| Platform | Status |
|----------|--------|
| macOS | Supported |
| BSD | Supported |
| Fields (beta) | Not supported: the daemon does not run on Fields |
"""

KINDS = """| Part | Holds |
|------|-------|
| Record | Many values |
| Fields | Not used alone: each Fields entry sits in a record |
"""

OTHER_ROW = """| Platform | Status |
|----------|--------|
| macOS | Supported |
| BSD | Supported, each Field kept apart |
| Fields (beta) | Not supported |
"""


def test_a_cell_naming_its_rows_label_among_names_passes(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": NAMED}) == []


def test_row_labels_that_show_no_name_keep_the_slip(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": KINDS}) == [("a.md", "Field")]


def test_a_capital_that_is_not_its_rows_label_keeps_the_slip(gl001_of_run):
    assert gl001_of_run(GLOSSARY, {"a.md": OTHER_ROW}) == [("a.md", "Field")]
