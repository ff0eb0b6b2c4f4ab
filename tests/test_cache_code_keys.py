"""The cache files whose answers glossary-lint's code decides are named by
all of that code: the compiled glossary (the loader builds the model), the
glossary's tables (a table's function calls other modules' code) and the
English tables (the code builds them from wordfreq's list).  Two copies of
the package that differ in one module must not share a file; two copies
with the same bytes in other folders (a CI checkout) must."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import glossary_lint

PACKAGE = Path(glossary_lint.__file__).resolve().parent

#: Prints the names of the three kinds of file for fixed inputs, and where
#: the package it ran was imported from.
SCRIPT = """
import json
from pathlib import Path
import glossary_lint
from glossary_lint.glossary.cache import cache_entry
from glossary_lint.glossary.tables import table_file
from glossary_lint.matching.english_table import table_entry
entry = cache_entry(b"version: 1\\nterms: []\\n")
table = table_file(Path("glossary-fixed.json"), "glossary_lint.glossary.model._known_forms")
english = table_entry("english", "(3.0,)")
print(json.dumps([glossary_lint.__file__, entry.name, table.name, english and english.name]))
"""


def _names(root: Path, cache: Path) -> list[str | None]:
    """The file names the package under ``root`` gives, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "PYTHONPATH": str(root), "GLOSSARY_LINT_CACHE_DIR": str(cache)},
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found, *names = json.loads(out)
    assert Path(found).resolve().is_relative_to(root.resolve())
    return names


def _copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    shutil.copytree(PACKAGE, root / "glossary_lint", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _edit(root: Path, module: str) -> None:
    """Add a comment line to ``module`` (a path in the package)."""
    path = root / "glossary_lint" / module
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


def test_other_code_names_other_cache_files_and_a_copy_the_same(tmp_path):
    cache = tmp_path / "cache"
    first = _names(_copy(tmp_path, "one"), cache)
    assert None not in first
    assert _names(_copy(tmp_path, "two"), cache) == first
    # A module neither the model nor the table is computed in, but whose
    # pattern decides the table's words (WORD_RE), the loader, a rule: an
    # edit of one of them alone names another model and other tables.
    for module in ("matching/words.py", "glossary/loader.py", "rules/class_nouns.py"):
        edited = _copy(tmp_path, module.replace("/", "-"))
        _edit(edited, module)
        other = _names(edited, cache)
        assert other[0] != first[0] and other[1] != first[1], module
    # The English table is built by its own module alone (see below).
    edited = _copy(tmp_path, "english")
    _edit(edited, "matching/english_table.py")
    assert _names(edited, cache)[2] != first[2]


#: The modules of the package the English tables' module may import: the
#: cache's plumbing, which decides no word of the tables.
PLUMBING = {
    "glossary_lint",
    "glossary_lint.glossary.cache_files",
    "glossary_lint.glossary.remembered_digests",
    "glossary_lint.lazy_re",
}


def test_the_english_tables_are_built_by_their_own_module_alone():
    """Their key hashes this one module's source, not the whole package's
    (a 6 MB rebuild after every edit of a rule): a builder calling another
    module of the package would be served tables that module's old code built."""
    import ast

    path = PACKAGE / "matching" / "english_table.py"
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = (
                "glossary_lint.matching".rsplit(".", node.level - 1)[0]
                if node.level > 1
                else "glossary_lint.matching"
            )
            imported.add(f"{base}.{node.module}" if node.module else base)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("glossary_lint"):
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names if a.name.startswith("glossary_lint"))
    assert imported and imported <= PLUMBING, imported - PLUMBING
