"""The Sphinx extension and the CLI read the same prose of a real handbook.

Twenty pages of Sphinx's own documentation (read from ../shared/corpus at run
time, never copied into the project) are copied into a temporary project
with a minimal conf.py and the glossary imported from the handbook's
glossary page; a Sphinx build with the extension must then report, page
by page, the same findings at the same lines as the CLI run over the same
files.  Both sides read object descriptions, version notes, tables and
admonitions, so a difference means one of the two front-ends skipped or
misplaced text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED

DOC = SHARED / "corpus" / "sphinx" / "doc"
PAGES = 20

#: What the handbook's own conf.py declares and its pages use: object types
#: (``.. event::``) and link roles.  Declared so that both sides see the same
#: directives; roles only make links, which neither side reads as prose.
CONF = """
project = "parity"
extensions = ["glossary_lint_sphinx", "sphinx.ext.extlinks"]
glossary_lint_glossary = "glossary.yaml"
glossary_lint_link = "off"
extlinks = {name: ("https://example.org/%s", "%s") for name in ("dudir", "duref", "pypi", "issue", "pull")}
suppress_warnings = ["ref", "toc", "docutils", "misc.highlighting_failure", "index"]


def setup(app):
    app.add_object_type("event", "event", "pair: %s; event")
"""

_WARNING = re.compile(r"^(.+?):(\d+): WARNING: (GL\d{3}) (.*) \[glossary\.GL\d{3}\]$")


def _pages() -> list[Path]:
    return sorted(p for folder in ("usage", "tutorial") for p in (DOC / folder).rglob("*.rst"))[:PAGES]


@pytest.mark.skipif(not DOC.is_dir(), reason="../shared/corpus is not beside the project")
def test_a_sphinx_build_reports_what_the_cli_reports_page_by_page(tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import load_glossary
    from glossary_lint.runner import run
    from glossary_lint.workflows.importers import import_rest, to_yaml

    src = tmp_path / "src"
    src.mkdir()
    pages = _pages()
    assert len(pages) == PAGES
    names = []
    for page in pages:
        target = src / page.relative_to(DOC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
        names.append(page.relative_to(DOC).with_suffix("").as_posix())
    # A page of our own with findings, so the comparison is never empty even
    # where the sampled pages give none: a reference to no entry (GL003), as
    # GL002 is silent in a handbook whose glossary and pages expand no acronym.
    (src / "own.rst").write_text(
        "Own page\n========\n\nWe measure the QZR before the :term:`quiet zone step`.\n", encoding="utf-8"
    )
    names.append("own")
    (src / "index.rst").write_text(
        "Parity\n======\n\n.. toctree::\n   :hidden:\n\n" + "".join(f"   {n}\n" for n in names),
        encoding="utf-8",
    )
    (src / "glossary.yaml").write_text(
        to_yaml(import_rest((DOC / "glossary.rst").read_text(encoding="utf-8"))), encoding="utf-8"
    )
    (src / "conf.py").write_text(CONF, encoding="utf-8")

    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "--no-color", "-b", "dummy", str(src), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    built: Counter[tuple[str, int, str, str]] = Counter()
    for line in proc.stderr.splitlines():
        match = _WARNING.match(line)
        if match:
            path, number, code, message = match.groups()
            built[
                (Path(path).resolve().relative_to(src.resolve()).as_posix(), int(number), code, message)
            ] += 1

    linter = Linter(load_glossary(src / "glossary.yaml"), Config(root=src, glossary=src / "glossary.yaml"))
    checked: Counter[tuple[str, int, str, str]] = Counter()
    # One run over the build's sources, surveyed as a whole as the build surveys them.
    for f in run([src], linter).findings:
        checked[
            (Path(f.path).resolve().relative_to(src.resolve()).as_posix(), f.line, f.code, f.message)
        ] += 1

    assert sum(checked.values()) > 0  # the pages do hold findings: the comparison is not empty
    differ = {}
    for name in names:
        page = f"{name}.rst"
        only_built = sorted(k for k in (built - checked).elements() if k[0] == page)
        only_checked = sorted(k for k in (checked - built).elements() if k[0] == page)
        if only_built or only_checked:
            differ[page] = (only_built, only_checked)
    report = "\n".join(
        f"{page}: {'sphinx only' if side == 0 else 'cli only'}: line {line} {code} {message}"
        for page, sides in differ.items()
        for side in (0, 1)
        for _, line, code, message in sides[side]
    )
    assert differ == {}, report


def test_myst_table_cells_are_placed_on_their_rows(tmp_path):
    """MyST gives every cell of a table the table's line; a cell whose first
    word is also in the header row must still be found on its own row."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "glossary_lint_sphinx"]\nglossary_lint_glossary = "glossary.yaml"\n'
        'glossary_lint_link = "off"\n',
        encoding="utf-8",
    )
    from conftest import GLOSSARY

    shutil.copy(GLOSSARY, src / "glossary.yaml")
    (src / "index.md").write_text(
        "# Codecs\n\n| Name | Codec used | Notes |\n|---|---|---|\n| First | A small one | none |\n"
        "| Codec of the day | Encodec here | kept |\n",
        encoding="utf-8",
    )
    stderr = _sphinx_build(src, tmp_path / "out", "dummy")
    found = [m.groups()[1:3] for m in map(_WARNING.match, stderr.splitlines()) if m]
    assert found == [("6", "GL001")], stderr


def test_myst_bracket_math_is_neither_checked_nor_linked(tmp_path):
    """MathJax's ``\\[...\\]`` and ``\\(...\\)`` formulas, which MyST reads as
    escaped punctuation around text: no finding and no link inside them,
    while the prose around them is checked and linked as the CLI does."""
    src = tmp_path / "src"
    shutil.copytree(Path(__file__).parent / "roots" / "test-handbook", src)
    (src / "chapter_md.md").write_text(
        "# Scores\n\nThe score is\n\n\\[\ns = transformer \\cdot Encodec\n\\]\n\n"
        "where a transformer reads tokens, and \\( c = Encodec + 1 \\) counts them.\n\n"
        "We write Encodec by mistake.\n",
        encoding="utf-8",
    )
    stderr = _sphinx_build(src, tmp_path / "out", "html")
    warned = [m for m in map(_WARNING.match, stderr.splitlines()) if m and "chapter_md" in m[1]]
    assert [m.groups()[1:3] for m in warned] == [("11", "GL001")], stderr
    page = (tmp_path / "out" / "chapter_md.html").read_text(encoding="utf-8")
    assert "s = transformer \\cdot Encodec" in page  # the formula's text, no link in it
    assert re.search(r"where a <a [^>]*>transformer</a> reads", page)


def _sphinx_build(src: Path, out: Path, builder: str) -> str:
    """Build ``src`` with ``builder`` in a process of its own; its warnings."""
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "--no-color", "-b", builder, str(src), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.stderr
