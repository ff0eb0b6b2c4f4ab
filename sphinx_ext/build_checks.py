"""During the read: glossary-lint's checks as build warnings, and links on mentions.

One transform per document, run after Sphinx's own reference transforms
and before smart quotes rewrite the text (which would no longer match the
source file).  It walks the doctree with glossary-lint's doctree
front-end, finds the mentions once, lints them with the shared engine,
reports each finding as a warning at the document and line (type
``glossary``, subtype the rule code, so ``suppress_warnings =
["glossary.GL002"]`` silences one rule), and links the mentions chosen;
each link is pointed at the glossary page once its location is known
(:mod:`references`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from glossary_lint.gc_pause import paused_collector
from glossary_lint.glossary.bound_modifiers import bound_pairs
from glossary_lint.glossary.code_compounds import joined_code_names
from glossary_lint.glossary.compound_heads import name_joined_before
from glossary_lint.glossary.identifier_entries import code_identifiers
from glossary_lint.glossary.link_sense import PageContext, links_as_term, mention_case
from glossary_lint.glossary.long_names import entry_names, long_names
from glossary_lint.glossary.owned_functions import class_names, owner_names
from glossary_lint.glossary.package_names import imported_packages, package_tails
from glossary_lint.glossary.program_files import file_kinds, glossary_words
from glossary_lint.glossary.project_names import project_names
from glossary_lint.matching.matcher import Mention
from glossary_lint.rules.findings import Finding, Severity
from glossary_lint.sources.doctree import TextNodes, walk_doctree
from glossary_lint.sources.document import Document
from glossary_lint.sources.rest import LITERAL_ROLES

from .settings import State, state
from .unknown_references import mark_reported, warning_text

logger = logging.getLogger(__name__)

#: Where a mention is never linked.
NOT_LINKED = (
    nodes.reference,
    nodes.title,
    nodes.subtitle,
    nodes.rubric,
    nodes.caption,
    nodes.term,
    nodes.literal,
    nodes.literal_block,
    nodes.math,
    nodes.math_block,
    nodes.raw,
    nodes.comment,
    nodes.target,
    nodes.image,
    nodes.system_message,
    nodes.FixedTextElement,
    addnodes.pending_xref,
    addnodes.toctree,
    addnodes.desc_signature,
    addnodes.glossary,
    nodes.thead,
)


#: The attribute that marks a reference as a link to a glossary entry; its value is
#: the entry's id.  The link is a plain ``reference`` from the start, so every
#: builder can write it and resolving it later changes one attribute in place:
#: replacing nodes in the write phase allocated enough new objects to set off an
#: extra full garbage collection of Sphinx's heap (a quarter of a second on the
#: real handbook).
TERM_ATTRIBUTE = "glossary_lint_term"
#: On a term link to an entry named like a class: whether the mention is in the
#: headword's case, "exact" or "other" (:func:`mention_case`, :mod:`code_names`).
CASE_ATTRIBUTE = "glossary_lint_case"
#: On a term link: made only because the scope's first link to the entry is in
#: the other case, and kept only if that one is dropped (:mod:`code_names`).
SPARE_ATTRIBUTE = "glossary_lint_spare"
#: On a term link: the name with a capital that a hyphen joins before the mention
#: (``CMSIS`` of "CMSIS-DAP"), kept only if the build writes that compound less
#: often than the term alone (:mod:`joined_names`).
JOINED_ATTRIBUTE = "glossary_lint_joined"
#: The environment's attribute: per document, how often it mentions each entry
#: after each hyphen-joined name, and alone (:mod:`joined_names`).
JOINED_PAGES = "glossary_lint_joined_counts"


def term_link(text: str, term_id: str, title: str) -> nodes.reference:
    """A link to a glossary entry; its ``refuri`` says only ``#id`` until the glossary
    page's location is known (:mod:`references`)."""
    return nodes.reference(
        text,
        text,
        refuri="#" + term_id,
        reftitle=title,
        internal=True,
        classes=["glossary-lint-term"],
        **{TERM_ATTRIBUTE: term_id},
    )


def _term_target(node: nodes.Node) -> str | None:
    if isinstance(node, addnodes.pending_xref) and node.get("reftype") == "term":
        return str(node.get("reftarget", ""))
    return None


