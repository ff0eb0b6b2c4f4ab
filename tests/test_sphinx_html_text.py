"""Text in raw HTML gives the same findings from a Sphinx build as from
``glossary-lint check``: MyST hands an HTML block to Sphinx as a ``raw``
node, reST writes one with ``.. raw:: html``, and both front-ends read its
text through the one HTML scanner.  The HTML itself is output unchanged:
no link is put inside it."""

from __future__ import annotations

import json
import re

import pytest

from glossary_lint.sources.rest import parse_rest

pytestmark = pytest.mark.sphinx("html", testroot="html-text", freshenv=True)

_WARNING = re.compile(r"^(?:.*/)?([\w.]+):(\d+): WARNING: (GL\d{3}) (.*) \[glossary\.GL\d{3}\]$", re.M)
PAGES = ("index.md", "notes.rst")


@pytest.fixture
def built(app):
    app.build()
    return app


def test_build_warnings_on_html_text_are_the_findings_of_check(built, cli):
    warnings = re.sub(r"\x1b\[[0-9;]*m", "", built._warning.getvalue())
    from_build = sorted(
        (page, int(line), code, message)
        for page, line, code, message in _WARNING.findall(warnings)
        if page in PAGES
    )
    proc = cli("check", *PAGES, "--glossary", "glossary.yaml", "--format", "json", cwd=built.srcdir)
    from_check = sorted(
        (f["path"], f["line"], f["code"], f["message"]) for f in json.loads(proc.stdout)["findings"]
    )
    assert from_build == from_check, warnings
    # The misspelling in a table cell, the acronym in a <p>, the misspelling
    # under reST's raw directive; not the name inside <code>.
    assert [(page, line, code) for page, line, code, _ in from_check] == [
        ("index.md", 6, "GL001"),
        ("index.md", 9, "GL002"),
        ("notes.rst", 9, "GL001"),
    ]


def test_raw_html_is_written_out_unchanged_and_never_linked(built):
    page = (built.outdir / "index.html").read_text(encoding="utf-8")
    source = (built.srcdir / "index.md").read_text(encoding="utf-8")
    for block in (source.split("\n\n")[1], source.split("\n\n")[2]):
        assert block in page
    # The first mention outside the HTML is the one linked.
    assert re.search(r'prose names <a class="glossary-lint-term[^>]*>WaveNet</a> again', page)
    assert page.count("glossary-lint-term") == 1


def test_rest_raw_html_text_is_placed_on_its_line_and_column():
    text = (
        "Title\n=====\n\n.. raw:: html\n   :class: aside\n\n"
        "   <div>\n   <p>Read the\n   <b>Wavenet</b> notes.</p>\n   </div>\n"
    )
    doc = parse_rest("page.rst", text)
    (segment,) = doc.segments[1:]
    assert segment.text.split() == ["Read", "the", "Wavenet", "notes."]
    start = segment.text.index("Wavenet")
    assert segment.source_span(start, start + 7) == (text.index("Wavenet"), text.index("Wavenet") + 7)
    assert segment.in_title_range(start, start + 7) and not doc.unplaced


def test_rest_raw_output_that_is_not_html_or_not_in_the_page_is_not_read():
    text = (
        "Title\n=====\n\n.. raw:: latex\n\n   Wavenet in LaTeX\n\n"
        ".. raw:: html\n   :file: elsewhere.html\n\nEnd.\n"
    )
    doc = parse_rest("page.rst", text)
    assert [s.text for s in doc.segments] == ["Title", "End."] and not doc.unplaced
