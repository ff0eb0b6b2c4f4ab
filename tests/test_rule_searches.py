"""The rules' searches give what the slower ones they replaced gave."""

from __future__ import annotations

import random
import re

from glossary_lint.rules import acronyms

#: Every compound of prose, as GL002 read them before the regex dropped the small-letter ones.
_EVERY_COMPOUND = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


def _kept(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of the compounds the Python check in ``candidates`` goes on with."""
    return [m.span() for m in pattern.finditer(text) if not (m.group()[1:].islower() or m.group().isdigit())]


def test_the_compound_prefilter_keeps_exactly_what_the_word_check_keeps():
    # Letters of both cases and of other scripts, digits, titlecase (ǅ), both
    # hyphens, the underscore and other glue, so every edge of a compound occurs.
    alphabet = "abqzABQZ079éÉßσΣǅ--‐‐_ ..'/\n"
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _kept(acronyms._COMPOUND_NOT_LOWER, text) == _kept(_EVERY_COMPOUND, text), text


def test_the_compound_prefilter_on_sentences():
    text = (
        "Our x-ray rig (the QZ-7 unit) feeds a naïve Straße-Mixer; mp3 files and "
        "Éclair-grade ZorbNet builds go to the re-run queue, not the ‐dash or a_b or 12-34."
    )
    kept = [text[s:e] for s, e in _kept(acronyms._COMPOUND_NOT_LOWER, text)]
    assert kept == [text[s:e] for s, e in _kept(_EVERY_COMPOUND, text)]
    assert kept == ["QZ-7", "a", "Straße-Mixer", "ZorbNet", "a", "b", "12-34"]
    # The regex leaves the Python check 10 of the 29 compounds; the rest are small letters.
    assert len(acronyms._COMPOUND_NOT_LOWER.findall(text)) == 10
    assert len(_EVERY_COMPOUND.findall(text)) == 29


def test_whole_token_counts_agree_with_counting_every_token():
    from collections import Counter

    from glossary_lint.rules.undefined import _TOKEN, _whole_count

    alphabet = "abAB9é²_-. \n\ufffc"
    rng = random.Random(15)
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        counts = Counter(_TOKEN.findall(text))
        for token in {*counts, "a", "ab", "b9", "é²", "AB"}:
            assert _whole_count(text, token) == counts[token], (text, token)


def test_the_capital_searches_find_what_a_leading_look_behind_found():
    """``[A-Z](?<![\\w-].)`` is ``(?<![\\w-])[A-Z]`` written so the engine can skip to capitals."""
    minor = "|".join(sorted(acronyms.MINOR_WORDS))
    blank = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    word = r"[A-Z][^\W_]*(?:[-‐][^\W_]+)*"
    title_run = re.compile(rf"(?<![\w-]){word}(?:{blank}(?:(?:{minor}){blank})*{word})+")
    inner_capitals = re.compile(r"(?<![\w-])[A-Z][a-z]*[A-Z][A-Za-z]*(?![\w-])")
    alphabet = ["Ab", "ZorbNet", "of", "and", "x", "Q", "-", "‐", "_", " ", "\n", "\t", ".", "é", "É", "9"]
    rng = random.Random(16)
    for _ in range(10_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for old, new in ((title_run, acronyms._TITLE_RUN), (inner_capitals, acronyms._INNER_CAPITALS)):
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text