class GlossaryLintTransform(SphinxTransform):
    default_priority = 700  # after references are collected, before smart quotes (750)

    def apply(self, **kwargs: Any) -> None:
        # The walk, the mentions and the findings are short-lived: see gc_pause.
        with paused_collector():
            self._apply()

    def _apply(self) -> None:
        current = state(self.config)
        self.env.note_dependency(str(current.glossary_path))
        if not current.check and current.link == "off":
            return
        if self.env.docname in self.env.__dict__.get("glossary_lint_pages", ()):
            return  # the glossary page itself (its directive ran while it was parsed)
        path = Path(self.env.doc2path(self.env.docname))
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return
        text_nodes: TextNodes = {}
        try:
            document = self.read(path, source, text_nodes)
        except Exception as exc:  # noqa: BLE001 - one page's reading bug must not stop the site's build
            if current.check:
                self.emit(current.linter.parser_failure(path, exc))
            return
        mentions = current.linter.mentions(document)
        if current.check:
            self.report(current, document, mentions)
        if current.link != "off":
            glossary = current.linter.glossary
            code = _PageCode(self.document)
            page = PageContext(
                long_names(glossary),
                _page_classes(self.document),
                entry_names(glossary),
                owner_names(glossary),
                project_names(glossary),
                joined_code_names(code.blocks_and_inline),
                package_tails=package_tails(code.inline),
                packages=imported_packages(code.all),
                bound_pairs=bound_pairs(s.text for s in document.segments),
                glossary_words=glossary_words(glossary),
            )
            link_mentions(mentions, text_nodes, current.link, page, page.glossary_words)
            _note_joined(self.env, mentions)

    def read(self, path: Path, source: str, text_nodes: TextNodes) -> Document:
        """The page's prose, read from the doctree as the CLI reads the source."""
        return walk_doctree(
            str(path),
            source,
            self.document,
            term_target=_term_target,
            # An object description's signature is code; its content is prose.
            skipped=(addnodes.toctree, addnodes.desc_signature, addnodes.index),
            # Text in the default role and what code-like roles produce, as the
            # CLI reads them (sources/rest.py).
            # Parameter names and types an info field list moves into its body
            # (literal_strong, literal_emphasis) are code, as in the CLI.
            inline_non_prose=(
                addnodes.pending_xref,
                addnodes.literal_strong,
                addnodes.literal_emphasis,
                nodes.title_reference,
                nodes.abbreviation,
            ),
            non_prose_classes=frozenset(LITERAL_ROLES),
            text_nodes=text_nodes,
        )

    def report(self, current: State, document: Document, mentions: tuple[Mention, ...]) -> None:
        findings = current.linter.lint_document(document, mentions)
        deferred = {
            id(f) for f in mark_reported(self.document, findings, current.linter.config.glossary_page)
        }
        for finding in findings:
            # A deferred one is reported if the build cannot resolve it (unknown_references).
            if id(finding) not in deferred:
                self.emit(finding)

    def emit(self, finding: Finding) -> None:
        log = logger.warning if finding.severity.rank >= Severity.WARNING.rank else logger.info
        location = (self.env.docname, finding.line)
        log(warning_text(finding), location=location, type="glossary", subtype=finding.code)


def link_mentions(
    mentions: Sequence[Mention],
    text_nodes: TextNodes,
    mode: str,
    page: PageContext | None = None,
    known: frozenset[str] = frozenset(),
) -> None:
    """Turn mentions into :func:`term_link` links: the first per section, per document,
    or every one, as ``mode`` says; never where :data:`NOT_LINKED` forbids, nor
    where the words may mean something else (:func:`links_as_term`, told of
    each section's files named after other programs than the glossary's
    ``known`` words name)."""
    context = page or PageContext()
    kinds: dict[int, PageContext] = {}
    linked: dict[int, set[tuple[str, bool]]] = {}
    chosen: dict[int, tuple[nodes.Text, list[tuple[int, int, Mention, str | None, bool]]]] = {}
    for mention in mentions:
        located = _text_node_of(mention, text_nodes)
        if located is None:
            continue
        node, offset = located
        section = _section_of(node)
        if id(section) not in kinds:
            kinds[id(section)] = _with_file_kinds(context, section, known)
        code_before = _code_before(node, mention.start - offset)
        if not links_as_term(mention, kinds[id(section)], code_before, _code_after(node)):
            continue
        if not _linkable(node):
            continue
        scope = id(section) if mode == "section" else 0
        done = linked.setdefault(scope, set())
        term = mention.terms[0]
        # An entry named like a class links once per case here (code_names).
        case = mention_case(term, mention.found, mention.segment.text, mention.stem_end)
        key = (term.id, case == "other")
        if mode != "every" and key in done:
            continue
        spare = mode != "every" and (term.id, case != "other") in done
        done.add(key)
        chosen.setdefault(id(node), (node, []))[1].append(
            (mention.start - offset, mention.end - offset, mention, case, spare)
        )
    for node, spans in chosen.values():
        value = str(node)
        pieces: list[nodes.Node] = []
        last = 0
        for start, end, mention, case, spare in spans:
            term = mention.terms[0]
            if start > last:
                pieces.append(nodes.Text(value[last:start]))
            link = term_link(value[start:end], term.id, term.short_definition.replace("$", ""))
            if case is not None:
                link[CASE_ATTRIBUTE] = case
            if spare:
                link[SPARE_ATTRIBUTE] = True
            joined = name_joined_before(mention.segment.text, mention.start)
            if joined is not None:
                link[JOINED_ATTRIBUTE] = joined
            pieces.append(link)
            last = end
        if last < len(value):
            pieces.append(nodes.Text(value[last:]))
        node.parent.replace(node, pieces)


