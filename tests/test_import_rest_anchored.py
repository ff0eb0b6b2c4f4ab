"""``import`` of a reST page whose entries are anchored headwords: a
``.. _label:`` target, a one-line headword, a blank line and the definition
indented under it.  Taken only where the page holds nothing else from the
first headword on, so an ordinary page with a quotation is never read so."""

from __future__ import annotations

from test_import_rest_sections import load  # imports a reST page and checks its YAML

from glossary_lint.workflows.importers import import_page

ANCHORED = """\
:Updated: never

Boat words
==========

What the crew means.

.. _boat-bilge:

bilge

  The lowest part of the hull, where water gathers.

.. _boat-cleat:
.. _boat-cleats:

:py:class:`Cleat <boats.Cleat>`

  A fitting to tie a line to.
  See :ref:`bilge <boat-bilge>`.

  .. code-block:: text

     figure-eight, then a hitch

.. a comment between entries

.. _boat-tiller:

Tiller
  A lever that turns the rudder.
"""


def test_each_anchored_headword_is_an_entry() -> None:
    imported = load(ANCHORED)
    assert [t["term"] for t in imported.terms] == ["bilge", "Cleat", "Tiller"]
    assert imported.title == "Boat words"
    assert imported.intro == "What the crew means."


def test_a_definition_is_the_indented_block_as_written() -> None:
    terms = load(ANCHORED).terms
    assert terms[0]["definition"] == "The lowest part of the hull, where water gathers."
    assert terms[1]["definition"] == (
        "A fitting to tie a line to.\nSee :ref:`bilge <boat-bilge>`.\n\n"
        ".. code-block:: text\n\n   figure-eight, then a hitch"
    )
    # no blank line under a headword is a definition list item: read as before
    assert terms[2]["definition"] == "A lever that turns the rudder."


def test_letter_sections_only_group_anchored_headwords() -> None:
    page = (
        "Boat words\n==========\n\nB\n-\n\n.. _b1:\n\nbilge\n\n  Low water.\n\n"
        ".. _b2:\n\nboom\n\n  A spar.\n\nT\n-\n\n.. _t1:\n\ntiller\n\n  A lever.\n"
    )
    assert [t["term"] for t in load(page).terms] == ["bilge", "boom", "tiller"]


def test_a_headword_without_its_anchor_is_a_paragraph_and_a_quotation() -> None:
    page = "Sayings\n=======\n\nThe skipper said\n\n   Reef early.\n\nThe mate said\n\n   Reef often.\n"
    assert import_page(page, ".rst").terms == []


def test_anything_else_among_the_headwords_means_the_page_is_not_read_so() -> None:
    page = (
        "Log\n===\n\n.. _day-one:\n\nDay one\n\n   Calm sea.\n\n"
        "We then sailed on, as the log below says.\n\n.. _day-two:\n\nDay two\n\n   Rough sea.\n"
    )
    assert import_page(page, ".rst").terms == []


def test_a_headword_of_two_lines_is_not_a_headword() -> None:
    page = "Notes\n=====\n\n.. _quote:\n\nAs the harbour master\nputs it:\n\n   Tie up twice.\n"
    assert import_page(page, ".rst").terms == []


def test_a_section_per_term_is_read_as_before_beside_one_anchored_quote() -> None:
    page = (
        "Words\n=====\n\nBilge\n-----\n\n.. _saying:\n\nThe old line\n\n   Pump before you sink.\n\n"
        "Boom\n----\n\nA spar.\n\nTiller\n------\n\nA lever.\n"
    )
    terms = load(page).terms
    assert [t["term"] for t in terms] == ["Bilge", "Boom", "Tiller"]
    assert "Pump before you sink." in terms[0]["definition"]
