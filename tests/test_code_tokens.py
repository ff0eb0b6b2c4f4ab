"""Where a word of prose is a piece of a name from code or the file system."""

from __future__ import annotations

import pytest

from glossary_lint.matching.code_tokens import in_code_token


def _at(text: str, word: str) -> bool:
    start = text.index(word)
    return in_code_token(word, text, start, start + len(word))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Edit the lantern.toml file first.", "lantern"),
        ("The menu lives under app.lantern in the settings.", "lantern"),
        ("Set keep_lantern before the start.", "lantern"),
        ("Set lantern_size before the start.", "lantern"),
        ("Copy it to ~/shop/lantern tonight.", "lantern"),
        ("Copy it to $HOME/lantern tonight.", "lantern"),
        ("It lives in /lantern on the server.", "lantern"),
        ("Run it from ./lantern instead.", "lantern"),
        ("Files named like page .lantern are read.", "lantern"),
        ("Its name is kept in lantern:wickLength for each lamp.", "lantern"),
        ("The class lamps:lantern holds every lamp.", "lantern"),
        ("Load it by the string 'shop.lamps.Lantern' when starting.", "Lantern"),
        ("The base is kept in shop.lamps.oil_lamps.Lantern for now.", "Lantern"),
    ],
)
def test_a_word_inside_a_code_file_or_folder_name_is_a_code_token(text, word):
    assert _at(text, word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Light the lantern. Then wait.", "lantern"),
        ("The Lantern.Glow package ships apart.", "Lantern"),
        ("Use a lantern/torch pair at night.", "lantern"),
        ("Either the torch or the lantern works.", "lantern"),
        ("Two lamps: lantern and torch.", "lantern"),
        ("The lantern: a lamp with a case.", "lantern"),
        ("Fetch it from lantern://host/path instead.", "lantern"),
        ("The shed keeps /srv/lamps\nlantern, wick and oil apart.", "lantern"),
        ("Read the file at ~/notes/lamps\nlantern first.", "lantern"),
        ("The lamps.Lantern package ships apart.", "Lantern"),
        ("The Shop.Lamps.Lantern package ships apart.", "Lantern"),
        ("Some lamps, e.g.Lantern, burn oil.", "Lantern"),
    ],
)
def test_a_word_of_the_sentence_is_no_code_token(text, word):
    assert not _at(text, word)


def test_gl001_reads_a_class_at_the_end_of_a_module_path_as_code(gl001_of_run):
    # An import string left out of code markup names the class by its path;
    # the capital after a path of lower-case modules is the class's own.
    glossary = (
        "terms:\n  - id: lanternstore\n    term: LANTERNSTORE\n    case: exact\n    definition: A store.\n"
    )
    text = "Register it with shop.add_store('shop.stores.Lanternstore') at start-up.\n"
    assert gl001_of_run(glossary, {"setup.md": text}) == []
    # One part before the dot may be a product's own dotted name: still read as words.
    text = "The Shop.Lanternstore edition and the lamps.Lanternstore build differ.\n"
    assert gl001_of_run(glossary, {"setup.md": text}) == [("setup.md", "Lanternstore")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Install lanternkits.oil before the lamps.",
        "Set lanternkits_size before the start.",
        "Call lanternkits() once the shop opens.",
        "Its key is lanternkits:wick in the table.",
    ],
)
def test_a_mention_ending_inside_its_word_is_code_where_the_whole_word_is_joined_to_code(text):
    # The matcher reads "lanternkit" of "lanternkits" (the mention ends inside
    # its word, as _at gives it): the dot, underscore,
    # brackets or colon come after the whole word, not after the mention.
    assert _at(text, "lanternkit")


def test_a_mention_ending_inside_its_word_is_prose_where_the_word_ends_the_sentence():
    assert not _at("The shop sells lanternkits. Then it closes.", "lanternkit")
    assert not _at("The shop sells lanternkits for the winter.", "lanternkit")


def test_gl001_leaves_a_dotted_package_name_whose_first_part_closes_up_a_term(gl001_of_run):
    # A package named after the plural of a closed-up term keeps its name; a
    # fix would break it.  The same closed-up word in the sentence is a slip.
    glossary = "terms:\n  - id: lantern-kit\n    term: lantern kit\n    definition: A kit for a lamp.\n"
    text = "Install lanternkits.oil with pip, then add a lanternkit to the shelf.\n"
    assert gl001_of_run(glossary, {"setup.md": text}) == [("setup.md", "lanternkit")]
