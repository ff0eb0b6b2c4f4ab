"""A term whose last word ends in consonant + ``y`` is read in its English
plural (``ferry`` → ``ferries``): the mention's stem is the term with the
``y`` put back, its ``ies`` kept as the ending, and a fix keeps it."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.reporters.fixer import apply_fixes
from glossary_lint.runner import run
from glossary_lint.sources.segments import BlockKind, Segment

GLOSSARY = """terms:
  - id: river-ferry
    term: river-ferry
    definition: A boat that carries people across a river.
  - id: lending-library
    term: lending library
    definition: A room whose books are borrowed.
  - id: door-key
    term: door key
    definition: What opens a front door.
  - id: holiday
    term: bank holiday
    definition: A day the banks are shut.
  - id: pastry
    term: shortcrust pastry
    definition: A crumbly dough.
"""


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """(found, ending, replaced letter) of each mention in ``text``."""
    matcher = Matcher(parse_glossary(GLOSSARY))
    segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
    return [(m.found, m.suffix, m.replaced) for m in matcher.mentions(segment)]


def test_an_ies_plural_reads_as_the_term_with_its_y():
    assert _mentions("Two river-ferries and three lending libraries.") == [
        ("river-ferry", "ies", "y"),
        ("lending library", "ies", "y"),
    ]


def test_capitals_and_a_possessive_keep_the_ies_ending():
    assert _mentions("LENDING LIBRARIES open late; the lending libraries' doors shut.") == [
        ("LENDING LIBRARY", "IES", "Y"),
        ("lending library", "ies'", "y"),
    ]


def test_a_vowel_before_y_takes_a_plain_s():
    # "keys" and "holidays" were regular plurals already, and stay so.
    assert _mentions("Spare door keys for the bank holidays.") == [
        ("door key", "s", ""),
        ("bank holiday", "s", ""),
    ]
    # No "-ies" reading of a vowel + y term: "holidaies" is no plural of it.
    assert _mentions("Two bank holidaies.") == []


def test_a_word_in_ies_names_no_term_in_y_but_its_own():
    # "pastries" is the plural of the term's last word; "parties" of no term.
    assert _mentions("Bake shortcrust pastries for the parties.") == [("shortcrust pastry", "ies", "y")]


def _lint(tmp_path: Path, text: str) -> tuple[list, str]:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    findings = [f for f in run([path], linter).findings if f.code == "GL001"]
    return findings, apply_fixes(text, findings)[0]


def test_a_misspelt_ies_plural_is_found_and_fixed_keeping_its_ending(tmp_path):
    text = "We crossed on the river ferries, then visited two lending-libraries.\n"
    findings, fixed = _lint(tmp_path, text)
    assert [(f.found, f.suggestion) for f in findings] == [
        ("river ferry", "river-ferry"),
        ("lending-library", "lending library"),
    ]
    assert fixed == "We crossed on the river-ferries, then visited two lending libraries.\n"


def test_a_misspelt_regular_plural_is_fixed_as_before(tmp_path):
    findings, fixed = _lint(tmp_path, "Cut two door-keys.\n")
    assert [f.found for f in findings] == ["door-key"]
    assert fixed == "Cut two door keys.\n"


def test_a_right_ies_plural_is_no_finding(tmp_path):
    findings, _ = _lint(tmp_path, "The river-ferries meet the lending libraries.\n")
    assert findings == []


def test_the_house_style_survey_counts_ies_plurals(tmp_path):
    # The handbook spaces the glossary's "river-ferry" in most places, most of
    # them plurals: read as the term, they make the spaced form the house's.
    files = {
        "north.md": "The river ferries run hourly. Two river ferries wait.\n",
        "south.md": "Board the river-ferry here; the river ferries leave at noon.\n",
        "east.md": "One river ferry sank, and the river-ferry after it is late.\n",
    }
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    assert [f for f in run(paths, linter).findings if f.code == "GL001"] == []
