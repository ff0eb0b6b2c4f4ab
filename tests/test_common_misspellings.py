"""GL001 and the slips writers make so often that wordfreq lists them as
words: a word far rarer than a term one slip away is that term misspelt."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.english import is_common_misspelling, is_known_word

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
