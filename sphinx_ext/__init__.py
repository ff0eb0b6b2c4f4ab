"""glossary_lint_sphinx: the glossary page, auto-linked terms and glossary-lint's
checks, in a Sphinx build.

conf.py::

    extensions = ["myst_parser", "glossary_lint_sphinx"]
    glossary_lint_glossary = "../data/glossary.yaml"   # relative to conf.py

It is a front-end and a reporter over glossary-lint's engine: documents are
walked by the same doctree walker the reST front-end uses, matched by the
same matcher and checked by the same rules, so a finding of the CLI is a
build warning at the same line.
"""

from __future__ import annotations

from typing import Any

from glossary_lint import __version__

from . import (
    anchor_links,
    build_checks,
    code_names,
    glossary_page,
    joined_names,
    references,
    run_survey,
    settings,
    unknown_references,
)


def setup(app: Any) -> dict[str, Any]:
    settings.setup(app)
    run_survey.setup(app)
    glossary_page.setup(app)
    build_checks.setup(app)
    references.setup(app)
    code_names.setup(app)
    joined_names.setup(app)
    unknown_references.setup(app)
    anchor_links.setup(app)
    return {
        "version": __version__,
        "env_version": 2,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
