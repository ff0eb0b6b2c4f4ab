"""``import`` of a reST page whose glossary is a plain definition list (no
Sphinx directive): each item is an entry, letter sections only group them,
and a section per term keeps the lists in its definitions."""

from __future__ import annotations

from test_import_rest_sections import load  # imports a reST page and checks its YAML

LETTERS = """\
Hut words
=========

The words the wardens use.

A
-

Anchor : gear
   A fixed point on the wall.

   Check it with::

      tug --hard

Abseil
   Going down a rope.

   - on a single rope
   - on a double rope

B
-

Belay:
   A brake for the rope.
Bight
\tA loop in the rope.
"""


def test_each_item_is_an_entry_and_the_letters_group_them() -> None:
    imported = load(LETTERS)
    assert [t["term"] for t in imported.terms] == ["Anchor", "Abseil", "Belay", "Bight"]
    assert imported.title == "Hut words"
    assert imported.intro == "The words the wardens use."


def test_a_definition_is_its_indented_block_as_written() -> None:
    terms = load(LETTERS).terms
    assert terms[0]["classifier"] == "gear"
    assert terms[0]["definition"] == "A fixed point on the wall.\n\nCheck it with::\n\n   tug --hard"
    assert terms[1]["definition"] == "Going down a rope.\n\n- on a single rope\n- on a double rope"
    assert terms[2]["definition"] == "A brake for the rope."
    assert terms[3]["definition"] == "A loop in the rope."


def test_a_list_under_the_page_title_alone() -> None:
    page = "Words\n=====\n\nPitch\n   One rope length.\n\nTopo\n   A drawing of a route.\n"
    assert [t["term"] for t in load(page).terms] == ["Pitch", "Topo"]


def test_lists_inside_a_section_per_term_stay_in_their_definitions() -> None:
    page = (
        "Words\n=====\n\nGrade\n-----\n\nHow hard a route is, by country:\n\n"
        "France\n   Numbers and letters.\n\nUK\n   Adjectives and numbers.\n\nUSA\n   Decimals.\n\n"
        "Pitch\n-----\n\nOne rope length.\n\nTopo\n----\n\nA drawing.\n"
    )
    terms = load(page).terms
    assert [t["term"] for t in terms] == ["Grade", "Pitch", "Topo"]
    assert "UK\n   Adjectives and numbers." in terms[0]["definition"]


def test_a_list_nested_in_a_definition_is_not_an_entry() -> None:
    page = "Words\n=====\n\nPitch\n   One rope length:\n\n   short\n      under 30 m\n\nTopo\n   A drawing.\n"
    terms = load(page).terms
    assert [t["term"] for t in terms] == ["Pitch", "Topo"]
    assert "short\n   under 30 m" in terms[0]["definition"]
