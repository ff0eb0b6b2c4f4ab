"""GL001 and the capitals a handbook's code writes: ``from kitchen import
Ladle`` in a code block is no capital a writer chose, so it does not make
the capitalised word the house's style in prose."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.runner import run

GLOSSARY = "terms:\n  - id: ladle\n    term: ladle\n    definition: A deep spoon for soup.\n"

CODE = "```python\nfrom kitchen import Ladle\nfrom kitchen import Ladle as Spare\n```\n"


def gl001(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str | None]]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    found = run([tmp_path / name for name in files], linter, jobs=1).findings
    return [(Path(f.path).name, f.found) for f in found if f.code == "GL001"]


def test_capitals_in_code_blocks_do_not_make_a_house_style(tmp_path):
    files = {
        f"{n}.md": f"# {n.title()}\n\nStir with a ladle, gently.\n\n{CODE}" for n in ("soup", "stew", "broth")
    }
    files["sauce.md"] = "# Sauce\n\nPour the sauce with the Ladle, then rinse it.\n"
    assert gl001(tmp_path, files) == [("sauce.md", "Ladle")]


def test_capitals_the_prose_keeps_still_make_one(tmp_path):
    files = {
        f"{n}.md": f"# {n.title()}\n\nStir with the Ladle, and lift the Ladle out.\n"
        for n in ("soup", "stew", "broth")
    }
    files["sauce.md"] = "# Sauce\n\nPour the sauce with the Ladle, then rinse it.\n"
    assert gl001(tmp_path, files) == []
