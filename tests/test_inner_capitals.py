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


def test_each_part_of_a_hyphenated_name_gives_its_capitals():
    found = initialisms("The KilnRT-QZM runtime, or the QZM-KilnGlaze one, ships today.")
    assert {"KRT-QZM", "KRTQZM", "QZM-KG"} <= found
    # a word before an acronym, or after it, abbreviates nothing: no name with capitals inside
    assert "K-QZM" not in initialisms("The Kiln-QZM runtime.")
    assert "QZM-B" not in initialisms("A QZM-Based runtime.")


def test_a_known_acronym_in_a_title_case_phrase_gives_its_first_letter():
    assert "MKG" in initialisms("Multi-Kiln GPU shelves share one burner.")
    assert "KCG" in initialisms("The Kiln Control GPU is slow.")
    # an unknown word in capitals breaks the phrase: its letters stand for words the reader cannot see
    assert "MKQ" not in initialisms("Multi-Kiln QZX shelves share one burner.")


def test_a_short_name_spelled_out_by_the_words_around_it_is_no_finding(lint):
    from test_vera_acronyms import gl002

    text = (
        "# Shelves\n\n"
        "**MKG shelves.** Multi-Kiln GPU shelves report the parent burner's heat.\n\n"
        "3. **KilnRT-QZM builds** - the KRT-QZM engine compiles on first use; the QZV engine does not.\n"
    )
    assert gl002(lint(text)) == ["QZV"]
