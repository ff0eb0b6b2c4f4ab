"""Substring tests that turn a search away before a pattern is made or run:
they must give the same answer as the pattern alone (GL001's helpers
:func:`~glossary_lint.rules.defined_forms.defined_as_written` and
:func:`~glossary_lint.rules.command_words.typed_as_command`)."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher, Mention
from glossary_lint.rules.command_words import typed_as_command
from glossary_lint.rules.defined_forms import defined_as_written
from glossary_lint.sources.segments import BlockKind, Segment

GLOSSARY = """version: 1
terms:
  - id: kettle-drum
    term: kettle drum
    definition: A drum shaped like a bowl; the Royal Kettle Drum Works cast the first ones.
  - id: snare-wire
    term: snare wire
    definition: The coiled strands under a drum's lower head.
  - id: drum-roll
    term: drum roll
    definition: Strokes played so fast that they sound as one.
"""


def _mentions(text: str) -> list[Mention]:
    segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
    return list(Matcher(parse_glossary(GLOSSARY, "g.yaml")).mentions(segment))


def _one(text: str) -> Mention:
    (mention,) = _mentions(text)
    return mention


def test_a_capitalised_form_the_definition_writes_inside_a_name_is_as_written():
    assert defined_as_written(_one("Tour the Kettle Drum halls."))


def test_a_definition_without_the_forms_first_word_writes_no_such_form():
    # "Snare" is not in the definition of snare wire: no pattern is needed to say no.
    assert not defined_as_written(_one("Tighten the Snare Wire first."))
    # "Drum" is written there, but not followed by "Roll": the pattern still decides.
    assert not defined_as_written(_one("Practise the Drum Roll daily."))


def test_words_the_code_types_as_a_run_are_a_command_and_a_missing_word_is_not():
    mention = _one("Run drum roll show to list them.")
    assert typed_as_command(mention, lambda: "$ drum roll show --all\n")
    # The code lacks "show", or writes the words apart: no run of the command.
    assert not typed_as_command(mention, lambda: "$ band drum roll list --all\n")
    assert not typed_as_command(mention, lambda: "drum:\n  roll: show\n")


def test_a_term_of_two_words_opening_a_code_line_is_the_command():
    mention = _one("Type drum roll to start.")
    assert typed_as_command(mention, lambda: "$ drum roll --fast\n")
    assert not typed_as_command(mention, lambda: "$ snare roll --fast\n")


def test_a_page_whose_bold_phrases_define_nothing_is_not_searched_per_mention():
    from glossary_lint.rules.page_definitions import _defines_in_bold, spaced_as_page_defines

    assert not _defines_in_bold("The **kettle drum** sounds low.\n")
    assert _defines_in_bold("A **kettle-drum** IS a drum shaped like a bowl.\n")
    mention = _one("Tune the kettle-drum first.")
    page = "A **kettle-drum** is a drum shaped like a bowl.\n\nTune the kettle-drum first.\n"
    respaced = spaced_as_page_defines(mention, page)
    assert respaced is not None and respaced.found == mention.found
    assert spaced_as_page_defines(mention, "The **kettle-drum** sounds low.\n\nTune the kettle-drum first.\n") is None
