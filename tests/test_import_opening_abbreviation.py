"""``import`` of an entry whose definition opens with its abbreviation
(``*DW* or deadweight, the ...``): the first word, set apart from the
sentence and spelling the headword out, is the entry's abbreviation, as a
bracket after the headword would be."""

from __future__ import annotations

import pytest

from glossary_lint.workflows.importers import import_page

PAGE = """\
Ship words
==========

.. glossary::

   Dead weight
      *DW* or carrying capacity, the mass a hull may load.

   Gross tonnage
      ``GT``, the volume of every closed space on board.

   Bow thruster
      **BT**: a propeller across the bow, for berthing.

   Draught
      Depth of the keel below the waterline.

   Free board
      FB marks on the hull show how high the deck stands.
"""


@pytest.fixture(scope="module")
def terms() -> dict[str, dict[str, object]]:
    return {t["term"]: t for t in import_page(PAGE, ".rst").terms}


@pytest.mark.parametrize(
    ("term", "short"), [("Dead weight", "DW"), ("Gross tonnage", "GT"), ("Bow thruster", "BT")]
)
def test_a_definition_opening_with_the_abbreviation_gives_it(terms, term, short) -> None:
    assert terms[term]["abbreviation"] == short


def test_an_opening_word_that_does_not_spell_the_headword_is_prose(terms) -> None:
    assert "abbreviation" not in terms["Draught"]
    assert "abbreviation" not in terms["Free board"]
