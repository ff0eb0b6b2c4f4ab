"""A mention that is one quoted value in a series the glossary does not otherwise know."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.quoted_series import quoted_among_other_values

NAMES = (("coarse", "grade"), ("fine", "grade"), ("sieve",))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('one of "notch", "band", or "sieve" here', "sieve", True),
        ("tabs \u201cwget\u201d, \u201csieve\u201d or \u201chttpie\u201d show it", "sieve", True),
        ("grades 'fine grade', 'sieve' and 'coarse grade'", "sieve", False),  # the others are entries
        ("grades 'fine grades', 'sieve' and 'ballast'", "sieve", False),  # a plural of an entry
        ('the "band" or "sieve" mode', "sieve", False),  # a pair
        ('a "sieve" is a pass', "sieve", False),
        ('"notch", "band", or sieve', "sieve", False),  # not quoted itself
    ],
)
def test_a_quoted_value_among_others(text, word, expected):
    start = text.index(word)
    assert quoted_among_other_values(text, start, start + len(word), NAMES) is expected