def _with_file_kinds(context: PageContext, section: nodes.Node | None, known: frozenset[str]) -> PageContext:
    """``context`` with the kinds of other programs' files that ``section``'s
    own inline code names (:mod:`~glossary_lint.glossary.program_files`), not
    its subsections', and the hyphenated names its title writes
    (:mod:`~glossary_lint.glossary.command_entries`)."""
    if section is None or isinstance(section, nodes.document):
        return context
    title = section[0] if len(section) and isinstance(section[0], nodes.title) else None
    if title is not None:
        context = dataclasses.replace(context, title_names=frozenset(code_identifiers(title.astext())))
    codes = [n.astext() for n in section.findall(nodes.literal) if _section_of(n) is section]
    if not codes:
        return context
    return dataclasses.replace(context, file_kinds=file_kinds(codes, section.astext(), known))


def _note_joined(env: Any, mentions: Sequence[Mention]) -> None:
    """Count, for :mod:`joined_names`, the page's mentions of each entry after
    each hyphen-joined name (``CMSIS-DAP``) and those standing alone."""
    joined: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for mention in mentions:
        if mention.ambiguous or mention.typo:
            continue
        term_id = mention.terms[0].id
        name = name_joined_before(mention.segment.text, mention.start)
        if name is None:
            alone[term_id] += 1
        else:
            joined[(term_id, name)] += 1
    pages: dict[str, tuple[Counter[tuple[str, str]], Counter[str]]] = env.__dict__.setdefault(
        JOINED_PAGES, {}
    )
    pages[env.docname] = (joined, alone)


def _text_node_of(mention: Mention, text_nodes: TextNodes) -> tuple[nodes.Text, int] | None:
    """The Text node that holds the whole mention, and where it starts in the segment."""
    for start, node in text_nodes.get(id(mention.segment), ()):
        if start <= mention.start and mention.end <= start + len(node):
            return node, start
    return None


def _page_classes(document: nodes.document) -> frozenset[str]:
    """The names the page writes as code or as a reference (a literal, a
    ``:class:`` or ``:term:`` role) that may be classes."""
    return class_names(
        n.astext()
        for n in document.findall(
            lambda n: isinstance(n, (nodes.literal, nodes.title_reference, addnodes.pending_xref))
        )
    )


class _PageCode:
    """The text of the page's code, read in one walk of its doctree: inline
    (``nodes.literal``), in blocks (``literal_block``) and in doctests.  Each
    cue of :mod:`~glossary_lint.glossary` that reads the page's code takes
    the kinds it needs: names with inner capitals from inline code and
    blocks (``OS::Heat::WaitConditionHandle``, :mod:`~glossary_lint.glossary.code_compounds`),
    package names' last words from inline code (``kestrel-herdbook``) and
    imported or installed packages from all of it (``from injector import
    Injector``, both :mod:`~glossary_lint.glossary.package_names`)."""

    def __init__(self, document: nodes.document) -> None:
        found = [
            (node, node.astext())
            for node in document.findall(
                lambda n: isinstance(n, (nodes.literal, nodes.literal_block, nodes.doctest_block))
            )
        ]
        self.inline = [text for node, text in found if isinstance(node, nodes.literal)]
        self.blocks_and_inline = [
            text for node, text in found if isinstance(node, (nodes.literal, nodes.literal_block))
        ]
        self.all = [text for _, text in found]


def _code_before(node: nodes.Text, at: int) -> str | None:
    """The text of the code or reference right before ``node[at:]``, when only
    spaces stand between them (``:class:`Configurator` constructor``)."""
    if str(node)[:at].strip() or node.parent is None:
        return None
    index = node.parent.index(node)
    if index == 0:
        return None
    before = node.parent[index - 1]
    return None if isinstance(before, nodes.Text) else before.astext()


def _code_after(node: nodes.Text) -> str | None:
    """The text of the inline code that follows ``node`` (``provided by the
    `python-kilnclient` package``): the first code after any mention in it."""
    if node.parent is None:
        return None
    index = node.parent.index(node)
    if index + 1 >= len(node.parent):
        return None
    after = node.parent[index + 1]
    return after.astext() if isinstance(after, (nodes.literal, nodes.title_reference)) else None


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
