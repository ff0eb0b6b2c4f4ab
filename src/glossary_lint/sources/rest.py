"""reStructuredText front-end: a docutils doctree to prose segments.

Plain docutils does not know Sphinx's directives and roles.  For the time
of one parse this module registers stand-ins: directives whose body is
prose (``versionadded``, ``seealso``, ``only``, ...) parse it as reST
(a card's or a tab's title as a heading; a ``glossary`` by Sphinx's own
reading of its lines, each name line a headword);
object descriptions of every domain (``function``, ``py:method``,
``confval``, ``rst:directive``, ``option``, ...) drop their signature,
which is code, and parse their body; code-like directives
(``code-block``, ``literalinclude``, ``toctree``, ...) produce nothing;
code-like roles become literals; ``:term:`` becomes a term reference that
GL003 checks.  A directive docutils does not know at all is read the same
way as an object description, unless its name says it holds code or
output; an unknown role is read as a literal.  The registry is restored
after the parse, so a Sphinx build in the same process is unaffected.
File inclusion and raw output are disabled; a ``raw`` directive's own
text is kept (never written out), so the walker reads raw HTML's text as
a Sphinx build does.

The doctree is then walked by :mod:`glossary_lint.sources.doctree`, the
same walker the Sphinx extension runs over Sphinx's doctrees.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from docutils import nodes, utils
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Directive, Parser, directives, roles
from docutils.parsers.rst.directives.tables import CSVTable
from docutils.statemachine import StringList
from docutils.utils import DependencyList

from .doctree import CSV_MARKS, prose_text_nodes, walk_doctree
from .document import Document
from .glossary_items import item_lines, split_classifier
from .parser_leftovers import let_go_of_parse, unlinking_transitions
from .reading import UnreadableFile

#: Directives (Sphinx's and common extensions') whose body is prose.
PROSE_DIRECTIVES = (
    "seealso",
    "centered",
    "hlist",
    "tab-set",
)
#: Directives whose body is prose and whose argument is its title: a tab's
#: label, a card's or a dropdown's title (sphinx-design, sphinx-tabs).
TITLED_DIRECTIVES = (
    "tab",
    "tab-item",
    "card",
    "dropdown",
    "grid-item-card",
)
VERSION_DIRECTIVES = ("versionadded", "versionchanged", "deprecated", "versionremoved")
CONDITIONAL_DIRECTIVES = ("only", "ifconfig")
#: Directives whose body is code, configuration or generated content.
SKIPPED_DIRECTIVES = (
    "code-block",
    "sourcecode",
    "literalinclude",
    "highlight",
    "toctree",
    "autosummary",
    "automodule",
    "autoclass",
    "autofunction",
    "automethod",
    "autoattribute",
    "autodata",
    "autoexception",
    "graphviz",
    "digraph",
    "graph",
    "plot",
    "doctest",
    "testcode",
    "testoutput",
    "testsetup",
    "testcleanup",
    "ipython",
    "jupyter-execute",
    "mermaid",
    "index",
    "tabularcolumns",
    "productionlist",
    "yaml-glossary",
    "currentmodule",
    "module",
    "default-role",
    "default-domain",
    "program",
    "codeauthor",
    "sectionauthor",
    "moduleauthor",
    "todo",
    "todolist",
    "include",
    "inheritance-diagram",
)
#: Roles whose text is code, a name or a cross-reference target.
LITERAL_ROLES = (
    "code",
    "samp",
    "file",
    "kbd",
    "command",
    "program",
    "option",
    "envvar",
    "makevar",
    "mimetype",
    "regexp",
    "func",
    "class",
    "meth",
    "mod",
    "attr",
    "data",
    "exc",
    "obj",
    "const",
    "any",
    "ref",
    "doc",
    "numref",
    "download",
    "keyword",
    "token",
    "eq",
    "abbr",
    "guilabel",
    "menuselection",
    "manpage",
    "pep",
    "rfc",
    "dfn",
    "index",
    "confval",
    "external",
)


class term_reference(nodes.Inline, nodes.TextElement):
    """Stand-in for Sphinx's ``:term:`` cross-reference."""


class _AnyOptions(dict):
    """An option spec that accepts every option unchecked."""

    def __getitem__(self, key: str) -> Any:
        return directives.unchanged

    def __contains__(self, key: object) -> bool:
        return True


class _Skipped(Directive):
    has_content = True
    #: One argument that keeps its line breaks (split further by subclasses).
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOptions()

    def run(self) -> list[nodes.Node]:
        return []


#: An option's line (``:link: overview``), which the stand-ins' option spec
#: leaves in the argument: the argument's text ends before it.
_OPTION_LINE = re.compile(r"\n[ \t]*:[\w-]+:(?:[ \t]|$)", re.MULTILINE)


