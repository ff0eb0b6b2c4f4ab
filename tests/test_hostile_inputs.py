"""Hostile input, second round: inputs whose cost grew faster than their size,
configuration files read without the glossary's protections, tracebacks on
odd values, and glossaries whose spellings would rewrite ordinary prose.

The growth tests double an input and check that the time at most about
doubles.  They compare two sizes on the same machine (the best of a few
runs each, to cut the noise of a busy one) and never a wall-clock budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from conftest import GLOSSARY

#: A quadratic cost makes the ratio 4 per doubling; linear is 2.
MAX_RATIO = 3.0


def best_time(run: Callable[[], object], tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(make: Callable[[int], Callable[[], object]], size: int) -> None:
    """Time the work for ``size`` and ``2 * size``: the ratio must stay near 2."""
    small, large = make(size), make(2 * size)
    small()  # warm caches (parser set-up, imports) before timing
    ratio = best_time(large) / best_time(small)
    assert ratio < MAX_RATIO, f"doubling the input multiplied the time by {ratio:.1f}"


# -- item 2: quadratic inputs ----------------------------------------------------------


def admonitions(n: int) -> str:
    kinds = ("note", "tip", "{warning}")
    return "".join(
        f":::{kinds[i % 3]}\nRemember to normalise clip {i} before the mel spectrogram.\n:::\n\n"
        for i in range(n)
    )


def test_many_admonitions_cost_linear_time():
    from glossary_lint.sources.markdown import parse_markdown

    assert_linear(lambda n: lambda: parse_markdown("a.md", admonitions(n)), 800)


def test_admonition_bodies_keep_exact_offsets():
    from glossary_lint.sources.markdown import parse_markdown

    source = "# Title\n\n" + admonitions(3) + ":::note\n:::tip\nNested \\*body\\* here.\n:::\n:::\n"
    document = parse_markdown("a.md", source)
    bodies = [s for s in document.segments if "clip" in s.text or "Nested" in s.text]
    assert [s.text.split(" ")[0] for s in bodies] == ["Remember"] * 3 + ["Nested"]
    for segment in bodies:
        for i, ch in enumerate(segment.text):
            offset = segment.source_offset(i)
            assert offset is not None and source[offset] == ch


def escape_line(n: int) -> str:
    return "A *mel* \\* spectrogram &amp; \\_x\\_ " * n


def test_line_of_emphasis_and_escapes_costs_linear_time():
    from glossary_lint.sources.markdown import parse_markdown

    assert_linear(lambda n: lambda: parse_markdown("a.md", escape_line(n)), 6000)


def test_rest_paragraphs_with_escapes_cost_linear_time():
    from glossary_lint.sources.rest import parse_rest

    def page(n: int) -> str:
        return ("The \\*mel\\* spectrogram, *again* \\\\ here.\n\n") * n

    assert_linear(lambda n: lambda: parse_rest("a.rst", page(n)), 3000)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("a.md", "Use the \\*mel spectrogram\\* &amp; *Encodec* \\_here\\_.\n"),
        ("a.rst", "Use the \\*mel spectrogram\\* and *Encodec* \\\\ here.\n"),
    ],
)
def test_escaped_text_maps_to_its_own_characters(lint, name, source):
    """Text with escapes is prose whose every character maps back to the
    character (or the escaping backslash, or the reference) it came from;
    a term in it is still found where it stands."""
    from glossary_lint.sources.markdown import parse_markdown
    from glossary_lint.sources.rest import parse_rest

    parse = parse_markdown if name.endswith(".md") else parse_rest
    [segment] = parse(name, source).segments
    assert "mel spectrogram" in segment.text
    for i, ch in enumerate(segment.text):
        offset = segment.source_offset(i)
        if offset is not None:
            assert source[offset] == ch or (ch == "\x00" and source[offset] == "\\") or source[offset] == "&"
    [finding] = [f for f in lint(source, name) if f.found == "Encodec"]
    assert source.splitlines()[0][finding.column - 1 :].startswith("Encodec")
