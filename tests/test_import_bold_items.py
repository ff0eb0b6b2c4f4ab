"""``import`` of a Markdown or MyST page of bold-term items under section
headings, numbered (``1. **Term**: ...``) or with the colon inside the bold
(``- **Term:** ...``): the items are the entries, the headings only group
them, as for ``- **Term**: ...`` items."""

from __future__ import annotations

from glossary_lint.workflows.importers import import_page

NUMBERED = """\
# Climbing words

The words of the hut's climbing course.

## Gear

1. **Quickdraw**: Two carabiners joined by a sling.
2. **Belay device** - A brake for the rope.

   Several kinds exist.

## Technique

1. **Smearing**: Pressing the sole flat on the rock.
"""


def test_numbered_bold_items_are_the_entries() -> None:
    imported = import_page(NUMBERED, ".md")
    assert [t["term"] for t in imported.terms] == ["Quickdraw", "Belay device", "Smearing"]
    assert imported.terms[1]["definition"] == "A brake for the rope.\n\nSeveral kinds exist."
    assert imported.intro == "The words of the hut's climbing course."


def test_a_heading_per_term_with_numbered_steps_stays_a_heading_page() -> None:
    page = (
        "# Words\n\n## Abseil\n\nSliding down a rope:\n\n1. **Set up**: clip in.\n2. **Go**: lean back.\n\n"
        "## Crux\n\nThe hardest move.\n\n## Pitch\n\nOne rope length.\n"
    )
    assert [t["term"] for t in import_page(page, ".md").terms] == ["Abseil", "Crux", "Pitch"]


def test_a_colon_inside_the_bold_ends_the_term() -> None:
    page = (
        "# Words\n\n## Gear\n\n- **Quickdraw:** Two carabiners.\n- __Sling:__ A loop of tape.\n\n"
        "## Moves\n\n1. **Smear:** Pressing the sole flat.\n"
    )
    imported = import_page(page, ".md")
    assert [t["term"] for t in imported.terms] == ["Quickdraw", "Sling", "Smear"]
    assert [t["definition"] for t in imported.terms] == [
        "Two carabiners.",
        "A loop of tape.",
        "Pressing the sole flat.",
    ]
