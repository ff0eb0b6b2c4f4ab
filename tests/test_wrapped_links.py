"""reST prose after a link whose text and target the author wrapped onto two
lines: the reader places it on its own lines, so it is checked, and nothing
around it is reported as text that could not be placed (GL090)."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.sources.rest import parse_rest

GLOSSARY = "terms:\n  - id: kiln\n    term: kiln\n    definition: An oven for pots.\n"

#: A list of tools, each a link and a line or two about it; the first link's
#: target sits on the line after its text, and the words after it run on.
TOOLS = (
    "Tools\n=====\n\n"
    "- `spinner\n  <https://example.org/spinner>`_ A wheel that\n  turns clay before the Kiln does its work.\n\n"
    "- `glazer <https://example.org/glazer>`_ Paints\n  each pot.\n\n"
    "Every pot ends in the kiln.\n"
)


def findings(tmp_path: Path) -> list[tuple[str, int, int, str | None]]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    return [(f.code, f.line, f.column, f.found) for f in linter.lint_text("tools.rst", TOOLS)]


def test_prose_after_a_wrapped_link_is_placed_and_checked(tmp_path):
    # The slip on the item's last line is found where it is written, and no
    # line of the item is left unchecked.
    assert findings(tmp_path) == [("GL001", 6, 25, "Kiln")]


def test_every_word_of_the_item_maps_to_its_own_place():
    document = parse_rest("tools.rst", TOOLS, "glossary")
    assert document.unplaced == ()
    item = next(s for s in document.segments if "wheel" in s.text)
    for word in ("spinner", "wheel", "turns", "Kiln"):
        at = item.text.index(word)
        start, end = item.source_span(at, at + len(word))
        assert TOOLS[start:end] == word
    # The link's text is its text, not the same letters inside its target.
    at = item.text.index("spinner")
    assert item.source_span(at, at + 7)[0] == TOOLS.index("`spinner") + 1
