"""GL001 and a glossary page among the checked chapters: each headword is the
entry's definition, written as the glossary heads the entry, not a mention of
it.  The definitions' prose under the headwords is checked like any prose."""

from __future__ import annotations

import pytest

from glossary_lint.sources.markdown import parse_markdown
from glossary_lint.sources.rest import parse_rest
from glossary_lint.workflows.conversion.markdown_to_rest import markdown_to_rest
from glossary_lint.workflows.importers import import_page, to_yaml

#: One glossary in every layout ``import`` reads whose headwords the checker
#: could read as prose: Title Case headwords of terms the prose lowers.
LAYOUTS = {
    "directive.rst": (
        "Words\n=====\n\n.. glossary::\n\n"
        "   Sorting Hat\n      The bin a parcel drops into once its label is read.\n\n"
        "   Dock Slot\n      Where a truck backs up; a sorting hat empties into one.\n"
    ),
    "deflist.rst": (
        "Words\n=====\n\n"
        "Sorting Hat\n   The bin a parcel drops into once its label is read.\n\n"
        "Dock Slot\n   Where a truck backs up; a sorting hat empties into one.\n"
    ),
    "anchored.rst": (
        "Words\n=====\n\n"
        ".. _Sorting Hat:\n\nSorting Hat\n    The bin a parcel drops into once its label is read.\n\n"
        ".. _Dock Slot:\n\nDock Slot\n    Where a truck backs up; a sorting hat empties into one.\n"
    ),
    "paragraphs.rst": (
        "Words\n=====\n\n"
        ".. _words-hat:\n\nSorting Hat\n\n    The bin a parcel drops into once its label is read.\n\n"
        ".. _words-slot:\n\nDock Slot\n\n    Where a truck backs up; a sorting hat empties into one.\n"
    ),
    "sections.rst": (
        "Words\n=====\n\n"
        "Sorting Hat\n-----------\n\nThe bin a parcel drops into once its label is read.\n\n"
        "Dock Slot\n---------\n\nWhere a truck backs up; a sorting hat empties into one.\n"
    ),
    "deflist.md": (
        "# Words\n\n"
        "Sorting Hat\n: The bin a parcel drops into once its label is read.\n\n"
        "Dock Slot\n: Where a truck backs up; a sorting hat empties into one.\n"
    ),
    "myst.md": (
        "# Words\n\n:::{glossary}\n"
        "Sorting Hat\n  The bin a parcel drops into once its label is read.\n\n"
        "Dock Slot\n  Where a truck backs up; a sorting hat empties into one.\n:::\n"
    ),
    "headings.md": (
        "# Words\n\n## Sorting Hat\n\nThe bin a parcel drops into once its label is read.\n\n"
        "## Dock Slot\n\nWhere a truck backs up; a sorting hat empties into one.\n"
    ),
    "items.md": (
        "# Words\n\n- **Sorting Hat**: The bin a parcel drops into once its label is read.\n"
        "- **Dock Slot**: Where a truck backs up; a sorting hat empties into one.\n"
    ),
}

#: A chapter that writes both terms in lower case, as running text does.
CHAPTER = "# Depot\n\nEach parcel leaves its sorting hat for a dock slot before noon.\n"


def _imported(name: str) -> str:
    return to_yaml(import_page(LAYOUTS[name], "." + name.rsplit(".", 1)[1]))


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_glossary_pages_headwords_are_no_slips_of_its_terms(gl001_of_run, name):
    glossary = _imported(name)
    assert "term: Sorting Hat" in glossary and "term: Dock Slot" in glossary
    assert gl001_of_run(glossary, {name: LAYOUTS[name], "depot.md": CHAPTER}) == []


@pytest.mark.parametrize("name", ["directive.rst", "anchored.rst", "paragraphs.rst", "deflist.md", "myst.md"])
def test_a_slip_in_a_definition_under_a_headword_is_still_reported(gl001_of_run, name):
    page = LAYOUTS[name].replace("a sorting hat empties", "every Sorting Hat empties")
    assert gl001_of_run(_imported(name), {name: page}) == [(name, "Sorting Hat")]


