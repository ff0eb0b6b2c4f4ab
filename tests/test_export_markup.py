"""Definitions crossing from one markup to the other (issue 10 and issue 16
item 7): converted so they show the same, and never made live markup."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from glossary_lint.workflows.conversion import convert
from glossary_lint.workflows.export import export
from glossary_lint.glossary.model import Markup
from glossary_lint.glossary.loader import parse_glossary
from sphinx_builds import build_page

HOSTILE = """\
version: 1
terms:
  - id: trap
    term: Trap
    definition: |-
      Looks harmless.
      .. include:: /etc/hostname

      .. raw:: html

         <script>alert("rst")</script>

      ```{raw} html
      <script>alert("myst")</script>
      ```

      <div onclick="x()">inline html</div>

      - .. include:: /etc/hostname
      - :field: not a field
      1. enumerated, >>> not a doctest
  - id: plain
    term: Plain
    definition: 'A *plain* word with `code`, $x^2$ and [a link](https://example.org/p).'
"""


@pytest.fixture
def hostile():
    return parse_glossary(HOSTILE)


def test_a_markdown_definition_never_becomes_a_directive_in_the_rst_page(hostile, tmp_path):
    page = export(hostile, "rst")
    built = build_page(tmp_path, "glossary.rst", page)
    assert "<script>alert" not in built.html and "<div onclick" not in built.html
    assert "/etc/hostname" in built.html  # shown as text, not included
    shown = html.unescape(re.sub(r"<[^>]+>", "", built.html))
    assert '<script>alert("rst")</script>' in shown  # as code a reader sees
    assert "include" not in built.warnings and "raw" not in built.warnings
    assert built.terms == {"trap", "plain"}


def test_markup_that_markdown_makes_is_carried_to_rest(hostile):
    text = convert(hostile.by_id["plain"].definition, Markup.MARKDOWN, Markup.REST)
    assert text == "A *plain* word with ``code``, :math:`x^2` and `a link <https://example.org/p>`__."


def test_a_rest_definition_never_becomes_html_in_the_markdown_page():
    source = (
        "version: 1\nmarkup: rst\nterms:\n  - id: lure\n    term: Lure\n    definition: |-\n"
        "      Text with <script>alert(1)</script> and $dollars$ and *stars*.\n\n"
        "      .. raw:: html\n\n         <iframe src=x></iframe>\n\n"
        "      See :ref:`the setup <setup-label>` and :class:`~pkg.mod.Thing`.\n"
    )
    page = export(parse_glossary(source), "markdown")
    rendered = MarkdownIt("commonmark").render(page)
    assert "<script>" not in rendered and "<iframe" not in rendered
    assert "the setup" in page and "`Thing`" in page and "setup-label" not in page
    assert "\\$dollars\\$" in page and "*stars*" in page


def test_names_with_markup_characters_keep_their_sphinx_targets(tmp_path):
    source = (
        "version: 1\nterms:\n"
        "  - {id: dunder-init, term: __init__, case: exact, definition: Runs first.}\n"
        "  - {id: star-args, term: '*args', case: exact, definition: The rest.}\n"
        "  - {id: ratio, term: 'a : b', definition: A ratio.}\n"
        "  - {id: ellipsis, term: '..', case: exact, definition: Two dots.}\n"
    )
    built = build_page(tmp_path, "glossary.rst", export(parse_glossary(source), "rst"))
    assert built.terms == {"__init__", "*args", "a : b", ".."}


def test_the_extension_renders_each_definition_with_its_markup(tmp_path):
    source = (
        "version: 1\nterms:\n"
        "  - id: root-document\n    term: root document\n    aliases: [master document]\n"
        "    markup: rst\n    definition: |-\n      The top page:\n\n      - one\n      - two\n"
        "  - id: pager\n    term: Pager\n    definition: |-\n      Pages *text*.\n\n      .. raw:: html\n\n"
        "         <script>no()</script>\n"
    )
    glossary = tmp_path / "glossary.yaml"
    glossary.write_text(source)
    built = build_page(
        tmp_path / "site",
        "glossary.rst",
        "Glossary\n========\n\n.. yaml-glossary::\n",
        f'extensions.append("glossary_lint_sphinx")\nglossary_lint_glossary = "{glossary}"\n'
        "glossary_lint_check = False\n",
    )
    assert "<li><p>two</p></li>" in built.html
    assert "<em>text</em>" in built.html and "<script>no()" not in built.html
    assert 'id="term-root-document"' in built.html and 'id="term-master-document"' in built.html


def test_script_links_are_not_carried_either_way():
    rest = "Click `here <javascript:alert(1)>`_ or `there <https://example.org>`_."
    markdown = convert(rest, Markup.REST, Markup.MARKDOWN)
    assert "javascript" not in markdown and "[there](https://example.org)" in markdown
    back = convert("Click [here](javascript:alert(1)).", Markup.MARKDOWN, Markup.REST)
    assert "<javascript" not in back and "`__" not in back
