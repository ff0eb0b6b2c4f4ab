"""A rule reads what it needs of a document only when a mention asks for it."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules import term_spelling

GLOSSARY = """version: 1
terms:
  - id: drawer
    term: drawer
    definition: Where the spoons are kept.
"""


def test_code_names_are_read_only_for_a_capitalised_lower_case_term(monkeypatch):
    read: list[str] = []
    real = term_spelling.code_names
    monkeypatch.setattr(term_spelling, "code_names", lambda source: read.append(source) or real(source))
    linter = Linter(parse_glossary(GLOSSARY), Config(root=Path("."), glossary=Path("glossary.yaml")))
    calm = "The drawer sticks, and `Drawer()` opens it.\n"
    assert [f.found for f in linter.lint_text("calm.md", calm) if f.code == "GL001"] == []
    assert read == []
    named = "Open the Drawer here; `Drawer()` opens it.\n"
    assert [f.found for f in linter.lint_text("named.md", named) if f.code == "GL001"] == []
    assert read == [named]
    slip = "Open the Drawer here.\n"
    assert [f.found for f in linter.lint_text("slip.md", slip) if f.code == "GL001"] == ["Drawer"]


def test_the_sphinx_conf_is_read_only_for_a_reference_the_glossary_lacks(monkeypatch, tmp_path):
    from glossary_lint import engine

    asked: list[str] = []
    real = engine.intersphinx_near
    monkeypatch.setattr(engine, "intersphinx_near", lambda path: asked.append(path) or real(path))
    (tmp_path / "conf.py").write_text("extensions = ['sphinx.ext.intersphinx']\n")
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path, glossary=tmp_path / "glossary.yaml"))
    plain = str(tmp_path / "plain.rst")
    assert linter.lint_text(plain, "The drawer sticks in damp weather.\n") == []
    known = str(tmp_path / "known.rst")
    assert linter.lint_text(known, "Pull the :term:`drawer` gently.\n") == []
    assert asked == []
    other = str(tmp_path / "other.rst")
    # Another project's term: intersphinx may resolve it, so no finding, but the conf.py was asked.
    assert [f.code for f in linter.lint_text(other, "See the :term:`cupboard hinge`.\n")] == []
    assert asked == [other]
