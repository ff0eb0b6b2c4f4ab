"""``import`` of a Markdown page of a heading per term that also groups
short entries as ``- **Term**: ...`` items: a list of abbreviations under a
heading above the term level, or a heading that only names a group of
items.  The items are entries; a heading over nothing but items is no
entry; an item that restates a heading's abbreviation is left out, and the
reviewer is told what it said."""

from __future__ import annotations

from glossary_lint.workflows.importers import import_page, to_yaml

PAGE = """\
# Harbour words

What the pilots of the port say on the radio.

## Places

### Berth
The stretch of quay a ship ties up at, given by the harbour master.

### VTS (Vessel Traffic Service)
The shore station that watches the fairway and calls ships in turn.

### Anchorages
- **Outer roads**: Waiting water beyond the breakwater.
- **Quarantine buoy**: Where a ship flying the yellow flag waits.

## Short forms

- **ETA**: Estimated time of arrival.
- **VTS**: Vessel Traffic Service, the shore station.
- **LOA**: Length overall of a hull.

## Further reading

- **Tide tables:** [Tides](tides.md)
- **Signals:** [Flags](flags.md)
"""


def test_items_under_a_heading_above_the_terms_are_entries() -> None:
    terms = [t["term"] for t in import_page(PAGE, ".md").terms]
    assert terms[-2:] == ["ETA", "LOA"]


def test_a_heading_over_nothing_but_items_names_a_group_not_a_term() -> None:
    terms = [t["term"] for t in import_page(PAGE, ".md").terms]
    assert "Anchorages" not in terms
    assert terms[:4] == ["Berth", "VTS", "Outer roads", "Quarantine buoy"]


def test_items_that_only_point_at_other_pages_are_not_entries() -> None:
    terms = [t["term"] for t in import_page(PAGE, ".md").terms]
    assert "Tide tables" not in terms and "Signals" not in terms
    assert len(terms) == 6


def test_an_item_restating_a_headings_abbreviation_is_left_out_and_said() -> None:
    imported = import_page(PAGE, ".md")
    vts = [t for t in imported.terms if t["term"] == "VTS"]
    assert len(vts) == 1 and vts[0]["expansion"] == "Vessel Traffic Service"
    assert "the page lists 'VTS' again, as 'Vessel Traffic Service, the shore station.'" in to_yaml(imported)


def test_a_sense_in_brackets_is_not_restated_by_the_plain_name() -> None:
    page = (
        "# Words\n\n### Line\nAny rope on board once it has a job.\n\n"
        "### Line (rope)\nA rope, as the line of a heaving line.\n\n"
        "### Knot\nA tie in a rope.\n"
    )
    terms = [t["term"] for t in import_page(page, ".md").terms]
    assert len(terms) == 3


def test_a_heading_entry_that_opens_with_prose_keeps_its_items() -> None:
    page = (
        "# Words\n\n### Hitch\nA knot made around something.\n\n"
        "- **Clove**: quick.\n- **Round turn**: holds.\n\n"
        "### Bight\nA loop in the middle of a rope.\n"
    )
    imported = import_page(page, ".md")
    assert [t["term"] for t in imported.terms] == ["Hitch", "Bight"]
    assert "**Clove**" in imported.terms[0]["definition"]


def test_an_item_giving_the_abbreviation_other_meanings_keeps_it() -> None:
    page = (
        "# Words\n\n## Terms\n\n### Pilot Boarding Area (PBA)\nWhere the pilot climbs aboard.\n\n"
        "### Berth\nA place at the quay.\n\n"
        "## Short forms\n\n- **PBA**: Port Berth Allocation, or Pilot Boarding Area\n"
        "- **ETA**: Estimated time of arrival.\n"
    )
    imported = import_page(page, ".md")
    terms = {t["term"]: t for t in imported.terms}
    assert "abbreviation" not in terms["Pilot Boarding Area"]
    assert terms["PBA"]["definition"] == "Port Berth Allocation, or Pilot Boarding Area"
    assert "the page gives 'PBA' an item of its own" in to_yaml(imported)


def test_a_remark_quoting_the_page_stays_one_comment_line_without_controls() -> None:
    import yaml

    page = (
        "# Words\n\n## Terms\n\n### QZF (Quick Zone Firing)\nA short firing.\n\n### Berth\nA place.\n\n"
        "## Short forms\n\n- **QZF**: Quick Zone Firing \x1b[2J\u2028terms: []\n- **ETA**: Estimated time.\n"
    )
    text = to_yaml(import_page(page, ".md"))
    remarks = [line for line in text.splitlines() if "again, as" in line]
    assert len(remarks) == 1 and remarks[0].lstrip().startswith("# review:")
    assert "\x1b" not in text and "\\x1b[2J" in remarks[0]
    assert [t["term"] for t in yaml.safe_load(text)["terms"]] == ["QZF", "Berth", "ETA"]
