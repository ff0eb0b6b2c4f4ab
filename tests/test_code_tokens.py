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
    ],
)
def test_a_word_of_the_sentence_is_no_code_token(text, word):
    assert not _at(text, word)
