"""Before the read: what the build's source files show as one run, as ``check`` surveys them.

``glossary-lint check`` reads every file of its run before it checks any
(:func:`glossary_lint.runner.survey_run`): the house style, whether the
handbook spells out its acronyms, the acronyms it spells out as names and
the terms its glossary directives define, so that one page's evidence
changes another page's findings.  The build does the same, with the same
function, over the source files of every document it has found (not only
those it reads this time), at ``env-before-read-docs``: after the documents
are found and before any is read, so parallel readers, forked after it,
inherit the surveyed linter.

An incremental build reads only what changed, yet a changed page can
change the evidence every other page is judged by.  So what the survey
learnt is kept in the environment, and when it differs from the last
build's, every document is read again (their warnings with it).  A build
that reads nothing and has the same documents skips the survey: no check
runs, and its files cannot have changed the evidence.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from glossary_lint.engine import MARKDOWN_SUFFIXES, REST_SUFFIXES
from glossary_lint.run_evidence import RunEvidence
from glossary_lint.runner import survey_run

from .settings import state

#: The environment's attributes: the last survey's evidence, and the documents it read.
EVIDENCE = "glossary_lint_evidence"
SURVEYED = "glossary_lint_surveyed"


def survey_sources(app: Any, env: Any, docnames: list[str]) -> None:
    """Survey the build's sources; add every document to ``docnames`` (read
    in place by Sphinx) when the evidence changed since the last build."""
    current = state(app.config)
    if not current.check:
        return  # links never read the evidence: only the checks do
    found = frozenset(env.found_docs)
    if not docnames and env.__dict__.get(SURVEYED) == found:
        return
    survey_run(source_files(env, found), current.linter)
    evidence = RunEvidence.of(current.linter)
    before = env.__dict__.get(EVIDENCE)
    setattr(env, EVIDENCE, evidence)
    setattr(env, SURVEYED, found)
    if before is not None and before != evidence:
        docnames[:] = sorted(found)


def source_files(env: Any, docnames: frozenset[str]) -> list[Path]:
    """The source file of each document that glossary-lint reads (reST or
    Markdown; a notebook's JSON is not prose), in a stable order."""
    files = []
    for docname in sorted(docnames):
        path = Path(env.doc2path(docname))
        if os.path.splitext(path.name)[1].lower() in REST_SUFFIXES | MARKDOWN_SUFFIXES:
            files.append(path)
    return files


def setup(app: Any) -> None:
    app.connect("env-before-read-docs", survey_sources)
