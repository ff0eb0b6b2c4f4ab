"""GL001 and the slips writers make so often that wordfreq lists them as
words: a word far rarer than a term one slip away is that term misspelt."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.english import (
    MISSPELLING_GAP,
    is_common_misspelling,
    is_known_word,
    unstressed_vowel_slip,
    zipf,
)

GLOSSARY = """terms:
  - id: library
    term: library
    definition: A shelf of reusable code the shop ships with every tool.
  - id: calendar
    term: calendar
    definition: The shop's table of opening days.
"""


def _typos(text: str) -> list[tuple[str, str | None]]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=Path(".")))
    return [(f.found, f.suggestion) for f in linter.lint_text("page.md", text) if f.code == "GL001"]


def test_a_common_misspelling_of_a_term_is_reported_as_a_typo():
    assert is_known_word("libary")  # listed by wordfreq, as web text writes it
    assert _typos("Every tool in the shop loads the libary first.\n") == [("libary", "library")]


def test_a_rare_word_of_its_own_one_slip_from_a_term_is_no_typo():
    # A calender presses cloth: rarer than "calendar", but not hundreds of times.
    assert not is_common_misspelling("calender", "calendar")
    assert _typos("The mill runs its calender over the cloth twice.\n") == []


def test_an_everyday_word_is_never_a_misspelling():
    assert not is_common_misspelling("there", "theme")


VOWELS = """terms:
  - id: dependency
    term: dependency
    definition: A package another package needs before it runs.
  - id: resistor
    term: resistor
    definition: A part that limits the current through the board.
  - id: model
    term: model
    definition: The trained weights a run loads.
"""


def _vowel_typos(text: str) -> list[tuple[str, str | None]]:
    linter = Linter(parse_glossary(VOWELS), Config(root=Path(".")))
    return [(f.found, f.suggestion) for f in linter.lint_text("page.md", text) if f.code == "GL001"]


def test_an_unstressed_vowel_written_as_another_is_a_typo():
    """``dependancy``: far rarer than "dependency", though not hundreds of
    times, and the slip is the one spelling by ear makes."""
    assert is_known_word("dependancy") and unstressed_vowel_slip("dependancy", "dependency")
    assert zipf("dependency") - zipf("dependancy") < MISSPELLING_GAP  # the vowel's own gap decides
    assert is_common_misspelling("dependancy", "dependency")
    assert _vowel_typos("Pin each dependancy before the release.\n") == [("dependancy", "dependency")]


def test_a_word_of_its_own_a_vowel_away_is_no_typo():
    # "resister" (one who resists) is too close in frequency; "modal" too common.
    assert _vowel_typos("Every resister signed the letter; the modal window closed.\n") == []


def test_a_first_syllables_vowel_is_no_unstressed_slip():
    assert not unstressed_vowel_slip("dapendency", "dependency")
    assert not unstressed_vowel_slip("dependancies", "dependency")
    assert unstressed_vowel_slip("resistar", "resistor")
