"""``import`` of a reST page whose glossary is bulleted lists of bold terms
(``* **Term**: definition``, or the definition indented under the bold
term), grouped by sections: the sections only group the entries.  A list
that bolds a word in one item of several is no glossary."""

from __future__ import annotations

from glossary_lint.workflows.importers import import_page

PAGE = """\
Mill words
==========

The words of the mill, as the millers use them.

Stones
------

 * **Runner**: the upper millstone, which turns.

 * **Bedstone**:
      the lower millstone, which stays put
      and bears the grain.

 * **Furrow** - a groove cut in a stone's face to carry meal out.

Gearing
-------

* **Crown wheel**: the big wheel that drives the stones.
* **Wallower**: the small gear the crown wheel turns.

Notes
-----

* Grind slowly in damp weather.
* Dress the stones each **spring**: a sharp face grinds finer.
* Keep the hopper full.
"""


def _terms() -> dict[str, dict[str, object]]:
    return {str(t["term"]): t for t in import_page(PAGE, ".rst").terms}


def test_bold_terms_of_bulleted_lists_are_the_entries() -> None:
    terms = _terms()
    assert sorted(terms) == ["Bedstone", "Crown wheel", "Furrow", "Runner", "Wallower"]


def test_the_definition_is_the_items_source_after_the_term() -> None:
    terms = _terms()
    assert terms["Runner"]["definition"] == "the upper millstone, which turns."
    assert terms["Bedstone"]["definition"] == "the lower millstone, which stays put\nand bears the grain."
    assert terms["Furrow"]["definition"] == "a groove cut in a stone's face to carry meal out."
