"""``import`` of a Markdown page of a heading per term that also holds
tables of terms: a section that is only a picture and a table (a group of
entries, as a list of ``- **Term**: ...`` items is), and a table of
abbreviations under a heading above the term level.  A term's own
definition may hold a table; its rows stay part of that definition."""

from __future__ import annotations

from glossary_lint.workflows.importers import import_page

GROUPED = """\
# Sailboat words

## Rigging

![rig](images/rig.png)

| Term     | Colour | Description                              |
| -------- | ------ | ---------------------------------------- |
| Halyard  | Red    | Hoists a sail up the mast.               |
| Sheet    | Blue   | Trims a sail against the wind.           |

## Hull

| Term   | Description                          |
| ------ | ------------------------------------ |
| Keel   | The fin under the hull that resists drift. |
| Transom | The flat back of the hull.          |

## Tack

The front lower corner of a sail, and a turn through the wind.

| Side      | Meaning                      |
| --------- | ---------------------------- |
| Port tack | Wind over the left side.     |
"""

ABOVE = """\
# Dinghy words

## Terms

### Boom

The spar along the foot of the mainsail.

### Bung

A plug that drains the hull.

### Clew

The back lower corner of a sail.

## Abbreviations

| Abbreviation | Meaning                 |
| ------------ | ----------------------- |
| PFD          | Personal Flotation Device |
| COB          | Crew Overboard          |
"""


def _terms(page: str) -> dict[str, dict[str, object]]:
    return {str(t["term"]): t for t in import_page(page, ".md").terms}


def test_a_section_of_a_picture_and_a_table_gives_its_rows() -> None:
    terms = _terms(GROUPED)
    assert {"Halyard", "Sheet", "Keel", "Transom"} <= set(terms)
    assert "Rigging" not in terms and "Hull" not in terms
    assert "Colour: Red" in str(terms["Halyard"]["definition"])


def test_a_table_inside_a_terms_own_definition_stays_there() -> None:
    terms = _terms(GROUPED)
    assert "Port tack" not in terms
    assert "Port tack" in str(terms["Tack"]["definition"])


def test_a_table_of_abbreviations_above_the_term_level_gives_entries() -> None:
    terms = _terms(ABOVE)
    assert {"Boom", "Bung", "Clew", "PFD", "COB"} <= set(terms)
    assert terms["PFD"]["expansion"] == "personal flotation device"


RESTATED = """\
# Harbour words

## Terms

### AIS (Automatic Identification System)

The radio beacon a ship sends its position with.

### Bollard

A post on the quay to make lines fast.

### VHF

The radio band of harbour talk.

## Acronyms

| Acronym | Expansion |
| ------- | --------- |
| AIS     | Automatic Identification System |
| VHF     | Very High Frequency |
| ETA     | Estimated Time of Arrival |
"""


def test_a_table_row_that_names_an_entry_again_is_left_out_with_a_remark() -> None:
    imported = import_page(RESTATED, ".md")
    names = [str(t["term"]) for t in imported.terms]
    assert names.count("AIS") == 1 and names.count("VHF") == 1
    assert "ETA" in names
    remarks = [r for rs in imported.review.values() for r in rs]
    assert any("lists 'VHF' again" in r for r in remarks)
