"""Build one page alone with Sphinx and report the glossary terms it defines."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Built:
    #: Every name ``:term:`` can link to (case-folded, as Sphinx matches them).
    terms: set[str]
    #: The html ids of those terms.
    anchors: set[str]
    html: str
    warnings: str


def build_page(folder: Path, name: str, text: str, conf: str = "") -> Built:
    from sphinx.application import Sphinx

    src = folder / "src"
    src.mkdir(parents=True)
    stem = Path(name).stem
    (src / "conf.py").write_text(
        f'extensions = ["myst_parser"]\nmyst_enable_extensions = ["dollarmath"]\nroot_doc = "{stem}"\n'
        'suppress_warnings = ["toc.not_included"]\n' + conf
    )
    (src / name).write_text(text, encoding="utf-8")
    warnings = io.StringIO()
    app = Sphinx(str(src), str(src), str(folder / "out"), str(folder / "doctrees"), "html",
                 status=None, warning=warnings, freshenv=True)  # fmt: skip
    app.build()
    std = app.env.get_domain("std")
    found = {(name, anchor) for (kind, name), (_, anchor) in std.objects.items() if kind == "term"}  # type: ignore[attr-defined]
    html = (folder / "out" / f"{stem}.html").read_text(encoding="utf-8")
    return Built({n.casefold() for n, _ in found}, {a for _, a in found}, html, warnings.getvalue())


def html_ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))
