"""``import`` of a glossary written as a table: a GFM pipe table in Markdown,
a list-table or grid table in reST.  Every page here is written for the test."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.checks import check_glossary
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.model import Markup
from glossary_lint.workflows.importers import TableProblem, import_page, to_yaml


def load(page: str, suffix: str = ".md"):
    imported = import_page(page, suffix)
    glossary = parse_glossary(to_yaml(imported), "imported.yaml")
    assert not [d for d in check_glossary(glossary) if d.severity == "error"]
    return glossary


PIPE_PAGE = """\
# Brewing words

What the homebrew guide means by its words.

| Term | Description |
|------|-------------|
| **Wort** | The sweet liquid drained from the mash, *before* yeast is pitched. |
| Original gravity (OG) | Density of the wort before fermentation; see [hydrometer](tools.md). |
| `mash_temp` | Setting for the mash rest, in degrees \\| kelvin. |
| [Lagering](https://example.org/lager) | Storing beer cold for weeks. |
"""


def test_a_pipe_table_gives_an_entry_per_row_with_markup_kept():
    glossary = load(PIPE_PAGE)
    assert glossary.title == "Brewing words"
    assert glossary.intro == "What the homebrew guide means by its words."
    assert glossary.markup is Markup.MARKDOWN
    assert [t.term for t in glossary] == ["Wort", "Original gravity", "mash_temp", "Lagering"]
    wort = glossary.by_id["wort"]
    assert wort.definition == "The sweet liquid drained from the mash, *before* yeast is pitched."
    gravity = glossary.by_id["original-gravity"]
    assert gravity.abbreviation == "OG" and "[hydrometer](tools.md)" in gravity.definition
    # an escaped pipe is the cell's text, not a column break
    assert glossary.by_id["mash-temp"].definition == "Setting for the mash rest, in degrees | kelvin."
    # a name that is a link keeps the link with the entry
    assert "(https://example.org/lager)" in glossary.by_id["lagering"].definition


def test_name_columns_and_further_columns_are_kept():
    page = """\
# Kiln terms

| Name | Abbreviation | Also known as | Definition | Example |
|---|---|---|---|---|
| cone equivalent temperature | CET | cone temp; witness heat | Heat work shown by a bending cone. | Cone 6 bends near 1220 C. |
| bisque | | biscuit | A first, low firing.<br>Glaze comes later. | |
"""
    glossary = load(page)
    cet = glossary.by_id["cone-equivalent-temperature"]
    assert cet.abbreviation == "CET"
    assert cet.aliases == ("cone temp", "witness heat")
    assert cet.definition == "Heat work shown by a bending cone.\n\nExample: Cone 6 bends near 1220 C."
    bisque = glossary.by_id["bisque"]
    assert bisque.aliases == ("biscuit",)
    assert bisque.definition == "A first, low firing.\n\nGlaze comes later."


def test_an_acronym_table_reads_the_meaning_as_the_expansion():
    page = """\
# Acronyms

| Acronym | Meaning |
|---|---|
| RPM | Revolutions Per Minute |
| QA | The team that tests each release before it ships. |
"""
    glossary = load(page)
    assert glossary.by_id["rpm"].expansion.casefold() == "revolutions per minute"
    qa = glossary.by_id["qa"]
    assert qa.expansion is None and qa.definition == "The team that tests each release before it ships."


def test_a_table_without_known_headers_is_read_by_the_shape_of_its_cells():
    page = """\
# Rigging

| | |
|---|---|
| halyard | The line that hoists a sail up the mast of the boat. |
| sheet | The line that trims a sail in or out against the wind. |
"""
    glossary = load(page)
    assert [t.term for t in glossary] == ["halyard", "sheet"]
    assert glossary.by_id["sheet"].definition.startswith("The line that trims")


def test_a_table_with_no_recognisable_columns_is_refused_in_one_line(cli, tmp_path):
    page = tmp_path / "glossary.md"
    page.write_text(
        "# Sizes\n\n| Option | Type | Default |\n|---|---|---|\n| width | int | 3 |\n| depth | int | 4 |\n"
    )
    out = tmp_path / "out.yaml"
    proc = cli("import", str(page), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"glossary-lint: error: {page}: line 3: a table ('Option', 'Type', 'Default') has no column of "
        "terms and one of definitions: head them 'Term' and 'Definition'"
    ]
    assert "Traceback" not in proc.stderr and not out.exists()
    with pytest.raises(TableProblem):
        import_page(page.read_text(), ".md")


def test_a_heading_page_with_a_table_in_a_definition_stays_a_heading_page():
    page = """\
# Glossary

## Throttle

How fast a job may call out.

| Term | Definition |
|---|---|
| burst | A short run of calls. |
| quota | The calls allowed in one hour. |
| window | The span of time a quota counts over. |

## Backoff

Waiting longer after each failure.
"""
    glossary = load(page)
    assert [t.term for t in glossary] == ["Throttle", "Backoff"]
    assert "| burst | A short run of calls. |" in glossary.by_id["throttle"].definition


def test_a_table_page_under_letter_headings_reads_every_table():
    page = """\
# Glossary

## A

| Term | Definition |
|---|---|
| anvil | The block a smith hammers on. |
| awl | A pointed tool for punching holes in leather. |

## B

| Term | Definition |
|---|---|
| bellows | The bag that blows air into the forge. |
"""
    assert [t.term for t in load(page)] == ["anvil", "awl", "bellows"]


REST_PAGE = """\
Lexicon
=======

Words used by the kiln manual.

.. list-table::
   :header-rows: 1

   * - Word
     - Meaning
   * - Setpoint
     - The temperature the controller aims for, set with ``--target``.
   * - `Ramp <https://example.org/ramp>`_
     - A planned climb of temperature.

+------------+---------------------------------------------+
| Term       | Definition                                  |
+============+=============================================+
| Soak       | A pause at one temperature so the load      |
|            | heats through.                              |
+------------+---------------------------------------------+
| PID        | Proportional Integral Derivative            |
+------------+---------------------------------------------+
"""


def test_rest_list_tables_and_grid_tables_on_a_page_without_a_glossary_directive():
    glossary = load(REST_PAGE, ".rst")
    assert glossary.markup is Markup.REST and glossary.intro == "Words used by the kiln manual."
    assert [t.term for t in glossary] == ["Setpoint", "Ramp", "Soak", "PID"]
    assert "``--target``" in glossary.by_id["setpoint"].definition
    assert "https://example.org/ramp" in glossary.by_id["ramp"].definition
    assert glossary.by_id["soak"].definition == "A pause at one temperature so the load\nheats through."
    assert glossary.by_id["pid"].expansion.casefold() == "proportional integral derivative"


def test_a_rest_page_with_a_glossary_directive_ignores_its_tables():
    page = ".. glossary::\n\n   Kiln\n      An oven for pottery.\n\n" + REST_PAGE.split("\n", 4)[4]
    assert [t.term for t in load(page, ".rst")] == ["Kiln"]


def test_a_rest_table_with_no_recognisable_columns_is_refused_naming_its_line():
    page = "Sizes\n=====\n\n.. list-table::\n   :header-rows: 1\n\n   * - Option\n     - Type\n   * - width\n     - int\n"
    with pytest.raises(TableProblem, match=r"^line 7: a table \('Option', 'Type'\) has no column of terms"):
        import_page(page, ".rst")
