"""One warning per unknown term reference, not two, and none for a term
the build finds elsewhere.

A ``:term:`X``` or ``{term}`X``` role that names no glossary entry, and a
MyST link to an anchor of the glossary page that no entry has, are GL003
findings.  Left alone, Sphinx (``ref.term``) or MyST (``myst.xref_missing``)
would report the same reference again when it fails to resolve, at the
line of its paragraph.

A link to a missing anchor can only fail: it is reported by
:mod:`build_checks` during the read, marked, and before either resolver
runs replaced by its text, which is what an unresolved reference renders
as anyway.  A term role may still resolve: intersphinx finds it in another
project's glossary (Python's ``hashable``), or a glossary directive of
another page defines it.  So its finding waits on the reference
(:data:`DEFERRED`) and is reported, at its own line, only when Sphinx is
about to warn that nothing resolved it (``warn-missing-reference``), in
place of Sphinx's warning.  A reference whose GL003 finding an inline
comment suppressed is not marked: Sphinx still warns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from glossary_lint.reporters.escaping import printable
from glossary_lint.rules.findings import Finding
from glossary_lint.sources.links import glossary_anchor

logger = logging.getLogger(__name__)

#: Set on a pending_xref whose unknown target GL003 has reported.
REPORTED = "glossary_lint_reported"
#: Set on a term reference whose GL003 finding waits for the build to fail
#: to resolve it: the warning's text and line.
DEFERRED = "glossary_lint_deferred"


def mark_reported(doctree: nodes.document, findings: Iterable[Finding], glossary_page: str) -> list[Finding]:
    """Mark the references that the GL003 ``findings`` are about; the findings
    about term roles wait on their references (returned: not to be reported now)."""
    found = [f for f in findings if f.code == "GL003"]
    if not found:
        return []
    by_target: dict[str | None, list[Finding]] = {}
    for finding in found:
        by_target.setdefault(finding.found, []).append(finding)
    deferred: list[Finding] = []
    for node in doctree.findall(addnodes.pending_xref):
        waiting = by_target.get(_target(node, glossary_page))
        if not waiting:
            continue
        if node.get("reftype") == "term":
            # Findings and references of one name pair up in document order.
            finding = waiting.pop(0)
            node[DEFERRED] = (warning_text(finding), finding.line)
            deferred.append(finding)
        else:
            node[REPORTED] = True
    return deferred


def warning_text(finding: Finding) -> str:
    """A finding as a build warning's text: its message quotes document text,
    whose control characters (a NUL of a reST escape, an ESC sequence) are
    shown as escapes, as in every reporter, not sent to the terminal."""
    return f"{finding.code} {printable(finding.message)}"


def warn_unresolved(app: Any, domain: Any, node: addnodes.pending_xref) -> bool | None:
    """Nothing resolved a term reference GL003 found: its finding, in place of Sphinx's warning."""
    waiting = node.get(DEFERRED)
    if not waiting:
        return None
    message, line = waiting
    logger.warning(message, location=(node.get("refdoc"), line), type="glossary", subtype="GL003")
    return True


def _target(node: addnodes.pending_xref, glossary_page: str) -> str | None:
    """The name GL003 knows the reference by: a term role's target or a glossary anchor."""
    if node.get("reftype") == "term":
        return str(node.get("reftarget", ""))
    if node.get("reftype") == "myst":
        href = str(node.get("reftarget", ""))
        if node.get("reftargetid"):
            href += "#" + str(node["reftargetid"])
        return glossary_anchor(href, glossary_page)
    return None


class DropReportedReferences(SphinxPostTransform):
    """Before MyST's resolver (priority 9) and Sphinx's (10): reported references become their text."""

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get(REPORTED):
                node.replace_self(node.children or [nodes.Text(node.astext())])


def setup(app: Any) -> None:
    app.add_post_transform(DropReportedReferences)
    app.connect("warn-missing-reference", warn_unresolved)
