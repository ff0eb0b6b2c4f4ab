"""The ``contents`` directive: the title docutils gives one written without
a title ("Contents") is nowhere in the source, so it is neither checked nor
reported as text the reader could not place; a title written as the
directive's argument is prose on its line like any other."""

from __future__ import annotations

from glossary_lint.sources.rest import parse_rest

BARE = """\
Glazes
======

.. contents::
   :depth: 2

Ash glazes run in a hot kiln.
"""

TITLED = """\
Glazes
======

.. contents:: Glaze recipes on this page

Ash glazes run in a hot kiln.
"""


def test_a_generated_contents_title_is_neither_read_nor_unplaced() -> None:
    doc = parse_rest("glazes.rst", BARE)
    assert doc.unplaced == ()
    texts = [s.text for s in doc.segments]
    assert "Contents" not in texts
    assert "Ash glazes run in a hot kiln." in texts


def test_a_written_contents_title_is_read_on_its_line() -> None:
    doc = parse_rest("glazes.rst", TITLED)
    assert doc.unplaced == ()
    [title] = [s for s in doc.segments if s.text == "Glaze recipes on this page"]
    start = TITLED.index("Glaze recipes")
    assert title.source_offset(0) == start