class _Prose(_Skipped):
    #: How many leading arguments are not prose (a version number, an expression).
    plain_arguments = 0
    #: What the prose of the arguments is: a paragraph of the body.
    argument_node: type[nodes.TextElement] = nodes.paragraph

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        text = _OPTION_LINE.split(" ".join(self.arguments[self.plain_arguments :]), maxsplit=1)[0].rstrip()
        if text:
            inline, messages = self.state.inline_text(text, self.lineno)
            paragraph = self.argument_node(text, "", *inline)
            # The text starts on the directive's line, or under it after a version.
            directive_line = self.block_text.split("\n", 1)[0]
            paragraph.line = self.lineno + (text.split("\n", 1)[0] not in directive_line)
            container += paragraph
            container += messages
        self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _TitledProse(_Prose):
    """``grid-item-card:: Preprocessing``: the argument is the body's title,
    read as a heading (a rubric: a title that opens no section), as the
    Markdown front-end reads a MyST directive's title."""

    argument_node = nodes.rubric


class _Glossary(_Skipped):
    """``.. glossary::`` read as Sphinx reads it (:mod:`.glossary_items`), not as
    plain reST: each name line of an item is a term of its own (a headword,
    as Sphinx renders it and as the Markdown front-end reads a MyST
    glossary), its classifier dropped, and the indented lines after the
    names the item's definition.  Plain reST would make an item of several
    names one paragraph, its second name mid-sentence."""

    def run(self) -> list[nodes.Node]:
        lines = list(self.content)
        found = nodes.definition_list()
        for item in item_lines(lines):
            entry = nodes.definition_list_item()
            for index in item.term_lines:
                name = split_classifier(lines[index])[0].rstrip()
                line = self.content_offset + index + 1
                inline, messages = self.state.inline_text(name, line)
                term = nodes.term(name, "", *inline)
                term.line = line
                entry += term
                entry += messages
            if item.definition_lines:
                first = item.definition_lines[0]
                indent = len(lines[first]) - len(lines[first].lstrip())
                body = StringList(
                    [_dedented(lines[i], indent) for i in item.definition_lines],
                    items=[self.content.items[i] for i in item.definition_lines],
                )
                definition = nodes.definition()
                self.state.nested_parse(body, self.content_offset + first, definition)
                entry += definition
            found += entry
        return [found]


def _dedented(line: str, indent: int) -> str:
    """A definition's line without the indent of its first line (as Sphinx
    dedents it), or without its own where it is less."""
    return line[indent:] if line[:indent].isspace() else line.lstrip()


class _VersionProse(_Prose):
    """``versionadded:: 1.0 text``: the text after the version is prose."""

    optional_arguments = 2
    plain_arguments = 1


class _ConditionalProse(_Prose):
    """``only:: html``: the argument is an expression, the body is prose."""

    plain_arguments = 1


