"""``import`` of Markdown glossaries whose entries are paragraphs opening with
a bold term (``**Term**: ...``, ``**Term:** ...``, ``**Term**. ...``),
alone or grouped under section headings, and of pages that number their
term headings (``### 3. Term``).

A section heading over such paragraphs names their group, not a term; a
bold name that opens paragraphs in several entries (``**Example**:``) labels
a part of each entry and defines nothing.
"""

from __future__ import annotations

import pytest

from glossary_lint.workflows.importers import import_page

GROUPED = """\
# Kiln words

## Firing

**Bisque:** The first, low firing that hardens raw clay.

**Glost**: The second firing, which melts the glaze.
It runs hotter than the bisque.

The glost schedule lists each ramp.

## Tools

**Stilt**. A small stand that keeps a glazed foot off the shelf.

**Cone** - A slender pyramid that bends at a known heat.
"""

ALONE = """\
# Loom words

**Warp**: The threads held taut on the loom.

**Weft**: The thread passed across the warp.
"""

LABELLED = """\
# Glaze words

## Crawling

**Plain words**: The glaze pulls back into beads.

**In depth**: Surface tension beats adhesion on a dusty bisque.

## Pinholing

**Plain words**: Tiny holes in the fired glaze.

**In depth**: Gas escapes from the body late in the firing.
"""

NUMBERED = """\
# Studio words

### 1. Wedging

Kneading clay to drive out air.

### 2. Leather Hard

Clay dry enough to hold its shape but still carvable.

### 3D Printing

Building a pot from extruded coils laid by a machine.

### 2.4 GHz Kiln Sensor

A wireless thermocouple reader.
"""

NUMBERED_REST = """\
Studio words
============

1. Wedging
----------

Kneading clay to drive out air.

2. Trimming
-----------

Shaving the foot of a leather-hard pot.

3. Throwing
-----------

Shaping clay on the wheel.
"""


LINKED = """\
# Rope words

## B

**[Bight](https://example.org/bight):** A loop in the middle of a rope.

## C

<a id="cleat"></a>**Cleat**: A fitting with two horns to make a line fast.

## 0–9

**[2-strand](https://example.org/laid)**: Rope laid from two strands.
"""


def _terms(page: str, suffix: str = ".md") -> dict[str, dict[str, object]]:
    return {str(t["term"]): t for t in import_page(page, suffix).terms}


def test_bold_paragraphs_under_group_headings_are_the_entries() -> None:
    terms = _terms(GROUPED)
    assert sorted(terms) == ["Bisque", "Cone", "Glost", "Stilt"]
    assert terms["Bisque"]["definition"] == "The first, low firing that hardens raw clay."
    assert terms["Stilt"]["definition"] == "A small stand that keeps a glazed foot off the shelf."


def test_a_paragraph_entry_runs_on_until_the_next_term() -> None:
    glost = str(_terms(GROUPED)["Glost"]["definition"])
    assert glost.startswith("The second firing, which melts the glaze.")
    assert glost.endswith("The glost schedule lists each ramp.")
    assert "Stilt" not in glost


def test_a_page_of_bold_paragraphs_alone() -> None:
    assert sorted(_terms(ALONE)) == ["Warp", "Weft"]


def test_bold_labels_repeated_in_every_entry_are_no_terms() -> None:
    terms = _terms(LABELLED)
    assert sorted(terms) == ["Crawling", "Pinholing"]
    assert "**Plain words**: The glaze pulls back into beads." in str(terms["Crawling"]["definition"])


def test_a_section_number_before_a_heading_is_no_part_of_the_name() -> None:
    terms = _terms(NUMBERED)
    assert {"Wedging", "Leather Hard"} <= set(terms)
    # A number that is the name's own has no full stop after it.
    assert {"3D Printing", "2.4 GHz Kiln Sensor"} <= set(terms)


@pytest.mark.parametrize("name", ["Wedging", "Trimming", "Throwing"])
def test_numbered_rest_sections_lose_their_number(name: str) -> None:
    assert name in _terms(NUMBERED_REST, ".rst")


def test_a_link_inside_the_bold_and_an_anchor_before_it() -> None:
    page = import_page(LINKED, ".md")
    terms = {str(t["term"]): t for t in page.terms}
    assert sorted(terms) == ["2-strand", "Bight", "Cleat"]  # the letter headings head no entry
    assert "https://example.org/bight" in str(terms["Bight"]["definition"])
    assert terms["Cleat"]["id"] == "cleat"


BRACKETED = """\
# Firing words

- **cone equivalent temperature** (CET): the heat at which a cone bends.
- **kiln atmosphere** (reduction or oxidation): how much oxygen the fire gets.
- **flux** (_pl._ **fluxes**): a material that lowers a glaze's melting point.

**SKU** (Stock Keeping Unit) - a product's code in the shop.
"""


def test_a_bracket_between_the_bold_term_and_its_separator() -> None:
    terms = _terms(BRACKETED)
    assert terms["cone equivalent temperature"]["abbreviation"] == "CET"
    assert terms["SKU"]["expansion"] == "Stock Keeping Unit"
    assert terms["flux"]["aliases"] == ["fluxes"]
    assert terms["kiln atmosphere"]["definition"] == "how much oxygen the fire gets."
