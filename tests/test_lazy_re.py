"""Patterns compiled on first use answer as compiled patterns do."""

from __future__ import annotations

import re

import pytest

from glossary_lint import lazy_re
from glossary_lint.lazy_re import lazy_compile


def test_answers_as_the_compiled_pattern() -> None:
    source, text = r"(?P<word>[a-z]+)-(\d+)", "kiln-12 and glaze-7, then Ash-3"
    lazy, eager = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.search(text, 8).group("word") == "glaze"  # type: ignore[union-attr]
    assert lazy.match(text).group(0) == "kiln-12"  # type: ignore[union-attr]
    assert lazy.fullmatch("Ash-3") is not None
    assert lazy.sub(r"\2", text) == eager.sub(r"\2", text)
    assert lazy.split(text) == eager.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (eager.pattern, eager.flags, eager.groups)
    assert lazy.groupindex == eager.groupindex


def test_compiled_only_when_first_used() -> None:
    lazy = lazy_compile(r"glaze")
    assert type(lazy) is lazy_re._LazyPattern
    assert "search" not in vars(lazy)
    assert lazy.search("a glaze") is not None
    # Once compiled it keeps the bound methods and drops the slow look-up path.
    assert type(lazy) is lazy_re._Compiled
    assert "search" in vars(lazy)
    assert "glaze" in repr(lazy)


def test_a_bad_pattern_fails_when_used() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    lazy = lazy_compile(r"kiln")
    with pytest.raises(AttributeError):
        _ = lazy.no_such_attribute  # type: ignore[attr-defined]