class _RawText(Directive):
    """``.. raw:: html``: its text, for the walker to read as a reader sees it
    (a Sphinx build reads the same node).  What a file or URL holds is not
    in this source, and is never fetched."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOptions()
    has_content = True

    def run(self) -> list[nodes.Node]:
        if not self.content or "file" in self.options or "url" in self.options:
            return []
        node = nodes.raw("", "\n".join(self.content), format=" ".join(self.arguments[0].lower().split()))
        node.line = self.lineno
        return [node]


class _CSVTable(CSVTable):
    """docutils' ``csv-table``, whose table records the characters of its CSV
    syntax: its quote and escape characters (``:quote:``, ``:escape:``).
    The cells' text leaves them out where the source writes them
    (``doesn't`` read as ``doesnt`` with ``:escape: '``), and the walk needs
    them to place that text on its row."""

    def run(self) -> list[nodes.Node]:
        made = super().run()
        marks = self.options.get("quote", '"') + self.options.get("escape", "")
        for node in made:
            if isinstance(node, nodes.table):
                node[CSV_MARKS] = marks
        return made


#: Parts of directive names that say the body is code, data or program output.
_CODE_LIKE = re.compile(
    r"code|source|literal|exec|prompt|input|output|console|shell|script|snippet|plot|diag|graph|uml|math"
    r"|json|yaml|sql|query|jinja|template|raw|include|auto|test"
)


def _unknown_directive(name: str) -> type[Directive]:
    """A stand-in for a directive docutils does not know: its arguments are
    taken as code (a signature, a target), its body as prose, unless the
    name says it holds code."""
    return _Skipped if _CODE_LIKE.search(name.lower()) else _ConditionalProse


def _literal_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # type: ignore[no-untyped-def]
    return [nodes.literal(rawtext, utils.unescape(text))], []


def _term_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # type: ignore[no-untyped-def]
    text = utils.unescape(text)
    target = re.search(r"<([^<>]+)>\s*$", text)
    node = term_reference(rawtext, text)
    node["target"] = (target.group(1) if target else text).strip()
    return [node], []


@contextmanager
def _sphinx_stand_ins() -> Iterator[None]:
    saved_directives = dict(directives._directives)  # type: ignore[attr-defined]
    saved_roles = dict(roles._roles)  # type: ignore[attr-defined]
    find_directive, find_role = directives.directive, roles.role

    def directive(name: str, language: Any, document: Any) -> tuple[Any, list[Any]]:
        found, messages = find_directive(name, language, document)
        return (found or _unknown_directive(name)), ([] if found is None else messages)

    def role(name: str, language: Any, lineno: int, reporter: Any) -> tuple[Any, list[Any]]:
        found, messages = find_role(name, language, lineno, reporter)
        return (found or _literal_role), ([] if found is None else messages)

    directives.directive, roles.role = directive, role  # type: ignore[assignment]
    try:
        # Start from docutils' own directives and roles only: a Sphinx build
        # earlier in the process may have left its own registered, which need
        # a build environment this parse does not have.
        directives._directives.clear()  # type: ignore[attr-defined]
        roles._roles.clear()  # type: ignore[attr-defined]
        for name in PROSE_DIRECTIVES:
            directives.register_directive(name, _Prose)
        for name in TITLED_DIRECTIVES:
            directives.register_directive(name, _TitledProse)
        for name in VERSION_DIRECTIVES:
            directives.register_directive(name, _VersionProse)
        for name in CONDITIONAL_DIRECTIVES:
            directives.register_directive(name, _ConditionalProse)
        for name in SKIPPED_DIRECTIVES:
            directives.register_directive(name, _Skipped)
        directives.register_directive("raw", _RawText)
        directives.register_directive("glossary", _Glossary)
        directives.register_directive("csv-table", _CSVTable)
        for name in LITERAL_ROLES:
            roles.register_local_role(name, _literal_role)
        roles.register_local_role("term", _term_role)
        yield
    finally:
        directives.directive, roles.role = find_directive, find_role  # type: ignore[assignment]
        directives._directives.clear()  # type: ignore[attr-defined]
        directives._directives.update(saved_directives)  # type: ignore[attr-defined]
        roles._roles.clear()  # type: ignore[attr-defined]
        roles._roles.update(saved_roles)  # type: ignore[attr-defined]


def _settings() -> Any:
    """Fresh settings for one document: a copy of :func:`_default_settings`
    with its own streams, so nothing one document records reaches the next."""
    settings = copy.copy(_default_settings())
    settings.warning_stream = io.StringIO()
    settings.record_dependencies = DependencyList()
    return settings


@lru_cache(maxsize=1)
def _default_settings() -> Any:
    """docutils' settings, built once per process: building them runs its
    whole option parser (about 1 ms, paid per file before)."""
    settings = get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    settings.line_length_limit = MAX_LINE + 1
    # Code is not prose: docutils' own code directive and role would otherwise
    # ask Pygments for a lexer, whose plugin search imports whatever registers
    # one (on one machine, IPython), only for the walk to skip the code.
    settings.syntax_highlight = "none"
    return settings


#: Deeper indentation than this is refused before docutils sees it: docutils
#: recurses once per level and needs memory quadratic in the depth.
MAX_INDENT = 240
#: Longer lines are refused too: docutils' inline parser slows down
#: quadratically on very long lines (a 900,000-character line takes minutes).
MAX_LINE = 10_000


def parse_rest(path: str, source: str, glossary_page: str = "glossary") -> Document:
    """Parse a reST document into prose segments, term references and comments."""
    return read_doctree(path, source, parse_doctree(path, source), glossary_page)


def parse_doctree(path: str, source: str) -> nodes.document:
    """docutils' doctree of a reST document, Sphinx's markup read by the stand-ins."""
    _check_shape(source)
    document = utils.new_document(path, _settings())
    try:
        parser = Parser()
        with _sphinx_stand_ins(), unlinking_transitions():
            parser.parse(source, document)
            # docutils leaves the document's own machine linked: its states
            # are garbage from here on, as those of the machines it unlinks.
            parser.statemachine.unlink()
    finally:
        let_go_of_parse()
    return document


def read_doctree(
    path: str,
    source: str,
    doctree: nodes.document,
    glossary_page: str = "glossary",
    placed: dict[int, int] | None = None,
) -> Document:
    """The prose of a doctree from :func:`parse_doctree`."""
    return walk_doctree(
        path,
        source,
        doctree,
        term_target=_term_target,
        inline_non_prose=_NON_PROSE_ROLES,
        glossary_page=glossary_page,
        placed=placed,
    )


def rest_prose_nodes(doctree: nodes.document) -> list[nodes.Text]:
    """Every Text node of the doctree's paragraphs that must be checked."""
    return prose_text_nodes(doctree, inline_non_prose=(term_reference, *_NON_PROSE_ROLES))


#: Text in the default role (```x```): Sphinx projects set it to code, math or
#: a cross-reference (``default_role``), which docutils cannot know.
_NON_PROSE_ROLES = (nodes.title_reference,)


def _check_shape(source: str) -> None:
    """Refuse, with the reason, what would make docutils slow or crash."""
    for number, line in enumerate(source.split("\n"), 1):
        if len(line) > MAX_INDENT:
            if line[: MAX_INDENT + 1].isspace():
                raise UnreadableFile(
                    f"is indented more than {MAX_INDENT} columns at line {number}; "
                    "nesting that deep is not parsed"
                )
            if len(line) > MAX_LINE:
                raise UnreadableFile(
                    f"has a line of {len(line):,} characters (line {number}); reST lines "
                    f"over {MAX_LINE:,} characters are not parsed"
                )


def _term_target(node: nodes.Node) -> str | None:
    return node["target"] if isinstance(node, term_reference) else None
