"""GL002's phrase patterns take runs of letters and blanks possessively: the
same matches as the backtracking forms, on the team's sentences and on
random strings of the characters the patterns care about."""

from __future__ import annotations

import random
import re

import pytest

from glossary_lint.rules.acronyms import _INNER_CAPITALS, _TITLE_RUN, initialisms


def _backtracking(pattern: str) -> re.Pattern[str]:
    """The pattern with every possessive quantifier made greedy again."""
    return re.compile(pattern.replace("*+", "*").replace("++", "+"))


SENTENCES = [
    "The Kiln Glaze Index (KGI) and the Text and Data Mining rules.",
    "We read the\nQuiet Zone Buffer of  the Shelf-Mounted Rack, then CommonJS and SQLAlchemy.",
    "A Title  \n  Across Lines, Über-Fast Résumé Builder, and X-Ray Based Tools_v2.",
    "HTTPServer, iOS, McDonald's, DataFrame-like objects; Sub-Second Cross‐Site Tests.",
]


@pytest.mark.parametrize("pattern", [_TITLE_RUN, _INNER_CAPITALS])
def test_same_matches_as_backtracking(pattern: re.Pattern[str]) -> None:
    compiled = re.compile(pattern.pattern)
    plain = _backtracking(pattern.pattern)
    assert plain.pattern != compiled.pattern  # the pattern does use possessive runs
    rnd = random.Random(14)
    alphabet = ["A", "b", "Q", "z", "é", "É", "9", "_", "-", "‐", " ", "\t", "\n", "of", "and", "The", "'s"]
    randoms = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    texts = SENTENCES + randoms
    for text in texts:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_initialisms_of_title_runs_and_inner_capitals() -> None:
    found = initialisms(SENTENCES[0] + "\n" + SENTENCES[1])
    assert {"KGI", "TDM", "QZB", "SMR", "CJS", "SQLA"} <= found


def test_python_3_10_gets_the_greedy_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """3.10's engine refuses ``*+``: there the patterns are the greedy forms,
    which the tests above show match the same."""
    import sys

    from glossary_lint import lazy_re

    assert lazy_re.possessive(r"[a-z]*+x++") == r"[a-z]*+x++"
    monkeypatch.setattr(sys, "version_info", (3, 10, 14))
    assert lazy_re.possessive(r"[a-z]*+x++") == r"[a-z]*x+"
    re.compile(lazy_re.possessive(_TITLE_RUN.pattern))
