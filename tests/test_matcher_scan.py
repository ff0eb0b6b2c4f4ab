"""The matcher's scan asks about each word of prose once, and skips what
cannot start a term without changing what it finds."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching import key_prefixes
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import PLACEHOLDER, BlockKind, Segment

GLOSSARY = """version: 1
terms:
  - id: tape-loop
    term: Tape Loop
    definition: A spliced ring of tape.
  - id: wobbulator
    term: Wobbulator
    definition: A sweeping oscillator.
  - id: spring-reverberation
    term: Spring Reverberation
    definition: Echo from a coiled spring.
  - id: ab
    term: AB
    expansion: Alternating Bias
    case: exact
    definition: A recording bias.
"""


def _segment(text: str) -> Segment:
    return Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))


def _found(matcher: Matcher, text: str) -> list[tuple[str, bool]]:
    return [(m.found, m.typo) for m in matcher.mentions(_segment(text))]


def test_each_word_is_classified_once_however_often_prose_repeats_it(monkeypatch):
    asked: list[str] = []
    real = key_prefixes.KeyPrefixes.ends_word
    monkeypatch.setattr(
        key_prefixes.KeyPrefixes, "ends_word", lambda self, text: asked.append(text) or real(self, text)
    )
    matcher = Matcher(parse_glossary(GLOSSARY))
    sentence = "The tape loop ran and the tape loop stopped; the tape loop ran again."
    first = _found(matcher, sentence)
    asked_first = len(asked)
    assert _found(matcher, sentence) == first == [("tape loop", False)] * 3
    assert len(asked) == asked_first  # the second pass asked nothing again


def test_a_word_that_only_begins_a_key_finds_what_it_found_before():
    matcher = Matcher(parse_glossary(GLOSSARY))
    # "tape" begins "tapeloop" only: joined to "deck" it begins nothing.
    assert _found(matcher, "A tape deck and a tape loop.") == [("tape loop", False)]
    # A plural of a two-word key read at a word that only begins it.
    assert _found(matcher, "Two tape loops hum.") == [("tape loop", False)]
    # "a" and "b" join into a key of their own ("ab") before a hyphen; split by
    # a space, a word that short is no slip for it.
    assert _found(matcher, "An A-B test and an A B test.") == [("A-B", False)]
    # A function word before a space never splits a distinctive word.
    assert _found(matcher, "A spring reverb and a wobulator.") == [("wobulator", True)]


def test_text_with_placeholders_or_other_scripts_is_matched_as_before():
    matcher = Matcher(parse_glossary(GLOSSARY))
    plain = _found(matcher, "The Wobbulator and the tape loop.")
    assert plain == [("Wobbulator", False), ("tape loop", False)]
    assert _found(matcher, f"The Wobbulator {PLACEHOLDER} and the tape loop.") == plain
    # Case-folding changes lengths here (ß is ss): each word is folded alone.
    assert _found(matcher, "Die Straße, the WOBBULATOR and the Tape Loop.") == [
        ("WOBBULATOR", False),
        ("Tape Loop", False),
    ]
