"""``import`` on the glossary page of every real handbook (issue 10).

Read at run time from ../shared/corpus; skipped when it is absent.  The
reference for what a page defines is Sphinx itself (the terms a build of
the page registers) for the reST and MyST pages, and markdown-it's HTML for
the Markdown ones, not the importer's own readers.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import SHARED
from glossary_lint.workflows.export import export
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.workflows.importers import import_page, to_yaml
from sphinx_builds import build_page, html_ids

CORPUS = SHARED / "corpus"
PAGES = {
    "sphinx": "doc/glossary.rst",
    "sqlalchemy": "doc/build/glossary.rst",
    "sympy": "doc/src/explanation/glossary.md",
    "electron": "docs/glossary.md",
    "neural-audio-theory": "docs/glossary.md",
}
SPHINX_PAGES = ("sphinx", "sqlalchemy", "sympy")
MARKDOWN_PAGES = ("electron", "neural-audio-theory")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


def page(name: str):
    path = CORPUS / name / PAGES[name]
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return path


def imported(name: str, tmp_path):
    path = page(name)
    out = tmp_path / f"{name}.yaml"
    out.write_text(to_yaml(import_page(path.read_text(encoding="utf-8"), path.suffix)), encoding="utf-8")
    return out


def names(glossary) -> set[str]:
    """What ``:term:`` can reach: each entry's heading and its other term lines."""
    return {n.casefold() for t in glossary for n in (t.heading, *t.aliases)}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_import_writes_a_glossary_that_glossary_check_accepts(name, tmp_path, cli):
    out = imported(name, tmp_path)
    proc = cli("glossary", "check", str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 errors" in proc.stdout + proc.stderr


@pytest.mark.parametrize("name", SPHINX_PAGES)
def test_entries_and_names_match_the_sphinx_build_of_the_page(name, tmp_path, capsys):
    path = page(name)
    glossary = parse_glossary(imported(name, tmp_path).read_text(encoding="utf-8"))
    original = build_page(tmp_path / "original", path.name, path.read_text(encoding="utf-8"))
    items = len(re.findall(r'<dl class="simple glossary">|<dl class="glossary', original.html))
    entries = original.html.count("</dd>")
    with capsys.disabled():
        print(f"\n{name}: page {entries} entries / {len(original.terms)} term names; "
              f"imported {len(glossary)} entries / {len(names(glossary))} names")  # fmt: skip
    assert items >= 1
    assert len(glossary) == entries
    assert names(glossary) == original.terms


class _Headings(HTMLParser):
    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag, self.inside, self.found = tag, False, []

    def handle_starttag(self, tag, attrs):
        if tag == self.tag:
            self.inside = True
            self.found.append("")

    def handle_endtag(self, tag):
        if tag == self.tag:
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.found[-1] += data


@pytest.mark.parametrize("name", MARKDOWN_PAGES)
def test_entries_and_headings_match_the_markdown_page(name, tmp_path, capsys):
    from markdown_it import MarkdownIt

    path = page(name)
    glossary = parse_glossary(imported(name, tmp_path).read_text(encoding="utf-8"))
    headings = _Headings("h3")
    headings.feed(MarkdownIt("commonmark").render(path.read_text(encoding="utf-8")))
    with capsys.disabled():
        print(f"\n{name}: page {len(headings.found)} entries; imported {len(glossary)} entries")
    assert [t.heading for t in glossary] == [h.strip() for h in headings.found]


@pytest.mark.parametrize("name", SPHINX_PAGES)
def test_import_export_build_gives_the_same_term_targets(name, tmp_path):
    path = page(name)
    glossary = parse_glossary(imported(name, tmp_path).read_text(encoding="utf-8"))
    original = build_page(tmp_path / "original", path.name, path.read_text(encoding="utf-8"))
    again = build_page(tmp_path / "exported", "glossary.rst", export(glossary, "rst"))
    assert again.terms == original.terms
    assert again.warnings.count("ERROR") <= original.warnings.count("ERROR")  # unknown roles


@pytest.mark.parametrize("name", SPHINX_PAGES)
def test_the_extension_renders_the_imported_page_with_sphinx_anchors(name, tmp_path):
    path = page(name)
    yaml_path = imported(name, tmp_path)
    original = build_page(tmp_path / "original", path.name, path.read_text(encoding="utf-8"))
    rendered = build_page(
        tmp_path / "yaml",
        "glossary.rst",
        "Glossary\n========\n\n.. yaml-glossary::\n",
        f'extensions.append("glossary_lint_sphinx")\nglossary_lint_glossary = "{yaml_path}"\n'
        "glossary_lint_check = False\n",
    )
    assert original.terms <= rendered.terms
    sphinx_made = {a for a in original.anchors if not re.fullmatch(r"term-\d+", a)}
    assert sphinx_made <= html_ids(rendered.html)


@pytest.mark.parametrize("name", MARKDOWN_PAGES)
def test_import_export_import_keeps_entries_headings_and_definitions(name, tmp_path):
    first = parse_glossary(imported(name, tmp_path).read_text(encoding="utf-8"))
    again = parse_glossary(to_yaml(import_page(export(first, "markdown"), ".md")))
    shown = lambda g: [(t.id, t.heading, t.definition, t.see) for t in g]  # noqa: E731
    assert shown(again) == shown(first)


@pytest.mark.parametrize("name", ("sphinx", "sqlalchemy"))
def test_import_export_import_of_a_sphinx_page_keeps_every_entry(name, tmp_path):
    first = parse_glossary(imported(name, tmp_path).read_text(encoding="utf-8"))
    again = parse_glossary(to_yaml(import_page(export(first, "rst"), ".rst")))
    shown = lambda g: [(t.id, t.heading, t.aliases, t.classifier, t.definition) for t in g]  # noqa: E731
    assert shown(again) == shown(first)
