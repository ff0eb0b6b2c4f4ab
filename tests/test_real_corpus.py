"""The real handbook: every finding is one an editor would act on.

Reads ../shared/corpus at run time and skips when it is not there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


@pytest.fixture(scope="module")
def findings(linter):
    from glossary_lint.discovery import discover

    return [f for path in discover([CORPUS], linter.config) for f in linter.lint_path(path)]


def test_the_handbook_is_read_whole(findings, linter):
    from glossary_lint.discovery import discover

    assert len(list(discover([CORPUS], linter.config))) == 54
    assert not [f for f in findings if f.code == "GL000"]


def test_gl001_reports_only_the_real_slip(findings):
    """The handbook is consistent but for one mid-sentence capital in a table
    cell; title-case headings, names, link text, list and cell starts are not
    slips (notes/known-traps.md)."""
    spelling = [
        (f.path.split("docs/")[1], f.line, f.found, f.suggestion) for f in findings if f.code == "GL001"
    ]
    assert spelling == [("concepts/music-representations.md", 219, "Mel spectrogram", "mel spectrogram")]


def _non_prose_lines(text: str) -> set[int]:
    """1-based lines inside fences, display math and front matter, by the parser."""
    from glossary_lint.sources.markdown import _parser

    lines: set[int] = set()
    for token in _parser().parse(text):
        if token.type in ("fence", "code_block", "math_block", "front_matter") and token.map:
            lines.update(range(token.map[0] + 1, token.map[1] + 1))
    return lines


def test_no_finding_inside_code_math_urls_or_front_matter(findings):
    by_path: dict[str, list] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    for path, found in by_path.items():
        text = Path(path).read_text(encoding="utf-8")
        blocked = _non_prose_lines(text)
        lines = text.split("\n")
        for f in found:
            assert f.line not in blocked, (path, f.line, f.message)
            line = lines[f.line - 1]
            for pattern in (r"`[^`]*`", r"\$[^$]*\$", r"https?://\S+", r"\]\([^)]*\)"):
                for m in re.finditer(pattern, line):
                    assert not (m.start() < f.column - 1 < m.end()), (path, f.line, f.message)
            assert text[f.start : f.end].replace("\n", " ") == (f.found or "").replace("\n", " ")


def test_undefined_terms_are_technical_words(findings):
    undefined = {f.found for f in findings if f.code == "GL002"}
    assert {"MFCC", "CQT", "BF16", "FP16", "DC"} <= undefined
    # Units, numerals, glossary words, names (undefined-name's) and acronyms of proper names never appear.
    assert not undefined & {
        "Hz",
        "kHz",
        "dB",
        "ms",
        "GPU",
        "API",
        "KL",
        "HiFi",
        "II",
        "IV",
        "MusicGen",
        "FL",
        "NExT",
        "T5",  # a model's name written in capitals: undefined-name's
        "NVIDIA",
        "LLM",  # known to any technical reader
    }
