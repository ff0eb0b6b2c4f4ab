"""During the read: glossary-lint's checks as build warnings, and links on mentions.

One transform per document, run after Sphinx's own reference transforms
and before smart quotes rewrite the text (which would no longer match the
source file).  It walks the doctree with glossary-lint's doctree
front-end, lints it with the shared engine, reports each finding as a
warning at the document and line (type ``glossary``, subtype the rule
code, so ``suppress_warnings = ["glossary.GL002"]`` silences one rule), and
then marks the mentions to link.  The marks become links once the glossary
page's location is known (:mod:`references`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from glossary_lint.findings import Severity
from glossary_lint.segments import BlockKind, Segment
from glossary_lint.sources.doctree import walk_doctree

from .glossary_page import yaml_glossary
from .settings import state

logger = logging.getLogger(__name__)

#: Where a mention is never linked.
NOT_LINKED = (nodes.reference, nodes.title, nodes.subtitle, nodes.rubric, nodes.caption, nodes.term,
              nodes.literal, nodes.literal_block, nodes.math, nodes.math_block, nodes.raw, nodes.comment,
              nodes.target, nodes.image, nodes.system_message, nodes.FixedTextElement,
              addnodes.pending_xref, addnodes.toctree, addnodes.desc_signature, addnodes.glossary,
              yaml_glossary, nodes.thead)


class term_link(nodes.inline):
    """A mention to be linked to its glossary entry (resolved after the read)."""


def _term_target(node: nodes.Node) -> str | None:
    if isinstance(node, addnodes.pending_xref) and node.get("reftype") == "term":
        return str(node.get("reftarget", ""))
    return None


class GlossaryLintTransform(SphinxTransform):
    default_priority = 700  # after references are collected, before smart quotes (750)

    def apply(self, **kwargs: Any) -> None:
        current = state(self.config)
        self.env.note_dependency(str(current.glossary_path))
        if any(True for _ in self.document.findall(yaml_glossary)):
            return  # the glossary page itself
        if current.check:
            self.check(current)
        if current.link != "off":
            link_mentions(self.document, current)

    def check(self, current: Any) -> None:
        docname = self.env.docname
        path = Path(self.env.doc2path(docname))
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return
        document = walk_doctree(str(path), source, self.document, term_target=_term_target,
                                skipped=(addnodes.toctree, addnodes.desc, addnodes.index),
                                inline_non_prose=(addnodes.pending_xref,))
        for finding in current.linter.lint_document(document):
            emit = logger.warning if finding.severity.rank >= Severity.WARNING.rank else logger.info
            emit(f"{finding.code} {finding.message}", location=(docname, finding.line),
                 type="glossary", subtype=finding.code)


def link_mentions(doctree: nodes.document, current: Any) -> None:
    """Wrap mentions of terms in ``term_link`` marks, per the link mode."""
    matcher = current.linter.matcher
    linked: dict[int, set[str]] = {}
    for text in list(doctree.findall(nodes.Text)):
        if not _linkable(text):
            continue
        value = str(text)
        segment = Segment(value, BlockKind.PARAGRAPH, ((0, 0, len(value)),))
        if current.link == "section":
            scope = id(_section_of(text))
        elif current.link == "document":
            scope = 0
        else:
            scope = -1
        done = linked.setdefault(scope, set())
        pieces: list[nodes.Node] = []
        last = 0
        for mention in matcher.mentions(segment):
            if mention.ambiguous or mention.typo:
                continue
            term = mention.terms[0]
            if current.link != "every" and term.id in done:
                continue
            done.add(term.id)
            if mention.start > last:
                pieces.append(nodes.Text(value[last:mention.start]))
            title = term.short_definition.replace("$", "")
            pieces.append(term_link("", value[mention.start:mention.end], term_id=term.id, term_title=title))
            last = mention.end
        if pieces:
            if last < len(value):
                pieces.append(nodes.Text(value[last:]))
            text.parent.replace(text, pieces)


def _section_of(node: nodes.Node) -> nodes.Node | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, (nodes.section, nodes.document)):
        parent = parent.parent
    return parent


def _linkable(text: nodes.Text) -> bool:
    parent = text.parent
    in_prose = False
    while parent is not None:
        if isinstance(parent, NOT_LINKED):
            return False
        if isinstance(parent, (nodes.paragraph, nodes.line)):
            in_prose = True
        parent = parent.parent
    return in_prose


def setup(app: Any) -> None:
    app.add_transform(GlossaryLintTransform)
    app.add_node(term_link, html=(lambda self, node: None, lambda self, node: None),
                 latex=(lambda self, node: None, lambda self, node: None),
                 text=(lambda self, node: None, lambda self, node: None))
