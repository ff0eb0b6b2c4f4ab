"""Every reported span is exactly the misspelled text in the source file."""

from __future__ import annotations

import pytest

CASES = [
    ("md", "Plain Encodec.\n"),
    ("md", "Ünïcödé — prefix then Encodec.\n"),  # columns count characters, not bytes
    ("md", "Escaped \\*stars\\* &amp; then Encodec.\n"),
    ("md", "> > nested quote with Encodec\n"),
    ("md", "1. list\n   - nested *item* with `code` and Encodec\n"),
    ("md", "| a | b |\n|---|---|\n| `x` | y and Encodec |\n"),
    ("md", '[link](u) text [more](v "title") and Encodec\n'),
    ("md", "text\r\nmore text with Encodec\r\n"),
    ("md", "\ufeffBOM first, Encodec\n"),
    ("rst", "Para with ``code`` and *emph* and Encodec.\n"),
    ("rst", "- item\n\n  continued with Encodec\n"),
]


@pytest.mark.parametrize("suffix,text", CASES)
def test_span_is_the_source_text(lint, suffix, text):
    findings = [f for f in lint(text, f"doc.{suffix}") if f.code == "GL001"]
    assert len(findings) == 1
    f = findings[0]
    assert text[f.start : f.end] == "Encodec"
    lines = text.split("\n")
    assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == "Encodec"
    assert f.end_line == f.line


def test_term_spanning_a_line_break(lint):
    text = "A long line that ends with mel-\nspectrogram and a mel\nSpectrogram here.\n"
    findings = [f for f in lint(text) if f.code == "GL001"]
    assert [(f.line, f.column, f.end_line, f.end_column) for f in findings] == [(2, 19, 3, 12)]
    assert findings[0].found == "mel Spectrogram"
    assert findings[0].replacement == "mel\nspectrogram"


def test_term_spanning_a_line_break_in_a_quote_keeps_the_prefix(lint):
    text = "> we compute the mel\n> Spectrogram first\n"
    [f] = [f for f in lint(text) if f.code == "GL001"]
    assert text[f.start : f.end] == "mel\n> Spectrogram"
    assert f.replacement == "mel\n> spectrogram"


def test_findings_are_sorted_by_position(lint):
    text = "Lora then Encodec.\n\nAnd hifi-gan.\n"
    findings = lint(text)
    assert [(f.line, f.column) for f in findings] == sorted((f.line, f.column) for f in findings)
    assert [f.found for f in findings] == ["Lora", "Encodec", "hifi-gan"]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_spanning_term_with_each_line_ending(lint, eol):
    text = f"First line.{eol}We compute the mel{eol}Spectrogram here.{eol}"
    [f] = [f for f in lint(text) if f.code == "GL001"]
    assert (f.line, f.column, f.end_line) == (2, 16, 3)
    assert f.replacement == f"mel{eol}spectrogram"
