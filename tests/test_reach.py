"""No prose left unchecked: exact places in tables and directive bodies, text
that cannot be placed is reported, MDX's code is not prose, and the reach
measure over the real handbooks."""

from __future__ import annotations

import csv
import os

import pytest
from conftest import SHARED


def _places(findings, text):
    """``(found, line, column)`` of each GL001 finding, checked against the text."""
    lines = text.split("\n")
    out = []
    for f in findings:
        if f.code != "GL001":
            continue
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.found, f
        out.append((f.found, f.line, f.column))
    return out


# -- exact places ---------------------------------------------------------------

GRID = """\
Codecs
======

+----------------+--------------------+
| Name           | What it does       |
+================+====================+
| The first one, | It keeps Encodec   |
| or the second  | tokens, or         |
| one.           | drops them.        |
|                |                    |
| A second       | Then encodec runs. |
| paragraph.     |                    |
+----------------+--------------------+
| Short          | Encodec again.     |
+----------------+--------------------+
"""


def test_multi_line_grid_table_cells_are_placed_cell_by_cell(lint):
    assert _places(lint(GRID, "doc.rst"), GRID) == [
        ("Encodec", 7, 29),
        ("encodec", 11, 25),
        ("Encodec", 14, 20),
    ]


def test_a_word_added_above_a_table_moves_nothing_but_the_lines(lint):
    """The old forward search found "," far below and skipped what lay between."""
    before = _places(lint(GRID, "doc.rst"), GRID)
    longer = GRID.replace("Codecs\n======\n", "Codecs\n======\n\nOne more, or so.\n")
    after = _places(lint(longer, "doc.rst"), longer)
    assert after == [(found, line + 2, column) for found, line, column in before]


SIMPLE = """\
=====  ==========================
Name   What it does
=====  ==========================
one    It keeps the
       Encodec tokens.
two    Then encodec
       runs.
=====  ==========================
"""


def test_multi_line_simple_table_cells_are_placed(lint):
    assert _places(lint(SIMPLE, "doc.rst"), SIMPLE) == [("Encodec", 5, 8), ("encodec", 6, 13)]


DIRECTIVES = """\
.. py:function:: encode(x)

   Turn audio into tokens with
   Encodec, or so.

   .. versionchanged:: 2.0
      The second release wraps
      encodec inside.

.. confval:: codec_name
   :type: str

   * The name of the codec: Encodec by default.

.. note:: A note that names Encodec
   on its first line.

.. seealso:: Encodec here too.
"""


def test_positions_inside_directive_bodies_are_exact(lint):
    assert _places(lint(DIRECTIVES, "doc.rst"), DIRECTIVES) == [
        ("Encodec", 4, 4),
        ("encodec", 8, 7),
        ("Encodec", 13, 29),
        ("Encodec", 15, 29),
        ("Encodec", 18, 14),
    ]


def test_a_fix_inside_a_table_cell_rewrites_only_those_words(lint):
    from glossary_lint.reporters.fixer import apply_fixes

    fixed, _ = apply_fixes(GRID, [f for f in lint(GRID, "doc.rst") if f.code == "GL001"])
    assert fixed == GRID.replace("Encodec", "EnCodec").replace("encodec", "EnCodec")


# -- term references --------------------------------------------------------------


def test_a_term_target_wrapping_onto_the_next_line_resolves(lint):
    text = "See :term:`mel\n   spectrogram` and :term:`the model <mel\nspectrogram>`.\n"
    assert [f for f in lint(text, "doc.rst") if f.code == "GL003"] == []
    wrong = "See :term:`mel\nspectrum` here.\n"
    [finding] = [f for f in lint(wrong, "doc.rst") if f.code == "GL003"]
    assert finding.line == 1


# -- what cannot be placed is said --------------------------------------------------


def test_text_that_cannot_be_placed_is_reported_with_its_line(glossary, tmp_path):
    """A doctree whose text is not in the source (a substitution's output, a
    generated label) gives GL090 at the block's line instead of silence."""
    from docutils import nodes

    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.sources.doctree import walk_doctree

    source = "First line.\n\nSecond line here.\n"
    doctree = nodes.document(None, None)
    for line, text in ((1, "First line."), (3, "Text the source never had.")):
        paragraph = nodes.paragraph(text, text)
        paragraph.line = line
        doctree += paragraph
    document = walk_doctree("doc.rst", source, doctree, term_target=lambda node: None)
    findings = Linter(glossary, Config(root=tmp_path)).lint_document(document)
    assert [(f.code, f.line) for f in findings] == [("GL090", 3)]


def test_punctuation_that_cannot_be_placed_is_not_reported(glossary, tmp_path):
    from docutils import nodes

    from glossary_lint.sources.doctree import walk_doctree

    doctree = nodes.document(None, None)
    paragraph = nodes.paragraph("", "Words here", nodes.Text(" \u2013 "))
    paragraph.line = 1
    doctree += paragraph
    document = walk_doctree("doc.rst", "Words here\n", doctree, term_target=lambda node: None)
    assert document.unplaced == ()


