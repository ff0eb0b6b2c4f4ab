"""``import`` of headwords that write more than one name: a bracket noting
the plural (``ansatz (plural: ansätze)``), names of one thing side by side
(``GTFS / GTFS feed``, ``QZT — Quartz Zone Tool``, ``KLN / FRT / GLZ``),
and a bracket of two words joined by a slash, which is no abbreviation
(``Cache (Tiles/Data)``)."""

from __future__ import annotations

from glossary_lint.workflows.importers import import_page

PAGE = """\
Kiln words
==========

.. glossary::

   kiln god (plural: kiln gods)
      A small figure set on the kiln for luck.

   crucible (pl. crucibles)
      A pot that holds molten glass.

   GRS / GRS batch
      Glaze recipe sheet: the list of a glaze's materials by weight.

   QZT — Quartz Zone Tool
      The program that plans the shelves of a firing.

   KLN / FRT / GLZ
      The three codes a firing log writes for its stages.

   Input / Output
      What goes into a firing and what comes out.

   Shelf (Bisque/Glost)
      A kiln shelf, kept apart by the firing it is used for.

   KilnPilot (KP)
      The controller that runs a firing schedule.
"""


def _terms() -> dict[str, dict[str, object]]:
    return {str(t["term"]): t for t in import_page(PAGE, ".rst").terms}


def test_a_noted_plural_is_a_running_text_form() -> None:
    terms = _terms()
    assert terms["kiln god"]["aliases"] == ["kiln gods"]
    assert terms["crucible"]["aliases"] == ["crucibles"]
    assert "also" not in terms["kiln god"]


def test_names_of_one_thing_side_by_side_are_split() -> None:
    terms = _terms()
    assert terms["GRS"]["aliases"] == ["GRS batch"]
    assert str(terms["QZT"]["expansion"]).casefold() == "quartz zone tool"
    assert terms["KLN"]["aliases"] == ["FRT", "GLZ"]


def test_two_words_that_make_one_name_stay_whole() -> None:
    assert "Input / Output" in _terms()


def test_a_slash_between_two_words_is_no_abbreviation() -> None:
    shelf = _terms()["Shelf"]
    assert "abbreviation" not in shelf
    assert shelf["also"] == "Bisque/Glost"


def test_the_capitals_of_a_name_in_its_bracket_are_its_abbreviation() -> None:
    assert _terms()["KilnPilot"]["abbreviation"] == "KP"
