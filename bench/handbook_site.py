"""The real handbook as a Sphinx project: its chapters copied with a conf.py.

The handbook is written for Docusaurus; Sphinx reads it with MyST (dollar
math and colon fences on, as Docusaurus has them).  Used by the Sphinx
benchmark and by the test that builds the real handbook.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "neural-audio-theory" / "docs"
GLOSSARY = ROOT / "data" / "glossary.yaml"

CONF = '''project = "Neural Audio Theory"
extensions = ["myst_parser"{extension}]
myst_enable_extensions = ["dollarmath", "colon_fence"]
myst_heading_anchors = 3
root_doc = "intro"
suppress_warnings = ["toc.not_included", "myst.header", "myst.xref_missing", "misc.highlighting_failure"]
glossary_lint_glossary = {glossary!r}
'''

GLOSSARY_PAGE = "# Glossary\n\n```{yaml-glossary}\n```\n"


def prepare(dest: Path, with_extension: bool) -> Path:
    """Copy the handbook to ``dest`` and write its conf.py; returns ``dest``."""
    shutil.copytree(CORPUS, dest)
    for path in [dest, *dest.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)  # the shared corpus is read-only
    extension = ', "glossary_lint_sphinx"' if with_extension else ""
    (dest / "conf.py").write_text(CONF.format(extension=extension, glossary=str(GLOSSARY)))
    if with_extension:
        # The handbook's own glossary page becomes the one rendered from the YAML.
        (dest / "glossary.md").write_text(GLOSSARY_PAGE)
    return dest
