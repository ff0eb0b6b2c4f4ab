"""A reST table's title and a figure's caption are read as captions, as the
Markdown reader reads an HTML ``<caption>`` and ``<figcaption>``: sentences
about a table or picture, not headings (they name no section, define no
acronym for the page, carry no anchor a fix could break)."""

from __future__ import annotations

from glossary_lint.sources.markdown import parse_markdown
from glossary_lint.sources.rest import parse_rest
from glossary_lint.sources.segments import BlockKind

PAGE = """\
Kilns
=====

.. csv-table:: Cone numbers and their heat
   :header: "Cone", "Heat"

   "6", "hot"

.. table:: Shelf sizes per kiln

   =====  =====
   Kiln   Shelf
   =====  =====
   small  30 cm
   =====  =====

.. figure:: kiln.png

   A kiln loaded for a glaze firing.

   The legend says which shelf holds what.

.. admonition:: Before you fire

   Check the vents.
"""


def kinds(doc) -> dict[str, BlockKind]:
    return {s.text.strip(): s.kind for s in doc.segments}


def test_table_titles_and_figure_captions_are_captions() -> None:
    found = kinds(parse_rest("kilns.rst", PAGE))
    assert found["Cone numbers and their heat"] is BlockKind.CAPTION
    assert found["Shelf sizes per kiln"] is BlockKind.CAPTION
    assert found["A kiln loaded for a glaze firing."] is BlockKind.CAPTION


def test_section_and_admonition_titles_stay_headings_and_a_legend_is_prose() -> None:
    found = kinds(parse_rest("kilns.rst", PAGE))
    assert found["Kilns"] is BlockKind.HEADING
    assert found["Before you fire"] is BlockKind.HEADING
    assert found["The legend says which shelf holds what."] is BlockKind.PARAGRAPH


def test_the_markdown_reader_gives_its_captions_the_same_kind() -> None:
    page = (
        "<table><caption>Shelf sizes per kiln</caption><tr><td>small</td></tr></table>\n\n"
        "<figure><figcaption>A kiln loaded for a glaze firing.</figcaption></figure>\n"
    )
    found = kinds(parse_markdown("kilns.md", page))
    assert found["Shelf sizes per kiln"] is BlockKind.CAPTION
    assert found["A kiln loaded for a glaze firing."] is BlockKind.CAPTION


def test_a_case_slip_in_a_table_title_is_reported_in_rest_as_in_markdown(tmp_path) -> None:
    from test_rules import small_linter

    linter = small_linter(tmp_path, [("spy-hole", "spy hole", [])])
    rest = (
        '.. csv-table:: Where each kiln has its Spy Hole\n   :header: "Kiln", "Side"\n\n   "small", "left"\n'
    )
    html = "<table><caption>Where each kiln has its Spy Hole</caption><tr><td>small</td></tr></table>\n"
    found = [[(f.code, f.found) for f in linter.lint_text(name, text) if f.code == "GL001"]
             for name, text in (("kilns.rst", rest), ("kilns.md", html))]  # fmt: skip
    assert found == [[("GL001", "Spy Hole")], [("GL001", "Spy Hole")]]
