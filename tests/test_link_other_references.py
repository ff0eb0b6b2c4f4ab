"""Auto-links and two ways a text names something else with the entry's
words: the title of a Markdown link left as written (``[words][target]``),
and "the Name project", a project named after the thing the entry is."""

from __future__ import annotations

from glossary_lint.glossary.other_references import in_other_link_text, names_project
from link_checks import first_mention_links

GLOSSARY = """terms:
  - id: load-curve
    term: load curve
    definition: The hourly demand of one feeder, sorted from the highest hour to the lowest.
  - id: kestrel
    term: Kestrel
    case: exact
    definition: A small scheduler library that runs jobs on a fixed timetable.
  - id: heron
    term: Heron
    case: exact
    definition: The open source project that maintains the Heron scheduler and its plugins.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


def test_words_of_a_markdown_link_left_as_text_are_its_title():
    assert not linked("Sort first (see [load curve][feeders.sort_hours]) and plot.", "load curve")
    assert not linked("Read [the load curve guide](guide.md) before you plot.", "load curve")
    # Brackets that no target follows, or a target with a space before it, leave the link.
    assert linked("Plot the [load curve] of each feeder.", "load curve")
    assert linked("Plot the [load curve] (hourly) of each feeder.", "load curve")
    assert linked("A load curve shows the busy hours first.", "load curve")


def test_in_other_link_text_needs_the_whole_bracket():
    text = "see [the load curve][x] and [more]"
    assert in_other_link_text(text, text.index("load"), text.index("load") + len("load curve"))
    broken = "see [first] load curve [x]"
    assert not in_other_link_text(broken, broken.index("load"), broken.index("load") + len("load curve"))


def test_the_name_project_is_the_project_not_the_thing():
    assert not linked("The code moved into the Kestrel project last spring.", "Kestrel")
    assert not linked("It joined the volunteer Kestrel project in 2020.", "Kestrel")
    # One project of a kind, or the name alone, is the thing itself.
    assert linked("Start a Kestrel project from the template.", "Kestrel")
    assert linked("The timetable is read by Kestrel at start.", "Kestrel")
    # An entry that is itself a project is the project.
    assert linked("Patches go to the Heron project on its tracker.", "Heron")


def test_a_definitions_web_address_does_not_call_it_a_project():
    text = "merged into the Kestrel project"
    start = text.index("Kestrel")
    end = start + len("Kestrel")
    assert names_project(text, start, end, "A scheduler <https://example.org/projects/kestrel>.")
    assert not names_project(text, start, end, "The project that makes the scheduler.")
    assert not names_project("merged into the kestrel project", start, end, "A scheduler.")