# -- MDX -------------------------------------------------------------------------------

MDX = """\
---
title: Codecs
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

export const Label = ({children}) => <span>{children}</span>;

# Using Encodec

<Tabs
  groupId="codec"
  values={[{label: 'Encodec', value: 'a'}]}>
<TabItem value="Encodec">

The encodec model is {props.Encodec} here. `Encodec {x}` stays code.

</TabItem>
</Tabs>

You can
import it later: Encodec.
"""


def test_mdx_code_is_not_prose_and_prose_keeps_its_place(lint):
    assert _places(lint(MDX, "page.mdx"), MDX) == [
        ("Encodec", 9, 9),
        ("encodec", 16, 5),
        ("Encodec", 22, 18),
    ]


def test_mdx_is_in_the_default_include(tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.discovery import discover

    (tmp_path / "page.mdx").write_text("# Page\n", encoding="utf-8")
    assert [p.name for p in discover([tmp_path], Config(root=tmp_path))] == ["page.mdx"]


# -- the reach measure ------------------------------------------------------------------


def test_reach_names_what_was_not_reached(monkeypatch):
    from glossary_lint.workflows.reach import measure_reach
    from glossary_lint.sources import doctree

    text = "A first paragraph.\n\nA second one\nover two lines.\n"
    assert measure_reach("doc.rst", text).share == 1.0
    # A front-end that loses a block is caught: the measure counts docutils'
    # paragraphs itself, not what the walker says it saw.
    original = doctree._Walker.block
    monkeypatch.setattr(
        doctree._Walker,
        "block",
        lambda self, node, kind, explicit=False: (
            None if "second" in node.astext() else original(self, node, kind)
        ),
    )
    reach = measure_reach("doc.rst", text)
    assert reach.share < 1.0
    assert reach.missed == [(3, "A second one\nover two lines.")]


def test_debug_reach_command(cli, tmp_path):
    page = tmp_path / "page.rst"
    page.write_text(GRID, encoding="utf-8")
    proc = cli("debug", "reach", str(page))
    assert proc.returncode == 0, proc.stderr
    assert "100.00% reached" in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("Total: 100.00% reached")


def _handbooks():
    table = SHARED / "tools" / "corpora.tsv"
    if not table.is_file():
        return []
    rows = [r for r in csv.reader(table.read_text(encoding="utf-8").splitlines(), delimiter="\t") if r]
    return [(name, folders.split()) for name, _, folders in rows if not name.startswith("#")]


@pytest.mark.parametrize("name,folders", _handbooks() or [pytest.param("-", [], marks=pytest.mark.skip)])
def test_every_paragraph_of_the_real_handbooks_is_reached(name, folders):
    """Every reST, MyST and Markdown file of the prose folders of each real
    handbook: 100% of the text of the parser's paragraphs reaches the linter."""
    from glossary_lint.workflows.reach import measure_reach

    root = SHARED / "corpus" / name
    if not root.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    files = []
    for folder in folders:
        path = root / folder
        if path.is_file():
            files.append(path)
        for base, _, names in os.walk(path):
            files += [os.path.join(base, n) for n in names if n.endswith((".rst", ".md", ".mdx"))]
    assert files
    missed = []
    for file in sorted(map(str, files)):
        with open(file, encoding="utf-8-sig") as handle:
            reach = measure_reach(file, handle.read())
        missed += [f"{file}:{line}: {text[:60]!r}" for line, text in reach.missed]
    assert missed == []


def test_the_text_of_a_substitution_sphinx_replaced_is_not_reported(glossary, tmp_path):
    from docutils import nodes

    from glossary_lint.sources.doctree import walk_doctree

    source = "Since version |release| of the tool.\n"
    doctree = nodes.document(None, None)
    paragraph = nodes.paragraph(
        "", "", nodes.Text("Since version "), nodes.Text("9.1"), nodes.Text(" of the tool.")
    )
    paragraph.line = 1
    doctree += paragraph
    document = walk_doctree("doc.rst", source, doctree, term_target=lambda node: None)
    assert document.unplaced == ()
    assert [s.text for s in document.segments] == ["Since version \ufffc of the tool."]


def test_tabs_are_expanded_as_docutils_does_and_positions_stay_exact(lint):
    text = "A line\twith a tab, then Encodec.\n\n====\t=========\nName\tWhat\n====\t=========\none\tan encodec\n====\t=========\n"
    assert _places(lint(text, "doc.rst"), text) == [("Encodec", 1, 25), ("encodec", 6, 8)]
    assert [f for f in lint(text, "doc.rst") if f.code == "GL090"] == []