@pytest.mark.parametrize("name", ["directive.rst", "deflist.md"])
def test_a_headword_in_other_letters_than_the_glossarys_is_still_a_slip(gl001_of_run, name):
    page = LAYOUTS[name].replace("Dock Slot\n", "Dock-Slot\n", 1)
    assert gl001_of_run(_imported(name), {name: page}) == [(name, "Dock-Slot")]


def test_a_chapters_own_definition_list_heads_its_definitions_too(gl001_of_run):
    glossary = _imported("directive.rst")
    chapter = (
        "Depot\n=====\n\nThe depot has two parts.\n\n"
        "Sorting Hat\n   Reads labels; a Sorting Hat jams in the rain.\n"
    )
    assert gl001_of_run(glossary, {"depot.rst": chapter}) == [("depot.rst", "Sorting Hat")]


def test_a_headword_with_more_words_than_the_name_is_checked_as_before(gl001_of_run):
    glossary = _imported("directive.rst")
    chapter = "Depot\n=====\n\nSpare lids for a Sorting Hat\n   Kept in the loft.\n"
    assert gl001_of_run(glossary, {"depot.rst": chapter}) == [("depot.rst", "Sorting Hat")]


def test_the_readers_mark_headwords_and_nothing_else():
    rest = parse_rest("p.rst", LAYOUTS["paragraphs.rst"])
    assert [s.text for s in rest.segments if s.headword] == ["Sorting Hat", "Dock Slot"]
    markdown = parse_markdown("p.md", LAYOUTS["deflist.md"])
    assert [s.text for s in markdown.segments if s.headword] == ["Sorting Hat", "Dock Slot"]
    assert "The bin a parcel drops into once its label is read." in [s.text for s in markdown.segments]
    # A paragraph after a label with no indented block under it is no headword.
    plain = parse_rest("q.rst", "Words\n=====\n\n.. _here:\n\nSorting Hat\n\nA line.\n")
    assert not any(s.headword for s in plain.segments)


def test_a_markdown_definition_list_converts_to_a_rest_one():
    assert markdown_to_rest("Dock Slot\n: Where a truck *backs* up.\n\nSorting Hat\n: A bin.\n") == (
        "Dock Slot\n   Where a truck *backs* up.\nSorting Hat\n   A bin."
    )


#: A glossary directive whose items have several names, a line each, in
#: the page's sentence case: ``import`` keeps the first as the entry's
#: term and lowers the others to running-text aliases.
SEVERAL_NAMES = (
    "Words\n=====\n\n.. glossary::\n   :sorted:\n\n"
    "   Sorting hat\n   Sorting hats\n      The bin a parcel drops into once its label is read.\n\n"
    "   Dock slot\n   Dock slots : place\n   Loading bay\n      Where a truck backs up; sorting hats empty into one.\n"
)


def test_each_name_line_of_a_rest_glossary_item_is_a_headword_of_its_own():
    """As Sphinx reads the directive (and as the Markdown reader reads a MyST
    glossary): one term a line, the classifier left out, the definition prose."""
    document = parse_rest("words.rst", SEVERAL_NAMES)
    assert [s.text for s in document.segments if s.headword] == [
        "Sorting hat",
        "Sorting hats",
        "Dock slot",
        "Dock slots",
        "Loading bay",
    ]
    prose = [s.text for s in document.segments if not s.headword and s.kind.value == "paragraph"]
    assert prose == [
        "The bin a parcel drops into once its label is read.",
        "Where a truck backs up; sorting hats empty into one.",
    ]


def test_an_items_further_names_on_a_glossary_page_are_no_slips_of_its_aliases(gl001_of_run):
    glossary = to_yaml(import_page(SEVERAL_NAMES, ".rst"))
    assert "- sorting hats" in glossary  # the alias as running text writes it
    assert gl001_of_run(glossary, {"words.rst": SEVERAL_NAMES, "depot.md": CHAPTER}) == []
    # the same capital mid-sentence in a definition is still a slip
    page = SEVERAL_NAMES.replace("sorting hats empty", "the Sorting hats empty")
    assert gl001_of_run(glossary, {"words.rst": page}) == [("words.rst", "Sorting hats")]
