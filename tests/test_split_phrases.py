"""GL001 and two words that are a phrase of English, not a closed-compound
term split in two: a noun beside an acronym (``the member ID`` for the
glossary's "memberid")."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary

GLOSSARY = """terms:
  - id: memberid
    term: memberid
    definition: The string that names a club member.
  - id: waveform
    term: waveform
    definition: A signal drawn over time.
  - id: ledgerui
    term: ledgerui
    definition: The screen the treasurer uses.
"""


def gl001(text: str, tmp_path: Path) -> list[str]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    return [f.found or "" for f in linter.lint_text("club.md", text) if f.code == "GL001"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each card shows the member ID on its back.",  # the acronym in capitals
        "Type a member id and a table number to book.",  # a known acronym in lower case
        "Look it up by Member ID.",
        "The ledger UI lists the dues.",  # the acronym at the other end of the term
    ],
)
def test_a_noun_beside_an_acronym_is_no_split_compound(tmp_path, sentence):
    text = f"The memberid and the ledgerui are stored.\n\n{sentence}\n"
    assert gl001(text, tmp_path) == []


@pytest.mark.parametrize(
    "sentence,found",
    [
        ("Draw the wave form again.", "wave form"),  # two ordinary words: still the term split
        ("Each card shows the member-ID on its back.", "member-ID"),  # a hyphen joins them into the term
        ("EACH CARD SHOWS THE MEMBER ID.", "MEMBER ID"),  # all in capitals: no acronym stands out
    ],
)
def test_a_split_without_an_acronym_is_still_a_slip(tmp_path, sentence, found):
    text = f"The memberid and the waveform are stored.\n\n{sentence}\n"
    assert gl001(text, tmp_path) == [found]


GLOSSED = """terms:
  - id: tagname
    term: tagname
    definition: The name of a tag; it must start with a letter.
  - id: shelfmark
    term: shelfmark
    definition: The code a library writes on the spine of a book.
"""


def gl001_glossed(text: str, tmp_path: Path) -> list[str]:
    linter = Linter(parse_glossary(GLOSSED), Config(root=tmp_path))
    return [f.found or "" for f in linter.lint_text("tags.md", text) if f.code == "GL001"]


def test_a_split_the_definition_glosses_as_its_phrase_is_english(tmp_path):
    # 'tagname' is defined as "the name of a tag": 'tag name' is that phrase
    text = "Each label shows its tag name and colour, and the tagname goes in the header."
    assert gl001_glossed(text, tmp_path) == []
    assert gl001_glossed("Sort the tag names first.", tmp_path) == []


def test_a_split_the_definition_does_not_gloss_stays_a_slip(tmp_path):
    # 'shelfmark' is defined otherwise: 'shelf mark' is the term split
    text = "Write the shelf mark on the spine; the shelfmark is short."
    assert gl001_glossed(text, tmp_path) == ["shelf mark"]
    # hyphenated, the glossed compound is still misspelled
    assert gl001_glossed("Write the tag-name in the header.", tmp_path) == ["tag-name"]


def _glossed_in_full(mention) -> bool:
    """The gloss test as first written: the pattern made for every mention."""
    import re

    from glossary_lint.matching.words import WORD_RE

    parts = WORD_RE.findall(mention.found)
    if mention.typo or len(parts) != 2 or mention.separators != (" ",):
        return False
    first, second = (re.escape(p.casefold()) for p in parts)
    gloss = re.compile(rf"\b{second}(?:e?s)?\s+of\s+(?:(?:a|an|the|one|each|every|any|some|all|its|this|that)\s+)?"
                       rf"{first}(?:e?s)?\b", re.IGNORECASE)
    joined = "".join(parts).casefold()
    return any(
        c.spelling.text.casefold() == joined and gloss.search(c.term.definition) is not None
        for c in mention.candidates
    )


def test_the_gloss_test_answers_as_when_it_made_its_pattern_first():
    from glossary_lint.matching.matcher import Matcher
    from glossary_lint.rules.split_phrases import glossed_as_phrase
    from glossary_lint.sources.segments import BlockKind, Segment

    glossary = parse_glossary(GLOSSED + """  - id: tag-cloud
    term: tag cloud
    definition: Tags drawn at sizes that show how often each is used.
  - id: bookend
    term: bookend
    definition: The end of a book shelf row.
""")
    text = (
        "Each tag name and tag names, a tag cloud, the shelf mark, a book end and "
        "TAG NAME; then tag  name, tag-name and the tagname."
    )
    mentions = list(Matcher(glossary).mentions(Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))))
    assert len(mentions) >= 6
    assert [glossed_as_phrase(m) for m in mentions] == [_glossed_in_full(m) for m in mentions]
    assert any(glossed_as_phrase(m) for m in mentions) and not all(glossed_as_phrase(m) for m in mentions)
