"""The reST handbooks against their floor: docutils parsing the same files.

The floor is docutils alone, in a fresh process: settings built once, each
file parsed into a doctree with reports silenced, nothing else (no Sphinx,
no transforms, no walking).  Measured twice: bare docutils, which treats
Sphinx's directives and roles as unknown and builds an error report with a
copy of the block for each one, and docutils with the stand-ins
glossary-lint registers for them (the parse step of its own reST reader).
With the stand-ins docutils parses more: the bodies of Sphinx's directives
(notes, version notes, object descriptions), which bare docutils turns into
one error each without parsing them; so on Sphinx handbooks the second floor
is the higher one, and the one glossary-lint cannot go below.  Both are
reported.  (Before 2026-11-26 the second row ran bare docutils too: the
argument that selects the stand-ins was ignored.)  Code is not highlighted (``syntax_highlight`` none):
with highlighting on, docutils' code directive asks Pygments for a lexer,
whose plugin search imports whatever registers lexers (IPython, here), and
that is no part of parsing.  glossary-lint's rows use each handbook's own
glossary, imported from its glossary page with ``glossary-lint import``.
The handbooks and their prose folders are the ones
../shared/tools/corpora.tsv lists with a reST glossary page.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from environment import ENV

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

FLOOR = """
import copy, io, sys
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document
base = get_default_settings(Parser)
base.report_level = base.halt_level = 5
base.file_insertion_enabled = base.raw_enabled = False
base.syntax_highlight = "none"
parser = Parser()
names = [name for name in open(sys.argv[1], encoding="utf-8").read().split("\\n") if name]
if sys.argv[2] == "stand-ins":
    # glossary-lint's parse step: the same docutils, its stand-ins registered.
    from glossary_lint.sources.rest import parse_doctree
    for name in names:
        parse_doctree(name, open(name, encoding="utf-8").read())
else:
    for name in names:
        settings = copy.copy(base)
        settings.warning_stream = io.StringIO()
        parser.parse(open(name, encoding="utf-8").read(), new_document(name, settings))
"""


def rest_handbooks() -> list[tuple[str, Path, list[Path]]]:
    """(name, glossary page, the .rst files of its prose folders) per reST handbook."""
    table = SHARED / "tools" / "corpora.tsv"
    if not table.is_file():
        return []
    found = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, page, prose = line.split("\t")
        base = SHARED / "corpus" / name
        if not page.endswith(".rst") or not (base / page).is_file():
            continue
        files = sorted(
            {f for folder in prose.split() for f in ([base / folder] if (base / folder).is_file()
                                                     else (base / folder).rglob("*.rst"))}
        )
        found.append((name, base / page, files))
    return found


def rest_rows(repeat: int, tmp: Path, best_of: Callable[..., float]) -> list[dict]:
    rows = []
    for name, page, files in rest_handbooks():
        glossary = tmp / f"{name}-glossary.yaml"
        subprocess.run([sys.executable, "-m", "glossary_lint", "import", str(page), "-o", str(glossary)],
                       cwd=ROOT, env=ENV, check=True, capture_output=True)
        listing = tmp / f"{name}-files.txt"
        listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        env = {**ENV, "GLOSSARY_LINT_CACHE_DIR": str(tmp / "glossary-cache")}
        cli = [sys.executable, "-m", "glossary_lint", "check", "--glossary", str(glossary), "--format", "json",
               *map(str, files)]
        best_of(1, cli, env=env)  # fills the glossary cache, as every run after a user's first
        rows.append({
            "corpus": name,
            "files": len(files),
            "bare": best_of(repeat, [sys.executable, "-c", FLOOR, str(listing), "bare"]),
            "floor": best_of(repeat, [sys.executable, "-c", FLOOR, str(listing), "stand-ins"]),
            "lint": best_of(repeat, cli, env=env),
            "lint_j1": best_of(repeat, [*cli, "--jobs", "1"], env=env),
        })
    return rows
