"""A MyST glossary's body is read as Sphinx reads a ``.. glossary::``: each name
line a headword, each definition prose, reported at its exact line and column;
a directive's title is read as a heading; and lines are counted as editors
count them, wherever docutils breaks a line that an editor does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.sources.glossary_items import item_lines
from glossary_lint.sources.markdown import parse_markdown
from glossary_lint.sources.rest import parse_rest

GLOSSARY = """terms:
  - id: kiln-shelf
    term: kiln shelf
    definition: The slab a pot rests on while it fires.
  - id: glaze-bucket
    term: glaze bucket
    definition: Where the slip waits to be poured.
"""

#: A MyST glossary whose second definition writes a term in capitals.
PAGE = (
    "# Pottery words\n\n"
    ":::{glossary}\n"
    ":sorted:\n\n"
    "kiln shelf : noun\n"
    "   The slab a pot rests on while it fires.\n\n"
    "glaze bucket\n"
    "   Where the slip waits; dip each pot\n"
    "   before it meets the Kiln Shelf.\n\n"
    ".. a remark for the editors\n"
    "   that is no definition\n"
    ":::\n"
)


def _findings(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str | None, int, int, str]]:
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import parse_glossary
    from glossary_lint.runner import run

    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    found = []
    for f in run(paths, linter).findings:
        if f.code in ("GL001", "GL090"):
            text = files[Path(f.path).name]
            line = text.split("\n")[f.line - 1]
            found.append((f.code, f.found, f.line, f.column, line[f.column - 1 : f.end_column - 1]))
    return found


@pytest.mark.parametrize("fence", [":::", "```"])
def test_a_slip_in_a_myst_glossary_definition_is_reported_where_it_is(tmp_path, fence):
    page = PAGE.replace(":::", fence)
    assert _findings(tmp_path, {"words.md": page}) == [("GL001", "Kiln Shelf", 11, 24, "Kiln Shelf")]


def test_the_name_lines_are_headwords_and_the_definitions_prose():
    segments = parse_markdown("words.md", PAGE).segments
    heads = [s.text for s in segments if s.headword]
    assert heads == ["kiln shelf", "glaze bucket"]
    prose = [s.text for s in segments if not s.headword and s.kind.value == "paragraph"]
    assert prose == [
        "The slab a pot rests on while it fires.",
        "Where the slip waits; dip each pot\nbefore it meets the Kiln Shelf.",
    ]
    assert not any("remark" in s.text for s in segments)  # a comment between items


def test_a_headword_in_other_letters_than_the_entrys_is_a_slip(tmp_path):
    # PAGE's own headwords write the terms as the glossary does: no finding (above).
    page = PAGE.replace("kiln shelf : noun", "Kiln Shelf").replace("the Kiln Shelf", "the kiln shelf")
    glossary_page = {"words.md": page, "studio.md": "# Studio\n\nEvery kiln shelf is swept daily.\n"}
    assert _findings(tmp_path, glossary_page) == [("GL001", "Kiln Shelf", 6, 1, "Kiln Shelf")]


def test_an_indented_definition_is_prose_not_code():
    page = "# W\n\n```{glossary}\nglaze bucket\n      Four or more spaces still make a definition.\n```\n"
    [_, definition] = [s for s in parse_markdown("w.md", page).segments if not s.headword]
    assert definition.text == "Four or more spaces still make a definition."
    assert page[definition.pieces[0][1] :].startswith("Four or more")


def test_a_definition_list_glossary_keeps_its_markdown_reading():
    page = "# W\n\n:::{glossary}\nglaze bucket\n: A pail the Kiln Shelf never holds.\n:::\n"
    segments = parse_markdown("w.md", page).segments
    assert [(s.text, s.headword) for s in segments[1:]] == [
        ("glaze bucket", True),
        ("A pail the Kiln Shelf never holds.", False),
    ]


def test_item_lines_follow_sphinx():
    lines = ["first", "second name", "  its definition", "", "  more", ".. note", "  hidden", "last", "  end"]
    items = item_lines(lines)
    assert [(i.term_lines, i.definition_lines) for i in items] == [([0, 1], [2, 3, 4]), ([7], [8])]


@pytest.mark.parametrize(
    "opening,kind",
    [
        (":::{admonition} Firing The Kiln Shelf", "heading"),
        ("```{topic} Firing The Kiln Shelf", "heading"),
        (":::note Firing The Kiln Shelf", "heading"),
    ],
)
def test_a_directive_title_is_read_as_a_heading(opening, kind):
    fence = opening[:3]
    page = f"# W\n\n{opening}\nThe body.\n{fence}\n"
    segments = parse_markdown("w.md", page).segments
    [title] = [s for s in segments if "Firing" in s.text]
    assert title.kind.value == kind and title.text == "Firing The Kiln Shelf"
    start = title.pieces[0][1]
    assert page[start : start + len(title.text)] == title.text


def test_a_version_directives_argument_is_no_title():
    page = "# W\n\n```{versionadded} 2.1\nThe glaze bucket came.\n```\n"
    assert [s.text for s in parse_markdown("w.md", page).segments] == ["W", "The glaze bucket came."]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"])
def test_rest_lines_are_editors_lines_where_docutils_breaks_others(tmp_path, separator):
    page = f"Studio\n======\n\nA shelf{separator}and the Kiln Shelf.\n\n.. a note\n\nThen the Kiln Shelf again.\n"
    assert _findings(tmp_path, {"studio.rst": page}) == [
        ("GL001", "Kiln Shelf", 4, 17, "Kiln Shelf"),
        ("GL001", "Kiln Shelf", 8, 10, "Kiln Shelf"),
    ]
    assert [c.line for c in parse_rest("studio.rst", page).comments] == [6]


def test_a_full_stop_inside_closing_math_still_ends_the_sentence(tmp_path):
    page = "# Firing\n\nThe heat rises as $T = kt.$ Glaze bucket lids shut when $T > 900$ Glaze bucket lids melt.\n"
    # The first capital opens a sentence; the second follows a formula mid-sentence.
    expected = ("GL001", "Glaze bucket", 3, page.index("Glaze bucket lids melt") - 9, "Glaze bucket")
    assert _findings(tmp_path, {"firing.md": page}) == [expected]
    [_, paragraph] = parse_markdown("firing.md", page).segments
    dot = paragraph.text.index(".")
    assert page[paragraph.source_offset(dot)] == "." and page[paragraph.source_offset(dot) - 1] == "t"


def test_a_figures_caption_is_prose_and_its_path_is_not():
    page = "# W\n\n```{figure} img/glaze-bucket.png\n:alt: A pail\n:width: 50%\n\nThe glaze bucket on its shelf.\n```\n"
    assert [s.text for s in parse_markdown("w.md", page).segments] == ["W", "The glaze bucket on its shelf."]
