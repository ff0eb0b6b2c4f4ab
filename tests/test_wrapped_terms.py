"""A term whose words a paragraph wraps over two lines is the same term as
on one line: GL001 judges both the same way, in Markdown and reST."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary

#: A lower-case two-word term whose first word the handbook writes as a name.
GLOSSARY = """terms:
  - id: lisp-atom
    term: Lisp atom
    definition: The smallest value a list can hold.
"""

#: A page that writes the name capitalised as its style, once wrapped.
ONE_LINE = (
    "An interpreter keeps each Lisp atom in a cell, and a Lisp atom has no parts.\nCopy a Lisp atom freely."
)
WRAPPED_MD = ONE_LINE + "\nWhen a list holds a Lisp\natom, the cell points at it.\n"
WRAPPED_RST = (
    "Atoms\n=====\n\n" + ONE_LINE + "\n\n* When a list holds a Lisp\n  atom, the cell points at it.\n"
)


def lint(tmp_path: Path, name: str, text: str) -> list[str]:
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    return [f"{f.line}:{f.found}" for f in linter.lint_text(name, text) if f.code == "GL001"]


@pytest.mark.parametrize(("name", "text"), [("a.md", WRAPPED_MD), ("a.rst", WRAPPED_RST)])
def test_a_wrapped_term_counts_with_the_pages_capitals_like_one_on_one_line(tmp_path, name, text):
    assert lint(tmp_path, name, text) == []


def test_a_wrapped_capital_is_still_a_slip_where_one_on_one_line_is(tmp_path):
    # No page style here: the capital is a slip whether the term is wrapped or not.
    text = "Each value is a lisp atom or a list.\nWhen a list holds a Lisp\natom, the cell points at it.\n"
    assert lint(tmp_path, "a.md", text) == ["2:Lisp atom"]
    assert lint(tmp_path, "b.md", text.replace("Lisp\natom", "Lisp atom")) == ["2:Lisp atom"]
