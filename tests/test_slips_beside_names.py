"""GL001 on slips that stand beside what looks like a reason for them but
gives none: a term that shares a word with the term before it across a
hyphen, an expansion capitalised on its first word alone beside its
acronym, and a capital after a word that opens a line of its own."""

from __future__ import annotations

from test_rules import gl, small_linter

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import BlockKind, Segment


def lint(tmp_path, entries, text, name="a.md"):
    return gl(small_linter(tmp_path, entries).lint_text(name, text + "\n"))


KITCHEN = [("cold-store", "cold store", []), ("store-room", "store room", [])]


def test_a_term_hyphenated_onto_the_last_word_of_another_is_the_slip(tmp_path):
    # 'store-room' binds 'store' to 'room': the words say "cold" + "store-room".
    text = "Milk waits in the cold store-room until noon."
    assert lint(tmp_path, KITCHEN, text) == [("store-room", "store room")]


def test_the_longer_term_stays_the_mention_where_no_term_crosses_the_hyphen(tmp_path):
    assert lint(tmp_path, KITCHEN, "Milk waits in the cold store-based rack, then the cold store.") == []
    assert lint(tmp_path, KITCHEN, "Milk waits in the cold-store room.") == []


def test_the_matcher_gives_the_term_across_the_hyphen():
    glossary = parse_glossary(
        "terms:\n"
        "  - id: a\n    term: cold store\n    definition: A place.\n"
        "  - id: b\n    term: store room\n    definition: A room.\n"
    )
    text = "the cold store-room and the cold store"
    found = [
        m.found for m in Matcher(glossary).mentions(Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),)))
    ]
    assert found == ["store-room", "cold store"]


FQ = [("fully-qualified-path", "fully qualified path", [])]


def test_an_expansion_capitalised_on_its_first_word_alone_is_a_slip(tmp_path):
    text = "The loader needs a Fully qualified path (FQP) to find the shelf."
    assert lint(tmp_path, FQ, text) == [("Fully qualified path", "fully qualified path")]


def test_an_expansion_in_title_case_or_lower_case_beside_its_acronym_passes(tmp_path):
    text = (
        "The loader needs a Fully Qualified Path (FQP) to find the shelf, "
        "and a fully qualified path (FQP) is what it prints."
    )
    assert lint(tmp_path, FQ, text) == []


TIMER = [("timer", "timer", [])]


def test_a_capital_after_a_line_a_hard_break_opens_is_a_slip(tmp_path):
    # 'Reset' opens its line after the usage line's hard break: it is no
    # word of a name 'Reset the Timer'.
    text = "**Usage**: clock {start,stop} \\\nReset the Timer for the next batch."
    assert lint(tmp_path, TIMER, text) == [("Timer", "timer")]


def test_a_capital_inside_a_title_case_name_still_passes(tmp_path):
    assert lint(tmp_path, TIMER, "We sell a Reset the Timer kit, and a timer.") == []
