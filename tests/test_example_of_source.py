"""GL002's test for an acronym given as an example of a kind of source
(:func:`glossary_lint.rules.acronym_uses.example_of_source`) tells it with
one pattern for every word where the word is the text it stands for
(issue 14: a pattern compiled per word cost 0.4 ms each); its answers are
those of the pattern made for the word."""

from __future__ import annotations

import random

from glossary_lint.rules import acronym_uses

_PIECES = [
    "sources",
    "data sets",
    "datasets",
    "file formats",
    "catalogues",
    "such as",
    "like",
    "from",
    "including",
    "(",
    "(e.g.",
    "(i.e.,",
    "the",
    "and",
    "or",
    ",",
    " ",
    "\n",
    "-",
    "QZSD",
    "qzsd",
    "QZNR",
    "Kiln",
    "x.y",
    "_",
]


def _by_word_pattern(word: str, text: str, start: int, end: int) -> bool:
    if acronym_uses._ONE_OF.match(text, end) or acronym_uses._AND_OTHERS.match(text, end):
        return True
    if text[end : end + 1] == "-":
        return False  # ``tools like QZD-based splitting``: the example is another thing
    head = text[max(0, start - acronym_uses._LIST_REACH) : end]
    return bool(acronym_uses._example_pattern(word).search(head))


def test_one_pattern_answers_as_the_pattern_made_for_the_word():
    rng = random.Random(1404)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 30)))
        word = rng.choice(["QZSD", "QZNR"])
        for start in [i for i in range(len(text)) if text.startswith(word, i)] + [
            rng.randrange(len(text) + 1)
        ]:
            end = min(len(text), start + len(word))
            # The word as found, and a word that is not the text at its place.
            for asked in (word, word + "S", text[start:end] or word):
                assert acronym_uses.example_of_source(asked, text, start, end) == _by_word_pattern(
                    asked, text, start, end
                ), (asked, text, start)


def test_an_example_after_a_kind_of_source_is_one():
    text = "Stoneware glazes come from free sources such as QZSD, QZNR and the QZCA."
    start = text.index("QZCA")
    assert acronym_uses.example_of_source("QZCA", text, start, start + 4)
    start = text.index("QZSD")
    assert acronym_uses.example_of_source("QZSD", text, start, start + 4)
    other = "The kiln log names QZCA once."
    start = other.index("QZCA")
    assert not acronym_uses.example_of_source("QZCA", other, start, start + 4)
