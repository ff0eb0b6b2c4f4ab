"""The wheel must carry every package of the source tree.

An editable install finds modules however ``packages`` is written, so a
subpackage missing from pyproject.toml passes every other test and breaks
only a user's ``pip install .``: this compares the two directly.
"""

from __future__ import annotations

import sys

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def test_every_source_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(src).parts)
        for init in src.rglob("__init__.py")
        if "egg-info" not in str(init)
    }
    missing = sorted(found - listed)
    assert not missing, f"packages missing from pyproject.toml: {missing}"
    assert "glossary_lint_sphinx" in listed
