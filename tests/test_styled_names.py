"""GL001 and a name the glossary sets in capitals that the chapters write
in Title Case as their habit (``OSPREY`` and ``Osprey``): two stylings of
one name, where lower case and a stray Title Case stay slips, and so does
a real acronym's Title Case."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules.house_style import survey
from glossary_lint.rules.styled_names import styled_term
from glossary_lint.sources.segments import BlockKind, Segment

GLOSSARY = """terms:
  - id: osprey
    term: OSPREY
    case: exact
    definition: The transport code whose output files the package reads.
  - id: json
    term: JSON
    case: exact
    definition: The text format the reports are written in.
  - id: owl
    term: OWL
    case: exact
    definition: The test rig in the basement.
"""

#: Three chapters that write the code's name in Title Case, six times in all.
CHAPTERS = {
    "intro.rst": "The files that Osprey writes are read here.\n\nA run of Osprey takes an hour.\n",
    "reading.rst": "Each reader takes what Osprey printed, and the version of Osprey matters.\n",
    "plots.rst": "The plots follow the layout Osprey uses for its detectors.\n\nAsk Osprey for more.\n",
}


def test_the_chapters_title_case_of_a_word_set_in_capitals_is_a_styling(gl001_of_run):
    files = {**CHAPTERS, "overview.rst": "The OSPREY code is the one whose output we parse.\n"}
    assert gl001_of_run(GLOSSARY, files) == []


def test_lower_case_stays_a_slip_beside_the_styling(gl001_of_run):
    files = {**CHAPTERS, "versions.rst": "Older osprey versions wrote other headers.\n"}
    assert gl001_of_run(GLOSSARY, files) == [("versions.rst", "osprey")]


def test_a_stray_title_case_is_no_habit(gl001_of_run):
    files = {
        "intro.rst": "The files that Osprey writes are read here.\n",
        "reading.rst": "Each reader takes what OSPREY printed.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == [("intro.rst", "Osprey")]


def test_an_acronym_in_title_case_stays_a_slip_however_often(gl001_of_run):
    files = {
        "intro.rst": "The summary that Json holds is short.\n\nWe write Json by hand.\n",
        "reading.rst": "Each reader parses the Json it gets, and checks that Json is valid.\n",
        "plots.rst": "The plots read their data from Json as well.\n\nSave it as Json.\n",
    }
    assert [found for _, found in gl001_of_run(GLOSSARY, files)] == ["Json"] * 6


def test_a_short_word_in_capitals_may_be_initials():
    glossary = parse_glossary(GLOSSARY)
    matcher = Matcher(glossary)
    texts = [f"The rig that Owl drives is fast, and Owl is {n}.\n" for n in ("new", "old", "loud")]
    assert survey(texts, glossary, matcher).styled_names == frozenset()
    texts = [f"The code that Osprey runs is fast, and Osprey is {n}.\n" for n in ("new", "old", "loud")]
    assert survey(texts, glossary, matcher).styled_names == {"osprey"}


def test_only_the_title_case_of_the_headword_is_counted():
    glossary = parse_glossary(GLOSSARY)
    matcher = Matcher(glossary)
    segment = Segment("osprey, Osprey, OsPrey, OSPREY", BlockKind.PARAGRAPH, ())
    counted = list(matcher.mentions(segment, typos=False))
    assert [styled_term(m) for m in counted] == [None, "osprey", None, None]
