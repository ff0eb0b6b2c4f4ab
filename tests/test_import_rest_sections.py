"""``import`` of a reST page with a section per term: the section title is
the term, the section's text its definition, under a page title or letter
sections; a page whose glossary is a directive or a table reads as before."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.checks import check_glossary
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.workflows.importers import import_page, to_yaml

SECTIONS = """\
.. _hut-words:

==============
Hut vocabulary
==============

What the wardens mean by the words on the notice board.

Anchor point
============

The place a rope is fixed to the wall.

It holds a falling climber.

.. _belay:

Belay device
============

A brake for the rope, see :term:`anchor point`.

* one kind pinches the rope
* another kind turns it

Kinds of device
---------------

Tubes and assisted ones.

.. note:: Check it twice.

Crux
====

The hardest move of a route, as in::

   move 7: the crux

Read the `route book`_ for each one.

.. _route book: https://example.org/routes
"""


def load(page: str):
    imported = import_page(page, ".rst")
    glossary = parse_glossary(to_yaml(imported), "imported.yaml")
    assert not [d for d in check_glossary(glossary) if d.severity == "error"]
    return imported


def test_each_section_is_an_entry_under_the_page_title() -> None:
    imported = load(SECTIONS)
    assert [t["term"] for t in imported.terms] == ["Anchor point", "Belay device", "Crux"]
    assert imported.title == "Hut vocabulary"
    assert imported.intro == "What the wardens mean by the words on the notice board."
    assert (
        imported.terms[0]["definition"]
        == "The place a rope is fixed to the wall.\n\nIt holds a falling climber."
    )


def test_a_subsection_stays_in_its_definition_as_a_rubric() -> None:
    definition = load(SECTIONS).terms[1]["definition"]
    assert definition == (
        "A brake for the rope, see :term:`anchor point`.\n\n"
        "* one kind pinches the rope\n* another kind turns it\n\n"
        ".. rubric:: Kinds of device\n\nTubes and assisted ones.\n\n.. note:: Check it twice."
    )  # and the next section's label (.. _belay:) is not in the one before it


def test_code_and_a_link_target_stay_in_the_definition() -> None:
    definition = load(SECTIONS).terms[2]["definition"]
    assert "   move 7: the crux" in definition
    assert definition.endswith(".. _route book: https://example.org/routes")


def test_letter_sections_only_group_the_terms() -> None:
    page = (
        "Words\n=====\n\nA\n-\n\nAbseil\n~~~~~~\n\nSliding down a rope.\n\nArete\n~~~~~\n\nA sharp edge.\n\n"
        "C\n-\n\nCrux\n~~~~\n\nThe hardest move.\n"
    )
    assert [t["term"] for t in load(page).terms] == ["Abseil", "Arete", "Crux"]


def test_top_level_sections_without_a_page_title() -> None:
    page = "Abseil\n======\n\nSliding down a rope.\n\nCrux\n====\n\nThe hardest move.\n"
    imported = load(page)
    assert [t["term"] for t in imported.terms] == ["Abseil", "Crux"]
    assert imported.title is None


def test_a_small_table_inside_a_definition_does_not_make_a_table_page() -> None:
    page = (
        "Words\n=====\n\nGrade\n-----\n\nHow hard a route is:\n\n"
        "=====  ==========================================\nTerm   Meaning\n=====  ==========================================\n"
        "5a     an easy route for a beginner on a dry day\n=====  ==========================================\n\n"
        "Pitch\n-----\n\nOne rope length.\n\nTopo\n----\n\nA drawing of the route.\n"
    )
    imported = load(page)
    assert [t["term"] for t in imported.terms] == ["Grade", "Pitch", "Topo"]
    assert "5a     an easy route" in imported.terms[0]["definition"]


def test_a_table_of_terms_under_sections_still_reads_as_a_table() -> None:
    page = (
        "Words\n=====\n\nGear\n----\n\n"
        "=========  ==========================================\nTerm       Definition\n=========  ==========================================\n"
        "Quickdraw  Two carabiners joined by a short sling.\nSling      A loop of tape tied around a spike.\n"
        "=========  ==========================================\n"
    )
    assert [t["term"] for t in load(page).terms] == ["Quickdraw", "Sling"]


def test_a_glossary_directive_wins_over_sections() -> None:
    page = "Words\n=====\n\nRopes\n-----\n\n.. glossary::\n\n   Pitch\n      One rope length.\n\nOther\n-----\n\nText.\n"
    assert [t["term"] for t in load(page).terms] == ["Pitch"]


def test_a_page_with_only_a_title_has_no_entries() -> None:
    assert import_page("Words\n=====\n\nNothing defined here.\n", ".rst").terms == []


@pytest.mark.parametrize("overline", [True, False])
def test_section_term_loses_a_stray_colon(overline: bool) -> None:
    bar = "-------\n" if overline else ""
    page = f"Words\n=====\n\n{bar}Pitch:\n-------\n\nOne rope length.\n\n{bar}Topo\n-------\n\nA drawing.\n"
    assert [t["term"] for t in load(page).terms] == ["Pitch", "Topo"]


def test_the_imported_page_exports_and_builds(tmp_path) -> None:
    from sphinx_builds import build_page

    from glossary_lint.workflows.export import export

    glossary = parse_glossary(to_yaml(load(SECTIONS)), "imported.yaml")
    built = build_page(tmp_path, "glossary.rst", export(glossary, "rst"))
    assert built.terms == {"anchor point", "belay device", "crux"}
    assert 'class="rubric"' in built.html and "Kinds of device" in built.html
    assert "**Kinds of device**" in export(glossary, "markdown")


def test_import_time_grows_linearly_with_the_sections() -> None:
    """Each section's end is found in one pass over the page: four times the
    sections take about four times as long, not sixteen."""
    import time

    def seconds(n: int) -> float:
        text = "Words\n=====\n\n" + "".join(
            f"Part{i}\n--------\n\nHolds part{i - 1}.\n\nUse\n~~~\n\nOnce.\n\n" for i in range(n)
        )
        costs = []
        for _ in range(3):  # CPU time, best of three: other processes only slow a run down
            start = time.process_time()
            import_page(text, ".rst")
            costs.append(time.process_time() - start)
        return min(costs)

    seconds(50)  # warm up the parsers
    small, large = seconds(250), seconds(1000)
    assert large < 9 * small, (small, large)


def test_a_page_without_entries_is_refused_in_one_line_naming_it(tmp_path) -> None:
    import subprocess
    import sys

    (tmp_path / "words.rst").write_text("Words\n=====\n\nNothing is defined here.\n")
    proc = subprocess.run(
        [sys.executable, "-m", "glossary_lint", "import", "words.rst"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(
        "glossary-lint: error: words.rst: no glossary"
    )
    assert "section per term" in proc.stderr
