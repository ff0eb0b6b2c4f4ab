"""The capitals of a name with capitals inside spell out its acronym
(:func:`glossary_lint.rules.acronyms.initialisms`)."""

from __future__ import annotations

from glossary_lint.rules.acronyms import initialisms


def test_a_name_with_capitals_inside_gives_its_capitals():
    found = initialisms("The KilnGlaze tool reads QZTrayPack files.")
    assert "KG" in found
    assert "QZTP" in found


def test_a_plural_name_gives_the_capitals_of_its_singular():
    assert "KG" in initialisms("Two KilnGlazes ran.")


def test_a_name_with_fewer_than_two_small_letters_gives_nothing():
    assert "QZ" not in initialisms("The QzZ part and the QZ part.")
    assert "QKZ" not in initialisms("A QKlZ.")
    assert "QKLZ" not in initialisms("A QKlZ.")
