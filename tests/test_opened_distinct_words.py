"""GL001 and a multi-word term's distinctive word that the handbook writes
hyphenated into its English words as its habit (``hill-side`` for the
"hillside trail" entry), against a page's stray hyphen."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules.house_style import survey
from glossary_lint.rules.survey_parts import decode_survey, encode_survey

GLOSSARY = """terms:
  - id: hillside-trail
    term: hillside trail
    definition: A path along the slope, named after the map layer hillside.
"""

HABIT = {
    "a.md": "Walkers start on the hill-side paths of the park.\n",
    "b.md": "Each hill-side trail has a marker at its foot.\n",
    "c.md": "The hill-side route is closed in winter.\n",
}


def test_a_hyphenated_distinctive_word_written_as_a_habit_is_the_handbooks(gl001_of_run):
    assert gl001_of_run(GLOSSARY, HABIT) == []


def test_a_stray_hyphen_beside_the_closed_word_stays_a_slip(gl001_of_run):
    files = {
        "a.md": "Walkers start on the hillside paths of the park.\n",
        "b.md": "Each hillside trail has a marker at its foot.\n",
        "c.md": "The hill-side route is closed in winter.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == [("c.md", "hill-side")]


def test_a_habit_the_closed_word_outnumbers_stays_a_slip(gl001_of_run):
    closed = "The hillside is steep; the hillside trail and the hillside view are known.\n"
    files = {**HABIT, "d.md": closed, "e.md": closed, "f.md": closed, "g.md": closed}
    found = gl001_of_run(GLOSSARY, files)
    assert sorted(name for name, _ in found) == ["a.md", "b.md", "c.md"]


def test_the_word_split_by_a_space_is_no_habit_the_survey_keeps():
    glossary = parse_glossary(GLOSSARY)
    texts = [text.replace("hill-side", "hill side") for text in HABIT.values()]
    assert survey(texts, glossary, Matcher(glossary)).opened_words == frozenset()


def test_the_survey_counts_the_word_both_ways_and_keeps_them_through_the_cache():
    glossary = parse_glossary(GLOSSARY)
    matcher = Matcher(glossary)
    texts = [*HABIT.values(), "The hillside is steep.\n"]
    house = survey(texts, glossary, matcher)
    assert house.opened_words == frozenset({("hillside-trail", "hill-side")})
    from glossary_lint.rules.house_style import HouseSurvey

    count = HouseSurvey(glossary, matcher)
    part = count.part(texts[1])
    assert part.spacing.opened == {("hillside-trail", "hill-side"): 1}
    back = decode_survey(encode_survey(part), {t.id: t for t in glossary})
    assert back == part
    assert count.part(texts[3]).spacing.closed == {"hillside": 1}
